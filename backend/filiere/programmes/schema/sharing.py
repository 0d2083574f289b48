"""Sharing a project with a partner organisation: `Project.grants` (« Partagé avec »), `Project.viewerGrant`
(a partner's own), `grantSettings`, `shareProject`, `updateGrant`, `revokeGrant`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from filiere import clock
from filiere.accounts.loaders import OrganisationByIdLoader
from filiere.accounts.schema import UserType, user_by_id
from filiere.auth.grants import GrantScope
from filiere.auth.policy import Action
from filiere.graphql.hub_refs import ProjectRef, load_project, project_node
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.graphql.viewer import GrantScopeType
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest, SortPosition, TenantSlice, merge_slices
from filiere.partners.errors import GrantErrorCode
from filiere.partners.grants import Consent, GrantStatus, GrantTerms, GrantView
from filiere.partners.schema import OrganisationType
from filiere.programmes import sharing
from filiere.programmes.loaders import GrantsByProjectLoader, ViewerGrantByProjectLoader
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.sharing_mail import send_project_shared
from filiere.programmes.views import ProjectView
from filiere.settings import NATIONAL_SLUG
from filiere.text import newest_first_time_key

if TYPE_CHECKING:
    from filiere.documents.schema.types import DocumentType

GRANT_ERRORS = error_types("Grant", GrantErrorCode)

# The signed consent is a project document, and the documents package builds on this one: the assembly lends
# its resolver (`graphql/schema.py`), and Strawberry finds its type by name when the schema is built.
ConsentDocumentOf = Callable[[Info, str, int, int], Awaitable[Any]]
_CONSENT_DOCUMENT: dict[str, ConsentDocumentOf] = {}


def resolve_consent_documents_with(resolver: ConsentDocumentOf) -> None:
    _CONSENT_DOCUMENT["documents"] = resolver


GrantStatusType = strawberry.enum(GrantStatus, name="GrantStatus", description="Où en est un partage.")


@strawberry.type(name="GrantConsent", description="L'accord de l'entreprise pour partager au-delà de sa fiche.")
class GrantConsentType:
    given_by: str = strawberry.field(description="Qui, dans l'entreprise, a donné son accord.")
    given_on: date = strawberry.field(description="Le jour où il a été donné.")
    grant: strawberry.Private[GrantView]

    @strawberry.field(description="L'accord signé, s'il a été joint au partage.")
    async def document(
        self, info: Info
    ) -> Annotated[DocumentType, strawberry.lazy("filiere.documents.schema.types")] | None:
        consent, grant = self.grant.consent, self.grant
        if consent is None or consent.document_id is None:
            return None
        found: DocumentType | None = await _CONSENT_DOCUMENT["documents"](
            info, grant.region, grant.project_id, consent.document_id
        )
        return found


@strawberry.type(name="Grant", description="Un projet partagé avec une organisation partenaire.")
class GrantType:
    view: strawberry.Private[GrantView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Grant", NATIONAL_SLUG, self.view.id))

    @strawberry.field(description="L'organisation avec qui le projet est partagé.")
    async def organisation(self, info: Info) -> OrganisationType | None:
        view = await info.context.loaders.get(OrganisationByIdLoader).load(self.view.organisation_id)
        return OrganisationType(view=view) if view else None

    @strawberry.field
    def scope(self) -> GrantScopeType:  # type: ignore[valid-type]
        return self.view.scope

    @strawberry.field(description="Dernier jour du partage (inclus).")
    def expires_on(self) -> date | None:
        return self.view.expires_on

    @strawberry.field(description="Pourquoi le projet est partagé, tel que le partenaire le lit.")
    def purpose(self) -> str:
        return self.view.purpose

    @strawberry.field(description="Null pour une fiche résumée partagée sans accord enregistré.")
    def consent(self) -> GrantConsentType | None:
        consent = self.view.consent
        if consent is None or consent.given_on is None:
            return None
        return GrantConsentType(given_by=consent.given_by, given_on=consent.given_on, grant=self.view)

    @strawberry.field(description="Le conseiller qui a partagé le projet.")
    async def granted_by(self, info: Info) -> UserType | None:
        return await user_by_id(info, self.view.granted_by_id)

    @strawberry.field
    def granted_at(self) -> datetime:
        return self.view.granted_at

    @strawberry.field
    def revoked_at(self) -> datetime | None:
        return self.view.revoked_at

    @strawberry.field
    def status(self, info: Info) -> GrantStatusType:  # type: ignore[valid-type]
        return self.view.status(clock.today(info.context.settings))


@strawberry.type(name="ViewerGrant", description="Ce que le projet partage avec l'organisation de l'utilisateur.")
class ViewerGrantType:
    scope: GrantScopeType  # type: ignore[valid-type]
    expires_on: date | None = strawberry.field(description="Dernier jour du partage (inclus).")
    purpose: str = strawberry.field(description="Pourquoi le conseiller a partagé le projet.")


@strawberry.type
class ProjectGrantFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Avec qui le projet est partagé (partages terminés compris), du plus récent au plus ancien ; "
        "null pour qui n'est ni de la région du projet ni de CCI France."
    )
    async def grants(self, info: Info, first: int = 20, after: str | None = None) -> Connection[GrantType] | None:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        if not reveals(info, self.view, "grants"):
            return None
        card = self.view.card
        found = await info.context.loaders.get(GrantsByProjectLoader, card.region).load(card.id)

        def position(grant: GrantView) -> SortPosition:
            return SortPosition(newest_first_time_key(grant.granted_at), NATIONAL_SLUG, grant.id)

        rows = [grant for grant in found if page.after is None or position(grant) > page.after]
        result = merge_slices([TenantSlice(rows=rows, total_count=len(found))], page, position)
        return connection_from_page(info, result, lambda grant: GrantType(view=grant))

    @strawberry.field(
        description="Pour un partenaire : ce que le projet partage avec son organisation, pourquoi et jusqu'à "
        "quand ; null pour les autres (jamais le partage d'une autre organisation)."
    )
    async def viewer_grant(self, info: Info) -> ViewerGrantType | None:
        if self.view.grant is None:
            return None
        card = self.view.card
        grant = await info.context.loaders.get(ViewerGrantByProjectLoader, card.region).load(card.id)
        if grant is None:
            return None
        return ViewerGrantType(scope=grant.scope, expires_on=grant.expires_on, purpose=grant.purpose)


@strawberry.type(name="GrantScopeChoice", description="Une portée de partage, expliquée au conseiller.")
class GrantScopeChoiceType:
    scope: GrantScopeType  # type: ignore[valid-type]
    label: str = strawberry.field(description="Ce qu'elle ouvre au partenaire, en français.")


@strawberry.type(name="GrantSettings", description="Les bornes d'un partage, pour le formulaire.")
class GrantSettingsType:
    default_expires_on: date = strawberry.field(description="Fin proposée par défaut.")
    max_expires_on: date = strawberry.field(description="Fin la plus lointaine acceptée.")
    default_days: int
    max_days: int
    scopes: list[GrantScopeChoiceType]


@strawberry.type
class SharingQuery:
    @query(requires=Action.SHARE_PROJECT, description="Fin proposée et fin maximale d'un partage, et ses portées.")
    def grant_settings(self, info: Info) -> GrantSettingsType:
        limits = sharing.grant_limits(info.context.settings)
        return GrantSettingsType(
            default_expires_on=limits.default_expires_on,
            max_expires_on=limits.max_expires_on,
            default_days=limits.default_days,
            max_days=limits.max_days,
            scopes=[GrantScopeChoiceType(scope=scope, label=label) for scope, label in sharing.SCOPE_LABELS.items()],
        )


@strawberry.input(description="L'accord de l'entreprise : qui l'a donné, et quel jour.")
class GrantConsentInput:
    given_by: str
    given_on: date | None = None


@strawberry.input(
    description="Partager un projet avec une organisation partenaire ; au-delà de la fiche résumée, avec l'accord "
    "de l'entreprise."
)
class ShareProjectInput:
    project_id: strawberry.ID
    organisation_id: strawberry.ID
    scope: GrantScopeType  # type: ignore[valid-type]
    expires_on: date | None = strawberry.field(default=None, description="Dernier jour du partage (obligatoire).")
    purpose: str = strawberry.field(default="", description="Pourquoi le projet est partagé (lu par le partenaire).")
    consent: GrantConsentInput | None = None


@strawberry.input(description="Prolonger, élargir ou restreindre un partage en cours.")
class UpdateGrantInput:
    grant_id: strawberry.ID
    scope: GrantScopeType  # type: ignore[valid-type]
    expires_on: date | None = None


@strawberry.input(description="Mettre fin à un partage, dès la prochaine requête du partenaire.")
class RevokeGrantInput:
    grant_id: strawberry.ID


@strawberry.type
class GrantSuccess:
    grant: GrantType
    project: ProjectRef | None = strawberry.field(
        default=None, description="Le projet, tel que l'utilisateur peut le lire."
    )


ShareProjectPayload = GRANT_ERRORS.payload("ShareProjectPayload", GrantSuccess)
UpdateGrantPayload = GRANT_ERRORS.payload("UpdateGrantPayload", GrantSuccess)
RevokeGrantPayload = GRANT_ERRORS.payload("RevokeGrantPayload", GrantSuccess)


def _consent(value: GrantConsentInput | None) -> Consent | None:
    return Consent(given_by=value.given_by, given_on=value.given_on) if value is not None else None


@strawberry.type
class SharingMutation:
    @mutation(
        requires=Action.SHARE_PROJECT,
        description="Partage un projet de sa région avec une organisation partenaire ; tracé dans l'audit du "
        "projet. Les comptes du partenaire en sont avertis (notification et e-mail).",
    )
    async def share_project(
        self,
        info: Info,
        input: ShareProjectInput,  # noqa: A002
    ) -> ShareProjectPayload:
        target = decode_id(input.project_id, expected_type="Project")
        organisation_id = decode_id(input.organisation_id, expected_type="Organisation").int_key
        shared = await sharing.share_project(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            project_id=target.int_key,
            organisation_id=organisation_id,
            terms=GrantTerms(
                scope=GrantScope(input.scope),
                expires_on=input.expires_on,
                purpose=input.purpose,
                consent=_consent(input.consent),
            ),
            request_id=info.context.request_id,
        )
        settings = info.context.settings
        adviser = info.context.principal.display_name if info.context.principal else ""

        async def send() -> None:
            # Once the grant is stored: a mail server down must not undo it (the inbox tells them too).
            await send_project_shared(settings, shared.recipients, shared, shared_by=adviser)

        info.context.uow.after_commit(send)
        return GrantSuccess(grant=GrantType(view=shared.grant), project=project_node(info, shared.project))

    @mutation(
        requires=Action.SHARE_PROJECT,
        description="Prolonge, élargit ou restreint un partage en cours ; effectif dès la prochaine requête du "
        "partenaire, tracé dans l'audit.",
    )
    async def update_grant(
        self,
        info: Info,
        input: UpdateGrantInput,  # noqa: A002
    ) -> UpdateGrantPayload:
        grant = await sharing.update_grant(
            info.context.uow,
            info.context.principal,
            grant_id=decode_id(input.grant_id, expected_type="Grant").int_key,
            scope=GrantScope(input.scope),
            expires_on=input.expires_on,
            request_id=info.context.request_id,
        )
        return GrantSuccess(
            grant=GrantType(view=grant), project=await load_project(info, grant.region, grant.project_id)
        )

    @mutation(
        requires=Action.SHARE_PROJECT,
        description="Met fin à un partage ; effectif dès la prochaine requête du partenaire, tracé dans l'audit.",
    )
    async def revoke_grant(
        self,
        info: Info,
        input: RevokeGrantInput,  # noqa: A002
    ) -> RevokeGrantPayload:
        grant = await sharing.revoke_grant(
            info.context.uow,
            info.context.principal,
            grant_id=decode_id(input.grant_id, expected_type="Grant").int_key,
            request_id=info.context.request_id,
        )
        return GrantSuccess(
            grant=GrantType(view=grant), project=await load_project(info, grant.region, grant.project_id)
        )
