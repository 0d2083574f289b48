"""A project's published results at events (« Prix Bpifrance, 1er du jury »), for its record.

The event lives in its host region's database, perhaps not the project's: every region may host an event
where a project pitched (a co-organised one), so the read fans out over the regions, each answering in a
fixed number of statements for any number of projects. Only published results are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from filiere.events.jury_models import Pitch
from filiere.events.jury_state import JuryState, PrizeView, grids_of, jury_states, prizes_of
from filiere.events.models import Event
from filiere.events.service import EventView, views_of
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class EventAward:
    event: EventView
    pitch_id: int
    rank: int | None  # in the weighted ranking; None: not ranked
    prizes: tuple[PrizeView, ...]


async def event_awards(uow: UnitOfWork, project_region: str, project_ids: Sequence[int]) -> dict[int, list[EventAward]]:
    """The published results naming these projects of `project_region`, most recent event first. A region
    that does not answer is left out (the record shows what the others say)."""
    found: list[tuple[int, EventView, JuryState, list[PrizeView]]] = []

    async def read(tenant: Tenant) -> list[tuple[int, EventView, JuryState, list[PrizeView]]]:
        session = uow.session(tenant)
        events = list(
            await session.scalars(
                select(Event)
                .where(
                    Event.results_published_at.is_not(None),
                    Event.id.in_(
                        select(Pitch.event_id).where(
                            Pitch.project_region == project_region, Pitch.project_id.in_(project_ids)
                        )
                    ),
                )
                .order_by(Event.sort_key, Event.id)
            )
        )
        if not events:
            return []
        views = await views_of(session, tenant.slug, events)
        states = await jury_states(session, [event.id for event in events])
        prizes = await prizes_of(session, [event.id for event in events])
        return [(view.id, view, states[view.id], prizes[view.id]) for view in views]

    result = await fan_out(
        list(uow.registry.regions), read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds
    )
    for rows in result.results.values():
        found.extend(rows)
    grids = await grids_of(
        uow.national(), sorted({view.method_version_id for _, view, _, _ in found if view.method_version_id})
    )
    wanted = set(project_ids)
    awards: dict[int, list[EventAward]] = {project_id: [] for project_id in project_ids}
    for _, view, state, prizes in sorted(found, key=lambda item: (item[1].sort_key, item[1].region, item[1].id)):
        results = state.results(grids.get(view.method_version_id or 0, ()))
        ranks = {result.pitch_id: result.rank for result in results.ranking} if results else {}
        for pitch in state.pitches:
            if pitch.project_region != project_region or pitch.project_id not in wanted:
                continue
            awards[pitch.project_id].append(
                EventAward(
                    event=view,
                    pitch_id=pitch.id,
                    rank=ranks.get(pitch.id),
                    prizes=tuple(prize for prize in prizes if prize.winner_pitch_id == pitch.id),
                )
            )
    return awards
