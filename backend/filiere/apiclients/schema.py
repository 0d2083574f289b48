"""Partner API clients in GraphQL: `Organisation.apiClients` and the operators' mutations. A secret is in
the payload of the mutation that makes it and nowhere else: no field reads it back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import strawberry

from filiere.apiclients import service
from filiere.apiclients.errors import ApiClientErrorCode
from filiere.apiclients.loaders import ApiClientsByOrganisationLoader
from filiere.apiclients.service import ApiClientView
from filiere.auth.policy import Action, is_allowed
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.settings import NATIONAL_SLUG

API_CLIENT_ERRORS = error_types("ApiClient", ApiClientErrorCode)


@strawberry.type(
    name="ApiClient", description="Client d'API d'une organisation partenaire (OAuth 2.0 client credentials)."
)
class ApiClientType:
    view: strawberry.Private[ApiClientView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("ApiClient", NATIONAL_SLUG, self.view.id))

    @strawberry.field(description="Identifiant à présenter au point d'émission des jetons (/auth/token).")
    def client_id(self) -> str:
        return self.view.client_id

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field(description="Dernière utilisation, à la minute près ; null s'il n'a jamais servi.")
    def last_used_at(self) -> datetime | None:
        return self.view.last_used_at

    @strawberry.field(description="Révocation (définitive) ; null s'il est actif.")
    def revoked_at(self) -> datetime | None:
        return self.view.revoked_at

    @strawberry.field(
        description="Jusqu'à quand l'ancien secret fonctionne encore après un renouvellement ; null sinon."
    )
    def rotating_until(self) -> datetime | None:
        until = self.view.previous_secret_expires_at
        return until if until is not None and until > datetime.now(UTC) else None


async def organisation_api_clients(info: Info, organisation_id: int) -> list[ApiClientType] | None:
    """`Organisation.apiClients`: operators only, null for anyone else (lent to the partners schema at
    assembly, `graphql/schema.py`: this package builds on partners, not the other way round)."""
    if not is_allowed(info.context.principal, Action.MANAGE_API_CLIENT, region=None):
        return None
    views = await info.context.loaders.get(ApiClientsByOrganisationLoader).load(organisation_id)
    return [ApiClientType(view=view) for view in views]


@strawberry.type
class CreateApiClientSuccess:
    client: ApiClientType
    secret: str = strawberry.field(description="Le secret du client, montré cette fois seulement.")


@strawberry.type
class RotateApiClientSecretSuccess:
    client: ApiClientType
    secret: str = strawberry.field(description="Le nouveau secret, montré cette fois seulement.")
    previous_secret_valid_until: datetime = strawberry.field(
        description="L'ancien secret fonctionne jusque-là, le temps de le remplacer."
    )


@strawberry.type
class RevokeApiClientSuccess:
    client: ApiClientType


CreateApiClientPayload = API_CLIENT_ERRORS.payload("CreateApiClientPayload", CreateApiClientSuccess)
RotateApiClientSecretPayload = API_CLIENT_ERRORS.payload("RotateApiClientSecretPayload", RotateApiClientSecretSuccess)
RevokeApiClientPayload = API_CLIENT_ERRORS.payload("RevokeApiClientPayload", RevokeApiClientSuccess)


@strawberry.input
class CreateApiClientInput:
    organisation_id: strawberry.ID
    name: str | None = strawberry.field(default=None, description="« API <organisation> » s'il est omis.")


@strawberry.input
class ApiClientInput:
    client_id: str = strawberry.field(description="L'identifiant du client (`clientId`).")


@strawberry.type
class ApiClientMutation:
    @mutation(
        requires=Action.MANAGE_API_CLIENT,
        description="Crée un client d'API pour une organisation ; son secret n'est montré que dans la réponse.",
    )
    async def create_api_client(self, info: Info, input: CreateApiClientInput) -> CreateApiClientPayload:  # noqa: A002
        issued = await service.create_api_client(
            info.context.uow,
            info.context.principal,
            organisation_id=decode_id(input.organisation_id, expected_type="Organisation").int_key,
            name=input.name,
            request_id=info.context.request_id,
        )
        return CreateApiClientSuccess(client=ApiClientType(view=issued.client), secret=issued.secret)

    @mutation(
        requires=Action.MANAGE_API_CLIENT,
        description="Donne un nouveau secret à un client ; l'ancien fonctionne encore pendant le délai de grâce.",
    )
    async def rotate_api_client_secret(self, info: Info, input: ApiClientInput) -> RotateApiClientSecretPayload:  # noqa: A002
        issued = await service.rotate_api_client_secret(
            info.context.uow,
            info.context.principal,
            client_id=input.client_id,
            grace=timedelta(hours=info.context.settings.api_client_rotation_grace_hours),
            request_id=info.context.request_id,
        )
        valid_until = issued.client.previous_secret_expires_at
        assert valid_until is not None, "a rotation starts a grace period"
        return RotateApiClientSecretSuccess(
            client=ApiClientType(view=issued.client), secret=issued.secret, previous_secret_valid_until=valid_until
        )

    @mutation(
        requires=Action.MANAGE_API_CLIENT,
        description="Révoque un client pour de bon : plus de jeton, et ceux qu'il a sont refusés.",
    )
    async def revoke_api_client(self, info: Info, input: ApiClientInput) -> RevokeApiClientPayload:  # noqa: A002
        view = await service.revoke_api_client(
            info.context.uow, info.context.principal, client_id=input.client_id, request_id=info.context.request_id
        )
        return RevokeApiClientSuccess(client=ApiClientType(view=view))
