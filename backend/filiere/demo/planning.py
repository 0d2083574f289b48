"""Demo planning: the national method, the editions of the press releases and a current edition.

Built through the domain services (as CCI France and each region's admin), so the demo obeys the same
rules as users. From the seeds: the 2022 editions (Rouen, whose date was not published; Hauts-de-France,
17–18 November 2022) and 2023 (Normandie and Île-de-France, J0 30 November 2023 at NEOMA Business
School); their milestones are shown done on time. The 2027 edition is fictional, so that « Mes jalons »
and the « Rythme » dashboard have a running plan: its statuses are drawn once, deterministically, as of
DEMO_AS_OF, each region with its own discipline.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from filiere.accounts.models import User
from filiere.auth.principal import Principal
from filiere.demo.data import PROJECTS
from filiere.demo.method import MEETUP_THEMES, METHOD, add_scoring_grid
from filiere.methodology import service as methodology
from filiere.methodology.calendar import calendar_for
from filiere.methodology.models import MeetupTheme, MethodStatus, MethodVersion
from filiere.planning import cohorts, editions
from filiere.planning.cohorts import CohortInput
from filiere.planning.editions import EditionInput
from filiere.planning.models import Cohort, Edition, Milestone
from filiere.programmes.models import Project
from filiere.settings import Settings
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork

DEMO_AS_OF = date(2026, 11, 23)
REQUEST_ID = "demo-load"
PILOT_REGIONS = ["normandie", "ile-de-france", "hauts-de-france", "bourgogne-franche-comte"]


@dataclass(frozen=True)
class DemoEdition:
    year: int
    name: str
    regions: tuple[str, ...]


@dataclass(frozen=True)
class DemoCohort:
    edition: str
    region: str
    name: str
    venue: str
    school_partner: str = ""
    event_date: date | None = None
    event_end_date: date | None = None
    history: bool = True  # a past edition: every dated milestone shown done on its date


EDITIONS = [
    DemoEdition(2022, "Édition 2022", ("normandie", "hauts-de-france")),
    DemoEdition(2023, "Édition 2023", tuple(PILOT_REGIONS)),
    DemoEdition(2027, "Édition 2027 (démonstration)", tuple(PILOT_REGIONS)),
]

COHORTS = [
    DemoCohort("Édition 2022", "normandie", "24 heures pour relocaliser — Rouen", "Rouen"),
    DemoCohort(
        "Édition 2022",
        "hauts-de-france",
        "24 heures pour relocaliser — 2e édition",
        "Campus de la Catho et de Junia",
        "EDHEC, Junia",
        date(2022, 11, 17),
        date(2022, 11, 18),
    ),
    *(
        DemoCohort(
            "Édition 2023",
            region,
            "Pour une France industrielle",
            "NEOMA Business School, Rouen",
            "NEOMA Business School",
            date(2023, 11, 30),
            date(2023, 12, 1),
        )
        for region in ("normandie", "ile-de-france")
    ),
    *(
        DemoCohort(
            "Édition 2027 (démonstration)",
            region,
            "Cohorte 2027 (démonstration)",
            "Lieu de démonstration",
            "École partenaire (démonstration)",
            date(2027, 3, 18),
            date(2027, 3, 19),
            history=False,
        )
        for region in PILOT_REGIONS
    ),
]

# Share of past milestones done on time, for each region of the fictional edition.
DISCIPLINE = {"normandie": 0.85, "ile-de-france": 0.7, "hauts-de-france": 0.8, "bourgogne-franche-comte": 0.6}


async def _principal(uow: UnitOfWork, email: str) -> Principal:
    user = await uow.national().scalar(select(User).where(User.email == email))
    assert user is not None, f"demo account {email} is loaded first"
    return Principal(
        subject=user.subject, role=user.role, display_name=user.display_name, email=user.email, region=user.region
    )


async def load_national_planning(registry: TenantRegistry) -> None:
    """The published method and the editions (the national part; users must be loaded)."""
    async with UnitOfWork(registry) as uow:
        national = await _principal(uow, "national@demo.filiere.fr")
        session = uow.national()
        version = await session.scalar(select(MethodVersion).where(MethodVersion.number == 1))
        if version is None:
            draft = await methodology.create_draft(uow, national, based_on_id=None, request_id=REQUEST_ID)
            content = await methodology.save_draft(
                uow, national, version_id=draft.id, expected_version=draft.version, draft=METHOD, request_id=REQUEST_ID
            )
            published = await methodology.publish(
                uow,
                national,
                version_id=draft.id,
                expected_version=content.version.version,
                request_id=REQUEST_ID,
            )
            version_id = published.id
        else:
            assert version.status is not MethodStatus.DRAFT
            version_id = version.id
        await _meetup_themes(uow, version_id)
        await add_scoring_grid(session, version_id)
        existing = {row.name for row in await session.scalars(select(Edition))}
        for item in EDITIONS:
            if item.name not in existing:
                data = EditionInput(
                    year=item.year, name=item.name, method_version_id=version_id, regions=list(item.regions)
                )
                await editions.create_edition(uow, national, data=data, request_id=REQUEST_ID)
        await uow.commit()


async def _meetup_themes(uow: UnitOfWork, version_id: int) -> None:
    """The meet-up themes of the demo's published method (no service edits a published version: written here,
    once; later drafts copy them)."""
    session = uow.national()
    if await session.scalar(select(MeetupTheme.id).where(MeetupTheme.method_version_id == version_id).limit(1)):
        return
    for position, (key, name) in enumerate(MEETUP_THEMES):
        session.add(MeetupTheme(method_version_id=version_id, key=key, name=name, position=position))
    await session.flush()


async def load_regional_planning(registry: TenantRegistry, settings: Settings, region: str) -> None:
    """A region's cohorts, its projects in them, and the statuses of their milestones."""
    if region not in DISCIPLINE:
        return
    async with UnitOfWork(registry) as uow:
        admin = await _principal(uow, f"admin.{region}@demo.filiere.fr")
        edition_ids = {row.name: row.id for row in await uow.national().scalars(select(Edition))}
        session = uow.region(region)
        for item in (c for c in COHORTS if c.region == region):
            edition_id = edition_ids[item.edition]
            cohort = await session.scalar(select(Cohort).where(Cohort.edition_id == edition_id))
            if cohort is None:
                data = CohortInput(
                    name=item.name,
                    venue=item.venue,
                    school_partner=item.school_partner,
                    event_date=item.event_date,
                    event_end_date=item.event_end_date,
                )
                view = await cohorts.create_cohort(uow, admin, edition_id=edition_id, data=data, request_id=REQUEST_ID)
                cohort = await session.get(Cohort, view.id)
                assert cohort is not None
            year = int(item.edition.split()[1])
            names = {p.name for p in PROJECTS if p.region == region and p.edition == year}
            for project in await session.scalars(select(Project).where(Project.name.in_(names))):
                if project.cohort_id is None:
                    await cohorts.add_project(
                        uow,
                        admin,
                        region=region,
                        cohort_id=cohort.id,
                        project_id=project.id,
                        expected_version=cohort.version,
                        request_id=REQUEST_ID,
                    )
            await _statuses(uow, region, cohort.id, item.history)
        await uow.commit()


