"""backend/Dockerfile and frontend/Dockerfile with its nginx configuration, checked without building them:
locked runtime dependencies, non-root users, and an SPA container whose /config.json and security headers
are the backend's."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import tomllib
from collections.abc import Callable, Mapping
from fnmatch import fnmatch
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from filiere.settings import Settings
from filiere.web import runtime_config, security_headers
from tests.infra.support import (
    FRONTEND_NGINX_DIR,
    K8S_DIR,
    REPOSITORY,
    load_yaml_documents,
    origin,
    service_environment,
)

SettingsFrom = Callable[[Mapping[str, str]], Settings]
BACKEND = REPOSITORY / "backend"
FRONTEND = REPOSITORY / "frontend"
ENVSH = FRONTEND_NGINX_DIR / "15-filiere-runtime.envsh"
TEMPLATES = FRONTEND_NGINX_DIR / "templates"
INCLUDE_HEADERS = "include /etc/nginx/conf.d/security-headers.inc;"


def instructions(dockerfile: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined and comments dropped."""
    logical, current = [], ""
    for line in dockerfile.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        current += line.rstrip("\\").strip() + " "
        if not line.rstrip().endswith("\\"):
            logical.append(current.strip())
            current = ""
    return [(text.split(" ", 1)[0].upper(), text.split(" ", 1)[1] if " " in text else "") for text in logical]


def arguments(dockerfile: Path, instruction: str) -> list[str]:
    return [args for name, args in instructions(dockerfile) if name == instruction]


def image_environment(dockerfile: Path) -> dict[str, str]:
    """ENV of the final stage."""
    environment: dict[str, str] = {}
    for name, args in instructions(dockerfile):
        if name == "FROM":
            environment = {}
        elif name == "ENV":
            for word in shlex.split(args):
                key, _, value = word.partition("=")
                environment[key] = value
    return environment


def workload_user(kind: str, name: str) -> int:
    for document in load_yaml_documents(K8S_DIR / ("migrate/db-upgrade-job.yaml" if kind == "Job" else f"{name}.yaml")):
        if document["kind"] == kind:
            user: int = document["spec"]["template"]["spec"]["securityContext"]["runAsUser"]
            return user
    raise AssertionError(f"{kind} not found")


# --- backend image --------------------------------------------------------------------------------


def test_backend_image_runs_the_cli_as_a_non_root_user() -> None:
    dockerfile = BACKEND / "Dockerfile"
    (base,) = arguments(dockerfile, "FROM")
    assert re.fullmatch(r"python:3\.11-slim(-\w+)?", base)
    (user,) = arguments(dockerfile, "USER")
    uid = user.split(":")[0]
    assert uid.isdigit() and int(uid) != 0
    assert f"--uid {uid}" in " ".join(arguments(dockerfile, "RUN"))
    assert workload_user("Deployment", "backend") == workload_user("Job", "db-upgrade") == int(uid)
    (command,) = arguments(dockerfile, "CMD")
    assert json.loads(command) == ["filiere", "serve", "--host", "0.0.0.0", "--port", "8000"]  # noqa: S104
    assert arguments(dockerfile, "EXPOSE") == ["8000"]
    assert "/healthz" in arguments(dockerfile, "HEALTHCHECK")[0]


def test_backend_image_installs_the_locked_dependencies_and_the_source_tree() -> None:
    dockerfile = BACKEND / "Dockerfile"
    runs = " ".join(arguments(dockerfile, "RUN"))
    assert "pip install --constraint requirements.lock" in runs
    assert "pip install --no-deps --editable ." in runs  # alembic.ini and migrations/ stay beside the package
    copies = arguments(dockerfile, "COPY")
    assert copies[0] == "pyproject.toml requirements.lock ./"
    assert ". ." in copies


