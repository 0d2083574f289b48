"""A project's investment and financing plans in GraphQL. Amounts are whole euros as `Float` (GraphQL's
`Int` stops at 2^31, below a plan's totals)."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from filiere.documents.loaders import DocumentsByProjectLoader
from filiere.documents.schema.types import DocumentType
from filiere.documents.service import readable_kinds
from filiere.financing import plans
from filiere.financing.de_minimis import DeMinimisCheck
from filiere.financing.loaders import SchemeByIdLoader
from filiere.financing.models import InvestmentCategory, InvestmentStatus, SourceKind, SourceStatus
from filiere.financing.plans import EarlierAidView, LineView, SourceView
from filiere.financing.schema.schemes import FinancingSchemeType
from filiere.financing.schemes import may_view_scheme, scheme_is_usable_by
from filiere.graphql.types import Info
from filiere.ids import encode_id
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.views import ProjectView
from filiere.sourcing.loaders import StagesByProjectLoader
from filiere.sourcing.schema.chain_types import SupplierCandidateType

InvestmentCategoryType = strawberry.enum(
    InvestmentCategory, name="InvestmentCategory", description="Catégorie d'une dépense du plan d'investissement."
)
InvestmentStatusType = strawberry.enum(
    InvestmentStatus, name="InvestmentStatus", description="Degré de certitude d'une dépense : estimée → dépensée."
)
FinancingSourceKindType = strawberry.enum(
    SourceKind, name="FinancingSourceKind", description="Nature d'une source du plan de financement."
)
FinancingSourceStatusType = strawberry.enum(
    SourceStatus, name="FinancingSourceStatus", description="Où en est une demande de financement."
)


async def project_document(info: Info, project: ProjectView, document_id: int | None) -> DocumentType | None:
    """A document of the project the plan names, if the reader may read it (the documents' own rules)."""
    kinds = readable_kinds(info.context.principal, project) if document_id is not None else frozenset()
    if not kinds:
        return None
    card = project.card
    info.context.confidential_reads.note(card.region, card.id, "documents")
    found = await info.context.loaders.get(DocumentsByProjectLoader, card.region).load(card.id)
    return next((DocumentType(view=doc) for doc in found if doc.id == document_id and doc.kind in kinds), None)


@strawberry.type(name="InvestmentLine", description="Dépense du plan d'investissement, hors taxes.")
class InvestmentLineType:
    view: strawberry.Private[LineView]
    # Set by the plan: the supplier and quote it names, when the reader may see them.
    project: strawberry.Private[ProjectView]  # as the reader may read it: what the links open

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("InvestmentLine", self.view.region, self.view.id))

    @strawberry.field
    def category(self) -> InvestmentCategoryType:
        return self.view.category

    @strawberry.field
    def label(self) -> str:
        return self.view.label

    @strawberry.field(description="Montant hors taxes, en euros entiers.")
    def amount(self) -> float:
        return float(self.view.amount)

    @strawberry.field
    def year(self) -> int:
        return self.view.year

    @strawberry.field(description="Trimestre (1 à 4) ; null pour l'année entière.")
    def quarter(self) -> int | None:
        return self.view.quarter

    @strawberry.field
    def status(self) -> InvestmentStatusType:
        return self.view.status

    @strawberry.field(
        description="Fournisseur envisagé dans la chaîne d'approvisionnement dont vient la dépense ; null sans lien "
        "ou pour qui ne lit pas la chaîne."
    )
    async def supplier_candidate(self, info: Info) -> SupplierCandidateType | None:
        # The supplier is part of the supply chain: shown to the chain's readers only.
        wanted = self.view.supplier_candidate_id
        if wanted is None or not reveals(info, self.project, "supplyChain"):
            return None
        stages = await info.context.loaders.get(StagesByProjectLoader, self.view.region).load(self.view.project_id)
        found = next((c for stage in stages for c in stage.candidates if c.id == wanted), None)
        return SupplierCandidateType(view=found) if found else None

    @strawberry.field(
        description="Devis parmi les documents du projet ; null sans devis ou pour qui ne lit pas ceux-ci."
    )
    async def quote_document(self, info: Info) -> DocumentType | None:
        return await project_document(info, self.project, self.view.quote_document_id)

    @strawberry.field(description="Nom de la dernière personne qui l'a modifiée.")
    def changed_by(self) -> str:
        return self.view.changed_by

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.updated_at

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour la modifier ou la supprimer.")
    def version(self) -> int:
        return self.view.version


