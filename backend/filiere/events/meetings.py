"""B2B meeting requests at an event: between an accelerated project that pitches there and a partner's person.

Projects have no account: their side is held by the event's organisers (`MANAGE_EVENT`), who also record
requests on a project's behalf. A partner's person (`REQUEST_MEETING` without `MANAGE_EVENT`) asks the projects
of any event they see, answers what is asked of them and sees their own requests only. A request is pending,
then accepted or declined by the asked side; either side's asker may withdraw it. Placement is
`meeting_placement`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, true

from filiere.accounts.service import UserView, active_with_roles, user_id_of, users_by_id
from filiere.audit.service import record_change
from filiere.auth.policy import Action, Reach, roles_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ConflictError, ForbiddenError, InvalidInputError, NotFoundError
from filiere.events.errors import EventErrorCode
from filiere.events.meeting_models import MeetingRequest, MeetingRequestStatus
from filiere.events.pitch_projects import PitchView, pitches_by_id, pitches_of_events
from filiere.events.service import EventView, load_event, may
from filiere.pagination import Page, PageRequest, SortPosition
from filiere.tenancy.unit_of_work import UnitOfWork

SLOT_LENGTH = timedelta(minutes=20)
MESSAGE_MAX_LENGTH = 1000
MAX_PARTNERS_LISTED = 500
OPEN_STATUSES = (MeetingRequestStatus.PENDING, MeetingRequestStatus.ACCEPTED)


@dataclass(frozen=True, kw_only=True)
class MeetingRequestView:
    region: str
    id: int
    event_id: int
    version: int
    pitch: PitchView
    partner_user_id: int
    partner_name: str
    asked_by_partner: bool
    message: str
    status: MeetingRequestStatus
    requested_at: datetime
    slot_starts_at: datetime | None
    table_number: int | None
    placed_by_hand: bool
    viewer_can_answer: bool
    viewer_can_withdraw: bool

    @property
    def slot_ends_at(self) -> datetime | None:
        return None if self.slot_starts_at is None else self.slot_starts_at + SLOT_LENGTH


@dataclass(frozen=True, kw_only=True)
class Side:
    """Who the caller is towards an event's meetings: an organiser, or a partner's person (their user id)."""

    organiser: bool
    user_id: int | None


async def side_of(uow: UnitOfWork, principal: Principal, event: EventView) -> Side:
    if may(principal, Action.MANAGE_EVENT, event):
        return Side(organiser=True, user_id=None)
    if may(principal, Action.REQUEST_MEETING, event):
        return Side(organiser=False, user_id=await user_id_of(uow, principal))
    return Side(organiser=False, user_id=None)


async def readable_event(uow: UnitOfWork, principal: Principal, region: str, event_id: int) -> EventView:
    event = await load_event(uow, region, event_id)
    if event is None or not (may(principal, Action.VIEW_EVENT, event) or may(principal, Action.MANAGE_EVENT, event)):
        raise NotFoundError()
    return event


def _may_answer(side: Side, row: MeetingRequest) -> bool:
    if row.status is not MeetingRequestStatus.PENDING:
        return False
    # The asked side answers: the organisers for the project (and, to help, for anyone), the partner for themselves.
    return side.organiser or (row.asked_by_partner is False and side.user_id == row.partner_user_id)


def _may_withdraw(side: Side, row: MeetingRequestView | MeetingRequest) -> bool:
    if row.status not in OPEN_STATUSES:
        return False
    return side.organiser or (row.asked_by_partner and side.user_id == row.partner_user_id)


async def views_of(
    uow: UnitOfWork, event: EventView, rows: Sequence[MeetingRequest], side: Side
) -> list[MeetingRequestView]:
    """Views of one event's requests: its pitches (and their projects' names) and the partners' names, read
    once for the whole list."""
    pitches = (await pitches_of_events(uow, event.region, [event.id]))[event.id] if rows else []
    by_project = {(pitch.project_region, pitch.project_id): pitch for pitch in pitches}
    user_ids = sorted({row.partner_user_id for row in rows})
    users = await users_by_id(uow.national(), user_ids) if user_ids else {}
    views = []
    for row in rows:
        pitch = by_project.get((row.project_region, row.project_id))
        if pitch is None:  # the project no longer pitches: its requests are left out
            continue
        partner = users.get(row.partner_user_id)
        views.append(
            MeetingRequestView(
                region=event.region,
                id=row.id,
                event_id=row.event_id,
                version=row.version,
                pitch=pitch,
                partner_user_id=row.partner_user_id,
                partner_name=partner.display_name if partner else "",
                asked_by_partner=row.asked_by_partner,
                message=row.message,
                status=row.status,
                requested_at=row.created_at,
                slot_starts_at=row.slot_starts_at,
                table_number=row.table_number,
                placed_by_hand=row.placed_by_hand,
                viewer_can_answer=_may_answer(side, row),
                viewer_can_withdraw=_may_withdraw(side, row),
            )
        )
    return views


async def _partner(uow: UnitOfWork, event: EventView, user_id: int) -> UserView:
    """A person who may take part as a partner: an open account that may ask for meetings and does not run
    the event."""
    user = (await users_by_id(uow.national(), [user_id])).get(user_id)
    if (
        user is None
        or not user.is_active
        or not may(user.as_principal(), Action.REQUEST_MEETING, event)
        or may(user.as_principal(), Action.MANAGE_EVENT, event)
    ):
        raise InvalidInputError(
            "Cette personne ne peut pas prendre de rendez-vous : choisissez le compte d'un partenaire.",
            code=EventErrorCode.NOT_A_PARTNER,
            field="partnerUserId",
        )
    return user


def _checked_message(message: str) -> str:
    cleaned = message.strip()
    if len(cleaned) > MESSAGE_MAX_LENGTH:
        raise InvalidInputError(
            f"Le message tient en {MESSAGE_MAX_LENGTH} caractères au plus.",
            code=CommonErrorCode.TOO_LONG,
            field="message",
        )
    return cleaned


async def request_meeting(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    event_id: int,
    pitch_id: int,
    message: str,
    partner_user_id: int | None,
    request_id: str,
) -> MeetingRequestView:
    """A partner asks a project of the event (`partner_user_id` None), or organisers record the project's wish
    to meet a partner's person."""
    caller = require_principal(principal)
    event = await readable_event(uow, caller, region, event_id)
    side = await side_of(uow, caller, event)
    if side.organiser:
        if partner_user_id is None:
            raise InvalidInputError(
                "Choisissez la personne du partenaire à rencontrer.",
                code=CommonErrorCode.REQUIRED,
                field="partnerUserId",
            )
        partner_id = (await _partner(uow, event, partner_user_id)).id
    elif side.user_id is not None and partner_user_id in (None, side.user_id):
        partner_id = side.user_id
    else:
        raise ForbiddenError("Seuls les partenaires et les organisateurs de l'événement demandent des rendez-vous.")
    pitch = (await pitches_by_id(uow, region, [pitch_id])).get(pitch_id)
    if pitch is None or pitch.event_id != event.id:
        raise InvalidInputError(
            "Ce projet ne pitche pas à cet événement.", code=EventErrorCode.PITCH_NOT_IN_EVENT, field="pitchId"
        )
    cleaned = _checked_message(message)
    session = uow.region(region)
    already = await session.scalar(
        select(func.count())
        .select_from(MeetingRequest)
        .where(
            MeetingRequest.event_id == event.id,
            MeetingRequest.project_region == pitch.project_region,
            MeetingRequest.project_id == pitch.project_id,
            MeetingRequest.partner_user_id == partner_id,
            MeetingRequest.status.in_(OPEN_STATUSES),
        )
    )
    if already:
        raise InvalidInputError(
            "Une demande de rendez-vous est déjà en cours entre ce projet et cette personne.",
            code=EventErrorCode.DUPLICATE_MEETING_REQUEST,
            field="pitchId",
        )
    row = MeetingRequest(
        event_id=event.id,
        project_region=pitch.project_region,
        project_id=pitch.project_id,
        partner_user_id=partner_id,
        asked_by_partner=not side.organiser,
        message=cleaned,
        status=MeetingRequestStatus.PENDING,
    )
    session.add(row)
    await session.flush()
    _audit(caller, uow=uow, region=region, row=row, action="meeting_request.create", before=None, request_id=request_id)
    return (await views_of(uow, event, [row], side))[0]


