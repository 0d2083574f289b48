"""The schemes that fit a project, ranked, each with its reasons and what remains to check.

A scheme fits when, on the day: it is open (a closed or not yet opened call is left out: the « Financement »
tab proposes what the company can apply to now); its perimeter covers the company's département; its
audience admits the company's size, NAF section and the project's kind (a scheme naming none admits all;
an unknown size or sector excludes nothing and is left to check); and what it finances meets the purposes
of the investment plan's lines (a scheme that does not say what it finances is kept, ranked lower). The
project's region's own schemes are proposed to whoever reads the project's financing, as its plan names them.

The narrowing and the ranking are both SQL (the score is a sum of `CASE` over the criteria's index): the
database counts the fitting schemes and returns the page's ids in order; only the page's schemes are read
whole, and their reasons worded here. Six statements whatever the number of schemes: the plan's amounts by
category, the company, the count, the page's ids, the page's schemes and their criteria.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from sqlalchemy import ColumnElement, Subquery, and_, case, func, literal, or_, select, true

from filiere.errors import InvalidInputError, RequestErrorCode
from filiere.financing.de_minimis import CEILING_EUR
from filiere.financing.models import InvestmentCategory, InvestmentLine
from filiere.financing.scheme_models import (
    CompanySize,
    CriterionDimension,
    FinancingScheme,
    SchemePurpose,
)
from filiere.financing.schemes import (
    SchemeView,
    applies_in,
    fits_criterion,
    has_criterion,
    names_criterion,
    open_on,
    schemes_by_id,
)
from filiere.pagination import Page, PageRequest, SortPosition
from filiere.programmes.models import HeadcountBand, ProjectKind, RevenueBand
from filiere.programmes.service import companies_by_id
from filiere.programmes.views import CompanyCard, ProjectView, Visibility
from filiere.referentials.geography import departement, region
from filiere.referentials.naf import naf_activity
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import short_date

PURPOSE_OF_CATEGORY: dict[InvestmentCategory, SchemePurpose | None] = {
    InvestmentCategory.MACHINES: SchemePurpose.INVESTMENT,
    InvestmentCategory.BUILDING: SchemePurpose.INVESTMENT,
    InvestmentCategory.TOOLING: SchemePurpose.INVESTMENT,
    InvestmentCategory.SOFTWARE: SchemePurpose.INVESTMENT,
    InvestmentCategory.RESEARCH: SchemePurpose.INNOVATION,
    InvestmentCategory.RECRUITMENT: SchemePurpose.RECRUITMENT,
    InvestmentCategory.CERTIFICATION: SchemePurpose.CERTIFICATION,
    InvestmentCategory.WORKING_CAPITAL: SchemePurpose.WORKING_CAPITAL,
    InvestmentCategory.OTHER: None,
}
PURPOSE_LABELS = {
    SchemePurpose.INVESTMENT: "investissement productif",
    SchemePurpose.INNOVATION: "R&D et innovation",
    SchemePurpose.RECRUITMENT: "recrutement et formation",
    SchemePurpose.EXPORT: "export",
    SchemePurpose.ECOLOGICAL_TRANSITION: "transition écologique",
    SchemePurpose.CERTIFICATION: "certification et qualité",
    SchemePurpose.WORKING_CAPITAL: "besoin en fonds de roulement",
    SchemePurpose.CONSULTING: "conseil et études",
}
SIZE_LABELS = {
    CompanySize.TPE: "TPE",
    CompanySize.PME: "PME",
    CompanySize.ETI: "ETI",
    CompanySize.GE: "Grande entreprise",
}
KIND_LABELS = {
    ProjectKind.RELOCATION: "projet de relocalisation",
    ProjectKind.NEW_PRODUCTION: "nouvelle production en France",
    ProjectKind.DIVERSIFICATION: "diversification",
}
# « en Normandie », but « dans les Hauts-de-France »: the régions whose name takes another preposition.
_IN_REGION = {"32": "dans les", "44": "dans le", "04": "à", "06": "à"}
_SIZES = tuple(CompanySize)  # smallest first
_HEADCOUNT_SIZE = {
    **dict.fromkeys(
        (
            HeadcountBand.NON_EMPLOYER,
            HeadcountBand.NONE_AT_YEAR_END,
            HeadcountBand.FROM_1_TO_2,
            HeadcountBand.FROM_3_TO_5,
            HeadcountBand.FROM_6_TO_9,
        ),
        CompanySize.TPE,
    ),
    **dict.fromkeys(
        (
            HeadcountBand.FROM_10_TO_19,
            HeadcountBand.FROM_20_TO_49,
            HeadcountBand.FROM_50_TO_99,
            HeadcountBand.FROM_100_TO_199,
            HeadcountBand.FROM_200_TO_249,
        ),
        CompanySize.PME,
    ),
    **dict.fromkeys(
        (
            HeadcountBand.FROM_250_TO_499,
            HeadcountBand.FROM_500_TO_999,
            HeadcountBand.FROM_1000_TO_1999,
            HeadcountBand.FROM_2000_TO_4999,
        ),
        CompanySize.ETI,
    ),
    **dict.fromkeys((HeadcountBand.FROM_5000_TO_9999, HeadcountBand.FROM_10000), CompanySize.GE),
}
_REVENUE_SIZE = {
    RevenueBand.UNDER_2M: CompanySize.TPE,
    RevenueBand.FROM_2M_TO_10M: CompanySize.PME,
    RevenueBand.FROM_10M_TO_50M: CompanySize.PME,
    RevenueBand.FROM_50M_TO_1500M: CompanySize.ETI,
    RevenueBand.OVER_1500M: CompanySize.GE,
}


@dataclass(frozen=True)
class SizeEstimate:
    size: CompanySize | None
    caveat: str | None  # what makes the category uncertain, to check


def company_size(headcount: HeadcountBand | None, revenue: RevenueBand | None) -> SizeEstimate:
    """The category of the décret 2008-1354 from the bands the record holds: the larger of the headcount's
    and the turnover's (the balance sheet, which may lower it, is not known)."""
    by_headcount = _HEADCOUNT_SIZE.get(headcount) if headcount else None
    by_revenue = _REVENUE_SIZE.get(revenue) if revenue else None
    if by_headcount is None and by_revenue is None:
        return SizeEstimate(None, "taille de l'entreprise à vérifier (effectif et chiffre d'affaires non renseignés)")
    if by_headcount is None or by_revenue is None:
        missing = "l'effectif" if by_headcount is None else "le chiffre d'affaires"
        return SizeEstimate(by_revenue or by_headcount, f"catégorie d'entreprise estimée sans {missing}")
    size = max(by_headcount, by_revenue, key=_SIZES.index)
    caveat = (
        "catégorie à confirmer avec le total de bilan"
        if _SIZES.index(by_revenue) > _SIZES.index(by_headcount)
        else None
    )
    return SizeEstimate(size, caveat)


