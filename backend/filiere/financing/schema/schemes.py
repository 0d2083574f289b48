"""The catalogue of financing schemes in GraphQL: the scheme type, the catalogue's page, its edition by CCI
France and the regions' teams, and the schemes matched to a project (`Project.matchingSchemes`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from filiere.auth.policy import Action, is_allowed
from filiere.financing import matching, plans, schemes
from filiere.financing.loaders import (
    EarlierAidByCompanyLoader,
    FinancingSourcesByProjectLoader,
    InvestmentLinesByProjectLoader,
)
from filiere.financing.schema.errors import FINANCING_ERRORS
from filiere.financing.scheme_input import SchemeData
from filiere.financing.scheme_models import CompanySize, SchemePurpose, SchemeType
from filiere.financing.schemes import SchemeFilters, SchemeView
from filiere.financing.source_proposal import proposed_amount, proposed_source_kind
from filiere.graphql.mutations import mutation
from filiere.graphql.node import node_resolver
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.partners.loaders import OrganisationByIdLoader
from filiere.partners.schema import OrganisationType
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.schema.types import ProjectKindType
from filiere.programmes.views import ProjectView
from filiere.referentials.geography import departement, region
from filiere.settings import NATIONAL_SLUG

if TYPE_CHECKING:
    # plan_types imports this module (a source names its scheme): the enum is resolved lazily.
    from filiere.financing.schema.plan_types import FinancingSourceKindType

FinancingSchemeTypeEnum = strawberry.enum(
    SchemeType, name="FinancingSchemeType", description="Nature de l'aide : subvention, avance, prêt, garantie…"
)
FinancingPurposeEnum = strawberry.enum(
    SchemePurpose, name="FinancingPurpose", description="Ce qu'un dispositif finance."
)
CompanySizeEnum = strawberry.enum(
    CompanySize, name="CompanySize", description="Catégorie d'entreprise (décret 2008-1354) : TPE, PME, ETI, grande."
)


@strawberry.type(name="SchemeArea", description="Région ou département du périmètre d'un dispositif.")
class SchemeAreaType:
    code: str = strawberry.field(description="Code INSEE : « 28 » (Normandie), « 76 » (Seine-Maritime).")
    name: str


@strawberry.type(name="FinancingScheme", description="Dispositif de financement du catalogue.")
class FinancingSchemeType(Node):
    view: strawberry.Private[SchemeView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("FinancingScheme", NATIONAL_SLUG, self.view.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def description(self) -> str:
        return self.view.description

    @strawberry.field(description="Financeur, tel qu'il se nomme (« Bpifrance », « Région Normandie »).")
    def financer_label(self) -> str:
        return self.view.financer_label

    @strawberry.field(
        description="Le financeur parmi les organisations partenaires ; null s'il n'en est pas une, ou pour qui ne "
        "lit pas les organisations."
    )
    async def financer_organisation(self, info: Info) -> OrganisationType | None:
        organisation_id = self.view.financer_organisation_id
        if organisation_id is None or not is_allowed(info.context.principal, Action.VIEW_ORGANISATION, region=None):
            return None
        view = await info.context.loaders.get(OrganisationByIdLoader).load(organisation_id)
        return OrganisationType(view=view) if view else None

    @strawberry.field
    def type(self) -> FinancingSchemeTypeEnum:  # type: ignore[valid-type]
        return self.view.type

    @strawberry.field(description="Ce qu'il finance ; vide s'il ne le précise pas.")
    def purposes(self) -> list[FinancingPurposeEnum]:  # type: ignore[valid-type]
        return list(self.view.purposes)

    @strawberry.field(description="Catégories d'entreprise admises ; vide : toutes.")
    def company_sizes(self) -> list[CompanySizeEnum]:  # type: ignore[valid-type]
        return list(self.view.company_sizes)

    @strawberry.field(description="Sections NAF admises (A à U) ; vide : tous les secteurs.")
    def naf_sections(self) -> list[str]:
        return list(self.view.naf_sections)

    @strawberry.field(description="Natures de projet admises ; vide : toutes.")
    def project_kinds(self) -> list[ProjectKindType]:  # type: ignore[valid-type]
        return list(self.view.project_kinds)

    @strawberry.field(description="Toute la France ; sinon, ses régions et départements.")
    def nationwide(self) -> bool:
        return self.view.nationwide

    @strawberry.field
    def regions(self) -> list[SchemeAreaType]:
        return [
            SchemeAreaType(code=code, name=found.name if (found := region(code)) else code)
            for code in self.view.regions
        ]

    @strawberry.field
    def departements(self) -> list[SchemeAreaType]:
        return [
            SchemeAreaType(code=code, name=found.name if (found := departement(code)) else code)
            for code in self.view.departements
        ]

    @strawberry.field(description="Montant minimum de l'aide, en euros ; null s'il n'est pas connu.")
    def amount_min(self) -> float | None:
        return None if self.view.amount_min is None else float(self.view.amount_min)

    @strawberry.field(description="Montant maximum de l'aide, en euros ; null s'il n'est pas connu.")
    def amount_max(self) -> float | None:
        return None if self.view.amount_max is None else float(self.view.amount_max)

    @strawberry.field(description="Taux d'aide minimum, en % de la dépense ; null s'il n'est pas connu.")
    def rate_min(self) -> float | None:
        return self.view.rate_min

    @strawberry.field(description="Taux d'aide maximum, en % de la dépense ; null s'il n'est pas connu.")
    def rate_max(self) -> float | None:
        return self.view.rate_max

    @strawberry.field(description="Ouverture ; null : ouvert depuis toujours.")
    def opens_on(self) -> date | None:
        return self.view.opens_on

    @strawberry.field(description="Clôture ; null : dispositif permanent.")
    def closes_on(self) -> date | None:
        return self.view.closes_on

    @strawberry.field(description="Ouvert aujourd'hui (entre ses dates d'ouverture et de clôture).")
    def open_today(self, info: Info) -> bool:
        return self.view.is_open_on(info.context.today)

    @strawberry.field(description="Où déposer une demande ; vide s'il n'est pas connu.")
    def application_url(self) -> str:
        return self.view.application_url

    @strawberry.field(description="Page publique d'où viennent ces informations.")
    def source_url(self) -> str:
        return self.view.source_url

    @strawberry.field(description="Identifiant de l'aide sur Aides-territoires, si elle en vient.")
    def aides_territoires_id(self) -> str | None:
        return self.view.aides_territoires_id

    @strawberry.field(description="Dernière mise à jour à la source (Aides-territoires).")
    def source_updated_at(self) -> datetime | None:
        return self.view.source_updated_at

    @strawberry.field(description="Aide de minimis par défaut : une source qui le cite part de ce réglage.")
    def de_minimis(self) -> bool:
        return self.view.de_minimis

    @strawberry.field(description="Région dont c'est un dispositif propre (slug) ; null : catalogue national.")
    def owner_region(self) -> str | None:
        return self.view.owner_region

    @strawberry.field(description="Nom de la dernière personne (ou de l'import) qui l'a modifié.")
    def changed_by(self) -> str:
        return self.view.changed_by_name

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.updated_at

    @strawberry.field
    def version(self) -> int:
        return self.view.version

    @strawberry.field(description="L'utilisateur connecté peut-il modifier ce dispositif ?")
    def viewer_can_edit(self, info: Info) -> bool:
        return schemes.may_manage_scheme(info.context.principal, self.view)


@node_resolver("FinancingScheme", requires=Action.VIEW_FINANCING_SCHEMES)
async def _scheme_node(info: Info, global_id: GlobalId) -> FinancingSchemeType:
    view = await schemes.get_scheme(info.context.uow, info.context.principal, global_id.int_key)
    return FinancingSchemeType(view=view)


@strawberry.type(name="FinancingSchemeMatch", description="Dispositif proposé à un projet, avec ses raisons.")
class FinancingSchemeMatchType:
    value: strawberry.Private[matching.SchemeMatch]
    gap: strawberry.Private[int]  # the project's plan: uses minus counted sources

    @strawberry.field
    def scheme(self) -> FinancingSchemeType:
        return FinancingSchemeType(view=self.value.scheme)

    @strawberry.field(description="Pourquoi il convient : « PME en Normandie », « investissement productif ».")
    def reasons(self) -> list[str]:
        return list(self.value.reasons)

    @strawberry.field(description="Ce qui reste à vérifier : « montant minimum de 50 000 € non vérifié ».")
    def to_check(self) -> list[str]:
        return list(self.value.to_check)

    @strawberry.field(description="Adéquation, de 0 à 100 : l'ordre de la liste.")
    def score(self) -> int:
        return self.value.score

    @strawberry.field(
        description="La nature de source qu'il serait au plan de financement (« Ajouter au plan »), d'après son "
        "financeur, son type et son périmètre : une première saisie, à corriger au besoin."
    )
    def proposed_source_kind(
        self,
    ) -> Annotated[FinancingSourceKindType, strawberry.lazy("filiere.financing.schema.plan_types")]:  # type: ignore[valid-type]
        return proposed_source_kind(self.value.scheme)

    @strawberry.field(
        description="Le montant, en euros, avec lequel l'ajouter au plan : ce qui manque au plan (emplois moins "
        "ressources), dans les bornes du dispositif ; sans manque, son maximum (ou son minimum) ; null si rien ne "
        "le dit."
    )
    def proposed_amount(self) -> float | None:
        amount = proposed_amount(self.value.scheme, self.gap)
        return None if amount is None else float(amount)


@strawberry.input(description="Filtres du catalogue ; tous facultatifs.")
class FinancingSchemeFilter:
    text: str | None = strawberry.field(default=None, description="Dans le nom, le financeur, la description.")
    region: str | None = strawberry.field(
        default=None,
        description="Les dispositifs qui s'appliquent dans cette région : slug d'une région du programme "
        "(« normandie ») ou code INSEE (« 84 »).",
    )
    type: FinancingSchemeTypeEnum | None = None  # type: ignore[valid-type]
    purpose: FinancingPurposeEnum | None = None  # type: ignore[valid-type]
    open_on: date | None = strawberry.field(default=None, description="Ouverts ce jour-là.")


@strawberry.type
class FinancingSchemeQuery:
    @query(
        requires=Action.VIEW_FINANCING_SCHEMES,
        description="Catalogue des dispositifs de financement, par nom : le national, et les dispositifs propres "
        "des régions que l'utilisateur lit.",
    )
    async def financing_schemes(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        filter: FinancingSchemeFilter | None = None,  # noqa: A002
    ) -> Connection[FinancingSchemeType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        given = filter or FinancingSchemeFilter()
        filters = SchemeFilters(
            text=given.text, region=given.region, type=given.type, purpose=given.purpose, open_on=given.open_on
        )
        result = await schemes.list_schemes(info.context.uow, info.context.principal, filters, page)
        return connection_from_page(info, result, lambda view: FinancingSchemeType(view=view))


@strawberry.input(description="Ajouter un dispositif (sans id) ou en modifier un (id et expectedVersion).")
class SaveFinancingSchemeInput:
    id: strawberry.ID | None = None
    expected_version: int | None = strawberry.field(
        default=None, description="Version lue ; obligatoire pour modifier, refusé si le dispositif a changé depuis."
    )
    name: str
    financer_label: str
    financer_organisation_id: strawberry.ID | None = None
    type: FinancingSchemeTypeEnum  # type: ignore[valid-type]
    description: str = ""
    purposes: list[FinancingPurposeEnum] = strawberry.field(default_factory=list)  # type: ignore[valid-type]
    company_sizes: list[CompanySizeEnum] = strawberry.field(default_factory=list)  # type: ignore[valid-type]
    naf_sections: list[str] = strawberry.field(default_factory=list)
    project_kinds: list[ProjectKindType] = strawberry.field(default_factory=list)  # type: ignore[valid-type]
    nationwide: bool = False
    regions: list[str] = strawberry.field(
        default_factory=list, description="Codes INSEE des régions (ou slugs des régions du programme)."
    )
    departements: list[str] = strawberry.field(default_factory=list, description="Codes INSEE des départements.")
    amount_min: int | None = None
    amount_max: int | None = None
    rate_min: float | None = None
    rate_max: float | None = None
    opens_on: date | None = None
    closes_on: date | None = None
    application_url: str = ""
    source_url: str = ""
    de_minimis: bool = False


@strawberry.type
class FinancingSchemeSuccess:
    scheme: FinancingSchemeType


FinancingSchemePayload = FINANCING_ERRORS.payload("FinancingSchemePayload", FinancingSchemeSuccess)


@strawberry.type
class FinancingSchemeMutation:
    @mutation(
        requires=Action.MANAGE_FINANCING_SCHEMES,
        description="Ajoute ou modifie un dispositif : CCI France au catalogue national, une équipe régionale "
        "aux dispositifs propres de sa région ; tracé.",
    )
    async def save_financing_scheme(self, info: Info, input: SaveFinancingSchemeInput) -> FinancingSchemePayload:  # noqa: A002
        view = await schemes.save_scheme(
            info.context.uow,
            info.context.principal,
            scheme_id=decode_id(input.id, expected_type="FinancingScheme").int_key if input.id else None,
            expected_version=input.expected_version,
            data=SchemeData(
                name=input.name,
                financer_label=input.financer_label,
                financer_organisation_id=decode_id(input.financer_organisation_id, expected_type="Organisation").int_key
                if input.financer_organisation_id
                else None,
                type=input.type,
                description=input.description,
                purposes=input.purposes,
                company_sizes=input.company_sizes,
                naf_sections=input.naf_sections,
                project_kinds=input.project_kinds,
                nationwide=input.nationwide,
                regions=input.regions,
                departements=input.departements,
                amount_min=input.amount_min,
                amount_max=input.amount_max,
                rate_min=input.rate_min,
                rate_max=input.rate_max,
                opens_on=input.opens_on,
                closes_on=input.closes_on,
                application_url=input.application_url,
                source_url=input.source_url,
                de_minimis=input.de_minimis,
            ),
            request_id=info.context.request_id,
        )
        return FinancingSchemeSuccess(scheme=FinancingSchemeType(view=view))


@strawberry.type
class ProjectMatchingFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Dispositifs qui conviennent au projet (périmètre, taille, secteur, objet, dates), les mieux "
        "adaptés d'abord, avec leurs raisons ; vide tant que le plan d'investissement n'a pas de ligne ; null pour "
        "qui ne lit pas le volet financement."
    )
    async def matching_schemes(
        self, info: Info, first: int = 10, after: str | None = None
    ) -> Connection[FinancingSchemeMatchType] | None:
        if not reveals(info, self.view, "matchingSchemes"):
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await matching.matching_schemes(info.context.uow, self.view, page, info.context.today)
        gap = await _plan_gap(info, self.view) if result.items else 0
        return connection_from_page(info, result, lambda match: FinancingSchemeMatchType(value=match, gap=gap))


async def _plan_gap(info: Info, project: ProjectView) -> int:
    """What the project's plan lacks, once for all its matches, through the loaders its plan is read with."""
    card = project.card
    loaders = info.context.loaders
    lines = await loaders.get(InvestmentLinesByProjectLoader, card.region).load(card.id)
    sources = await loaders.get(FinancingSourcesByProjectLoader, card.region).load(card.id)
    earlier = await loaders.get(EarlierAidByCompanyLoader, card.region).load(card.company_id)
    return plans.financing_summary(lines, sources, earlier, today=info.context.today).balance.gap