def _audit(
    caller: Principal,
    *,
    uow: UnitOfWork,
    region: str,
    row: MeetingRequest,
    action: str,
    before: dict[str, object] | None,
    request_id: str,
) -> None:
    record_change(
        uow.region(region),
        caller,
        request_id=request_id,
        action=action,
        entity_type="MeetingRequest",
        entity_id=row.id,
        before=before,
        after=snapshot(row),
    )


def snapshot(row: MeetingRequest) -> dict[str, object]:
    return {
        "eventId": row.event_id,
        "project": f"{row.project_region}:{row.project_id}",
        "partnerUserId": row.partner_user_id,
        "status": row.status.value,
        "slotStartsAt": row.slot_starts_at.isoformat() if row.slot_starts_at else None,
        "tableNumber": row.table_number,
        "placedByHand": row.placed_by_hand,
    }


async def request_row(
    uow: UnitOfWork, principal: Principal, region: str, meeting_id: int, *, expected_version: int | None = None
) -> tuple[EventView, Side, MeetingRequest]:
    """The request, its event and the caller's side: not found for whoever is neither an organiser nor the
    partner it names."""
    row = await uow.region(region).get(MeetingRequest, meeting_id) if uow.registry.has_region(region) else None
    event = None if row is None else await load_event(uow, region, row.event_id)
    if row is None or event is None:
        raise NotFoundError(field="requestId")
    side = await side_of(uow, principal, event)
    if not side.organiser and (side.user_id is None or side.user_id != row.partner_user_id):
        raise NotFoundError(field="requestId")
    if expected_version is not None and expected_version != row.version:
        raise ConflictError()
    return event, side, row