@dataclass(frozen=True, kw_only=True)
class SchemeMatch:
    scheme: SchemeView
    score: int  # 0–100: higher fits better
    reasons: tuple[str, ...]
    to_check: tuple[str, ...]

    @property
    def position(self) -> SortPosition:
        return _position(self.score, self.scheme.sort_key, self.scheme.id)


@dataclass(frozen=True)
class _Assessment:
    reasons: tuple[str, ...]
    to_check: tuple[str, ...]  # from the criteria; the scheme's own terms are added for the page


@dataclass(frozen=True)
class _Company:
    region_code: str
    departement_code: str
    size: SizeEstimate
    naf_section: str | None
    naf_section_label: str | None


async def matching_schemes(uow: UnitOfWork, project: ProjectView, page: PageRequest, today: date) -> Page[SchemeMatch]:
    """The page of schemes fitting the project, best first; empty for a reader of the project who may not
    see its financing, and until its investment plan has lines."""
    empty: Page[SchemeMatch] = Page(items=[], positions=[], has_next_page=False, total_count=0)
    if not project.shows(Visibility.FINANCING):
        return empty
    card = project.card
    session = uow.region(card.region)
    amounts = {
        row.category: int(row.total)
        for row in await session.execute(
            select(InvestmentLine.category, func.sum(InvestmentLine.amount).label("total"))
            .where(InvestmentLine.project_id == card.id)
            .group_by(InvestmentLine.category)
        )
    }
    if not amounts:
        return empty
    company_card = (await companies_by_id(session, [card.company_id])).get(card.company_id)
    company = _company(company_card) if company_card else None
    if company is None:
        return empty
    purposes = _purpose_amounts(amounts)
    national = uow.national()
    fitting = _fitting(card.region, card.kind, company, purposes, today)
    total = await national.scalar(select(func.count()).select_from(FinancingScheme).where(*fitting))
    ranked = _ranked(fitting, company, purposes)
    rows = (
        await national.execute(
            select(ranked.c.id, ranked.c.score)
            .where(_after(ranked, page))
            .order_by(ranked.c.score.desc(), ranked.c.sort_key, ranked.c.id)
            .limit(page.first + 1)
        )
    ).all()
    kept = rows[: page.first]
    schemes = await schemes_by_id(uow, [row.id for row in kept])
    items = []
    for row in kept:
        scheme = schemes.get(row.id)
        if scheme is None:  # removed between the two reads
            continue
        assessment = _assess(scheme, company, card.kind, purposes)
        items.append(
            SchemeMatch(
                scheme=scheme,
                score=row.score,
                reasons=assessment.reasons,
                to_check=assessment.to_check + tuple(_terms(scheme)),
            )
        )
    return Page(
        items=items,
        positions=[match.position for match in items],
        has_next_page=len(rows) > page.first,
        total_count=total or 0,
    )


