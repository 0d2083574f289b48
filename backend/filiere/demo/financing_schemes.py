"""The demo's catalogue of financing schemes: twenty schemes invented for the demonstration, national and of
the four régions, two of them a region's own. Nothing here describes a real scheme: every name and every
financer ends in « (démo) », no source page is given, and amounts and dates are made up. Matched on the
name: loading again changes nothing. Written through the service's own checks (`checked_scheme`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select

from filiere.financing.scheme_input import SchemeData, checked_scheme
from filiere.financing.scheme_models import CompanySize, FinancingScheme, SchemePurpose, SchemeType
from filiere.financing.schemes import apply_scheme, region_codes
from filiere.partners.models import Organisation
from filiere.programmes.models import ProjectKind
from filiere.tenancy.registry import TenantRegistry

CHANGED_BY = "Données de démonstration"
DESCRIPTION = "Dispositif fictif, saisi pour la démonstration : il ne décrit aucune aide réelle."
T, P, S, K = SchemeType, SchemePurpose, CompanySize, ProjectKind
BPI = "Bpifrance (démo)"
STATE = "État — appel à projets (démo)"


def _scheme(
    name: str, financer: str, scheme_type: SchemeType, *, owner: str | None = None, **values: Any
) -> tuple[str | None, SchemeData]:
    """A scheme of the national catalogue, or of `owner`'s own list."""
    return owner, SchemeData(name=name, financer_label=financer, type=scheme_type, description=DESCRIPTION, **values)


