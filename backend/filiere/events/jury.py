"""The pitches, the jury and its results: who may see and do what, and the writes (each audited).

- Organisers (`MANAGE_EVENT`: the host's and the co-organisers' teams) set the running order, invite jurors,
  follow the scoring, lock, unlock and publish the results. Nothing of the jury changes once the results are
  locked; unlocking is possible until they are published, publishing is final.
- A juror (`SCORE_PITCH`, reached only as `invited`: a row in `event_jurors` of the event's database) sees the
  event's running order, the projects' cards and the grid, and writes their own scorecards, nothing else.
- The results are the organisers' at any time; the event's readers (`VIEW_EVENT`: staff, partners) see them
  once published.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, select

from filiere.accounts.service import UserView, active_with_roles, user_id_of, users_by_id
from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, Reach, may_attempt, roles_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import InvalidInputError, NotFoundError
from filiere.events import jury_results as rules
from filiere.events.errors import EventErrorCode
from filiere.events.jury_models import CriterionScore, Juror, Pitch, Scorecard
from filiere.events.jury_state import PitchView, grids_of, pitch_view, rule_grid, scorecards_of
from filiere.events.models import Event
from filiere.events.service import EventView, load_event, managed_event, may, views_of
from filiere.programmes.models import ProjectStatus
from filiere.programmes.service import event_project_cards
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

# The steps of the journey at which a project has been accelerated: it pitches at its cohort's J0 and may be
# shown again at a later event; a candidate, a project not retained, abandoned or closed does not.
PITCHING_STATUSES = frozenset(
    {ProjectStatus.SELECTED, ProjectStatus.ACCELERATING, ProjectStatus.PITCHED, ProjectStatus.FOLLOW_UP}
)
_EVENT_FIELDS = {
    "pitchOrder": "l'ordre de passage",
    "resultsLocked": "le verrouillage",
    "resultsPublished": "la publication",
}


# --- who sees what -------------------------------------------------------------------------------------------


def may_manage(principal: Principal | None, event: EventView) -> bool:
    return may(principal, Action.MANAGE_EVENT, event)


def may_see_running_order(principal: Principal | None, event: EventView, *, invited: bool) -> bool:
    """The running order and the grid: the event's readers and organisers, and its own jurors."""
    return (
        may(principal, Action.VIEW_EVENT, event)
        or may_manage(principal, event)
        or (invited and may(principal, Action.SCORE_PITCH, event, invited=True))
    )


def may_see_results(principal: Principal | None, event: EventView) -> bool:
    """Organisers at any time (their table is live); the event's readers once published."""
    if may_manage(principal, event):
        return True
    return event.results_published_at is not None and may(principal, Action.VIEW_EVENT, event)


async def juror_events(session: TenantSession, user_id: int | None, event_ids: Sequence[int]) -> set[int]:
    """Which of these events (of one database) the account sits on the jury of: one statement."""
    if user_id is None or not event_ids:
        return set()
    rows = await session.scalars(select(Juror.event_id).where(Juror.user_id == user_id, Juror.event_id.in_(event_ids)))
    return set(rows)


# --- organisers: the running order ---------------------------------------------------------------------------


async def _event_row(uow: UnitOfWork, event: EventView, expected_version: int | None) -> Event:
    session = uow.region(event.region)
    row: Event | None = await session.get(Event, event.id, with_for_update=expected_version is not None)
    if row is None:
        raise NotFoundError()
    if expected_version is not None and row.version != expected_version:
        raise await stale_version_error(session, entity_type="Event", entity_id=row.id, field_labels=_EVENT_FIELDS)
    return row


def _refuse_if_locked(event: EventView) -> None:
    if event.results_locked_at is not None:
        raise InvalidInputError(
            "Les résultats du jury sont verrouillés : déverrouillez-les avant de modifier les pitchs ou le jury.",
            field="eventId",
            code=EventErrorCode.RESULTS_LOCKED,
        )


async def _pitch_rows(session: TenantSession, event_id: int) -> list[Pitch]:
    return list(
        await session.scalars(select(Pitch).where(Pitch.event_id == event_id).order_by(Pitch.position, Pitch.id))
    )


