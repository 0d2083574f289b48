"""Administering accounts in GraphQL: `users` (the accounts one manages), invite, deactivate, reactivate,
rename."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.accounts.errors import AccountErrorCode
from filiere.accounts.schema import UserType
from filiere.administration import service as administration
from filiere.administration.mail import send_invitation
from filiere.administration.service import UserFilters, list_users
from filiere.auth.policy import Action
from filiere.auth.principal import Role
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.graphql.viewer import RoleType
from filiere.ids import decode_id
from filiere.pagination import PageRequest


@strawberry.type
class UsersQuery:
    @query(
        requires=Action.MANAGE_USER,
        description="Les comptes que l'appelant gère (tous pour l'exploitation, les conseillers de sa région pour "
        "un responsable régional), par adresse e-mail.",
    )
    async def users(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        *,
        region: str | None = None,
        role: RoleType | None = None,  # type: ignore[valid-type]
        active: bool | None = None,
    ) -> Connection[UserType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        filters = UserFilters(region=region, role=Role(role) if role else None, active=active)
        result = await list_users(info.context.uow, info.context.principal, page, filters)
        return connection_from_page(info, result, lambda view: UserType(view=view))


ACCOUNT_ERRORS = error_types("Account", AccountErrorCode)


@strawberry.type
class InviteUserSuccess:
    user: UserType
    invitation_expires_at: datetime = strawberry.field(description="Fin de validité du lien d'invitation.")
    invitation_sent: bool = strawberry.field(
        default=False,
        description="Vrai si l'e-mail d'invitation est parti ; sinon le compte existe : renvoyez l'invitation.",
    )


@strawberry.type
class UserAccountSuccess:
    user: UserType


InviteUserPayload = ACCOUNT_ERRORS.payload("InviteUserPayload", InviteUserSuccess)
UserAccountPayload = ACCOUNT_ERRORS.payload("UserAccountPayload", UserAccountSuccess)


@strawberry.input
class InviteUserInput:
    email: str
    name: str
    role: RoleType  # type: ignore[valid-type]
    region: str | None = strawberry.field(default=None, description="Slug de la région, pour les rôles régionaux.")
    organisation: str | None = strawberry.field(
        default=None, description="Slug de l'organisation, pour les partenaires (et les jurés qui en viennent)."
    )


@strawberry.input
class UserAccountInput:
    user_id: strawberry.ID


@strawberry.input
class RenameUserInput:
    user_id: strawberry.ID
    name: str


def _user_id(value: strawberry.ID) -> int:
    return decode_id(value, expected_type="User").int_key


@strawberry.type
class AccountMutation:
    @mutation(
        requires=Action.MANAGE_USER,
        description="Crée un compte inactif et lui envoie son invitation par e-mail (lien valable 7 jours, à "
        "usage unique), une fois le compte enregistré.",
    )
    async def invite_user(self, info: Info, input: InviteUserInput) -> InviteUserPayload:  # noqa: A002
        invited = await administration.invite_user(
            info.context.uow,
            info.context.principal,
            data=administration.NewAccount(
                email=input.email,
                name=input.name,
                role=Role(input.role),
                region=input.region,
                organisation=input.organisation,
            ),
            request_id=info.context.request_id,
        )
        success = InviteUserSuccess(user=UserType(view=invited.user), invitation_expires_at=invited.expires_at)
        inviter = info.context.principal.display_name if info.context.principal else None

        async def send() -> None:
            # Once the account is stored: a mail server down must not undo it.
            success.invitation_sent = await send_invitation(info.context.settings, invited, invited_by=inviter)

        info.context.uow.after_commit(send)
        return success

    @mutation(
        requires=Action.MANAGE_USER,
        description="Renvoie l'invitation d'un compte pas encore ouvert : un nouveau lien de 7 jours, le précédent "
        "ne fonctionne plus.",
    )
    async def invite_user_again(self, info: Info, input: UserAccountInput) -> InviteUserPayload:  # noqa: A002
        invited = await administration.invite_again(
            info.context.uow,
            info.context.principal,
            user_id=_user_id(input.user_id),
            request_id=info.context.request_id,
        )
        success = InviteUserSuccess(user=UserType(view=invited.user), invitation_expires_at=invited.expires_at)
        inviter = info.context.principal.display_name if info.context.principal else None

        async def send() -> None:
            success.invitation_sent = await send_invitation(info.context.settings, invited, invited_by=inviter)

        info.context.uow.after_commit(send)
        return success

    @mutation(
        requires=Action.MANAGE_USER,
        description="Désactive un compte : refusé dès sa prochaine requête, ses sessions sont fermées.",
    )
    async def deactivate_user(self, info: Info, input: UserAccountInput) -> UserAccountPayload:  # noqa: A002
        view = await administration.deactivate_user(
            info.context.uow,
            info.context.principal,
            user_id=_user_id(input.user_id),
            request_id=info.context.request_id,
        )
        return UserAccountSuccess(user=UserType(view=view))

    @mutation(requires=Action.MANAGE_USER, description="Réactive un compte désactivé.")
    async def reactivate_user(self, info: Info, input: UserAccountInput) -> UserAccountPayload:  # noqa: A002
        view = await administration.reactivate_user(
            info.context.uow,
            info.context.principal,
            user_id=_user_id(input.user_id),
            request_id=info.context.request_id,
        )
        return UserAccountSuccess(user=UserType(view=view))

    @mutation(requires=Action.MANAGE_USER, description="Change le nom affiché d'un compte.")
    async def rename_user(self, info: Info, input: RenameUserInput) -> UserAccountPayload:  # noqa: A002
        view = await administration.rename_user(
            info.context.uow,
            info.context.principal,
            user_id=_user_id(input.user_id),
            name=input.name,
            request_id=info.context.request_id,
        )
        return UserAccountSuccess(user=UserType(view=view))
