from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from filiere.accounts.schema import UserType
from filiere.auth.policy import Action, is_allowed
from filiere.graphql.mutations import error_types, run_mutation
from filiere.graphql.node import node_resolver
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.programmes import service
from filiere.programmes.errors import ProjectErrorCode
from filiere.programmes.models import ProjectKind, ProjectNeed, ProjectStatus, Sector
from filiere.programmes.service import ProjectChanges, ProjectFilters
from filiere.programmes.views import AccessLevel, CompanyCard, ProjectView
from filiere.tenancy.schema import RegionType, region_type

if TYPE_CHECKING:
    from filiere.programmes.planning_schema import CohortType

ProjectKindType = strawberry.enum(ProjectKind, name="ProjectKind", description="Nature du projet.")
ProjectStatusType = strawberry.enum(ProjectStatus, name="ProjectStatus", description="Étape du parcours.")
ProjectNeedType = strawberry.enum(ProjectNeed, name="ProjectNeed", description="Besoin d'accompagnement.")
SectorType = strawberry.enum(Sector, name="Sector", description="Filière industrielle.")
ProjectAccessType = strawberry.enum(
    AccessLevel, name="ProjectAccess", description="FULL : fiche complète ; SUMMARY : fiche résumée."
)


@strawberry.type(name="Company", description="Entreprise porteuse d'un projet.")
class CompanyType(Node):
    card: strawberry.Private[CompanyCard]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Company", self.card.region, self.card.id))

    @strawberry.field
    def name(self) -> str:
        return self.card.name

    @strawberry.field(description="Numéro SIREN (9 chiffres).")
    def siren(self) -> str:
        return self.card.siren

    @strawberry.field(description="Vrai si le SIREN a été généré pour la démonstration.")
    def siren_is_demo(self) -> bool:
        return self.card.siren_is_demo

    @strawberry.field(description="Code NAF rév. 2, s'il est connu.")
    def naf_code(self) -> str | None:
        return self.card.naf_code

    @strawberry.field(description="Code INSEE de la commune.")
    def commune_code(self) -> str:
        return self.card.commune_code

    @strawberry.field
    def commune_name(self) -> str:
        return self.card.commune_name

    @strawberry.field(description="Code INSEE du département.")
    def departement(self) -> str:
        return self.card.departement

    @strawberry.field
    def region(self, info: Info) -> RegionType:
        return region_type(info, self.card.region)


@strawberry.type(name="Project", description="Projet accompagné par l'accélérateur.")
class ProjectType(Node):
    view: strawberry.Private[ProjectView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Project", self.view.card.region, self.view.card.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.card.name

    @strawberry.field(description="Objectif du projet, tel qu'il peut être partagé.")
    def summary(self) -> str:
        return self.view.card.summary

    @strawberry.field
    def kind(self) -> ProjectKindType:  # type: ignore[valid-type]
        return self.view.card.kind

    @strawberry.field
    def sector(self) -> SectorType:  # type: ignore[valid-type]
        return self.view.card.sector

    @strawberry.field
    def status(self) -> ProjectStatusType:  # type: ignore[valid-type]
        return self.view.card.status

    @strawberry.field
    def needs(self) -> list[ProjectNeedType]:  # type: ignore[valid-type]
        return list(self.view.card.needs)

    @strawberry.field(description="Ce que l'utilisateur connecté peut lire de ce projet.")
    def access(self) -> ProjectAccessType:  # type: ignore[valid-type]
        return self.view.access

    @strawberry.field(description="Notes internes (confidentiel) ; null sur une fiche résumée.")
    def notes(self) -> str | None:
        return self.view.confidential.notes if self.view.confidential else None

    @strawberry.field(description="Vrai si l'utilisateur connecté peut modifier ce projet.")
    def viewer_can_edit(self, info: Info) -> bool:
        return service.may_edit_project(info.context.principal, self.view.card.region)

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier le projet.")
    def version(self) -> int:
        return self.view.card.version

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.card.updated_at

    @strawberry.field
    def region(self, info: Info) -> RegionType:
        return region_type(info, self.view.card.region)

    @strawberry.field
    async def company(self, info: Info) -> CompanyType:
        card = await info.context.loaders.company_by_id(self.view.card.region).load(self.view.card.company_id)
        assert card is not None, "companies.id is a foreign key of projects"
        return CompanyType(card=card)

    @strawberry.field(description="La cohorte que suit le projet ; null s'il n'en suit pas ou si elle est invisible.")
    async def cohort(
        self, info: Info
    ) -> Annotated[CohortType, strawberry.lazy("filiere.programmes.planning_schema")] | None:
        from filiere.programmes.planning_schema import CohortType as Cohort  # noqa: PLC0415 - lazy: circular types

        cohort_id, region = self.view.card.cohort_id, self.view.card.region
        if cohort_id is None or not is_allowed(info.context.principal, Action.VIEW_COHORT, region=region):
            return None
        view = await info.context.loaders.cohort_by_id(region).load(cohort_id)
        return Cohort(view=view) if view else None

    @strawberry.field(description="Conseiller CCI qui suit le projet.")
    async def adviser(self, info: Info) -> UserType | None:
        if self.view.card.adviser_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.view.card.adviser_id)
        return UserType(view=user) if user else None