@strawberry.type(name="InvestmentCategoryTotal")
class InvestmentCategoryTotalType:
    category: InvestmentCategoryType
    amount: float


@strawberry.type(name="YearTotal")
class YearTotalType:
    year: int
    amount: float


@strawberry.type(name="InvestmentTotals", description="Totaux du plan d'investissement.")
class InvestmentTotalsType:
    value: strawberry.Private[plans.InvestmentTotals]

    @strawberry.field(description="Par catégorie, dans l'ordre des catégories ; les catégories vides sont omises.")
    def by_category(self) -> list[InvestmentCategoryTotalType]:
        return [
            InvestmentCategoryTotalType(category=category, amount=float(amount))
            for category, amount in self.value.by_category
        ]

    @strawberry.field(description="Par année, dans l'ordre.")
    def by_year(self) -> list[YearTotalType]:
        return [YearTotalType(year=year, amount=float(amount)) for year, amount in self.value.by_year]

    @strawberry.field
    def total(self) -> float:
        return float(self.value.total)

    @strawberry.field(description="Dont engagé ou dépensé.")
    def committed(self) -> float:
        return float(self.value.committed)


@strawberry.type(name="InvestmentPlan", description="Plan d'investissement d'un projet.")
class InvestmentPlanType:
    lines: list[InvestmentLineType] = strawberry.field(
        description=f"Dépenses, par année puis trimestre ({plans.MAX_LINES} au plus)."
    )
    totals: InvestmentTotalsType


@strawberry.type(name="FinancingSource", description="Source du plan de financement.")
class FinancingSourceType:
    view: strawberry.Private[SourceView]
    # Set by the plan: its scheme and decision, when the reader may see them.
    project: strawberry.Private[ProjectView]  # as the reader may read it: what the links open

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("FinancingSource", self.view.region, self.view.id))

    @strawberry.field
    def kind(self) -> FinancingSourceKindType:
        return self.view.kind

    @strawberry.field(description="Libellé libre (« Prêt d'équipement ») ; vide s'il n'en a pas.")
    def label(self) -> str:
        return self.view.label

    @strawberry.field(description="Montant, en euros entiers.")
    def amount(self) -> float:
        return float(self.view.amount)

    @strawberry.field
    def year(self) -> int:
        return self.view.year

    @strawberry.field
    def status(self) -> FinancingSourceStatusType:
        return self.view.status

    @strawberry.field(description="Date de dépôt de la demande.")
    def applied_on(self) -> date | None:
        return self.view.applied_on

    @strawberry.field(description="Date de la décision (obtenue ou refusée).")
    def decided_on(self) -> date | None:
        return self.view.decided_on

    @strawberry.field(description="Aide accordée au titre du règlement de minimis (UE) 2023/2831.")
    def de_minimis(self) -> bool:
        return self.view.de_minimis

    @strawberry.field(
        description="Équivalent-subvention brut d'un prêt aidé ou d'une garantie, tel que saisi ; null s'il n'est "
        "pas connu."
    )
    def aid_equivalent(self) -> float | None:
        return None if self.view.aid_equivalent is None else float(self.view.aid_equivalent)

    @strawberry.field(
        description="Argent public qu'elle apporte : son équivalent-subvention s'il est saisi, sinon son montant "
        "pour une subvention, une avance, un appel à projets, des fonds européens ou un crédit d'impôt."
    )
    def public_amount(self) -> float:
        return float(self.view.public_amount)

    @strawberry.field(
        description="Dispositif du catalogue dont elle vient ; null sans dispositif, ou pour qui ne le voit pas."
    )
    async def scheme(self, info: Info) -> FinancingSchemeType | None:
        if self.view.scheme_id is None:
            return None
        found = await info.context.loaders.get(SchemeByIdLoader).load(self.view.scheme_id)
        # A plan's reader sees the schemes it names: national ones, and its own region's.
        if found is None or not (
            scheme_is_usable_by(self.view.region, found) or may_view_scheme(info.context.principal, found)
        ):
            return None
        return FinancingSchemeType(view=found)

    @strawberry.field(description="Document de la décision ; null sans document ou pour qui ne lit pas ceux-ci.")
    async def decision_document(self, info: Info) -> DocumentType | None:
        return await project_document(info, self.project, self.view.decision_document_id)

    @strawberry.field(description="Nom de la dernière personne qui l'a modifiée.")
    def changed_by(self) -> str:
        return self.view.changed_by

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.updated_at

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour la modifier ou la supprimer.")
    def version(self) -> int:
        return self.view.version


