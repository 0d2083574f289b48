"""People known to Filière (national database): reading them, and the rows behind administering them
(`filiere.administration` decides who may, and audits)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.sql.selectable import ScalarSelect

from filiere.accounts.models import Invitation, LinkPurpose, User
from filiere.auth.policy import Action, Reach, is_allowed, roles_allowed
from filiere.auth.principal import Principal, Role, require_principal
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class UserView:
    id: int
    subject: str
    display_name: str
    email: str
    role: Role
    region: str | None
    organisation_id: int | None
    is_active: bool
    last_sign_in_at: datetime | None

    @classmethod
    def of(cls, user: User) -> UserView:
        return cls(
            id=user.id,
            subject=user.subject,
            display_name=user.display_name,
            email=user.email,
            role=user.role,
            region=user.region,
            organisation_id=user.organisation_id,
            is_active=user.is_active,
            last_sign_in_at=user.last_sign_in_at,
        )

    def as_principal(self) -> Principal:
        """This person as the policy would see them calling: to ask what they may do (be assigned…)."""
        return Principal(
            subject=self.subject, role=self.role, display_name=self.display_name, email=self.email, region=self.region
        )


async def users_by_id(national: TenantSession, ids: Sequence[int]) -> dict[int, UserView]:
    rows = await national.scalars(select(User).where(User.id.in_(ids)))
    return {row.id: UserView.of(row) for row in rows}


async def users_by_subject(national: TenantSession, subjects: Sequence[str]) -> dict[str, UserView]:
    rows = await national.scalars(select(User).where(User.subject.in_(subjects)))
    return {row.subject: UserView.of(row) for row in rows}


async def list_region_staff(
    uow: UnitOfWork,
    principal: Principal | None,
    region: str,
    page: PageRequest,
    *,
    able_to: Action = Action.UPDATE_MILESTONE,
) -> Page[UserView]:
    """The active people of a region who may `able_to` there, by e-mail: by default those who carry its
    milestones (advisers, its head); `FOLLOW_PROJECT`, those who may be named a project's adviser."""
    reader = require_principal(principal)
    if not uow.registry.has_region(region) or not is_allowed(reader, Action.VIEW_USER, region=None):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    statement = select(User).where(
        User.region == region,
        User.is_active.is_(True),
        User.role.in_(roles_allowed(able_to, Reach.OWN_REGION)),
    )
    national = uow.national()
    total = await national.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await national.scalars(
        statement.where(after_position(page, NATIONAL_SLUG, User.email, User.id))
        .order_by(User.email, User.id)
        .limit(page.first + 1)
    )
    part = TenantSlice(rows=[UserView.of(row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition(view.email, NATIONAL_SLUG, view.id))


async def user_id_of(uow: UnitOfWork, principal: Principal) -> int | None:
    """The caller's row in the national users table, if they have one."""
    user_id: int | None = await uow.national().scalar(select(User.id).where(User.subject == principal.subject))
    return user_id


def user_id_subquery(subject: str) -> ScalarSelect[int]:
    """The id of the account of `subject`, to use inside another national query (no statement of its own)."""
    return select(User.id).where(User.subject == subject).scalar_subquery()


async def active_people(national: TenantSession, *, regions: Sequence[str], roles: Iterable[Role]) -> list[UserView]:
    """The active users of these regions holding one of these roles (to notify them), by region and e-mail."""
    rows = await national.scalars(
        select(User)
        .where(User.is_active.is_(True), User.region.in_(regions), User.role.in_(list(roles)))
        .order_by(User.region, User.email)
    )
    return [UserView.of(row) for row in rows]


async def active_with_roles(national: TenantSession, roles: Iterable[Role], *, limit: int) -> list[UserView]:
    """The open accounts holding one of these roles, whatever their region, by name (at most `limit`)."""
    rows = await national.scalars(
        select(User)
        .where(User.is_active.is_(True), User.role.in_(list(roles)))
        .order_by(User.display_name, User.id)
        .limit(limit)
    )
    return [UserView.of(row) for row in rows]


async def active_members(national: TenantSession, organisation_id: int) -> list[UserView]:
    """The open accounts of an organisation (to tell them what was shared with it), by e-mail."""
    rows = await national.scalars(
        select(User).where(User.is_active.is_(True), User.organisation_id == organisation_id).order_by(User.email)
    )
    return [UserView.of(row) for row in rows]


INVITATION_VALIDITY = timedelta(days=7)
PASSWORD_RESET_VALIDITY = timedelta(minutes=30)
_VALIDITY = {LinkPurpose.INVITATION: INVITATION_VALIDITY, LinkPurpose.RESET: PASSWORD_RESET_VALIDITY}


def invitation_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, kw_only=True)
class UserQuery:
    """Which accounts a list shows: those of `roles` in `regions` (and national ones if `national`), narrowed
    by the optional filters."""

    roles: frozenset[Role]
    regions: Sequence[str]
    national: bool
    region: str | None = None
    role: Role | None = None
    active: bool | None = None


async def page_of_users(national: TenantSession, page: PageRequest, query: UserQuery) -> Page[UserView]:
    """By e-mail: two statements whatever the number of rows."""
    where: ColumnElement[bool] = User.region.in_(query.regions)
    if query.national:
        where = or_(where, User.region.is_(None))
    statement = select(User).where(where, User.role.in_(query.roles))
    if query.region is not None:
        statement = statement.where(User.region == query.region)
    if query.role is not None:
        statement = statement.where(User.role == query.role)
    if query.active is not None:
        statement = statement.where(User.is_active.is_(query.active))
    total = await national.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await national.scalars(
        statement.where(after_position(page, NATIONAL_SLUG, User.email, User.id))
        .order_by(User.email, User.id)
        .limit(page.first + 1)
    )
    part = TenantSlice(rows=[UserView.of(row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition(view.email, NATIONAL_SLUG, view.id))


async def invitations_pending(national: TenantSession, user_ids: Sequence[int]) -> set[int]:
    """Which of these accounts wait for their holder to accept an invitation (expired or not: it can be sent
    again). Deactivating revokes invitations and accepting uses them up, so a live one means « never opened »."""
    rows = await national.scalars(
        select(Invitation.user_id)
        .join(User, User.id == Invitation.user_id)
        .where(
            Invitation.user_id.in_(user_ids),
            Invitation.purpose == LinkPurpose.INVITATION,
            Invitation.used_at.is_(None),
            Invitation.revoked_at.is_(None),
            User.is_active.is_(False),
        )
    )
    return set(rows)


async def email_in_use(national: TenantSession, email: str) -> bool:
    return await national.scalar(select(User.id).where(User.email == email)) is not None


async def user_id_by_email(national: TenantSession, email: str) -> int | None:
    found: int | None = await national.scalar(select(User.id).where(User.email == email.strip().lower()))
    return found


async def account_is_open(national: TenantSession, subject: str) -> bool:
    """False once the account of `subject` is closed (deactivated, or invited and not yet opened); true for
    a subject without an account (an external issuer's user, whom that issuer vouches for). One read by
    the unique subject."""
    active: bool | None = await national.scalar(select(User.is_active).where(User.subject == subject))
    return active is not False


def has_pending_invitation() -> ColumnElement[bool]:
    """True for an invited account (an invitation neither used nor revoked, expired or not), in a query
    on `User`: deactivating an account revokes its invitation."""
    return (
        select(Invitation.id)
        .where(
            Invitation.user_id == User.id,
            Invitation.purpose == LinkPurpose.INVITATION,
            Invitation.used_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .exists()
    )


async def bind_external_identity(
    national: TenantSession, user_id: int, issuer: str, subject: str, now: datetime
) -> bool:
    """The account signs in with this external identity from now on, and opens if it was invited (its
    invitation is then used). False when another identity was bound in between; true again for the same."""
    result = await national.execute(
        update(User)
        .where(
            User.id == user_id,
            or_(
                User.external_issuer.is_(None),
                (User.external_issuer == issuer) & (User.external_subject == subject),
            ),
            or_(User.is_active.is_(True), has_pending_invitation()),  # never reopens a deactivated account
        )
        .values(external_issuer=issuer, external_subject=subject, is_active=True, last_sign_in_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    await national.execute(
        update(Invitation)
        .where(
            Invitation.user_id == user_id,
            Invitation.purpose == LinkPurpose.INVITATION,
            Invitation.used_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .values(used_at=now)
    )
    return True


async def create_account(
    national: TenantSession,
    *,
    email: str,
    name: str,
    role: Role,
    region: str | None,
    organisation_id: int | None,
) -> UserView:
    """An account not open yet: it opens when its holder accepts the invitation."""
    user = User(
        subject=str(uuid.uuid4()),
        email=email,
        display_name=name,
        role=role,
        region=region,
        organisation_id=organisation_id,
        is_active=False,
        is_demo=False,
    )
    national.add(user)
    await national.flush()
    return UserView.of(user)


async def revoke_invitations(national: TenantSession, user_id: int, now: datetime) -> None:
    await national.execute(
        update(Invitation)
        .where(Invitation.user_id == user_id, Invitation.used_at.is_(None), Invitation.revoked_at.is_(None))
        .values(revoked_at=now)
    )


async def new_invitation(
    national: TenantSession,
    user_id: int,
    invited_by: str,
    now: datetime,
    *,
    purpose: LinkPurpose = LinkPurpose.INVITATION,
) -> tuple[str, datetime]:
    """A fresh single-use token for the account, replacing any still pending; stored hashed, answered once."""
    await revoke_invitations(national, user_id, now)
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        user_id=user_id,
        token_digest=invitation_digest(token),
        purpose=purpose,
        invited_by_subject=invited_by,
        created_at=now,
        expires_at=now + _VALIDITY[purpose],
    )
    national.add(invitation)
    await national.flush()
    return token, invitation.expires_at


async def set_account_active(national: TenantSession, user_id: int, active: bool) -> UserView:
    user = await national.get(User, user_id)
    assert user is not None, "checked by the caller"
    user.is_active = active
    await national.flush()
    return UserView.of(user)


async def set_account_name(national: TenantSession, user_id: int, name: str) -> UserView:
    user = await national.get(User, user_id)
    assert user is not None, "checked by the caller"
    user.display_name = name
    await national.flush()
    return UserView.of(user)


@dataclass(frozen=True, kw_only=True)
class PendingLink:
    invitation_id: int
    user: UserView


async def pending_link(national: TenantSession, token: str, purpose: LinkPurpose, now: datetime) -> PendingLink | None:
    """The unused, unrevoked, unexpired link of this purpose that `token` names, and its account."""
    row = (
        await national.execute(
            select(Invitation.id, User)
            .join(User, User.id == Invitation.user_id)
            .where(
                Invitation.token_digest == invitation_digest(token),
                Invitation.purpose == purpose,
                Invitation.used_at.is_(None),
                Invitation.revoked_at.is_(None),
                Invitation.expires_at > now,
            )
        )
    ).first()
    return PendingLink(invitation_id=row[0], user=UserView.of(row[1])) if row else None


async def use_up_link(national: TenantSession, invitation_id: int, now: datetime) -> bool:
    """Mark the link used, only if nobody did in between (two tabs, a replay)."""
    result = await national.execute(
        update(Invitation)
        .where(Invitation.id == invitation_id, Invitation.used_at.is_(None), Invitation.revoked_at.is_(None))
        .values(used_at=now)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def set_account_password(national: TenantSession, user_id: int, password_hash: str, *, open_it: bool) -> UserView:
    user = await national.get(User, user_id)
    assert user is not None, "checked by the caller"
    user.password_hash = password_hash
    if open_it:
        user.is_active = True
    await national.flush()
    return UserView.of(user)


async def open_account_by_email(national: TenantSession, email: str) -> UserView | None:
    """The open account of `email`, demo accounts aside (they share one password)."""
    user = await national.scalar(
        select(User).where(User.email == email, User.is_active.is_(True), User.is_demo.is_(False))
    )
    return UserView.of(user) if user else None


async def user_counts_by_organisation(national: TenantSession, organisation_ids: Sequence[int]) -> dict[int, int]:
    """How many accounts (open or not) belong to each organisation that has any: one statement for them all."""
    rows = await national.execute(
        select(User.organisation_id, func.count().label("users"))
        .where(User.organisation_id.in_(organisation_ids))
        .group_by(User.organisation_id)
    )
    return {row.organisation_id: row.users for row in rows}
