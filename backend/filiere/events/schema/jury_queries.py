"""The juror's entry point: the events whose jury they sit on."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.events import jury
from filiere.events.schema.event_type import EventType
from filiere.graphql.permissions import query
from filiere.graphql.types import Info


@strawberry.type
class EventJuryQuery:
    @query(
        requires=Action.SCORE_PITCH,
        description="Les événements dont l'appelant est juré, toutes régions confondues, du plus récent au plus "
        "ancien ; vide pour qui n'est juré d'aucun.",
    )
    async def my_jury_events(self, info: Info) -> list[EventType]:
        events = await jury.my_jury_events(info.context.uow, info.context.principal)
        return [EventType(view=event) for event in events]
