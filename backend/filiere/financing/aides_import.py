"""Importing the national catalogue from an Aides-territoires export (`filiere financing import-aides FILE.json`).

The operator downloads the JSON of `/api/aids/` (a list of aids, or one page `{"results": [...]}`); nothing
is fetched at run time. The file is read as a stream (`aides_json`), in one transaction: a file that turns
out unreadable half-way writes nothing. Each aid is keyed by its Aides-territoires `id`, so importing the
same file again changes nothing, and a newer file updates the schemes it already created. An aid that
cannot become a scheme is named (its position, its id, the field, the reason in French) and skipped: the
scheme it updated keeps its previous version.

How an aid becomes a scheme (national catalogue, `owner_region` NULL):

- `id` → the key (`aides_territoires_id`); required.
- `name` → name (the checks of a scheme typed in the SPA apply: required, 300 characters at most).
- `financers` (names, or objects with a `name`) → the financer's label, comma-separated; required.
- `aid_types` → type: `grant` / « Subvention » → grant; `recoverable_advance` / « Avance récupérable » →
  repayable advance; `loan` / « Prêt » → loan (the first of these found, in this order). An aid with none
  of them (only `other`, or engineering aids) is skipped: its kind of money is unknown.
- `targeted_audiences` → must include `private_sector` (companies), else skipped; no company size is given
  by Aides-territoires, so the scheme is open to every size.
- `destinations` (`investment`) and `categories` (« Économie / Innovation »…) → purposes, by keyword:
  investment, innovation, recruitment, export, ecological transition, consulting.
- `perimeter` → « France » or « Europe »: nationwide; a région's or a département's name (accents and case
  ignored): that area; anything else (a commune, an EPCI…) is skipped, since matching works by département.
- `start_date` → opening date; `submission_deadline` → closing date (`YYYY-MM-DD`).
- `subvention_rate_lower_bound` / `subvention_rate_upper_bound` → rate bounds (percent).
- `loan_amount`, else `recoverable_advance_amount` → maximum amount (whole euros).
- `application_url` → where to apply; `url` (the aid's Aides-territoires page, made absolute) or else
  `origin_url` → source; `date_updated` → the source's last update.
- `description` → description, HTML tags removed, cut at 5,000 characters.
- Not used: `mobilization_steps`, `eligibility`, `contact`, `programs`, `instructors`, `recurrence`,
  `is_call_for_project`, `project_examples`. The de minimis flag is not in the API: imported schemes start
  with it off, and CCI France sets it in the SPA.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from filiere.audit.service import record_change
from filiere.auth.principal import Principal, Role
from filiere.errors import InvalidInputError
from filiere.financing.aides_json import AidesFileError, read_aids
from filiere.financing.scheme_input import DESCRIPTION_MAX_LENGTH, SchemeData, checked_scheme
from filiere.financing.scheme_models import FinancingScheme, FinancingSchemeCriterion, SchemePurpose, SchemeType
from filiere.financing.schemes import SchemeView, apply_scheme, audited, region_codes, with_criteria
from filiere.referentials.geography import departements_of_region, regions
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold

__all__ = ["AidesFileError", "ImportSummary", "RecordProblem", "import_aides", "scheme_of_aid"]

AIDES_TERRITOIRES = "https://aides-territoires.beta.gouv.fr"
BATCH_SIZE = 200
IMPORTER = Principal(subject="cli:import-aides", role=Role.PLATFORM_ADMIN, display_name="Import Aides-territoires")

_TYPES = (
    (SchemeType.GRANT, {"grant", "subvention"}),
    (SchemeType.REPAYABLE_ADVANCE, {"recoverable_advance", "avance recuperable"}),
    (SchemeType.LOAN, {"loan", "pret"}),
)
_PURPOSE_WORDS = (
    (SchemePurpose.INNOVATION, ("innovation", "recherche", "r&d")),
    (SchemePurpose.RECRUITMENT, ("emploi", "formation", "recrutement")),
    (SchemePurpose.EXPORT, ("export", "international")),
    (
        SchemePurpose.ECOLOGICAL_TRANSITION,
        ("transition", "energie", "climat", "environnement", "economie circulaire", "dechets"),
    ),
    (SchemePurpose.INVESTMENT, ("investissement", "industrie", "production", "immobilier")),
    (SchemePurpose.CONSULTING, ("conseil", "accompagnement", "ingenierie")),
)
_NATIONWIDE = {"france", "europe", "france metropolitaine"}
_TAGS = re.compile(r"<[^>]+>")
# Our field → the Aides-territoires field a problem is about.
_SOURCE_FIELDS = {
    "name": "name",
    "financerLabel": "financers",
    "description": "description",
    "regions": "perimeter",
    "departements": "perimeter",
    "nationwide": "perimeter",
    "amountMin": "loan_amount",
    "amountMax": "loan_amount",
    "rateMin": "subvention_rate_lower_bound",
    "rateMax": "subvention_rate_upper_bound",
    "opensOn": "start_date",
    "closesOn": "submission_deadline",
    "applicationUrl": "application_url",
    "sourceUrl": "url",
}


class BadAidError(Exception):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class RecordProblem:
    """An aid skipped: its position in the file (from 1), its id if it has one, the field and why."""

    index: int
    aid_id: str | None
    field: str
    reason: str

    def __str__(self) -> str:
        which = f"aide {self.aid_id}" if self.aid_id else "aide sans identifiant"
        return f"Enregistrement n° {self.index} ({which}), champ « {self.field} » : {self.reason}"


@dataclass
class ImportSummary:
    read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RecordProblem] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return len(self.problems)


@cache
def _areas_by_name() -> dict[str, tuple[str, str]]:
    """fold(name) → ("region" | "departement", INSEE code)."""
    found: dict[str, tuple[str, str]] = {}
    for area in regions():
        found[fold(area.name)] = ("region", area.code)
        for dep in departements_of_region(area.code):
            found[fold(dep.name)] = ("departement", dep.code)
    return found


def scheme_of_aid(aid: Any, *, region_codes: Mapping[str, str]) -> SchemeData:
    """The scheme an aid becomes, checked as a typed one would be, or `BadAidError` saying why not."""
    if not isinstance(aid, dict):
        raise BadAidError("(enregistrement)", "un objet JSON est attendu.")
    aid_id = _aid_id(aid)
    if aid_id is None:
        raise BadAidError("id", "identifiant manquant.")
    audiences = _strings(aid, "targeted_audiences")
    if "private_sector" not in audiences:
        raise BadAidError("targeted_audiences", "l'aide ne s'adresse pas aux entreprises (« private_sector » absent).")
    data = SchemeData(
        name=_text(aid, "name"),
        financer_label=", ".join(_financers(aid)),
        type=_type(aid),
        description=_description(aid),
        purposes=_purposes(aid),
        **_perimeter(aid),
        rate_min=_number(aid, "subvention_rate_lower_bound"),
        rate_max=_number(aid, "subvention_rate_upper_bound"),
        amount_max=_amount(aid),
        opens_on=_date(aid, "start_date"),
        closes_on=_date(aid, "submission_deadline"),
        application_url=_text(aid, "application_url"),
        source_url=_source_url(aid),
        aides_territoires_id=aid_id,
        source_updated_at=_datetime(aid, "date_updated"),
    )
    try:
        return checked_scheme(data, region_codes=dict(region_codes))
    except InvalidInputError as error:
        raise BadAidError(_SOURCE_FIELDS.get(error.field or "", error.field or "?"), error.message) from None


def _aid_id(aid: dict[str, Any]) -> str | None:
    value = aid.get("id")
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip():
        return None
    return str(value).strip()[:64]


def _text(aid: dict[str, Any], name: str) -> str:
    value = aid.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadAidError(name, "du texte est attendu.")
    return value


def _strings(aid: dict[str, Any], name: str) -> list[str]:
    value = aid.get(name) or []
    if not isinstance(value, list):
        raise BadAidError(name, "une liste est attendue.")
    found = []
    for item in value:
        text = item.get("name") if isinstance(item, dict) else item
        if not isinstance(text, str):
            raise BadAidError(name, "une liste de textes est attendue.")
        found.append(text)
    return found


def _financers(aid: dict[str, Any]) -> list[str]:
    names = [name.strip() for name in _strings(aid, "financers") if name.strip()]
    if not names:
        raise BadAidError("financers", "aucun financeur n'est indiqué.")
    return names


def _type(aid: dict[str, Any]) -> SchemeType:
    given = {fold(value) for value in _strings(aid, "aid_types")}
    for scheme_type, names in _TYPES:
        if given & names:
            return scheme_type
    shown = ", ".join(sorted(given)) or "aucun"
    raise BadAidError("aid_types", f"ni subvention, ni avance récupérable, ni prêt ({shown}) : hors du catalogue.")


def _purposes(aid: dict[str, Any]) -> tuple[SchemePurpose, ...]:
    words = " | ".join(fold(value) for value in _strings(aid, "categories"))
    found = {purpose for purpose, keys in _PURPOSE_WORDS if any(key in words for key in keys)}
    if "investment" in _strings(aid, "destinations"):
        found.add(SchemePurpose.INVESTMENT)
    return tuple(purpose for purpose in SchemePurpose if purpose in found)


def _perimeter(aid: dict[str, Any]) -> dict[str, Any]:
    name = _text(aid, "perimeter").strip()
    if not name:
        raise BadAidError("perimeter", "périmètre manquant.")
    key = fold(name)
    if key in _NATIONWIDE:
        return {"nationwide": True}
    area = _areas_by_name().get(key)
    if area is None:
        raise BadAidError(
            "perimeter", f"périmètre « {name} » non pris en charge (ni la France, ni une région, ni un département)."
        )
    kind, code = area
    return {"regions": (code,)} if kind == "region" else {"departements": (code,)}


def _number(aid: dict[str, Any], name: str) -> float | None:
    value = aid.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadAidError(name, "un nombre est attendu.")
    return float(value)


def _amount(aid: dict[str, Any]) -> int | None:
    for name in ("loan_amount", "recoverable_advance_amount"):
        value = _number(aid, name)
        if value is not None:
            if value < 0 or value != int(value):
                raise BadAidError(name, "un montant en euros entiers, positif, est attendu.")
            return int(value)
    return None


def _date(aid: dict[str, Any], name: str) -> date | None:
    value = _text(aid, name).strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise BadAidError(name, f"date « {value} » illisible (AAAA-MM-JJ attendu).") from None


def _datetime(aid: dict[str, Any], name: str) -> datetime | None:
    value = _text(aid, name).strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadAidError(name, f"date « {value} » illisible (ISO 8601 attendu).") from None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _description(aid: dict[str, Any]) -> str:
    text = " ".join(html.unescape(_TAGS.sub(" ", _text(aid, "description"))).split())
    return text if len(text) <= DESCRIPTION_MAX_LENGTH else text[: DESCRIPTION_MAX_LENGTH - 1] + "…"


def _source_url(aid: dict[str, Any]) -> str:
    url = _text(aid, "url").strip()
    if url.startswith("/"):
        return AIDES_TERRITOIRES + url
    return url or _text(aid, "origin_url").strip()


def _numbered(aids: Iterator[Any]) -> Iterator[list[tuple[int, Any]]]:
    numbered = enumerate(aids, start=1)
    while batch := list(islice(numbered, BATCH_SIZE)):
        yield batch


async def import_aides(
    registry: TenantRegistry, path: Path, *, on_progress: Callable[[int, int], None] | None = None
) -> ImportSummary:
    """Import the file into the national catalogue, in one transaction (`AidesFileError`: nothing written).
    `on_progress(bytes read, aids read)`."""
    summary = ImportSummary()
    codes = region_codes(registry)
    async with UnitOfWork(registry) as uow:
        national = uow.national()
        with path.open("rb") as stream:
            progress = (lambda done: on_progress(done, summary.read)) if on_progress else None
            for batch in _numbered(read_aids(stream, on_bytes=progress)):
                summary.read += len(batch)
                schemes: list[tuple[int, SchemeData]] = []
                for index, aid in batch:
                    try:
                        schemes.append((index, scheme_of_aid(aid, region_codes=codes)))
                    except BadAidError as bad:
                        aid_id = _aid_id(aid) if isinstance(aid, dict) else None
                        summary.problems.append(RecordProblem(index, aid_id, bad.field, bad.reason))
                await _store(uow, schemes, summary)
                national.expunge_all()  # written: the next batch need not keep them in memory
        await uow.commit()
        await _refresh_statistics(national)
    return summary


async def _refresh_statistics(national: TenantSession) -> None:
    """Until autovacuum gets to it, PostgreSQL would plan the catalogue's filters and the matching with the
    statistics from before the import (none, the first time): nested loops over thousands of schemes."""
    if (await national.connection()).dialect.name != "postgresql":
        return
    await national.execute(text(f"ANALYZE {FinancingScheme.__tablename__}, {FinancingSchemeCriterion.__tablename__}"))
    await national.commit()


async def _store(uow: UnitOfWork, schemes: list[tuple[int, SchemeData]], summary: ImportSummary) -> None:
    national = uow.national()
    ids = [data.aides_territoires_id for _, data in schemes]
    existing = {
        row.aides_territoires_id: row
        for row in await national.scalars(
            with_criteria(select(FinancingScheme).where(FinancingScheme.aides_territoires_id.in_(ids)))
        )
    }
    # Written in one flush, then audited: the trail needs the new ids and versions, not a statement per aid.
    changed: list[tuple[FinancingScheme, dict[str, Any] | None]] = []
    for _, data in schemes:
        row = existing.get(data.aides_territoires_id)
        if row is None:
            row = FinancingScheme(owner_region=None, criteria=[])
            apply_scheme(row, data, changed_by=IMPORTER.display_name)
            national.add(row)
            existing[data.aides_territoires_id] = row
            changed.append((row, None))
            summary.created += 1
            continue
        before = SchemeView.of(row)
        if _same(before, data):
            summary.unchanged += 1
            continue
        apply_scheme(row, data, changed_by=IMPORTER.display_name)
        changed.append((row, audited(before)))
        summary.updated += 1
    await national.flush()
    for row, before_values in changed:
        _audit(uow, row, before_values)
    await national.flush()  # the audit rows too, before the batch leaves the session


def _same(before: SchemeView, data: SchemeData) -> bool:
    """Would the aid leave the scheme as it is? Compared as the trail records it, on a row never added to
    the session."""
    probe = FinancingScheme(owner_region=None, criteria=[], version=before.version, updated_at=before.updated_at)
    apply_scheme(probe, data, changed_by=IMPORTER.display_name)
    return audited(SchemeView.of(probe)) == audited(before)


def _audit(uow: UnitOfWork, row: FinancingScheme, before: dict[str, Any] | None) -> None:
    after = audited(SchemeView.of(row))
    changed = [key for key in after if before is None or before[key] != after[key]]
    record_change(
        uow.national(),
        IMPORTER,
        request_id="import-aides",
        action="financing_scheme.imported",
        entity_type="FinancingScheme",
        entity_id=row.id,
        before=None if before is None else {key: before[key] for key in changed},
        after={key: after[key] for key in changed},
    )
