"""Helpers shared by the calendar, export and digest tests: the demo's current cohorts, milestones read
straight from a region's database, and more milestones to show that statement counts do not grow."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar
from sqlalchemy import func, select, update

from filiere.audit.models import AuditEvent
from filiere.ids import encode_id
from filiere.planning.calendar.models import CalendarFeed
from filiere.planning.models import Cohort, Milestone
from tests.backend.world import World

NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
NORMANDIE_ADMIN = "admin.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
IDF_ADMIN = "admin.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
OPS = "ops@demo.filiere.fr"
SECRET_EVIDENCE = "Compte rendu confidentiel 7f3a9c"


async def cohort_id(world: World, region: str, year: int = 2027) -> int:
    async with world.registry.region(region).sessions() as session:
        found = await session.scalar(select(Cohort.id).where(Cohort.edition_year == year))
    assert found is not None, f"the demo has a {year} cohort in {region}"
    return int(found)


async def cohort_gid(world: World, region: str, year: int = 2027) -> str:
    return encode_id("Cohort", region, await cohort_id(world, region, year))


async def milestones(world: World, region: str, *conditions: object) -> list[Milestone]:
    async with world.registry.region(region).sessions() as session:
        return list(await session.scalars(select(Milestone).where(*conditions).order_by(Milestone.id)))  # type: ignore[arg-type]


async def hide_evidence_everywhere(world: World, region: str) -> None:
    """Confidential evidence on every milestone: no output may carry it."""
    async with world.registry.region(region).sessions() as session, session.begin():
        await session.execute(
            update(Milestone).values(evidence=SECRET_EVIDENCE, evidence_url="https://secret.example/x")
        )


async def add_milestones(world: World, region: str, cohort: int, count: int) -> None:
    """Copies of the cohort's milestones (other projects, other assignees), each on its own day."""
    async with world.registry.region(region).sessions() as session, session.begin():
        models = list(await session.scalars(select(Milestone).where(Milestone.cohort_id == cohort).limit(count)))
        for index in range(count):
            model = models[index % len(models)]
            due = date(2026, 12, 1) + timedelta(days=index)
            session.add(
                Milestone(
                    cohort_id=cohort,
                    project_id=model.project_id,
                    template_id=model.template_id,
                    template_key=f"{model.template_key}-copie-{index}",
                    phase_key=model.phase_key,
                    phase_name=model.phase_name,
                    phase_position=model.phase_position,
                    position=model.position,
                    title=f"Jalon ajouté {index}",
                    scope=model.scope,
                    owner=model.owner,
                    expected_deliverable="",
                    offset_working_days=model.offset_working_days,
                    due_date=due,
                    sort_key=f"{due.isoformat()} 99 {index:03d}",
                    assignee_id=model.assignee_id,
                )
            )


async def audit_count(world: World, region: str, action: str) -> int:
    async with world.registry.region(region).sessions() as session:
        count = await session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action))
    return int(count or 0)


async def feed_count(world: World, region: str) -> int:
    async with world.registry.region(region).sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(CalendarFeed)) or 0)


def events(body: bytes) -> dict[str, object]:
    """The VEVENTs of an ICS body, by UID."""
    calendar = Calendar.from_ical(body)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}
