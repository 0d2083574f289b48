"""The public side of the plan: which regions run the accelerator and when, for the candidacy form."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.graphql.permissions import PUBLIC, query
from filiere.graphql.types import Info
from filiere.planning.editions import AcceleratorEditionView, AcceleratorRegionView, current_accelerator_edition


@strawberry.type(name="AcceleratorRegion", description="Une région qui mène l'édition, et ses dates.")
class AcceleratorRegionType:
    view: strawberry.Private[AcceleratorRegionView]

    @strawberry.field(description="Code INSEE de la région, comme `Commune.region.code`.")
    def code(self) -> str:
        return self.view.code

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Début de l'accompagnement ; null s'il n'est pas encore fixé.")
    def start_date(self) -> date | None:
        return self.view.start_date

    @strawberry.field(description="Journée de restitution (J0) ; null si elle n'est pas encore fixée.")
    def event_date(self) -> date | None:
        return self.view.event_date

    @strawberry.field(description="Dernier jour de l'événement s'il dure plusieurs jours.")
    def event_end_date(self) -> date | None:
        return self.view.event_end_date


@strawberry.type(name="AcceleratorEdition", description="L'édition que rejoindrait une candidature déposée ce jour.")
class AcceleratorEditionType:
    view: strawberry.Private[AcceleratorEditionView]

    @strawberry.field
    def year(self) -> int:
        return self.view.year

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Les régions qui la mènent, dans l'ordre de l'édition.")
    def regions(self) -> list[AcceleratorRegionType]:
        return [AcceleratorRegionType(view=region) for region in self.view.regions]


@strawberry.type
class AcceleratorQuery:
    @query(
        requires=PUBLIC,
        description="L'édition en cours ou à venir (la première, de cette année ou après, qui n'est pas terminée), "
        "ses régions et leurs dates : pour le formulaire de candidature. Null s'il n'y en a pas.",
    )
    async def accelerator_edition(self, info: Info) -> AcceleratorEditionType | None:
        view = await current_accelerator_edition(info.context.uow, info.context.today)
        return AcceleratorEditionType(view=view) if view else None
