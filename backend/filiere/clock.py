"""Today's date in France: milestone statuses and « Mes jalons » depend on it.

`FILIERE_TODAY` freezes it (tests, demos, screenshots); production refuses that setting.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from filiere.settings import Settings

PARIS = ZoneInfo("Europe/Paris")


def today(settings: Settings) -> date:
    return settings.today or datetime.now(PARIS).date()
