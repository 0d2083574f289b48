"""Market studies in GraphQL: the synthesis on the project page, the team and interview forms."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from filiere.graphql.mutations import error_types, run_mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.studies import service
from filiere.studies.errors import StudyErrorCode
from filiere.studies.models import InterviewChannel, RespondentProfile
from filiere.studies.service import InterviewView, StudentEntry, StudySynthesis, TeamView

RespondentProfileType = strawberry.enum(
    RespondentProfile, name="RespondentProfile", description="Profil de la personne interrogée (jamais son nom)."
)
InterviewChannelType = strawberry.enum(InterviewChannel, name="InterviewChannel", description="Mode d'entretien.")


@strawberry.type(name="Student", description="Étudiant de l'équipe : nom et e-mail de l'école seulement.")
class StudentType:
    name: str
    email: str


@strawberry.type(name="StudentTeam", description="Équipe d'étudiants d'école de commerce qui mène l'étude.")
class StudentTeamType:
    view: strawberry.Private[TeamView]

    @strawberry.field
    def school(self) -> str:
        return self.view.school

    @strawberry.field
    def teacher_name(self) -> str:
        return self.view.teacher_name

    @strawberry.field
    def students(self) -> list[StudentType]:
        return [StudentType(name=s.name, email=s.email) for s in self.view.students]

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier l'équipe.")
    def version(self) -> int:
        return self.view.version


@strawberry.type(name="Interview", description="Entretien de l'étude de marché.")
class InterviewType:
    view: strawberry.Private[InterviewView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Interview", self.view.region, self.view.id))

    @strawberry.field
    def held_on(self) -> date:
        return self.view.held_on

    @strawberry.field
    def respondent_profile(self) -> RespondentProfileType:  # type: ignore[valid-type]
        return self.view.respondent_profile

    @strawberry.field
    def channel(self) -> InterviewChannelType:  # type: ignore[valid-type]
        return self.view.channel

    @strawberry.field
    def key_findings(self) -> str:
        return self.view.key_findings

    @strawberry.field
    def recorded_by(self) -> str:
        return self.view.recorded_by


@strawberry.type(description="Nombre d'entretiens d'un profil.")
class ProfileCount:
    profile: RespondentProfileType  # type: ignore[valid-type]
    count: int


@strawberry.type(name="MarketStudy", description="Synthèse de l'étude de marché d'un projet.")
class MarketStudyType:
    region: strawberry.Private[str]
    project_id: strawberry.Private[int]
    synthesis: strawberry.Private[StudySynthesis]

    @strawberry.field
    def team(self) -> StudentTeamType | None:
        return StudentTeamType(view=self.synthesis.team) if self.synthesis.team else None

    @strawberry.field
    def interview_count(self) -> int:
        return self.synthesis.interview_count

    @strawberry.field(description="Entretiens par profil, du plus fréquent au moins fréquent.")
    def by_profile(self) -> list[ProfileCount]:
        return [ProfileCount(profile=profile, count=count) for profile, count in self.synthesis.by_profile]

    @strawberry.field
    def first_interview(self) -> date | None:
        return self.synthesis.first_interview

    @strawberry.field
    def last_interview(self) -> date | None:
        return self.synthesis.last_interview

    @strawberry.field(description="Les entretiens les plus récents d'abord.")
    async def interviews(self, info: Info, first: int = 20) -> list[InterviewType]:
        limit = max(1, min(first, info.context.settings.graphql_max_page_size))
        rows = await service.interviews_of(info.context.uow.region(self.region), self.region, self.project_id, limit)
        return [InterviewType(view=row) for row in rows]


async def market_study_of(info: Info, region: str, project_id: int) -> MarketStudyType:
    synthesis = await service.synthesis_of(info.context.uow.region(region), region, project_id)
    return MarketStudyType(region=region, project_id=project_id, synthesis=synthesis)


STUDY_ERRORS = error_types("Study", StudyErrorCode)
StudyInvalid = STUDY_ERRORS.invalid
StudyConflict = STUDY_ERRORS.conflict
StudyNotAllowed = STUDY_ERRORS.not_allowed


@strawberry.input
class StudentInput:
    name: str
    email: str = strawberry.field(description="Adresse e-mail de l'école.")


@strawberry.input(description="Déclarer (ou remplacer) l'équipe d'étudiants d'un projet de sa région.")
class SetStudentTeamInput:
    project_id: strawberry.ID
    school: str
    teacher_name: str
    students: list[StudentInput]
    expected_version: int | None = strawberry.field(
        default=None, description="Version lue de l'équipe existante ; refusé si elle a changé depuis."
    )


@strawberry.input(description="Saisir un entretien mené : profil et enseignements, jamais le nom de la personne.")
class AddInterviewInput:
    project_id: strawberry.ID
    held_on: date
    respondent_profile: RespondentProfileType  # type: ignore[valid-type]
    channel: InterviewChannelType  # type: ignore[valid-type]
    key_findings: str


@strawberry.type
class SetStudentTeamSuccess:
    team: StudentTeamType


@strawberry.type
class AddInterviewSuccess:
    interview: InterviewType


SetStudentTeamPayload = Annotated[
    SetStudentTeamSuccess | StudyInvalid | StudyConflict | StudyNotAllowed,  # type: ignore[valid-type]
    strawberry.union("SetStudentTeamPayload"),
]
AddInterviewPayload = Annotated[
    AddInterviewSuccess | StudyInvalid | StudyConflict | StudyNotAllowed,  # type: ignore[valid-type]
    strawberry.union("AddInterviewPayload"),
]


@strawberry.type
class StudiesMutation:
    @strawberry.mutation(description="Déclare l'équipe d'étudiants d'un projet (la remplace si elle existe).")
    async def set_student_team(
        self,
        info: Info,
        input: SetStudentTeamInput,  # noqa: A002 - the GraphQL argument's name
    ) -> SetStudentTeamPayload:  # type: ignore[valid-type]
        async def work() -> TeamView:
            target = decode_id(input.project_id, expected_type="Project")
            return await service.set_student_team(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                school=input.school,
                teacher_name=input.teacher_name,
                students=[StudentEntry(name=s.name, email=s.email) for s in input.students],
                expected_version=input.expected_version,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: SetStudentTeamSuccess(team=StudentTeamType(view=view)), STUDY_ERRORS
        )

    @strawberry.mutation(description="Ajoute un entretien à l'étude de marché d'un projet de sa région.")
    async def add_interview(
        self,
        info: Info,
        input: AddInterviewInput,  # noqa: A002 - the GraphQL argument's name
    ) -> AddInterviewPayload:  # type: ignore[valid-type]
        async def work() -> InterviewView:
            target = decode_id(input.project_id, expected_type="Project")
            return await service.add_interview(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                held_on=input.held_on,
                respondent_profile=input.respondent_profile,
                channel=input.channel,
                key_findings=input.key_findings,
                today=info.context.today,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: AddInterviewSuccess(interview=InterviewType(view=view)), STUDY_ERRORS
        )
