"""Reading the plan: editions, cohorts, my milestones, the « même rythme » view; `node(id:)` for them."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.node import node_resolver
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page, connection_of
from filiere.graphql.types import Info
from filiere.ids import GlobalId, decode_id
from filiere.pagination import PageRequest
from filiere.planning import cohorts, editions, milestones, rhythm
from filiere.planning.schema.types import CohortType, EditionType, MilestoneType, RegionRhythmType, milestone_type


@node_resolver("Edition", requires=Action.VIEW_EDITION)
async def _edition_node(info: Info, global_id: GlobalId) -> EditionType:
    return EditionType(view=await editions.get_edition(info.context.uow, info.context.principal, global_id.int_key))


@node_resolver("Cohort", requires=Action.VIEW_COHORT)
async def _cohort_node(info: Info, global_id: GlobalId) -> CohortType:
    view = await cohorts.get_cohort(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return CohortType(view=view)


@node_resolver("Milestone", requires=Action.VIEW_COHORT)
async def _milestone_node(info: Info, global_id: GlobalId) -> MilestoneType:
    view = await milestones.get_milestone(
        info.context.uow, info.context.principal, global_id.tenant, global_id.int_key, info.context.today
    )
    return MilestoneType(view=view)


@strawberry.type
class PlanningQuery:
    @query(requires=Action.VIEW_EDITION, description="Éditions, de la plus récente à la plus ancienne.")
    async def editions(self, info: Info, first: int = 20, after: str | None = None) -> Connection[EditionType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await editions.list_editions(info.context.uow, info.context.principal, page)
        return connection_from_page(info, result, lambda view: EditionType(view=view))

    @query(
        requires=Action.VIEW_COHORT,
        description="Cohortes d'une région (slug) ou de toutes, de la plus récente édition à la plus ancienne.",
    )
    async def cohorts(
        self,
        info: Info,
        region: str | None = None,
        edition_id: strawberry.ID | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[CohortType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        edition = decode_id(edition_id, expected_type="Edition").int_key if edition_id else None
        result = await cohorts.list_cohorts(
            info.context.uow, info.context.principal, region=region, edition_id=edition, page=page
        )
        return connection_from_page(info, result, lambda view: CohortType(view=view))

    @query(
        requires=Action.UPDATE_MILESTONE,
        description="Mes jalons : en retard, ou dus dans les prochains jours ouvrés (10 par défaut, 60 au plus).",
    )
    async def my_milestones(
        self, info: Info, horizon_working_days: int = 10, first: int = 50, after: str | None = None
    ) -> Connection[MilestoneType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await milestones.my_milestones(
            info.context.uow,
            info.context.principal,
            page=page,
            today=info.context.today,
            horizon_working_days=horizon_working_days,
        )
        return connection_from_page(info, result, milestone_type)

    @query(
        requires=Action.VIEW_COHORT,
        description="Même rythme : chaque région de l'édition à son propre J+n (négatif : avant J0).",
    )
    async def rhythm(
        self, info: Info, edition_id: strawberry.ID, relative_day: int = 0
    ) -> Connection[RegionRhythmType]:
        rows, failures = await rhythm.rhythm(
            info.context.uow,
            info.context.principal,
            edition_id=decode_id(edition_id, expected_type="Edition").int_key,
            relative_day=relative_day,
            today=info.context.today,
        )
        info.context.unavailable.extend(failures)
        return connection_of([RegionRhythmType(view=row) for row in rows], failures)