SCHEMES = (
    # National catalogue.
    _scheme(
        "Prêt relocalisation industrielle (démo)",
        BPI,
        T.LOAN,
        nationwide=True,
        purposes=(P.INVESTMENT,),
        company_sizes=(S.PME, S.ETI),
        project_kinds=(K.RELOCATION, K.NEW_PRODUCTION),
        amount_min=100_000,
        amount_max=5_000_000,
    ),
    _scheme(
        "Avance remboursable innovation (démo)",
        BPI,
        T.REPAYABLE_ADVANCE,
        nationwide=True,
        purposes=(P.INNOVATION,),
        company_sizes=(S.TPE, S.PME),
        amount_max=3_000_000,
    ),
    _scheme(
        "Garantie des prêts d'investissement (démo)",
        BPI,
        T.GUARANTEE,
        nationwide=True,
        purposes=(P.INVESTMENT,),
        rate_min=40,
        rate_max=70,
    ),
    _scheme(
        "Appel à projets résilience industrielle (démo)",
        STATE,
        T.GRANT,
        nationwide=True,
        purposes=(P.INVESTMENT, P.INNOVATION),
        company_sizes=(S.PME, S.ETI, S.GE),
        naf_sections=("C",),
        amount_min=200_000,
        rate_min=20,
        rate_max=45,
        opens_on=date(2026, 1, 15),
        closes_on=date(2027, 6, 30),
    ),
    _scheme(
        "Appel à projets décarbonation 2025 (démo)",
        STATE,
        T.GRANT,
        nationwide=True,
        purposes=(P.ECOLOGICAL_TRANSITION, P.INVESTMENT),
        opens_on=date(2025, 3, 1),
        closes_on=date(2025, 12, 31),
    ),
    _scheme(
        "Crédit d'impôt innovation industrielle (démo)",
        "Administration fiscale (démo)",
        T.TAX_CREDIT,
        nationwide=True,
        purposes=(P.INNOVATION,),
        company_sizes=(S.TPE, S.PME),
        rate_max=30,
    ),
    _scheme(
        "Aide au recrutement d'un cadre export (démo)",
        "Agence de l'export (démo)",
        T.GRANT,
        nationwide=True,
        purposes=(P.EXPORT, P.RECRUITMENT),
        company_sizes=(S.TPE, S.PME),
        amount_max=30_000,
        de_minimis=True,
    ),
    _scheme(
        "Fonds d'amorçage industriel (démo)",
        BPI,
        T.EQUITY,
        nationwide=True,
        purposes=(P.INNOVATION, P.INVESTMENT),
        company_sizes=(S.TPE, S.PME),
        project_kinds=(K.NEW_PRODUCTION,),
    ),
    _scheme(
        "Diagnostic certification qualité (démo)",
        "Réseau des chambres de commerce (démo)",
        T.GRANT,
        nationwide=True,
        purposes=(P.CERTIFICATION, P.CONSULTING),
        company_sizes=(S.TPE, S.PME),
        amount_max=15_000,
        de_minimis=True,
    ),
    _scheme(
        "Prêt de trésorerie de relance (démo)",
        BPI,
        T.LOAN,
        nationwide=True,
        purposes=(P.WORKING_CAPITAL,),
        amount_max=1_000_000,
    ),
    # Normandie.
    _scheme(
        "Impulsion relocalisation Normandie (démo)",
        "Région Normandie (démo)",
        T.GRANT,
        regions=("28",),
        purposes=(P.INVESTMENT,),
        company_sizes=(S.PME, S.ETI),
        amount_min=50_000,
        amount_max=500_000,
        rate_min=10,
        rate_max=30,
        de_minimis=True,
    ),
    _scheme(
        "Avance innovation Normandie (démo)",
        "Région Normandie (démo)",
        T.REPAYABLE_ADVANCE,
        regions=("28",),
        purposes=(P.INNOVATION,),
        amount_max=750_000,
    ),
    _scheme(
        "Fonds industrie Seine-Maritime (démo)",
        "Département de la Seine-Maritime (démo)",
        T.GRANT,
        departements=("76",),
        purposes=(P.INVESTMENT,),
        naf_sections=("C",),
        amount_max=100_000,
        de_minimis=True,
    ),
    _scheme(
        "Chèque conseil relocalisation CCI Normandie (démo)",
        "CCI Normandie (démo)",
        T.GRANT,
        regions=("28",),
        purposes=(P.CONSULTING,),
        company_sizes=(S.TPE, S.PME),
        amount_max=5_000,
        owner="normandie",
    ),
    # Île-de-France.
    _scheme(
        "Subvention innovation francilienne (démo)",
        "Région Île-de-France (démo)",
        T.GRANT,
        regions=("11",),
        purposes=(P.INNOVATION,),
        company_sizes=(S.PME, S.ETI),
        amount_max=500_000,
        rate_max=50,
    ),
    _scheme(
        "Prêt croissance industrielle Île-de-France (démo)",
        "Région Île-de-France (démo)",
        T.LOAN,
        regions=("11",),
        purposes=(P.INVESTMENT,),
        company_sizes=(S.PME,),
        amount_min=30_000,
        amount_max=1_000_000,
    ),
    _scheme(
        "Prêt d'honneur des relocalisations franciliennes (démo)",
        "CCI Paris Île-de-France (démo)",
        T.LOAN,
        regions=("11",),
        purposes=(P.INVESTMENT, P.RECRUITMENT),
        company_sizes=(S.TPE, S.PME),
        amount_max=50_000,
        owner="ile-de-france",
    ),
    # Hauts-de-France.
    _scheme(
        "Aide à l'investissement productif Hauts-de-France (démo)",
        "Région Hauts-de-France (démo)",
        T.GRANT,
        regions=("32",),
        purposes=(P.INVESTMENT,),
        company_sizes=(S.TPE, S.PME),
        amount_max=400_000,
        de_minimis=True,
    ),
    _scheme(
        "Prime à l'emploi industriel Hauts-de-France (démo)",
        "Région Hauts-de-France (démo)",
        T.GRANT,
        regions=("32",),
        purposes=(P.RECRUITMENT,),
        amount_max=60_000,
    ),
    # Bourgogne-Franche-Comté.
    _scheme(
        "Avance remboursable industrie Bourgogne-Franche-Comté (démo)",
        "Région Bourgogne-Franche-Comté (démo)",
        T.REPAYABLE_ADVANCE,
        regions=("27",),
        purposes=(P.INVESTMENT,),
        amount_max=800_000,
    ),
    _scheme(
        "Transition écologique des PME Bourgogne-Franche-Comté (démo)",
        "Région Bourgogne-Franche-Comté (démo)",
        T.GRANT,
        regions=("27",),
        purposes=(P.ECOLOGICAL_TRANSITION,),
        company_sizes=(S.PME,),
        amount_max=200_000,
    ),
)
# The demo's partner organisations that finance: their demo schemes name them.
_ORGANISATION_OF = {BPI: "bpifrance", "Région Hauts-de-France (démo)": "region-hauts-de-france"}


async def load_demo_schemes(registry: TenantRegistry) -> None:
    codes = region_codes(registry)
    async with registry.national.sessions() as national, national.begin():
        organisations = {
            row.slug: row.id
            for row in await national.scalars(
                select(Organisation).where(Organisation.slug.in_(set(_ORGANISATION_OF.values())))
            )
        }
        names = [data.name for _, data in SCHEMES]
        existing = set(await national.scalars(select(FinancingScheme.name).where(FinancingScheme.name.in_(names))))
        for owner, data in SCHEMES:
            if data.name in existing:
                continue
            organisation = _ORGANISATION_OF.get(data.financer_label)
            clean = checked_scheme(data, region_codes=codes)
            if organisation in organisations:
                clean = replace(clean, financer_organisation_id=organisations[organisation])
            row = FinancingScheme(owner_region=owner, criteria=[])
            apply_scheme(row, clean, changed_by=CHANGED_BY)
            national.add(row)
