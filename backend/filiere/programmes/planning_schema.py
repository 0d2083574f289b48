"""GraphQL for editions, cohorts, milestones and the « même rythme » dashboard."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from filiere.accounts.schema import UserType
from filiere.calendar.service import may_manage_feeds
from filiere.errors import NotFoundError
from filiere.graphql.mutations import error_types, run_mutation
from filiere.graphql.node import node_resolver
from filiere.graphql.relay import Connection, connection_from_page, connection_of
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, decode_id, encode_id
from filiere.methodology.schema import MethodVersionType, MilestoneOwnerType, MilestoneScopeType
from filiere.methodology.service import get_method_version
from filiere.pagination import PageRequest
from filiere.programmes import cohorts, editions, milestones, rhythm
from filiere.programmes.cohorts import CohortInput, CohortView, MigrationOutcome, ReplanOutcome, TemplateChange
from filiere.programmes.editions import EditionInput, EditionView
from filiere.programmes.errors import PlanningErrorCode
from filiere.programmes.milestones import (
    UNCHANGED,
    Adherence,
    MilestoneChanges,
    MilestoneState,
    MilestoneStatus,
    MilestoneView,
)
from filiere.programmes.schema import ProjectType
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.schema import RegionType, region_type

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
    def regions(self, info: Info) -> Connection[RegionType]:
        registry = info.context.registry
        return connection_of([region_type(info, slug) for slug in self.view.regions if registry.has_region(slug)])

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
    def region(self, info: Info) -> RegionType:
        return region_type(info, self.view.region)

    @strawberry.field
    async def edition(self, info: Info) -> EditionType | None:
        view = await info.context.loaders.edition_by_id.load(self.view.edition_id)
        return EditionType(view=view) if view else None

    @strawberry.field(description="Version de la méthode suivie par la cohorte.")
    async def method_version(self, info: Info) -> MethodVersionType:
        view = await get_method_version(info.context.uow, info.context.principal, self.view.method_version_id)
        return MethodVersionType(view=view)

    @strawberry.field(description="Vrai si l'édition suit désormais une autre version : migration à appliquer.")
    async def method_outdated(self, info: Info) -> bool:
        edition = await info.context.loaders.edition_by_id.load(self.view.edition_id)
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
        return may_manage_feeds(info.context.principal, self.view.region)

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
        loader = info.context.loaders.adherence_by_cohort(self.view.region)
        return AdherenceType(view=await loader.load((self.view.id, at or info.context.today)))


@strawberry.type(description="Phase d'un jalon, telle que la méthode la nommait quand il a été planifié.")
class MilestonePhase:
    key: str
    name: str
    position: int


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
    def scope(self) -> MilestoneScopeType:  # type: ignore[valid-type]
        return self.view.scope

    @strawberry.field
    def owner(self) -> MilestoneOwnerType:  # type: ignore[valid-type]
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
    def status(self) -> MilestoneStatusType:  # type: ignore[valid-type]
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
        if self.view.assignee_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.view.assignee_id)
        return UserType(view=user) if user else None

    @strawberry.field(description="Le projet concerné ; null pour un jalon de cohorte.")
    async def project(self, info: Info) -> ProjectType | None:
        if self.view.project_id is None:
            return None
        view = await info.context.loaders.project_by_id(self.view.region).load(self.view.project_id)
        return ProjectType(view=view) if view else None

    @strawberry.field
    async def cohort(self, info: Info) -> CohortType:
        view = await info.context.loaders.cohort_by_id(self.view.region).load(self.view.cohort_id)
        assert view is not None, "milestones.cohort_id is a foreign key"
        return CohortType(view=view)


def milestone_type(view: MilestoneView) -> MilestoneType:
    return MilestoneType(view=view)


@strawberry.type(description="Une région au même jour relatif de son édition.")
class RegionRhythmType:
    view: strawberry.Private[rhythm.RegionRhythm]

    @strawberry.field
    def region(self, info: Info) -> RegionType:
        return region_type(info, self.view.region)

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


@node_resolver("Edition")
async def _edition_node(info: Info, global_id: GlobalId) -> EditionType:
    return EditionType(view=await editions.get_edition(info.context.uow, info.context.principal, global_id.int_key))


@node_resolver("Cohort")
async def _cohort_node(info: Info, global_id: GlobalId) -> CohortType:
    view = await cohorts.get_cohort(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return CohortType(view=view)


@node_resolver("Milestone")
async def _milestone_node(info: Info, global_id: GlobalId) -> MilestoneType:
    view = await milestones.get_milestone(
        info.context.uow, info.context.principal, global_id.tenant, global_id.int_key, info.context.today
    )
    return MilestoneType(view=view)


@strawberry.type
class PlanningQuery:
    @strawberry.field(description="Éditions, de la plus récente à la plus ancienne.")
    async def editions(self, info: Info, first: int = 20, after: str | None = None) -> Connection[EditionType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await editions.list_editions(info.context.uow, info.context.principal, page)
        return connection_from_page(info, result, lambda view: EditionType(view=view))

    @strawberry.field(
        description="Cohortes d'une région (slug) ou de toutes, de la plus récente édition à la plus ancienne."
    )
    async def cohorts(
        self,
        info: Info,
        region: str | None = None,
        edition_id: strawberry.ID | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[CohortType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        edition = decode_id(edition_id, expected_type="Edition").int_key if edition_id else None
        result = await cohorts.list_cohorts(
            info.context.uow, info.context.principal, region=region, edition_id=edition, page=page
        )
        return connection_from_page(info, result, lambda view: CohortType(view=view))

    @strawberry.field(description="Mes jalons : en retard, ou dus dans les prochains jours ouvrés (10 par défaut).")
    async def my_milestones(
        self, info: Info, horizon_working_days: int = 10, first: int = 50, after: str | None = None
    ) -> Connection[MilestoneType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await milestones.my_milestones(
            info.context.uow,
            info.context.principal,
            page=page,
            today=info.context.today,
            horizon_working_days=max(0, min(horizon_working_days, 60)),
        )
        return connection_from_page(info, result, milestone_type)

    @strawberry.field(description="Même rythme : chaque région de l'édition à son propre J+n (négatif : avant J0).")
    async def rhythm(
        self, info: Info, edition_id: strawberry.ID, relative_day: int = 0
    ) -> Connection[RegionRhythmType]:
        rows, failures = await rhythm.rhythm(
            info.context.uow,
            info.context.principal,
            edition_id=decode_id(edition_id, expected_type="Edition").int_key,
            relative_day=max(-500, min(relative_day, 500)),
            today=info.context.today,
        )
        info.context.unavailable.extend(failures)
        return connection_of([RegionRhythmType(view=row) for row in rows], failures)


# --- mutations -----------------------------------------------------------------------------------

PLANNING_ERRORS = error_types("Planning", PlanningErrorCode)
PlanningInvalid = PLANNING_ERRORS.invalid
PlanningConflict = PLANNING_ERRORS.conflict
PlanningNotAllowed = PLANNING_ERRORS.not_allowed


@strawberry.type
class EditionSuccess:
    edition: EditionType


@strawberry.type
class CohortSuccess:
    cohort: CohortType


@strawberry.type
class MilestoneSuccess:
    milestone: MilestoneType


@strawberry.type(description="Une échéance qui change.")
class MilestoneDateChange:
    milestone: MilestoneType
    old_date: date | None
    new_date: date


@strawberry.type
class ReplanCohortSuccess:
    cohort: CohortType
    applied: bool = strawberry.field(description="Faux pour un aperçu (dryRun) : rien n'a été enregistré.")
    changes: list[MilestoneDateChange]
    broken_dependencies: list[MilestoneType] = strawberry.field(
        description="Jalons épinglés qui tomberaient avant un jalon dont ils dépendent."
    )


@strawberry.type(description="Un jalon de la méthode ajouté, retiré ou déplacé par la nouvelle version.")
class TemplateChangeType:
    key: str
    title: str
    before_offset: int | None
    after_offset: int | None
    milestones: int = strawberry.field(description="Jalons de la cohorte concernés.")


@strawberry.type
class MigrateCohortSuccess:
    cohort: CohortType
    applied: bool
    added: list[TemplateChangeType]
    removed: list[TemplateChangeType]
    moved: list[TemplateChangeType]
    kept_done: int = strawberry.field(description="Jalons retirés de la méthode mais conservés car déjà faits.")


EditionPayload = Annotated[
    EditionSuccess | PlanningInvalid | PlanningConflict | PlanningNotAllowed,  # type: ignore[valid-type]
    strawberry.union("EditionPayload"),
]
CohortPayload = Annotated[
    CohortSuccess | PlanningInvalid | PlanningConflict | PlanningNotAllowed,  # type: ignore[valid-type]
    strawberry.union("CohortPayload"),
]
ReplanCohortPayload = Annotated[
    ReplanCohortSuccess | PlanningInvalid | PlanningConflict | PlanningNotAllowed,  # type: ignore[valid-type]
    strawberry.union("ReplanCohortPayload"),
]
MigrateCohortPayload = Annotated[
    MigrateCohortSuccess | PlanningInvalid | PlanningConflict | PlanningNotAllowed,  # type: ignore[valid-type]
    strawberry.union("MigrateCohortPayload"),
]
MilestonePayload = Annotated[
    MilestoneSuccess | PlanningInvalid | PlanningConflict | PlanningNotAllowed,  # type: ignore[valid-type]
    strawberry.union("MilestonePayload"),
]


@strawberry.input
class CreateEditionInput:
    year: int
    name: str
    method_version_id: strawberry.ID
    regions: list[str] = strawberry.field(description="Slugs des régions participantes.")


@strawberry.input
class UpdateEditionInput:
    edition_id: strawberry.ID
    expected_version: int
    year: int
    name: str
    method_version_id: strawberry.ID
    regions: list[str]


@strawberry.input(description="La cohorte de sa propre région pour une édition (responsable régional).")
class CreateCohortInput:
    edition_id: strawberry.ID
    name: str
    event_date: date | None = None
    event_end_date: date | None = None
    start_date: date | None = None
    venue: str = ""
    school_partner: str = ""


@strawberry.input(description="Tout sauf J0, qui se déplace avec replanCohort.")
class UpdateCohortInput:
    cohort_id: strawberry.ID
    expected_version: int
    name: str
    event_end_date: date | None = None
    start_date: date | None = None
    venue: str = ""
    school_partner: str = ""


@strawberry.input
class AddProjectToCohortInput:
    cohort_id: strawberry.ID
    project_id: strawberry.ID
    expected_version: int


@strawberry.input(description="Déplacer J0 ; avec dryRun, un aperçu des échéances qui changeraient.")
class ReplanCohortInput:
    cohort_id: strawberry.ID
    event_date: date
    expected_version: int
    dry_run: bool = False


@strawberry.input(description="Passer la cohorte à une autre version publiée ; avec dryRun, un aperçu.")
class MigrateCohortInput:
    cohort_id: strawberry.ID
    method_version_id: strawberry.ID
    expected_version: int
    dry_run: bool = False


@strawberry.input(description="Champs omis : inchangés. assigneeId ou pinnedDate à null : retirés.")
class UpdateMilestoneInput:
    milestone_id: strawberry.ID
    expected_version: int
    state: MilestoneStateType | None = None  # type: ignore[valid-type]
    done_on: date | None = strawberry.field(default=None, description="Avec state DONE ; aujourd'hui par défaut.")
    evidence: str | None = None
    evidence_url: str | None = None
    assignee_id: strawberry.ID | None = strawberry.UNSET
    pinned_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="Fixe l'échéance à la main ; null la rend au plan."
    )


def _edition_input(year: int, name: str, method_version_id: strawberry.ID, regions: list[str]) -> EditionInput:
    return EditionInput(
        year=year,
        name=name,
        method_version_id=decode_id(method_version_id, expected_type="MethodVersion").int_key,
        regions=regions,
    )


def _cohort_success(view: CohortView) -> CohortSuccess:
    return CohortSuccess(cohort=CohortType(view=view))


def _template_change(change: TemplateChange) -> TemplateChangeType:
    return TemplateChangeType(
        key=change.key,
        title=change.title,
        before_offset=change.before_offset,
        after_offset=change.after_offset,
        milestones=change.milestones,
    )


def _replan_success(outcome: ReplanOutcome) -> ReplanCohortSuccess:
    return ReplanCohortSuccess(
        cohort=CohortType(view=outcome.cohort),
        applied=outcome.applied,
        changes=[
            MilestoneDateChange(milestone=MilestoneType(view=c.milestone), old_date=c.before, new_date=c.after)
            for c in outcome.changes
        ],
        broken_dependencies=[MilestoneType(view=m) for m in outcome.broken_dependencies],
    )


def _migrate_success(outcome: MigrationOutcome) -> MigrateCohortSuccess:
    return MigrateCohortSuccess(
        cohort=CohortType(view=outcome.cohort),
        applied=outcome.applied,
        added=[_template_change(c) for c in outcome.added],
        removed=[_template_change(c) for c in outcome.removed],
        moved=[_template_change(c) for c in outcome.moved],
        kept_done=outcome.kept_done,
    )


@strawberry.type
class PlanningMutation:
    @strawberry.mutation(description="Crée une édition (CCI France).")
    async def create_edition(self, info: Info, input: CreateEditionInput) -> EditionPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> EditionView:
            data = _edition_input(input.year, input.name, input.method_version_id, input.regions)
            return await editions.create_edition(
                info.context.uow, info.context.principal, data=data, request_id=info.context.request_id
            )

        return await run_mutation(
            info, work, lambda view: EditionSuccess(edition=EditionType(view=view)), PLANNING_ERRORS
        )

    @strawberry.mutation(
        description="Modifie une édition ; changer sa méthode ne re-planifie aucune cohorte en silence."
    )
    async def update_edition(self, info: Info, input: UpdateEditionInput) -> EditionPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> EditionView:
            return await editions.update_edition(
                info.context.uow,
                info.context.principal,
                edition_id=decode_id(input.edition_id, expected_type="Edition").int_key,
                expected_version=input.expected_version,
                data=_edition_input(input.year, input.name, input.method_version_id, input.regions),
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: EditionSuccess(edition=EditionType(view=view)), PLANNING_ERRORS
        )

    @strawberry.mutation(description="Crée la cohorte de sa région pour une édition, avec ses jalons.")
    async def create_cohort(self, info: Info, input: CreateCohortInput) -> CohortPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> CohortView:
            return await cohorts.create_cohort(
                info.context.uow,
                info.context.principal,
                edition_id=decode_id(input.edition_id, expected_type="Edition").int_key,
                data=CohortInput(
                    name=input.name,
                    venue=input.venue,
                    school_partner=input.school_partner,
                    start_date=input.start_date,
                    event_date=input.event_date,
                    event_end_date=input.event_end_date,
                ),
                request_id=info.context.request_id,
            )

        return await run_mutation(info, work, _cohort_success, PLANNING_ERRORS)

    @strawberry.mutation(description="Modifie une cohorte (hors J0).")
    async def update_cohort(self, info: Info, input: UpdateCohortInput) -> CohortPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> CohortView:
            target = decode_id(input.cohort_id, expected_type="Cohort")
            return await cohorts.update_cohort(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                cohort_id=target.int_key,
                expected_version=input.expected_version,
                data=CohortInput(
                    name=input.name,
                    venue=input.venue,
                    school_partner=input.school_partner,
                    start_date=input.start_date,
                    event_end_date=input.event_end_date,
                ),
                request_id=info.context.request_id,
            )

        return await run_mutation(info, work, _cohort_success, PLANNING_ERRORS)

    @strawberry.mutation(description="Ajoute un projet à la cohorte : il reçoit tous les jalons par projet.")
    async def add_project_to_cohort(self, info: Info, input: AddProjectToCohortInput) -> CohortPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> CohortView:
            target = decode_id(input.cohort_id, expected_type="Cohort")
            project = decode_id(input.project_id, expected_type="Project")
            if project.tenant != target.tenant:
                raise NotFoundError()
            return await cohorts.add_project(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                cohort_id=target.int_key,
                project_id=project.int_key,
                expected_version=input.expected_version,
                request_id=info.context.request_id,
            )

        return await run_mutation(info, work, _cohort_success, PLANNING_ERRORS)

    @strawberry.mutation(
        description="Déplace J0 et re-planifie ; avec dryRun, montre les changements sans rien écrire."
    )
    async def replan_cohort(self, info: Info, input: ReplanCohortInput) -> ReplanCohortPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> ReplanOutcome:
            target = decode_id(input.cohort_id, expected_type="Cohort")
            return await cohorts.replan_cohort(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                cohort_id=target.int_key,
                event_date=input.event_date,
                expected_version=input.expected_version,
                dry_run=input.dry_run,
                request_id=info.context.request_id,
                today=info.context.today,
            )

        return await run_mutation(info, work, _replan_success, PLANNING_ERRORS)

    @strawberry.mutation(description="Passe la cohorte à une autre version de la méthode ; dryRun pour l'aperçu.")
    async def migrate_cohort(self, info: Info, input: MigrateCohortInput) -> MigrateCohortPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> MigrationOutcome:
            target = decode_id(input.cohort_id, expected_type="Cohort")
            return await cohorts.migrate_cohort(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                cohort_id=target.int_key,
                method_version_id=decode_id(input.method_version_id, expected_type="MethodVersion").int_key,
                expected_version=input.expected_version,
                dry_run=input.dry_run,
                request_id=info.context.request_id,
            )

        return await run_mutation(info, work, _migrate_success, PLANNING_ERRORS)

    @strawberry.mutation(description="Met à jour un jalon : état, date de réalisation, preuve, attribution, épinglage.")
    async def update_milestone(self, info: Info, input: UpdateMilestoneInput) -> MilestonePayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> MilestoneView:
            target = decode_id(input.milestone_id, expected_type="Milestone")
            assignee: object = UNCHANGED
            if input.assignee_id is not strawberry.UNSET:
                assignee = decode_id(input.assignee_id, expected_type="User").int_key if input.assignee_id else None
            return await milestones.update_milestone(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                milestone_id=target.int_key,
                expected_version=input.expected_version,
                changes=MilestoneChanges(
                    state=input.state,
                    done_on=input.done_on,
                    evidence=input.evidence,
                    evidence_url=input.evidence_url,
                    assignee_id=assignee,
                    pinned_date=UNCHANGED if input.pinned_date is strawberry.UNSET else input.pinned_date,
                ),
                request_id=info.context.request_id,
                today=info.context.today,
            )

        return await run_mutation(
            info, work, lambda view: MilestoneSuccess(milestone=MilestoneType(view=view)), PLANNING_ERRORS
        )
