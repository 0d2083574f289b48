"""Invite, deactivate, reactivate and rename accounts: operators every account, a region's head the
advisers of their region. Validation in the form's order, nothing written on refusal, every write audited."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from filiere.accounts import service as accounts
from filiere.accounts.errors import AccountErrorCode, NotManageableError
from filiere.accounts.service import UserQuery, UserView
from filiere.audit.service import record_change
from filiere.auth.issuer.revocation import revoke_user_sessions
from filiere.auth.policy import Action, is_allowed, managed_roles, may_manage_account
from filiere.auth.principal import (
    Principal,
    Role,
    is_regional,
    may_have_organisation,
    needs_organisation,
    require_principal,
)
from filiere.errors import CommonErrorCode, InvalidInputError, NotFoundError
from filiere.pagination import Page, PageRequest
from filiere.partners.service import organisations_by_slug
from filiere.tenancy.unit_of_work import UnitOfWork

NAME_MAX_LENGTH = 120
EMAIL_MAX_LENGTH = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")

# The command line acts as an operator: whoever runs it already holds the databases' credentials.
COMMAND_LINE = Principal(subject="cli", role=Role.PLATFORM_ADMIN, display_name="Ligne de commande")


@dataclass(frozen=True, kw_only=True)
class NewAccount:
    email: str
    name: str
    role: Role
    region: str | None = None
    organisation: str | None = None  # slug


@dataclass(frozen=True, kw_only=True)
class Invited:
    """An account and its invitation; `token` is shown once (it goes into the link) and stored hashed."""

    user: UserView
    token: str
    expires_at: datetime


def invitation_link(public_url: str, token: str) -> str:
    return f"{public_url.rstrip('/')}/auth/invitation/{token}"


@dataclass(frozen=True, kw_only=True)
class UserFilters:
    region: str | None = None
    role: Role | None = None
    active: bool | None = None


async def list_users(
    uow: UnitOfWork, principal: Principal | None, page: PageRequest, filters: UserFilters
) -> Page[UserView]:
    """The accounts the caller manages, by e-mail."""
    reader = require_principal(principal)
    if filters.region is not None and not uow.registry.has_region(filters.region):
        raise InvalidInputError("Cette région n'existe pas.", field="region", code=CommonErrorCode.UNKNOWN_REGION)
    roles = managed_roles(reader)
    if not roles:
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    query = UserQuery(
        roles=roles,
        regions=[slug for slug in uow.registry.region_slugs if is_allowed(reader, Action.MANAGE_USER, region=slug)],
        national=is_allowed(reader, Action.MANAGE_USER, region=None),
        region=filters.region,
        role=filters.role,
        active=filters.active,
    )
    return await accounts.page_of_users(uow.national(), page, query)


def checked_email(value: str) -> str:
    """An address as accounts store it (trimmed, lower case), or the mistake."""
    email = value.strip().lower()
    if not _EMAIL.match(email) or len(email) > EMAIL_MAX_LENGTH:
        raise InvalidInputError(
            "L'adresse e-mail n'est pas valide, par exemple « prenom.nom@cci.fr ».",
            field="email",
            code=CommonErrorCode.INVALID_EMAIL,
        )
    return email


def checked_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInputError("Le nom est obligatoire.", field="name", code=CommonErrorCode.REQUIRED)
    if len(clean) > NAME_MAX_LENGTH:
        raise InvalidInputError(
            f"Le nom ne doit pas dépasser {NAME_MAX_LENGTH} caractères.", field="name", code=CommonErrorCode.TOO_LONG
        )
    return clean


async def _checked(uow: UnitOfWork, manager: Principal, data: NewAccount) -> tuple[NewAccount, int | None]:
    """The account to create, cleaned, and its organisation's id; or the first mistake, in the form's order."""
    if data.role not in managed_roles(manager):
        raise NotManageableError("Vous ne pouvez pas créer de compte avec ce rôle.", field="role")
    region = (data.region or "").strip() or None
    if is_regional(data.role):
        if region is None:
            raise InvalidInputError(
                "Ce rôle appartient à une région : choisissez-la.",
                field="region",
                code=AccountErrorCode.ROLE_NEEDS_REGION,
            )
        if not uow.registry.has_region(region):
            raise InvalidInputError(
                f"La région « {region} » n'existe pas.", field="region", code=CommonErrorCode.UNKNOWN_REGION
            )
    else:
        region = None  # national roles belong to no region
    if not may_manage_account(manager, role=data.role, region=region):
        raise NotManageableError("Vous ne gérez que les comptes de votre région.", field="region")
    organisation_id = None
    slug = (data.organisation or "").strip() or None
    if needs_organisation(data.role) and slug is None:
        raise InvalidInputError(
            "Ce rôle représente une organisation partenaire : choisissez-la.",
            field="organisation",
            code=AccountErrorCode.ROLE_NEEDS_ORGANISATION,
        )
    if slug is not None and may_have_organisation(data.role):
        organisation = (await organisations_by_slug(uow.national(), [slug])).get(slug)
        if organisation is None:
            raise InvalidInputError(
                f"L'organisation « {slug} » n'existe pas.",
                field="organisation",
                code=AccountErrorCode.UNKNOWN_ORGANISATION,
            )
        organisation_id = organisation.id
    else:
        slug = None
    email = checked_email(data.email)
    name = checked_name(data.name)
    if await accounts.email_in_use(uow.national(), email):
        raise InvalidInputError(
            "Un compte existe déjà avec cette adresse e-mail.", field="email", code=AccountErrorCode.EMAIL_ALREADY_USED
        )
    return NewAccount(email=email, name=name, role=data.role, region=region, organisation=slug), organisation_id


async def invite_user(
    uow: UnitOfWork, principal: Principal | None, *, data: NewAccount, request_id: str, now: datetime | None = None
) -> Invited:
    """Create an account, not open yet, and its invitation: it opens once its holder sets a password."""
    manager = require_principal(principal)
    clean, organisation_id = await _checked(uow, manager, data)
    national = uow.national()
    user = await accounts.create_account(
        national,
        email=clean.email,
        name=clean.name,
        role=clean.role,
        region=clean.region,
        organisation_id=organisation_id,
    )
    token, expires_at = await accounts.new_invitation(national, user.id, manager.subject, now or datetime.now(UTC))
    record_change(
        national,
        manager,
        request_id=request_id,
        action="user.invited",
        entity_type="User",
        entity_id=user.id,
        before=None,
        after={
            "email": clean.email,
            "displayName": clean.name,
            "role": clean.role.value,
            "region": clean.region,
            "organisation": clean.organisation,
            "active": False,
        },
    )
    return Invited(user=user, token=token, expires_at=expires_at)


async def invite_attached_account(
    uow: UnitOfWork,
    inviter: Principal,
    *,
    email: str,
    name: str,
    role: Role,
    request_id: str,
    now: datetime | None = None,
) -> Invited:
    """The account of a person an adviser attaches to a project (coach, expert, student: no region, no
    organisation), invited like any other. `email` and `name` are checked, the address is free, and the
    caller may attach such a person (`policy.may_attach_member`)."""
    national = uow.national()
    user = await accounts.create_account(national, email=email, name=name, role=role, region=None, organisation_id=None)
    token, expires_at = await accounts.new_invitation(national, user.id, inviter.subject, now or datetime.now(UTC))
    record_change(
        national,
        inviter,
        request_id=request_id,
        action="user.invited",
        entity_type="User",
        entity_id=user.id,
        before=None,
        after={
            "email": email,
            "displayName": name,
            "role": role.value,
            "region": None,
            "organisation": None,
            "active": False,
        },
    )
    return Invited(user=user, token=token, expires_at=expires_at)


async def _managed(uow: UnitOfWork, principal: Principal | None, user_id: int) -> tuple[Principal, UserView]:
    manager = require_principal(principal)
    user = (await accounts.users_by_id(uow.national(), [user_id])).get(user_id)
    if user is None or not is_allowed(manager, Action.VIEW_USER, region=None):
        raise NotFoundError()
    if not may_manage_account(manager, role=user.role, region=user.region):
        raise NotManageableError()
    return manager, user


async def invite_again(
    uow: UnitOfWork, principal: Principal | None, *, user_id: int, request_id: str, now: datetime | None = None
) -> Invited:
    """A new invitation link for an account not open (the previous link stops working)."""
    manager, user = await _managed(uow, principal, user_id)
    if user.is_active:
        raise InvalidInputError(
            "Ce compte est déjà actif : la personne se connecte avec son mot de passe.",
            code=AccountErrorCode.ALREADY_ACTIVE,
        )
    national = uow.national()
    token, expires_at = await accounts.new_invitation(national, user.id, manager.subject, now or datetime.now(UTC))
    record_change(
        national,
        manager,
        request_id=request_id,
        action="user.invited_again",
        entity_type="User",
        entity_id=user.id,
        before=None,
        after={"email": user.email},
    )
    return Invited(user=user, token=token, expires_at=expires_at)


async def _set_active(
    uow: UnitOfWork, principal: Principal | None, *, user_id: int, active: bool, request_id: str
) -> UserView:
    manager, user = await _managed(uow, principal, user_id)
    if user.subject == manager.subject:
        raise NotManageableError("Vous ne pouvez pas désactiver ni réactiver votre propre compte.", field="userId")
    if user.is_active is active:
        return user
    national = uow.national()
    if not active:
        # Nothing they were given keeps working: sessions, refresh tokens, a pending invitation.
        now = datetime.now(UTC)
        await revoke_user_sessions(national, user.id, now)
        await accounts.revoke_invitations(national, user.id, now)
    changed = await accounts.set_account_active(national, user.id, active)
    record_change(
        national,
        manager,
        request_id=request_id,
        action="user.reactivated" if active else "user.deactivated",
        entity_type="User",
        entity_id=user.id,
        before={"active": not active},
        after={"active": active},
    )
    return changed


async def deactivate_user(uow: UnitOfWork, principal: Principal | None, *, user_id: int, request_id: str) -> UserView:
    """Close an account: its holder is refused from their next request on."""
    return await _set_active(uow, principal, user_id=user_id, active=False, request_id=request_id)


async def reactivate_user(uow: UnitOfWork, principal: Principal | None, *, user_id: int, request_id: str) -> UserView:
    return await _set_active(uow, principal, user_id=user_id, active=True, request_id=request_id)


async def rename_user(
    uow: UnitOfWork, principal: Principal | None, *, user_id: int, name: str, request_id: str
) -> UserView:
    manager, user = await _managed(uow, principal, user_id)
    clean = checked_name(name)
    if clean == user.display_name:
        return user
    national = uow.national()
    renamed = await accounts.set_account_name(national, user.id, clean)
    record_change(
        national,
        manager,
        request_id=request_id,
        action="user.renamed",
        entity_type="User",
        entity_id=user.id,
        before={"displayName": user.display_name},
        after={"displayName": clean},
    )
    return renamed
