"""Demonstration B2B meeting requests at the 2023 event « Pour une France industrielle »: the Bpifrance partner
demo account asks to meet a few of the projects that pitch there; two are accepted, and placed when the
programme has a meetings session and no pitch session at that time. Every message says « (démo) ».

The pitches are another part's demo data: without them (or if requests exist already) nothing is added.
"""

from __future__ import annotations

from sqlalchemy import exists, select

from filiere.accounts.models import User
from filiere.events.jury_models import Pitch
from filiere.events.meeting_models import MeetingRequest, MeetingRequestStatus
from filiere.events.meeting_placement import slots_of
from filiere.events.models import Event, EventSession, SessionKind
from filiere.tenancy.registry import TenantRegistry

EVENT_SLUG = "2023-pour-une-france-industrielle"
HOST = "normandie"
PARTNER_EMAIL = "bpifrance@demo.filiere.fr"
DEMO_TABLES = 6
# (status, message) for the first pitches in running order.
REQUESTS = [
    (MeetingRequestStatus.ACCEPTED, "Présenter les prêts et garanties Bpifrance pour l'industrialisation (démo)."),
    (MeetingRequestStatus.ACCEPTED, "Échanger sur le financement de la ligne de production (démo)."),
    (MeetingRequestStatus.PENDING, "Faire le point sur les aides à l'innovation (démo)."),
]


async def load_demo_meetings(registry: TenantRegistry) -> None:
    if not registry.has_region(HOST):
        return
    async with registry.national.sessions() as national:
        partner_id = await national.scalar(select(User.id).where(User.email == PARTNER_EMAIL))
    if partner_id is None:
        return
    async with registry.region(HOST).sessions() as session, session.begin():
        event = await session.scalar(select(Event).where(Event.slug == EVENT_SLUG))
        if event is None or await session.scalar(select(exists().where(MeetingRequest.event_id == event.id))):
            return
        pitches = list(
            await session.scalars(select(Pitch).where(Pitch.event_id == event.id).order_by(Pitch.position).limit(3))
        )
        if not pitches:
            return
        sessions = list(await session.scalars(select(EventSession).where(EventSession.event_id == event.id)))
        pitching = [s for s in sessions if s.kind is SessionKind.PITCHES]
        free_slots = [
            slot
            for slot in slots_of([s for s in sessions if s.kind is SessionKind.MEETINGS])
            if not any(p.starts_at < slot.end and slot.start < p.ends_at for p in pitching)
        ]
        if free_slots and event.meeting_tables == 0:
            event.meeting_tables = DEMO_TABLES
        for pitch, (status, message) in zip(pitches, REQUESTS, strict=False):
            row = MeetingRequest(
                event_id=event.id,
                project_region=pitch.project_region,
                project_id=pitch.project_id,
                partner_user_id=partner_id,
                asked_by_partner=True,
                message=message,
                status=status,
            )
            # The same partner's person meets one project per slot: one accepted request per free slot.
            if status is MeetingRequestStatus.ACCEPTED and free_slots:
                row.slot_starts_at, row.table_number = free_slots.pop(0).start, 1
            session.add(row)
