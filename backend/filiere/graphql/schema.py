"""The GraphQL schema, assembled from the domain modules.

`schema` (no extensions) is what `strawberry export-schema` writes to frontend/schema.graphql;
`build_schema(settings)` is what the app serves, with limits and error policy.
"""

from __future__ import annotations

from collections.abc import Callable

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.types import ExecutionContext

from filiere.accounts.schema import AccountsQuery
from filiere.audit.schema import AuditQuery
from filiere.calendar.schema import CalendarMutation, CalendarQuery
from filiere.documents.schema import DocumentsMutation
from filiere.events.schema import EventsQuery
from filiere.graphql.extensions import ConfidentialReadAudit, ErrorPolicy, OperationMetrics
from filiere.graphql.node import resolve_node
from filiere.graphql.types import Info, Node
from filiere.methodology.schema import MethodologyMutation, MethodologyQuery
from filiere.notifications.schema import InboxMutation, InboxQuery
from filiere.partners.schema import PartnersQuery
from filiere.programmes.planning_schema import PlanningMutation, PlanningQuery
from filiere.programmes.schema import ProgrammesMutation, ProgrammesQuery, SelectionQuery
from filiere.settings import Settings
from filiere.sourcing.requests_schema import SourcingRequestsMutation, SourcingRequestsQuery
from filiere.sourcing.schema import SourcingMutation, SourcingQuery
from filiere.studies.schema import StudiesMutation
from filiere.tenancy.schema import TenancyQuery


@strawberry.type
class NodeQuery:
    @strawberry.field(description="N'importe quel objet par son identifiant global ; null s'il est inaccessible.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:  # noqa: A002 - Relay's name
        return await resolve_node(info, id)


@strawberry.type
class Query(
    AccountsQuery,
    TenancyQuery,
    ProgrammesQuery,
    EventsQuery,
    PartnersQuery,
    MethodologyQuery,
    PlanningQuery,
    CalendarQuery,
    AuditQuery,
    InboxQuery,
    SelectionQuery,
    SourcingQuery,
    SourcingRequestsQuery,
    NodeQuery,
):
    pass


@strawberry.type
class Mutation(
    ProgrammesMutation,
    MethodologyMutation,
    PlanningMutation,
    CalendarMutation,
    DocumentsMutation,
    InboxMutation,
    StudiesMutation,
    SourcingMutation,
    SourcingRequestsMutation,
):
    pass


class FiliereSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Strawberry would log every error with its arguments; ErrorPolicy logs what is worth it."""


schema = FiliereSchema(query=Query, mutation=Mutation)


def build_schema(settings: Settings) -> FiliereSchema:
    # Factories, not instances: an extension keeps per-request state, so each request needs its own.
    extensions: list[Callable[[], SchemaExtension] | type[SchemaExtension]] = [
        lambda: ErrorPolicy(debug=settings.debug),
        lambda: QueryDepthLimiter(max_depth=settings.graphql_max_depth),
        lambda: MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        lambda: MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases),
        OperationMetrics,
        ConfidentialReadAudit,
    ]
    if settings.is_production:
        extensions.append(DisableIntrospection)
    return FiliereSchema(query=Query, mutation=Mutation, extensions=extensions)