@strawberry.input(description="Filtres de la liste des projets ; une liste vide ne filtre pas.")
class ProjectFilter:
    status: list[ProjectStatusType] | None = None  # type: ignore[valid-type]
    sector: list[SectorType] | None = None  # type: ignore[valid-type]
    text: str | None = strawberry.field(
        default=None, description="Recherche sans accents ni casse dans le nom, l'entreprise et l'objectif."
    )
    in_cohort: bool | None = strawberry.field(
        default=None, description="Vrai : les projets qui suivent une cohorte ; faux : ceux qui n'en suivent aucune."
    )

    def to_filters(self) -> ProjectFilters:
        return ProjectFilters(
            statuses=frozenset(self.status or []),
            sectors=frozenset(self.sector or []),
            text=(self.text or "").strip()[:200] or None,
            in_cohort=self.in_cohort,
        )


@node_resolver("Project")
async def _project_node(info: Info, global_id: GlobalId) -> ProjectType:
    view = await service.get_project(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return ProjectType(view=view)


@node_resolver("Company")
async def _company_node(info: Info, global_id: GlobalId) -> CompanyType:
    card = await service.get_company(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return CompanyType(card=card)


@strawberry.type
class ProgrammesQuery:
    @strawberry.field(
        description="Projets d'une région (slug), ou de toutes les régions lisibles si region est omis, "
        "par ordre alphabétique."
    )
    async def projects(
        self,
        info: Info,
        region: str | None = None,
        first: int = 20,
        after: str | None = None,
        filter: ProjectFilter | None = None,  # noqa: A002 - the GraphQL argument's name
    ) -> Connection[ProjectType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_projects(
            info.context.uow,
            info.context.principal,
            region=region,
            filters=filter.to_filters() if filter else ProjectFilters(),
            page=page,
        )
        return connection_from_page(info, result, lambda view: ProjectType(view=view))


PROJECT_ERRORS = error_types("Project", ProjectErrorCode)
ProjectInvalid = PROJECT_ERRORS.invalid
ProjectConflict = PROJECT_ERRORS.conflict
ProjectNotAllowed = PROJECT_ERRORS.not_allowed


@strawberry.input(description="Modifier l'objectif ou les notes d'un projet de sa région.")
class UpdateProjectInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description="Version lue ; refusé si le projet a changé depuis.")
    summary: str | None = None
    notes: str | None = None


@strawberry.type
class UpdateProjectSuccess:
    project: ProjectType


UpdateProjectPayload = Annotated[
    UpdateProjectSuccess | ProjectInvalid | ProjectConflict | ProjectNotAllowed,  # type: ignore[valid-type]
    strawberry.union("UpdateProjectPayload"),
]


@strawberry.type
class ProgrammesMutation:
    @strawberry.mutation(description="Modifie un projet ; chaque modification est tracée dans l'audit.")
    async def update_project(self, info: Info, input: UpdateProjectInput) -> UpdateProjectPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> ProjectView:
            target = decode_id(input.project_id, expected_type="Project")
            return await service.update_project(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                expected_version=input.expected_version,
                changes=ProjectChanges(summary=input.summary, notes=input.notes),
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: UpdateProjectSuccess(project=ProjectType(view=view)), PROJECT_ERRORS
        )