async def answer_meeting_request(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    meeting_id: int,
    accept: bool,
    expected_version: int | None,
    request_id: str,
) -> MeetingRequestView:
    caller = require_principal(principal)
    event, side, row = await request_row(uow, caller, region, meeting_id, expected_version=expected_version)
    if row.status is not MeetingRequestStatus.PENDING:
        raise InvalidInputError(
            "Cette demande a déjà reçu une réponse ou a été retirée.",
            code=EventErrorCode.MEETING_REQUEST_CLOSED,
            field="requestId",
        )
    if not _may_answer(side, row):
        raise ForbiddenError("C'est à l'autre partie de répondre à cette demande.")
    before = snapshot(row)
    row.status = MeetingRequestStatus.ACCEPTED if accept else MeetingRequestStatus.DECLINED
    await uow.region(region).flush()
    _audit(
        caller, uow=uow, region=region, row=row, action="meeting_request.answer", before=before, request_id=request_id
    )
    return (await views_of(uow, event, [row], side))[0]


async def withdraw_meeting_request(
    uow: UnitOfWork, principal: Principal | None, *, region: str, meeting_id: int, request_id: str
) -> MeetingRequestView:
    caller = require_principal(principal)
    event, side, row = await request_row(uow, caller, region, meeting_id)
    if row.status not in OPEN_STATUSES:
        raise InvalidInputError(
            "Cette demande est déjà close.", code=EventErrorCode.MEETING_REQUEST_CLOSED, field="requestId"
        )
    if not _may_withdraw(side, row):
        raise ForbiddenError("Seul qui a demandé ce rendez-vous peut le retirer ; vous pouvez le décliner.")
    before = snapshot(row)
    row.status = MeetingRequestStatus.WITHDRAWN
    row.slot_starts_at, row.table_number, row.placed_by_hand = None, None, False
    await uow.region(region).flush()
    _audit(
        caller, uow=uow, region=region, row=row, action="meeting_request.withdraw", before=before, request_id=request_id
    )
    return (await views_of(uow, event, [row], side))[0]


async def event_meeting_requests(
    uow: UnitOfWork, principal: Principal | None, event: EventView, page: PageRequest
) -> Page[MeetingRequestView]:
    """Every request of the event, oldest first, for its organisers; an empty page for anyone else."""
    if principal is None or not may(principal, Action.MANAGE_EVENT, event):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    session = uow.region(event.region)
    total = await session.scalar(
        select(func.count()).select_from(MeetingRequest).where(MeetingRequest.event_id == event.id)
    )
    after = page.after
    rows = list(
        await session.scalars(
            select(MeetingRequest)
            .where(MeetingRequest.event_id == event.id, MeetingRequest.id > after.id if after else true())
            .order_by(MeetingRequest.id)
            .limit(page.first + 1)
        )
    )
    views = await views_of(uow, event, rows[: page.first], Side(organiser=True, user_id=None))
    return Page(
        items=views,
        positions=[SortPosition("", event.region, view.id) for view in views],
        has_next_page=len(rows) > page.first,
        total_count=total or 0,
    )


async def my_meetings(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int
) -> list[MeetingRequestView]:
    """The caller's own requests at the event (as a partner's person), placed ones first in time order."""
    caller = require_principal(principal)
    event = await readable_event(uow, caller, region, event_id)
    side = await side_of(uow, caller, event)
    if side.organiser or side.user_id is None:
        return []
    rows = list(
        await uow.region(region).scalars(
            select(MeetingRequest)
            .where(MeetingRequest.event_id == event.id, MeetingRequest.partner_user_id == side.user_id)
            .order_by(MeetingRequest.id)
        )
    )
    views = await views_of(uow, event, rows, side)
    return sorted(
        views, key=lambda v: (v.slot_starts_at is None, v.slot_starts_at.timestamp() if v.slot_starts_at else 0, v.id)
    )


async def meeting_partners(uow: UnitOfWork, principal: Principal | None, event: EventView) -> list[UserView]:
    """The people organisers may record a project's request towards: open accounts that ask for meetings at any
    event and run none (the partners' people), by name; nobody for anyone else."""
    if principal is None or not may(principal, Action.MANAGE_EVENT, event):
        return []
    roles = roles_allowed(Action.REQUEST_MEETING, Reach.OTHER_REGION) - roles_allowed(
        Action.MANAGE_EVENT, Reach.OTHER_REGION
    )
    people = await active_with_roles(uow.national(), roles, limit=MAX_PARTNERS_LISTED)
    return [person for person in people if not may(person.as_principal(), Action.MANAGE_EVENT, event)]