async def add_pitch(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    event_id: int,
    project_region: str,
    project_id: int,
    request_id: str,
) -> PitchView:
    event = await managed_event(uow, principal, region, event_id)
    _refuse_if_locked(event)
    if project_region not in event.regions:
        raise InvalidInputError(
            "Seuls les projets des régions qui organisent l'événement y pitchent.",
            field="projectId",
            code=EventErrorCode.PROJECT_NOT_PITCHING,
        )
    card = (await event_project_cards(uow, project_region, [project_id])).get(project_id)
    if card is None:
        raise NotFoundError(field="projectId")
    if card.card.status not in PITCHING_STATUSES:
        raise InvalidInputError(
            f"« {card.card.name} » n'est pas un projet accéléré : seuls les projets sélectionnés ou en cours "
            "d'accélération pitchent.",
            field="projectId",
            code=EventErrorCode.PROJECT_NOT_PITCHING,
        )
    session = uow.region(region)
    rows = await _pitch_rows(session, event_id)
    if any(row.project_region == project_region and row.project_id == project_id for row in rows):
        raise InvalidInputError(
            f"« {card.card.name} » est déjà dans l'ordre de passage.",
            field="projectId",
            code=EventErrorCode.ALREADY_PITCHING,
        )
    row = Pitch(
        event_id=event_id,
        project_region=project_region,
        project_id=project_id,
        position=max((r.position for r in rows), default=0) + 1,
    )
    session.add(row)
    await session.flush()
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action="event.pitch_added",
        entity_type="EventPitch",
        entity_id=row.id,
        before=None,
        after={
            "event": event.name,
            "project": card.card.name,
            "projectRegion": project_region,
            "position": row.position,
        },
    )
    return pitch_view(region, row)


async def _managed_pitch(
    uow: UnitOfWork, principal: Principal | None, region: str, pitch_id: int
) -> tuple[EventView, Pitch]:
    if not uow.registry.has_region(region):
        raise NotFoundError()
    row = await uow.region(region).get(Pitch, pitch_id)
    if row is None:
        raise NotFoundError()
    return await managed_event(uow, principal, region, row.event_id), row


async def remove_pitch(
    uow: UnitOfWork, principal: Principal | None, *, region: str, pitch_id: int, request_id: str
) -> EventView:
    """Takes a pitch off the running order (its scorecards with it); the others close the gap."""
    event, row = await _managed_pitch(uow, principal, region, pitch_id)
    _refuse_if_locked(event)
    session = uow.region(region)
    before = {"event": event.name, "projectRegion": row.project_region, "projectId": row.project_id}
    await session.delete(row)
    await session.flush()
    for position, rest in enumerate(await _pitch_rows(session, event.id), start=1):
        rest.position = position
    await session.flush()
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action="event.pitch_removed",
        entity_type="EventPitch",
        entity_id=pitch_id,
        before=before,
        after=None,
    )
    return event


async def reorder_pitches(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    event_id: int,
    pitch_ids: Sequence[int],
    expected_version: int,
    request_id: str,
) -> EventView:
    """The whole running order at once, so that two organisers dragging at once cannot mix their orders: the
    event's version guards it."""
    event = await managed_event(uow, principal, region, event_id)
    _refuse_if_locked(event)
    session = uow.region(region)
    row = await _event_row(uow, event, expected_version)
    pitches = {pitch.id: pitch for pitch in await _pitch_rows(session, event_id)}
    if len(pitch_ids) != len(set(pitch_ids)) or set(pitch_ids) != set(pitches):
        raise InvalidInputError(
            "L'ordre de passage doit reprendre chaque pitch de l'événement une fois et une seule.",
            field="pitchIds",
            code=EventErrorCode.RUNNING_ORDER_MISMATCH,
        )
    before = [pitch.id for pitch in sorted(pitches.values(), key=lambda p: p.position)]
    for position, pitch_id in enumerate(pitch_ids, start=1):
        pitches[pitch_id].position = position
    row.updated_at = datetime.now(UTC)  # the order is the event's: its version moves (Versioned)
    await session.flush()
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action="event.pitches_reordered",
        entity_type="Event",
        entity_id=event_id,
        before={"pitchOrder": before},
        after={"pitchOrder": list(pitch_ids)},
    )
    return await _reloaded(uow, event)


async def _reloaded(uow: UnitOfWork, event: EventView) -> EventView:
    view = await load_event(uow, event.region, event.id)
    assert view is not None, "the event was just written"
    return view


# --- organisers: the jury -------------------------------------------------------------------------------------


