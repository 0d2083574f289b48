"""The market study's forms: the student team and the interviews."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.studies import service
from filiere.studies.errors import StudyErrorCode
from filiere.studies.schema.types import (
    InterviewChannelType,
    InterviewType,
    RespondentProfileType,
    StudentTeamType,
)
from filiere.studies.service import StudentEntry

STUDY_ERRORS = error_types("Study", StudyErrorCode)


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
    respondent_profile: RespondentProfileType
    channel: InterviewChannelType
    key_findings: str


@strawberry.type
class SetStudentTeamSuccess:
    team: StudentTeamType


@strawberry.type
class AddInterviewSuccess:
    interview: InterviewType


SetStudentTeamPayload = STUDY_ERRORS.payload("SetStudentTeamPayload", SetStudentTeamSuccess)
AddInterviewPayload = STUDY_ERRORS.payload("AddInterviewPayload", AddInterviewSuccess)


@strawberry.type
class StudiesMutation:
    @mutation(
        requires=Action.EDIT_PROJECT,
        description="Déclare l'équipe d'étudiants d'un projet (la remplace si elle existe).",
    )
    async def set_student_team(
        self,
        info: Info,
        input: SetStudentTeamInput,  # noqa: A002 - the GraphQL argument's name
    ) -> SetStudentTeamPayload:
        target = decode_id(input.project_id, expected_type="Project")
        view = await service.set_student_team(
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
        return SetStudentTeamSuccess(team=StudentTeamType(view=view))

    @mutation(
        requires=Action.EDIT_MARKET_STUDY,
        description="Ajoute un entretien à l'étude de marché d'un projet de sa région (ou de son équipe d'étudiants).",
    )
    async def add_interview(
        self,
        info: Info,
        input: AddInterviewInput,  # noqa: A002 - the GraphQL argument's name
    ) -> AddInterviewPayload:
        target = decode_id(input.project_id, expected_type="Project")
        view = await service.add_interview(
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
        return AddInterviewSuccess(interview=InterviewType(view=view))
