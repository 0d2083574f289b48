"""Setting a password through an e-mailed link: the invitation that opens an account, the reset of a
forgotten password. The password passes the policy; the password, the account and the link's use are
written together and audited — or nothing is."""

from __future__ import annotations

from datetime import UTC, datetime

from filiere.accounts import service as accounts
from filiere.accounts.models import LinkPurpose
from filiere.accounts.service import UserView
from filiere.audit.service import PublicActor, record_change
from filiere.auth.issuer.revocation import revoke_user_sessions
from filiere.auth.password_policy import PasswordRefusal, password_refusals
from filiere.auth.passwords import hashed_password
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

# Whoever fills « Mot de passe oublié ? » in: anyone who knows the address.
RESET_FORM = PublicActor(display_name="Formulaire « Mot de passe oublié ? »")


def reset_link(public_url: str, token: str) -> str:
    return f"{public_url.rstrip('/')}/auth/password-reset/{token}"


class LinkNotValidError(Exception):
    """Unknown, used, revoked or expired: all alike to the person holding it."""


class PasswordRefusedError(Exception):
    def __init__(self, refusals: list[PasswordRefusal]) -> None:
        super().__init__("password refused")
        self.refusals = refusals


async def _pending(
    national: TenantSession, token: str, purpose: LinkPurpose, now: datetime
) -> accounts.PendingLink | None:
    pending = await accounts.pending_link(national, token, purpose, now)
    # A reset link is for an open account only (closing an account revokes its links: this is the seatbelt).
    if pending is None or (purpose is LinkPurpose.RESET and not pending.user.is_active):
        return None
    return pending


async def link_holder(
    national: TenantSession, token: str, purpose: LinkPurpose, now: datetime | None = None
) -> UserView | None:
    """The account a still valid link of this purpose is for; None for any other link."""
    pending = await _pending(national, token, purpose, now or datetime.now(UTC))
    return pending.user if pending else None


async def use_link(
    uow: UnitOfWork, *, token: str, purpose: LinkPurpose, password: str, request_id: str, now: datetime | None = None
) -> UserView:
    """Set the password and use up the link (its holder is the actor of the audit): an invitation opens the
    account, a reset ends every session of the account. The caller commits. The link is marked used only if
    nobody used it in between (two tabs, a replay)."""
    national = uow.national()
    moment = now or datetime.now(UTC)
    pending = await _pending(national, token, purpose, moment)
    if pending is None:
        raise LinkNotValidError
    user = pending.user
    refusals = password_refusals(password, email=user.email, name=user.display_name)
    if refusals:
        raise PasswordRefusedError(refusals)
    if not await accounts.use_up_link(national, pending.invitation_id, moment):
        raise LinkNotValidError
    await accounts.revoke_invitations(national, user.id, moment)
    opening = purpose is LinkPurpose.INVITATION
    view = await accounts.set_account_password(national, user.id, await hashed_password(password), open_it=opening)
    if opening:
        action, before, after = "user.activated", {"active": False}, {"active": True, "passwordSet": True}
    else:
        # Whoever knew the old password is signed out everywhere.
        await revoke_user_sessions(national, user.id, moment)
        action, before, after = "user.password_reset", None, {"passwordSet": True, "sessionsEnded": True}
    record_change(
        national,
        view.as_principal(),
        request_id=request_id,
        action=action,
        entity_type="User",
        entity_id=user.id,
        before=before,
        after=after,
    )
    return view


async def request_password_reset(
    uow: UnitOfWork, *, email: str, request_id: str, now: datetime | None = None
) -> tuple[UserView, str] | None:
    """A reset link for the open account of `email` (the account and the token), replacing any pending one;
    None when there is no such account. Demo accounts share one password: nobody resets it."""
    national = uow.national()
    view = await accounts.open_account_by_email(national, email)
    if view is None:
        return None
    token, expires_at = await accounts.new_invitation(
        national, view.id, RESET_FORM.subject, now or datetime.now(UTC), purpose=LinkPurpose.RESET
    )
    record_change(
        national,
        RESET_FORM,
        request_id=request_id,
        action="user.password_reset_requested",
        entity_type="User",
        entity_id=view.id,
        before=None,
        after={"linkExpiresAt": expires_at.isoformat()},
    )
    return view, token
