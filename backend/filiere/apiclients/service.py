"""Create, list, rotate and revoke partner API clients: operators only (MANAGE_API_CLIENT), every change
audited in the national trail in the same transaction, nothing written on refusal. A secret is returned
once, when it is made, and only its digest is kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from filiere.apiclients.credentials import new_client_id, new_secret, secret_digest
from filiere.apiclients.errors import ApiClientErrorCode
from filiere.apiclients.models import ApiClient
from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError
from filiere.partners import service as partners
from filiere.partners.service import OrganisationView
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

NAME_MAX_LENGTH = 120


@dataclass(frozen=True, kw_only=True)
class ApiClientView:
    id: int
    client_id: str
    name: str
    organisation_id: int
    organisation: str  # slug
    created_at: datetime
    created_by_subject: str
    revoked_at: datetime | None
    last_used_at: datetime | None
    # Until when the secret replaced by the last rotation still works (None: no grace period running).
    previous_secret_expires_at: datetime | None

    @classmethod
    def of(cls, client: ApiClient, organisation: str) -> ApiClientView:
        return cls(
            id=client.id,
            client_id=client.client_id,
            name=client.name,
            organisation_id=client.organisation_id,
            organisation=organisation,
            created_at=client.created_at,
            created_by_subject=client.created_by_subject,
            revoked_at=client.revoked_at,
            last_used_at=client.last_used_at,
            previous_secret_expires_at=client.previous_secret_expires_at,
        )


@dataclass(frozen=True)
class IssuedSecret:
    """A client and its new secret, to show once."""

    client: ApiClientView
    secret: str


def _operator(principal: Principal | None) -> Principal:
    operator = require_principal(principal)
    if not is_allowed(operator, Action.MANAGE_API_CLIENT, region=None):
        raise ForbiddenError()
    return operator


def _checked_name(value: str | None, organisation: OrganisationView) -> str:
    name = " ".join((value or "").split()) or f"API {organisation.name}"
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidInputError(
            f"Le nom ne doit pas dépasser {NAME_MAX_LENGTH} caractères.", field="name", code=CommonErrorCode.TOO_LONG
        )
    return name


async def _organisation(national: TenantSession, *, slug: str | None, organisation_id: int | None) -> OrganisationView:
    found: OrganisationView | None = None
    if slug is not None:
        found = (await partners.organisations_by_slug(national, [slug])).get(slug)
    elif organisation_id is not None:
        found = (await partners.organisations_by_id(national, [organisation_id])).get(organisation_id)
    if found is None:
        raise InvalidInputError(
            f"Aucune organisation partenaire n'a l'identifiant « {slug or organisation_id} ».",
            field="organisationId",
            code=ApiClientErrorCode.UNKNOWN_ORGANISATION,
        )
    return found


async def _client(national: TenantSession, client_id: str) -> tuple[ApiClient, OrganisationView]:
    client = await national.scalar(select(ApiClient).where(ApiClient.client_id == client_id))
    if client is None:
        raise InvalidInputError(
            f"Aucun client d'API n'a l'identifiant « {client_id} ».",
            field="clientId",
            code=ApiClientErrorCode.UNKNOWN_CLIENT,
        )
    if client.revoked_at is not None:
        raise InvalidInputError(
            f"Le client d'API « {client_id} » est révoqué : créez-en un autre.",
            field="clientId",
            code=ApiClientErrorCode.CLIENT_REVOKED,
        )
    organisation = (await partners.organisations_by_id(national, [client.organisation_id]))[client.organisation_id]
    return client, organisation


async def create_api_client(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    organisation_slug: str | None = None,
    organisation_id: int | None = None,
    name: str | None = None,
    request_id: str,
) -> IssuedSecret:
    """A new client for the organisation (named by slug or id), named « API <organisation> » by default."""
    operator = _operator(principal)
    national = uow.national()
    organisation = await _organisation(national, slug=organisation_slug, organisation_id=organisation_id)
    secret = new_secret()
    client = ApiClient(
        organisation_id=organisation.id,
        client_id=new_client_id(),
        name=_checked_name(name, organisation),
        secret_digest=secret_digest(secret),
        created_at=datetime.now(UTC),
        created_by_subject=operator.subject,
    )
    national.add(client)
    await national.flush()
    record_change(
        national,
        operator,
        request_id=request_id,
        action="api_client.created",
        entity_type="ApiClient",
        entity_id=client.id,
        before=None,
        after={"clientId": client.client_id, "name": client.name, "organisation": organisation.slug},
    )
    return IssuedSecret(ApiClientView.of(client, organisation.slug), secret)


async def rotate_api_client_secret(
    uow: UnitOfWork, principal: Principal | None, *, client_id: str, grace: timedelta, request_id: str
) -> IssuedSecret:
    """A new secret; the current one keeps working for `grace` (a rotation during a grace period ends the
    older secret at once: at most two secrets ever work)."""
    operator = _operator(principal)
    national = uow.national()
    client, organisation = await _client(national, client_id)
    now = datetime.now(UTC)
    secret = new_secret()
    client.previous_secret_digest = client.secret_digest
    client.previous_secret_expires_at = now + grace
    client.secret_digest = secret_digest(secret)
    await national.flush()
    record_change(
        national,
        operator,
        request_id=request_id,
        action="api_client.secret_rotated",
        entity_type="ApiClient",
        entity_id=client.id,
        before=None,
        after={"clientId": client.client_id, "previousSecretExpiresAt": client.previous_secret_expires_at.isoformat()},
    )
    return IssuedSecret(ApiClientView.of(client, organisation.slug), secret)


async def revoke_api_client(
    uow: UnitOfWork, principal: Principal | None, *, client_id: str, request_id: str
) -> ApiClientView:
    """Revoked for good: no new token, and the tokens it holds are refused on their next request."""
    operator = _operator(principal)
    national = uow.national()
    client, organisation = await _client(national, client_id)
    client.revoked_at = datetime.now(UTC)
    client.previous_secret_digest = client.previous_secret_expires_at = None
    await national.flush()
    record_change(
        national,
        operator,
        request_id=request_id,
        action="api_client.revoked",
        entity_type="ApiClient",
        entity_id=client.id,
        before=None,
        after={"clientId": client.client_id, "revokedAt": client.revoked_at.isoformat()},
    )
    return ApiClientView.of(client, organisation.slug)


async def list_api_clients(
    uow: UnitOfWork, principal: Principal | None, *, organisation_slug: str | None = None
) -> list[ApiClientView]:
    """Every client (of one organisation if named), by organisation then creation: two reads. An
    organisation has a handful of clients, so the list is not paginated."""
    _operator(principal)
    national = uow.national()
    query = select(ApiClient).order_by(ApiClient.organisation_id, ApiClient.created_at, ApiClient.id)
    if organisation_slug is not None:
        organisation = await _organisation(national, slug=organisation_slug, organisation_id=None)
        query = query.where(ApiClient.organisation_id == organisation.id)
    clients = list(await national.scalars(query))
    slugs = await partners.organisations_by_id(national, sorted({client.organisation_id for client in clients}))
    return [ApiClientView.of(client, slugs[client.organisation_id].slug) for client in clients]


async def api_clients_by_organisation(
    uow: UnitOfWork, principal: Principal | None, organisation_ids: Sequence[int]
) -> dict[int, list[ApiClientView]]:
    """The clients of each organisation (id → clients, by creation; an organisation without any is left
    out), for a page of organisations: two reads whatever its size."""
    _operator(principal)
    national = uow.national()
    clients = list(
        await national.scalars(
            select(ApiClient)
            .where(ApiClient.organisation_id.in_(organisation_ids))
            .order_by(ApiClient.created_at, ApiClient.id)
        )
    )
    organisations = await partners.organisations_by_id(national, sorted({client.organisation_id for client in clients}))
    found: dict[int, list[ApiClientView]] = {}
    for client in clients:
        found.setdefault(client.organisation_id, []).append(
            ApiClientView.of(client, organisations[client.organisation_id].slug)
        )
    return found
