"""Readers for the deployment files, so that tests/infra checks them without a Docker engine or a cluster:
YAML and JSON parsing, Docker Compose's variable interpolation, and the mapping of FILIERE_* variables onto
`filiere.settings.Settings` fields."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, get_origin
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel

from filiere.settings import NATIONAL_SLUG, Settings

REPOSITORY = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPOSITORY / "docker-compose.yml"
POSTGRES_INIT_DIR = REPOSITORY / "infra" / "postgres" / "initdb"
REALM_FILE = REPOSITORY / "infra" / "keycloak" / "filiere-realm.json"
REALM_GENERATOR = REPOSITORY / "infra" / "keycloak" / "generate_realm.py"
MINIO_DIR = REPOSITORY / "infra" / "minio"
K8S_DIR = REPOSITORY / "infra" / "k8s"
FRONTEND_NGINX_DIR = REPOSITORY / "frontend" / "nginx"

# --- files ----------------------------------------------------------------------------------------


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_yaml_documents(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc is not None]


def load_realm() -> dict[str, Any]:
    realm: dict[str, Any] = json.loads(REALM_FILE.read_text(encoding="utf-8"))
    return realm


def realm_generator() -> ModuleType:
    """infra/keycloak/generate_realm.py, imported from its path (infra/ is not a package)."""
    spec = importlib.util.spec_from_file_location("generate_realm", REALM_GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def database_name(slug: str) -> str:
    """The rule of FILIERE_DATABASE_URL_TEMPLATE=…/filiere_{slug}: hyphens become underscores."""
    return "filiere_" + slug.replace("-", "_")


def all_tenant_slugs(settings: Settings) -> list[str]:
    return [NATIONAL_SLUG, *(tenant.slug for tenant in settings.tenants)]


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# --- Docker Compose -------------------------------------------------------------------------------

# $$ (a literal $), ${…} or $NAME, as in the Compose specification's interpolation rules.
_VARIABLE = re.compile(r"\$(?:(?P<escaped>\$)|\{(?P<braced>[^}]*)\}|(?P<named>[A-Za-z_][A-Za-z0-9_]*))")
_BRACED = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<operator>:?[-?+])(?P<argument>.*))?$", re.DOTALL)


class InterpolationError(ValueError):
    pass


def interpolate(value: str, environment: Mapping[str, str]) -> str:
    """Resolve ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR:+other}… against `environment`."""

    def replace(match: re.Match[str]) -> str:
        if match["escaped"]:
            return "$"
        if match["named"]:
            return environment.get(match["named"], "")
        braced = _BRACED.match(match["braced"])
        if braced is None or "${" in match["braced"]:
            raise InterpolationError(f"unsupported interpolation {match[0]!r}")
        name, operator, argument = braced["name"], braced["operator"], braced["argument"] or ""
        present = name in environment and (environment[name] != "" or not operator.startswith(":"))
        if operator is None:
            return environment.get(name, "")
        if operator.endswith("-"):
            return environment[name] if present else argument
        if operator.endswith("?"):
            if not present:
                raise InterpolationError(f"{name} is required: {argument}")
            return environment[name]
        return argument if present else ""  # ":+" and "+"

    return _VARIABLE.sub(replace, value)


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def service_environment(service: Mapping[str, Any], environment: Mapping[str, str] | None = None) -> dict[str, str]:
    """A service's `environment`, as the container receives it (interpolated against `environment`)."""
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) if "=" in item else (item, None) for item in raw)
    return {key: interpolate(_as_text(value), environment or {}) for key, value in raw.items()}


def published_ports(service: Mapping[str, Any]) -> dict[int, tuple[str, int]]:
    """Container port → (host address, host port) for the short "HOST:HOSTPORT:PORT" syntax."""
    ports: dict[int, tuple[str, int]] = {}
    for entry in service.get("ports", []):
        parts = str(entry).split(":")
        if len(parts) == 2:
            parts.insert(0, "0.0.0.0")  # noqa: S104 — what Compose publishes on without an address
        if len(parts) != 3:
            raise ValueError(f"unexpected port syntax {entry!r}")
        address, host_port, container_port = parts
        ports[int(container_port)] = (address, int(host_port))
    return ports


def command_text(service: Mapping[str, Any]) -> str:
    command = service.get("command", "")
    return " ".join(command) if isinstance(command, list) else str(command)


# --- Settings -------------------------------------------------------------------------------------


def setting_problem(variable: str) -> str | None:
    """Why `variable` is not read by Settings (prefix FILIERE_, nested delimiter __), or None if it is."""
    prefix = Settings.model_config.get("env_prefix", "")
    delimiter = Settings.model_config.get("env_nested_delimiter") or "__"
    if not variable.upper().startswith(prefix.upper()):
        return f"{variable} lacks the prefix {prefix}"
    head, *nested = variable[len(prefix) :].lower().split(delimiter)
    field = Settings.model_fields.get(head)
    if field is None:
        return f"{variable}: Settings has no field {head!r}"
    annotation: Any = field.annotation
    for key in nested:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            sub_field = annotation.model_fields.get(key)
            if sub_field is None:
                return f"{variable}: {annotation.__name__} has no field {key!r}"
            annotation = sub_field.annotation
        elif get_origin(annotation) is dict:
            annotation = Any  # free keys (e.g. tenant slugs): Settings validates them itself
        else:
            return f"{variable}: {head!r} has no nested fields"
    return None
