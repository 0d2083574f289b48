"""The retroplanning engine: due dates planned backwards from the cohort's event day (J0).

Pure functions over plain values — no database — so that the rules are property-tested on their own:

- a milestone is due `offset` working days from J0 (negative: before J0);
- a milestone that is done keeps its date, whatever happens to J0;
- a milestone whose date was pinned by hand keeps it, and is flagged when it now falls before one of
  the milestones it depends on (finish-to-start);
- everything else follows J0, and re-planning reports each date that changed.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from filiere.methodology.calendar import WorkingCalendar

Key = TypeVar("Key", bound=Hashable)


@dataclass(frozen=True)
class PlannedItem(Generic[Key]):
    key: Key
    offset: int
    due: date | None = None  # the current due date, if any
    done_on: date | None = None
    pinned: bool = False
    depends_on: tuple[Key, ...] = ()


@dataclass(frozen=True)
class DateChange(Generic[Key]):
    key: Key
    before: date | None
    after: date


@dataclass(frozen=True)
class Replan(Generic[Key]):
    due: Mapping[Key, date]
    changes: list[DateChange[Key]]
    # Pinned milestones now due before something they depend on.
    broken_dependencies: list[Key]


def replan(items: Iterable[PlannedItem[Key]], event_day: date, calendar: WorkingCalendar) -> Replan[Key]:
    """Due dates for `event_day` as J0: done and pinned milestones keep theirs, the others follow."""
    items = list(items)
    due: dict[Key, date] = {}
    changes: list[DateChange[Key]] = []
    for item in items:
        keeps_date = item.due is not None and (item.done_on is not None or item.pinned)
        new = item.due if keeps_date else calendar.shift(event_day, item.offset)
        assert new is not None
        due[item.key] = new
        if new != item.due:
            changes.append(DateChange(item.key, item.due, new))
    broken = [
        item.key
        for item in items
        if item.pinned
        and item.done_on is None
        and any(due[dep] > due[item.key] for dep in item.depends_on if dep in due)
    ]
    return Replan(due=due, changes=changes, broken_dependencies=broken)
