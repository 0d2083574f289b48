"""An event of Normandie co-organised by Île-de-France, apart from the demo's (whose pitches and requests change
with the demo), made ready for the hackathon and B2B meetings tests: pitches of Normandie projects (MIJUIN
first, whose coach, expert and students are attached) and one Île-de-France project (co-organiser), a pitch
session, a morning of meetings and tables, a second partner's person. Rows are written straight with the models:
the pitches and programme services are other parts' work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update

from filiere.accounts.models import User
from filiere.auth.principal import Role
from filiere.events.jury_models import Juror, Pitch
from filiere.events.meeting_models import MeetingRequest, MeetingRequestStatus
from filiere.events.models import Event, EventCoOrganiser, EventSession, SessionKind
from filiere.ids import encode_id
from filiere.programmes.models import Company, Project
from filiere.settings import NATIONAL_SLUG
from filiere.text import newest_first_key
from tests.backend.world import World

EVENT_SLUG = "2023-evenement-des-tests-de-rendez-vous"
ORGANISER = "conseiller.normandie@demo.filiere.fr"
CO_ORGANISER = "conseiller.ile-de-france@demo.filiere.fr"
OTHER_REGION = "conseiller.hauts-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
OTHER_PARTNER = "partenaire2@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
COACH = "coach.normandie@demo.filiere.fr"
STUDENT = "etudiant.normandie@demo.filiere.fr"
MEETINGS_START = datetime(2023, 12, 1, 8, 0, tzinfo=UTC)  # 9:00 in Paris: three 20-minute slots until 10:00
PITCHES_START = datetime(2023, 11, 30, 13, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Stage:
    event_id: str  # global ids
    event_key: int
    pitch_ids: list[str]
    pitch_keys: list[int]
    project_names: list[str]
    partner_user_ids: list[int]  # Bpifrance's person, then the second partner's


async def _event_row(world: World) -> Event:
    """The test event, made on first use with the demo's method version (its scoring grid and themes)."""
    async with world.registry.region("normandie").sessions() as session, session.begin():
        event = await session.scalar(select(Event).where(Event.slug == EVENT_SLUG))
        if event is not None:
            return event
        demo = await session.scalar(select(Event).where(Event.slug == "2023-pour-une-france-industrielle"))
        name = "Événement des tests de rendez-vous"
        event = Event(
            slug=EVENT_SLUG,
            name=name,
            edition_year=2023,
            sort_key=newest_first_key(2023, name),
            starts_on=date(2023, 11, 30),
            ends_on=date(2023, 12, 1),
            method_version_id=demo.method_version_id if demo else None,
        )
        session.add(event)
        await session.flush()
        session.add(EventCoOrganiser(event_id=event.id, region="ile-de-france"))
        return event


async def second_partner(world: World) -> int:
    async with world.registry.national.sessions() as session, session.begin():
        found = await session.scalar(select(User.id).where(User.email == OTHER_PARTNER))
        if found is not None:
            return found
        user = User(
            subject="test-partner-2",
            email=OTHER_PARTNER,
            display_name="Claire Martin (démo)",
            role=Role.PARTNER,
            is_active=True,
            is_demo=True,
        )
        session.add(user)
        await session.flush()
        user_id = user.id
    world._users.clear()  # the new account, read again
    return user_id


async def stage(world: World, *, normandie_pitches: int = 3, tables: int = 2, slots: int = 3) -> Stage:
    """The 2023 event with pitches (MIJUIN first, then other Normandie projects, then one Île-de-France
    project), a pitch session the day before and `slots` meeting slots."""
    event = await _event_row(world)
    async with world.registry.region("normandie").sessions() as session:
        projects = list(
            await session.execute(select(Project.id, Project.name).order_by(Project.name != "MIJUIN", Project.id))
        )
    async with world.registry.region("ile-de-france").sessions() as session:
        idf = (await session.execute(select(Project.id, Project.name).order_by(Project.id).limit(1))).one()
    chosen = [("normandie", p.id, p.name) for p in projects[:normandie_pitches]] + [("ile-de-france", idf.id, idf.name)]
    async with world.registry.region("ile-de-france").sessions() as session, session.begin():
        await session.execute(
            update(Company)
            .where(Company.id == select(Project.company_id).where(Project.id == idf.id).scalar_subquery())
            .values(contact_email="contact.idf@example.org")
        )
    async with world.registry.region("normandie").sessions() as session, session.begin():
        for _, project_id, _ in chosen[:-1]:
            await session.execute(
                update(Company)
                .where(Company.id == select(Project.company_id).where(Project.id == project_id).scalar_subquery())
                .values(contact_email=f"contact.{project_id}@example.org")
            )
        pitches = [
            Pitch(event_id=event.id, project_region=region, project_id=project_id, position=index)
            for index, (region, project_id, _) in enumerate(chosen, start=1)
        ]
        session.add_all(pitches)
        session.add_all(
            [
                EventSession(
                    event_id=event.id,
                    kind=SessionKind.PITCHES,
                    title="Pitchs des projets",
                    starts_at=PITCHES_START,
                    ends_at=PITCHES_START + timedelta(hours=2),
                ),
                EventSession(
                    event_id=event.id,
                    kind=SessionKind.MEETINGS,
                    title="Rendez-vous d'affaires",
                    starts_at=MEETINGS_START,
                    ends_at=MEETINGS_START + timedelta(minutes=20 * slots),
                ),
            ]
        )
        stored = await session.get(Event, event.id)
        assert stored is not None
        stored.meeting_tables = tables
        await session.flush()
        pitch_keys = [pitch.id for pitch in pitches]
    bpifrance = (await world.user(PARTNER)).id
    return Stage(
        event_id=encode_id("Event", "normandie", event.id),
        event_key=event.id,
        pitch_ids=[encode_id("Pitch", "normandie", key) for key in pitch_keys],
        pitch_keys=pitch_keys,
        project_names=[name for _, _, name in chosen],
        partner_user_ids=[bpifrance, await second_partner(world)],
    )


async def add_requests(
    world: World, staged: Stage, pairs: list[tuple[int, int]], *, status: MeetingRequestStatus
) -> list[int]:
    """Requests (pitch index, partner index) in `status`, as the partners asked; their ids."""
    async with world.registry.region("normandie").sessions() as session, session.begin():
        pitches = {p.id: p for p in await session.scalars(select(Pitch).where(Pitch.id.in_(staged.pitch_keys)))}
        rows = []
        for pitch_index, partner_index in pairs:
            pitch = pitches[staged.pitch_keys[pitch_index]]
            rows.append(
                MeetingRequest(
                    event_id=staged.event_key,
                    project_region=pitch.project_region,
                    project_id=pitch.project_id,
                    partner_user_id=staged.partner_user_ids[partner_index],
                    asked_by_partner=True,
                    message="Échange (démo)",
                    status=status,
                )
            )
        session.add_all(rows)
        await session.flush()
        return [row.id for row in rows]


async def make_juror(world: World, staged: Stage, email: str) -> None:
    user = await world.user(email)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        session.add(Juror(event_id=staged.event_key, user_id=user.id, invited_at=datetime.now(UTC)))


def request_global_id(key: int) -> str:
    return encode_id("MeetingRequest", "normandie", key)


def user_global_id(key: int) -> str:
    return encode_id("User", NATIONAL_SLUG, key)
