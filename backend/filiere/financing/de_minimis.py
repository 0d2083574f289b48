"""The de minimis check of Regulation (EU) 2023/2831: at most 300,000 € of de minimis aid per single
undertaking over any period of three years (article 3(2)), the company's earlier aid included.

Pure arithmetic on dated amounts; `plans` says which aid counts and when it is (or would be) granted.
The period is rolling: an aid granted on day D counts with every aid granted after the same day three
years earlier (the regulation's « any period of three years », no longer fiscal years).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

CEILING_EUR = 300_000
PERIOD_YEARS = 3


@dataclass(frozen=True, kw_only=True)
class DatedAid:
    granted_on: date
    amount: int  # gross grant equivalent, euros
    earlier: bool  # entered on the company record, not a source of the plan


@dataclass(frozen=True, kw_only=True)
class DeMinimisCheck:
    ceiling: int
    # The highest three-year total the plan reaches (at the date of one of its aids), earlier aid included;
    # without de minimis aid in the plan, the total of the three years up to today.
    total: int
    earlier_aid: int  # the company's earlier aid within that period
    plan_aid: int  # the plan's de minimis aid within that period
    period_start: date  # the period of `total`, first and last day
    period_end: date
    exceeded: bool
    # The first date the plan would take the company over the ceiling; None when it never does.
    exceeds_on: date | None

    @property
    def remaining(self) -> int:
        return max(self.ceiling - self.total, 0)


def period_start(end: date) -> date:
    """The first day of the three-year period that ends on `end`."""
    try:
        earlier = end.replace(year=end.year - PERIOD_YEARS)
    except ValueError:  # 29 February: three years before is a 28 February
        earlier = end.replace(year=end.year - PERIOD_YEARS, day=28)
    return earlier + timedelta(days=1)


def _within(aids: Sequence[DatedAid], end: date) -> tuple[int, int]:
    start = period_start(end)
    window = [aid for aid in aids if start <= aid.granted_on <= end]
    return (
        sum(aid.amount for aid in window if aid.earlier),
        sum(aid.amount for aid in window if not aid.earlier),
    )


def check(aids: Sequence[DatedAid], *, today: date, ceiling: int = CEILING_EUR) -> DeMinimisCheck:
    """The three-year totals at each date the plan grants de minimis aid; the ceiling is exceeded when one
    of them is strictly above it (exactly at the ceiling is allowed)."""
    ends = sorted({aid.granted_on for aid in aids if not aid.earlier}) or [today]
    totals = [(end, *_within(aids, end)) for end in ends]
    over = [end for end, earlier, planned in totals if earlier + planned > ceiling]
    end, earlier, planned = max(totals, key=lambda item: (item[1] + item[2], -item[0].toordinal()))
    return DeMinimisCheck(
        ceiling=ceiling,
        total=earlier + planned,
        earlier_aid=earlier,
        plan_aid=planned,
        period_start=period_start(end),
        period_end=end,
        exceeded=bool(over),
        exceeds_on=over[0] if over else None,
    )