def test_lock_pins_every_runtime_dependency() -> None:
    """The image installs pyproject's dependencies constrained by the lock: each one, down to the leaves, must
    be pinned there, or the image would resolve it freely. (Walks the metadata of this virtualenv.)"""
    lock = {}
    for line in (BACKEND / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "-")):
            name, _, version = line.partition("==")
            lock[canonicalize_name(name)] = version.strip()
    direct = tomllib.loads((BACKEND / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pending, seen = [Requirement(text) for text in direct], set()
    while pending:
        requirement = pending.pop()
        name = canonicalize_name(requirement.name)
        if (name, frozenset(requirement.extras)) in seen:
            continue
        seen.add((name, frozenset(requirement.extras)))
        assert name in lock, f"{name} is a runtime dependency but requirements.lock does not pin it"
        assert requirement.specifier.contains(lock[name], prereleases=True), f"{name}=={lock[name]} vs {requirement}"
        for text in metadata.distribution(name).requires or []:
            child = Requirement(text)
            extras = {"", *requirement.extras}
            if child.marker is None or any(child.marker.evaluate({"extra": extra}) for extra in extras):
                child.marker = None
                pending.append(child)
    assert {"starlette", "asyncpg", "alembic", "uvicorn"} <= {name for name, _ in seen}


def test_backend_build_context_keeps_the_migrations_and_drops_local_state() -> None:
    patterns = [
        line.strip()
        for line in (BACKEND / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]

    def ignored(path: str) -> bool:
        stems = [pattern.rstrip("/") for pattern in patterns]
        return any(fnmatch(path, stem) or fnmatch(path, stem + "/*") for stem in stems)

    for needed in ["alembic.ini", "pyproject.toml", "requirements.lock", "filiere/settings.py"]:
        assert not ignored(needed), needed
    migrations = [path.relative_to(BACKEND).as_posix() for path in (BACKEND / "migrations").rglob("*.py")]
    assert migrations and not [path for path in migrations if ignored(path)]
    for local in [".venv", "var", "filiere/__pycache__", "filiere.egg-info", ".env"]:
        assert ignored(local), local


# --- frontend image -------------------------------------------------------------------------------


def test_frontend_image_builds_with_node_22_and_serves_with_unprivileged_nginx() -> None:
    dockerfile = FRONTEND / "Dockerfile"
    stages = arguments(dockerfile, "FROM")
    assert len(stages) == 2
    assert re.fullmatch(r"node:22[\w.-]* AS build", stages[0])
    assert stages[1].startswith("nginxinc/nginx-unprivileged:")
    runs = arguments(dockerfile, "RUN")
    assert any(run.startswith("npm ci") for run in runs)
    assert "npm run build" in runs
    copies = arguments(dockerfile, "COPY")
    assert "--from=build /app/dist/ /usr/share/nginx/html/" in copies
    assert "nginx/templates/ /etc/nginx/templates/" in copies
    # Sourced by the image's entrypoint only if executable and named *.envsh.
    assert f"--chmod=0755 nginx/{ENVSH.name} /docker-entrypoint.d/{ENVSH.name}" in copies
    if any("--exclude" in copy for copy in copies):
        syntax = dockerfile.read_text(encoding="utf-8").splitlines()[0]
        assert syntax == "# syntax=docker/dockerfile:1.19", "COPY --exclude needs Dockerfile syntax 1.19"
    assert workload_user("Deployment", "frontend") == 101  # nginx-unprivileged's user


def container_environment(services: dict[str, Any]) -> dict[str, str]:
    """What the frontend container of docker-compose starts with: the image's ENV, then compose's."""
    return {**image_environment(FRONTEND / "Dockerfile"), **service_environment(services["frontend"])}


def run_envsh(environment: Mapping[str, str], runtime_dir: Path) -> subprocess.CompletedProcess[str]:
    """Source the script as the nginx entrypoint does, then print the exported FILIERE_* variables."""
    shell = shutil.which("sh")
    assert shell is not None
    return subprocess.run(
        [shell, "-c", f'. "{ENVSH}" && env | grep "^FILIERE_"'],
        env={"PATH": "/usr/bin:/bin", **environment, "FILIERE_RUNTIME_DIR": str(runtime_dir)},
        capture_output=True,
        text=True,
        check=False,
    )


def rendered(environment: Mapping[str, str]) -> dict[str, str]:
    """The templates as the nginx image renders them: envsubst of the defined FILIERE_* variables only."""

    def substitute(match: re.Match[str]) -> str:
        name = match[1] or match[2]
        return environment.get(name, match[0]) if name.startswith("FILIERE_") else match[0]

    variable = re.compile(r"\$\{(\w+)\}|\$(\w+)")
    return {
        path.name.removesuffix(".template"): variable.sub(substitute, path.read_text(encoding="utf-8"))
        for path in TEMPLATES.glob("*.template")
    }


@pytest.fixture
def started(services: dict[str, Any], tmp_path: Path) -> tuple[dict[str, str], dict[str, str], Path]:
    """(environment after the entrypoint script, rendered configuration, runtime directory) of compose's frontend."""
    result = run_envsh(container_environment(services), tmp_path)
    assert result.returncode == 0, result.stderr
    exported = dict(line.split("=", 1) for line in result.stdout.splitlines())
    return exported, rendered({**container_environment(services), **exported}), tmp_path


def compose_backend_settings(services: dict[str, Any], settings_from: SettingsFrom) -> Settings:
    environment = service_environment(services["backend"])
    return settings_from({name: value for name, value in environment.items() if name.startswith("FILIERE_")})


async def test_config_json_is_the_backends(
    started: tuple[dict[str, str], dict[str, str], Path], services: dict[str, Any], settings_from: SettingsFrom
) -> None:
    _, _, runtime_dir = started
    settings = compose_backend_settings(services, settings_from)
    response = await runtime_config(settings)(None)
    assert json.loads((runtime_dir / "config.json").read_text(encoding="utf-8")) == json.loads(response.body)


def test_entrypoint_refuses_a_bad_authority(services: dict[str, Any], tmp_path: Path) -> None:
    for authority in ["", "localhost:8081/realms/filiere", 'http://x/"}', "http://x/$(id)"]:
        result = run_envsh({**container_environment(services), "FILIERE_OIDC_AUTHORITY": authority}, tmp_path)
        assert result.returncode != 0, authority
        assert "15-filiere-runtime.envsh" in result.stderr
        assert not (tmp_path / "config.json").exists()


def test_nginx_forwards_the_api_and_falls_back_to_the_spa(started: tuple[dict[str, str], dict[str, str], Path]) -> None:
    _, files, runtime_dir = started
    server = files["default.conf"]
    assert not re.search(r"\$\{?FILIERE_", "".join(files.values())), "every FILIERE_ variable is defined"
    assert re.search(r"upstream filiere_backend \{\s*server backend:8000;", server)
    for path in ("/graphql", "/healthz", "/readyz"):
        assert re.search(rf"location = {path} \{{\s*proxy_pass http://filiere_backend;", server), path
    assert not re.search(r"location[ =~^]+/metrics", server), "metrics stay inside the network"
    assert f"alias {runtime_dir}/config.json;" in server
    assert "rewrite ^ /index.html break;" in server
    assert "try_files $uri $uri/ @spa;" in server
    for included in re.findall(r"include /etc/nginx/conf\.d/([\w.-]+);", server):
        assert included in files, included
    # nginx drops server-level add_header in a location that sets its own: each must re-include the headers.
    for block in re.findall(r"location [^{]+\{[^}]*\}", server):
        if "add_header" in block:
            assert INCLUDE_HEADERS in block, block


def header_values(include: str) -> dict[str, str]:
    return dict(re.findall(r'^add_header ([\w-]+) "([^"]*)" always;', include, flags=re.MULTILINE))


def csp_directives(policy: str) -> dict[str, str]:
    return {part.split(" ", 1)[0]: part.split(" ", 1)[1] for part in (p.strip() for p in policy.split(";")) if part}


def test_nginx_sends_the_backends_security_headers(
    started: tuple[dict[str, str], dict[str, str], Path], services: dict[str, Any], settings_from: SettingsFrom
) -> None:
    _, files, _ = started
    settings = compose_backend_settings(services, settings_from)
    backend = security_headers(settings)
    nginx = header_values(files["security-headers.inc"])
    assert set(backend) <= set(nginx)
    for name, value in backend.items():
        if name != "Content-Security-Policy":
            assert nginx[name] == value, name
    ours, theirs = csp_directives(nginx["Content-Security-Policy"]), csp_directives(backend["Content-Security-Policy"])
    # The same policy, connect-src included: the SPA calls Keycloak (discovery, token, JWKS under the realm)
    # and MinIO (presigned uploads and downloads, at its browser-facing address) — origins, because a CSP
    # source with a path matches that one path only.
    assert ours == theirs
    s3 = service_environment(services["backend"])["FILIERE_S3_PUBLIC_ENDPOINT_URL"]
    assert ours["connect-src"] == f"'self' {origin(settings.issuer)} {s3}"
    assert nginx["Strict-Transport-Security"] == ""  # plain HTTP on a laptop: empty, so nginx sends none


def test_calendar_tokens_never_reach_the_frontend_access_log() -> None:
    template = (FRONTEND_NGINX_DIR / "templates" / "default.conf.template").read_text()
    calendar = template[template.index("location ^~ /calendar/") :]
    calendar = calendar[: calendar.index("}")]
    assert "access_log off;" in calendar


def test_nginx_forwards_the_client_address_it_believes_not_the_clients_header(
    services: dict[str, Any], tmp_path: Path
) -> None:
    behind = {**container_environment(services), "FILIERE_TRUSTED_PROXIES": "10.244.0.0/16, fd00::/8"}
    for environment, expected in ((container_environment(services), []), (behind, ["10.244.0.0/16", "fd00::/8"])):
        result = run_envsh(environment, tmp_path)
        assert result.returncode == 0, result.stderr
        exported = dict(line.split("=", 1) for line in result.stdout.splitlines())
        files = rendered({**environment, **exported})
        assert re.findall(r"set_real_ip_from ([^;]+);", files["default.conf"]) == expected
        assert "real_ip_header X-Forwarded-For;" in files["default.conf"]
        assert "real_ip_recursive on;" in files["default.conf"]
        assert "proxy_set_header X-Forwarded-For $remote_addr;" in files["proxy.inc"]
        assert "$proxy_add_x_forwarded_for" not in files["proxy.inc"]
    for bad in ("*", "10.0.0.0/8; allow all", "$(id)"):
        refused = run_envsh({**behind, "FILIERE_TRUSTED_PROXIES": bad}, tmp_path)
        assert refused.returncode != 0 and "FILIERE_TRUSTED_PROXIES" in refused.stderr, bad
