"""What planning contributes to the `Project` hub: the cohort the project follows and its own milestones.

The milestones are the project's retroplanning, confidential like the rest of its full record: a summary
card answers null. How many are done (`milestoneProgress`) is on the card, as every region's staff reads
the cohorts' progress: counts only, for whoever reads the project (partners through any grant).
"""

from __future__ import annotations

import strawberry

from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.pagination import PageRequest
from filiere.planning.cohorts import may_view_cohorts
from filiere.planning.loaders import (
    CohortByIdLoader,
    MilestoneProgressByProjectLoader,
    MilestonesByProjectLoader,
    NextMilestoneByProjectLoader,
)
from filiere.planning.project_milestones import MilestoneProgress
from filiere.planning.schema.types import CohortType, MilestoneType
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.views import ProjectView


@strawberry.type(
    name="MilestoneProgress", description="Où en est le rétroplanning d'un projet : des nombres seulement."
)
class MilestoneProgressType:
    progress: strawberry.Private[MilestoneProgress]

    @strawberry.field(description="Jalons faits.")
    def passed(self) -> int:
        return self.progress.passed

    @strawberry.field(description="Jalons en tout (0 sans rétroplanning).")
    def total(self) -> int:
        return self.progress.total


@strawberry.type
class ProjectPlanningFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(description="La cohorte que suit le projet ; null s'il n'en suit pas ou si elle est invisible.")
    async def cohort(self, info: Info) -> CohortType | None:
        cohort_id, region = self.view.card.cohort_id, self.view.card.region
        if cohort_id is None or not may_view_cohorts(info.context.principal, region):
            return None
        view = await info.context.loaders.get(CohortByIdLoader, region).load(cohort_id)
        return CohortType(view=view) if view else None

    @strawberry.field(
        description="Jalons propres au projet (son rétroplanning), par échéance (confidentiel) ; null sur une "
        "fiche résumée."
    )
    async def milestones(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[MilestoneType] | None:
        if not reveals(info, self.view, "milestones"):
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        card = self.view.card
        loader = info.context.loaders.get(MilestonesByProjectLoader, card.region)
        result = await loader.load((card.id, page, info.context.today))
        return connection_from_page(info, result, lambda view: MilestoneType(view=view))

    @strawberry.field(
        description="Le prochain jalon à faire du projet (le plus tôt dû) ; null s'il n'en reste pas ou sur une "
        "fiche résumée."
    )
    async def next_milestone(self, info: Info) -> MilestoneType | None:
        if not reveals(info, self.view, "nextMilestone"):
            return None
        card = self.view.card
        loader = info.context.loaders.get(NextMilestoneByProjectLoader, card.region)
        view = await loader.load((card.id, info.context.today))
        return MilestoneType(view=view) if view else None

    @strawberry.field(
        description="Jalons passés sur jalons du projet (« 4 / 12 ») : un résumé, sans rien des jalons eux-mêmes, "
        "lisible par quiconque lit la fiche."
    )
    async def milestone_progress(self, info: Info) -> MilestoneProgressType:
        card = self.view.card
        progress = await info.context.loaders.get(MilestoneProgressByProjectLoader, card.region).load(card.id)
        return MilestoneProgressType(progress=progress)