async def invite_juror(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, user_id: int, request_id: str
) -> EventView:
    event = await managed_event(uow, principal, region, event_id)
    _refuse_if_locked(event)
    person = (await users_by_id(uow.national(), [user_id])).get(user_id)
    # Whether this account may score the event once invited is the policy's to say (a juror account, open).
    if (
        person is None
        or not person.is_active
        or not may(person.as_principal(), Action.SCORE_PITCH, event, invited=True)
    ):
        raise InvalidInputError(
            "Seul un compte de juré ouvert peut être invité au jury.", field="userId", code=EventErrorCode.NOT_A_JUROR
        )
    session = uow.region(region)
    if await session.get(Juror, (event_id, user_id)) is not None:
        raise InvalidInputError(
            f"{person.display_name} fait déjà partie du jury.", field="userId", code=EventErrorCode.ALREADY_JUROR
        )
    session.add(Juror(event_id=event_id, user_id=user_id, invited_at=datetime.now(UTC)))
    await session.flush()
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action="event.juror_invited",
        entity_type="Event",
        entity_id=event_id,
        before=None,
        after={"juror": person.display_name},
    )
    return event


async def remove_juror(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, user_id: int, request_id: str
) -> EventView:
    """Takes a juror off the jury; their scorecards stay stored but no longer count (the jury is the list)."""
    event = await managed_event(uow, principal, region, event_id)
    _refuse_if_locked(event)
    session = uow.region(region)
    juror = await session.get(Juror, (event_id, user_id))
    if juror is None:
        raise NotFoundError(field="userId")
    person = (await users_by_id(uow.national(), [user_id])).get(user_id)
    await session.delete(juror)
    await session.flush()
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action="event.juror_removed",
        entity_type="Event",
        entity_id=event_id,
        before={"juror": person.display_name if person else str(user_id)},
        after=None,
    )
    return event


# The juror accounts offered to an organiser: a national list, a few dozen people.
MAX_JUROR_CANDIDATES = 500


async def juror_candidates(uow: UnitOfWork, principal: Principal | None, event: EventView) -> list[UserView]:
    """The open accounts an organiser may invite to the jury: those the policy lets score an event they
    are invited to, and that are not on the jury yet."""
    if not may_manage(principal, event):
        return []
    sitting = set(await uow.region(event.region).scalars(select(Juror.user_id).where(Juror.event_id == event.id)))
    roles = roles_allowed(Action.SCORE_PITCH, Reach.INVITED)
    people = await active_with_roles(uow.national(), roles, limit=MAX_JUROR_CANDIDATES)
    return [person for person in people if person.id not in sitting]


# --- organisers: lock, unlock, publish -----------------------------------------------------------------------


async def lock_results(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, expected_version: int, request_id: str
) -> EventView:
    event = await managed_event(uow, principal, region, event_id)
    _refuse_if_locked(event)
    row = await _event_row(uow, event, expected_version)
    return await _set_state(uow, principal, event, row, locked=datetime.now(UTC), request_id=request_id)


async def unlock_results(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, expected_version: int, request_id: str
) -> EventView:
    event = await managed_event(uow, principal, region, event_id)
    if event.results_published_at is not None:
        raise InvalidInputError(
            "Les résultats sont publiés : ils ne peuvent plus être déverrouillés.",
            field="eventId",
            code=EventErrorCode.RESULTS_PUBLISHED,
        )
    if event.results_locked_at is None:
        raise InvalidInputError(
            "Les résultats ne sont pas verrouillés.", field="eventId", code=EventErrorCode.RESULTS_NOT_LOCKED
        )
    row = await _event_row(uow, event, expected_version)
    return await _set_state(uow, principal, event, row, locked=None, request_id=request_id)


async def publish_results(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, expected_version: int, request_id: str
) -> EventView:
    event = await managed_event(uow, principal, region, event_id)
    if event.results_published_at is not None:
        raise InvalidInputError(
            "Les résultats sont déjà publiés.", field="eventId", code=EventErrorCode.RESULTS_PUBLISHED
        )
    if event.results_locked_at is None:
        raise InvalidInputError(
            "Verrouillez les résultats avant de les publier.", field="eventId", code=EventErrorCode.RESULTS_NOT_LOCKED
        )
    row = await _event_row(uow, event, expected_version)
    return await _set_state(
        uow, principal, event, row, locked=row.results_locked_at, published=datetime.now(UTC), request_id=request_id
    )


async def _set_state(
    uow: UnitOfWork,
    principal: Principal | None,
    event: EventView,
    row: Event,
    *,
    locked: datetime | None,
    published: datetime | None = None,
    request_id: str,
) -> EventView:
    before = {
        "resultsLocked": row.results_locked_at is not None,
        "resultsPublished": row.results_published_at is not None,
    }
    row.results_locked_at = locked
    row.results_published_at = published  # SQLAlchemy bumps the version (Versioned)
    session = uow.region(event.region)
    await session.flush()
    action = "event.results_published" if published else "event.results_locked" if locked else "event.results_unlocked"
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action=action,
        entity_type="Event",
        entity_id=event.id,
        before=before,
        after={"resultsLocked": locked is not None, "resultsPublished": published is not None},
    )
    return await _reloaded(uow, event)


