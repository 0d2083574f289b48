"""The meet-up themes are kept with the method: every draft copies its source's list."""

from __future__ import annotations

from filiere.methodology import service as methodology
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.events.programme_support import NATIONAL
from tests.backend.world import World


async def test_a_new_draft_copies_the_meetup_themes_of_its_source(world: World) -> None:
    async with UnitOfWork(world.registry) as uow:
        published = await methodology.latest_published_version_id(uow)
        assert published is not None
        source = await methodology.meetup_themes_of(uow, published)
        assert [theme.name for theme in source] == [
            "Recruter et fidéliser",
            "Financer ses projets",
            "Innover et réaliser de la R&D",
            "Se développer à l'export",
            "Intégrer une démarche RSE",
        ]
        draft = await methodology.create_draft(
            uow, await world.principal(NATIONAL), based_on_id=published, request_id="test"
        )
        assert await methodology.meetup_themes_of(uow, draft.id) == source
        empty = await methodology.meetup_themes_by_version(uow.national(), [draft.id + 1])
        assert empty == {draft.id + 1: []}
        await uow.rollback()
