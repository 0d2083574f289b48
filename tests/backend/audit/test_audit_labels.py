"""Audit rows name their object (« Projet MIJUIN », not « Projet »): `AuditEvent.entityLabel`, read in batches."""

from __future__ import annotations

from typing import Any

from tests.backend.programmes.support import candidate, move
from tests.backend.world import World, count_statements

NATIONAL = "national@demo.filiere.fr"
NORMANDIE_ADMIN = "admin.normandie@demo.filiere.fr"
NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
TRAIL = """query($first: Int) { auditEvents(first: $first) { edges { node {
  action entityType entityLabel requestId region { slug } } } } }"""
PROJECTS = '{ projects(region: "normandie", first: 20) { edges { node { id name version } } } }'
CREATE_DRAFT = """mutation { createMethodDraft(input: {basedOnVersionId: null}) { __typename
  ... on MethodVersionSuccess { methodVersion { number } } } }"""


async def note_projects(world: World, count: int, notes: str) -> dict[str, str]:
    """`count` Normandie projects get new notes; their names by global id."""
    body = await world.graphql(PROJECTS, as_user=NORMANDIE_ADVISER)
    projects = [e["node"] for e in body["data"]["projects"]["edges"]][:count]
    assert len(projects) == count
    for project in projects:
        answer = await world.graphql(
            "mutation($input: UpdateProjectInput!) { updateProject(input: $input) { __typename } }",
            {"input": {"projectId": project["id"], "expectedVersion": project["version"], "notes": notes}},
            as_user=NORMANDIE_ADVISER,
        )
        assert answer["data"]["updateProject"]["__typename"] == "UpdateProjectSuccess"
    return {project["id"]: project["name"] for project in projects}


async def rows(world: World, as_user: str, first: int = 50) -> list[dict[str, Any]]:
    body = await world.graphql(TRAIL, {"first": first}, as_user=as_user)
    assert "errors" not in body, body
    return [edge["node"] for edge in body["data"]["auditEvents"]["edges"]]


async def test_rows_name_their_object_and_keep_the_request_id(world: World) -> None:
    names = await note_projects(world, 2, "Appel du 23/11.")
    hdf = await candidate(world)
    await move(world, hdf, "SELECTED")
    draft = await world.graphql(CREATE_DRAFT, as_user=NATIONAL)
    number = draft["data"]["createMethodDraft"]["methodVersion"]["number"]

    national = await rows(world, NATIONAL)
    updated = [r for r in national if r["action"] == "project.updated"]
    assert {r["entityLabel"] for r in updated} == set(names.values())
    assert all(r["requestId"] for r in national)
    moved = next(r for r in national if r["action"] == "project.status_changed")
    assert (moved["region"], moved["entityLabel"]) == ({"slug": "hauts-de-france"}, hdf["name"])
    created = next(r for r in national if r["action"] == "method.draft_created")
    assert (created["region"], created["entityLabel"]) == (None, f"version {number}")

    # The region's head reads their region's trail, named the same way.
    own = await rows(world, NORMANDIE_ADMIN)
    assert {r["entityLabel"] for r in own if r["action"] == "project.updated"} == set(names.values())
    assert all(r["region"] == {"slug": "normandie"} for r in own)


async def test_naming_the_rows_costs_the_same_whatever_their_number(world: World) -> None:
    await note_projects(world, 1, "Premier appel.")
    headers = await world.headers(NATIONAL)

    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": TRAIL, "variables": {"first": 50}}, headers=headers
            )
        edges = response.json()["data"]["auditEvents"]["edges"]
        return counter.count, sum(1 for e in edges if e["node"]["entityLabel"])

    few, named = await statements()
    await note_projects(world, 6, "Deuxième appel.")
    many, more_named = await statements()
    assert more_named >= named + 6
    assert many == few