def _draw(*parts: object) -> float:
    """A stable pseudo-random number in [0, 1) for these parts: same statuses on every load."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


async def _statuses(uow: UnitOfWork, region: str, cohort_id: int, history: bool) -> None:
    """Past editions: everything done on its date. The current one, as of DEMO_AS_OF: of the milestones
    already due, the region's share done on time, then as many done late as left overdue (ranked by a
    stable draw, so every region shows all three); half of those due in the next ten days started."""
    calendar = calendar_for(uow.registry.region(region).holiday_subdivision)
    horizon = calendar.shift(DEMO_AS_OF, 10)
    session = uow.region(region)
    # Natural keys only: ids differ from one database (or one reload) to the next.
    names = await session.execute(select(Project.id, Project.name))
    project_names = {project_id: name for project_id, name in names}  # noqa: C416 - rows, not pairs
    rows = [m for m in await session.scalars(select(Milestone).where(Milestone.cohort_id == cohort_id)) if m.due_date]

    def draw(milestone: Milestone) -> float:
        return _draw(region, milestone.template_key, project_names.get(milestone.project_id or 0, ""))

    if history:
        for milestone in rows:
            milestone.started_on = milestone.done_on = milestone.due_date
        return
    past = sorted((m for m in rows if m.due_date and m.due_date < DEMO_AS_OF), key=draw)
    on_time = math.floor(DISCIPLINE[region] * len(past))
    late = math.ceil((len(past) - on_time) / 2)
    for rank, milestone in enumerate(past):
        due = milestone.due_date
        assert due is not None
        milestone.started_on = calendar.shift(due, -3)
        if rank < on_time:
            milestone.done_on = due
        elif rank < on_time + late:
            milestone.done_on = min(calendar.shift(due, 2 + rank % 3), calendar.shift(DEMO_AS_OF, -1))
        else:
            milestone.done_on = None
            milestone.started_on = None if rank % 2 else milestone.started_on
        if milestone.done_on is not None:
            milestone.evidence = "Compte rendu déposé (donnée de démonstration)."
    for milestone in rows:
        if milestone.due_date and DEMO_AS_OF <= milestone.due_date <= horizon:
            milestone.done_on = None
            milestone.started_on = calendar.shift(DEMO_AS_OF, -2) if draw(milestone) < 0.5 else None
    await session.flush()
