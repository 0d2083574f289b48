"""Configuration fails fast, and production refuses what only belongs in development."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from filiere.settings import Settings


def test_defaults_are_four_regions_on_sqlite_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(var_dir=tmp_path)
    assert [t.slug for t in settings.tenants] == [
        "normandie",
        "ile-de-france",
        "hauts-de-france",
        "bourgogne-franche-comte",
    ]
    assert settings.database_url("ile-de-france") == f"sqlite+aiosqlite:///{tmp_path}/ile-de-france.db"
    assert settings.database_url("national") == f"sqlite+aiosqlite:///{tmp_path}/national.db"


def test_environment_switches_any_tenant_to_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILIERE_DATABASE_URLS__ILE_DE_FRANCE", "postgresql+asyncpg://db-idf/filiere")
    monkeypatch.setenv("FILIERE_NATIONAL_DATABASE_URL", "postgresql+asyncpg://db-national/filiere")
    settings = Settings()
    assert settings.database_url("ile-de-france") == "postgresql+asyncpg://db-idf/filiere"
    assert settings.database_url("national") == "postgresql+asyncpg://db-national/filiere"
    assert settings.database_url("normandie").startswith("sqlite+aiosqlite:///")
    monkeypatch.setenv("FILIERE_DATABASE_URL_TEMPLATE", "postgresql+asyncpg://db/filiere_{slug}")
    assert (
        Settings().database_url("bourgogne-franche-comte") == "postgresql+asyncpg://db/filiere_bourgogne_franche_comte"
    )


def test_unknown_tenants_and_bad_slugs_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILIERE_DATABASE_URLS__BRETAGNE", "postgresql+asyncpg://db/x")
    with pytest.raises(ValidationError, match="unknown tenants"):
        Settings()
    monkeypatch.delenv("FILIERE_DATABASE_URLS__BRETAGNE")
    monkeypatch.setenv("FILIERE_TENANTS", '[{"slug": "Bad Slug", "label": "X", "insee_code": "1", "departements": []}]')
    with pytest.raises(ValidationError, match="invalid tenant slug"):
        Settings()


@pytest.mark.parametrize(
    ("override", "complaint"),
    [
        ({"demo_mode": True}, "FILIERE_DEMO_MODE"),
        ({"debug": True}, "FILIERE_DEBUG"),
        ({"secret_key": "filiere-development-secret-key-do-not-use-in-production"}, "FILIERE_SECRET_KEY"),
        ({"secret_key": "short"}, "FILIERE_SECRET_KEY"),
        ({"public_url": "http://filiere.example"}, "FILIERE_PUBLIC_URL"),
    ],
)
def test_production_refuses_development_settings(override: dict[str, object], complaint: str) -> None:
    good = {
        "environment": "production",
        "demo_mode": False,
        "debug": False,
        "secret_key": "x" * 48,
        "public_url": "https://filiere.example",
    }
    Settings(**good)
    with pytest.raises(ValidationError, match=complaint):
        Settings(**{**good, **override})
