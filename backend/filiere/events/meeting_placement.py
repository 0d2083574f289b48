"""Placing an event's accepted meeting requests into (slot, table): the organisers' tables count, the automatic
scheduler (`meeting_schedule.schedule`) and manual placement, with the pure module's rules and French reasons.

The problem is built from the event's rows: slots are the 20-minute cuts of its « meetings » sessions (a
remainder shorter than a slot is left out), tables are numbered 1..`meeting_tables`. A project is busy during
the event's pitch sessions (the running order gives no time per pitch), a partner's person during them too when
they sit on the event's jury; speakers are names without accounts, so the sessions they run block no one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from filiere.audit.service import record_change
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ConflictError, InvalidInputError
from filiere.events import meeting_schedule as plan
from filiere.events.errors import EventErrorCode
from filiere.events.jury_models import Juror
from filiere.events.meeting_models import MeetingRequest, MeetingRequestStatus
from filiere.events.meetings import SLOT_LENGTH, MeetingRequestView, Side, request_row, snapshot, views_of
from filiere.events.models import Event, EventSession, SessionKind
from filiere.events.service import EventView, managed_event
from filiere.tenancy.unit_of_work import UnitOfWork

MAX_TABLES = 100
# `meeting_schedule`'s names of what it checks, as `placeMeeting`'s input calls them.
_INPUT_FIELDS = {"slot": "slotStartsAt", "tableId": "tableNumber"}


@dataclass(frozen=True, kw_only=True)
class UnplacedView:
    request: MeetingRequestView
    reason: plan.UnplacedReason
    message: str


@dataclass(frozen=True, kw_only=True)
class ScheduleOutcome:
    placed: int  # meetings in place after the run, by hand or not
    unplaced: tuple[UnplacedView, ...]


def project_key(region: str, project_id: int) -> str:
    return f"project:{region}:{project_id}"


def partner_key(user_id: int) -> str:
    return f"partner:{user_id}"


async def meeting_slots(uow: UnitOfWork, event: EventView) -> list[plan.Slot]:
    sessions = await _sessions(uow, event, SessionKind.MEETINGS)
    return slots_of(sessions)


def slots_of(sessions: Sequence[EventSession]) -> list[plan.Slot]:
    """The 20-minute cuts of these « meetings » sessions, in time order."""
    slots = []
    for session in sessions:
        start = session.starts_at
        while start + SLOT_LENGTH <= session.ends_at:
            slots.append(plan.Slot(start=start, end=start + SLOT_LENGTH))
            start += SLOT_LENGTH
    # Two overlapping meetings sessions would give overlapping slots: keep the earlier ones.
    kept: list[plan.Slot] = []
    for slot in sorted(slots):
        if not kept or kept[-1].end <= slot.start:
            kept.append(slot)
    return kept


async def _sessions(uow: UnitOfWork, event: EventView, kind: SessionKind) -> list[EventSession]:
    return list(
        await uow.region(event.region).scalars(
            select(EventSession)
            .where(EventSession.event_id == event.id, EventSession.kind == kind)
            .order_by(EventSession.starts_at)
        )
    )


@dataclass(frozen=True, kw_only=True)
class _Loaded:
    problem: plan.MeetingProblem
    accepted: dict[int, MeetingRequest]
    views: dict[int, MeetingRequestView]


async def _problem(uow: UnitOfWork, event: EventView) -> _Loaded:
    session = uow.region(event.region)
    rows = list(
        await session.scalars(
            select(MeetingRequest)
            .where(MeetingRequest.event_id == event.id, MeetingRequest.status == MeetingRequestStatus.ACCEPTED)
            .order_by(MeetingRequest.id)
        )
    )
    views = {view.id: view for view in await views_of(uow, event, rows, Side(organiser=True, user_id=None))}
    accepted = {row.id: row for row in rows if row.id in views}
    pitch_sessions = await _sessions(uow, event, SessionKind.PITCHES)
    pitch_busy = tuple(
        plan.Busy(start=s.starts_at, end=s.ends_at, label=f"pitchs « {s.title} »")
        for s in pitch_sessions
        if s.ends_at > s.starts_at
    )
    jurors = set(await session.scalars(select(Juror.user_id).where(Juror.event_id == event.id)))
    participants: dict[str, plan.Participant] = {}
    requests = []
    for view in views.values():
        project = project_key(view.pitch.project_region, view.pitch.project_id)
        partner = partner_key(view.partner_user_id)
        participants.setdefault(project, plan.Participant(id=project, name=view.pitch.project_name, busy=pitch_busy))
        jury_busy = (
            tuple(plan.Busy(start=b.start, end=b.end, label=f"jury des {b.label}") for b in pitch_busy)
            if view.partner_user_id in jurors
            else ()
        )
        participants.setdefault(partner, plan.Participant(id=partner, name=view.partner_name, busy=jury_busy))
        requests.append(
            plan.MeetingRequest(id=view.id, participants=(project, partner), requested_at=view.requested_at)
        )
    problem = plan.MeetingProblem(
        slots=tuple(slots_of(await _sessions(uow, event, SessionKind.MEETINGS))),
        tables=tuple(plan.Table(id=n, name=f"Table {n}") for n in range(1, event.meeting_tables + 1)),
        participants=tuple(participants.values()),
        requests=tuple(requests),
    )
    return _Loaded(problem=problem, accepted=accepted, views=views)


def _meeting(row: MeetingRequest) -> plan.Meeting | None:
    if row.slot_starts_at is None or row.table_number is None:
        return None
    return plan.Meeting(
        request_id=row.id,
        slot=plan.Slot(start=row.slot_starts_at, end=row.slot_starts_at + SLOT_LENGTH),
        table_id=row.table_number,
    )


def _require_room(problem: plan.MeetingProblem) -> None:
    if not problem.slots:
        raise InvalidInputError(
            "L'événement n'a pas encore de séance de rendez-vous d'affaires (au moins 20 minutes) dans son programme.",
            code=EventErrorCode.NOT_A_MEETING_SLOT,
            field="eventId",
        )
    if not problem.tables:
        raise InvalidInputError(
            "Indiquez d'abord le nombre de tables de rendez-vous.", code=CommonErrorCode.REQUIRED, field="tables"
        )


async def set_meeting_tables(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    event_id: int,
    tables: int,
    expected_version: int | None,
    request_id: str,
) -> EventView:
    event = await managed_event(uow, principal, region, event_id)
    organiser = require_principal(principal)
    if expected_version is not None and expected_version != event.version:
        raise ConflictError()
    if not 0 <= tables <= MAX_TABLES:
        raise InvalidInputError(
            f"Le nombre de tables va de 0 à {MAX_TABLES}.", code=CommonErrorCode.OUT_OF_RANGE, field="tables"
        )
    session = uow.region(region)
    used = await session.scalar(
        select(MeetingRequest.table_number)
        .where(MeetingRequest.event_id == event_id, MeetingRequest.table_number > tables)
        .order_by(MeetingRequest.table_number.desc())
        .limit(1)
    )
    if used is not None:
        raise InvalidInputError(
            f"La table {used} a des rendez-vous : retirez-les avant de réduire le nombre de tables.",
            code=EventErrorCode.MEETING_TABLES_IN_USE,
            field="tables",
        )
    row = await session.get(Event, event_id)
    assert row is not None
    before = {"meetingTables": row.meeting_tables}
    row.meeting_tables = tables
    await session.flush()
    record_change(
        session,
        organiser,
        request_id=request_id,
        action="event.meeting_tables",
        entity_type="Event",
        entity_id=event_id,
        before=before,
        after={"meetingTables": tables},
    )
    return EventView.of(region, row, event.co_organisers)


async def schedule_meetings(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, request_id: str
) -> ScheduleOutcome:
    """Places every accepted request it can, keeping those placed by hand; the others placed before may move."""
    event = await managed_event(uow, principal, region, event_id)
    organiser = require_principal(principal)
    loaded = await _problem(uow, event)
    _require_room(loaded.problem)
    fixed = [m for row in loaded.accepted.values() if row.placed_by_hand and (m := _meeting(row)) is not None]
    result = plan.schedule(loaded.problem, fixed=fixed)
    session = uow.region(region)
    movable = [row for row in loaded.accepted.values() if not row.placed_by_hand]
    before = {row.id: (row.slot_starts_at, row.table_number) for row in movable}
    for row in movable:  # cleared first: the new placements must not meet the old ones in the unique index
        row.slot_starts_at, row.table_number = None, None
    await session.flush()
    for meeting in result.meetings:
        row = loaded.accepted[meeting.request_id]
        if not row.placed_by_hand:
            row.slot_starts_at, row.table_number = meeting.slot.start, meeting.table_id
    await session.flush()
    moved = [row for row in movable if before[row.id] != (row.slot_starts_at, row.table_number)]
    for row in moved:
        record_change(
            session,
            organiser,
            request_id=request_id,
            action="meeting_request.schedule",
            entity_type="MeetingRequest",
            entity_id=row.id,
            before=None,
            after=snapshot(row),
        )
    return ScheduleOutcome(
        placed=len(result.meetings),
        unplaced=tuple(
            UnplacedView(request=loaded.views[u.request_id], reason=u.reason, message=u.message)
            for u in result.unplaced
        ),
    )


async def place_meeting(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    meeting_id: int,
    slot_starts_at: datetime,
    table_number: int,
    request_id: str,
) -> MeetingRequestView:
    """Puts (or moves) an accepted request where the organiser says, if nobody is double-booked there; it then
    stays there when the scheduler runs again."""
    organiser = require_principal(principal)
    event, side, row = await request_row(uow, organiser, region, meeting_id)
    await managed_event(uow, principal, region, event.id)
    if row.status is not MeetingRequestStatus.ACCEPTED:
        raise InvalidInputError(
            "Seule une demande acceptée peut être placée.", code=EventErrorCode.MEETING_NOT_ACCEPTED, field="requestId"
        )
    loaded = await _problem(uow, event)
    _require_room(loaded.problem)
    start = slot_starts_at if slot_starts_at.tzinfo else slot_starts_at.replace(tzinfo=UTC)
    wanted = plan.Meeting(
        request_id=row.id, slot=plan.Slot(start=start, end=start + SLOT_LENGTH), table_id=table_number
    )
    others = [m for other in loaded.accepted.values() if other.id != row.id and (m := _meeting(other)) is not None]
    try:
        plan.validate_placement(loaded.problem, wanted, placed=others)
    except InvalidInputError as error:  # the pure module names its own fields: say the input's
        field = _INPUT_FIELDS.get(error.field or "", error.field)
        raise InvalidInputError(error.message, code=error.code, field=field) from error
    session = uow.region(region)
    before = snapshot(row)
    row.slot_starts_at, row.table_number = None, None
    await session.flush()  # a move within the same table and slot order must not meet itself in the unique index
    row.slot_starts_at, row.table_number, row.placed_by_hand = start, table_number, True
    await session.flush()
    record_change(
        session,
        organiser,
        request_id=request_id,
        action="meeting_request.place",
        entity_type="MeetingRequest",
        entity_id=row.id,
        before=before,
        after=snapshot(row),
    )
    return (await views_of(uow, event, [row], side))[0]


async def unplace_meeting(
    uow: UnitOfWork, principal: Principal | None, *, region: str, meeting_id: int, request_id: str
) -> MeetingRequestView:
    organiser = require_principal(principal)
    event, side, row = await request_row(uow, organiser, region, meeting_id)
    await managed_event(uow, principal, region, event.id)
    before = snapshot(row)
    row.slot_starts_at, row.table_number, row.placed_by_hand = None, None, False
    await uow.region(region).flush()
    record_change(
        uow.region(region),
        organiser,
        request_id=request_id,
        action="meeting_request.unplace",
        entity_type="MeetingRequest",
        entity_id=row.id,
        before=before,
        after=snapshot(row),
    )
    return (await views_of(uow, event, [row], side))[0]
