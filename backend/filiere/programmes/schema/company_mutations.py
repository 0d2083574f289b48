"""Completing or correcting a company's record."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.programmes.company import UNCHANGED, CompanyChanges, update_company
from filiere.programmes.company_details import ContactEntry
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.schema.types import CONTACT_NOTICE, CompanyType, HeadcountBandType, RevenueBandType


@strawberry.input(description=f"Le contact de l'entreprise, remplacé en entier (vide : inconnu). {CONTACT_NOTICE}")
class CompanyContactInput:
    name: str = strawberry.field(description="Obligatoire dès qu'un autre champ est rempli.")
    function: str = ""
    email: str = ""
    phone: str = strawberry.field(default="", description="Par exemple 02 35 00 00 00 ou +33 2 35 00 00 00.")


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
    street: str | None = strawberry.field(default=None, description="Numéro et voie ; vide pour l'effacer.")
    postal_code: str | None = strawberry.field(default=None, description="5 chiffres ; vide pour l'effacer.")
    website: str | None = strawberry.field(
        default=None, description="Adresse du site (https:// ajouté s'il manque) ; vide pour l'effacer."
    )
    headcount_band: HeadcountBandType | None = strawberry.field(
        default=strawberry.UNSET, description="Absent : inchangée ; null : inconnue."
    )
    revenue_band: RevenueBandType | None = strawberry.field(
        default=strawberry.UNSET, description="Absent : inchangée ; null : inconnue."
    )
    contact: CompanyContactInput | None = strawberry.field(default=None, description="Absent : inchangé.")


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
                name=input.name,
                siret=input.siret,
                naf_code=input.naf_code,
                commune_code=input.commune_code,
                street=input.street,
                postal_code=input.postal_code,
                website=input.website,
                headcount_band=UNCHANGED if input.headcount_band is strawberry.UNSET else input.headcount_band,
                revenue_band=UNCHANGED if input.revenue_band is strawberry.UNSET else input.revenue_band,
                contact=None
                if input.contact is None
                else ContactEntry(
                    name=input.contact.name,
                    function=input.contact.function,
                    email=input.contact.email,
                    phone=input.contact.phone,
                ),
            ),
            request_id=info.context.request_id,
        )
        return UpdateCompanySuccess(company=CompanyType(card=card))
