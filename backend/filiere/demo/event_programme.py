"""The demo's programmes (press releases of 2022 and 16 November 2023), and a future event whose public
registration can be tried.

The press releases give the days, the venues, the kinds of session, the themes of the meet-up workshops and the
2023 speakers with their functions; they give no hours nor rooms: those are demonstration values, and each
event's description says so. The 2027 event is fictional, marked « (démo) » like its edition.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select

from filiere.clock import PARIS
from filiere.demo.planning import COHORTS
from filiere.events.event_edit import slug_of
from filiere.events.models import Event, EventSession, SessionKind, SessionSpeaker
from filiere.methodology.models import MethodStatus, MethodVersion
from filiere.planning.models import Cohort
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession
from filiere.text import newest_first_key

DEMO_TIMES = "Horaires et salles de démonstration : les communiqués de presse ne donnent que les jours."
EVENT_2023 = "2023-pour-une-france-industrielle"
EVENT_2022_HDF = "2022-24-heures-pour-relocaliser-hauts-de-france"
FUTURE_NAME = "Pour une France industrielle (démo)"
FUTURE_EDITION = "Édition 2027 (démonstration)"
# The workshop whose few seats fill first: the registration demo shows its waiting list.
SMALL_WORKSHOP = "Meet-up : se développer à l'export"
WORKSHOP_ROOM = "Salle des ateliers"
AMPHI = "Amphithéâtre"


@dataclass(frozen=True)
class Speaker:
    name: str
    title: str
    organisation: str


@dataclass(frozen=True)
class DemoSession:
    kind: SessionKind
    title: str
    day: int  # 0: the event's first day
    start: time
    end: time
    room: str
    description: str = ""
    theme_key: str | None = None
    capacity: int | None = None
    end_day: int | None = None
    speakers: tuple[Speaker, ...] = field(default=())

    @property
    def open_to_public(self) -> bool:
        return self.kind not in {SessionKind.HACKATHON, SessionKind.PITCH_PREPARATION}


def _workshops(day: int, suffix: str = "") -> list[DemoSession]:
    """The five meet-up workshops of the national list, 20 minutes each, one after the other."""
    themes = [
        ("recruter-et-fideliser", "Meet-up : recruter et fidéliser", 25),
        ("financer-ses-projets", "Meet-up : financer ses projets", 25),
        ("innover-et-r-et-d", "Meet-up : innover et réaliser de la R&D", 25),
        ("export", SMALL_WORKSHOP, 3),
        ("demarche-rse", "Meet-up : intégrer une démarche RSE", 25),
    ]
    sessions = []
    for index, (key, title, capacity) in enumerate(themes):
        start = 14 * 60 + 30 * index  # minutes: one every half hour from 14:00
        sessions.append(
            DemoSession(
                SessionKind.WORKSHOP,
                title + suffix,
                day,
                time(start // 60, start % 60),
                time((start + 20) // 60, (start + 20) % 60),
                WORKSHOP_ROOM,
                "Session de 20 minutes sur un enjeu de la relocalisation-réindustrialisation.",
                theme_key=key,
                capacity=capacity,
            )
        )
    return sessions


PROGRAMME_2023 = [
    DemoSession(
        SessionKind.CONFERENCE,
        "Souveraineté de la France : systèmes économiques existants, nouveaux et résurgents",
        0, time(9, 30), time(10, 30), AMPHI,
        "Trois filières de la Vallée de Seine à l'honneur : le textile, le nucléaire et la mobilité.",
    ),
    DemoSession(
        SessionKind.CONFERENCE,
        "L'épopée de Verkor, la gigafactory de batteries",
        0, time(10, 45), time(11, 30), AMPHI,
        "Témoignage sur l'épopée de Verkor et sa levée de fonds de 2 milliards d'euros.",
        speakers=(Speaker("Olivier Dufour", "Cofondateur, ancien élève de NEOMA Business School", "Verkor"),),
    ),
    DemoSession(
        SessionKind.ROUND_TABLE,
        "Textile, nucléaire, mobilité : trois filières de la Vallée de Seine",
        0, time(11, 30), time(12, 30), AMPHI,
        speakers=(
            Speaker("Christophe Vergneault", "Vice-Président", "Next Move"),
            Speaker("Christelle Didelot", "Directrice générale", "Façon de Faire"),
            Speaker("Sabrina Debey", "Direction régionale", "EDF Normandie"),
        ),
    ),
    *_workshops(0),
    DemoSession(
        SessionKind.HACKATHON,
        "Hackathon autour des 7 projets d'entreprises",
        0, time(14, 0), time(19, 0), "Plateau du hackathon",
        "Entreprises accélérées, partenaires, experts des CCI, étudiants et enseignants-chercheurs définissent un "
        "modèle économique, technologique et environnemental pérenne. Réservé aux entreprises accélérées.",
    ),
    DemoSession(
        SessionKind.PITCH_PREPARATION,
        "Préparation des pitchs avec les coachs",
        1, time(9, 0), time(12, 0), "Plateau du hackathon",
        "Réservé aux entreprises accélérées.",
    ),
    DemoSession(
        SessionKind.MEETINGS,
        "Rendez-vous d'affaires (démo)",
        1, time(12, 20), time(13, 20), "Espace rendez-vous",
        "Rendez-vous de 20 minutes entre projets accélérés et partenaires.",
    ),
    DemoSession(
        SessionKind.PITCHES,
        "Pitchs des projets devant le public et le jury",
        1, time(14, 0), time(16, 0), AMPHI,
        "Chaque entreprise présente son projet en 3 minutes devant le public et un jury composé des partenaires.",
    ),
    DemoSession(
        SessionKind.PRIZE_CEREMONY,
        "Remise des prix par les partenaires de l'opération",
        1, time(16, 30), time(17, 30), AMPHI,
    ),
]  # fmt: skip

PROGRAMME_2022_HDF = [
    DemoSession(
        SessionKind.CONFERENCE,
        "Ouverture des 24 heures pour relocaliser",
        0, time(13, 30), time(14, 0), AMPHI,
        "Avec la Région Hauts-de-France, la CCI Hauts-de-France et Relocalisations.fr.",
    ),
    DemoSession(
        SessionKind.HACKATHON,
        "24 heures pour relocaliser",
        0, time(14, 0), time(14, 0), "Campus de la Catho et de Junia",
        "Distributeurs, marques, industriels, startups et designers accompagnés par des enseignants de l'EDHEC, "
        "des chercheurs de Junia et des experts : nouvelles technologies de l'industrie 4.0, matières premières "
        "innovantes, économie circulaire.",
        end_day=1,
    ),
    DemoSession(
        SessionKind.PRIZE_CEREMONY,
        "Remise des prix aux équipes gagnantes",
        1, time(14, 30), time(15, 30), AMPHI,
        "Prix décernés par les partenaires.",
    ),
]  # fmt: skip


async def load_demo_event_programme(registry: TenantRegistry) -> None:
    async with registry.national.sessions() as national:
        latest = await national.scalar(
            select(MethodVersion.id)
            .where(MethodVersion.status == MethodStatus.PUBLISHED)
            .order_by(MethodVersion.number.desc())
            .limit(1)
        )
    async with registry.region("normandie").sessions() as session, session.begin():
        event = await _event_by_slug(session, EVENT_2023)
        _method_version(event, await _cohort(session, event.cohort_id), latest)
        # Closed when the event began: the 2023 programme is a past one.
        event.registration_closes_at = datetime.combine(event.starts_on or date(2023, 11, 30), time(8, 0), PARIS)
        await _programme(session, event, PROGRAMME_2023)
        await _future_event(session, latest)
    async with registry.region("hauts-de-france").sessions() as session, session.begin():
        event = await _event_by_slug(session, EVENT_2022_HDF)
        _method_version(event, await _cohort(session, event.cohort_id), latest)
        await _programme(session, event, PROGRAMME_2022_HDF)


async def _event_by_slug(session: TenantSession, slug: str) -> Event:
    event: Event | None = await session.scalar(select(Event).where(Event.slug == slug))
    assert event is not None, f"the demo event {slug} is loaded first"
    return event


async def _cohort(session: TenantSession, cohort_id: int | None) -> Cohort | None:
    return await session.get(Cohort, cohort_id) if cohort_id is not None else None


def _method_version(event: Event, cohort: Cohort | None, latest: int | None) -> None:
    """The event's themes and grid are its cohort's method version's."""
    wanted = cohort.method_version_id if cohort is not None else latest
    if event.method_version_id != wanted:
        event.method_version_id = wanted


