"""A project's investment and financing plans: who edits them, the checks every line and source share, and
what the plans add up to (totals, the balance of uses and sources, public money, the de minimis check).

The plans are part of the financing class of the project's fields (`Visibility.FINANCING`): its region's
team, CCI France, its coach and partners the project shared its financing with read them; its region's team
and its coach edit them (`Action.EDIT_FINANCING`). An imbalance between uses and sources is shown, never
refused: a plan is built over weeks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import func, select

from filiere import clock
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError
from filiere.financing import de_minimis
from filiere.financing.errors import FinancingErrorCode
from filiere.financing.models import (
    MAX_AMOUNT_EUR,
    EarlierDeMinimisAid,
    FinancingSource,
    InvestmentCategory,
    InvestmentLine,
    InvestmentStatus,
    SourceKind,
    SourceStatus,
)
from filiere.planning.cohorts import cohorts_by_id
from filiere.programmes.service import get_project
from filiere.programmes.views import ProjectView
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

LABEL_MAX_LENGTH = 200
MAX_LINES = 200  # per project: a plan is read and exported whole
MAX_SOURCES = 100
MAX_EARLIER_AID = 50  # per company
# The years a plan may cover, around the edition the project follows (or this year, before any cohort):
# a relocation is prepared the year before the programme and pays off within ten years.
YEARS_BEFORE = 1
YEARS_AFTER = 10

# Sources that still finance the plan: refused and abandoned ones are kept for the record only.
COUNTED_STATUSES = frozenset({SourceStatus.TO_APPLY, SourceStatus.APPLIED, SourceStatus.OBTAINED})
# Public money whose whole amount is aid (grants, repayable advances, calls, tax credits); for the other
# kinds only the aid equivalent entered counts (a subsidised loan, a guarantee).
PUBLIC_KINDS = frozenset(
    {SourceKind.REGIONAL_AID, SourceKind.STATE_CALL, SourceKind.EUROPEAN_FUNDS, SourceKind.TAX_CREDIT}
)
COMMITTED_STATUSES = frozenset({InvestmentStatus.COMMITTED, InvestmentStatus.SPENT})


@dataclass(frozen=True, kw_only=True)
class LineView:
    region: str
    id: int
    project_id: int
    category: InvestmentCategory
    label: str
    amount: int
    year: int
    quarter: int | None
    status: InvestmentStatus
    supplier_candidate_id: int | None
    quote_document_id: int | None
    changed_by: str
    updated_at: datetime
    version: int

    @classmethod
    def of(cls, region: str, row: InvestmentLine) -> LineView:
        return cls(
            region=region,
            id=row.id,
            project_id=row.project_id,
            category=row.category,
            label=row.label,
            amount=row.amount,
            year=row.year,
            quarter=row.quarter,
            status=row.status,
            supplier_candidate_id=row.supplier_candidate_id,
            quote_document_id=row.quote_document_id,
            changed_by=row.changed_by_name,
            updated_at=row.updated_at,
            version=row.version,
        )


@dataclass(frozen=True, kw_only=True)
class SourceView:
    region: str
    id: int
    project_id: int
    kind: SourceKind
    label: str
    amount: int
    year: int
    status: SourceStatus
    applied_on: date | None
    decided_on: date | None
    scheme_id: int | None
    de_minimis: bool
    aid_equivalent: int | None
    decision_document_id: int | None
    changed_by: str
    updated_at: datetime
    version: int

    @classmethod
    def of(cls, region: str, row: FinancingSource) -> SourceView:
        return cls(
            region=region,
            id=row.id,
            project_id=row.project_id,
            kind=row.kind,
            label=row.label,
            amount=row.amount,
            year=row.year,
            status=row.status,
            applied_on=row.applied_on,
            decided_on=row.decided_on,
            scheme_id=row.scheme_id,
            de_minimis=row.de_minimis,
            aid_equivalent=row.aid_equivalent_eur,
            decision_document_id=row.decision_document_id,
            changed_by=row.changed_by_name,
            updated_at=row.updated_at,
            version=row.version,
        )

    @property
    def counted(self) -> bool:
        return self.status in COUNTED_STATUSES

    @property
    def public_amount(self) -> int:
        """The public money it brings: its aid equivalent when entered, else its amount for a public kind."""
        if self.aid_equivalent is not None:
            return self.aid_equivalent
        return self.amount if self.kind in PUBLIC_KINDS else 0

    @property
    def aid_amount(self) -> int:
        """What it weighs against the de minimis ceiling: its gross grant equivalent when entered, else its
        whole amount (erring on the safe side until the financer states the equivalent)."""
        return self.aid_equivalent if self.aid_equivalent is not None else self.amount

    @property
    def granted_on(self) -> date:
        """When its aid is granted: the decision's date, else the first day of its year (the earliest it can
        be, so that the de minimis check errs on the safe side)."""
        return self.decided_on or date(self.year, 1, 1)


@dataclass(frozen=True, kw_only=True)
class EarlierAidView:
    region: str
    id: int
    company_id: int
    granted_on: date
    amount: int
    granted_by: str
    version: int

    @classmethod
    def of(cls, region: str, row: EarlierDeMinimisAid) -> EarlierAidView:
        return cls(
            region=region,
            id=row.id,
            company_id=row.company_id,
            granted_on=row.granted_on,
            amount=row.amount,
            granted_by=row.granted_by,
            version=row.version,
        )


@dataclass(frozen=True, kw_only=True)
class InvestmentTotals:
    by_category: tuple[tuple[InvestmentCategory, int], ...]  # in the categories' order, non-empty ones
    by_year: tuple[tuple[int, int], ...]
    total: int
    committed: int  # committed or spent


@dataclass(frozen=True, kw_only=True)
class YearBalance:
    year: int
    uses: int
    sources: int

    @property
    def gap(self) -> int:
        """Uses not covered by sources (negative: more sources than uses)."""
        return self.uses - self.sources


@dataclass(frozen=True, kw_only=True)
class PlanBalance:
    by_year: tuple[YearBalance, ...]
    uses: int
    sources: int

    @property
    def gap(self) -> int:
        return self.uses - self.sources


@dataclass(frozen=True, kw_only=True)
class FinancingSummary:
    balance: PlanBalance
    public_amount: int
    public_share: float | None  # of the uses; None when the plan has no line
    de_minimis: de_minimis.DeMinimisCheck


def investment_totals(lines: Sequence[LineView]) -> InvestmentTotals:
    by_category = dict.fromkeys(InvestmentCategory, 0)
    by_year: dict[int, int] = {}
    for line in lines:
        by_category[line.category] += line.amount
        by_year[line.year] = by_year.get(line.year, 0) + line.amount
    return InvestmentTotals(
        by_category=tuple((category, amount) for category, amount in by_category.items() if amount),
        by_year=tuple(sorted(by_year.items())),
        total=sum(line.amount for line in lines),
        committed=sum(line.amount for line in lines if line.status in COMMITTED_STATUSES),
    )


def financing_summary(
    lines: Sequence[LineView], sources: Sequence[SourceView], earlier: Sequence[EarlierAidView], *, today: date
) -> FinancingSummary:
    counted = [source for source in sources if source.counted]
    uses: dict[int, int] = {}
    for line in lines:
        uses[line.year] = uses.get(line.year, 0) + line.amount
    funds: dict[int, int] = {}
    for source in counted:
        funds[source.year] = funds.get(source.year, 0) + source.amount
    years = sorted(set(uses) | set(funds))
    total_uses = sum(uses.values())
    public = sum(source.public_amount for source in counted)
    aids = [
        de_minimis.DatedAid(granted_on=source.granted_on, amount=source.aid_amount, earlier=False)
        for source in counted
        if source.de_minimis
    ] + [de_minimis.DatedAid(granted_on=aid.granted_on, amount=aid.amount, earlier=True) for aid in earlier]
    return FinancingSummary(
        balance=PlanBalance(
            by_year=tuple(YearBalance(year=y, uses=uses.get(y, 0), sources=funds.get(y, 0)) for y in years),
            uses=total_uses,
            sources=sum(funds.values()),
        ),
        public_amount=public,
        public_share=public / total_uses if total_uses else None,
        de_minimis=de_minimis.check(aids, today=today),
    )


# --- who edits, and the checks every write shares ------------------------------------------------------


def may_edit_financing(principal: Principal | None, project: ProjectView) -> bool:
    return is_allowed(principal, Action.EDIT_FINANCING, region=project.card.region, attached=project.attached)


async def editable_project(
    uow: UnitOfWork, principal: Principal | None, region: str, project_id: int
) -> tuple[Principal, ProjectView]:
    """The project a plan edit is about: not readable is not found; readable but not editable is refused."""
    editor = require_principal(principal)
    project = await get_project(uow, editor, region, project_id)
    if not may_edit_financing(editor, project):
        raise ForbiddenError(
            "Seuls l'équipe de la région du projet et son coach tiennent ses plans d'investissement et de financement."
        )
    return editor, project


async def year_range(uow: UnitOfWork, project: ProjectView) -> range:
    """The years a plan of this project may cover: around its cohort's edition, or this year before any."""
    reference = clock.today(uow.registry.settings).year
    if project.card.cohort_id is not None:
        session = uow.region(project.card.region)
        cohort = (await cohorts_by_id(session, [project.card.cohort_id])).get(project.card.cohort_id)
        if cohort is not None:
            reference = cohort.edition_year
    return range(reference - YEARS_BEFORE, reference + YEARS_AFTER + 1)


