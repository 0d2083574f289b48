"""A region's profile of a supplier: what its advisers learnt (capabilities, certifications, contact)."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.sourcing import profiles
from filiere.sourcing.schema.errors import SOURCING_ERRORS
from filiere.sourcing.schema.supplier_types import CertificationType, SupplierProfileType


@strawberry.type
class SupplierProfileSuccess:
    profile: SupplierProfileType


SupplierProfilePayload = SOURCING_ERRORS.payload("SupplierProfilePayload", SupplierProfileSuccess)


@strawberry.input(description="La fiche d'un fournisseur pour votre région ; chaque champ remplace l'ancien.")
class EnrichSupplierInput:
    siret: str
    expected_version: int | None = strawberry.field(default=None, description="Version lue ; null pour créer la fiche.")
    tags: list[str] = strawberry.field(default_factory=list, description="Savoir-faire, en mots libres.")
    capability_naf_codes: list[str] = strawberry.field(default_factory=list)
    certifications: list[CertificationType] = strawberry.field(default_factory=list)
    capacity_notes: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    last_contact_on: date | None = None


@strawberry.type
class SupplierProfileMutation:
    @mutation(
        requires=Action.ENRICH_SUPPLIERS,
        description="Crée ou met à jour la fiche de votre région sur un fournisseur de l'annuaire ; tracé.",
    )
    async def enrich_supplier(self, info: Info, input: EnrichSupplierInput) -> SupplierProfilePayload:  # noqa: A002
        view = await profiles.enrich_supplier(
            info.context.uow,
            info.context.principal,
            siret=input.siret,
            expected_version=input.expected_version,
            entry=profiles.ProfileEntry(
                tags=input.tags,
                capability_naf_codes=input.capability_naf_codes,
                certifications=input.certifications,
                capacity_notes=input.capacity_notes,
                contact_name=input.contact_name,
                contact_email=input.contact_email,
                contact_phone=input.contact_phone,
                last_contact_on=input.last_contact_on,
            ),
            request_id=info.context.request_id,
            today=info.context.today,
        )
        return SupplierProfileSuccess(profile=SupplierProfileType(view=view))
