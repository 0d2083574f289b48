from __future__ import annotations

from collections.abc import Sequence

from filiere.events.programme import SessionView, sessions_by_event
from filiere.events.registration_seats import SeatView, seats_by_registration
from filiere.graphql.loaders import RequestLoader
from filiere.methodology.service import MeetupThemeView, meetup_themes_by_version


class EventSessionsByEventLoader(RequestLoader[int, list[SessionView]]):
    """The programmes of a region's events, speakers included (callers have checked the reader may see them)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[SessionView]]:
        found = await sessions_by_event(self.regional_session, self.regional_slug, ids)
        return [found[key] for key in ids]


class MeetupThemesByVersionLoader(RequestLoader[int, tuple[MeetupThemeView, ...]]):
    """The meet-up themes of method versions (national: get it without a region)."""

    async def fetch(self, ids: Sequence[int]) -> list[tuple[MeetupThemeView, ...]]:
        found = await meetup_themes_by_version(self.uow.national(), ids)
        return [tuple(found[key]) for key in ids]


class SeatsByRegistrationLoader(RequestLoader[int, list[SeatView]]):
    """A region's registrations' seats (callers have checked the reader holds the link or runs the event)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[SeatView]]:
        found = await seats_by_registration(self.regional_session, self.regional_slug, ids)
        return [found[key] for key in ids]
