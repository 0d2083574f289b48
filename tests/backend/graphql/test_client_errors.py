"""A caller's mistake is a client error with a code, never a masked internal error with a traceback logged."""

from __future__ import annotations

from typing import Any

import pytest
from structlog.testing import capture_logs

from filiere.ids import MAX_KEY, encode_id
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
ADMIN = "admin.normandie@demo.filiere.fr"
NODE = "query($id: ID!) { node(id: $id) { id } }"
PROJECTS = "query($first: Int, $filter: ProjectFilter) { projects(first: $first, filter: $filter) { totalCount } }"
REPLAN = """mutation($input: ReplanCohortInput!) { replanCohort(input: $input) {
  __typename ... on PlanningError { code message }
} }"""


async def ask(
    world: World, query: str, variables: dict[str, Any], as_user: str = ADVISER
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with capture_logs() as logs:
        body = await world.graphql(query, variables, as_user=as_user)
    return body, logs


@pytest.mark.parametrize(
    ("query", "variables", "variable"),
    [
        (NODE, {"id": None}, "id"),  # null for ID!
        (PROJECTS, {"first": "beaucoup"}, "first"),  # a word for an Int
        (PROJECTS, {"first": 2**40}, "first"),  # an Int beyond 32 bits
        (PROJECTS, {"filter": {"status": ["EN_COURS"]}}, "filter"),  # an unknown enum value
        (PROJECTS, {"filter": {"statut": ["CANDIDATE"]}}, "filter"),  # an unknown input field
        (REPLAN, {"input": {"cohortId": "x", "eventDate": "2027-13-45", "expectedVersion": 1}}, "input"),  # a bad date
    ],
)
async def test_a_value_the_schema_cannot_take_is_a_bad_user_input(
    world: World, query: str, variables: dict[str, Any], variable: str
) -> None:
    body, logs = await ask(world, query, variables)
    [error] = body["errors"]
    assert body.get("data") is None
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["variable"] == variable
    assert error["message"] == f"La valeur de la variable « ${variable} » n'est pas valide pour ce champ."
    assert "Did you mean" not in str(error)
    assert not [entry for entry in logs if entry.get("log_level") == "error"], "a client error logs no traceback"


async def test_an_identifier_beyond_any_database_key_names_nothing(world: World) -> None:
    for key in (MAX_KEY + 1, 2**63, 10**30):
        overflowing = encode_id("Project", "normandie", key)
        body, logs = await ask(world, NODE, {"id": overflowing})
        assert body == {"data": {"node": None}}, "as for a missing object"
        body, logs_of_argument = await ask(
            world,
            "query($id: ID!) { cohort: node(id: $id) { id } rhythm(editionId: $id) { totalCount } }",
            {"id": encode_id("Edition", "national", key)},
        )
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
        assert body["errors"][0]["message"] == "Cet identifiant n'est pas valide."
        for entries in (logs, logs_of_argument):
            assert not [entry for entry in entries if entry.get("log_level") == "error"]
    # In a mutation, the typed payload says « introuvable », and nothing is written (the region's head may
    # move J0: the question reaches the cohort's identifier).
    body, _ = await ask(
        world,
        REPLAN,
        {
            "input": {
                "cohortId": encode_id("Cohort", "normandie", 2**63),
                "eventDate": "2027-03-25",
                "expectedVersion": 1,
            }
        },
        as_user=ADMIN,
    )
    assert body["data"]["replanCohort"]["__typename"] == "PlanningNotAllowed"
    assert body["data"]["replanCohort"]["code"] == "NOT_FOUND"


async def test_the_largest_key_is_still_an_ordinary_missing_object(world: World) -> None:
    body, _ = await ask(world, NODE, {"id": encode_id("Project", "normandie", MAX_KEY)})
    assert body == {"data": {"node": None}}