def _position(score: int, sort_key: str, scheme_id: int) -> SortPosition:
    """Best score first, then by name: the order of the proposals and their cursor."""
    return SortPosition(f"{100 - score:03d} {sort_key}", NATIONAL_SLUG, scheme_id)


def _company(card: CompanyCard) -> _Company | None:
    place = departement(card.departement)
    if place is None:
        return None
    activity = naf_activity(card.naf_code) if card.naf_code else None
    return _Company(
        region_code=place.region_code,
        departement_code=place.code,
        size=company_size(card.headcount_band, card.revenue_band),
        naf_section=activity.section_code if activity else None,
        naf_section_label=activity.section_label if activity else None,
    )


def _purpose_amounts(amounts: Mapping[InvestmentCategory, int]) -> dict[SchemePurpose, int]:
    found: dict[SchemePurpose, int] = {}
    for category, amount in amounts.items():
        purpose = PURPOSE_OF_CATEGORY[category]
        if purpose is not None:
            found[purpose] = found.get(purpose, 0) + amount
    return found


def _fitting(
    project_region: str, kind: ProjectKind, company: _Company, purposes: Mapping[SchemePurpose, int], today: date
) -> list[ColumnElement[bool]]:
    return [
        or_(FinancingScheme.owner_region.is_(None), FinancingScheme.owner_region == project_region),
        open_on(today),
        applies_in(company.region_code, company.departement_code),
        fits_criterion(CriterionDimension.COMPANY_SIZE, company.size.size.value if company.size.size else None),
        fits_criterion(CriterionDimension.NAF_SECTION, company.naf_section),
        fits_criterion(CriterionDimension.PROJECT_KIND, kind.value),
        or_(
            ~names_criterion(CriterionDimension.PURPOSE),
            has_criterion(CriterionDimension.PURPOSE, [p.value for p in purposes]),
        ),
    ]


