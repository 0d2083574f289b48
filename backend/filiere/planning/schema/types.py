"""The planning types: editions, cohorts, their milestones, adherence and the « même rythme » rows."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.accounts.schema import UserType, user_by_id
from filiere.documents.schema.types import DocumentType
from filiere.graphql.hub_refs import ProjectRef, RegionRef, load_project, region_node
from filiere.graphql.relay import Connection, connection_from_page, connection_of
from filiere.graphql.types import Info, Node
from filiere.ids import decode_id, encode_id
from filiere.methodology.schema.types import (
    EvidenceKindType,
    MethodVersionType,
    MilestoneOwnerType,
    MilestoneScopeType,
)
from filiere.methodology.service import get_method_version
from filiere.pagination import PageRequest
from filiere.planning import cohorts, editions, milestones, rhythm
from filiere.planning.calendar import feeds
from filiere.planning.cohorts import CohortView
from filiere.planning.editions import EditionView
from filiere.planning.loaders import (
    AdherenceByCohortLoader,
    CohortByIdLoader,
    EditionByIdLoader,
    EvidenceCheckByProjectTemplateLoader,
)
from filiere.planning.milestones import Adherence, MilestoneState, MilestoneStatus, MilestoneView
from filiere.planning.project_milestones import EvidenceCheck
from filiere.settings import NATIONAL_SLUG

MilestoneStatusType = strawberry.enum(
    MilestoneStatus, name="MilestoneStatus", description="Calculé chaque jour : LATE si l'échéance est passée."
)
MilestoneStateType = strawberry.enum(MilestoneState, name="MilestoneState", description="État saisi par un conseiller.")
MILESTONES_MAX_PAGE = 1000  # a whole cohort's retroplanning, for the Gantt chart


@strawberry.type(description="Respect du plan à une date : jalons échus, faits à temps, en retard.")
class AdherenceType:
    view: strawberry.Private[Adherence]

    @strawberry.field(description="Date de la mesure.")
    def at(self) -> date:
        return self.view.at

    @strawberry.field(description="Jalons dont l'échéance est passée ou tombe ce jour-là.")
    def due(self) -> int:
        return self.view.due

    @strawberry.field
    def done_on_time(self) -> int:
        return self.view.done_on_time

    @strawberry.field
    def done_late(self) -> int:
        return self.view.done_late

    @strawberry.field(description="Échus et pas faits à cette date.")
    def overdue(self) -> int:
        return self.view.overdue

    @strawberry.field(description="Part des jalons échus faits à temps (null si aucun n'est échu).")
    def on_time_rate(self) -> float | None:
        return self.view.on_time_rate


@strawberry.type(name="Edition", description="Campagne nationale : toutes ses cohortes suivent la même méthode.")
class EditionType(Node):
    view: strawberry.Private[EditionView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Edition", NATIONAL_SLUG, self.view.id))

    @strawberry.field
    def year(self) -> int:
        return self.view.year

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def version(self) -> int:
        return self.view.version

    @strawberry.field(description="Version de la méthode que suivent les cohortes de l'édition.")
    async def method_version(self, info: Info) -> MethodVersionType:
        view = await get_method_version(info.context.uow, info.context.principal, self.view.method_version_id)
        return MethodVersionType(view=view)

    @strawberry.field(description="Régions participantes.")
    def regions(self, info: Info) -> Connection[RegionRef]:
        registry = info.context.registry
        return connection_of([region_node(info, slug) for slug in self.view.regions if registry.has_region(slug)])

    @strawberry.field(description="Vrai si l'utilisateur connecté gère les éditions (CCI France).")
    def viewer_can_manage(self, info: Info) -> bool:
        return editions.may_manage_editions(info.context.principal)


@strawberry.type(name="Cohort", description="La session d'une édition dans une région, planifiée depuis J0.")
class CohortType(Node):
    view: strawberry.Private[CohortView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Cohort", self.view.region, self.view.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def region(self, info: Info) -> RegionRef:
        return region_node(info, self.view.region)

    @strawberry.field
    async def edition(self, info: Info) -> EditionType | None:
        view = await info.context.loaders.get(EditionByIdLoader).load(self.view.edition_id)
        return EditionType(view=view) if view else None

    @strawberry.field(description="Version de la méthode suivie par la cohorte.")
    async def method_version(self, info: Info) -> MethodVersionType:
        view = await get_method_version(info.context.uow, info.context.principal, self.view.method_version_id)
        return MethodVersionType(view=view)

    @strawberry.field(description="Vrai si l'édition suit désormais une autre version : migration à appliquer.")
    async def method_outdated(self, info: Info) -> bool:
        edition = await info.context.loaders.get(EditionByIdLoader).load(self.view.edition_id)
        return edition is not None and edition.method_version_id != self.view.method_version_id

    @strawberry.field(description="J0 : le jour de l'événement ; null s'il n'est pas connu.")
    def event_date(self) -> date | None:
        return self.view.event_date

    @strawberry.field
    def event_end_date(self) -> date | None:
        return self.view.event_end_date

    @strawberry.field
    def start_date(self) -> date | None:
        return self.view.start_date

    @strawberry.field
    def venue(self) -> str:
        return self.view.venue

    @strawberry.field
    def school_partner(self) -> str:
        return self.view.school_partner

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier la cohorte.")
    def version(self) -> int:
        return self.view.version

    @strawberry.field(description="Jours ouvrés de J0 à aujourd'hui (négatif : avant l'événement).")
    def today_relative_day(self, info: Info) -> int | None:
        if self.view.event_date is None:
            return None
        calendar = milestones.calendar_of(info.context.uow, self.view.region)
        return calendar.working_days_between(self.view.event_date, info.context.today)

    @strawberry.field(description="Vrai si l'utilisateur connecté gère cette cohorte (J0, projets, migration).")
    def viewer_can_manage(self, info: Info) -> bool:
        return cohorts.may_manage_cohort(info.context.principal, self.view.region)

    @strawberry.field(description="Vrai si l'utilisateur connecté peut s'abonner au calendrier de cette cohorte.")
    def viewer_can_subscribe(self, info: Info) -> bool:
        return feeds.may_manage_feeds(info.context.principal, self.view.region)

    @strawberry.field(description="Vrai si l'utilisateur connecté met à jour les jalons de cette cohorte.")
    def viewer_can_update_milestones(self, info: Info) -> bool:
        return milestones.may_update_milestones(info.context.principal, self.view.region)

    @strawberry.field(description="Le rétroplanning : jalons par échéance, phase et rang (1 000 par page au plus).")
    async def milestones(
        self, info: Info, first: int = 500, after: str | None = None, project_id: strawberry.ID | None = None
    ) -> Connection[MilestoneType]:
        page = PageRequest.parse(first, after, max_size=MILESTONES_MAX_PAGE)
        project = decode_id(project_id, expected_type="Project").int_key if project_id else None
        result = await milestones.list_milestones(
            info.context.uow,
            info.context.principal,
            region=self.view.region,
            cohort_id=self.view.id,
            page=page,
            today=info.context.today,
            project_id=project,
        )
        return connection_from_page(info, result, milestone_type)

    @strawberry.field(description="Respect du plan à une date (aujourd'hui par défaut).")
    async def adherence(self, info: Info, at: date | None = None) -> AdherenceType:
        loader = info.context.loaders.get(AdherenceByCohortLoader, self.view.region)
        return AdherenceType(view=await loader.load((self.view.id, at or info.context.today)))


@strawberry.type(description="Phase d'un jalon, telle que la méthode la nommait quand il a été planifié.")
class MilestonePhase:
    key: str
    name: str
    position: int


@strawberry.type(
    name="MilestoneEvidenceCheck",
    description="La preuve qu'un jalon de projet demande, et ce que le projet en a (confidentiel).",
)
class MilestoneEvidenceCheckType:
    view: strawberry.Private[EvidenceCheck]

    @strawberry.field(description="La preuve demandée par la méthode.")
    def kind(self) -> EvidenceKindType:
        return self.view.kind

    @strawberry.field(description="Faux : « Preuve manquante » (aucun document de cette catégorie, aucun entretien).")
    def found(self) -> bool:
        return self.view.found

    @strawberry.field(description="Le document le plus récent de la catégorie demandée ; null s'il n'y en a pas.")
    def document(self) -> DocumentType | None:
        return DocumentType(view=self.view.document) if self.view.document else None

    @strawberry.field(description="Entretiens saisis dans l'étude de marché, quand c'est elle qui est demandée.")
    def interview_count(self) -> int:
        return self.view.interview_count


@strawberry.type(name="Milestone", description="Jalon d'une cohorte ou d'un de ses projets.")
class MilestoneType(Node):
    view: strawberry.Private[MilestoneView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Milestone", self.view.region, self.view.id))

    @strawberry.field
    def title(self) -> str:
        return self.view.title

    @strawberry.field
    def template_key(self) -> str:
        return self.view.template_key

    @strawberry.field
    def phase(self) -> MilestonePhase:
        return MilestonePhase(key=self.view.phase_key, name=self.view.phase_name, position=self.view.phase_position)

    @strawberry.field
    def scope(self) -> MilestoneScopeType:
        return self.view.scope

    @strawberry.field
    def owner(self) -> MilestoneOwnerType:
        return self.view.owner

    @strawberry.field
    def expected_deliverable(self) -> str:
        return self.view.expected_deliverable

    @strawberry.field(description="Décalage en jours ouvrés par rapport à J0.")
    def offset_working_days(self) -> int:
        return self.view.offset_working_days

    @strawberry.field(description="Échéance ; null tant que J0 n'est pas fixé.")
    def due_date(self) -> date | None:
        return self.view.due_date

    @strawberry.field
    def status(self) -> MilestoneStatusType:
        return self.view.status

    @strawberry.field
    def started_on(self) -> date | None:
        return self.view.started_on

    @strawberry.field
    def done_on(self) -> date | None:
        return self.view.done_on

    @strawberry.field(description="Vrai si l'échéance a été fixée à la main : elle ne suit plus J0.")
    def pinned(self) -> bool:
        return self.view.pinned

    @strawberry.field(description="Vrai si, épinglé, il tombe désormais avant un jalon dont il dépend.")
    def breaks_dependency(self) -> bool:
        return self.view.breaks_dependency

    @strawberry.field(description="Commentaire de preuve (confidentiel) ; null hors de la région et de CCI France.")
    def evidence(self) -> str | None:
        return self.view.evidence.text if self.view.evidence else None

    @strawberry.field(description="Lien vers le livrable (confidentiel).")
    def evidence_url(self) -> str | None:
        return self.view.evidence.url if self.view.evidence else None

    @strawberry.field(
        description="Preuve que la méthode demande pour ce jalon de projet, trouvée ou manquante ; null si elle "
        "n'en demande pas, pour un jalon de cohorte, ou pour qui ne voit pas les preuves (confidentiel)."
    )
    async def evidence_check(self, info: Info) -> MilestoneEvidenceCheckType | None:
        if self.view.project_id is None:
            return None
        loader = info.context.loaders.get(EvidenceCheckByProjectTemplateLoader, self.view.region)
        check = await loader.load((self.view.project_id, self.view.template_id))
        return MilestoneEvidenceCheckType(view=check) if check else None

    @strawberry.field(description="Identifiants des jalons à terminer avant celui-ci.")
    def depends_on_ids(self) -> list[strawberry.ID]:
        return [strawberry.ID(encode_id("Milestone", self.view.region, key)) for key in self.view.depends_on_ids]

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier le jalon.")
    def version(self) -> int:
        return self.view.version

    @strawberry.field
    def viewer_can_update(self, info: Info) -> bool:
        return milestones.may_update_milestones(info.context.principal, self.view.region)

    @strawberry.field
    async def assignee(self, info: Info) -> UserType | None:
        return await user_by_id(info, self.view.assignee_id)

    @strawberry.field(description="Le projet concerné ; null pour un jalon de cohorte (ou illisible).")
    async def project(self, info: Info) -> ProjectRef | None:
        if self.view.project_id is None:
            return None
        return await load_project(info, self.view.region, self.view.project_id)

    @strawberry.field
    async def cohort(self, info: Info) -> CohortType:
        view = await info.context.loaders.get(CohortByIdLoader, self.view.region).load(self.view.cohort_id)
        assert view is not None, "milestones.cohort_id is a foreign key"
        return CohortType(view=view)


def milestone_type(view: MilestoneView) -> MilestoneType:
    return MilestoneType(view=view)


@strawberry.type(description="Une région au même jour relatif de son édition.")
class RegionRhythmType:
    view: strawberry.Private[rhythm.RegionRhythm]

    @strawberry.field
    def region(self, info: Info) -> RegionRef:
        return region_node(info, self.view.region)

    @strawberry.field(description="Sa cohorte de l'édition ; null si elle n'en a pas.")
    def cohort(self) -> CohortType | None:
        return CohortType(view=self.view.cohort) if self.view.cohort else None

    @strawberry.field(description="Jours ouvrés de J0 à aujourd'hui pour cette région.")
    def today_relative_day(self) -> int | None:
        return self.view.today_relative_day

    @strawberry.field(description="La date qui correspond au jour relatif demandé, pour cette région.")
    def at(self) -> date | None:
        return self.view.at

    @strawberry.field(description="Faux si ce jour n'est pas encore arrivé pour cette région.")
    def reached(self) -> bool:
        return self.view.reached

    @strawberry.field
    def adherence(self) -> AdherenceType | None:
        return AdherenceType(view=self.view.adherence) if self.view.adherence else None
