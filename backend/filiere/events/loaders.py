"""The event day's per-request loaders: one batch per region (or the national database) whatever the number
of events, pitches or projects asked about."""

from __future__ import annotations

from collections.abc import Sequence

from filiere.accounts.service import user_id_of
from filiere.events import jury
from filiere.events.awards import EventAward, event_awards
from filiere.events.jury_state import JuryState, PrizeView, grids_of, jury_states, prizes_of
from filiere.events.programme import SessionView, sessions_by_event
from filiere.events.registration_seats import SeatView, seats_by_registration
from filiere.graphql.loaders import RequestLoader
from filiere.methodology.service import MeetupThemeView, ScoringCriterionView, meetup_themes_by_version
from filiere.programmes.service import event_project_cards
from filiere.programmes.views import ProjectView


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


class CallerJurorIdByEventLoader(RequestLoader[int, int | None]):
    """The caller's account id for the events of a region whose jury they sit on; None for the others."""

    async def fetch(self, event_ids: Sequence[int]) -> list[int | None]:
        if self.principal is None:
            return [None for _ in event_ids]
        caller = await user_id_of(self.uow, self.principal)
        invited = await jury.juror_events(self.regional_session, caller, event_ids)
        return [caller if event_id in invited else None for event_id in event_ids]


class JuryStateByEventLoader(RequestLoader[int, JuryState]):
    """Running order, jury and scorecards of a region's events (callers decide what the reader sees)."""

    async def fetch(self, event_ids: Sequence[int]) -> list[JuryState]:
        found = await jury_states(self.regional_session, event_ids)
        return [found[key] for key in event_ids]


class PrizesByEventLoader(RequestLoader[int, list[PrizeView]]):
    async def fetch(self, event_ids: Sequence[int]) -> list[list[PrizeView]]:
        found = await prizes_of(self.regional_session, event_ids)
        return [found[key] for key in event_ids]


class ScoringGridByMethodVersionLoader(RequestLoader[int, tuple[ScoringCriterionView, ...]]):
    async def fetch(self, version_ids: Sequence[int]) -> list[tuple[ScoringCriterionView, ...]]:
        found = await grids_of(self.uow.national(), version_ids)
        return [found.get(key, ()) for key in version_ids]


class PitchProjectByIdLoader(RequestLoader[int, ProjectView | None]):
    """Summary cards of one region's pitching projects, for the readers `jury.may_see_running_order` lets see
    an event's running order (`programmes.service.event_project_cards` does not check again)."""

    async def fetch(self, project_ids: Sequence[int]) -> list[ProjectView | None]:
        found = await event_project_cards(self.uow, self.regional_slug, project_ids)
        return [found.get(key) for key in project_ids]


class EventAwardsByProjectLoader(RequestLoader[int, list[EventAward]]):
    """Published results naming a region's projects, from every region that may host their events."""

    async def fetch(self, project_ids: Sequence[int]) -> list[list[EventAward]]:
        found = await event_awards(self.uow, self.regional_slug, project_ids)
        return [found[key] for key in project_ids]
