"""French working days: Monday to Friday, minus public holidays from the `holidays` library.

A region may add its own public holidays through a `holidays` subdivision in its configuration (for
instance « 6AE », Alsace-Moselle: Vendredi saint and Saint-Étienne). Lundi de Pentecôte counts as a
public holiday, as `holidays` has it: the journée de solidarité is worked in some places and not in
others, so the programme plans nothing on that day.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from functools import lru_cache

import holidays


class WorkingCalendar:
    def __init__(self, subdivision: str | None = None) -> None:
        self.subdivision = subdivision
        self._holidays = holidays.country_holidays("FR", subdiv=subdivision, language="fr")
        # Working days of a span of years, as sorted ordinals: a re-plan shifts hundreds of milestones,
        # and a lookup replaces a walk of up to six months day by day for each.
        self._working_days: dict[tuple[int, int], list[int]] = {}

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def holiday_name(self, day: date) -> str | None:
        name: str | None = self._holidays.get(day)
        return name

    def shift(self, origin: date, working_days: int) -> date:
        """The `working_days`-th working day after `origin` (before it when negative); 0 is `origin`."""
        if working_days == 0:
            return origin
        # A year holds at least 250 working days: this span covers the shift on both sides of `origin`.
        reach = 1 + abs(working_days) // 200
        days = self._span(origin.year - reach, origin.year + reach)
        ordinal = origin.toordinal()
        first_after_or_on = bisect_left(days, ordinal)
        on_working_day = first_after_or_on < len(days) and days[first_after_or_on] == ordinal
        # From a day off, the first working day after it is one step, not zero.
        index = first_after_or_on + working_days - (1 if working_days > 0 and not on_working_day else 0)
        return date.fromordinal(days[index])

    def working_days_between(self, start: date, end: date) -> int:
        """Signed count of working days from `start` to `end`: the offset that `shift` would need."""
        days = self._span(min(start, end).year, max(start, end).year)
        if end >= start:  # working days in (start, end]
            return bisect_right(days, end.toordinal()) - bisect_right(days, start.toordinal())
        # Backwards, in [end, start): as `shift` walks.
        return bisect_left(days, end.toordinal()) - bisect_left(days, start.toordinal())

    def _span(self, first_year: int, last_year: int) -> list[int]:
        key = (first_year, last_year)
        if key not in self._working_days:
            start, end = date(first_year, 1, 1).toordinal(), date(last_year, 12, 31).toordinal()
            self._working_days[key] = [
                ordinal for ordinal in range(start, end + 1) if self.is_working_day(date.fromordinal(ordinal))
            ]
        return self._working_days[key]


@lru_cache(maxsize=32)
def calendar_for(subdivision: str | None) -> WorkingCalendar:
    """One calendar per subdivision per process (`holidays` computes years lazily and caches them)."""
    return WorkingCalendar(subdivision)
