"""Creating and changing editions (CCI France)."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.planning import editions
from filiere.planning.editions import EditionInput
from filiere.planning.schema.errors import PLANNING_ERRORS
from filiere.planning.schema.types import EditionType


@strawberry.type
class EditionSuccess:
    edition: EditionType


EditionPayload = PLANNING_ERRORS.payload("EditionPayload", EditionSuccess)


@strawberry.input
class CreateEditionInput:
    year: int
    name: str
    method_version_id: strawberry.ID
    regions: list[str] = strawberry.field(description="Slugs des régions participantes.")


@strawberry.input
class UpdateEditionInput:
    edition_id: strawberry.ID
    expected_version: int
    year: int
    name: str
    method_version_id: strawberry.ID
    regions: list[str]


def _edition_input(year: int, name: str, method_version_id: strawberry.ID, regions: list[str]) -> EditionInput:
    return EditionInput(
        year=year,
        name=name,
        method_version_id=decode_id(method_version_id, expected_type="MethodVersion").int_key,
        regions=regions,
    )


@strawberry.type
class EditionMutation:
    @mutation(requires=Action.MANAGE_EDITION, description="Crée une édition (CCI France).")
    async def create_edition(self, info: Info, input: CreateEditionInput) -> EditionPayload:  # noqa: A002
        view = await editions.create_edition(
            info.context.uow,
            info.context.principal,
            data=_edition_input(input.year, input.name, input.method_version_id, input.regions),
            request_id=info.context.request_id,
        )
        return EditionSuccess(edition=EditionType(view=view))

    @mutation(
        requires=Action.MANAGE_EDITION,
        description="Modifie une édition ; changer sa méthode ne re-planifie aucune cohorte en silence.",
    )
    async def update_edition(self, info: Info, input: UpdateEditionInput) -> EditionPayload:  # noqa: A002
        view = await editions.update_edition(
            info.context.uow,
            info.context.principal,
            edition_id=decode_id(input.edition_id, expected_type="Edition").int_key,
            expected_version=input.expected_version,
            data=_edition_input(input.year, input.name, input.method_version_id, input.regions),
            request_id=info.context.request_id,
        )
        return EditionSuccess(edition=EditionType(view=view))
