"""The Filière account an external issuer's identity signs in as, when the account — not the token —
decides role, region and organisation (ProConnect)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from filiere.accounts import service as accounts
from filiere.accounts.models import User
from filiere.auth.principal import Principal
from filiere.auth.tokens import AccountNotOpenError, ExternalIdentity, InvalidTokenError
from filiere.partners.models import Organisation
from filiere.tenancy.registry import TenantRegistry


async def principal_of_identity(
    registry: TenantRegistry, identity: ExternalIdentity, now: datetime | None = None
) -> Principal:
    """The account bound to the identity's `iss` + `sub`; else, the first time only, the invited or active
    account of its verified e-mail that no identity is bound to yet, which it binds (and opens). One read
    per request, as `account_is_open` in token mode; the binding writes once."""
    bound = (User.external_issuer == identity.issuer) & (User.external_subject == identity.subject)
    by_email = (User.email == identity.verified_email) & User.external_issuer.is_(None)
    query = (
        select(User, Organisation.slug, accounts.has_pending_invitation())
        .outerjoin(Organisation, Organisation.id == User.organisation_id)
        .where(bound | by_email if identity.verified_email else bound)
    )
    async with registry.national.sessions() as session:
        rows = (await session.execute(query)).all()
        known = next((row for row in rows if row[0].external_issuer is not None), None)
        if known is not None:
            user, organisation, _ = known
            if not user.is_active:
                raise InvalidTokenError("account deactivated")
            return _principal(user, organisation)
        if not rows:
            raise AccountNotOpenError()
        user, organisation, invited = rows[0]
        if not (user.is_active or invited):  # deactivated before it was ever bound
            raise AccountNotOpenError()
        if not await accounts.bind_external_identity(
            session, user.id, identity.issuer, identity.subject, now or datetime.now(UTC)
        ):
            raise AccountNotOpenError()
        await session.commit()
        return _principal(user, organisation)


def _principal(user: User, organisation: str | None) -> Principal:
    return Principal(
        subject=user.subject,
        role=user.role,
        display_name=user.display_name,
        email=user.email,
        region=user.region,
        organisation=organisation,
    )
