"""docker-compose.yml, checked without a Docker engine: the services of DESIGN §5, the databases the postgres
init script creates, and a backend environment that `filiere.settings.Settings` accepts and that agrees with
Keycloak, MinIO, Mailpit and the frontend."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy.engine import make_url

from filiere.documents.s3 import S3Storage, presigned_url_origins
from filiere.settings import Settings
from tests.infra.support import (
    COMPOSE_FILE,
    MINIO_DIR,
    POSTGRES_INIT_DIR,
    REPOSITORY,
    all_tenant_slugs,
    command_text,
    database_name,
    interpolate,
    load_realm,
    origin,
    published_ports,
    service_environment,
    setting_problem,
)

EXPECTED_SERVICES = {"postgres", "minio", "minio-init", "keycloak", "mailpit", "backend", "frontend"}
ONE_SHOT_SERVICES = {"minio-init"}
SettingsFrom = Callable[[Mapping[str, str]], Settings]


def mounts(service: dict[str, Any]) -> dict[str, str]:
    """Container path → host path (relative to the repository) of the service's bind mounts."""
    result = {}
    for volume in service.get("volumes", []):
        source, target, *_ = str(volume).split(":")
        if source.startswith("./"):
            result[target] = source[2:]
    return result


def init_script_databases() -> tuple[set[str], dict[str, str], str]:
    """Databases created by infra/postgres/initdb (name → owner), and the whole script text."""
    scripts = sorted(POSTGRES_INIT_DIR.iterdir())
    text = "\n".join(script.read_text(encoding="utf-8") for script in scripts)
    owners = dict(re.findall(r"CREATE DATABASE\s+(\w+)\s+OWNER\s+(\w+)\s*;", text, flags=re.IGNORECASE))
    every_create = set(re.findall(r"CREATE DATABASE\s+(\w+)", text, flags=re.IGNORECASE))
    return every_create, owners, text


# --- the stack ------------------------------------------------------------------------------------


def test_compose_defines_the_production_like_stack(compose: dict[str, Any], services: dict[str, Any]) -> None:
    assert set(services) == EXPECTED_SERVICES
    assert services["backend"]["build"] == "./backend"
    assert services["frontend"]["build"] == "./frontend"
    assert (REPOSITORY / "backend" / "Dockerfile").is_file()
    assert (REPOSITORY / "frontend" / "Dockerfile").is_file()
    assert set(compose["volumes"]) == {"postgres-data", "minio-data"}


def test_every_long_running_service_has_a_healthcheck(services: dict[str, Any]) -> None:
    for name, service in services.items():
        if name in ONE_SHOT_SERVICES:
            assert service.get("restart") == "no", name
            continue
        check = service.get("healthcheck")
        assert check and not check.get("disable"), f"{name} has no healthcheck"
        assert check["test"][0] in {"CMD", "CMD-SHELL"} and len(check["test"]) > 1, name


def test_images_are_pinned(services: dict[str, Any]) -> None:
    for name, service in services.items():
        if "build" in service:
            continue
        image = service["image"]
        tag = image.rsplit(":", 1)[-1] if ":" in image.split("/")[-1] else ""
        assert tag and tag != "latest", f"{name}: pin a version of {image}"


def test_ports_are_published_on_the_loopback_only(services: dict[str, Any]) -> None:
    for name, service in services.items():
        for address, _ in published_ports(service).values():
            assert address == "127.0.0.1", f"{name} publishes on {address}"
    assert "ports" not in services["backend"], "the backend is reached through the frontend only"
    assert "ports" not in services["postgres"]


