"""Supplier search: every directory at once, regional first, then relevance; typos tolerated."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from filiere.sourcing import search as search_module
from tests.backend.sourcing.directory_helpers import (
    ADVISER,
    DIRECTORY,
    ROUEN,
    SEARCH,
    SEINE_MARITIME,
    fill,
    names,
    search,
)
from tests.backend.sourcing.sirene_files import Row, siren_of
from tests.backend.world import World, count_statements, region_down

HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"


COUNTED = """query($query: String, $near: SupplierNearInput, $first: Int!) {
  suppliers(query: $query, near: $near, first: $first) { totalCount totalCountIsExact edges { node { name } } } }"""


async def test_regional_first_from_rouen(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    found = await search(world, query="filature", near=ROUEN, filter={"naf": ["13.10Z"]})
    tiers = [(edge["node"]["name"], edge["node"]["tier"]) for edge in found["edges"]]
    assert tiers[:3] == [
        ("Filature du Havre", "SAME_DEPARTEMENT"),
        ("Filature de Caen", "SAME_REGION"),
        ("Filature de Roubaix", "NEIGHBOURING_REGION"),
    ]
    assert {(name, tier) for name, tier in tiers[3:]} >= {
        ("Filature de Dijon", "REST_OF_FRANCE"),
        ("Filature Bordelaise", "REST_OF_FRANCE"),
    }
    assert "Filature Fermée" not in names(found), "closed establishments are not offered"


async def test_whole_words_rank_before_prefixes_and_accents_do_not_matter(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    assert names(await search(world, query="LIN", near=ROUEN))[:2] == ["Tissage du Lin", "Linge de Rouen"]
    assert names(await search(world, query="fermee filature", near=ROUEN)) == []
    assert names(await search(world, query="Filaturé  du   HAVRE", near=ROUEN)) == ["Filature du Havre"]


async def test_a_typo_still_finds_the_supplier(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    found = names(await search(world, query="filatrue havre", near=ROUEN))
    assert found[:1] == ["Filature du Havre"]


async def test_pages_follow_one_order_across_directories(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    whole = names(await search(world, query="filature", near=ROUEN))
    seen: list[str] = []
    after = None
    while True:
        page = await search(world, query="filature", near=ROUEN, first=2, after=after)
        seen += names(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == whole and page["totalCount"] == len(whole) == 6


async def test_what_is_not_diffusible_never_shows(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    found = await search(world, query="filature jm", near=ROUEN)
    node = found["edges"][0]["node"]
    assert (node["name"], node["street"], node["postalCode"]) == ("Filature JM", None, None)
    assert names(await search(world, query="martin jeanne", near=ROUEN)) == []


async def test_filters_by_activity_section_and_departement(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    textile = names(await search(world, near=ROUEN, filter={"naf": ["13.20Z"]}))
    assert textile == ["Tissage du Lin"]
    manufacturing = await search(world, near=ROUEN, filter={"naf": ["C"], "departements": ["76"]})
    assert set(names(manufacturing)) == {"Filature du Havre", "Linge de Rouen", "Tissage du Lin", "Filature JM"}


async def test_filters_by_distance_from_the_place_and_by_workforce(world: World, tmp_path: Path) -> None:
    # Lambert-93 metres from Rouen's centre (the mean of its establishments: the default position).
    near = Row(siren=siren_of(41), name="Tissage Proche", commune="76351", lambert=("582000.5", "6928000.25"))
    far = Row(siren=siren_of(42), name="Tissage Lointain", commune="14118", lambert=("482000.5", "6928000.25"))
    larger = Row(siren=siren_of(43), name="Tissage Rouennais", workforce="21")
    nowhere = Row(siren=siren_of(44), name="Tissage Sans Position", commune="76351", lambert=("", ""))
    await fill(world, tmp_path, [near, far, larger, nowhere])
    within = await search(world, query="tissage", near=ROUEN, filter={"withinKm": 50})
    assert names(within) == ["Tissage Rouennais", "Tissage Proche"], "20 km in, 80 km out, unplaced out"
    assert names(await search(world, query="tissage", near=ROUEN, filter={"workforceBands": ["21"]})) == [
        "Tissage Rouennais"
    ]


async def test_filters_by_region_including_regions_without_a_tenant(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    # 32 Hauts-de-France (a tenant), 75 Nouvelle-Aquitaine (the national directory), plus one département.
    found = await search(
        world, query="filature", near=ROUEN, filter={"regionCodes": ["32", "75"], "departements": ["14"]}
    )
    assert set(names(found)) == {"Filature de Roubaix", "Filature Bordelaise", "Filature de Caen"}


@pytest.mark.parametrize(
    ("filter_", "expected"),
    [
        ({"regionCodes": ["99"]}, ("Aucune région n'a le code INSEE « 99 ».", "filter.regionCodes", "UNKNOWN_REGION")),
        (
            {"departements": ["96"]},
            ("Aucun département n'a le code « 96 ».", "filter.departements", "UNKNOWN_DEPARTEMENT"),
        ),
    ],
)
async def test_unknown_places_are_told_not_silently_empty(
    world: World, tmp_path: Path, filter_: dict[str, list[str]], expected: tuple[str, str, str]
) -> None:
    await fill(world, tmp_path)
    body = await world.graphql(SEARCH, {"near": ROUEN, "first": 20, "filter": filter_}, as_user=ADVISER)
    error = body["errors"][0]
    assert (error["message"], error["extensions"]["field"], error["extensions"]["code"]) == expected


async def test_a_region_down_leaves_the_others_and_a_named_error(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    with region_down(world, "hauts-de-france"):
        body = await world.graphql(SEARCH, {"query": "filature", "near": ROUEN, "first": 20}, as_user=ADVISER)
    assert "Filature de Roubaix" not in names(body["data"]["suppliers"])
    assert "Filature du Havre" in names(body["data"]["suppliers"])
    assert [error["extensions"]["region"] for error in body["errors"]] == ["hauts-de-france"]
    assert "Hauts-de-France" in body["errors"][0]["message"]


async def test_staff_of_every_region_search_partners_and_strangers_do_not(world: World, tmp_path: Path) -> None:
    await fill(world, tmp_path)
    for user in (HDF_ADVISER, NATIONAL):
        assert "Filature du Havre" in names(await search(world, as_user=user, query="havre"))
    # Partners are not sourcing: they search nothing, as if the directories were empty.
    partner = await world.graphql(SEARCH, {"query": "havre", "first": 5}, as_user=PARTNER)
    assert "errors" not in partner and partner["data"]["suppliers"]["totalCount"] == 0
    anonymous = await world.graphql(SEARCH, {"query": "havre", "first": 5})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_page_costs_the_same_statements_whatever_the_directory_size(world: World, tmp_path: Path) -> None:
    headers = await world.headers(ADVISER)

    async def statements() -> int:
        variables = {"query": "filature", "near": ROUEN, "first": 5}
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": SEARCH, "variables": variables}, headers=headers
            )
        assert response.json()["data"]["suppliers"]["edges"]
        return counter.count

    await fill(world, tmp_path, DIRECTORY)
    few = await statements()
    more = [replace(SEINE_MARITIME, siren=siren_of(100 + n), name=f"Filature {n}") for n in range(40)]
    (tmp_path / "more").mkdir()
    await fill(world, tmp_path / "more", DIRECTORY + more)
    assert await statements() == few


async def test_common_words_are_read_tier_by_tier_in_the_same_order(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word in more rows than the full-text index helps with is read tier by tier, each directory
    through its département index: same rows, same order, same pages; the count stops at its cap."""
    await fill(world, tmp_path)
    variables = {"query": "filature", "near": ROUEN}
    by_index = await search(world, **variables)
    monkeypatch.setattr(search_module, "PROBE_LIMIT", 0)
    by_tier = await search(world, **variables)
    assert names(by_tier) == names(by_index) and by_tier["totalCount"] == by_index["totalCount"] == 6
    seen: list[str] = []
    after = None
    while True:
        page = await search(world, first=2, after=after, **variables)
        seen += names(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == names(by_index)
    monkeypatch.setattr(search_module, "COUNT_CAP", 1)
    capped = await world.graphql(COUNTED, variables | {"first": 20}, as_user=ADVISER)
    found = capped["data"]["suppliers"]
    assert (found["totalCountIsExact"], len(found["edges"])) == (False, 6)
    assert found["totalCount"] < 6, "a lower bound, said as such"


async def test_a_page_of_common_words_stops_at_the_tiers_it_needs(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await fill(world, tmp_path)
    monkeypatch.setattr(search_module, "PROBE_LIMIT", 0)
    headers = await world.headers(ADVISER)

    async def statements(first: int) -> int:
        variables = {"query": "filature", "near": ROUEN, "first": first}
        with count_statements(world.registry) as counter:
            await world.client.post("/graphql", json={"query": SEARCH, "variables": variables}, headers=headers)
        return counter.count

    # One row of the département fills a page of one: the other tiers are never read.
    assert await statements(1) < await statements(20)
