"""The people attached to a project (« Équipe » tab): `Project.members`, `attachProjectMember`,
`detachProjectMember`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.accounts.loaders import UserByIdLoader
from filiere.accounts.schema import UserType
from filiere.administration.mail import send_invitation
from filiere.auth.policy import Action
from filiere.auth.principal import Role
from filiere.graphql.hub_refs import ProjectRef, load_project, project_node
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.types import Info
from filiere.graphql.viewer import RoleType
from filiere.ids import decode_id
from filiere.memberships.errors import MembershipErrorCode
from filiere.programmes import members
from filiere.programmes.loaders import MembersByProjectLoader
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.views import ProjectView

MEMBERSHIP_ERRORS = error_types("Membership", MembershipErrorCode)


@strawberry.type(name="ProjectMember", description="Coach, expert ou étudiant rattaché à un projet.")
class ProjectMemberType:
    user: UserType = strawberry.field(description="Son compte (nom, adresse, rôle).")
    attached_at: datetime = strawberry.field(description="Date de son rattachement (le dernier, s'il a été détaché).")

    @strawberry.field(description="Vrai tant que la personne n'a pas ouvert son compte (invitation en attente).")
    def invitation_pending(self) -> bool:
        return not self.user.view.is_active and self.user.view.last_sign_in_at is None


@strawberry.type
class ProjectMemberFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Coach, experts et étudiants rattachés au projet, du premier rattaché au dernier ; null pour "
        "qui n'est ni de la région du projet ni de CCI France."
    )
    async def members(self, info: Info) -> list[ProjectMemberType] | None:
        if not reveals(info, self.view, "members"):
            return None
        card = self.view.card
        found = await info.context.loaders.get(MembersByProjectLoader, card.region).load(card.id)
        users = await info.context.loaders.get(UserByIdLoader).load_many([member.user_id for member in found])
        return [
            ProjectMemberType(user=UserType(view=user), attached_at=member.attached_at)
            for member, user in zip(found, users, strict=True)
            if user is not None
        ]


@strawberry.input(
    description="Rattacher à un projet de sa région un coach, un expert ou un étudiant ; sans compte, il en "
    "reçoit un, et son invitation."
)
class AttachProjectMemberInput:
    project_id: strawberry.ID
    email: str
    name: str = strawberry.field(description="Son nom, pour un compte à créer (ignoré si le compte existe).")
    role: RoleType = strawberry.field(description="COACH, EXPERT ou STUDENT : le rôle de son compte.")  # type: ignore[valid-type]


@strawberry.type
class AttachProjectMemberSuccess:
    member: ProjectMemberType
    project: ProjectRef
    invitation_sent: bool = strawberry.field(
        default=False,
        description="Vrai si un compte a été créé et que son invitation est partie par e-mail.",
    )


@strawberry.input(description="Détacher une personne d'un projet : le projet lui est fermé dès sa prochaine requête.")
class DetachProjectMemberInput:
    project_id: strawberry.ID
    user_id: strawberry.ID


@strawberry.type
class DetachProjectMemberSuccess:
    detached_user_id: strawberry.ID
    project: ProjectRef | None = strawberry.field(description="Le projet, tel que l'utilisateur peut le lire.")


AttachProjectMemberPayload = MEMBERSHIP_ERRORS.payload("AttachProjectMemberPayload", AttachProjectMemberSuccess)
DetachProjectMemberPayload = MEMBERSHIP_ERRORS.payload("DetachProjectMemberPayload", DetachProjectMemberSuccess)


@strawberry.type
class MemberMutation:
    @mutation(
        requires=Action.ATTACH_PROJECT_MEMBER,
        description="Rattache une personne à un projet en cours ; tracé dans l'audit du projet. Un compte créé "
        "reçoit son invitation une fois enregistré.",
    )
    async def attach_project_member(
        self,
        info: Info,
        input: AttachProjectMemberInput,  # noqa: A002
    ) -> AttachProjectMemberPayload:
        target = decode_id(input.project_id, expected_type="Project")
        attached = await members.attach_project_member(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            email=input.email,
            name=input.name,
            role=Role(input.role),
            request_id=info.context.request_id,
        )
        success = AttachProjectMemberSuccess(
            member=ProjectMemberType(user=UserType(view=attached.user), attached_at=attached.member.attached_at),
            project=project_node(info, attached.project),
        )
        invited = attached.invited
        if invited is not None:
            inviter = info.context.principal.display_name if info.context.principal else None

            async def send() -> None:
                # Once the account is stored: a mail server down must not undo it.
                success.invitation_sent = await send_invitation(info.context.settings, invited, invited_by=inviter)

            info.context.uow.after_commit(send)
        return success

    @mutation(
        requires=Action.ATTACH_PROJECT_MEMBER, description="Détache une personne d'un projet ; tracé dans l'audit."
    )
    async def detach_project_member(
        self,
        info: Info,
        input: DetachProjectMemberInput,  # noqa: A002
    ) -> DetachProjectMemberPayload:
        target = decode_id(input.project_id, expected_type="Project")
        user_id = decode_id(input.user_id, expected_type="User").int_key
        view = await members.detach_project_member(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            user_id=user_id,
            request_id=info.context.request_id,
        )
        return DetachProjectMemberSuccess(
            detached_user_id=input.user_id, project=await load_project(info, view.card.region, view.card.id)
        )
