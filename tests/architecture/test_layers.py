"""How the packages depend on each other: domains in layers, GraphQL on top of services, tests on support modules.

The import-linter contracts (pyproject.toml, `lint-imports`) add the acyclic graph and the tenancy and policy
boundaries; these tests state what import-linter cannot: rules over every module, found by name pattern.
"""

from __future__ import annotations

import ast
import importlib
import itertools
from pathlib import Path

import grimp
import pytest

import filiere.database  # noqa: F401 - registers every table
from filiere.tenancy.metadata import NationalBase, RegionalBase

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "backend" / "filiere"
# The business domains. Everything else is infrastructure (tenancy, auth, graphql, referentials…) or an
# application of the domains (the app, the CLI, the demo, exports, the digest).
DOMAINS = {
    "accounts",
    "audit",
    "documents",
    "events",
    "memberships",
    "methodology",
    "notifications",
    "partners",
    "planning",
    "programmes",
    "sourcing",
    "studies",
}
# Applications of the domains: they may read any domain's tables to load or export data.
APPLICATIONS = {"demo", "migrations", "database"}
GRAPHQL_LIBRARIES = ("strawberry", "graphql")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("filiere", include_external_packages=True, exclude_type_checking_imports=True)


def _package_of(module: str) -> str:
    return module.split(".")[1] if module.count(".") >= 1 else ""


def is_graphql_module(module: str) -> bool:
    """The GraphQL side, by name: the toolkit and assembly, every domain's `schema` and `loaders`, the app."""
    parts = module.split(".")
    return (
        module.startswith("filiere.graphql")
        or "schema" in parts[2:]
        or parts[-1] == "loaders"
        or module == "filiere.app"
    )


def test_every_domain_package_exists() -> None:
    assert {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").exists()} >= DOMAINS


def test_no_two_domains_import_each_other(graph: grimp.ImportGraph) -> None:
    mutual = [
        (first, second)
        for first, second in itertools.combinations(sorted(DOMAINS), 2)
        if graph.find_matching_direct_imports(import_expression=f"filiere.{first}.** -> filiere.{second}.**")
        and graph.find_matching_direct_imports(import_expression=f"filiere.{second}.** -> filiere.{first}.**")
    ]
    assert not mutual


def test_services_and_models_do_not_depend_on_graphql(graph: grimp.ImportGraph) -> None:
    """Every module that is not GraphQL by its name (a new one included) imports no GraphQL module."""
    offences = []
    for module in sorted(graph.modules):
        if not module.startswith("filiere.") or is_graphql_module(module):
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.split(".")[0] in GRAPHQL_LIBRARIES or is_graphql_module(imported):
                offences.append(f"{module} -> {imported}")
    assert not offences


def test_a_domain_reads_and_writes_another_domains_tables_only_through_its_services() -> None:
    """Importing another domain's enums (its vocabulary) is fine; its mapped tables are not."""
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        owner = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if owner in APPLICATIONS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").endswith(".models"):
                continue
            source = (node.module or "").split(".")
            if len(source) < 3 or source[1] == owner or source[1] not in DOMAINS:
                continue
            models = importlib.import_module(node.module or "")
            for alias in node.names:
                imported = getattr(models, alias.name)
                if isinstance(imported, type) and issubclass(imported, NationalBase | RegionalBase):
                    offences.append(f"{path.relative_to(ROOT)} imports {node.module}.{alias.name}")
    # The embedded issuer signs people in: it is the accounts' own application, in auth/ by design.
    assert offences == [
        "backend/filiere/auth/issuer/identities.py imports filiere.accounts.models.User",
        "backend/filiere/auth/issuer/identities.py imports filiere.partners.models.Organisation",
        "backend/filiere/auth/issuer/routes.py imports filiere.accounts.models.User",
        "backend/filiere/auth/issuer/routes.py imports filiere.partners.models.Organisation",
        "backend/filiere/auth/issuer/server.py imports filiere.accounts.models.User",
    ]


def test_tests_share_helpers_through_support_modules_only() -> None:
    """A test module importing another one runs its tests twice and ties unrelated suites together."""
    offences = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1].startswith("test_"):
                offences.append(f"{path.relative_to(ROOT)} imports {node.module}")
    assert not offences
