"""The query cost limit: refused before execution above the budget, and the SPA's own pages well under it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from graphql import DocumentNode, FragmentDefinitionNode, OperationDefinitionNode, parse

from filiere.graphql.cost import DEFAULT_LIST_SIZE, estimate_cost
from filiere.graphql.schema import schema
from filiere.settings import Settings
from tests.backend.world import World, count_statements

ADVISER = "conseiller.normandie@demo.filiere.fr"
SPA_DOCUMENTS = Path(__file__).resolve().parents[3] / "frontend" / "src" / "graphql" / "generated" / "gql.ts"
# The query that ran 7 s on the demo data: legal (15 aliases, shallow), and far too costly.
EVERY_MILESTONE_OF_EVERY_PROJECT = (
    "query { "
    + " ".join(
        f"a{i}: projects(first: 100) {{ edges {{ node {{ cohort {{ milestones(first: 1000) {{ edges {{ node {{ "
        f"id title dueDate status }} }} }} }} }} }} }}"
        for i in range(15)
    )
    + " }"
)


def cost(query: str, variables: dict[str, object] | None = None) -> int:
    return estimate_cost(schema._schema, parse(query), None, variables)


def spa_operations() -> dict[str, int]:
    """Every operation the SPA sends (GraphQL Code Generator's map of documents), with its estimate; a `first`
    left to a variable counts at the argument's default."""
    source = SPA_DOCUMENTS.read_text(encoding="utf-8")
    documents = source[source.index("const documents") :]
    definitions = [
        definition
        for literal in re.findall(r'^ {4}("(?:[^"\\]|\\.)*"): ', documents, flags=re.MULTILINE)
        for definition in parse(json.loads(literal)).definitions
    ]
    fragments = [d for d in definitions if isinstance(d, FragmentDefinitionNode)]
    return {
        operation.name.value: estimate_cost(schema._schema, DocumentNode(definitions=(operation, *fragments)))
        for operation in definitions
        if isinstance(operation, OperationDefinitionNode) and operation.name
    }


def test_the_estimate_multiplies_by_every_page_on_the_way() -> None:
    # One connection of 10: itself, its `edges` list, then per edge `node` and its two fields.
    assert cost("{ projects(first: 10) { edges { node { id name } } } }") == 1 + 10 + 10 * 3
    assert cost("query($n: Int) { projects(first: $n) { totalCount } }", {"n": 50}) == 2
    nested = (
        "{ projects(first: 10) { edges { node { cohort { milestones(first: 100) { edges { node { id } } } } } } } }"
    )
    # Per project: node, cohort, milestones, 100 edges, and per edge its node and id.
    assert cost(nested) == 1 + 10 + 10 * (3 + 100 + 100 * 2)
    # Fragments count where they are spread; a plain list counts DEFAULT_LIST_SIZE items.
    spread = "{ projects(first: 1) { edges { node { ...F } } } } fragment F on Project { products { name } }"
    assert cost(spread) == 1 + 1 + 1 * (1 + 1 + DEFAULT_LIST_SIZE)


def test_the_spa_pages_stay_well_under_the_budget() -> None:
    operations = spa_operations()
    assert len(operations) > 50, "the SPA's documents were found"
    heaviest = max(operations, key=operations.__getitem__)
    budget = Settings().graphql_max_cost
    assert operations[heaviest] * 3 <= budget, (heaviest, operations[heaviest], budget)


async def test_a_costly_query_is_refused_before_it_runs(world: World) -> None:
    assert cost(EVERY_MILESTONE_OF_EVERY_PROJECT) > world.settings.graphql_max_cost
    headers = await world.headers(ADVISER)
    with count_statements(world.registry) as statements:
        response = await world.client.post(
            "/graphql", json={"query": EVERY_MILESTONE_OF_EVERY_PROJECT}, headers=headers
        )
    body = response.json()
    assert body.get("data") is None
    [error] = body["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert error["message"].startswith("La requête demande trop de données")
    # Only the caller's account is read (is it still open?): nothing of the data asked for.
    assert [s for s in statements.statements if "FROM users" not in s] == [], "refused before any data is read"
    assert statements.count <= 1
    # The same question, asked page by page, is answered.
    one = "{ projects(first: 5) { edges { node { cohort { milestones(first: 100) { edges { node { id } } } } } } } }"
    assert "errors" not in await world.graphql(one, as_user=ADVISER)


async def test_variables_count_as_sent(world: World) -> None:
    query = (
        "query($n: Int!) { projects(first: $n) { edges { node { cohort { milestones(first: 1000) { "
        "totalCount edges { node { id title } } } } } } } }"
    )
    small = await world.graphql(query, {"n": 2}, as_user=ADVISER)
    assert "errors" not in small
    large = await world.graphql(query, {"n": 100}, as_user=ADVISER)
    assert large["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
