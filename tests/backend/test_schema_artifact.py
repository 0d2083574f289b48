"""frontend/schema.graphql is the committed contract the SPA's types are generated from; the SPA's input limits
come from the services' constants the same way."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from filiere.graphql.schema import schema
from filiere.input_limits import INPUT_LIMITS, as_json

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "frontend" / "schema.graphql"
LIMITS_FILE = SCHEMA_FILE.parent / "src" / "graphql" / "inputLimits.json"


def test_committed_schema_matches_the_code() -> None:
    assert SCHEMA_FILE.read_text() == schema.as_str() + "\n", (
        "frontend/schema.graphql is stale: run `make schema` and commit the result"
    )


def test_generated_spa_types_match_the_committed_schema() -> None:
    """GraphQL Code Generator's `--check`: the SPA's committed types are those of schema.graphql."""
    npm = shutil.which("npm")
    assert npm, "npm (Node 22) must be on PATH: run the tests through `make test`"
    result = subprocess.run(
        [npm, "run", "--silent", "codegen:check"], cwd=SCHEMA_FILE.parent, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, "the SPA's generated types are stale: run `make schema`\n" + result.stdout


def test_the_spa_checks_the_limits_the_services_enforce() -> None:
    assert LIMITS_FILE.read_text(encoding="utf-8") == as_json(), (
        "frontend/src/graphql/inputLimits.json is stale: run `make schema` and commit the result"
    )
    assert INPUT_LIMITS["candidacy"]["summary"] == 2000 and INPUT_LIMITS["project"]["notes"] == 10000
