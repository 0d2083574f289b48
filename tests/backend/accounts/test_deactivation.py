"""A deactivated user is refused on their next request, with a token issued before the deactivation."""

from __future__ import annotations

from filiere.administration.service import deactivate_user, reactivate_user
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
VIEWER = "{ viewer { displayName } }"


async def set_active(world: World, active: bool) -> None:
    head = await world.principal("admin.normandie@demo.filiere.fr")
    change = reactivate_user if active else deactivate_user
    async with UnitOfWork(world.registry) as uow:
        await change(uow, head, user_id=(await world.user(ADVISER)).id, request_id="r")
        await uow.commit()


async def test_a_token_stops_working_at_the_next_request(world: World) -> None:
    headers = await world.headers(ADVISER)  # issued before the deactivation, valid for five more minutes
    query = {"query": VIEWER}
    assert (await world.client.post("/graphql", json=query, headers=headers)).status_code == 200
    await set_active(world, False)
    refused = await world.client.post("/graphql", json=query, headers=headers)
    assert refused.status_code == 401
    assert refused.json()["errors"][0]["extensions"]["code"] == "INVALID_TOKEN"
    download = await world.client.get("/exports/projects.xlsx", headers=headers)
    assert download.status_code == 401
    await set_active(world, True)
    assert (await world.client.post("/graphql", json=query, headers=headers)).status_code == 200
