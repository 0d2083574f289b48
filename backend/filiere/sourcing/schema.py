"""Supply chains in GraphQL: the board of a project (stages and candidates) and its mutations."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry

from filiere.errors import NotFoundError
from filiere.graphql.mutations import error_types, run_mutation
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.programmes.errors import ProjectErrorCode
from filiere.programmes.schema import ProjectType
from filiere.programmes.views import ProjectView
from filiere.referentials.lambert import longitude_latitude
from filiere.referentials.naf import naf_activity
from filiere.sourcing import chains, profiles, search
from filiere.sourcing.chains import CandidateView, ChainIndicators, StageEntry, StageView
from filiere.sourcing.models import CandidateStatus, Certification
from filiere.sourcing.search import SupplierFilters, SupplierTier, SupplierView

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
    def status(self) -> CandidateStatusType:  # type: ignore[valid-type]
        return self.view.status

    @strawberry.field(description="Statuts vers lesquels le fournisseur peut passer.")
    def next_statuses(self) -> list[CandidateStatusType]:  # type: ignore[valid-type]
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


async def supply_chain_of(info: Info, view: ProjectView) -> SupplyChainType:
    region = view.card.region
    stages = await info.context.loaders.stages_by_project(region).load(view.card.id)
    region_code = info.context.registry.region(region).settings.insee_code  # type: ignore[union-attr]
    return SupplyChainType(
        stages=[SupplyChainStageType(view=stage) for stage in stages],
        indicators=SupplyChainIndicatorsType(value=chains.indicators_of(stages, region_code)),
    )


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
    def certifications(self) -> list[CertificationType]:  # type: ignore[valid-type]
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
    def tier(self) -> SupplierTierType:  # type: ignore[valid-type]
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
        found = await info.context.loaders.profile_by_siret(region).load(self.view.siret)
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


@strawberry.input(description="Le lieu d'où l'on cherche : le site d'un projet, ou une commune.")
class SupplierNearInput:
    project_id: strawberry.ID | None = None
    commune_code: str | None = strawberry.field(default=None, description="Code INSEE d'une commune.")


@strawberry.input(description="Filtres de la recherche de fournisseurs ; une liste vide ne filtre pas.")
class SupplierFilter:
    naf: list[str] | None = strawberry.field(
        default=None, description="Codes NAF (« 13.10Z ») ou sections (« C », industrie manufacturière)."
    )
    workforce_bands: list[str] | None = strawberry.field(default=None, description="Tranches d'effectif INSEE.")
    departements: list[str] | None = strawberry.field(
        default=None, description="Codes des départements (« 76 », « 2A ») ; s'ajoutent à ceux des régions."
    )
    region_codes: list[str] | None = strawberry.field(
        default=None, description="Codes INSEE des régions (« 28 » Normandie, « 32 » Hauts-de-France…)."
    )
    certifications: list[CertificationType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Certifications notées dans les fiches de votre région (l'une d'elles)."
    )
    within_km: float | None = strawberry.field(
        default=None, description="Au plus à cette distance du site du projet (établissements localisés seulement)."
    )

    def to_filters(self) -> SupplierFilters:
        return SupplierFilters(
            naf=frozenset(code.strip().upper() for code in self.naf or [] if code.strip()),
            workforce_bands=frozenset(self.workforce_bands or []),
            departements=frozenset(code.strip().upper() for code in self.departements or [] if code.strip()),
            region_codes=frozenset(code.strip() for code in self.region_codes or [] if code.strip()),
            certifications=frozenset(self.certifications or []),
            within_km=self.within_km,
        )


async def _reference(info: Info, near: SupplierNearInput | None) -> search.Reference:
    uow, principal = info.context.uow, info.context.principal
    if near and near.project_id:
        target = decode_id(near.project_id, expected_type="Project")
        return await search.reference_for_project(uow, principal, target.tenant, target.int_key)
    if near and near.commune_code:
        return await search.reference_of_commune(uow, near.commune_code.strip())
    return search.default_reference(uow, principal)


@strawberry.type
class SourcingQuery:
    @strawberry.field(
        description="Fournisseurs de toutes les régions et de l'annuaire national, du plus proche au plus lointain "
        "(même département, même région, régions voisines, reste de la France), puis par pertinence et distance."
    )
    async def suppliers(
        self,
        info: Info,
        *,
        query: str | None = None,
        near: SupplierNearInput | None = None,
        filter: SupplierFilter | None = None,  # noqa: A002 - the GraphQL argument's name
        first: int = 20,
        after: str | None = None,
    ) -> Connection[SupplierType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await search.search_suppliers(
            info.context.uow,
            info.context.principal,
            query=query,
            reference=await _reference(info, near),
            filters=filter.to_filters() if filter else SupplierFilters(),
            page=page,
        )
        return connection_from_page(info, result, lambda view: SupplierType(view=view))

    @strawberry.field(description="Le lieu d'où `suppliers` classe les résultats pour ce même `near`.")
    async def supplier_search_origin(
        self, info: Info, near: SupplierNearInput | None = None
    ) -> SupplierSearchOriginType:
        return SupplierSearchOriginType(reference=await _reference(info, near))

    @strawberry.field(description="Les étapes types d'une chaîne d'approvisionnement, de l'amont à l'aval.")
    def default_supply_chain_stages(self) -> list[str]:
        return list(chains.DEFAULT_STAGES)

    @strawberry.field(
        description="Avancement des chaînes d'approvisionnement de tous les projets d'une région (ses conseillers "
        "et CCI France) ; null pour qui ne peut pas le voir."
    )
    async def supply_chain_indicators(self, info: Info, region: str) -> SupplyChainIndicatorsType | None:
        try:
            value = await chains.region_indicators(info.context.uow, info.context.principal, region)
        except NotFoundError:
            return None
        return SupplyChainIndicatorsType(value=value)


@strawberry.input(description="Une étape, existante (id) ou nouvelle (sans id).")
class SupplyChainStageInput:
    id: strawberry.ID | None = None
    name: str
    needs: str = ""


@strawberry.input(description="Remplacer la liste ordonnée des étapes de la chaîne d'un projet de sa région.")
class SetSupplyChainStagesInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description="Version du projet lue.")
    stages: list[SupplyChainStageInput]


@strawberry.input(
    description="Envisager un fournisseur pour une étape : de l'annuaire (siret), ou hors annuaire (nom, et "
    "commune en France ou pays)."
)
class AddSupplierCandidateInput:
    stage_id: strawberry.ID
    siret: str | None = None
    name: str | None = None
    commune_code: str | None = None
    country: str | None = None
    notes: str = ""


@strawberry.input(description="Faire avancer un fournisseur envisagé, ou l'écarter avec un motif.")
class TransitionSupplierCandidateInput:
    candidate_id: strawberry.ID
    to: CandidateStatusType  # type: ignore[valid-type]
    reason: str | None = None
    expected_version: int


@strawberry.input(description="Notes et prochaine action d'un fournisseur envisagé.")
class UpdateSupplierCandidateInput:
    candidate_id: strawberry.ID
    expected_version: int
    notes: str | None = None
    next_action_on: date | None = strawberry.field(default=None, description="Date de la prochaine action.")
    clear_next_action: bool = strawberry.field(default=False, description="Vrai pour effacer la prochaine action.")


SOURCING_ERRORS = error_types("Sourcing", ProjectErrorCode)
SourcingInvalid = SOURCING_ERRORS.invalid
SourcingConflict = SOURCING_ERRORS.conflict
SourcingNotAllowed = SOURCING_ERRORS.not_allowed


@strawberry.type
class SupplierProfileSuccess:
    profile: SupplierProfileType


SupplierProfilePayload = Annotated[
    SupplierProfileSuccess | SourcingInvalid | SourcingConflict | SourcingNotAllowed,  # type: ignore[valid-type]
    strawberry.union("SupplierProfilePayload"),
]


@strawberry.input(description="La fiche d'un fournisseur pour votre région ; chaque champ remplace l'ancien.")
class EnrichSupplierInput:
    siret: str
    expected_version: int | None = strawberry.field(default=None, description="Version lue ; null pour créer la fiche.")
    tags: list[str] = strawberry.field(default_factory=list, description="Savoir-faire, en mots libres.")
    capability_naf_codes: list[str] = strawberry.field(default_factory=list)
    certifications: list[CertificationType] = strawberry.field(default_factory=list)  # type: ignore[valid-type]
    capacity_notes: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    last_contact_on: date | None = None


@strawberry.type
class SupplierCandidateSuccess:
    candidate: SupplierCandidateType


SupplierCandidatePayload = Annotated[
    SupplierCandidateSuccess | SourcingInvalid | SourcingConflict | SourcingNotAllowed,  # type: ignore[valid-type]
    strawberry.union("SupplierCandidatePayload"),
]


@strawberry.type
class SupplyChainSuccess:
    project: ProjectType


SupplyChainPayload = Annotated[
    SupplyChainSuccess | SourcingInvalid | SourcingConflict | SourcingNotAllowed,  # type: ignore[valid-type]
    strawberry.union("SupplyChainPayload"),
]


@strawberry.type
class SourcingMutation:
    @strawberry.mutation(
        description="Crée ou met à jour la fiche de votre région sur un fournisseur de l'annuaire ; tracé."
    )
    async def enrich_supplier(self, info: Info, input: EnrichSupplierInput) -> SupplierProfilePayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> profiles.ProfileView:
            return await profiles.enrich_supplier(
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

        return await run_mutation(
            info, work, lambda view: SupplierProfileSuccess(profile=SupplierProfileType(view=view)), SOURCING_ERRORS
        )

    @strawberry.mutation(description="Remplace les étapes de la chaîne d'approvisionnement d'un projet ; tracé.")
    async def set_supply_chain_stages(self, info: Info, input: SetSupplyChainStagesInput) -> SupplyChainPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> ProjectView:
            target = decode_id(input.project_id, expected_type="Project")
            stages = []
            for stage in input.stages:
                stage_id = decode_id(stage.id, expected_type="SupplyChainStage") if stage.id else None
                if stage_id is not None and stage_id.tenant != target.tenant:
                    raise NotFoundError(field="stages")
                stages.append(StageEntry(id=stage_id.int_key if stage_id else None, name=stage.name, needs=stage.needs))
            return await chains.set_stages(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                expected_version=input.expected_version,
                stages=stages,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: SupplyChainSuccess(project=ProjectType(view=view)), SOURCING_ERRORS
        )

    @strawberry.mutation(description="Envisage un fournisseur pour une étape de la chaîne ; tracé dans l'audit.")
    async def add_supplier_candidate(self, info: Info, input: AddSupplierCandidateInput) -> SupplierCandidatePayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> CandidateView:
            stage = decode_id(input.stage_id, expected_type="SupplyChainStage")
            return await chains.add_candidate(
                info.context.uow,
                info.context.principal,
                region=stage.tenant,
                stage_id=stage.int_key,
                siret=input.siret,
                name=input.name,
                commune_code=input.commune_code,
                country=input.country,
                notes=input.notes,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info,
            work,
            lambda view: SupplierCandidateSuccess(candidate=SupplierCandidateType(view=view)),
            SOURCING_ERRORS,
        )

    @strawberry.mutation(description="Fait avancer un fournisseur envisagé, ou l'écarte avec un motif ; tracé.")
    async def transition_supplier_candidate(
        self,
        info: Info,
        input: TransitionSupplierCandidateInput,  # noqa: A002
    ) -> SupplierCandidatePayload:  # type: ignore[valid-type]
        async def work() -> CandidateView:
            candidate = decode_id(input.candidate_id, expected_type="SupplierCandidate")
            return await chains.transition_candidate(
                info.context.uow,
                info.context.principal,
                region=candidate.tenant,
                candidate_id=candidate.int_key,
                to=input.to,
                reason=input.reason,
                expected_version=input.expected_version,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info,
            work,
            lambda view: SupplierCandidateSuccess(candidate=SupplierCandidateType(view=view)),
            SOURCING_ERRORS,
        )

    @strawberry.mutation(description="Modifie les notes ou la prochaine action d'un fournisseur envisagé ; tracé.")
    async def update_supplier_candidate(
        self,
        info: Info,
        input: UpdateSupplierCandidateInput,  # noqa: A002
    ) -> SupplierCandidatePayload:  # type: ignore[valid-type]
        async def work() -> CandidateView:
            candidate = decode_id(input.candidate_id, expected_type="SupplierCandidate")
            return await chains.update_candidate(
                info.context.uow,
                info.context.principal,
                region=candidate.tenant,
                candidate_id=candidate.int_key,
                expected_version=input.expected_version,
                notes=input.notes,
                next_action_on=input.next_action_on,
                clear_next_action=input.clear_next_action,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info,
            work,
            lambda view: SupplierCandidateSuccess(candidate=SupplierCandidateType(view=view)),
            SOURCING_ERRORS,
        )