def _ranked(fitting: list[ColumnElement[bool]], company: _Company, purposes: Mapping[SchemePurpose, int]) -> Subquery:
    """SQL: the fitting schemes' ids, sort keys and scores: how well each fits, 0–100 (at most
    30 + 10 + 10 + 10 + 40). Its perimeter: 30 for the company's département, 20 for its région, 10
    nationwide; 10 for each audience it names that the company is known to meet; for the plan's purposes
    it finances, 10 plus up to 30 by their share of the plan."""
    score: ColumnElement[int] = case(
        (has_criterion(CriterionDimension.DEPARTEMENT, [company.departement_code]), 30),
        (has_criterion(CriterionDimension.REGION, [company.region_code]), 20),
        else_=10,
    )
    audiences = [CriterionDimension.PROJECT_KIND]  # the project's kind is always known
    if company.size.size is not None:
        audiences.append(CriterionDimension.COMPANY_SIZE)
    if company.naf_section is not None:
        audiences.append(CriterionDimension.NAF_SECTION)
    for dimension in audiences:
        score = score + case((names_criterion(dimension), 10), else_=0)
    # Each purpose of the plan is a bit; a scheme's matched purposes add up to a mask, each bit read through
    # the criteria's index once for all schemes. The points of every mask are computed here, rounded by
    # Python alike on every database.
    order = list(purposes)
    total = sum(purposes.values())
    points = {
        sum(1 << order.index(p) for p in matched): 10 + round(30 * sum(purposes[p] for p in matched) / total)
        for size in range(1, len(order) + 1)
        for matched in combinations(order, size)
    }
    if points:
        mask = sum(
            (
                case((has_criterion(CriterionDimension.PURPOSE, [p.value]), 1 << i), else_=0)
                for i, p in enumerate(order)
            ),
            start=literal(0),
        )
        score = score + case(points, value=mask, else_=0)
    return select(FinancingScheme.id, FinancingScheme.sort_key, score.label("score")).where(*fitting).subquery()


def _after(ranked: Subquery, page: PageRequest) -> ColumnElement[bool]:
    """SQL: the rows after the page's cursor, in the order of `_position`."""
    cursor = page.after
    if cursor is None:
        return true()
    rank, _, sort_key = cursor.sort_key.partition(" ")
    if not (len(rank) == 3 and rank.isdigit()):
        raise InvalidInputError(
            "Le curseur de pagination est invalide.", field="after", code=RequestErrorCode.INVALID_CURSOR
        )
    score = 100 - int(rank)
    return or_(
        ranked.c.score < score,
        and_(
            ranked.c.score == score,
            or_(ranked.c.sort_key > sort_key, and_(ranked.c.sort_key == sort_key, ranked.c.id > cursor.id)),
        ),
    )


def _assess(
    scheme: SchemeView, company: _Company, kind: ProjectKind, purposes: Mapping[SchemePurpose, int]
) -> _Assessment:
    """Why a scheme fits and what remains to check, in words, as `_score` counts it."""
    reasons, to_check = [_place(scheme, company)], []
    if scheme.company_sizes and company.size.caveat:
        to_check.append(company.size.caveat)
    matched = [p for p in scheme.purposes if p in purposes]
    if matched:
        reasons.extend(PURPOSE_LABELS[p] for p in matched)
    else:
        to_check.append("objet du dispositif à vérifier (non précisé)")
    if scheme.naf_sections:
        if company.naf_section is None:
            to_check.append("secteur d'activité à vérifier (code NAF non renseigné)")
        else:
            reasons.append(f"secteur {company.naf_section} ({company.naf_section_label})")
    if scheme.project_kinds:
        reasons.append(KIND_LABELS[kind])
    return _Assessment(reasons=tuple(reasons), to_check=tuple(to_check))


def _place(scheme: SchemeView, company: _Company) -> str:
    """« PME en Normandie »: who the company is and where the scheme reaches it (the narrowest perimeter)."""
    who = SIZE_LABELS[company.size.size] if company.size.size else "Entreprise"
    if company.departement_code in scheme.departements:
        place = departement(company.departement_code)
        return f"{who} — {place.name if place else ''} ({company.departement_code})"
    if company.region_code in scheme.regions:
        found = region(company.region_code)
        return f"{who} {_IN_REGION.get(company.region_code, 'en')} {found.name if found else ''}"
    return f"{who}, dispositif national"


def _terms(scheme: SchemeView) -> list[str]:
    """What the scheme's own terms leave to check with the financer."""
    found = []
    if scheme.amount_min is not None:
        found.append(f"montant minimum de {_euros(scheme.amount_min)} non vérifié")
    if scheme.amount_max is not None:
        found.append(f"plafond de {_euros(scheme.amount_max)} non vérifié")
    if scheme.closes_on is not None:
        found.append(f"dépôt avant le {short_date(scheme.closes_on)}")
    if scheme.de_minimis:
        found.append(f"aide de minimis : plafond de {_euros(CEILING_EUR)} sur trois ans glissants à vérifier")
    return found


def _euros(amount: int) -> str:
    return f"{amount:,} €".replace(",", "\u202f")
