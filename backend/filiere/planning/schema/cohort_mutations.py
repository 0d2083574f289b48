"""A region's cohort: creating and changing it, adding projects, moving J0, migrating its method."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.planning import cohorts, replanning
from filiere.planning.cohorts import CohortInput
from filiere.planning.replanning import TemplateChange
from filiere.planning.schema.errors import PLANNING_ERRORS
from filiere.planning.schema.types import CohortType, MilestoneType


@strawberry.type
class CohortSuccess:
    cohort: CohortType


CohortPayload = PLANNING_ERRORS.payload("CohortPayload", CohortSuccess)


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


ReplanCohortPayload = PLANNING_ERRORS.payload("ReplanCohortPayload", ReplanCohortSuccess)


@strawberry.input(description="Déplacer J0 ; avec dryRun, un aperçu des échéances qui changeraient.")
class ReplanCohortInput:
    cohort_id: strawberry.ID
    event_date: date
    expected_version: int
    dry_run: bool = False


@strawberry.type(description="Un jalon de la méthode ajouté, retiré ou déplacé par la nouvelle version.")
class TemplateChangeType:
    key: str
    title: str
    before_offset: int | None
    after_offset: int | None
    milestones: int = strawberry.field(description="Jalons de la cohorte concernés.")

    @classmethod
    def of(cls, change: TemplateChange) -> TemplateChangeType:
        return cls(
            key=change.key,
            title=change.title,
            before_offset=change.before_offset,
            after_offset=change.after_offset,
            milestones=change.milestones,
        )


@strawberry.type
class MigrateCohortSuccess:
    cohort: CohortType
    applied: bool
    added: list[TemplateChangeType]
    removed: list[TemplateChangeType]
    moved: list[TemplateChangeType]
    kept_done: int = strawberry.field(description="Jalons retirés de la méthode mais conservés car déjà faits.")


MigrateCohortPayload = PLANNING_ERRORS.payload("MigrateCohortPayload", MigrateCohortSuccess)


@strawberry.input(description="Passer la cohorte à une autre version publiée ; avec dryRun, un aperçu.")
class MigrateCohortInput:
    cohort_id: strawberry.ID
    method_version_id: strawberry.ID
    expected_version: int
    dry_run: bool = False


@strawberry.type
class CohortMutation:
    @mutation(
        requires=Action.MANAGE_COHORT, description="Crée la cohorte de sa région pour une édition, avec ses jalons."
    )
    async def create_cohort(self, info: Info, input: CreateCohortInput) -> CohortPayload:  # noqa: A002
        view = await cohorts.create_cohort(
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
        return CohortSuccess(cohort=CohortType(view=view))

    @mutation(requires=Action.MANAGE_COHORT, description="Modifie une cohorte (hors J0).")
    async def update_cohort(self, info: Info, input: UpdateCohortInput) -> CohortPayload:  # noqa: A002
        target = decode_id(input.cohort_id, expected_type="Cohort")
        view = await cohorts.update_cohort(
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
        return CohortSuccess(cohort=CohortType(view=view))

    @mutation(
        requires=Action.MANAGE_COHORT,
        description="Ajoute un projet à la cohorte : il reçoit tous les jalons par projet.",
    )
    async def add_project_to_cohort(self, info: Info, input: AddProjectToCohortInput) -> CohortPayload:  # noqa: A002
        target = decode_id(input.cohort_id, expected_type="Cohort")
        project = decode_id(input.project_id, expected_type="Project")
        if project.tenant != target.tenant:
            raise NotFoundError(field="projectId")
        view = await cohorts.add_project(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            cohort_id=target.int_key,
            project_id=project.int_key,
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return CohortSuccess(cohort=CohortType(view=view))

    @mutation(
        requires=Action.MANAGE_COHORT,
        description="Déplace J0 et re-planifie ; avec dryRun, montre les changements sans rien écrire.",
    )
    async def replan_cohort(self, info: Info, input: ReplanCohortInput) -> ReplanCohortPayload:  # noqa: A002
        target = decode_id(input.cohort_id, expected_type="Cohort")
        outcome = await replanning.replan_cohort(
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
        return ReplanCohortSuccess(
            cohort=CohortType(view=outcome.cohort),
            applied=outcome.applied,
            changes=[
                MilestoneDateChange(milestone=MilestoneType(view=c.milestone), old_date=c.before, new_date=c.after)
                for c in outcome.changes
            ],
            broken_dependencies=[MilestoneType(view=m) for m in outcome.broken_dependencies],
        )

    @mutation(
        requires=Action.MANAGE_COHORT,
        description="Passe la cohorte à une autre version de la méthode ; dryRun pour l'aperçu.",
    )
    async def migrate_cohort(self, info: Info, input: MigrateCohortInput) -> MigrateCohortPayload:  # noqa: A002
        target = decode_id(input.cohort_id, expected_type="Cohort")
        outcome = await replanning.migrate_cohort(
            info.context.uow,
            info.context.principal,
            region=target.tenant,
            cohort_id=target.int_key,
            method_version_id=decode_id(input.method_version_id, expected_type="MethodVersion").int_key,
            expected_version=input.expected_version,
            dry_run=input.dry_run,
            request_id=info.context.request_id,
        )
        return MigrateCohortSuccess(
            cohort=CohortType(view=outcome.cohort),
            applied=outcome.applied,
            added=[TemplateChangeType.of(c) for c in outcome.added],
            removed=[TemplateChangeType.of(c) for c in outcome.removed],
            moved=[TemplateChangeType.of(c) for c in outcome.moved],
            kept_done=outcome.kept_done,
        )
