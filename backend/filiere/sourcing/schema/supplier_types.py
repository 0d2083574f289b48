"""The supplier directory in GraphQL: establishments as a search ranks them, and a region's profiles."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.pagination import PageRequest
from filiere.referentials.lambert import longitude_latitude
from filiere.referentials.naf import naf_activity
from filiere.sourcing import profiles, search
from filiere.sourcing.loaders import ProfileBySiretLoader
from filiere.sourcing.models import Certification
from filiere.sourcing.search import SupplierTier, SupplierView

CertificationType = strawberry.enum(
    Certification, name="SupplierCertification", description="Label ou certification d'un fournisseur."
)


@strawberry.type(name="SupplierProfileChange", description="Une modification de la fiche : qui, quand, quoi.")
class SupplierProfileChangeType:
    change: strawberry.Private[profiles.ProfileChange]

    @strawberry.field
    def occurred_at(self) -> datetime:
        return self.change.occurred_at

    @strawberry.field
    def actor_name(self) -> str:
        return self.change.actor_name

    @strawberry.field(description="Libellés des champs modifiés.")
    def fields(self) -> list[str]:
        return list(self.change.fields)


@strawberry.type(
    name="SupplierProfile",
    description="Ce que les conseillers de votre région savent du fournisseur ; invisible des autres régions.",
)
class SupplierProfileType:
    view: strawberry.Private[profiles.ProfileView]

    @strawberry.field(description="Savoir-faire, en mots libres.")
    def tags(self) -> list[str]:
        return list(self.view.tags)

    @strawberry.field(description="Activités (codes NAF) qu'il sait faire au-delà de son activité déclarée.")
    def capability_naf_codes(self) -> list[str]:
        return list(self.view.capability_naf_codes)

    @strawberry.field
    def certifications(self) -> list[CertificationType]:
        return list(self.view.certifications)

    @strawberry.field(description="Capacités de production, délais, volumes.")
    def capacity_notes(self) -> str:
        return self.view.capacity_notes

    @strawberry.field
    def contact_name(self) -> str:
        return self.view.contact_name

    @strawberry.field
    def contact_email(self) -> str:
        return self.view.contact_email

    @strawberry.field
    def contact_phone(self) -> str:
        return self.view.contact_phone

    @strawberry.field
    def last_contact_on(self) -> date | None:
        return self.view.last_contact_on

    @strawberry.field(description="Nom de la dernière personne qui l'a modifiée.")
    def changed_by(self) -> str:
        return self.view.changed_by

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.updated_at

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour la modifier.")
    def version(self) -> int:
        return self.view.version

    @strawberry.field(description="Modifications de la fiche, de la plus récente à la plus ancienne.")
    async def history(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[SupplierProfileChangeType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await profiles.profile_history(info.context.uow, info.context.principal, profile=self.view, page=page)
        return connection_from_page(info, result, lambda change: SupplierProfileChangeType(change=change))


SupplierTierType = strawberry.enum(
    SupplierTier,
    name="SupplierTier",
    description="Proximité du fournisseur : même département, même région, région voisine, reste de la France.",
)


@strawberry.type(name="Supplier", description="Établissement de l'annuaire des fournisseurs (base SIRENE).")
class SupplierType:
    view: strawberry.Private[SupplierView]

    @strawberry.field
    def siret(self) -> str:
        return self.view.siret

    @strawberry.field
    def siren(self) -> str:
        return self.view.siren

    @strawberry.field(description="Raison sociale, ou à défaut l'enseigne.")
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Enseignes et noms d'usage de l'établissement.")
    def trade_names(self) -> list[str]:
        return list(self.view.trade_names)

    @strawberry.field
    def naf_code(self) -> str | None:
        return self.view.naf_code

    @strawberry.field
    def naf_label(self) -> str | None:
        activity = naf_activity(self.view.naf_code) if self.view.naf_code else None
        return activity.label if activity else None

    @strawberry.field(description="Tranche d'effectif salarié (code INSEE).")
    def workforce_band(self) -> str | None:
        return self.view.workforce_band

    @strawberry.field
    def is_head_office(self) -> bool:
        return self.view.is_head_office

    @strawberry.field(description="Adresse ; null pour un établissement qui n'est pas diffusible.")
    def street(self) -> str | None:
        return self.view.street

    @strawberry.field(description="Code postal ; null pour un établissement qui n'est pas diffusible.")
    def postal_code(self) -> str | None:
        return self.view.postal_code

    @strawberry.field
    def commune_name(self) -> str:
        return self.view.commune_name

    @strawberry.field
    def departement(self) -> str:
        return self.view.departement

    @strawberry.field
    def region_name(self) -> str:
        return search.region_name_of(self.view.departement)

    @strawberry.field(description="Proximité par rapport au lieu de la recherche.")
    def tier(self) -> SupplierTierType:
        return self.view.tier

    @strawberry.field(description="Distance en kilomètres au site du projet, quand les deux sont localisés.")
    def distance_km(self) -> float | None:
        return None if self.view.distance_m is None else round(self.view.distance_m / 1000, 1)

    @strawberry.field(
        description="La fiche de votre région sur ce fournisseur ; null sans fiche, ou hors des équipes d'une région."
    )
    async def profile(self, info: Info) -> SupplierProfileType | None:
        region = profiles.profile_region(info.context.principal)
        if region is None or not info.context.uow.registry.has_region(region):
            return None
        found = await info.context.loaders.get(ProfileBySiretLoader, region).load(self.view.siret)
        return SupplierProfileType(view=found) if found else None

    @strawberry.field(description="Vrai si vous pouvez compléter la fiche de ce fournisseur pour votre région.")
    def viewer_can_enrich(self, info: Info) -> bool:
        return profiles.profile_region(info.context.principal) is not None

    @strawberry.field(description="Longitude (WGS 84) ; null pour un établissement non localisé ou non diffusible.")
    def longitude(self) -> float | None:
        return longitude_latitude(*self.view.lambert)[0] if self.view.lambert else None

    @strawberry.field(description="Latitude (WGS 84) ; null pour un établissement non localisé ou non diffusible.")
    def latitude(self) -> float | None:
        return longitude_latitude(*self.view.lambert)[1] if self.view.lambert else None


@strawberry.type(name="SupplierSearchOrigin", description="Le lieu d'où la recherche classe les fournisseurs.")
class SupplierSearchOriginType:
    reference: strawberry.Private[search.Reference]

    @strawberry.field(description="Commune du site ; null sans lieu (recherche depuis la région).")
    def commune_name(self) -> str | None:
        return self.reference.commune_name

    @strawberry.field
    def departement(self) -> str | None:
        return self.reference.departement

    @strawberry.field(description="Longitude (WGS 84) ; null quand le lieu n'est pas localisé.")
    def longitude(self) -> float | None:
        return longitude_latitude(*self.reference.point)[0] if self.reference.point else None

    @strawberry.field(description="Latitude (WGS 84) ; null quand le lieu n'est pas localisé.")
    def latitude(self) -> float | None:
        return longitude_latitude(*self.reference.point)[1] if self.reference.point else None
