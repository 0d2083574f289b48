"""`Region.projectCounts`: how many of a region's projects are at each step, for CCI France's dashboard;
nothing for whoever reads no region's cards."""

from __future__ import annotations

from collections import Counter

from filiere.demo.data import PROJECTS
from tests.backend.programmes.support import HDF_ADVISER, candidate, move
from tests.backend.world import World, count_statements

NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
COUNTS = "{ regions { edges { node { slug projectCounts { status count } } } } }"
STEPS = ["CANDIDATE", "SELECTED", "ACCELERATING", "PITCHED", "FOLLOW_UP", "CLOSED", "REJECTED", "ABANDONED"]


async def counts(world: World, as_user: str) -> dict[str, dict[str, int] | None]:
    body = await world.graphql(COUNTS, as_user=as_user)
    assert "errors" not in body, body
    return {
        edge["node"]["slug"]: (
            None
            if edge["node"]["projectCounts"] is None
            else {entry["status"]: entry["count"] for entry in edge["node"]["projectCounts"]}
        )
        for edge in body["data"]["regions"]["edges"]
    }


def demo_counts(region: str) -> dict[str, int]:
    found = Counter(project.status.name for project in PROJECTS if project.region == region)
    return {step: found[step] for step in STEPS}


async def test_cci_france_counts_every_region_s_projects_by_step(world: World) -> None:
    seen = await counts(world, NATIONAL)
    assert seen == {region: demo_counts(region) for region in world.registry.region_slugs}
    assert list(seen["hauts-de-france"] or {}) == STEPS, "every step, in the journey's order"
    assert (seen["hauts-de-france"] or {})["CANDIDATE"] == 1

    # A step taken moves the project from one count to the next.
    await move(world, await candidate(world), "SELECTED", as_user=HDF_ADVISER)
    after = (await counts(world, NATIONAL))["hauts-de-france"] or {}
    assert (after["CANDIDATE"], after["SELECTED"]) == (0, demo_counts("hauts-de-france")["SELECTED"] + 1)


async def test_the_staff_read_the_counts_partners_and_jurors_do_not(world: World) -> None:
    assert (await counts(world, HDF_ADVISER))["normandie"] == demo_counts("normandie"), "cards are read everywhere"
    for user in (PARTNER, JUROR):
        assert set((await counts(world, user)).values()) == {None}, user
    anonymous = await world.graphql(COUNTS)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_one_statement_per_region(world: World) -> None:
    headers = await world.headers(NATIONAL)

    async def statements(query: str) -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post("/graphql", json={"query": query}, headers=headers)
        assert "errors" not in response.json()
        return counter.count

    plain = await statements("{ regions { edges { node { slug } } } }")
    assert await statements(COUNTS) == plain + len(world.registry.region_slugs)
