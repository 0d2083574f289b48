"""Events: the list and one event, with its host and co-organising regions, and who may do what on it.

An event lives once, in its host region's database; `co_organisers` names the other regions that run it (their
staff manage it as the host's do: `Reach.ADDRESSED`) and whose projects pitch there. Every other module of the
domain finds an event through `event_for` (read) or `managed_event` (organisers), so the decision is made once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, exists, func, select, true

from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import ForbiddenError, NotFoundError
from filiere.events.models import Event, EventCoOrganiser
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class ProductFigures:
    """The figures published after the editions before the platform, in products."""

    products_presented: int
    produced_in_france: int
    advanced_relocation: int
    research_studies: int


@dataclass(frozen=True, kw_only=True)
class EventView:
    region: str  # the host region, whose database holds the event
    id: int
    slug: str
    name: str
    sort_key: str
    edition_year: int
    version: int
    co_organisers: tuple[str, ...]
    cohort_id: int | None
    starts_on: date | None
    ends_on: date | None
    venue: str
    address: str
    description: str
    registration_closes_at: datetime | None
    pitch_seconds: int
    method_version_id: int | None
    meeting_tables: int
    results_locked_at: datetime | None
    results_published_at: datetime | None
    product_figures: ProductFigures | None

    @property
    def regions(self) -> tuple[str, ...]:
        """The host first, then the co-organisers: the regions whose projects pitch at the event."""
        return (self.region, *self.co_organisers)

    @classmethod
    def of(cls, region: str, event: Event, co_organisers: Sequence[str]) -> EventView:
        figures = None
        if event.products_presented is not None:
            figures = ProductFigures(
                products_presented=event.products_presented,
                produced_in_france=event.produced_in_france or 0,
                advanced_relocation=event.advanced_relocation or 0,
                research_studies=event.research_studies or 0,
            )
        return cls(
            region=region,
            id=event.id,
            slug=event.slug,
            name=event.name,
            sort_key=event.sort_key,
            edition_year=event.edition_year,
            version=event.version,
            co_organisers=tuple(sorted(co_organisers)),
            cohort_id=event.cohort_id,
            starts_on=event.starts_on,
            ends_on=event.ends_on,
            venue=event.venue,
            address=event.address,
            description=event.description,
            registration_closes_at=event.registration_closes_at,
            pitch_seconds=event.pitch_seconds,
            method_version_id=event.method_version_id,
            meeting_tables=event.meeting_tables,
            results_locked_at=event.results_locked_at,
            results_published_at=event.results_published_at,
            product_figures=figures,
        )


def may(principal: Principal | None, action: Action, event: EventView, *, invited: bool = False) -> bool:
    """The policy's decision on `event`: a co-organising region's staff reach it as `ADDRESSED`."""
    addressed = principal is not None and principal.region in event.co_organisers
    return is_allowed(principal, action, region=event.region, addressed=addressed, invited=invited)


async def views_of(session: TenantSession, region: str, events: Sequence[Event]) -> list[EventView]:
    """Views of `events` of one tenant, their co-organisers read in one statement."""
    co_organisers: dict[int, list[str]] = {event.id: [] for event in events}
    if events:
        rows = await session.execute(
            select(EventCoOrganiser.event_id, EventCoOrganiser.region).where(
                EventCoOrganiser.event_id.in_(co_organisers)
            )
        )
        for event_id, co_region in rows:
            co_organisers[event_id].append(co_region)
    return [EventView.of(region, event, co_organisers[event.id]) for event in events]


async def list_events(
    uow: UnitOfWork, principal: Principal | None, *, region: str | None, page: PageRequest
) -> Page[EventView]:
    """Most recent edition first. `region`: the events that region hosts or co-organises."""
    reader = require_principal(principal)
    tenants = [t for t in uow.registry.regions if is_allowed(reader, Action.VIEW_EVENT, region=t.slug)]
    if region is not None and not uow.registry.has_region(region):
        tenants = []

    async def read(tenant: Tenant) -> TenantSlice[EventView]:
        session = uow.session(tenant)
        condition = _of_region(tenant, region)
        total = await session.scalar(select(func.count()).select_from(Event).where(condition))
        rows = await session.scalars(
            select(Event)
            .where(condition, after_position(page, tenant.slug, Event.sort_key, Event.id))
            .order_by(Event.sort_key, Event.id)
            .limit(page.first + 1)
        )
        return TenantSlice(rows=await views_of(session, tenant.slug, list(rows)), total_count=total or 0)

    result = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return merge_slices(
        list(result.results.values()),
        page,
        lambda view: SortPosition(view.sort_key, view.region, view.id),
        result.failures,
    )


def _of_region(tenant: Tenant, region: str | None) -> ColumnElement[bool]:
    if region is None or region == tenant.slug:
        return true()
    return exists().where(EventCoOrganiser.event_id == Event.id, EventCoOrganiser.region == region)


async def load_event(uow: UnitOfWork, region: str, event_id: int) -> EventView | None:
    """The event, whoever asks: for the other services, which decide with `may` before showing anything."""
    if not uow.registry.has_region(region):
        return None
    session = uow.region(region)
    event = await session.get(Event, event_id)
    if event is None:
        return None
    return (await views_of(session, region, [event]))[0]


async def get_event(uow: UnitOfWork, principal: Principal | None, region: str, event_id: int) -> EventView:
    reader = require_principal(principal)
    event = await load_event(uow, region, event_id)
    if event is None or not may(reader, Action.VIEW_EVENT, event):
        raise NotFoundError()
    return event


async def managed_event(
    uow: UnitOfWork, principal: Principal | None, region: str, event_id: int, *, expected_version: int | None = None
) -> EventView:
    """The event, for its organisers (host and co-organising regions' teams): not found for those who may not
    read it, not allowed for those who read it without running it."""
    organiser = require_principal(principal)
    event = await load_event(uow, region, event_id)
    if event is None or not (may(organiser, Action.VIEW_EVENT, event) or may(organiser, Action.MANAGE_EVENT, event)):
        raise NotFoundError()
    if not may(organiser, Action.MANAGE_EVENT, event):
        raise ForbiddenError("Seules les équipes des régions qui organisent cet événement peuvent le modifier.")
    return event


async def event_by_slug(uow: UnitOfWork, slug: str) -> EventView | None:
    """The event whose public page is `/evenements/<slug>`, in whichever region hosts it (a slug is unique
    across regions: it starts with the year and names the event)."""

    async def read(tenant: Tenant) -> list[EventView]:
        session = uow.session(tenant)
        rows = list(await session.scalars(select(Event).where(Event.slug == slug)))
        return await views_of(session, tenant.slug, rows)

    result = await fan_out(
        list(uow.registry.regions), read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds
    )
    found = [view for views in result.results.values() for view in views]
    return min(found, key=lambda view: view.region) if found else None
