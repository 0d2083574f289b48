"""French working days: Monday to Friday, minus public holidays from the `holidays` library.

A region may add its own public holidays through a `holidays` subdivision in its configuration (for
instance « 6AE », Alsace-Moselle: Vendredi saint and Saint-Étienne). Lundi de Pentecôte counts as a
public holiday, as `holidays` has it: the journée de solidarité is worked in some places and not in
others, so the programme plans nothing on that day.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


class WorkingCalendar:
    def __init__(self, subdivision: str | None = None) -> None:
        self.subdivision = subdivision
        self._holidays = holidays.country_holidays("FR", subdiv=subdivision, language="fr")

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def holiday_name(self, day: date) -> str | None:
        name: str | None = self._holidays.get(day)
        return name

    def shift(self, origin: date, working_days: int) -> date:
        """The `working_days`-th working day after `origin` (before it when negative); 0 is `origin`."""
        step = timedelta(days=1 if working_days > 0 else -1)
        day, remaining = origin, abs(working_days)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Signed count of working days from `start` to `end`: the offset that `shift` would need."""
        if start == end:
            return 0
        sign = 1 if end > start else -1
        step = timedelta(days=sign)
        day, count = start, 0
        while day != end:
            day += step
            if self.is_working_day(day):
                count += sign
        return count


@lru_cache(maxsize=32)
def calendar_for(subdivision: str | None) -> WorkingCalendar:
    """One calendar per subdivision per process (`holidays` computes years lazily and caches them)."""
    return WorkingCalendar(subdivision)
