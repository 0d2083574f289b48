"""The candidacy form finds a commune by name or postal code, without an account, and says if the
accelerator runs there."""

from __future__ import annotations

from typing import Any

import pytest

from filiere.referentials.geography import find_communes
from tests.backend.world import World

COMMUNES = """query($search: String!, $first: Int) { communes(search: $search, first: $first) {
  code name postalCodes departement { code name } region { code name } accelerated } }"""
# Whatever the caller: the lookup reads the official geography only, nobody's data.
CALLERS = [None, "jury@demo.filiere.fr", "bpifrance@demo.filiere.fr", "conseiller.ile-de-france@demo.filiere.fr"]


async def communes(world: World, search: str, first: int | None = None, as_user: str | None = None) -> Any:
    variables: dict[str, Any] = {"search": search} | ({"first": first} if first is not None else {})
    return await world.graphql(COMMUNES, variables, as_user=as_user)


@pytest.mark.parametrize("search", ["malaunay", "Malaunay", "MALAUNAY", "76770", " 76 770 "])
async def test_malaunay_is_found_by_name_or_postal_code_without_an_account(world: World, search: str) -> None:
    body = await communes(world, search)
    assert "errors" not in body, body
    first = body["data"]["communes"][0]
    assert first == {
        "code": "76402",
        "name": "Malaunay",
        "postalCodes": ["76770"],
        "departement": {"code": "76", "name": "Seine-Maritime"},
        "region": {"code": "28", "name": "Normandie"},
        "accelerated": True,
    }


@pytest.mark.parametrize("caller", CALLERS)
async def test_accents_are_ignored_and_every_caller_gets_the_same_answer(world: World, caller: str | None) -> None:
    body = await communes(world, "evreux", as_user=caller)
    assert [(c["name"], c["accelerated"]) for c in body["data"]["communes"]][:1] == [("Évreux", True)]


async def test_a_commune_where_no_region_runs_the_accelerator_says_so(world: World) -> None:
    body = await communes(world, "Rennes", first=1)
    assert [(c["name"], c["region"]["name"], c["accelerated"]) for c in body["data"]["communes"]] == [
        ("Rennes", "Bretagne", False)
    ]


@pytest.mark.parametrize(
    ("search", "first", "expected", "words"),
    [
        ("r", None, ("BAD_USER_INPUT", "search"), "au moins 2 caractères"),
        ("  ", None, ("BAD_USER_INPUT", "search"), "au moins 2 caractères"),
        ("r" * 101, None, ("TOO_LONG", "search"), "100 caractères"),
        ("rouen", 0, ("INVALID_PAGE_SIZE", "first"), "entre 1 et 20"),
        ("rouen", 21, ("INVALID_PAGE_SIZE", "first"), "entre 1 et 20"),
    ],
)
async def test_a_search_it_cannot_answer_is_a_french_user_error(
    world: World, search: str, first: int | None, expected: tuple[str, str], words: str
) -> None:
    body = await communes(world, search, first)
    (error,) = body["errors"]
    assert (error["extensions"]["code"], error["extensions"]["field"]) == expected
    assert words in error["message"]


async def test_first_caps_the_answer() -> None:
    assert len(find_communes("saint", 20)) == 20
    assert [c.name for c in find_communes("760", 3)][:1] == ["Rouen"]  # the most populated first
