"""Completing or correcting a company's record."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.programmes.company import CompanyChanges, update_company
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.schema.types import CompanyType


@strawberry.input(description="Compléter ou corriger la fiche d'une entreprise de sa région ; le SIREN ne change pas.")
class UpdateCompanyInput:
    company_id: strawberry.ID
    expected_version: int = strawberry.field(description="Version lue ; refusé si la fiche a changé depuis.")
    name: str | None = None
    siret: str | None = strawberry.field(default=None, description="14 chiffres ; vide pour l'effacer.")
    naf_code: str | None = strawberry.field(default=None, description="Code NAF rév. 2 ; vide pour l'effacer.")
    commune_code: str | None = strawberry.field(
        default=None, description="Code INSEE d'une commune de la région (pas le code postal)."
    )


@strawberry.type
class UpdateCompanySuccess:
    company: CompanyType


UpdateCompanyPayload = PROJECT_ERRORS.payload("UpdateCompanyPayload", UpdateCompanySuccess)


@strawberry.type
class CompanyMutation:
    @mutation(
        requires=Action.EDIT_PROJECT, description="Complète ou corrige la fiche d'une entreprise ; tracé dans l'audit."
    )
    async def update_company(self, info: Info, input: UpdateCompanyInput) -> UpdateCompanyPayload:  # noqa: A002
        target = decode_id(input.company_id, expected_type="Company")
        card = await update_company(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            company_id=target.int_key,
            expected_version=input.expected_version,
            changes=CompanyChanges(
                name=input.name, siret=input.siret, naf_code=input.naf_code, commune_code=input.commune_code
            ),
            request_id=info.context.request_id,
        )
        return UpdateCompanySuccess(company=CompanyType(card=card))
