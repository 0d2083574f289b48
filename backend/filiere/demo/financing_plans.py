"""The demo's investment and financing plans: four seed projects, every amount invented for the demo (each
label ends in « (démo) »), requests in every status, and one plan over the de minimis ceiling once the
company's earlier aid counts (Sèche-linge à pompe à chaleur). Matched on (project, label) and (company,
granted by): loading again changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import select

from filiere.financing.models import (
    EarlierDeMinimisAid,
    FinancingSource,
    InvestmentCategory,
    InvestmentLine,
    InvestmentStatus,
    SourceKind,
    SourceStatus,
)
from filiere.financing.scheme_models import FinancingScheme
from filiere.programmes.models import Project
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession

CHANGED_BY = "Données de démonstration"
Cat, Inv, Kind, St = InvestmentCategory, InvestmentStatus, SourceKind, SourceStatus


@dataclass(frozen=True)
class Line:
    category: InvestmentCategory
    label: str
    amount: int
    year: int
    status: InvestmentStatus
    quarter: int | None = None


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    label: str
    amount: int
    year: int
    status: SourceStatus
    applied_on: date | None = None
    decided_on: date | None = None
    de_minimis: bool = False
    aid_equivalent: int | None = None
    scheme: str | None = None  # the name of a scheme of the demo catalogue (`demo.financing_schemes`)


@dataclass(frozen=True)
class EarlierAid:
    granted_on: date
    amount: int
    granted_by: str


@dataclass(frozen=True)
class Plan:
    region: str
    project: str
    lines: tuple[Line, ...]
    sources: tuple[Source, ...]
    earlier: tuple[EarlierAid, ...] = ()


PLANS = (
    Plan(
        region="normandie",
        project="Fabrication de marques complémentaires en lin",
        lines=(
            Line(Cat.MACHINES, "Métier à tisser jacquard (démo)", 420_000, 2023, Inv.SPENT, 2),
            Line(Cat.BUILDING, "Aménagement de l'atelier de Malaunay (démo)", 180_000, 2023, Inv.SPENT),
            Line(Cat.RECRUITMENT, "Recrutement et formation de deux tisserands (démo)", 90_000, 2024, Inv.COMMITTED),
            Line(Cat.CERTIFICATION, "Label Origine France Garantie (démo)", 12_000, 2024, Inv.QUOTED),
        ),
        sources=(
            Source(Kind.OWN_FUNDS, "Autofinancement (démo)", 150_000, 2023, St.OBTAINED),
            Source(
                Kind.BANK_LOAN,
                "Prêt d'équipement bancaire (démo)",
                300_000,
                2023,
                St.OBTAINED,
                date(2023, 2, 1),
                date(2023, 3, 15),
            ),
            Source(
                Kind.BPIFRANCE,
                "Prêt d'amorçage industriel (démo)",
                150_000,
                2024,
                St.APPLIED,
                date(2024, 1, 20),
                aid_equivalent=9_000,
                scheme="Prêt relocalisation industrielle (démo)",
            ),
            Source(
                Kind.REGIONAL_AID,
                "Subvention régionale à l'investissement (démo)",
                80_000,
                2024,
                St.TO_APPLY,
                de_minimis=True,
                scheme="Impulsion relocalisation Normandie (démo)",
            ),
            Source(Kind.CROWDFUNDING, "Campagne de préventes (démo)", 30_000, 2023, St.ABANDONED),
        ),
    ),
    Plan(
        region="normandie",
        project="Sèche-linge à pompe à chaleur (démo)",
        lines=(
            Line(Cat.MACHINES, "Ligne d'assemblage des sèche-linge (démo)", 950_000, 2027, Inv.QUOTED),
            Line(Cat.RESEARCH, "Prototypes de pompe à chaleur (démo)", 260_000, 2026, Inv.COMMITTED),
            Line(Cat.TOOLING, "Moules des carrosseries (démo)", 140_000, 2027, Inv.ESTIMATED, 3),
            Line(Cat.WORKING_CAPITAL, "Stock de démarrage (démo)", 200_000, 2028, Inv.ESTIMATED),
        ),
        sources=(
            Source(Kind.PARTNERS_EQUITY, "Augmentation de capital (démo)", 400_000, 2026, St.OBTAINED),
            Source(
                Kind.REGIONAL_AID,
                "Avance remboursable régionale (démo)",
                150_000,
                2026,
                St.OBTAINED,
                date(2026, 3, 2),
                date(2026, 6, 10),
                de_minimis=True,
                scheme="Avance innovation Normandie (démo)",
            ),
            Source(
                Kind.STATE_CALL,
                "Appel à projets de l'État (démo)",
                80_000,
                2027,
                St.APPLIED,
                date(2026, 10, 5),
                de_minimis=True,
                scheme="Appel à projets résilience industrielle (démo)",
            ),
            Source(
                Kind.EUROPEAN_FUNDS,
                "Fonds européens de développement régional (démo)",
                200_000,
                2026,
                St.REFUSED,
                date(2026, 1, 12),
                date(2026, 5, 28),
            ),
            Source(Kind.BANK_LOAN, "Prêt bancaire de la ligne (démo)", 600_000, 2027, St.TO_APPLY),
        ),
        earlier=(EarlierAid(date(2025, 3, 14), 120_000, "Région, aide au conseil (démo)"),),
    ),
    Plan(
        region="hauts-de-france",
        project="Filature de lin recyclé (démo)",
        lines=(
            Line(Cat.MACHINES, "Cardes et continus à filer (démo)", 780_000, 2027, Inv.QUOTED),
            Line(Cat.BUILDING, "Réhabilitation d'un bâtiment de Roubaix (démo)", 320_000, 2027, Inv.ESTIMATED),
            Line(Cat.SOFTWARE, "Traçabilité des lots (démo)", 45_000, 2028, Inv.ESTIMATED),
        ),
        sources=(
            Source(Kind.OWN_FUNDS, "Fonds propres (démo)", 250_000, 2027, St.OBTAINED),
            Source(
                Kind.BPIFRANCE,
                "Garantie de prêt (démo)",
                500_000,
                2027,
                St.APPLIED,
                date(2026, 11, 2),
                aid_equivalent=15_000,
                scheme="Garantie des prêts d'investissement (démo)",
            ),
            Source(Kind.TAX_CREDIT, "Crédit d'impôt recherche (démo)", 40_000, 2028, St.TO_APPLY),
        ),
    ),
    Plan(
        region="bourgogne-franche-comte",
        project="Mouvements horlogers mécaniques (démo)",
        lines=(
            Line(Cat.MACHINES, "Centre d'usinage de précision (démo)", 520_000, 2026, Inv.COMMITTED),
            Line(Cat.RECRUITMENT, "Formation d'horlogers (démo)", 60_000, 2027, Inv.ESTIMATED),
        ),
        sources=(
            Source(
                Kind.BANK_LOAN, "Prêt bancaire (démo)", 350_000, 2026, St.OBTAINED, date(2026, 2, 3), date(2026, 4, 1)
            ),
            Source(
                Kind.REGIONAL_AID,
                "Subvention régionale (démo)",
                100_000,
                2026,
                St.OBTAINED,
                date(2026, 2, 10),
                date(2026, 5, 20),
                de_minimis=True,
                scheme="Avance remboursable industrie Bourgogne-Franche-Comté (démo)",
            ),
            Source(Kind.STATE_CALL, "Appel à projets national (démo)", 130_000, 2027, St.TO_APPLY),
        ),
    ),
)


def _keep(
    session: TenantSession, existing: dict[str, Any], key: str, values: dict[str, Any], new: Callable[..., object]
) -> None:
    """The demo row named `key` with these values: changed where it differs, else added (`new(**values)`) —
    loading the demo again changes nothing."""
    row = existing.get(key)
    if row is None:
        session.add(new(**values))
        return
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


async def _plan(session: TenantSession, plan: Plan, schemes: dict[str, int]) -> None:
    project = await session.scalar(select(Project).where(Project.name == plan.project))
    if project is None:
        return
    lines = {
        row.label: row
        for row in await session.scalars(select(InvestmentLine).where(InvestmentLine.project_id == project.id))
    }
    for line in plan.lines:
        values = {
            "category": line.category,
            "amount": line.amount,
            "year": line.year,
            "quarter": line.quarter,
            "status": line.status,
        }
        new_line = partial(InvestmentLine, project_id=project.id, label=line.label, changed_by_name=CHANGED_BY)
        _keep(session, lines, line.label, values, new_line)
    sources = {
        row.label: row
        for row in await session.scalars(select(FinancingSource).where(FinancingSource.project_id == project.id))
    }
    for source in plan.sources:
        values = {
            "kind": source.kind,
            "amount": source.amount,
            "year": source.year,
            "status": source.status,
            "applied_on": source.applied_on,
            "decided_on": source.decided_on,
            "de_minimis": source.de_minimis,
            "aid_equivalent_eur": source.aid_equivalent,
            "scheme_id": schemes.get(source.scheme) if source.scheme else None,
        }
        new_source = partial(FinancingSource, project_id=project.id, label=source.label, changed_by_name=CHANGED_BY)
        _keep(session, sources, source.label, values, new_source)
    earlier = {
        row.granted_by: row
        for row in await session.scalars(
            select(EarlierDeMinimisAid).where(EarlierDeMinimisAid.company_id == project.company_id)
        )
    }
    for aid in plan.earlier:
        values = {"granted_on": aid.granted_on, "amount": aid.amount}
        new_aid = partial(
            EarlierDeMinimisAid, company_id=project.company_id, granted_by=aid.granted_by, changed_by_name=CHANGED_BY
        )
        _keep(session, earlier, aid.granted_by, values, new_aid)


async def load_demo_plans(registry: TenantRegistry) -> None:
    """After the demo catalogue (`load_demo_schemes`): sources name their schemes."""
    names = [source.scheme for plan in PLANS for source in plan.sources if source.scheme]
    async with registry.national.sessions() as national:
        rows = await national.execute(
            select(FinancingScheme.name, FinancingScheme.id).where(FinancingScheme.name.in_(names))
        )
        schemes = {row.name: row.id for row in rows}
    for plan in PLANS:
        if not registry.has_region(plan.region):
            continue
        async with registry.region(plan.region).sessions() as session, session.begin():
            await _plan(session, plan, schemes)
