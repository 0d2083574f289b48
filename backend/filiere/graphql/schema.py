"""The GraphQL schema, assembled from the domain modules.

`schema` (no extensions) is what `strawberry export-schema` writes to frontend/schema.graphql;
`build_schema(settings)` is what the app serves, with limits and error policy.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar

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

from filiere.accounts.service import user_counts_by_organisation, users_by_id
from filiere.administration.schema import AccountMutation, UsersQuery
from filiere.apiclients.schema import ApiClientMutation, organisation_api_clients
from filiere.audit.labels import name_entities
from filiere.audit.schema import AuditQuery
from filiere.auth.issuer.schema import SessionsMutation, SessionsQuery
from filiere.auth.policy import Action
from filiere.documents.schema.consent import ConsentDocumentMutation, consent_document
from filiere.documents.schema.mutations import DocumentsMutation
from filiere.events.schema.hackathon import HackathonMutation
from filiere.events.schema.jury_mutations import EventJuryMutation
from filiere.events.schema.jury_queries import EventJuryQuery
from filiere.events.schema.meetings import MeetingsMutation, MeetingsQuery
from filiere.events.schema.programme_mutations import EventProgrammeMutation
from filiere.events.schema.public import PublicEventQuery
from filiere.events.schema.queries import EventsQuery
from filiere.events.schema.registration_desk import RegistrationDeskMutation
from filiere.events.schema.registrations import RegistrationMutation, RegistrationQuery
from filiere.financing.plans import earlier_aid_names, line_names, source_names
from filiere.financing.schema.indicators import FinancingIndicatorsQuery
from filiere.financing.schema.plan_mutations import FinancingPlanMutation
from filiere.financing.schema.schemes import FinancingSchemeMutation, FinancingSchemeQuery
from filiere.financing.schemes import scheme_names
from filiere.graphql.extensions import ConfidentialReadAudit, ErrorPolicy, OperationMetrics, QueryCost
from filiere.graphql.hubs import RegionType, ViewerType
from filiere.graphql.node import resolve_node
from filiere.graphql.permissions import PUBLIC, query
from filiere.graphql.relay import Connection, connection_of
from filiere.graphql.types import Info, Node
from filiere.methodology.schema.mutations import MethodologyMutation
from filiere.methodology.schema.types import MethodologyQuery
from filiere.methodology.service import method_versions_by_id
from filiere.notifications.schema import InboxMutation, InboxQuery
from filiere.organisation_admin.schema import OrganisationMutation
from filiere.partners.schema import PartnersQuery, resolve_api_clients_with
from filiere.partners.service import count_members_with, organisations_by_id
from filiere.planning.cohorts import cohorts_by_id
from filiere.planning.editions import editions_by_id
from filiere.planning.schema.accelerator import AcceleratorQuery
from filiere.planning.schema.cohort_mutations import CohortMutation
from filiere.planning.schema.edition_mutations import EditionMutation
from filiere.planning.schema.feeds import CalendarFeedMutation, CalendarFeedQuery
from filiere.planning.schema.milestone_mutations import MilestoneMutation
from filiere.planning.schema.queries import PlanningQuery
from filiere.programmes.schema.assignment import AssignmentMutation
from filiere.programmes.schema.candidacy import CandidacyMutation
from filiere.programmes.schema.comments import CommentMutation
from filiere.programmes.schema.communes import CommuneQuery
from filiere.programmes.schema.company_mutations import CompanyMutation
from filiere.programmes.schema.members import MemberMutation
from filiere.programmes.schema.project_mutations import ProjectMutation
from filiere.programmes.schema.queries import ProjectsQuery
from filiere.programmes.schema.questions import QuestionMutation
from filiere.programmes.schema.selection import SelectionMutation, SelectionQuery
from filiere.programmes.schema.sharing import SharingMutation, SharingQuery, resolve_consent_documents_with
from filiere.programmes.service import companies_by_id, projects_by_id
from filiere.settings import Settings
from filiere.sourcing.schema.chain_mutations import SupplyChainMutation
from filiere.sourcing.schema.profile_mutations import SupplierProfileMutation
from filiere.sourcing.schema.queries import SourcingQuery
from filiere.sourcing.schema.request_mutations import SourcingRequestsMutation
from filiere.sourcing.schema.request_types import SourcingRequestsQuery
from filiere.sourcing.schema.sirene_proposal import SireneProposalQuery
from filiere.studies.schema.mutations import StudiesMutation

View = TypeVar("View")


async def _names(views: Awaitable[Mapping[int, View]], name: Callable[[View], str]) -> dict[int, str]:
    return {key: name(view) for key, view in (await views).items()}


# How the audit trail names what it records (« Projet MIJUIN »): each domain's batch read, registered here
# because the audit domain imports none of them. Projects keep their readers' rules.
name_entities(
    "Project",
    lambda uow, principal, tenant, ids: _names(projects_by_id(uow, principal, tenant, ids), lambda v: v.card.name),
)
name_entities("Company", lambda uow, _, tenant, ids: _names(companies_by_id(uow.region(tenant), ids), lambda v: v.name))
name_entities("Cohort", lambda uow, _, tenant, ids: _names(cohorts_by_id(uow.region(tenant), ids), lambda v: v.name))
name_entities("Edition", lambda uow, _, __, ids: _names(editions_by_id(uow.national(), ids), lambda v: v.name))
name_entities(
    "MethodVersion",
    lambda uow, _, __, ids: _names(method_versions_by_id(uow.national(), ids), lambda v: f"version {v.number}"),
)
name_entities("User", lambda uow, _, __, ids: _names(users_by_id(uow.national(), ids), lambda v: v.display_name))
name_entities(
    "Organisation", lambda uow, _, __, ids: _names(organisations_by_id(uow.national(), ids), lambda v: v.name)
)
name_entities("InvestmentLine", lambda uow, _, tenant, ids: line_names(uow.region(tenant), ids))
name_entities("FinancingSource", lambda uow, _, tenant, ids: source_names(uow.region(tenant), ids))
name_entities("EarlierDeMinimisAid", lambda uow, _, tenant, ids: earlier_aid_names(uow.region(tenant), ids))
name_entities("FinancingScheme", lambda uow, principal, _, ids: scheme_names(uow, principal, ids))
# The accounts of each organisation (`Organisation.userCount`): the accounts domain counts them.
count_members_with(user_counts_by_organisation)
# Its API clients (`Organisation.apiClients`): the apiclients package builds on partners.
resolve_api_clients_with(organisation_api_clients)
resolve_consent_documents_with(consent_document)


@strawberry.type
class CoreQuery:
    # The caller's own token, read back: null for an anonymous call (the SPA then signs in).
    @query(requires=PUBLIC, description="L'utilisateur connecté ; null pour un appel anonyme.")
    def viewer(self, info: Info) -> ViewerType | None:
        principal = info.context.principal
        return ViewerType(principal=principal) if principal else None

    @query(requires=Action.VIEW_REGION, description="Les régions configurées, dans l'ordre de la configuration.")
    def regions(self, info: Info) -> Connection[RegionType]:
        return connection_of([RegionType(tenant=tenant) for tenant in info.context.registry.regions])

    # Each type's loader declares its own action (`@node_resolver(…, requires=…)`) and checks the object.
    @query(requires=PUBLIC, description="N'importe quel objet par son identifiant global ; null s'il est inaccessible.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:  # noqa: A002 - Relay's name
        return await resolve_node(info, id)


@strawberry.type
class Query(
    CoreQuery,
    ProjectsQuery,
    SelectionQuery,
    SharingQuery,
    EventsQuery,
    PublicEventQuery,
    RegistrationQuery,
    EventJuryQuery,
    MeetingsQuery,
    PartnersQuery,
    MethodologyQuery,
    PlanningQuery,
    CalendarFeedQuery,
    AuditQuery,
    InboxQuery,
    SourcingQuery,
    SourcingRequestsQuery,
    CommuneQuery,
    AcceleratorQuery,
    SireneProposalQuery,
    UsersQuery,
    SessionsQuery,
    FinancingIndicatorsQuery,
    FinancingSchemeQuery,
):
    pass


@strawberry.type
class Mutation(
    ProjectMutation,
    AssignmentMutation,
    MemberMutation,
    SharingMutation,
    CompanyMutation,
    CandidacyMutation,
    CommentMutation,
    QuestionMutation,
    SelectionMutation,
    MethodologyMutation,
    EditionMutation,
    CohortMutation,
    MilestoneMutation,
    CalendarFeedMutation,
    DocumentsMutation,
    ConsentDocumentMutation,
    StudiesMutation,
    InboxMutation,
    SupplyChainMutation,
    SupplierProfileMutation,
    SourcingRequestsMutation,
    FinancingPlanMutation,
    HackathonMutation,
    MeetingsMutation,
    FinancingSchemeMutation,
    AccountMutation,
    OrganisationMutation,
    ApiClientMutation,
    SessionsMutation,
    EventProgrammeMutation,
    RegistrationMutation,
    RegistrationDeskMutation,
    EventJuryMutation,
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
        lambda: QueryCost(budget=settings.graphql_max_cost),
        OperationMetrics,
        ConfidentialReadAudit,
    ]
    if settings.is_production:
        extensions.append(DisableIntrospection)
    return FiliereSchema(query=Query, mutation=Mutation, extensions=extensions)
