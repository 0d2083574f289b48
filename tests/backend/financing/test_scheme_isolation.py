"""Who reads and keeps which schemes: the national catalogue, each region's own schemes (invisible and
unusable elsewhere), and the roles that have no business with the catalogue."""

from __future__ import annotations

import pytest

from tests.backend.financing.scheme_support import (
    ADMIN,
    ADVISER,
    CATALOGUE,
    COACH,
    IDF_ADVISER,
    IDF_OWN,
    JUROR,
    MATCHING,
    MIJUIN,
    NATIONAL,
    NORMANDIE_OWN,
    OPS,
    PARTNER,
    STUDENT,
    catalogue,
    names,
    project_id,
    save,
    scheme_ids,
    scheme_input,
    stored,
)
from tests.backend.world import World

NATIONAL_SCHEME = "Garantie des prêts d'investissement (démo)"
SCHEME_NODE = "query($id: ID!) { node(id: $id) { ... on FinancingScheme { name ownerRegion } } }"
SAVE_SOURCE = """mutation($input: SaveFinancingSourceInput!) { saveFinancingSource(input: $input) {
  __typename ... on FinancingSourceSuccess { source { scheme { name } } } ... on FinancingError { code field } } }"""


@pytest.mark.parametrize(
    ("reader", "national", "normandie_own", "idf_own"),
    [
        (ADVISER, True, True, False),
        (ADMIN, True, True, False),
        (IDF_ADVISER, True, False, True),
        (NATIONAL, True, True, True),
        # A financer reads the public catalogue (its own schemes among them), never a region's own list.
        (PARTNER, True, False, False),
        (COACH, True, False, False),
        (STUDENT, False, False, False),
        (JUROR, False, False, False),
        (OPS, False, False, False),
    ],
)
async def test_who_reads_which_schemes(
    world: World, reader: str, national: bool, normandie_own: bool, idf_own: bool
) -> None:
    ids = await scheme_ids(world)
    listed = set(names(await catalogue(world, reader, first=100)))
    assert (NATIONAL_SCHEME in listed, NORMANDIE_OWN in listed, IDF_OWN in listed) == (national, normandie_own, idf_own)
    for name, visible in ((NATIONAL_SCHEME, national), (NORMANDIE_OWN, normandie_own), (IDF_OWN, idf_own)):
        body = await world.graphql(SCHEME_NODE, {"id": ids[name]}, as_user=reader)
        assert (body["data"]["node"] is not None) is visible, (reader, name)


async def test_anonymous_reads_nothing(world: World) -> None:
    body = await world.graphql(CATALOGUE, {"first": 5}, as_user=None)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    ids = await scheme_ids(world)
    body = await world.graphql(SCHEME_NODE, {"id": ids[NATIONAL_SCHEME]}, as_user=None)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize("writer", [PARTNER, COACH, STUDENT, JUROR, OPS])
async def test_only_cci_france_and_the_regions_teams_write(world: World, writer: str) -> None:
    ids = await scheme_ids(world)
    before = await stored(world)
    for target in ({}, {"id": ids[NATIONAL_SCHEME], "expectedVersion": 1}):
        refused = await save(world, writer, **scheme_input(**target))
        assert (refused["__typename"], refused["code"]) in {
            ("FinancingNotAllowed", "NOT_ALLOWED"),
            ("FinancingNotAllowed", "NOT_FOUND"),
        }, (writer, refused)
    body = await world.graphql(
        "mutation($i: SaveFinancingSchemeInput!) { saveFinancingScheme(input: $i) { __typename } }",
        {"i": scheme_input()},
        as_user=None,
    )
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await stored(world) == before


async def test_a_plan_takes_only_a_national_scheme_or_its_own_regions(world: World) -> None:
    ids = await scheme_ids(world)
    mijuin = await project_id(world, MIJUIN)
    source = {"projectId": mijuin, "kind": "REGIONAL_AID", "amount": 20000, "year": 2024, "status": "TO_APPLY"}
    body = await world.graphql(SAVE_SOURCE, {"input": {**source, "schemeId": ids[IDF_OWN]}}, as_user=ADVISER)
    refused = body["data"]["saveFinancingSource"]
    assert (refused["code"], refused["field"]) == ("UNKNOWN_SCHEME", "schemeId")
    for name in (NORMANDIE_OWN, NATIONAL_SCHEME):
        body = await world.graphql(SAVE_SOURCE, {"input": {**source, "schemeId": ids[name]}}, as_user=ADVISER)
        assert body["data"]["saveFinancingSource"]["source"]["scheme"]["name"] == name


async def test_a_regions_own_scheme_is_proposed_to_its_projects_only(world: World) -> None:
    """Two schemes for any investment anywhere, one Normandie's own, one Île-de-France's: MIJUIN (Normandie)
    is proposed its region's only, whoever reads its financing (its partner included)."""
    anywhere = {"nationwide": True, "regions": [], "companySizes": [], "amountMin": None, "amountMax": None}
    ours = await save(world, ADVISER, **scheme_input(name="Investir en Normandie (démo)", **anywhere))
    theirs = await save(world, IDF_ADVISER, **scheme_input(name="Investir en Île-de-France (démo)", **anywhere))
    assert ours["scheme"]["ownerRegion"] == "normandie" and theirs["scheme"]["ownerRegion"] == "ile-de-france"
    mijuin = await project_id(world, MIJUIN)
    for reader in (ADVISER, NATIONAL, PARTNER, COACH):
        body = await world.graphql(MATCHING, {"id": mijuin, "first": 50}, as_user=reader)
        proposed = [edge["node"]["scheme"]["name"] for edge in body["data"]["node"]["matchingSchemes"]["edges"]]
        assert "Investir en Normandie (démo)" in proposed and "Investir en Île-de-France (démo)" not in proposed