def checked_year(year: int, years: range, field: str = "year") -> int:
    if year not in years:
        raise InvalidInputError(
            f"L'année doit être comprise entre {years.start} et {years.stop - 1} pour ce projet.",
            field=field,
            code=FinancingErrorCode.YEAR_OUT_OF_RANGE,
        )
    return year


def checked_amount(value: float, field: str, label: str, *, zero_allowed: bool = False) -> int:
    """Whole euros, positive (or zero when allowed), at most a billion."""
    if isinstance(value, float) and not value.is_integer():
        raise InvalidInputError(
            f"{label} s'indique en euros entiers, sans centimes.", field=field, code=FinancingErrorCode.INVALID_AMOUNT
        )
    amount = int(value)
    if amount < (0 if zero_allowed else 1) or amount > MAX_AMOUNT_EUR:
        floor = "positif ou nul" if zero_allowed else "positif"
        raise InvalidInputError(
            f"{label} doit être un montant {floor} d'au plus un milliard d'euros.",
            field=field,
            code=FinancingErrorCode.INVALID_AMOUNT,
        )
    return amount


def checked_label(value: str, field: str = "label", *, required: bool = True) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise InvalidInputError("Le libellé est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > LABEL_MAX_LENGTH:
        raise InvalidInputError(
            f"Le libellé ne doit pas dépasser {LABEL_MAX_LENGTH} caractères.",
            field=field,
            code=CommonErrorCode.TOO_LONG,
        )
    return text


def audit_value(value: object) -> object:
    """A value as the audit trail stores it (JSON)."""
    return value.isoformat() if isinstance(value, date) else value


def audit_name(name: str) -> str:
    """A column's name as the trail (and the SPA's sentences) name it: `aid_equivalent_eur` → `aidEquivalentEur`."""
    head, *rest = name.split("_")
    return head + "".join(word.title() for word in rest)


def audit_values(values: dict[str, object]) -> dict[str, object]:
    """The fields of a new row as the trail stores them (empty ones left out)."""
    return {audit_name(name): audit_value(value) for name, value in values.items() if value is not None}


def changed_values(row: object, values: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """The before and after of the fields `values` changes on `row`, as the trail stores them."""
    changed = {name: value for name, value in values.items() if getattr(row, name) != value}
    before = {audit_name(name): audit_value(getattr(row, name)) for name in changed}
    return before, {audit_name(name): audit_value(value) for name, value in changed.items()}


# --- batch reads for loaders (callers have checked the reader may see the plans) ---------------------


async def lines_by_project(
    session: TenantSession, region: str, project_ids: Sequence[int]
) -> dict[int, list[LineView]]:
    rows = await session.scalars(
        select(InvestmentLine)
        .where(InvestmentLine.project_id.in_(project_ids))
        # The whole year's lines first, on every database (NULLs sort differently on each).
        .order_by(
            InvestmentLine.project_id,
            InvestmentLine.year,
            func.coalesce(InvestmentLine.quarter, 0),
            InvestmentLine.id,
        )
    )
    return _grouped(project_ids, (LineView.of(region, row) for row in rows), lambda view: view.project_id)


async def sources_by_project(
    session: TenantSession, region: str, project_ids: Sequence[int]
) -> dict[int, list[SourceView]]:
    rows = await session.scalars(
        select(FinancingSource)
        .where(FinancingSource.project_id.in_(project_ids))
        .order_by(FinancingSource.project_id, FinancingSource.year, FinancingSource.id)
    )
    return _grouped(project_ids, (SourceView.of(region, row) for row in rows), lambda view: view.project_id)


async def earlier_aid_by_company(
    session: TenantSession, region: str, company_ids: Sequence[int]
) -> dict[int, list[EarlierAidView]]:
    rows = await session.scalars(
        select(EarlierDeMinimisAid)
        .where(EarlierDeMinimisAid.company_id.in_(company_ids))
        .order_by(EarlierDeMinimisAid.company_id, EarlierDeMinimisAid.granted_on, EarlierDeMinimisAid.id)
    )
    return _grouped(company_ids, (EarlierAidView.of(region, row) for row in rows), lambda view: view.company_id)


V = TypeVar("V")


def _grouped(keys: Sequence[int], views: Iterable[V], key_of: Callable[[V], int]) -> dict[int, list[V]]:
    found: dict[int, list[V]] = {key: [] for key in keys}
    for view in views:
        found[key_of(view)].append(view)
    return found


# --- words: the export and the audit trail name things in French -------------------------------------

CATEGORY_LABELS = {
    InvestmentCategory.MACHINES: "Machines et équipements",
    InvestmentCategory.BUILDING: "Bâtiment et aménagements",
    InvestmentCategory.TOOLING: "Outillage",
    InvestmentCategory.RESEARCH: "R&D et prototypes",
    InvestmentCategory.SOFTWARE: "Logiciels",
    InvestmentCategory.RECRUITMENT: "Recrutement et formation",
    InvestmentCategory.CERTIFICATION: "Certification",
    InvestmentCategory.WORKING_CAPITAL: "Besoin en fonds de roulement",
    InvestmentCategory.OTHER: "Autres",
}
INVESTMENT_STATUS_LABELS = {
    InvestmentStatus.ESTIMATED: "estimé",
    InvestmentStatus.QUOTED: "devisé",
    InvestmentStatus.COMMITTED: "engagé",
    InvestmentStatus.SPENT: "dépensé",
}
KIND_LABELS = {
    SourceKind.OWN_FUNDS: "Fonds propres",
    SourceKind.PARTNERS_EQUITY: "Apports des associés",
    SourceKind.BANK_LOAN: "Prêt bancaire",
    SourceKind.BPIFRANCE: "Prêt ou garantie Bpifrance",
    SourceKind.REGIONAL_AID: "Subvention ou avance régionale",
    SourceKind.STATE_CALL: "France 2030 ou autre appel de l'État",
    SourceKind.EUROPEAN_FUNDS: "Fonds européens",
    SourceKind.TAX_CREDIT: "Crédit d'impôt",
    SourceKind.CROWDFUNDING: "Financement participatif",
    SourceKind.OTHER: "Autre",
}
SOURCE_STATUS_LABELS = {
    SourceStatus.TO_APPLY: "à déposer",
    SourceStatus.APPLIED: "déposée",
    SourceStatus.OBTAINED: "obtenue",
    SourceStatus.REFUSED: "refusée",
    SourceStatus.ABANDONED: "abandonnée",
}


def source_name(kind: SourceKind, label: str) -> str:
    return label or KIND_LABELS[kind]


async def line_names(session: TenantSession, ids: Sequence[int]) -> dict[int, str]:
    """The audit trail's names of these lines: one statement."""
    rows = await session.execute(select(InvestmentLine.id, InvestmentLine.label).where(InvestmentLine.id.in_(ids)))
    return {row.id: row.label for row in rows}


async def source_names(session: TenantSession, ids: Sequence[int]) -> dict[int, str]:
    rows = await session.execute(
        select(FinancingSource.id, FinancingSource.kind, FinancingSource.label).where(FinancingSource.id.in_(ids))
    )
    return {row.id: source_name(row.kind, row.label) for row in rows}


async def earlier_aid_names(session: TenantSession, ids: Sequence[int]) -> dict[int, str]:
    rows = await session.execute(
        select(EarlierDeMinimisAid.id, EarlierDeMinimisAid.granted_by).where(EarlierDeMinimisAid.id.in_(ids))
    )
    return {row.id: row.granted_by for row in rows}
