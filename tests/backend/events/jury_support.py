"""What the jury tests share: the demo's people, a small unlocked event of Normandie with three pitches and
three jurors (the 2023 demo event is published, hence locked), and the GraphQL calls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from filiere.events.jury_models import Juror, Pitch
from filiere.events.models import Event
from filiere.ids import encode_id
from filiere.methodology.models import ScoringCriterion
from filiere.planning.models import Edition
from filiere.programmes.models import Project
from filiere.settings import NATIONAL_SLUG
from filiere.text import newest_first_key
from tests.backend.world import World

NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
COACH = "coach.normandie@demo.filiere.fr"
STUDENT = "etudiant.normandie@demo.filiere.fr"
ANNE = "jury@demo.filiere.fr"
BRUNO = "jury.source@demo.filiere.fr"
HERVE = "jury.facon@demo.filiere.fr"  # the harsh juror
OUTSIDER = "jury.ofg@demo.filiere.fr"  # a juror of the 2023 event only

MIJUIN = "Fabrication de marques complémentaires en lin"
HUMAN_MOB = "Vélo taxi innovant"
PIERCAN = "Nouveaux marchés pour les boîtes à gants"
ARTHUS = "Atelier de linge de bain en circuit court"
TOUROUL = "Relocalisation des approvisionnements textiles"  # Île-de-France
DEMO_EVENT_SLUG = "2023-pour-une-france-industrielle"

SCORE = """mutation($input: ScorePitchInput!) { scorePitch(input: $input) {
  __typename ... on EventError { field code message }
  ... on ScorePitchSuccess { scorecard { abstained comment scores { criterionId value } } }
} }"""
RESULTS = """query($id: ID!) { node(id: $id) { ... on Event {
  juryResults { rankingsDiffer rule
    weighted { rank score project { name } criteria { criterion { name } mean } }
    normalised { rank score normalisedScore project { name } }
    unranked { project { name } reason } }
  juryProgress { complete jurors { user { displayName } scored abstained missing }
    pitches { scored abstained missing } }
} } }"""
PUBLIC_RESULTS = """query($id: ID!) { node(id: $id) { ... on Event {
  results { rank score project { id name } prizes { name organisation { name } } }
} } }"""
EVENT_STATE = """query($id: ID!) { node(id: $id) { ... on Event { version resultsLockedAt resultsPublishedAt
  pitches { id order project { name } } } } }"""
LOCK = """mutation($input: JuryResultsInput!) { lockJuryResults(input: $input) {
  __typename ... on EventError { field code message }
  ... on EventJurySuccess { event { version resultsLockedAt } } } }"""
PUBLISH = """mutation($input: JuryResultsInput!) { publishEventResults(input: $input) {
  __typename ... on EventError { field code message }
  ... on EventJurySuccess { event { version resultsPublishedAt } } } }"""
REORDER = """mutation($input: ReorderPitchesInput!) { reorderPitches(input: $input) {
  __typename ... on EventError { field code message }
  ... on EventJurySuccess { event { version pitches { id order project { name } } } } } }"""
ADD_PITCH = """mutation($input: AddPitchInput!) { addPitch(input: $input) {
  __typename ... on EventError { field code message } ... on PitchSuccess { pitch { order project { name } } } } }"""


@dataclass(frozen=True)
class JuryEvent:
    """The test event: its global id, its pitches' global ids by project name, the grid's criterion ids."""

    id: str
    db_id: int
    pitches: dict[str, str]
    criteria: list[str]


async def project_ids(world: World, region: str, names: list[str]) -> dict[str, int]:
    async with world.registry.region(region).sessions() as session:
        rows = await session.execute(select(Project.name, Project.id).where(Project.name.in_(names)))
        return {row.name: row.id for row in rows}


async def jury_event(world: World, *, jurors: tuple[str, ...] = (ANNE, BRUNO, HERVE)) -> JuryEvent:
    """A Normandie event of 2024 with MIJUIN, HUMAN MOB and PIERCAN pitching, in that order, and `jurors`."""
    async with world.registry.national.sessions() as national:
        version_id = await national.scalar(select(Edition.method_version_id).where(Edition.year == 2023))
        criteria = list(
            await national.scalars(
                select(ScoringCriterion.id)
                .where(ScoringCriterion.method_version_id == version_id)
                .order_by(ScoringCriterion.position)
            )
        )
    user_ids = [(await world.user(email)).id for email in jurors]
    projects = await project_ids(world, "normandie", [MIJUIN, HUMAN_MOB, PIERCAN])
    async with world.registry.region("normandie").sessions() as session, session.begin():
        event = Event(
            slug="2024-jury-de-test",
            name="Jury de test",
            edition_year=2024,
            sort_key=newest_first_key(2024, "Jury de test"),
            method_version_id=version_id,
        )
        session.add(event)
        await session.flush()
        pitches = {}
        for position, name in enumerate([MIJUIN, HUMAN_MOB, PIERCAN], start=1):
            pitches[name] = Pitch(
                event_id=event.id, project_region="normandie", project_id=projects[name], position=position
            )
        session.add_all(pitches.values())
        session.add_all(
            Juror(event_id=event.id, user_id=user_id, invited_at=datetime(2024, 1, 1, 9, index, tzinfo=UTC))
            for index, user_id in enumerate(user_ids)
        )
        await session.flush()
        return JuryEvent(
            id=encode_id("Event", "normandie", event.id),
            db_id=event.id,
            pitches={name: encode_id("EventPitch", "normandie", pitch.id) for name, pitch in pitches.items()},
            criteria=[encode_id("ScoringCriterion", NATIONAL_SLUG, criterion) for criterion in criteria],
        )


async def demo_event_id(world: World) -> str:
    async with world.registry.region("normandie").sessions() as session:
        event_id = await session.scalar(select(Event.id).where(Event.slug == DEMO_EVENT_SLUG))
    assert event_id is not None
    return encode_id("Event", "normandie", event_id)


def card(event: JuryEvent, project: str, *values: float, comment: str = "") -> dict[str, Any]:
    """A scorecard's input; a single value is given on every criterion."""
    spread = values * len(event.criteria) if len(values) == 1 else values
    return {
        "pitchId": event.pitches[project],
        "scores": [{"criterionId": c, "value": v} for c, v in zip(event.criteria, spread, strict=True)],
        "comment": comment,
    }


async def score(world: World, as_user: str, payload: dict[str, Any]) -> dict[str, Any]:
    body = await world.graphql(SCORE, {"input": payload}, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["scorePitch"]
    return result


async def event_version(world: World, event: str) -> int:
    body = await world.graphql(EVENT_STATE, {"id": event}, as_user=NORMANDIE_ADVISER)
    version: int = body["data"]["node"]["version"]
    return version
