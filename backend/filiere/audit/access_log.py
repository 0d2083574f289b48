"""A project's access log: who read which part of its confidential data, for which organisation, and when.

Read back from the audit rows partners' reads write (`audit.reads`), newest first, one entry per part read
by a request: « Bpifrance (Jeanne Martin) a consulté le plan de financement le 3 mars à 10 h 12 ». Shown to
the team that shares the project and to CCI France (`Action.VIEW_ACCESS_LOG`), never to the readers.
A page costs the same few statements whatever its number of entries, and so do the pages of many projects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from filiere.accounts.service import users_by_subject
from filiere.audit.models import AuditEvent
from filiere.audit.reads import READ_ACTION, ReadPart, part_of
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import NotFoundError
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.partners.service import OrganisationView, organisations_by_id, organisations_by_slug
from filiere.tenancy.unit_of_work import UnitOfWork

PART_LABELS: dict[ReadPart, str] = {
    ReadPart.RECORD: "la fiche confidentielle",
    ReadPart.CONTACT: "les coordonnées de l'entreprise",
    ReadPart.NOTES: "les notes internes",
    ReadPart.FINANCING: "le volet financement",
    ReadPart.INVESTMENT_PLAN: "le plan d'investissement",
    ReadPart.FINANCING_PLAN: "le plan de financement",
    ReadPart.THREAD: "le fil de discussion",
    ReadPart.MARKET_STUDY: "l'étude de marché",
    ReadPart.SUPPLY_CHAIN: "la chaîne d'approvisionnement",
    ReadPart.MILESTONES: "le rétroplanning",
    ReadPart.DOCUMENTS: "la liste des documents",
    ReadPart.DOCUMENT: "un document",
}
_ORDER = list(ReadPart)


@dataclass(frozen=True, kw_only=True)
class ProjectRead:
    id: int
    sort_key: str
    read_at: datetime
    reader_name: str
    organisation: OrganisationView | None  # None: the reader's organisation is gone
    part: ReadPart
    what: str  # in French: « la fiche confidentielle », « le document « Plan de financement » (version 2) »


def _french_list(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} et {words[-1]}"


def _what(after: Mapping[str, Any]) -> tuple[ReadPart, str]:
    recorded = after.get("part")
    if recorded == ReadPart.DOCUMENT.value:
        document = after["document"]
        return ReadPart.DOCUMENT, f"le document « {document['title']} » (version {document['version']})"
    if recorded is not None:
        part = ReadPart(recorded)
        return part, PART_LABELS[part]
    # A row written before reads were split by part: one per request, naming every field it revealed.
    parts = sorted({part_of(name) for name in after.get("fields", [])} or {ReadPart.RECORD}, key=_ORDER.index)
    return parts[0], _french_list([PART_LABELS[part] for part in parts])


async def _organisations(uow: UnitOfWork, rows: Sequence[AuditEvent]) -> dict[int, OrganisationView | None]:
    """Each row's organisation: the one it recorded, or for older rows the reader's organisation today."""
    national = uow.national()
    recorded = {row.id: (row.after or {}).get("organisation") for row in rows if "organisation" in (row.after or {})}
    older = {row.actor_subject for row in rows if row.id not in recorded}
    users = await users_by_subject(national, sorted(older)) if older else {}
    slugs = sorted({slug for slug in recorded.values() if slug})
    by_slug = await organisations_by_slug(national, slugs) if slugs else {}
    ids = sorted({user.organisation_id for user in users.values() if user.organisation_id is not None})
    by_id = await organisations_by_id(national, ids) if ids else {}
    found: dict[int, OrganisationView | None] = {}
    for row in rows:
        if row.id in recorded:
            slug = recorded[row.id]
            found[row.id] = by_slug.get(slug) if slug else None
        else:
            user = users.get(row.actor_subject)
            found[row.id] = by_id.get(user.organisation_id) if user and user.organisation_id is not None else None
    return found


def check_may_view_access_log(principal: Principal | None, region: str) -> None:
    """The same answer for a project one may not read and one that does not exist."""
    if not is_allowed(require_principal(principal), Action.VIEW_ACCESS_LOG, region=region):
        raise NotFoundError("Ce journal des accès n'existe pas ou ne vous est pas ouvert.")


async def access_logs(
    uow: UnitOfWork, principal: Principal | None, region: str, project_ids: Sequence[int], page: PageRequest
) -> dict[int, Page[ProjectRead]]:
    """A page of each project's reads of its confidential data, newest first: the same few statements
    whatever the number of projects (a window per project in one query, counts in one GROUP BY)."""
    check_may_view_access_log(principal, region)
    session = uow.region(region)
    reads_of = (
        AuditEvent.entity_type == "Project",
        AuditEvent.entity_id.in_(project_ids),
        AuditEvent.action == READ_ACTION,
    )
    counted = await session.execute(
        select(AuditEvent.entity_id, func.count()).where(*reads_of).group_by(AuditEvent.entity_id)
    )
    totals: dict[int, int] = dict(counted.all())
    rank = func.row_number().over(partition_by=AuditEvent.entity_id, order_by=(AuditEvent.sort_key, AuditEvent.id))
    ranked = (
        select(AuditEvent, rank.label("rank"))
        .where(*reads_of, after_position(page, region, AuditEvent.sort_key, AuditEvent.id))
        .subquery()
    )
    row = aliased(AuditEvent, ranked)
    newest = select(row).where(ranked.c.rank <= page.first + 1).order_by(row.sort_key, row.id)
    rows = list(await session.scalars(newest))
    organisations = await _organisations(uow, rows)
    by_project: dict[int, list[ProjectRead]] = {project_id: [] for project_id in project_ids}
    for event in rows:
        part, what = _what(event.after or {})
        by_project[event.entity_id].append(
            ProjectRead(
                id=event.id,
                sort_key=event.sort_key,
                read_at=event.occurred_at,
                reader_name=event.actor_name,
                organisation=organisations[event.id],
                part=part,
                what=what,
            )
        )
    return {
        project_id: merge_slices(
            [TenantSlice(rows=reads, total_count=totals.get(project_id, 0))],
            page,
            lambda read: SortPosition(read.sort_key, region, read.id),
        )
        for project_id, reads in by_project.items()
    }


async def access_log(
    uow: UnitOfWork, principal: Principal | None, region: str, project_id: int, page: PageRequest
) -> Page[ProjectRead]:
    """One project's reads of its confidential data, newest first (the export's)."""
    return (await access_logs(uow, principal, region, [project_id], page))[project_id]


EXPORT_MAX_ROWS = 20_000
_BATCH = 500


async def all_reads(
    uow: UnitOfWork, principal: Principal | None, region: str, project_id: int
) -> tuple[list[ProjectRead], int]:
    """Up to EXPORT_MAX_ROWS entries of the log, newest first, and how many it holds in all."""
    reads: list[ProjectRead] = []
    page = PageRequest(first=_BATCH)
    while True:
        result = await access_log(uow, principal, region, project_id, page)
        reads += result.items
        if not result.has_next_page or len(reads) >= EXPORT_MAX_ROWS:
            return reads[:EXPORT_MAX_ROWS], result.total_count
        page = PageRequest(first=_BATCH, after=result.positions[-1])
