"""The public commune lookup of the candidacy form (no account: companies have none)."""

from __future__ import annotations

import strawberry

from filiere.graphql.permissions import PUBLIC, query
from filiere.graphql.types import Info
from filiere.programmes.places import CommunePlace, lookup_communes


@strawberry.type(name="Departement", description="Département (Code officiel géographique de l'INSEE).")
class DepartementType:
    code: str = strawberry.field(description="Code INSEE, par exemple « 76 », « 2A » ou « 974 ».")
    name: str


@strawberry.type(name="AdministrativeRegion", description="Région administrative (Code officiel géographique).")
class AdministrativeRegionType:
    code: str = strawberry.field(description="Code INSEE, par exemple « 28 » pour la Normandie.")
    name: str


@strawberry.type(name="Commune", description="Commune ou arrondissement municipal, avec ses codes postaux.")
class CommuneType:
    place: strawberry.Private[CommunePlace]

    @strawberry.field(description="Code INSEE, celui qu'attend la candidature (pas le code postal).")
    def code(self) -> str:
        return self.place.commune.code

    @strawberry.field
    def name(self) -> str:
        return self.place.commune.name

    @strawberry.field(description="Codes postaux de la commune (La Poste).")
    def postal_codes(self) -> list[str]:
        return list(self.place.commune.postal_codes)

    @strawberry.field
    def departement(self) -> DepartementType:
        return DepartementType(code=self.place.departement.code, name=self.place.departement.name)

    @strawberry.field
    def region(self) -> AdministrativeRegionType:
        return AdministrativeRegionType(code=self.place.region.code, name=self.place.region.name)

    @strawberry.field(description="Vrai si l'Accélérateur de Relocalisations d'une région couvre cette commune.")
    def accelerated(self) -> bool:
        return self.place.accelerator is not None


@strawberry.type
class CommuneQuery:
    @query(
        requires=PUBLIC,
        description="Communes dont le nom (accents et majuscules ignorés) ou le code postal commence par la "
        "recherche, les plus probables d'abord : pour le formulaire de candidature.",
    )
    def communes(self, info: Info, search: str, first: int = 10) -> list[CommuneType]:
        places = lookup_communes(search, first, info.context.settings.tenants)
        return [CommuneType(place=place) for place in places]
