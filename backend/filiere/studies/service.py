"""Market studies: the student team of a project, its interviews, and the synthesis an adviser reads.

Everything here is confidential, like the project's notes: the project's region writes it; its readers
of the full record (the region, CCI France, a partner with a full grant) read it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError
from filiere.programmes.service import get_project
from filiere.studies.errors import StudyErrorCode
from filiere.studies.models import Interview, InterviewChannel, RespondentProfile, Student, StudentTeam
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

# What a conflict names, in the words of the page that edits it.
_TEAM_FIELD_LABELS = {
    "school": "école",
    "teacherName": "enseignant",
    "students": "étudiants",
}

SCHOOL_MAX_LENGTH = 200
NAME_MAX_LENGTH = 120
FINDINGS_MAX_LENGTH = 4000
MAX_STUDENTS = 12
EMAIL_MAX_LENGTH = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, kw_only=True)
class StudentEntry:
    name: str
    email: str


@dataclass(frozen=True, kw_only=True)
class TeamView:
    region: str
    id: int
    project_id: int
    school: str
    teacher_name: str
    students: tuple[StudentEntry, ...]
    version: int


@dataclass(frozen=True, kw_only=True)
class InterviewView:
    region: str
    id: int
    project_id: int
    held_on: date
    respondent_profile: RespondentProfile
    channel: InterviewChannel
    key_findings: str
    recorded_by: str

    @classmethod
    def of(cls, region: str, row: Interview) -> InterviewView:
        return cls(
            region=region,
            id=row.id,
            project_id=row.project_id,
            held_on=row.held_on,
            respondent_profile=row.respondent_profile,
            channel=row.channel,
            key_findings=row.key_findings,
            recorded_by=row.recorded_by_name,
        )


@dataclass(frozen=True, kw_only=True)
class StudySynthesis:
    """What an adviser reads first: who works on it and what the interviews say, by profile."""

    team: TeamView | None
    interview_count: int
    by_profile: tuple[tuple[RespondentProfile, int], ...]
    first_interview: date | None
    last_interview: date | None


def _text(value: str, field: str, label: str, limit: int) -> str:
    text = " ".join(value.split())
    if not text:
        raise InvalidInputError(f"{label} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > limit:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {limit} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text


async def _editable(
    uow: UnitOfWork, principal: Principal | None, region: str, project_id: int, action: Action
) -> Principal:
    editor = require_principal(principal)
    project = await get_project(uow, editor, region, project_id)
    if not is_allowed(editor, action, region=region, attached=project.attached):
        raise ForbiddenError(
            "Seuls les conseillers de la région du projet et ses étudiants tiennent son étude de marché."
        )
    return editor


async def set_student_team(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    school: str,
    teacher_name: str,
    students: Sequence[StudentEntry],
    expected_version: int | None,
    request_id: str,
) -> TeamView:
    """Create the project's student team, or replace it whole (the form shows it whole)."""
    # Who the students are is the CCI's to declare; the students then record the study.
    editor = await _editable(uow, principal, region, project_id, Action.EDIT_PROJECT)
    school_name = _text(school, "school", "Le nom de l'école", SCHOOL_MAX_LENGTH)
    teacher = _text(teacher_name, "teacherName", "Le nom de l'enseignant", NAME_MAX_LENGTH)
    if not students:
        raise InvalidInputError("Ajoutez au moins un étudiant.", field="students", code=CommonErrorCode.REQUIRED)
    if len(students) > MAX_STUDENTS:
        raise InvalidInputError(
            f"Une équipe compte au plus {MAX_STUDENTS} étudiants.", field="students", code=CommonErrorCode.TOO_LONG
        )
    cleaned = []
    for index, student in enumerate(students):
        name = _text(student.name, f"students.{index}.name", "Le nom de l'étudiant", NAME_MAX_LENGTH)
        email = student.email.strip().lower()
        if not _EMAIL.match(email) or len(email) > EMAIL_MAX_LENGTH:
            raise InvalidInputError(
                "L'adresse e-mail de l'école n'est pas valide, par exemple « prenom.nom@ecole.fr ».",
                field=f"students.{index}.email",
                code=CommonErrorCode.INVALID_EMAIL,
            )
        cleaned.append(StudentEntry(name=name, email=email))
    session = uow.region(region)
    team = await session.scalar(select(StudentTeam).where(StudentTeam.project_id == project_id))
    before = None
    if team is None:
        team = StudentTeam(project_id=project_id, school=school_name, teacher_name=teacher)
        session.add(team)
        await session.flush()
    else:
        if expected_version is not None and team.version != expected_version:
            raise await stale_version_error(
                session,
                entity_type="Project",
                entity_id=project_id,
                field_labels=_TEAM_FIELD_LABELS,
                actions=("study.team_set",),
            )
        before = {"school": team.school, "teacherName": team.teacher_name}
        team.school, team.teacher_name = school_name, teacher
        await session.execute(delete(Student).where(Student.team_id == team.id))
    session.add_all(
        Student(team_id=team.id, position=index, name=s.name, email=s.email) for index, s in enumerate(cleaned)
    )
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="study.team_set",
        entity_type="Project",
        entity_id=project_id,
        before=before,
        after={"school": school_name, "teacherName": teacher, "students": len(cleaned)},
    )
    return TeamView(
        region=region,
        id=team.id,
        project_id=project_id,
        school=school_name,
        teacher_name=teacher,
        students=tuple(cleaned),
        version=team.version,
    )