async def _future_event(session: TenantSession, latest: int | None) -> None:
    """Normandie's J0 of the fictional 2027 edition, open to registration until the evening before."""
    edition = next(c for c in COHORTS if c.edition == FUTURE_EDITION and c.region == "normandie")
    assert edition.event_date is not None and edition.event_end_date is not None
    cohort = await session.scalar(select(Cohort).where(Cohort.edition_year == 2027).limit(1))
    slug = slug_of(2027, FUTURE_NAME)
    event = await session.scalar(select(Event).where(Event.slug == slug))
    if event is None:
        event = Event(slug=slug, name=FUTURE_NAME, edition_year=2027)
        session.add(event)
    values = {
        "sort_key": newest_first_key(2027, FUTURE_NAME),
        "cohort_id": cohort.id if cohort else None,
        "starts_on": edition.event_date,
        "ends_on": edition.event_end_date,
        "venue": "Lieu de démonstration",
        "address": "Adresse de démonstration, Rouen",
        "description": "Événement de démonstration de l'édition 2027, fictive : conférences, ateliers « meet-up », "
        f"hackathon et pitchs. {DEMO_TIMES}",
        "registration_closes_at": datetime.combine(edition.event_date - timedelta(days=1), time(18, 0), PARIS),
        "method_version_id": cohort.method_version_id if cohort else latest,
    }
    for name, value in values.items():
        if getattr(event, name, None) != value:
            setattr(event, name, value)
    await session.flush()
    await _programme(
        session,
        event,
        [
            DemoSession(
                SessionKind.CONFERENCE,
                "Conférence d'ouverture (démo)",
                0,
                time(9, 30),
                time(10, 30),
                AMPHI,
                speakers=(Speaker("Intervenante (démo)", "Directrice (démo)", "Entreprise de démonstration"),),
            ),
            *_workshops(0, " (démo)"),
            DemoSession(SessionKind.HACKATHON, "Hackathon (démo)", 0, time(14, 0), time(19, 0), "Plateau du hackathon"),
            DemoSession(SessionKind.PITCHES, "Pitchs des projets (démo)", 1, time(14, 0), time(16, 0), AMPHI),
            DemoSession(SessionKind.PRIZE_CEREMONY, "Remise des prix (démo)", 1, time(16, 30), time(17, 30), AMPHI),
        ],
    )


