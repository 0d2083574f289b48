"""« Mes sessions » in GraphQL: `mySessions`, `endSession`, `endAllSessions`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.auth.issuer import sessions
from filiere.auth.issuer.sessions import SessionView
from filiere.auth.policy import Action
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.settings import NATIONAL_SLUG


@strawberry.type(name="SignInSession", description="Une session ouverte par l'utilisateur connecté sur un appareil.")
class SignInSessionType:
    view: strawberry.Private[SessionView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SignInSession", NATIONAL_SLUG, self.view.id))

    @strawberry.field(description="Connexion (saisie du mot de passe).")
    def started_at(self) -> datetime:
        return self.view.started_at

    @strawberry.field(description="Dernière activité connue : le dernier renouvellement de ses jetons.")
    def last_active_at(self) -> datetime:
        return self.view.last_active_at

    @strawberry.field(description="Navigateur et système (« Firefox 133 · Windows »), s'ils sont reconnus.")
    def device(self) -> str | None:
        return self.view.device

    @strawberry.field(description="Adresse IP de la connexion (vide si inconnue).")
    def address(self) -> str:
        return "" if self.view.address == "unknown" else self.view.address

    @strawberry.field(description="Vrai pour la session de la requête en cours.")
    def current(self) -> bool:
        return self.view.current

    @strawberry.field(description="Fin de validité, sans nouvelle connexion.")
    def expires_at(self) -> datetime:
        return self.view.expires_at


@strawberry.type(description="Les sessions de l'utilisateur connecté.")
class MySessions:
    @strawberry.field(
        description="Vrai quand la connexion passe par un fournisseur d'identité externe (Keycloak, "
        "ProConnect) : les sessions s'y gèrent, la liste est vide."
    )
    def managed_by_external_issuer(self, info: Info) -> bool:
        return not info.context.settings.uses_embedded_issuer

    @strawberry.field(description="Ses sessions ouvertes, la plus récente d'abord.")
    async def sessions(self, info: Info, first: int = 20, after: str | None = None) -> Connection[SignInSessionType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await sessions.list_own_sessions(info.context.uow, info.context.principal, page)
        return connection_from_page(info, result, lambda view: SignInSessionType(view=view))


@strawberry.type
class SessionsQuery:
    @query(requires=Action.MANAGE_OWN_SESSIONS, description="Où l'utilisateur connecté est connecté.")
    def my_sessions(self) -> MySessions:
        return MySessions()


SESSION_ERRORS = error_types("Session")


@strawberry.type
class EndSessionSuccess:
    session_id: strawberry.ID = strawberry.field(description="La session terminée.")


@strawberry.type
class EndAllSessionsSuccess:
    ended_count: int = strawberry.field(description="Nombre de sessions terminées.")


EndSessionPayload = SESSION_ERRORS.payload("EndSessionPayload", EndSessionSuccess)
EndAllSessionsPayload = SESSION_ERRORS.payload("EndAllSessionsPayload", EndAllSessionsSuccess)


@strawberry.input
class EndSessionInput:
    session_id: strawberry.ID


@strawberry.type
class SessionsMutation:
    @mutation(
        requires=Action.MANAGE_OWN_SESSIONS,
        description="Déconnecte l'utilisateur d'une de ses sessions : l'appareil devra se reconnecter.",
    )
    async def end_session(self, info: Info, input: EndSessionInput) -> EndSessionPayload:  # noqa: A002
        session_id = decode_id(input.session_id, expected_type="SignInSession").int_key
        await sessions.end_own_session(
            info.context.uow, info.context.principal, session_id=session_id, request_id=info.context.request_id
        )
        return EndSessionSuccess(session_id=input.session_id)

    @mutation(
        requires=Action.MANAGE_OWN_SESSIONS,
        description="Déconnecte l'utilisateur partout, cet appareil compris.",
    )
    async def end_all_sessions(self, info: Info) -> EndAllSessionsPayload:
        count = await sessions.end_all_own_sessions(
            info.context.uow, info.context.principal, request_id=info.context.request_id
        )
        return EndAllSessionsSuccess(ended_count=count)
