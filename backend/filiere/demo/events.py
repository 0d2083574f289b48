"""The demo's events (`data.EVENTS`): one row per event, in its host region's database, its co-organising
regions named, each linked to its host cohort's J0 when the demo plans that edition."""

from __future__ import annotations

from sqlalchemy import delete, select

from filiere.demo.data import EVENTS, DemoEvent
from filiere.events.models import Event, EventCoOrganiser
from filiere.planning.models import Cohort
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession
from filiere.text import newest_first_key


async def load_demo_events(registry: TenantRegistry) -> None:
    for item in EVENTS:
        co_organiser_cohorts: dict[str, int | None] = {}
        for region in item.co_organisers:
            async with registry.region(region).sessions() as session, session.begin():
                # Before the platform knew co-organisers, a co-organised event was stored once per region.
                await session.execute(
                    delete(Event).where(Event.edition_year == item.edition_year, Event.name == item.name)
                )
                co_organiser_cohorts[region] = await _cohort_of(session, item.edition_year)
        async with registry.region(item.region).sessions() as session, session.begin():
            await _event(session, item, co_organiser_cohorts)


async def _cohort_of(session: TenantSession, edition_year: int) -> int | None:
    cohort_id: int | None = await session.scalar(select(Cohort.id).where(Cohort.edition_year == edition_year).limit(1))
    return cohort_id


async def _event(session: TenantSession, item: DemoEvent, co_organiser_cohorts: dict[str, int | None]) -> Event:
    cohort_id = await _cohort_of(session, item.edition_year)
    event: Event | None = await session.scalar(select(Event).where(Event.slug == item.slug))
    if event is None:
        event = await session.scalar(
            select(Event).where(Event.edition_year == item.edition_year, Event.name == item.name)
        )
    if event is None:
        event = Event(edition_year=item.edition_year, name=item.name)
        session.add(event)
    presented, produced, advanced, research = item.results or (None, None, None, None)
    values = {
        "slug": item.slug,
        "sort_key": newest_first_key(item.edition_year, item.name),
        "venue": item.venue,
        "description": item.description,
        "starts_on": item.starts_on,
        "ends_on": item.ends_on,
        "cohort_id": cohort_id,
        "products_presented": presented,
        "produced_in_france": produced,
        "advanced_relocation": advanced,
        "research_studies": research,
    }
    for name, value in values.items():
        if getattr(event, name, None) != value:
            setattr(event, name, value)
    await session.flush()
    await session.execute(delete(EventCoOrganiser).where(EventCoOrganiser.event_id == event.id))
    for region, cohort_id in co_organiser_cohorts.items():
        session.add(EventCoOrganiser(event_id=event.id, region=region, cohort_id=cohort_id))
    await session.flush()
    return event
