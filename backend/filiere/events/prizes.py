"""Prizes a partner awards at an event (« Prix Bpifrance »): written by the organisers, shown with the results.

A prize may be awarded before the results are published (the organisers prepare the ceremony) and stays
editable after; it appears to the event's readers and on the winner's record only once the results are
published.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, InvalidInputError, NotFoundError
from filiere.events.jury_models import Pitch, Prize
from filiere.events.jury_state import PrizeView
from filiere.events.service import EventView, managed_event
from filiere.partners.service import organisations_by_id
from filiere.tenancy.unit_of_work import UnitOfWork

NAME_MAX_LENGTH = 200
NATURE_MAX_LENGTH = 300
AMOUNT_MAX = 100_000_000
_FIELDS = {
    "name": "le nom",
    "organisation": "le partenaire",
    "nature": "la nature",
    "amount": "le montant",
    "winnerPitchId": "le lauréat",
}


@dataclass(frozen=True, kw_only=True)
class PrizeInput:
    name: str
    organisation_id: int | None
    nature: str
    amount: int | None
    winner_pitch_id: int | None


async def _checked(uow: UnitOfWork, event: EventView, data: PrizeInput) -> PrizeInput:
    name = data.name.strip()
    if not name:
        raise InvalidInputError("Donnez un nom au prix.", field="name", code=CommonErrorCode.REQUIRED)
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidInputError(
            f"Le nom compte {NAME_MAX_LENGTH} caractères au plus.", field="name", code=CommonErrorCode.TOO_LONG
        )
    nature = data.nature.strip()
    if len(nature) > NATURE_MAX_LENGTH:
        raise InvalidInputError(
            f"La nature compte {NATURE_MAX_LENGTH} caractères au plus.", field="nature", code=CommonErrorCode.TOO_LONG
        )
    if data.amount is not None and not 0 <= data.amount <= AMOUNT_MAX:
        raise InvalidInputError(
            "Le montant est en euros entiers, de 0 à 100 millions.", field="amount", code=CommonErrorCode.OUT_OF_RANGE
        )
    if not nature and data.amount is None:
        raise InvalidInputError(
            "Dites ce que le prix apporte : une nature (« 6 mois d'accompagnement ») ou un montant.",
            field="nature",
            code=CommonErrorCode.REQUIRED,
        )
    if data.organisation_id is not None and data.organisation_id not in await organisations_by_id(
        uow.national(), [data.organisation_id]
    ):
        raise NotFoundError(field="organisationId")
    if data.winner_pitch_id is not None:
        pitch = await uow.region(event.region).get(Pitch, data.winner_pitch_id)
        if pitch is None or pitch.event_id != event.id:
            raise NotFoundError(field="pitchId")
    return PrizeInput(
        name=name,
        organisation_id=data.organisation_id,
        nature=nature,
        amount=data.amount,
        winner_pitch_id=data.winner_pitch_id,
    )


def _summary(row: Prize) -> dict[str, object]:
    return {
        "name": row.name,
        "organisation": row.organisation_id,
        "nature": row.nature,
        "amount": row.amount,
        "winnerPitchId": row.winner_pitch_id,
    }


async def award_prize(
    uow: UnitOfWork, principal: Principal | None, *, region: str, event_id: int, data: PrizeInput, request_id: str
) -> PrizeView:
    event = await managed_event(uow, principal, region, event_id)
    checked = await _checked(uow, event, data)
    session = uow.region(region)
    last = await session.scalar(select(func.max(Prize.position)).where(Prize.event_id == event_id))
    row = Prize(
        event_id=event_id,
        name=checked.name,
        organisation_id=checked.organisation_id,
        nature=checked.nature,
        amount=checked.amount,
        winner_pitch_id=checked.winner_pitch_id,
        position=(last or 0) + 1,
    )
    session.add(row)
    await session.flush()
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action="event.prize_awarded",
        entity_type="EventPrize",
        entity_id=row.id,
        before=None,
        after=_summary(row),
    )
    return PrizeView.of(region, row)


async def _managed_prize(
    uow: UnitOfWork, principal: Principal | None, region: str, prize_id: int, expected_version: int
) -> tuple[EventView, Prize]:
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    row = await session.get(Prize, prize_id)
    if row is None:
        raise NotFoundError()
    event = await managed_event(uow, principal, region, row.event_id)
    if row.version != expected_version:
        raise await stale_version_error(session, entity_type="EventPrize", entity_id=row.id, field_labels=_FIELDS)
    return event, row


async def update_prize(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    prize_id: int,
    expected_version: int,
    data: PrizeInput,
    request_id: str,
) -> PrizeView:
    event, row = await _managed_prize(uow, principal, region, prize_id, expected_version)
    checked = await _checked(uow, event, data)
    before = _summary(row)
    row.name = checked.name
    row.organisation_id = checked.organisation_id
    row.nature = checked.nature
    row.amount = checked.amount
    row.winner_pitch_id = checked.winner_pitch_id  # SQLAlchemy bumps the version (Versioned)
    session = uow.region(region)
    await session.flush()
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action="event.prize_updated",
        entity_type="EventPrize",
        entity_id=row.id,
        before=before,
        after=_summary(row),
    )
    return PrizeView.of(region, row)


async def delete_prize(
    uow: UnitOfWork, principal: Principal | None, *, region: str, prize_id: int, expected_version: int, request_id: str
) -> EventView:
    event, row = await _managed_prize(uow, principal, region, prize_id, expected_version)
    before = _summary(row)
    session = uow.region(region)
    await session.delete(row)
    await session.flush()
    record_change(
        session,
        require_principal(principal),
        request_id=request_id,
        action="event.prize_deleted",
        entity_type="EventPrize",
        entity_id=prize_id,
        before=before,
        after=None,
    )
    return event
