"""Updating a milestone: state, done date, evidence, assignee, pinned date."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.planning import milestones
from filiere.planning.milestones import UNCHANGED, MilestoneChanges
from filiere.planning.schema.errors import PLANNING_ERRORS
from filiere.planning.schema.types import MilestoneStateType, MilestoneType


@strawberry.type
class MilestoneSuccess:
    milestone: MilestoneType


MilestonePayload = PLANNING_ERRORS.payload("MilestonePayload", MilestoneSuccess)


@strawberry.input(description="Champs omis : inchangés. assigneeId ou pinnedDate à null : retirés.")
class UpdateMilestoneInput:
    milestone_id: strawberry.ID
    expected_version: int
    state: MilestoneStateType | None = None
    done_on: date | None = strawberry.field(default=None, description="Avec state DONE ; aujourd'hui par défaut.")
    evidence: str | None = None
    evidence_url: str | None = None
    assignee_id: strawberry.ID | None = strawberry.UNSET
    pinned_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="Fixe l'échéance à la main ; null la rend au plan."
    )


@strawberry.type
class MilestoneMutation:
    @mutation(
        requires=Action.UPDATE_MILESTONE,
        description="Met à jour un jalon : état, date de réalisation, preuve, attribution, épinglage.",
    )
    async def update_milestone(self, info: Info, input: UpdateMilestoneInput) -> MilestonePayload:  # noqa: A002
        target = decode_id(input.milestone_id, expected_type="Milestone")
        assignee: object = UNCHANGED
        if input.assignee_id is not strawberry.UNSET:
            assignee = decode_id(input.assignee_id, expected_type="User").int_key if input.assignee_id else None
        view = await milestones.update_milestone(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            milestone_id=target.int_key,
            expected_version=input.expected_version,
            changes=MilestoneChanges(
                state=input.state,
                done_on=input.done_on,
                evidence=input.evidence,
                evidence_url=input.evidence_url,
                assignee_id=assignee,
                pinned_date=UNCHANGED if input.pinned_date is strawberry.UNSET else input.pinned_date,
            ),
            request_id=info.context.request_id,
            today=info.context.today,
        )
        return MilestoneSuccess(milestone=MilestoneType(view=view))
