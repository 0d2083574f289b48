"""HTTP surface outside GraphQL: probes, metrics, headers, runtime config and the SPA's files."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from pydantic import SecretStr

from filiere import web
from filiere.app import create_app
from filiere.documents.local import LocalStorage
from filiere.documents.s3 import S3Storage
from filiere.web import route_label, security_headers
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


async def test_csp_lets_the_spa_reach_the_s3_store_of_presigned_urls(world: World) -> None:
    def connect_src(**update: object) -> str:
        csp = security_headers(world.settings.model_copy(update=update))["Content-Security-Policy"]
        (directive,) = [part.strip() for part in csp.split(";") if part.strip().startswith("connect-src ")]
        return directive

    # Local disk: the links are relative, nothing to add.
    assert connect_src() == "connect-src 'self'"
    assert connect_src(s3_endpoint_url="http://minio:9000") == "connect-src 'self'", "unused unless backend is s3"
    s3 = {"documents_backend": "s3", "s3_endpoint_url": "http://minio:9000"}
    # The browser-facing endpoint when there is one (its origin), else the endpoint; never both.
    assert connect_src(**s3) == "connect-src 'self' http://minio:9000"
    public = {**s3, "s3_public_endpoint_url": "http://localhost:9000/"}
    assert connect_src(**public) == "connect-src 'self' http://localhost:9000"
    assert (
        connect_src(**public, oidc_issuer="http://localhost:8081/realms/filiere")
        == "connect-src 'self' http://localhost:8081 http://localhost:9000"
    )
    # Virtual-host addressing: one origin per bucket, named (no wildcard).
    virtual = connect_src(**{**s3, "s3_endpoint_url": "https://s3.example.org", "s3_addressing_style": "virtual"})
    assert "https://filiere-documents-normandie.s3.example.org" in virtual
    assert "*" not in virtual and len(virtual.split()) == 1 + 1 + 4
    # AWS without an endpoint: the regional endpoint botocore signs for.
    assert connect_src(documents_backend="s3", s3_region="eu-west-3") == (
        "connect-src 'self' https://s3.eu-west-3.amazonaws.com"
    )


async def test_csp_origin_is_the_one_presigned_urls_name(world: World) -> None:
    settings = world.settings.model_copy(
        update={
            "documents_backend": "s3",
            "s3_endpoint_url": "http://minio:9000",
            "s3_public_endpoint_url": "https://files.example.org",
            "s3_access_key_id": "key",
            "s3_secret_access_key": SecretStr("secret"),
        }
    )
    storage = S3Storage(settings)
    link = await storage.presign_download(
        tenant="normandie", key="k", version_id="null", file_name="a.pdf", content_type="application/pdf"
    )
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(link.url))
    assert origin == "https://files.example.org"
    assert f"connect-src 'self' {origin};" in security_headers(settings)["Content-Security-Policy"]


async def test_file_links_have_their_own_label_and_their_tokens_stay_out_of_logs(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert route_label("/files/download/abc.def") == "/files"
    assert route_label("/files") == "/files"
    assert route_label("/filesystem") == "spa"
    access_log: list[dict[str, object]] = []

    class Recorder:
        def info(self, event: str, **fields: object) -> None:
            access_log.append({"event": event, **fields})

    monkeypatch.setattr(web, "log", Recorder())
    link = await LocalStorage(world.settings).presign_download(
        tenant="normandie",
        key="k",
        version_id="00000000000000000001-0a0b0c0d",
        file_name="a.pdf",
        content_type="application/pdf",
    )
    token = link.url.rsplit("/", 1)[1]
    with caplog.at_level(logging.DEBUG):
        response = await world.client.get(link.url)
        forged = await world.client.post(f"/files/upload/{token}x", files={"file": ("a.pdf", b"%PDF", "text/plain")})
    assert (response.status_code, forged.status_code) == (404, 403)
    assert [(entry["route"], entry["status"]) for entry in access_log] == [("/files", 404), ("/files", 403)]
    assert token not in repr(access_log)
    # The server's loggers only (httpx, the test's client, logs the URL it requests).
    server_logs = [record.getMessage() for record in caplog.records if not record.name.startswith("http")]
    assert not [message for message in server_logs if token in message]
    metrics = (await world.client.get("/metrics")).text
    assert 'filiere_http_requests_total{method="GET",route="/files",status="404"}' in metrics
    assert token not in metrics
