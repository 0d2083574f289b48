"""Seats in the sessions: who is confirmed, who waits, and the waiting list moving up when a seat frees.

Two people asking for the last seat at once must not both be confirmed: whoever takes or frees seats first
locks the sessions' rows (`FOR UPDATE` on PostgreSQL, in id order so two requests never wait on each other;
SQLite serialises writers), then counts the confirmed seats inside the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from filiere.events.models import EventSession, Registration, RegistrationStatus, SeatStatus, SessionKind, SessionSeat
from filiere.tenancy.session import TenantSession


@dataclass(frozen=True, kw_only=True)
class SeatSessionView:
    region: str
    id: int
    event_id: int
    kind: SessionKind
    title: str
    starts_at: datetime
    ends_at: datetime
    room: str
    capacity: int | None
    open_to_public: bool

    @classmethod
    def of(cls, region: str, row: EventSession) -> SeatSessionView:
        return cls(
            region=region,
            id=row.id,
            event_id=row.event_id,
            kind=row.kind,
            title=row.title,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            room=row.room,
            capacity=row.capacity,
            open_to_public=row.open_to_public,
        )


async def sessions_of_event(session: TenantSession, region: str, event_id: int) -> list[SeatSessionView]:
    """The event's programme, by start (the registration form's choices)."""
    rows = await session.scalars(
        select(EventSession).where(EventSession.event_id == event_id).order_by(EventSession.starts_at, EventSession.id)
    )
    return [SeatSessionView.of(region, row) for row in rows]


@dataclass(frozen=True, kw_only=True)
class SeatView:
    session: SeatSessionView
    status: SeatStatus
    waiting_position: int | None  # 1 for the next to move up; null when confirmed


@dataclass(frozen=True, kw_only=True)
class Promotion:
    """Someone moved up from a session's waiting list: they are told by e-mail once it is committed."""

    region: str
    registration_id: int
    name: str
    email: str
    session: SeatSessionView


async def lock_sessions(session: TenantSession, ids: Iterable[int]) -> list[EventSession]:
    """The sessions' rows, locked until the transaction ends (in id order: no deadlock between requests)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    rows = await session.scalars(
        select(EventSession).where(EventSession.id.in_(wanted)).order_by(EventSession.id).with_for_update()
    )
    return list(rows)


async def confirmed_counts(session: TenantSession, ids: Iterable[int]) -> dict[int, int]:
    wanted = set(ids)
    counts = dict.fromkeys(wanted, 0)
    if wanted:
        rows = await session.execute(
            select(SessionSeat.session_id, func.count())
            .where(SessionSeat.session_id.in_(wanted), SessionSeat.status == SeatStatus.CONFIRMED)
            .group_by(SessionSeat.session_id)
        )
        for session_id, count in rows:
            counts[session_id] = count
    return counts


async def take_seats(
    session: TenantSession, registration_id: int, sessions: Sequence[EventSession], *, now: datetime
) -> None:
    """A seat in each of `sessions` (locked by the caller): confirmed while seats are left, waiting otherwise."""
    counts = await confirmed_counts(session, (row.id for row in sessions))
    for row in sessions:
        full = row.capacity is not None and counts[row.id] >= row.capacity
        session.add(
            SessionSeat(
                registration_id=registration_id,
                session_id=row.id,
                status=SeatStatus.WAITING if full else SeatStatus.CONFIRMED,
                requested_at=now,
            )
        )
    await session.flush()


async def free_seats(
    session: TenantSession, region: str, registration_id: int, session_ids: Iterable[int]
) -> list[Promotion]:
    """Leave `session_ids`; each confirmed seat freed goes to the first person waiting (in order of asking)."""
    wanted = set(session_ids)
    if not wanted:
        return []
    rows = {row.id: row for row in await lock_sessions(session, wanted)}
    freed = set(
        await session.scalars(
            select(SessionSeat.session_id).where(
                SessionSeat.registration_id == registration_id,
                SessionSeat.session_id.in_(wanted),
                SessionSeat.status == SeatStatus.CONFIRMED,
            )
        )
    )
    await session.execute(
        delete(SessionSeat).where(SessionSeat.registration_id == registration_id, SessionSeat.session_id.in_(wanted))
    )
    promotions = []
    counts = await confirmed_counts(session, freed)
    for session_id in sorted(freed):
        row = rows[session_id]
        if row.capacity is not None and counts[session_id] >= row.capacity:
            continue  # the organiser lowered the capacity: the freed seat is not one any more
        first = (
            await session.execute(
                select(SessionSeat, Registration)
                .join(Registration, Registration.id == SessionSeat.registration_id)
                .where(
                    SessionSeat.session_id == session_id,
                    SessionSeat.status == SeatStatus.WAITING,
                    Registration.status == RegistrationStatus.REGISTERED,
                )
                .order_by(SessionSeat.requested_at, SessionSeat.registration_id)
                .limit(1)
            )
        ).first()
        if first is not None:
            seat, person = first
            seat.status = SeatStatus.CONFIRMED
            promotions.append(
                Promotion(
                    region=region,
                    registration_id=person.id,
                    name=person.name,
                    email=person.email,
                    session=SeatSessionView.of(region, row),
                )
            )
    await session.flush()
    return promotions


async def seats_by_registration(
    session: TenantSession, region: str, registration_ids: Sequence[int]
) -> dict[int, list[SeatView]]:
    """Each registration's seats, by session start, with its place on the waiting lists (two statements)."""
    found: dict[int, list[SeatView]] = {key: [] for key in registration_ids}
    if not registration_ids:
        return found
    rows = list(
        await session.execute(
            select(SessionSeat, EventSession)
            .join(EventSession, EventSession.id == SessionSeat.session_id)
            .where(SessionSeat.registration_id.in_(registration_ids))
            .order_by(EventSession.starts_at, EventSession.id)
        )
    )
    # Every session's queue, not only those someone waits for: the same statements for one page as another.
    queues = await waiting_queues(session, {seat.session_id for seat, _ in rows})
    for seat, row in rows:
        position = None
        if seat.status is SeatStatus.WAITING:
            position = queues[seat.session_id].index(seat.registration_id) + 1
        found[seat.registration_id].append(
            SeatView(session=SeatSessionView.of(region, row), status=seat.status, waiting_position=position)
        )
    return found


async def waiting_queues(session: TenantSession, session_ids: Iterable[int]) -> dict[int, list[int]]:
    """The registrations waiting for each session, first to move up first."""
    queues: dict[int, list[int]] = defaultdict(list)
    wanted = set(session_ids)
    if wanted:
        rows = await session.execute(
            select(SessionSeat.session_id, SessionSeat.registration_id)
            .join(Registration, Registration.id == SessionSeat.registration_id)
            .where(
                SessionSeat.session_id.in_(wanted),
                SessionSeat.status == SeatStatus.WAITING,
                Registration.status == RegistrationStatus.REGISTERED,
            )
            .order_by(SessionSeat.requested_at, SessionSeat.registration_id)
        )
        for session_id, registration_id in rows:
            queues[session_id].append(registration_id)
    return queues
