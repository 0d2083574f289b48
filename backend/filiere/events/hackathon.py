"""Hackathon teams: one team per pitch (the accelerated project the team works on at the event), with its
members — company people, students, experts, the coach — and the challenges it takes on.

A member is an account (a person attached to the project: its coach, experts and students) or just a name
(the company's people, a guest). Organisers save a team whole; a board lists one entry per pitch, with the
team when there is one and the project's attached people to offer as members.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from filiere.accounts.service import users_by_id
from filiere.audit.service import record_change
from filiere.auth.principal import Principal
from filiere.errors import CommonErrorCode, ConflictError, InvalidInputError, NotFoundError
from filiere.events.errors import EventErrorCode
from filiere.events.jury_models import HackathonRole, HackathonTeam, HackathonTeamMember
from filiere.events.pitch_projects import PitchView, pitches_by_id, pitches_of_events
from filiere.events.service import managed_event
from filiere.memberships.service import members_by_project
from filiere.tenancy.unit_of_work import UnitOfWork

MAX_MEMBERS = 12
MAX_CHALLENGES = 10
CHALLENGE_MAX_LENGTH = 200
MEMBER_NAME_MAX_LENGTH = 120


@dataclass(frozen=True, kw_only=True)
class MemberInput:
    role: HackathonRole
    user_id: int | None = None
    name: str = ""


@dataclass(frozen=True, kw_only=True)
class TeamMemberView:
    role: HackathonRole
    user_id: int | None
    name: str


@dataclass(frozen=True, kw_only=True)
class CandidateView:
    """A person attached to the project (coach, expert, student) who may join its team."""

    user_id: int
    name: str


@dataclass(frozen=True, kw_only=True)
class HackathonTeamView:
    pitch: PitchView
    version: int | None  # None: no team saved yet for this pitch
    challenges: tuple[str, ...]
    members: tuple[TeamMemberView, ...]


def _single_line(text: str) -> str:
    return " ".join(text.split())


def checked_challenges(challenges: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(_single_line(challenge) for challenge in challenges)
    if len(cleaned) > MAX_CHALLENGES:
        raise InvalidInputError(
            f"Une équipe relève au plus {MAX_CHALLENGES} défis.", code=CommonErrorCode.OUT_OF_RANGE, field="challenges"
        )
    for index, challenge in enumerate(cleaned):
        if not challenge:
            raise InvalidInputError(
                "Un défi ne peut pas être vide.", code=CommonErrorCode.REQUIRED, field=f"challenges.{index}"
            )
        if len(challenge) > CHALLENGE_MAX_LENGTH:
            raise InvalidInputError(
                f"Un défi tient en {CHALLENGE_MAX_LENGTH} caractères au plus.",
                code=CommonErrorCode.TOO_LONG,
                field=f"challenges.{index}",
            )
    return cleaned


async def save_hackathon_team(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    pitch_id: int,
    challenges: Sequence[str],
    members: Sequence[MemberInput],
    expected_version: int | None,
    request_id: str,
) -> HackathonTeamView:
    """Replaces the pitch's team (members and challenges) whole; organisers of the pitch's event only."""
    pitch = (await pitches_by_id(uow, region, [pitch_id])).get(pitch_id)
    if pitch is None:
        raise NotFoundError(field="pitchId")
    await managed_event(uow, principal, region, pitch.event_id)
    organiser = principal
    assert organiser is not None
    cleaned_challenges = checked_challenges(challenges)
    cleaned_members = await _checked_members(uow, pitch, members)
    session = uow.region(region)
    team = await session.scalar(select(HackathonTeam).where(HackathonTeam.pitch_id == pitch_id))
    before = None
    if team is None:
        if expected_version is not None:
            raise ConflictError()
        team = HackathonTeam(pitch_id=pitch_id, challenges="\n".join(cleaned_challenges))
        session.add(team)
        await session.flush()
    else:
        if expected_version is not None and expected_version != team.version:
            raise ConflictError()
        old_members = list(
            await session.scalars(
                select(HackathonTeamMember)
                .where(HackathonTeamMember.team_id == team.id)
                .order_by(HackathonTeamMember.position)
            )
        )
        before = _audit(team.challenges.splitlines(), [_member_view(m) for m in old_members])
        await session.execute(delete(HackathonTeamMember).where(HackathonTeamMember.team_id == team.id))
        team.challenges = "\n".join(cleaned_challenges)
        team.updated_at = datetime.now(UTC)  # a new version even when only the members changed
    session.add_all(
        HackathonTeamMember(team_id=team.id, role=m.role, user_id=m.user_id, name=m.name, position=index)
        for index, m in enumerate(cleaned_members, start=1)
    )
    await session.flush()
    record_change(
        session,
        organiser,
        request_id=request_id,
        action="hackathon_team.save",
        entity_type="HackathonTeam",
        entity_id=team.id,
        before=before,
        after=_audit(list(cleaned_challenges), list(cleaned_members)),
    )
    return HackathonTeamView(
        pitch=pitch, version=team.version, challenges=cleaned_challenges, members=tuple(cleaned_members)
    )


def _member_view(row: HackathonTeamMember) -> TeamMemberView:
    return TeamMemberView(role=row.role, user_id=row.user_id, name=row.name)


def _audit(challenges: list[str], members: list[TeamMemberView]) -> dict[str, object]:
    return {
        "challenges": challenges,
        "members": [{"role": m.role.value, "userId": m.user_id, "name": m.name} for m in members],
    }


async def _checked_members(uow: UnitOfWork, pitch: PitchView, members: Sequence[MemberInput]) -> list[TeamMemberView]:
    if len(members) > MAX_MEMBERS:
        raise InvalidInputError(
            f"Une équipe compte au plus {MAX_MEMBERS} membres.", code=CommonErrorCode.OUT_OF_RANGE, field="members"
        )
    wanted = {m.user_id for m in members if m.user_id is not None}
    candidates = {c.user_id: c for c in (await candidates_by_pitch(uow, [pitch])).get(pitch.id, [])}
    if len(wanted) != sum(1 for m in members if m.user_id is not None):
        raise InvalidInputError(
            "Une même personne figure deux fois dans l'équipe.", code=CommonErrorCode.DUPLICATE_NAME, field="members"
        )
    checked = []
    for index, member in enumerate(members):
        if member.user_id is not None:
            candidate = candidates.get(member.user_id)
            if candidate is None:
                raise InvalidInputError(
                    "Seules les personnes rattachées au projet (coach, experts, étudiants) peuvent être choisies "
                    "parmi les comptes ; ajoutez les autres par leur nom.",
                    code=EventErrorCode.NOT_A_PROJECT_MEMBER,
                    field=f"members.{index}.userId",
                )
            checked.append(TeamMemberView(role=member.role, user_id=member.user_id, name=candidate.name))
            continue
        name = _single_line(member.name)
        if not name:
            raise InvalidInputError(
                "Indiquez le nom du membre ou choisissez un compte.",
                code=CommonErrorCode.REQUIRED,
                field=f"members.{index}.name",
            )
        if len(name) > MEMBER_NAME_MAX_LENGTH:
            raise InvalidInputError(
                f"Un nom tient en {MEMBER_NAME_MAX_LENGTH} caractères au plus.",
                code=CommonErrorCode.TOO_LONG,
                field=f"members.{index}.name",
            )
        checked.append(TeamMemberView(role=member.role, user_id=None, name=name))
    return checked


async def candidates_by_pitch(uow: UnitOfWork, pitches: Sequence[PitchView]) -> dict[int, list[CandidateView]]:
    """The people attached to each pitch's project, with their names: one national statement per project
    region named, then one for the names."""
    national = uow.national()
    by_region: dict[str, set[int]] = defaultdict(set)
    for pitch in pitches:
        by_region[pitch.project_region].add(pitch.project_id)
    memberships = {
        region: await members_by_project(national, region, sorted(ids)) for region, ids in sorted(by_region.items())
    }
    user_ids = {m.user_id for found in memberships.values() for rows in found.values() for m in rows}
    users = await users_by_id(national, sorted(user_ids)) if user_ids else {}
    return {
        pitch.id: [
            CandidateView(user_id=m.user_id, name=users[m.user_id].display_name)
            for m in memberships[pitch.project_region].get(pitch.project_id, [])
            if m.user_id in users
        ]
        for pitch in pitches
    }


async def teams_of_events(uow: UnitOfWork, region: str, event_ids: Sequence[int]) -> dict[int, list[HackathonTeamView]]:
    """One entry per pitch of each event, in running order; callers have checked the reader runs the events.
    Four statements however many events and pitches (plus one per region whose projects pitch)."""
    pitches = await pitches_of_events(uow, region, event_ids)
    pitch_ids = [pitch.id for found in pitches.values() for pitch in found]
    session = uow.region(region)
    teams = {
        team.pitch_id: team
        for team in (
            await session.scalars(select(HackathonTeam).where(HackathonTeam.pitch_id.in_(pitch_ids)))
            if pitch_ids
            else []
        )
    }
    members: dict[int, list[TeamMemberView]] = defaultdict(list)
    if teams:
        rows = await session.scalars(
            select(HackathonTeamMember)
            .where(HackathonTeamMember.team_id.in_([team.id for team in teams.values()]))
            .order_by(HackathonTeamMember.team_id, HackathonTeamMember.position)
        )
        for row in rows:
            members[row.team_id].append(_member_view(row))
    result: dict[int, list[HackathonTeamView]] = {}
    for event_id, found in pitches.items():
        result[event_id] = []
        for pitch in found:
            team = teams.get(pitch.id)
            result[event_id].append(
                HackathonTeamView(
                    pitch=pitch,
                    version=team.version if team else None,
                    challenges=tuple(team.challenges.splitlines()) if team and team.challenges else (),
                    members=tuple(members[team.id]) if team else (),
                )
            )
    return result
