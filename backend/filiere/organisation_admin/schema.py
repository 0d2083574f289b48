"""Administering partner organisations in GraphQL: create and edit (operators)."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.organisation_admin import service as organisation_admin
from filiere.partners.errors import OrganisationErrorCode
from filiere.partners.models import OrganisationKind
from filiere.partners.schema import OrganisationKindType, OrganisationType
from filiere.partners.service import OrganisationData

ORGANISATION_ERRORS = error_types("Organisation", OrganisationErrorCode)


@strawberry.type
class OrganisationSuccess:
    organisation: OrganisationType


OrganisationPayload = ORGANISATION_ERRORS.payload("OrganisationPayload", OrganisationSuccess)


@strawberry.input
class CreateOrganisationInput:
    name: str
    kind: OrganisationKindType  # type: ignore[valid-type]
    slug: str | None = strawberry.field(
        default=None, description="Identifiant stable (minuscules, chiffres, tirets) ; tiré du nom s'il est omis."
    )
    website: str | None = None


@strawberry.input
class UpdateOrganisationInput:
    organisation_id: strawberry.ID
    name: str
    kind: OrganisationKindType  # type: ignore[valid-type]
    website: str | None = None


@strawberry.type
class OrganisationMutation:
    @mutation(requires=Action.MANAGE_ORGANISATION, description="Ajoute une organisation partenaire.")
    async def create_organisation(self, info: Info, input: CreateOrganisationInput) -> OrganisationPayload:  # noqa: A002
        view = await organisation_admin.create_organisation(
            info.context.uow,
            info.context.principal,
            data=OrganisationData(
                name=input.name, kind=OrganisationKind(input.kind), website=input.website, slug=input.slug
            ),
            request_id=info.context.request_id,
        )
        return OrganisationSuccess(organisation=OrganisationType(view=view))

    @mutation(
        requires=Action.MANAGE_ORGANISATION,
        description="Modifie le nom, le type ou le site d'une organisation (son identifiant ne change pas).",
    )
    async def update_organisation(self, info: Info, input: UpdateOrganisationInput) -> OrganisationPayload:  # noqa: A002
        view = await organisation_admin.update_organisation(
            info.context.uow,
            info.context.principal,
            organisation_id=decode_id(input.organisation_id, expected_type="Organisation").int_key,
            data=OrganisationData(name=input.name, kind=OrganisationKind(input.kind), website=input.website),
            request_id=info.context.request_id,
        )
        return OrganisationSuccess(organisation=OrganisationType(view=view))
