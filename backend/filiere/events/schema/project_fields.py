"""What the event day adds to `Project`: its published results at events (« Prix Bpifrance, 1er du jury »).

Published results are public to every reader of the event; on the record they follow the project's own
rules: the summary class of fields, shown to whoever reads the project's card."""

from __future__ import annotations

import strawberry

from filiere.events.awards import EventAward
from filiere.events.loaders import EventAwardsByProjectLoader
from filiere.events.schema.event_type import EventType
from filiere.events.schema.jury_types import PrizeType
from filiere.graphql.types import Info
from filiere.programmes.views import ProjectView


@strawberry.type(name="EventAward", description="Résultat publié du projet à un événement : rang et prix.")
class EventAwardType:
    award: strawberry.Private[EventAward]

    @strawberry.field
    def event(self) -> EventType:
        return EventType(view=self.award.event)

    @strawberry.field(description="Rang au classement pondéré du jury ; null si le projet n'est pas classé.")
    def rank(self) -> int | None:
        return self.award.rank

    @strawberry.field
    def prizes(self) -> list[PrizeType]:
        return [PrizeType(view=prize) for prize in self.award.prizes]


@strawberry.type
class ProjectEventFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(description="Résultats publiés du projet aux événements, du plus récent au plus ancien.")
    async def event_awards(self, info: Info) -> list[EventAwardType]:
        card = self.view.card
        awards = await info.context.loaders.get(EventAwardsByProjectLoader, card.region).load(card.id)
        return [EventAwardType(award=award) for award in awards]