@strawberry.type(name="FinancingYearBalance", description="Emplois et ressources d'une année.")
class YearBalanceType:
    value: strawberry.Private[plans.YearBalance]

    @strawberry.field
    def year(self) -> int:
        return self.value.year

    @strawberry.field(description="Emplois : les dépenses du plan d'investissement.")
    def uses(self) -> float:
        return float(self.value.uses)

    @strawberry.field(description="Ressources : les sources à déposer, déposées ou obtenues.")
    def sources(self) -> float:
        return float(self.value.sources)

    @strawberry.field(description="Besoin non couvert : emplois moins ressources (négatif : excédent).")
    def gap(self) -> float:
        return float(self.value.gap)


@strawberry.type(
    name="FinancingBalance",
    description="Équilibre du plan : emplois et ressources par année et au total. Un déséquilibre est montré, "
    "jamais refusé.",
)
class BalanceType:
    value: strawberry.Private[plans.PlanBalance]

    @strawberry.field
    def by_year(self) -> list[YearBalanceType]:
        return [YearBalanceType(value=year) for year in self.value.by_year]

    @strawberry.field
    def uses(self) -> float:
        return float(self.value.uses)

    @strawberry.field(description="Les sources refusées ou abandonnées ne comptent pas.")
    def sources(self) -> float:
        return float(self.value.sources)

    @strawberry.field(description="Besoin non couvert : emplois moins ressources (négatif : excédent).")
    def gap(self) -> float:
        return float(self.value.gap)


@strawberry.type(name="EarlierDeMinimisAid", description="Aide de minimis déjà reçue par l'entreprise.")
class EarlierAidType:
    view: strawberry.Private[EarlierAidView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("EarlierDeMinimisAid", self.view.region, self.view.id))

    @strawberry.field
    def granted_on(self) -> date:
        return self.view.granted_on

    @strawberry.field(description="Équivalent-subvention brut, en euros entiers.")
    def amount(self) -> float:
        return float(self.view.amount)

    @strawberry.field(description="Qui l'a octroyée, et au titre de quoi.")
    def granted_by(self) -> str:
        return self.view.granted_by

    @strawberry.field
    def version(self) -> int:
        return self.view.version


@strawberry.type(
    name="DeMinimisCheck",
    description="Plafond de minimis (règlement (UE) 2023/2831) : 300 000 € par entreprise unique sur toute "
    "période de trois ans, aides antérieures comprises.",
)
class DeMinimisType:
    value: strawberry.Private[DeMinimisCheck]
    earlier: strawberry.Private[list[EarlierAidView]]

    @strawberry.field(
        description="Le plus haut total sur trois ans qu'atteint le plan (à la date d'une de ses aides), aides "
        "antérieures comprises ; sans aide de minimis au plan, le total des trois ans jusqu'à aujourd'hui."
    )
    def total(self) -> float:
        return float(self.value.total)

    @strawberry.field
    def ceiling(self) -> float:
        return float(self.value.ceiling)

    @strawberry.field(description="Ce qui reste sous le plafond sur cette période (0 s'il est dépassé).")
    def remaining(self) -> float:
        return float(self.value.remaining)

    @strawberry.field(description="Vrai quand un total dépasse strictement le plafond.")
    def exceeded(self) -> bool:
        return self.value.exceeded

    @strawberry.field(
        description="Première date à laquelle le plan dépasserait le plafond ; null s'il ne le dépasse pas."
    )
    def exceeds_on(self) -> date | None:
        return self.value.exceeds_on

    @strawberry.field(description="Premier jour de la période de trois ans du total.")
    def period_start(self) -> date:
        return self.value.period_start

    @strawberry.field(description="Dernier jour de cette période.")
    def period_end(self) -> date:
        return self.value.period_end

    @strawberry.field(description="Aides antérieures de l'entreprise comptées sur cette période.")
    def earlier_aid_amount(self) -> float:
        return float(self.value.earlier_aid)

    @strawberry.field(description="Aides de minimis du plan comptées sur cette période.")
    def plan_aid_amount(self) -> float:
        return float(self.value.plan_aid)

    @strawberry.field(description="Les aides de minimis antérieures de l'entreprise, saisies une fois sur sa fiche.")
    def earlier_aid(self) -> list[EarlierAidType]:
        return [EarlierAidType(view=view) for view in self.earlier]
