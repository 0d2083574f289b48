"""The retroplanning engine on its own: properties over many plans, and dates checked by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filiere.methodology.calendar import WorkingCalendar
from filiere.methodology.retroplanning import PlannedItem, replan

FRANCE = WorkingCalendar()
ALSACE_MOSELLE = WorkingCalendar("6AE")

working_days = st.dates(min_value=date(2021, 1, 1), max_value=date(2030, 12, 31)).filter(FRANCE.is_working_day)
offsets = st.integers(min_value=-130, max_value=130)


@st.composite
def plans(draw: st.DrawFn) -> list[PlannedItem[int]]:
    size = draw(st.integers(min_value=1, max_value=25))
    items = []
    for key in range(size):
        depends_on = tuple(draw(st.sets(st.integers(0, key - 1), max_size=2))) if key else ()
        items.append(PlannedItem(key=key, offset=draw(offsets), depends_on=depends_on))
    return items


@settings(max_examples=200, deadline=None)
@given(plans(), working_days)
def test_every_due_date_is_a_working_day_and_order_is_kept(items: list[PlannedItem[int]], j0: date) -> None:
    due = replan(items, j0, FRANCE).due
    for item in items:
        assert FRANCE.is_working_day(due[item.key])
        assert FRANCE.working_days_between(j0, due[item.key]) == item.offset
    for a in items:
        for b in items:
            if a.offset < b.offset:
                assert due[a.key] < due[b.key]
            elif a.offset == b.offset:
                assert due[a.key] == due[b.key]


@settings(max_examples=200, deadline=None)
@given(plans(), working_days, working_days)
def test_replanning_is_idempotent_and_done_milestones_never_move(
    items: list[PlannedItem[int]], j0: date, moved_j0: date
) -> None:
    first = replan(items, j0, FRANCE).due
    # Some milestones get done at their date, before J0 moves.
    planned = [
        PlannedItem(key=i.key, offset=i.offset, due=first[i.key], done_on=first[i.key] if i.key % 3 == 0 else None)
        for i in items
    ]
    moved = replan(planned, moved_j0, FRANCE)
    for item in planned:
        if item.done_on is not None:
            assert moved.due[item.key] == item.due
    again = replan(
        [PlannedItem(key=i.key, offset=i.offset, due=moved.due[i.key], done_on=i.done_on) for i in planned],
        moved_j0,
        FRANCE,
    )
    assert again.changes == []


def test_changes_list_each_moved_date_once() -> None:
    items = [
        PlannedItem(key="diagnostic", offset=-10, due=date(2023, 11, 16)),
        PlannedItem(key="jury", offset=-1, due=date(2023, 11, 29), done_on=date(2023, 11, 28)),
        PlannedItem(key="j0", offset=0, due=date(2023, 11, 30)),
    ]
    result = replan(items, date(2023, 12, 7), FRANCE)
    assert [(c.key, c.before, c.after) for c in result.changes] == [
        ("diagnostic", date(2023, 11, 16), date(2023, 11, 23)),
        ("j0", date(2023, 11, 30), date(2023, 12, 7)),
    ]


def test_a_pinned_date_stays_and_is_flagged_when_it_breaks_a_dependency() -> None:
    items = [
        PlannedItem(key="synthese", offset=-20),
        PlannedItem(key="jury", offset=-5, due=date(2023, 11, 10), pinned=True, depends_on=("synthese",)),
    ]
    earlier = replan(items, date(2023, 11, 30), FRANCE)
    assert earlier.due["jury"] == date(2023, 11, 10) and earlier.broken_dependencies == []
    later = replan(items, date(2024, 1, 31), FRANCE)
    assert later.due["jury"] == date(2023, 11, 10)
    assert later.broken_dependencies == ["jury"], "the synthesis is now due after the pinned jury"


# (J0, offset, expected due date), checked by hand on a calendar.
HAND_CHECKED = [
    (date(2023, 11, 30), 0, date(2023, 11, 30)),
    (date(2023, 11, 30), -1, date(2023, 11, 29)),
    (date(2023, 11, 30), -20, date(2023, 11, 2)),
    (date(2023, 11, 30), -21, date(2023, 10, 31)),  # Toussaint (Wednesday 1 November) skipped
    (date(2023, 11, 2), -1, date(2023, 10, 31)),  # Toussaint
    (date(2024, 11, 12), -1, date(2024, 11, 8)),  # 11 novembre on a Monday, then the weekend
    (date(2024, 11, 8), 1, date(2024, 11, 12)),
    (date(2023, 12, 27), -1, date(2023, 12, 26)),  # Noël on a Monday
    (date(2023, 12, 27), -2, date(2023, 12, 22)),
    (date(2023, 12, 22), 1, date(2023, 12, 26)),
    (date(2024, 4, 2), -1, date(2024, 3, 29)),  # Lundi de Pâques; Vendredi saint is worked in most of France
    (date(2024, 5, 10), -1, date(2024, 5, 7)),  # Ascension (Thursday 9) and 8 mai (Wednesday 8)
    (date(2024, 5, 17), 1, date(2024, 5, 21)),  # Lundi de Pentecôte
    (date(2027, 3, 18), -5, date(2027, 3, 11)),
]


@pytest.mark.parametrize(("j0", "offset", "expected"), HAND_CHECKED)
def test_hand_checked_dates(j0: date, offset: int, expected: date) -> None:
    assert FRANCE.shift(j0, offset) == expected
    assert FRANCE.working_days_between(j0, expected) == offset


def test_a_region_with_extra_public_holidays_gets_them() -> None:
    # Alsace-Moselle also rests on Vendredi saint and Saint-Étienne.
    assert ALSACE_MOSELLE.shift(date(2024, 4, 2), -1) == date(2024, 3, 28)
    assert ALSACE_MOSELLE.shift(date(2023, 12, 27), -1) == date(2023, 12, 22)
    assert ALSACE_MOSELLE.holiday_name(date(2024, 3, 29)) == "Vendredi saint"
    assert FRANCE.holiday_name(date(2024, 5, 20)) == "Lundi de Pentecôte"
    assert not FRANCE.is_working_day(date(2024, 5, 20))
    assert all(FRANCE.is_working_day(date(2024, 3, 25) + timedelta(days=d)) for d in range(4))


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2021, 1, 1), max_value=date(2030, 12, 31)), st.integers(-400, 400))
def test_shift_lands_on_the_right_count_of_working_days_from_any_day(origin: date, offset: int) -> None:
    # From a weekend or a holiday too, and across New Year: the definition, counted day by day.
    landed = FRANCE.shift(origin, offset)
    if offset == 0:
        assert landed == origin
        return
    assert FRANCE.is_working_day(landed)
    between = (
        (origin + timedelta(days=d) for d in range(1, (landed - origin).days + 1))
        if offset > 0
        else (landed + timedelta(days=d) for d in range((origin - landed).days))
    )
    assert sum(map(FRANCE.is_working_day, between)) == abs(offset)
    assert FRANCE.working_days_between(origin, landed) == offset
