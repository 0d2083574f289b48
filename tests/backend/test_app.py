"""HTTP surface outside GraphQL: probes, metrics, headers, runtime config and the SPA's files."""

from __future__ import annotations

from pathlib import Path

import httpx

from filiere.app import create_app
from filiere.web import security_headers
from tests.backend.world import PUBLIC_URL, World, region_down


async def test_health_and_readiness(world: World) -> None:
    assert (await world.client.get("/healthz")).json() == {"status": "ok"}
    ready = await world.client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["tenants"] == {
        "national": "ok",
        "normandie": "ok",
        "ile-de-france": "ok",
        "hauts-de-france": "ok",
        "bourgogne-franche-comte": "ok",
    }
    with region_down(world, "bourgogne-franche-comte"):
        degraded = await world.client.get("/readyz")
        probe = await world.client.get("/readyz", params={"require": "national"})
    assert degraded.status_code == 503
    assert degraded.json()["tenants"]["bourgogne-franche-comte"] == "unavailable"
    assert degraded.json()["tenants"]["normandie"] == "ok"
    # The load balancer's probe: a regional outage keeps the replica in service, and is still reported.
    assert probe.status_code == 200
    assert probe.json()["tenants"]["bourgogne-franche-comte"] == "unavailable"


async def test_metrics_count_requests_operations_and_tenant_errors(world: World) -> None:
    headers = await world.headers("national@demo.filiere.fr")
    await world.client.post(
        "/graphql", json={"query": "query ListeProjets { projects { totalCount } }"}, headers=headers
    )
    with region_down(world, "hauts-de-france"):
        await world.client.post("/graphql", json={"query": "{ projects { totalCount } }"}, headers=headers)
    metrics = (await world.client.get("/metrics")).text
    assert 'filiere_http_requests_total{method="POST",route="/graphql",status="200"}' in metrics
    assert 'filiere_graphql_operation_duration_seconds_count{operation="ListeProjets",type="query"}' in metrics
    assert 'filiere_tenant_db_errors_total{tenant="hauts-de-france"}' in metrics


async def test_every_response_has_security_headers_and_a_request_id(world: World) -> None:
    response = await world.client.get("/healthz")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert len(response.headers["x-request-id"]) >= 16
    traced = await world.client.get("/healthz", headers={"X-Request-ID": "proxy-trace-0001"})
    assert traced.headers["x-request-id"] == "proxy-trace-0001"
    hostile = await world.client.get("/healthz", headers={"X-Request-ID": "<script>"})
    assert hostile.headers["x-request-id"] != "<script>"


async def test_csp_lets_the_spa_reach_an_external_issuer_origin(world: World) -> None:
    keycloak = world.settings.model_copy(update={"oidc_issuer": "http://localhost:8081/realms/filiere"})
    csp = security_headers(keycloak)["Content-Security-Policy"]
    assert "connect-src 'self' http://localhost:8081;" in csp


async def test_runtime_config_for_the_spa(world: World) -> None:
    assert (await world.client.get("/config.json")).json() == {
        "oidcAuthority": PUBLIC_URL,
        "oidcClientId": "filiere-spa",
        "graphqlUrl": "/graphql",
    }


async def test_spa_deep_links_fall_back_to_index(world: World, tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>Filière</title>")
    (tmp_path / "assets" / "app-123.js").write_text("console.log(1)")
    app = create_app(world.settings.model_copy(update={"spa_dir": tmp_path}))
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL)
    try:
        deep = await client.get("/projets/UHJvamVjdDpub3JtYW5kaWU6MQ")
        assert deep.status_code == 200 and "<title>Filière</title>" in deep.text
        assert deep.headers["cache-control"] == "no-cache"
        asset = await client.get("/assets/app-123.js")
        assert "immutable" in asset.headers["cache-control"]
        assert (await client.get("/assets/missing.js")).status_code == 404
        assert (await client.get("/healthz")).json() == {"status": "ok"}, "API routes win over the SPA"
    finally:
        await client.aclose()
        await app.state.registry.dispose()
