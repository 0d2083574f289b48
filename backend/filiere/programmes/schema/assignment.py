"""Assigning a project's adviser: the mutation, and whether the caller may (for the project page)."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.hub_refs import ProjectRef, project_node
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.programmes import assignment
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.views import ProjectView


@strawberry.type
class ProjectAssignmentFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Vrai si l'utilisateur connecté peut choisir le conseiller du projet (parmi "
        "Region.assignableAdvisers)."
    )
    def viewer_can_assign_adviser(self, info: Info) -> bool:
        return assignment.may_assign_adviser(info.context.principal, self.view.card.region)


@strawberry.input(description="Confier un projet de sa région à l'un des conseillers de cette région.")
class AssignProjectAdviserInput:
    project_id: strawberry.ID
    adviser_id: strawberry.ID = strawberry.field(description="Un conseiller en activité de la région du projet.")
    expected_version: int = strawberry.field(description="Version lue ; refusé si le projet a changé depuis.")


@strawberry.type
class AssignProjectAdviserSuccess:
    project: ProjectRef


AssignProjectAdviserPayload = PROJECT_ERRORS.payload("AssignProjectAdviserPayload", AssignProjectAdviserSuccess)


@strawberry.type
class AssignmentMutation:
    @mutation(
        requires=Action.ASSIGN_ADVISER,
        description="Choisit le conseiller qui suit un projet ; tracé dans l'audit, notifié au conseiller.",
    )
    async def assign_project_adviser(
        self,
        info: Info,
        input: AssignProjectAdviserInput,  # noqa: A002
    ) -> AssignProjectAdviserPayload:
        target = decode_id(input.project_id, expected_type="Project")
        view = await assignment.assign_adviser(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            adviser_id=assignment.adviser_key(input.adviser_id),
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return AssignProjectAdviserSuccess(project=project_node(info, view))
