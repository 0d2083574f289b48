"""Hackathon teams in GraphQL: `Event.hackathonTeams` (organisers) and `saveHackathonTeam`."""

from __future__ import annotations

from collections.abc import Sequence

import strawberry

from filiere.auth.policy import Action
from filiere.events import hackathon
from filiere.events.hackathon import CandidateView, HackathonTeamView, MemberInput, TeamMemberView
from filiere.events.jury_models import HackathonRole
from filiere.events.pitch_projects import PitchView
from filiere.events.schema.errors import EVENT_ERRORS
from filiere.events.schema.pitch_type import PitchType
from filiere.events.service import EventView, may
from filiere.graphql.loaders import RequestLoader
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.settings import NATIONAL_SLUG

HackathonRoleType = strawberry.enum(
    HackathonRole, name="HackathonRole", description="Rôle d'un membre d'une équipe du hackathon."
)


class HackathonTeamsByEventLoader(RequestLoader[int, list[HackathonTeamView]]):
    """One entry per pitch of each event of a region (callers have checked the reader runs the events)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[HackathonTeamView]]:
        found = await hackathon.teams_of_events(self.uow, self.regional_slug, ids)
        return [found[key] for key in ids]


class HackathonCandidatesByPitchLoader(RequestLoader[PitchView, list[CandidateView]]):
    """The people attached to each pitch's project (keyed by the pitch's view, which names the project)."""

    async def fetch(self, pitches: Sequence[PitchView]) -> list[list[CandidateView]]:
        found = await hackathon.candidates_by_pitch(self.uow, pitches)
        return [found[pitch.id] for pitch in pitches]


@strawberry.type(name="HackathonUserRef", description="Compte d'une personne (son identifiant seulement).")
class HackathonUserRef:
    id: strawberry.ID


def _user(user_id: int | None) -> HackathonUserRef | None:
    if user_id is None:
        return None
    return HackathonUserRef(id=strawberry.ID(encode_id("User", NATIONAL_SLUG, user_id)))


@strawberry.type(name="HackathonTeamMember", description="Membre d'une équipe du hackathon.")
class HackathonTeamMemberType:
    view: strawberry.Private[TeamMemberView]

    @strawberry.field
    def role(self) -> HackathonRoleType:  # type: ignore[valid-type]
        return self.view.role

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Son compte, s'il est rattaché au projet ; null pour un membre nommé seulement.")
    def user(self) -> HackathonUserRef | None:
        return _user(self.view.user_id)


@strawberry.type(name="HackathonCandidate", description="Personne rattachée au projet, proposée comme membre.")
class HackathonCandidateType:
    view: strawberry.Private[CandidateView]

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def user(self) -> HackathonUserRef:
        user = _user(self.view.user_id)
        assert user is not None
        return user


@strawberry.type(name="HackathonTeam", description="L'équipe du hackathon d'un projet accéléré (un pitch).")
class HackathonTeamType:
    view: strawberry.Private[HackathonTeamView]

    @strawberry.field
    def pitch(self) -> PitchType:
        return PitchType(view=self.view.pitch)

    @strawberry.field(description="Version enregistrée ; null tant que l'équipe n'est pas composée.")
    def version(self) -> int | None:
        return self.view.version

    @strawberry.field(description="Les défis que l'équipe relève.")
    def challenges(self) -> list[str]:
        return list(self.view.challenges)

    @strawberry.field
    def members(self) -> list[HackathonTeamMemberType]:
        return [HackathonTeamMemberType(view=member) for member in self.view.members]

    @strawberry.field(description="Le coach, les experts et les étudiants rattachés au projet, à proposer.")
    async def candidates(self, info: Info) -> list[HackathonCandidateType]:
        loader = info.context.loaders.get(HackathonCandidatesByPitchLoader)
        return [HackathonCandidateType(view=c) for c in await loader.load(self.view.pitch)]


@strawberry.type
class EventHackathonFields:
    view: strawberry.Private[EventView]

    @strawberry.field(
        description="Une équipe par pitch, dans l'ordre de passage (vide tant qu'elle n'est pas composée) ; pour "
        "les organisateurs, liste vide sinon."
    )
    async def hackathon_teams(self, info: Info) -> list[HackathonTeamType]:
        if not may(info.context.principal, Action.MANAGE_EVENT, self.view):
            return []
        loader = info.context.loaders.get(HackathonTeamsByEventLoader, self.view.region)
        return [HackathonTeamType(view=team) for team in await loader.load(self.view.id)]


@strawberry.input(description="Un membre : un compte rattaché au projet (userId) ou un nom.")
class HackathonMemberInput:
    role: HackathonRoleType  # type: ignore[valid-type]
    user_id: strawberry.ID | None = None
    name: str = ""


@strawberry.input(description="Composer l'équipe du hackathon d'un pitch (remplace l'équipe entière).")
class SaveHackathonTeamInput:
    pitch_id: strawberry.ID
    challenges: list[str]
    members: list[HackathonMemberInput]
    expected_version: int | None = strawberry.field(
        default=None, description="Version lue ; refusé si l'équipe a changé depuis."
    )


@strawberry.type
class HackathonTeamSuccess:
    team: HackathonTeamType


HackathonTeamPayload = EVENT_ERRORS.payload("HackathonTeamPayload", HackathonTeamSuccess)


def _member(member: HackathonMemberInput) -> MemberInput:
    user_id = None
    if member.user_id is not None:
        user_id = decode_id(member.user_id, expected_type="User").int_key
    return MemberInput(role=member.role, user_id=user_id, name=member.name)


@strawberry.type
class HackathonMutation:
    @mutation(requires=Action.MANAGE_EVENT, description="Compose l'équipe du hackathon d'un pitch ; tracé.")
    async def save_hackathon_team(self, info: Info, input: SaveHackathonTeamInput) -> HackathonTeamPayload:  # noqa: A002
        pitch = decode_id(input.pitch_id, expected_type="Pitch")
        view = await hackathon.save_hackathon_team(
            info.context.uow,
            info.context.principal,
            region=pitch.tenant,
            pitch_id=pitch.int_key,
            challenges=input.challenges,
            members=[_member(member) for member in input.members],
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return HackathonTeamSuccess(team=HackathonTeamType(view=view))
