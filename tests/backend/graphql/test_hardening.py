"""What the GraphQL endpoint refuses, and what it never reveals."""

from __future__ import annotations

import httpx
import pytest

from filiere.app import create_app
from filiere.settings import Settings
from tests.backend.world import PUBLIC_URL, World

ADVISER = "conseiller.normandie@demo.filiere.fr"


async def post(world: World, payload: object, **kwargs: object) -> httpx.Response:
    return await world.client.post("/graphql", json=payload, headers=await world.headers(ADVISER), **kwargs)


async def test_limits_answer_with_clear_codes(world: World) -> None:
    # The schema has no cycles, so the depth limit is checked on an app configured lower.
    strict = create_app(world.settings.model_copy(update={"graphql_max_depth": 4}))
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=strict), base_url=PUBLIC_URL)
    deep = "query Deep { projects { edges { node { company { region { slug } } } } } }"
    try:
        response = await client.post("/graphql", json={"query": deep}, headers=await world.headers(ADVISER))
    finally:
        await client.aclose()
        await strict.state.registry.dispose()
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert error["message"] == "La requête est trop imbriquée."
    assert (await post(world, {"query": deep})).json().get("errors") is None, "the default limit allows it"

    aliases = " ".join(f"a{i}: viewer {{ displayName }}" for i in range(world.settings.graphql_max_aliases + 1))
    [error] = (await post(world, {"query": "{ " + aliases + " }"})).json()["errors"]
    assert error["extensions"]["code"] == "TOO_MANY_ALIASES"

    long_query = "{ " + " ".join(["viewer { displayName }"] * world.settings.graphql_max_tokens) + " }"
    [error] = (await post(world, {"query": long_query})).json()["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_LARGE"


async def test_page_size_and_cursor_are_validated(world: World) -> None:
    body = (await post(world, {"query": "{ projects(first: 1000) { totalCount } }"})).json()
    assert body["errors"][0]["extensions"] == {"code": "INVALID_PAGE_SIZE", "field": "first"}
    assert "entre 1 et 100" in body["errors"][0]["message"]
    body = (await post(world, {"query": '{ projects(after: "bm9wZQ") { totalCount } }'})).json()
    assert body["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"
    body = (await post(world, {"query": '{ projects(region: "atlantide") { totalCount } }'})).json()
    assert body["errors"][0]["extensions"]["code"] == "UNKNOWN_REGION"


async def test_validation_errors_do_not_suggest_schema_names(world: World) -> None:
    body = (await post(world, {"query": "{ projets { totalCount } }"})).json()
    [error] = body["errors"]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "Did you mean" not in error["message"] and "projects" not in error["message"]
    body = (await post(world, {"query": "{ projects(filter: {status: [CANDIDAT]}) { totalCount } }"})).json()
    assert all("Did you mean" not in e["message"] for e in body["errors"])
    body = (await post(world, {"query": "{ projects {"})).json()
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"


async def test_unexpected_errors_are_masked_with_a_request_id(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from filiere.programmes import service

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("SELECT secret FROM projects -- postgresql://user:hunter2@db/filiere at /srv/app.py")

    monkeypatch.setattr(service, "list_projects", broken)
    response = await post(world, {"query": "{ projects { totalCount } }"})
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "INTERNAL_ERROR"
    assert error["extensions"]["requestId"] == response.headers["x-request-id"]
    assert "Une erreur inattendue" in error["message"]
    for leak in ("SELECT", "hunter2", "postgresql", ".py", "Traceback", "RuntimeError"):
        assert leak not in response.text


async def test_batching_is_refused(world: World) -> None:
    response = await post(world, [{"query": "{ viewer { displayName } }"}, {"query": "{ viewer { role } }"}])
    assert response.status_code == 400


async def test_production_mode_closes_introspection_ide_and_get(world: World) -> None:
    production = Settings(
        **{
            **world.settings.model_dump(),
            "environment": "production",
            "demo_mode": False,
            "public_url": "https://filiere.example",
            "secret_key": "a-production-secret-of-more-than-32-characters",
            "today": None,  # a frozen date is for tests and demos only
        }
    )
    app = create_app(production)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL)
    try:
        introspection = await client.post("/graphql", json={"query": "{ __schema { types { name } } }"})
        assert introspection.json()["data"] is None
        assert "introspection" in introspection.json()["errors"][0]["message"].lower()
        ide = await client.get("/graphql", headers={"Accept": "text/html"})
        assert ide.status_code in (404, 405) and "graphiql" not in ide.text.lower()
        get_query = await client.get("/graphql", params={"query": "{ regions { totalCount } }"})
        assert get_query.status_code in (400, 404, 405) and "data" not in get_query.text
    finally:
        await client.aclose()
        await app.state.registry.dispose()

    project = "UHJvamVjdDpub3JtYW5kaWU6MQ"
    mutation = 'mutation { updateProject(input: {projectId: "%s", expectedVersion: 1, notes: "GET"}) { __typename } }'
    development = await world.client.get(
        "/graphql", params={"query": mutation % project}, headers=await world.headers(ADVISER)
    )
    assert development.status_code in (400, 405), "mutations never run over GET, whatever the mode"
    assert "UpdateProjectSuccess" not in development.text


async def test_an_oversized_body_is_refused_before_it_is_read_whole(world: World) -> None:
    headers = {**(await world.headers(ADVISER)), "Content-Type": "application/json"}
    padding = " " * (5 * 1024 * 1024)  # 5 MB of a valid JSON document
    body = '{"query": "{ viewer { displayName } }"' + padding + "}"
    response = await world.client.post("/graphql", content=body, headers=headers)
    assert response.status_code == 413
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "REQUEST_TOO_LARGE"
    assert error["message"] == "La requête dépasse la taille maximale acceptée (1024 Ko)."
    just_under = '{"query": "{ viewer { displayName } }"' + " " * 900_000 + "}"
    assert (await world.client.post("/graphql", content=just_under, headers=headers)).status_code == 200


async def test_deeply_nested_json_is_refused_with_a_message(world: World) -> None:
    headers = {**(await world.headers(ADVISER)), "Content-Type": "application/json"}
    for depth in (5000, 40):
        nested = "[" * depth + "]" * depth
        body = '{"query": "{ viewer { displayName } }", "variables": {"x": ' + nested + "}}"
        response = await world.client.post("/graphql", content=body, headers=headers)
        assert response.status_code == 400, depth
        [error] = response.json()["errors"]
        assert error["extensions"]["code"] == "REQUEST_TOO_NESTED"
        assert error["message"] == "La requête est imbriquée trop profondément pour être lue."
    # Real inputs nest a few levels: a whole method draft, for instance, is far from the limit.
    ordinary = '{"query": "{ viewer { displayName } }", "variables": {"x": ' + "[" * 10 + "]" * 10 + "}}"
    assert (await world.client.post("/graphql", content=ordinary, headers=headers)).status_code == 200
