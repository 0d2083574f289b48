"""A project's supply chain in GraphQL: stages, candidates, indicators, and the `Project.supplyChain` field."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from filiere.graphql.types import Info
from filiere.ids import encode_id
from filiere.programmes.schema.project_fields import reveals
from filiere.programmes.views import ProjectView, Visibility
from filiere.sourcing import chains
from filiere.sourcing.chains import CandidateView, ChainIndicators, StageView
from filiere.sourcing.loaders import StagesByProjectLoader
from filiere.sourcing.models import CandidateStatus

CandidateStatusType = strawberry.enum(
    CandidateStatus, name="SupplierCandidateStatus", description="Où en est un fournisseur envisagé."
)


@strawberry.type(name="SupplierCandidate", description="Fournisseur envisagé pour une étape de la chaîne.")
class SupplierCandidateType:
    view: strawberry.Private[CandidateView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SupplierCandidate", self.view.region, self.view.id))

    @strawberry.field(description="SIRET de l'établissement ; null pour un fournisseur hors de l'annuaire.")
    def siret(self) -> str | None:
        return self.view.siret

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def commune_name(self) -> str:
        return self.view.commune_name

    @strawberry.field(description="Code INSEE du département ; null à l'étranger.")
    def departement(self) -> str | None:
        return self.view.departement

    @strawberry.field(description="Code INSEE de la région ; null à l'étranger.")
    def region_code(self) -> str | None:
        return self.view.region_code

    @strawberry.field
    def country(self) -> str:
        return self.view.country

    @strawberry.field
    def status(self) -> CandidateStatusType:
        return self.view.status

    @strawberry.field(description="Statuts vers lesquels le fournisseur peut passer.")
    def next_statuses(self) -> list[CandidateStatusType]:
        return list(chains.NEXT_STATUSES[self.view.status])

    @strawberry.field(description="Motif, pour un fournisseur écarté.")
    def reason(self) -> str:
        return self.view.reason

    @strawberry.field
    def notes(self) -> str:
        return self.view.notes

    @strawberry.field
    def next_action_on(self) -> date | None:
        return self.view.next_action_on

    @strawberry.field(description="Nom de la dernière personne qui l'a modifié.")
    def changed_by(self) -> str:
        return self.view.changed_by

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.updated_at

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour le modifier.")
    def version(self) -> int:
        return self.view.version


@strawberry.type(name="SupplyChainStage", description="Étape de la chaîne d'approvisionnement, de l'amont à l'aval.")
class SupplyChainStageType:
    view: strawberry.Private[StageView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SupplyChainStage", self.view.region, self.view.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Ce que le projet cherche à cette étape.")
    def needs(self) -> str:
        return self.view.needs

    @strawberry.field
    def candidates(self) -> list[SupplierCandidateType]:
        return [SupplierCandidateType(view=candidate) for candidate in self.view.candidates]


@strawberry.type(name="SupplyChainIndicators", description="Avancement de la reconstruction de la chaîne.")
class SupplyChainIndicatorsType:
    value: strawberry.Private[ChainIndicators]

    @strawberry.field
    def stages(self) -> int:
        return self.value.stages

    @strawberry.field(description="Étapes qui ont un fournisseur retenu.")
    def stages_with_retained(self) -> int:
        return self.value.stages_with_retained

    @strawberry.field(description="Part des étapes qui ont un fournisseur retenu (0 à 1) ; null sans étape.")
    def retained_stage_share(self) -> float | None:
        return self.value.share(self.value.stages_with_retained, self.value.stages)

    @strawberry.field
    def retained(self) -> int:
        return self.value.retained

    @strawberry.field(description="Part des fournisseurs retenus situés dans la région du projet ; null sans retenu.")
    def retained_in_region_share(self) -> float | None:
        return self.value.share(self.value.retained_in_region, self.value.retained)

    @strawberry.field(description="Part des fournisseurs retenus situés en France ; null sans retenu.")
    def retained_in_france_share(self) -> float | None:
        return self.value.share(self.value.retained_in_france, self.value.retained)


@strawberry.type(name="SupplyChain", description="Chaîne d'approvisionnement d'un projet.")
class SupplyChainType:
    stages: list[SupplyChainStageType]
    indicators: SupplyChainIndicatorsType


@strawberry.type
class ProjectSourcingFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Chaîne d'approvisionnement : étapes, fournisseurs envisagés, avancement (confidentiel) ; null "
        "sur une fiche résumée."
    )
    async def supply_chain(self, info: Info) -> SupplyChainType | None:
        if not reveals(info, self.view, "supplyChain"):
            return None
        region = self.view.card.region
        stages = await info.context.loaders.get(StagesByProjectLoader, region).load(self.view.card.id)
        region_code = info.context.registry.region(region).settings.insee_code  # type: ignore[union-attr]
        return SupplyChainType(
            stages=[SupplyChainStageType(view=stage) for stage in stages],
            indicators=SupplyChainIndicatorsType(value=chains.indicators_of(stages, region_code)),
        )

    @strawberry.field(
        description="L'utilisateur connecté peut-il lire la chaîne d'approvisionnement ? Le demander n'est pas une "
        "lecture (rien au journal des accès) : de quoi montrer ou non l'onglet."
    )
    def viewer_can_read_supply_chain(self) -> bool:
        return self.view.shows(Visibility.CONFIDENTIAL)
