"""Whether the « Chaîne d'approvisionnement » tab shows is asked without reading the chain: a partner with a
full grant reads `viewerCanReadSupplyChain` without a line in the project's access log (reading the chain
adds one)."""

from __future__ import annotations

from tests.backend.partners.grants_support import (
    CALVADOS,
    IDF_ADVISER,
    MIJUIN,
    NORMANDIE_ADVISER,
    PARTNER,
    project_ids,
    share,
)
from tests.backend.world import World

FLAG = "query($id: ID!) { node(id: $id) { ... on Project { viewerCanReadSupplyChain } } }"
LOG = "query($id: ID!) { node(id: $id) { ... on Project { accessLog(first: 50) { totalCount } } } }"


async def flag(world: World, project: str, as_user: str) -> bool | None:
    node = (await world.graphql(FLAG, {"id": project}, as_user=as_user))["data"]["node"]
    return None if node is None else bool(node["viewerCanReadSupplyChain"])


async def test_asking_is_not_reading_the_chain(world: World) -> None:
    ids = await project_ids(world)
    calvados = ids[CALVADOS]
    assert await flag(world, calvados, PARTNER) is None  # not shared: nothing at all
    assert (await share(world, CALVADOS, scope="FULL"))["__typename"] == "GrantSuccess"

    async def logged() -> int:
        body = await world.graphql(LOG, {"id": calvados}, as_user=NORMANDIE_ADVISER)
        count: int = body["data"]["node"]["accessLog"]["totalCount"]
        return count

    before = await logged()
    assert await flag(world, calvados, PARTNER) is True
    assert await logged() == before
    await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { supplyChain { __typename } } } }",
        {"id": calvados},
        as_user=PARTNER,
    )
    assert await logged() == before + 1
    # The financing scope does not open the chain; another region's adviser reads the card only.
    assert await flag(world, ids[MIJUIN], PARTNER) is False
    assert await flag(world, calvados, IDF_ADVISER) is False
    assert await flag(world, calvados, NORMANDIE_ADVISER) is True
