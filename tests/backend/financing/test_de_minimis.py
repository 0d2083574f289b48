"""The de minimis ceiling of Regulation (EU) 2023/2831: 300 000 € over any period of three years."""

from __future__ import annotations

from datetime import date

import pytest

from filiere.financing.de_minimis import DatedAid, check, period_start

TODAY = date(2026, 11, 23)


def plan(granted_on: date, amount: int) -> DatedAid:
    return DatedAid(granted_on=granted_on, amount=amount, earlier=False)


def earlier(granted_on: date, amount: int) -> DatedAid:
    return DatedAid(granted_on=granted_on, amount=amount, earlier=True)


@pytest.mark.parametrize(
    ("aids", "total", "exceeded", "exceeds_on"),
    [
        pytest.param([plan(date(2027, 1, 1), 200_000)], 200_000, False, None, id="under"),
        pytest.param([plan(date(2027, 1, 1), 200_000), plan(date(2027, 6, 1), 100_000)], 300_000, False, None, id="at"),
        pytest.param(
            [plan(date(2027, 1, 1), 200_000), plan(date(2027, 6, 1), 100_001)],
            300_001,
            True,
            date(2027, 6, 1),
            id="over-by-one-euro",
        ),
        pytest.param(
            [earlier(date(2025, 3, 14), 120_000), plan(date(2026, 6, 10), 150_000), plan(date(2027, 1, 1), 80_000)],
            350_000,
            True,
            date(2027, 1, 1),
            id="over-with-earlier-aid",
        ),
        pytest.param(
            [earlier(date(2023, 1, 1), 250_000), plan(date(2026, 1, 2), 100_000)],
            100_000,
            False,
            None,
            id="earlier-aid-out-of-the-period",
        ),
        pytest.param(
            [earlier(date(2023, 1, 2), 250_000), plan(date(2026, 1, 1), 100_000)],
            350_000,
            True,
            date(2026, 1, 1),
            id="earlier-aid-on-the-period-s-first-day",
        ),
        pytest.param(
            [plan(date(2026, 3, 1), 200_000), plan(date(2029, 3, 1), 200_000)],
            200_000,
            False,
            None,
            id="rolling-three-years-apart",
        ),
        pytest.param([earlier(date(2025, 5, 1), 310_000)], 310_000, True, TODAY, id="earlier-aid-alone-over"),
        pytest.param([], 0, False, None, id="no-aid"),
    ],
)
def test_the_ceiling_over_any_period_of_three_years(
    aids: list[DatedAid], total: int, exceeded: bool, exceeds_on: date | None
) -> None:
    found = check(aids, today=TODAY)
    assert (found.total, found.exceeded, found.exceeds_on, found.ceiling) == (total, exceeded, exceeds_on, 300_000)
    assert found.remaining == max(300_000 - total, 0)


def test_the_period_ends_on_the_grant_and_starts_three_years_earlier_the_next_day() -> None:
    assert period_start(date(2027, 1, 1)) == date(2024, 1, 2)
    assert period_start(date(2028, 2, 29)) == date(2025, 3, 1)


def test_it_names_what_the_total_is_made_of() -> None:
    found = check([earlier(date(2025, 3, 14), 120_000), plan(date(2026, 6, 10), 150_000)], today=TODAY)
    assert (found.earlier_aid, found.plan_aid, found.period_start, found.period_end) == (
        120_000,
        150_000,
        date(2023, 6, 11),
        date(2026, 6, 10),
    )
