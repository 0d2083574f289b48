"""A pitch as the hackathon teams and the B2B meetings name it: its place in the running order and its
project's name (shown to whoever sees the event: the programme is public)."""

from __future__ import annotations

import strawberry

from filiere.events.pitch_projects import PitchView
from filiere.ids import encode_id


@strawberry.type(
    name="PitchedProject", description="Un projet accéléré qui pitche à l'événement (son passage et son nom)."
)
class PitchType:
    view: strawberry.Private[PitchView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Pitch", self.view.region, self.view.id))

    @strawberry.field(description="Rang dans l'ordre de passage, à partir de 1.")
    def order(self) -> int:
        return self.view.position

    @strawberry.field(description="Nom du projet accéléré.")
    def project_name(self) -> str:
        return self.view.project_name
