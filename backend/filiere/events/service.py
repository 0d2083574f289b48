"""Closing events of the programme and their published results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import NotFoundError
from filiere.events.models import Event
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class EventResults:
    products_presented: int
    produced_in_france: int
    advanced_relocation: int
    research_studies: int


@dataclass(frozen=True, kw_only=True)
class EventView:
    region: str
    id: int
    name: str
    sort_key: str
    edition_year: int
    starts_on: date | None
    ends_on: date | None
    venue: str
    description: str
    results: EventResults | None

    @classmethod
    def of(cls, region: str, event: Event) -> EventView:
        results = None
        if event.products_presented is not None:
            results = EventResults(
                products_presented=event.products_presented,
                produced_in_france=event.produced_in_france or 0,
                advanced_relocation=event.advanced_relocation or 0,
                research_studies=event.research_studies or 0,
            )
        return cls(
            region=region,
            id=event.id,
            name=event.name,
            sort_key=event.sort_key,
            edition_year=event.edition_year,
            starts_on=event.starts_on,
            ends_on=event.ends_on,
            venue=event.venue,
            description=event.description,
            results=results,
        )


async def list_events(
    uow: UnitOfWork, principal: Principal | None, *, region: str | None, page: PageRequest
) -> Page[EventView]:
    reader = require_principal(principal)
    tenants = [t for t in uow.regions(region) if is_allowed(reader, Action.VIEW_EVENT, region=t.slug)]

    async def read(tenant: Tenant) -> TenantSlice[EventView]:
        session = uow.session(tenant)
        total = await session.scalar(select(func.count()).select_from(Event))
        rows = await session.scalars(
            select(Event)
            .where(after_position(page, tenant.slug, Event.sort_key, Event.id))
            .order_by(Event.sort_key, Event.id)
            .limit(page.first + 1)
        )
        return TenantSlice(rows=[EventView.of(tenant.slug, row) for row in rows], total_count=total or 0)

    result = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return merge_slices(
        list(result.results.values()),
        page,
        lambda view: SortPosition(view.sort_key, view.region, view.id),
        result.failures,
    )


async def get_event(uow: UnitOfWork, principal: Principal | None, region: str, event_id: int) -> EventView:
    reader = require_principal(principal)
    if not uow.registry.has_region(region) or not is_allowed(reader, Action.VIEW_EVENT, region=region):
        raise NotFoundError()
    event = await uow.region(region).get(Event, event_id)
    if event is None:
        raise NotFoundError()
    return EventView.of(region, event)
