"""What planning contributes to the `Project` hub: the cohort the project follows."""

from __future__ import annotations

import strawberry

from filiere.graphql.types import Info
from filiere.planning.cohorts import may_view_cohorts
from filiere.planning.loaders import CohortByIdLoader
from filiere.planning.schema.types import CohortType
from filiere.programmes.views import ProjectView


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
