"""CCI France's figures on financing: investment planned and committed, aid requested and obtained, by
région, edition, financer and kind of source — the outcomes dashboards build on them.

Each region sums its own plans in SQL, per project (two statements whatever the number of lines); the
projects' cohorts (their edition) come from the programmes' and planning's batch reads, and the financers
from the catalogue. Aid is public money (`plans.SourceView.public_amount`): requested once applied for
(applied, obtained or refused), obtained once obtained.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute

from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.financing.models import FinancingSource, InvestmentLine, SourceKind, SourceStatus
from filiere.financing.plans import COMMITTED_STATUSES, PUBLIC_KINDS
from filiere.financing.schemes import schemes_by_id
from filiere.planning.cohorts import cohorts_by_id
from filiere.planning.editions import EditionView, editions_by_id
from filiere.programmes.service import projects_by_id
from filiere.tenancy.fanout import TenantFailure, fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.unit_of_work import UnitOfWork

NO_SCHEME = "Hors catalogue"
_REQUESTED = (SourceStatus.APPLIED, SourceStatus.OBTAINED, SourceStatus.REFUSED)


@dataclass
class Figures:
    investment_planned: int = 0
    investment_committed: int = 0
    aid_requested: int = 0
    aid_obtained: int = 0

    def add(self, other: Figures) -> None:
        self.investment_planned += other.investment_planned
        self.investment_committed += other.investment_committed
        self.aid_requested += other.aid_requested
        self.aid_obtained += other.aid_obtained


@dataclass
class FinancingIndicators:
    total: Figures = field(default_factory=Figures)
    by_region: dict[str, Figures] = field(default_factory=dict)
    by_edition: dict[EditionView | None, Figures] = field(default_factory=dict)  # None: outside any cohort
    by_financer: dict[str, Figures] = field(default_factory=dict)  # aid only
    by_kind: dict[SourceKind, Figures] = field(default_factory=dict)  # aid only
    failures: list[TenantFailure] = field(default_factory=list)


@dataclass(frozen=True)
class _ProjectSums:
    investment: dict[int, tuple[int, int]]  # project → (planned, committed)
    aid: list[tuple[int, SourceKind, int | None, int, int]]  # (project, kind, scheme, requested, obtained)
    editions: dict[int, int | None]  # project → edition


def _public_amount() -> ColumnElement[int]:
    whole = case((FinancingSource.kind.in_(PUBLIC_KINDS), FinancingSource.amount), else_=0)
    return func.coalesce(FinancingSource.aid_equivalent_eur, whole)


def _sum_if(
    condition: ColumnElement[bool], value: ColumnElement[int] | InstrumentedAttribute[int]
) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)


async def financing_indicators(
    uow: UnitOfWork, principal: Principal | None, *, edition_id: int | None, region: str | None
) -> FinancingIndicators:
    reader = require_principal(principal)
    tenants = [t for t in uow.regions(region) if is_allowed(reader, Action.VIEW_FINANCING_INDICATORS, region=t.slug)]

    async def read(tenant: Tenant) -> _ProjectSums:
        session = uow.session(tenant)
        investment = await session.execute(
            select(
                InvestmentLine.project_id,
                func.sum(InvestmentLine.amount),
                _sum_if(InvestmentLine.status.in_(COMMITTED_STATUSES), InvestmentLine.amount),
            ).group_by(InvestmentLine.project_id)
        )
        public = _public_amount()
        aid = await session.execute(
            select(
                FinancingSource.project_id,
                FinancingSource.kind,
                FinancingSource.scheme_id,
                _sum_if(FinancingSource.status.in_(_REQUESTED), public),
                _sum_if(FinancingSource.status == SourceStatus.OBTAINED, public),
            ).group_by(FinancingSource.project_id, FinancingSource.kind, FinancingSource.scheme_id)
        )
        sums = {row[0]: (int(row[1]), int(row[2])) for row in investment}
        aid_rows = [(row[0], SourceKind(row[1]), row[2], int(row[3]), int(row[4])) for row in aid]
        project_ids = sorted(set(sums) | {row[0] for row in aid_rows})
        projects = await projects_by_id(uow, reader, tenant.slug, project_ids) if project_ids else {}
        cohort_ids = sorted({p.card.cohort_id for p in projects.values() if p.card.cohort_id is not None})
        cohorts = await cohorts_by_id(session, cohort_ids) if cohort_ids else {}
        editions = {
            project_id: cohorts[view.card.cohort_id].edition_id
            if view.card.cohort_id is not None and view.card.cohort_id in cohorts
            else None
            for project_id, view in projects.items()
        }
        return _ProjectSums(investment=sums, aid=aid_rows, editions=editions)

    result = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return await _rolled_up(uow, result.results, edition_id, result.failures)


async def _rolled_up(
    uow: UnitOfWork, sums: dict[str, _ProjectSums], edition_id: int | None, failures: list[TenantFailure]
) -> FinancingIndicators:
    found = FinancingIndicators(failures=failures)
    scheme_ids = sorted({row[2] for region in sums.values() for row in region.aid if row[2] is not None})
    schemes = await schemes_by_id(uow, scheme_ids)
    edition_ids = sorted({e for region in sums.values() for e in region.editions.values() if e is not None})
    editions = await editions_by_id(uow.national(), edition_ids) if edition_ids else {}

    def kept(region: _ProjectSums, project_id: int) -> bool:
        return project_id in region.editions and (edition_id is None or region.editions[project_id] == edition_id)

    def into(targets: Iterable[Figures], figures: Figures) -> None:
        for target in targets:
            target.add(figures)

    for slug, region in sums.items():
        found.by_region[slug] = Figures()
        for project_id, (planned, committed) in region.investment.items():
            if kept(region, project_id):
                edition = editions.get(region.editions[project_id] or 0)
                figures = Figures(investment_planned=planned, investment_committed=committed)
                into((found.total, found.by_region[slug], found.by_edition.setdefault(edition, Figures())), figures)
        for project_id, kind, scheme_id, requested, obtained in region.aid:
            if not kept(region, project_id) or not (requested or obtained):
                continue
            edition = editions.get(region.editions[project_id] or 0)
            scheme = schemes.get(scheme_id) if scheme_id is not None else None
            figures = Figures(aid_requested=requested, aid_obtained=obtained)
            into(
                (
                    found.total,
                    found.by_region[slug],
                    found.by_edition.setdefault(edition, Figures()),
                    found.by_financer.setdefault(scheme.financer_label if scheme else NO_SCHEME, Figures()),
                    found.by_kind.setdefault(kind, Figures()),
                ),
                figures,
            )
    return found