def test_secret_defaults_are_marked_as_development_defaults() -> None:
    """Each ${SECRET:-default} is a development default, said so on its line, and overridable."""
    secret = re.compile(r"\$\{(\w*(?:PASSWORD|SECRET)\w*):-[^}]+\}")
    found = 0
    for number, line in enumerate(COMPOSE_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if secret.search(line):
            found += 1
            assert line.rstrip().endswith("# dev default"), f"docker-compose.yml:{number}: mark the dev default"
    assert found >= 6


# --- PostgreSQL -----------------------------------------------------------------------------------


def test_init_script_creates_one_database_per_tenant(services: dict[str, Any], default_settings: Settings) -> None:
    created, owners, text = init_script_databases()
    expected = {database_name(slug) for slug in all_tenant_slugs(default_settings)}
    assert created == expected
    assert owners == dict.fromkeys(expected, "filiere")
    assert re.search(r"CREATE ROLE filiere LOGIN PASSWORD :'app_password';", text)
    assert "$FILIERE_DB_PASSWORD" in text
    postgres = services["postgres"]
    assert mounts(postgres)["/docker-entrypoint-initdb.d"] == "infra/postgres/initdb"
    assert "FILIERE_DB_PASSWORD" in service_environment(postgres)


def test_backend_databases_are_the_init_script_ones(services: dict[str, Any], settings_from: SettingsFrom) -> None:
    created, _, _ = init_script_databases()
    # With the development defaults and with a password of the operator's: both sides follow.
    for host_environment in ({}, {"FILIERE_DB_PASSWORD": "An0ther-Secret"}):
        role_password = service_environment(services["postgres"], host_environment)["FILIERE_DB_PASSWORD"]
        settings = settings_from(backend_filiere_environment(services, host_environment))
        for slug in all_tenant_slugs(settings):
            url = make_url(settings.database_url(slug))
            assert url.drivername == "postgresql+asyncpg"
            assert (url.host, url.port, url.username) == ("postgres", 5432, "filiere")
            assert url.password == role_password
            assert url.database == database_name(slug)
            assert url.database in created


# --- backend settings -----------------------------------------------------------------------------


def backend_filiere_environment(
    services: dict[str, Any], host_environment: Mapping[str, str] | None = None
) -> dict[str, str]:
    environment = service_environment(services["backend"], host_environment)
    return {name: value for name, value in environment.items() if name.startswith("FILIERE_")}


def test_backend_sets_only_real_settings(services: dict[str, Any]) -> None:
    """Settings ignores unknown FILIERE_* variables: a typo (or a setting that does not exist yet) would go
    unnoticed, so every variable the backend receives must name a real setting."""
    variables = set(backend_filiere_environment(services))
    problems = [problem for name in sorted(variables) if (problem := setting_problem(name))]
    assert not problems, problems
    # minio-init takes the backend's own names for what they share: they must be settings too.
    shared = {name for name in service_environment(services["minio-init"]) if name.startswith("FILIERE_")}
    assert shared <= variables
    assert "FILIERE_S3_BUCKET" not in COMPOSE_FILE.read_text(encoding="utf-8").replace("FILIERE_S3_BUCKET_", "")


def test_setting_check_can_fail() -> None:
    assert setting_problem("FILIERE_OIDC_ISSUER") is None
    assert setting_problem("FILIERE_OIDC_CLAIMS__ROLE") is None
    assert setting_problem("FILIERE_DATABASE_URLS__NORMANDIE") is None
    assert setting_problem("FILIERE_OIDC_ISUER") is not None
    assert setting_problem("FILIERE_OIDC_CLAIMS__ROLES") is not None
    assert setting_problem("FILIERE_PUBLIC_URL__HOST") is not None


def test_backend_environment_is_valid_settings(services: dict[str, Any], settings_from: SettingsFrom) -> None:
    settings = settings_from(backend_filiere_environment(services))
    assert settings.environment == "development"  # demo accounts: production would refuse them
    assert settings.demo_mode is True
    assert settings.debug is False
    assert not settings.uses_embedded_issuer
    assert settings.oidc_audience == "filiere-api"
    assert settings.oidc_claims.role == "realm_access.roles"
    assert settings.spa_client_id == "filiere-spa"
    assert len(settings.secret_key.get_secret_value()) >= 32
    overridden = settings_from(backend_filiere_environment(services, {"FILIERE_SECRET_KEY": "k" * 40}))
    assert overridden.secret_key.get_secret_value() == "k" * 40


def test_issuer_is_the_browser_facing_keycloak_realm(services: dict[str, Any], settings_from: SettingsFrom) -> None:
    settings = settings_from(backend_filiere_environment(services))
    keycloak = services["keycloak"]
    hostname = service_environment(keycloak)["KC_HOSTNAME"]
    realm_name = load_realm()["realm"]
    assert settings.issuer == f"{hostname}/realms/{realm_name}"
    # The hostname is where the browser reaches Keycloak: the published port of its HTTP listener.
    _, host_port = published_ports(keycloak)[8080]
    assert urlsplit(hostname).port == host_port
    assert mounts(keycloak)[f"/opt/keycloak/data/import/{realm_name}-realm.json"] == "infra/keycloak/filiere-realm.json"
    assert "--import-realm" in command_text(keycloak)
    # The keys are fetched from inside the network, at the realm's JWKS endpoint.
    jwks = urlsplit(settings.oidc_jwks_url or "")
    assert (jwks.scheme, jwks.hostname, jwks.port) == ("http", "keycloak", 8080)
    assert jwks.path == f"/realms/{realm_name}/protocol/openid-connect/certs"


def test_public_url_is_the_frontend_origin(services: dict[str, Any], settings_from: SettingsFrom) -> None:
    settings = settings_from(backend_filiere_environment(services))
    _, host_port = published_ports(services["frontend"])[8080]
    assert settings.public_url == f"http://localhost:{host_port}"


def test_backend_migrates_loads_the_demo_then_serves(services: dict[str, Any]) -> None:
    backend = services["backend"]
    command = command_text(backend)
    steps = [
        command.find(step)
        for step in ("filiere db upgrade", "filiere documents prepare", "filiere demo load", "filiere serve")
    ]
    assert -1 not in steps and steps == sorted(steps), command
    assert "&&" in command, "each step must succeed before the next"
    assert re.search(r"filiere serve .*--host 0\.0\.0\.0 .*--port 8000", command)
    assert "/healthz" in " ".join(backend["healthcheck"]["test"])
    assert "127.0.0.1:8000" in " ".join(backend["healthcheck"]["test"])
    depends = backend["depends_on"]
    assert depends["postgres"]["condition"] == "service_healthy"
    assert depends["keycloak"]["condition"] == "service_healthy"
    assert depends["minio-init"]["condition"] == "service_completed_successfully"


def test_frontend_names_the_same_issuer_and_backend(services: dict[str, Any], settings_from: SettingsFrom) -> None:
    settings = settings_from(backend_filiere_environment(services))
    frontend = service_environment(services["frontend"])
    assert frontend["FILIERE_OIDC_AUTHORITY"] == settings.issuer
    assert frontend["FILIERE_OIDC_CLIENT_ID"] == settings.spa_client_id
    assert frontend["FILIERE_BACKEND"] == "backend:8000"
    assert (
        frontend["FILIERE_CSP_CONNECT_EXTRA"] == backend_filiere_environment(services)["FILIERE_S3_PUBLIC_ENDPOINT_URL"]
    )
    assert services["frontend"]["depends_on"]["backend"]["condition"] == "service_healthy"


# --- mail and documents --------------------------------------------------------------------------


def test_smtp_points_at_mailpit(services: dict[str, Any]) -> None:
    backend = backend_filiere_environment(services)
    assert backend["FILIERE_SMTP_HOST"] == "mailpit"
    assert int(backend["FILIERE_SMTP_PORT"]) == 1025
    assert set(published_ports(services["mailpit"])) == {1025, 8025}


def test_documents_bucket_is_created_versioned_and_shared_with_the_backend(
    services: dict[str, Any], settings_from: SettingsFrom
) -> None:
    """One bucket made by minio-init (root account) with versioning; the backend stores every region under
    its own prefix in it, with an account limited to it."""
    backend = backend_filiere_environment(services)
    settings = settings_from(backend)
    init = services["minio-init"]
    init_environment = service_environment(init)
    assert mounts(init)["/etc/filiere/minio"] == "infra/minio"
    assert init["depends_on"]["minio"]["condition"] == "service_healthy"
    for name in ("FILIERE_S3_BUCKET_PREFIX", "FILIERE_S3_ACCESS_KEY_ID", "FILIERE_S3_SECRET_ACCESS_KEY"):
        assert init_environment[name] == backend[name], name
    for name in ("MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"):
        assert init_environment[name] == service_environment(services["minio"])[name], name

    assert settings.documents_backend == "s3"
    assert settings.s3_layout == "prefix"
    bucket = init_environment["FILIERE_S3_BUCKET_PREFIX"]
    storage = S3Storage(settings)
    assert {storage.bucket(tenant.slug) for tenant in settings.tenants} == {bucket}
    assert storage.object_key("normandie", "k") == "normandie/k"
    assert settings.s3_access_key_id == init_environment["FILIERE_S3_ACCESS_KEY_ID"]
    assert settings.s3_credentials == {}, "one app account for the one bucket"

    script = (MINIO_DIR / "init.sh").read_text(encoding="utf-8")
    assert ': "${FILIERE_S3_BUCKET_PREFIX:?}"' in script
    assert "BUCKET=$FILIERE_S3_BUCKET_PREFIX" in script
    assert 'mc mb --ignore-existing "filiere/$BUCKET"' in script
    assert 'mc version enable "filiere/$BUCKET"' in script
    assert 'mc anonymous set none "filiere/$BUCKET"' in script
    # The app account reaches that bucket only (tests/backend/documents/test_prepare.py runs the backend's
    # calls under this very policy).
    policy = (MINIO_DIR / "documents-policy.json").read_text(encoding="utf-8")
    assert set(re.findall(r"arn:aws:s3:::([^\"/]+)", policy)) == {bucket}
    assert "s3:CreateBucket" not in policy and "s3:PutBucketVersioning" not in policy


def test_backend_and_browser_reach_minio_at_their_own_addresses(
    services: dict[str, Any], settings_from: SettingsFrom
) -> None:
    settings = settings_from(backend_filiere_environment(services))
    endpoint = urlsplit(settings.s3_endpoint_url or "")
    assert (endpoint.scheme, endpoint.hostname, endpoint.port) == ("http", "minio", 9000)
    # Presigned URLs name the port MinIO publishes on the host, where the browser is.
    _, host_port = published_ports(services["minio"])[9000]
    assert settings.s3_public_endpoint_url == f"http://localhost:{host_port}"
    assert presigned_url_origins(settings) == [f"http://localhost:{host_port}"]
    assert service_environment(services["minio-init"])["MINIO_URL"] == settings.s3_endpoint_url


def test_minio_lets_the_spa_origin_post_uploads(services: dict[str, Any], settings_from: SettingsFrom) -> None:
    """This MinIO has no per-bucket CORS (`documents prepare` reports it): its server-wide list must name
    the SPA's origin — the frontend's, which is the backend's public URL — and nothing else."""
    settings = settings_from(backend_filiere_environment(services))
    allowed = service_environment(services["minio"])["MINIO_API_CORS_ALLOW_ORIGIN"]
    _, frontend_port = published_ports(services["frontend"])[8080]
    assert allowed == origin(settings.public_url) == f"http://localhost:{frontend_port}"


# --- the interpolation the tests rely on ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "environment", "expected"),
    [
        ("${A:-x}", {}, "x"),
        ("${A:-x}", {"A": ""}, "x"),
        ("${A-x}", {"A": ""}, ""),
        ("${A:-x}", {"A": "y"}, "y"),
        ("$A and ${B}", {"A": "1", "B": "2"}, "1 and 2"),
        ("$$HOME", {"HOME": "/root"}, "$HOME"),
        ("${A:+set}", {"A": "1"}, "set"),
        ("pg://u:${P:-pw}@h/db_{slug}", {}, "pg://u:pw@h/db_{slug}"),
    ],
)
def test_interpolation(text: str, environment: dict[str, str], expected: str) -> None:
    assert interpolate(text, environment) == expected


def test_forwarded_headers_are_believed_from_the_frontend_only(
    compose: dict[str, Any], services: dict[str, Any], settings_from: SettingsFrom
) -> None:
    """A client-written X-Forwarded-For must never choose the address the throttles count: uvicorn's
    trust-everyone switch is gone, the backend trusts the frontend's fixed address, and that nginx, with no
    proxy in front of it in this stack, believes no forwarded header itself."""
    text = COMPOSE_FILE.read_text(encoding="utf-8")
    assert "FORWARDED_ALLOW_IPS" not in text
    settings = settings_from(backend_filiere_environment(services))
    frontend_address = services["frontend"]["networks"]["default"]["ipv4_address"]
    assert settings.trusted_proxies == [frontend_address]
    (subnet,) = [entry["subnet"] for entry in compose["networks"]["default"]["ipam"]["config"]]
    assert ipaddress.ip_address(frontend_address) in ipaddress.ip_network(subnet)
    assert "FILIERE_TRUSTED_PROXIES" not in service_environment(services["frontend"])