async def add_interview(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    held_on: date,
    respondent_profile: RespondentProfile,
    channel: InterviewChannel,
    key_findings: str,
    today: date,
    request_id: str,
) -> InterviewView:
    editor = await _editable(uow, principal, region, project_id, Action.EDIT_MARKET_STUDY)
    if held_on > today:
        raise InvalidInputError(
            "Un entretien se saisit une fois mené : sa date ne peut pas être dans le futur.",
            field="heldOn",
            code=StudyErrorCode.FUTURE_DATE,
        )
    findings = key_findings.strip()
    if not findings:
        raise InvalidInputError(
            "Notez ce que l'entretien a appris.", field="keyFindings", code=CommonErrorCode.REQUIRED
        )
    if len(findings) > FINDINGS_MAX_LENGTH:
        raise InvalidInputError(
            f"Les enseignements ne doivent pas dépasser {FINDINGS_MAX_LENGTH} caractères.",
            field="keyFindings",
            code=CommonErrorCode.TOO_LONG,
        )
    session = uow.region(region)
    row = Interview(
        project_id=project_id,
        held_on=held_on,
        respondent_profile=respondent_profile,
        channel=channel,
        key_findings=findings,
        recorded_at=datetime.now(UTC),
        recorded_by_name=editor.display_name,
    )
    session.add(row)
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="study.interview_added",
        entity_type="Project",
        entity_id=project_id,
        before=None,
        after={"interviewId": row.id, "heldOn": held_on.isoformat(), "profile": respondent_profile.value},
    )
    return InterviewView.of(region, row)


async def synthesis_of(session: TenantSession, region: str, project_id: int) -> StudySynthesis:
    """Team and interview figures in three statements, whatever the number of interviews."""
    team = await session.scalar(select(StudentTeam).where(StudentTeam.project_id == project_id))
    students: list[Student] = []
    if team is not None:
        students = list(
            await session.scalars(select(Student).where(Student.team_id == team.id).order_by(Student.position))
        )
    counts = await session.execute(
        select(Interview.respondent_profile, func.count(), func.min(Interview.held_on), func.max(Interview.held_on))
        .where(Interview.project_id == project_id)
        .group_by(Interview.respondent_profile)
    )
    by_profile: Counter[RespondentProfile] = Counter()
    firsts, lasts = [], []
    for profile, count, first, last in counts:
        by_profile[profile] = count
        firsts.append(first)
        lasts.append(last)
    return StudySynthesis(
        team=None
        if team is None
        else TeamView(
            region=region,
            id=team.id,
            project_id=project_id,
            school=team.school,
            teacher_name=team.teacher_name,
            students=tuple(StudentEntry(name=s.name, email=s.email) for s in students),
            version=team.version,
        ),
        interview_count=sum(by_profile.values()),
        by_profile=tuple(sorted(by_profile.items(), key=lambda item: (-item[1], item[0].value))),
        first_interview=min(firsts) if firsts else None,
        last_interview=max(lasts) if lasts else None,
    )


async def interview_counts(session: TenantSession, project_ids: Sequence[int]) -> dict[int, int]:
    """Batch read for other domains: how many interviews each project's study holds (absent: none); callers
    have checked the reader sees the studies."""
    rows = await session.execute(
        select(Interview.project_id, func.count())
        .where(Interview.project_id.in_(project_ids))
        .group_by(Interview.project_id)
    )
    return {project_id: count for project_id, count in rows}  # noqa: C416 - rows, not pairs


async def interviews_of(session: TenantSession, region: str, project_id: int, limit: int) -> list[InterviewView]:
    """The latest interviews first."""
    rows = await session.scalars(
        select(Interview)
        .where(Interview.project_id == project_id)
        .order_by(Interview.held_on.desc(), Interview.id.desc())
        .limit(limit)
    )
    return [InterviewView.of(region, row) for row in rows]
