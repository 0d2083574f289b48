"""Reading projects: the filtered list, and `node(id:)` for projects and companies."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.graphql.hub_refs import ProjectRef, project_node
from filiere.graphql.node import node_resolver
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import GlobalId, decode_id
from filiere.pagination import PageRequest
from filiere.programmes import service
from filiere.programmes.schema.types import CompanyType, ProjectNeedType, ProjectStatusType, SectorType
from filiere.programmes.service import ProjectFilters


@strawberry.input(description="Filtres de la liste des projets ; une liste vide ne filtre pas.")
class ProjectFilter:
    status: list[ProjectStatusType] | None = None
    sector: list[SectorType] | None = None
    need: list[ProjectNeedType] | None = strawberry.field(
        default=None, description="Projets ayant au moins un de ces besoins."
    )
    adviser: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Identifiants des conseillers qui suivent les projets."
    )
    departement: list[str] | None = strawberry.field(
        default=None, description="Codes INSEE des départements des entreprises."
    )
    text: str | None = strawberry.field(
        default=None,
        description="Recherche sans accents ni casse dans le nom, l'entreprise et l'objectif (200 caractères au plus).",
    )
    in_cohort: bool | None = strawberry.field(
        default=None, description="Vrai : les projets qui suivent une cohorte ; faux : ceux qui n'en suivent aucune."
    )

    def to_filters(self) -> ProjectFilters:
        return ProjectFilters.of(
            statuses=self.status or (),
            sectors=self.sector or (),
            needs=self.need or (),
            adviser_ids=_user_keys(self.adviser or []),
            departements=self.departement or (),
            text=self.text,
            in_cohort=self.in_cohort,
        )


def _user_keys(ids: list[strawberry.ID]) -> list[int]:
    """Users named by their global IDs; one that names no user filters to nothing (key 0 is never used)."""
    keys = []
    for user in ids:
        try:
            keys.append(decode_id(user, expected_type="User").int_key)
        except NotFoundError:
            keys.append(0)
    return keys


@node_resolver("Project", requires=Action.VIEW_PROJECT_SUMMARY)
async def _project_node(info: Info, global_id: GlobalId) -> ProjectRef:
    view = await service.get_project(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return project_node(info, view)


@node_resolver("Company", requires=Action.VIEW_PROJECT_SUMMARY)
async def _company_node(info: Info, global_id: GlobalId) -> CompanyType:
    card = await service.get_company(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return CompanyType(card=card)


@strawberry.type
class ProjectsQuery:
    @query(
        requires=Action.VIEW_PROJECT_SUMMARY,
        description="Projets d'une région (slug), ou de toutes les régions lisibles si region est omis, "
        "par ordre alphabétique.",
    )
    async def projects(
        self,
        info: Info,
        region: str | None = None,
        first: int = 20,
        after: str | None = None,
        filter: ProjectFilter | None = None,  # noqa: A002 - the GraphQL argument's name
    ) -> Connection[ProjectRef]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_projects(
            info.context.uow,
            info.context.principal,
            region=region,
            filters=filter.to_filters() if filter else ProjectFilters(),
            page=page,
        )
        return connection_from_page(info, result, lambda view: project_node(info, view))
