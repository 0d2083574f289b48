"""Whether the « Financement » tab shows is asked without reading the plans: `viewerCanReadFinancing` says
who reads them, and asking it puts nothing in the project's access log (only reading the plans does)."""

from __future__ import annotations

import pytest

from tests.backend.financing.plan_support import (
    ADVISER,
    CALVADOS,
    COACH,
    IDF_ADVISER,
    JUROR,
    MIJUIN,
    NATIONAL,
    PARTNER,
    PIERCAN,
    STUDENT,
    project_ids,
)
from tests.backend.world import World

FLAG = "query($id: ID!) { node(id: $id) { ... on Project { viewerCanReadFinancing } } }"
LOG = "query($id: ID!) { node(id: $id) { ... on Project { accessLog(first: 50) { totalCount } } } }"


@pytest.mark.parametrize(
    ("reader", "project", "reads"),
    [
        pytest.param(ADVISER, MIJUIN, True, id="region-adviser"),
        pytest.param(NATIONAL, MIJUIN, True, id="cci-france"),
        pytest.param(COACH, MIJUIN, True, id="its-coach"),
        pytest.param(PARTNER, MIJUIN, True, id="partner-with-financing-grant"),
        pytest.param(PARTNER, PIERCAN, False, id="partner-with-another-scope"),
        pytest.param(PARTNER, CALVADOS, None, id="partner-without-grant"),
        pytest.param(IDF_ADVISER, MIJUIN, False, id="other-region-adviser"),
        pytest.param(STUDENT, MIJUIN, False, id="student"),
        pytest.param(JUROR, MIJUIN, None, id="juror"),
    ],
)
async def test_the_flag_says_who_reads_the_plans(world: World, reader: str, project: str, reads: bool | None) -> None:
    body = await world.graphql(FLAG, {"id": (await project_ids(world))[project]}, as_user=reader)
    node = body["data"]["node"]
    assert (None if node is None else node["viewerCanReadFinancing"]) is reads


async def test_asking_it_is_not_a_read_of_the_plans(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]

    async def logged() -> int:
        body = await world.graphql(LOG, {"id": mijuin}, as_user=ADVISER)
        count: int = body["data"]["node"]["accessLog"]["totalCount"]
        return count

    before = await logged()
    assert (await world.graphql(FLAG, {"id": mijuin}, as_user=PARTNER))["data"]["node"] == {
        "viewerCanReadFinancing": True
    }
    assert await logged() == before
    await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { financingPlan { publicShare } } } }",
        {"id": mijuin},
        as_user=PARTNER,
    )
    assert await logged() == before + 1
