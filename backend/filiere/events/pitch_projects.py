"""The pitches of events with their projects' names, for the hackathon teams and the B2B meetings.

A pitch names its project by region and id (a co-organising region's project stays in its database): the
names are read once per region named, so a list costs the same for one pitch as for fifty. A project that
pitches at an event is shown by name to whoever sees the event (the programme and results are public).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from filiere.events.jury_models import Pitch
from filiere.programmes.service import project_names
from filiere.tenancy.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class PitchView:
    region: str  # the event's (host) region, whose database holds the pitch
    id: int
    event_id: int
    project_region: str
    project_id: int
    position: int
    project_name: str


async def _views(uow: UnitOfWork, region: str, rows: Iterable[Pitch]) -> list[PitchView]:
    rows = list(rows)
    wanted: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        wanted[row.project_region].add(row.project_id)
    names: dict[tuple[str, int], str] = {}
    for project_region, ids in sorted(wanted.items()):
        if uow.registry.has_region(project_region):
            found = await project_names(uow, project_region, sorted(ids))
            names.update({(project_region, project_id): name for project_id, name in found.items()})
    return [
        PitchView(
            region=region,
            id=row.id,
            event_id=row.event_id,
            project_region=row.project_region,
            project_id=row.project_id,
            position=row.position,
            project_name=names.get((row.project_region, row.project_id), ""),
        )
        for row in rows
    ]


async def pitches_of_events(uow: UnitOfWork, region: str, event_ids: Sequence[int]) -> dict[int, list[PitchView]]:
    """Each event's pitches in running order."""
    rows = await uow.region(region).scalars(
        select(Pitch).where(Pitch.event_id.in_(event_ids)).order_by(Pitch.event_id, Pitch.position, Pitch.id)
    )
    found: dict[int, list[PitchView]] = {event_id: [] for event_id in event_ids}
    for view in await _views(uow, region, rows):
        found[view.event_id].append(view)
    return found


async def pitches_by_id(uow: UnitOfWork, region: str, ids: Sequence[int]) -> dict[int, PitchView]:
    if not ids or not uow.registry.has_region(region):
        return {}
    rows = await uow.region(region).scalars(select(Pitch).where(Pitch.id.in_(ids)))
    return {view.id: view for view in await _views(uow, region, rows)}