# --- jurors: scoring ------------------------------------------------------------------------------------------


async def score_pitch(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    pitch_id: int,
    card: rules.Scorecard,
    request_id: str,
) -> tuple[EventView, rules.Scorecard]:
    """Writes the caller's scorecard for a pitch of an event they sit on the jury of (a new card, or a new
    version of theirs). `card.juror_id` is ignored: the card is the caller's."""
    juror = require_principal(principal)
    if not uow.registry.has_region(region):
        raise NotFoundError(field="pitchId")
    session = uow.region(region)
    pitch = await session.get(Pitch, pitch_id)
    user_id = await user_id_of(uow, juror)
    if pitch is None or user_id is None:
        raise NotFoundError(field="pitchId")
    event = await load_event(uow, region, pitch.event_id)
    invited = event is not None and bool(await juror_events(session, user_id, [event.id]))
    if event is None or not may(juror, Action.SCORE_PITCH, event, invited=invited):
        raise NotFoundError(field="pitchId")
    if event.results_locked_at is not None:
        raise InvalidInputError(
            "Les résultats du jury sont verrouillés : les notes ne peuvent plus changer.",
            field="pitchId",
            code=EventErrorCode.RESULTS_LOCKED,
        )
    grid = (await grids_of(uow.national(), [event.method_version_id] if event.method_version_id else [])).get(
        event.method_version_id or 0, ()
    )
    if not grid:
        raise InvalidInputError(
            "Cet événement n'a pas de grille de notation.", field="pitchId", code=EventErrorCode.NO_SCORING_GRID
        )
    pitches = [rules.Pitch(id=row.id, project_id=row.id) for row in await _pitch_rows(session, event.id)]
    previous = next(iter(await scorecards_of(session, [pitch_id], juror_id=user_id)), None)
    checked = rules.checked_scorecard(
        rule_grid(grid),
        pitches,
        rules.Scorecard(
            juror_id=user_id, pitch_id=pitch_id, scores=card.scores, abstained=card.abstained, comment=card.comment
        ),
        previous=previous,
    )
    stored = await session.scalar(
        select(Scorecard).where(Scorecard.pitch_id == pitch_id, Scorecard.juror_id == user_id)
    )
    if stored is None:
        stored = Scorecard(pitch_id=pitch_id, juror_id=user_id)
        session.add(stored)
    stored.abstained = checked.abstained
    stored.comment = checked.comment
    await session.flush()
    await session.execute(delete(CriterionScore).where(CriterionScore.scorecard_id == stored.id))
    session.add_all(
        CriterionScore(scorecard_id=stored.id, criterion_id=score.criterion_id, value=score.value)
        for score in checked.scores
    )
    await session.flush()
    record_change(
        session,
        juror,
        request_id=request_id,
        action="event.pitch_scored",
        entity_type="EventPitch",
        entity_id=pitch_id,
        before=_card_summary(previous),
        after=_card_summary(checked),
    )
    return event, checked


def _card_summary(card: rules.Scorecard | None) -> dict[str, object] | None:
    if card is None:
        return None
    if card.abstained:
        return {"abstained": True}
    return {"scores": {str(score.criterion_id): str(score.value) for score in card.scores}}


async def my_jury_events(uow: UnitOfWork, principal: Principal | None) -> list[EventView]:
    """The events whose jury the caller sits on, in every region (a juror has no region: each region's
    `event_jurors` is read, concurrently), most recent first; [] for anyone else."""
    if principal is None or not may_attempt(principal, Action.SCORE_PITCH):
        return []
    user_id = await user_id_of(uow, principal)
    if user_id is None:
        return []

    async def read(tenant: Tenant) -> list[EventView]:
        session = uow.session(tenant)
        rows = list(
            await session.scalars(
                select(Event)
                .where(Event.id.in_(select(Juror.event_id).where(Juror.user_id == user_id)))
                .order_by(Event.sort_key, Event.id)
            )
        )
        return await views_of(session, tenant.slug, rows)

    result = await fan_out(
        list(uow.registry.regions), read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds
    )
    events = [view for views in result.results.values() for view in views]
    return sorted(
        (event for event in events if may(principal, Action.SCORE_PITCH, event, invited=True)),
        key=lambda event: (event.sort_key, event.region, event.id),
    )