async def _programme(session: TenantSession, event: Event, programme: list[DemoSession]) -> None:
    """Sessions matched on their title (their seats survive a reload), speakers written again."""
    assert event.starts_on is not None, "a dated event"
    if DEMO_TIMES not in event.description:
        event.description = f"{event.description} {DEMO_TIMES}".strip()
    existing = {
        row.title: row for row in await session.scalars(select(EventSession).where(EventSession.event_id == event.id))
    }
    for item in programme:
        day = event.starts_on + timedelta(days=item.day)
        end_day = event.starts_on + timedelta(days=item.end_day if item.end_day is not None else item.day)
        row = existing.get(item.title)
        if row is None:
            row = EventSession(event_id=event.id, title=item.title)
            session.add(row)
        values = {
            "kind": item.kind,
            "description": item.description,
            "theme_key": item.theme_key,
            "starts_at": datetime.combine(day, item.start, PARIS),
            "ends_at": datetime.combine(end_day, item.end, PARIS),
            "room": item.room,
            "capacity": item.capacity,
            "open_to_public": item.open_to_public,
        }
        for name, value in values.items():
            if getattr(row, name, None) != value:
                setattr(row, name, value)
        await session.flush()
        await session.execute(delete(SessionSpeaker).where(SessionSpeaker.session_id == row.id))
        for position, speaker in enumerate(item.speakers):
            session.add(
                SessionSpeaker(
                    session_id=row.id,
                    name=speaker.name,
                    title=speaker.title,
                    organisation=speaker.organisation,
                    position=position,
                )
            )
    await session.flush()
