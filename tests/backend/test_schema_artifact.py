"""frontend/schema.graphql is the committed contract the SPA's types are generated from."""

from __future__ import annotations

from pathlib import Path

from filiere.graphql.schema import schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "frontend" / "schema.graphql"


def test_committed_schema_matches_the_code() -> None:
    assert SCHEMA_FILE.read_text() == schema.as_str() + "\n", (
        "frontend/schema.graphql is stale: run `make schema` and commit the result"
    )
