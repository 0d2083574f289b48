"""Editing a project: its objective and notes, its journey, its products and its team."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.hub_refs import ProjectRef, project_node
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.programmes import service
from filiere.programmes.composition import ProductEntry, TeamMemberEntry, set_products, set_team
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.schema.types import ProjectStatusType, TeamRoleType
from filiere.programmes.service import ProjectChanges

EXPECTED_VERSION = "Version lue ; refusé si le projet a changé depuis."


@strawberry.type
class ProjectEditSuccess:
    project: ProjectRef


ProjectEditPayload = PROJECT_ERRORS.payload("ProjectEditPayload", ProjectEditSuccess)


@strawberry.input(description="Modifier l'objectif ou les notes d'un projet de sa région.")
class UpdateProjectInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description=EXPECTED_VERSION)
    summary: str | None = None
    notes: str | None = None


@strawberry.type
class UpdateProjectSuccess:
    project: ProjectRef


UpdateProjectPayload = PROJECT_ERRORS.payload("UpdateProjectPayload", UpdateProjectSuccess)


@strawberry.input(description="Faire avancer un projet dans son parcours (ou l'arrêter, avec un motif).")
class TransitionProjectInput:
    project_id: strawberry.ID
    to: ProjectStatusType
    reason: str | None = strawberry.field(
        default=None, description="Motif ; obligatoire pour « non retenu » et « abandonné »."
    )
    expected_version: int = strawberry.field(description=EXPECTED_VERSION)


@strawberry.type
class TransitionProjectSuccess:
    project: ProjectRef


TransitionProjectPayload = PROJECT_ERRORS.payload("TransitionProjectPayload", TransitionProjectSuccess)


@strawberry.input(description="Un produit concerné par le projet.")
class ProjectProductInput:
    name: str
    customs_code: str | None = strawberry.field(default=None, description="4, 6, 8 ou 10 chiffres.")
    annual_import_value_eur: float | None = strawberry.field(
        default=None, description="Valeur annuelle des importations remplacées, en euros entiers."
    )


@strawberry.input(description="Remplacer la liste des produits concernés d'un projet de sa région.")
class SetProjectProductsInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description=EXPECTED_VERSION)
    products: list[ProjectProductInput]


@strawberry.input(description="Un coach ou un expert.")
class TeamMemberInput:
    role: TeamRoleType
    name: str
    organisation: str = ""
    email: str = ""
    expertise: str = ""


@strawberry.input(description="Remplacer le coach et les experts d'un projet de sa région.")
class SetProjectTeamInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description=EXPECTED_VERSION)
    members: list[TeamMemberInput]


@strawberry.type
class ProjectMutation:
    @mutation(
        requires=Action.EDIT_PROJECT, description="Modifie un projet ; chaque modification est tracée dans l'audit."
    )
    async def update_project(self, info: Info, input: UpdateProjectInput) -> UpdateProjectPayload:  # noqa: A002
        target = decode_id(input.project_id, expected_type="Project")
        view = await service.update_project(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            expected_version=input.expected_version,
            changes=ProjectChanges(summary=input.summary, notes=input.notes),
            request_id=info.context.request_id,
        )
        return UpdateProjectSuccess(project=project_node(info, view))

    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Change le statut d'un projet selon son parcours ; tracé dans l'audit.",
    )
    async def transition_project(self, info: Info, input: TransitionProjectInput) -> TransitionProjectPayload:  # noqa: A002
        target = decode_id(input.project_id, expected_type="Project")
        view = await service.transition_project(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            to=input.to,
            reason=input.reason,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return TransitionProjectSuccess(project=project_node(info, view))

    @mutation(
        requires=Action.EDIT_PROJECT, description="Remplace les produits concernés d'un projet ; tracé dans l'audit."
    )
    async def set_project_products(self, info: Info, input: SetProjectProductsInput) -> ProjectEditPayload:  # noqa: A002
        target = decode_id(input.project_id, expected_type="Project")
        view = await set_products(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            expected_version=input.expected_version,
            products=[
                ProductEntry(
                    name=item.name,
                    customs_code=item.customs_code,
                    annual_import_value_eur=item.annual_import_value_eur,
                )
                for item in input.products
            ],
            request_id=info.context.request_id,
        )
        return ProjectEditSuccess(project=project_node(info, view))

    @mutation(
        requires=Action.EDIT_PROJECT, description="Remplace le coach et les experts d'un projet ; tracé dans l'audit."
    )
    async def set_project_team(self, info: Info, input: SetProjectTeamInput) -> ProjectEditPayload:  # noqa: A002
        target = decode_id(input.project_id, expected_type="Project")
        view = await set_team(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            expected_version=input.expected_version,
            members=[
                TeamMemberEntry(
                    role=item.role,
                    name=item.name,
                    organisation=item.organisation,
                    email=item.email,
                    expertise=item.expertise,
                )
                for item in input.members
            ],
            request_id=info.context.request_id,
        )
        return ProjectEditSuccess(project=project_node(info, view))
