"""Fixtures of the deployment checks: parsed files, and Settings built from a clean environment."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from filiere.settings import Settings
from tests.infra.support import COMPOSE_FILE, load_realm, load_yaml


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No FILIERE_* variable from the machine running the tests leaks into Settings()."""
    for name in list(os.environ):
        if name.upper().startswith("FILIERE_"):
            monkeypatch.delenv(name)


@pytest.fixture
def settings_from(monkeypatch: pytest.MonkeyPatch, clean_environment: None) -> Callable[[Mapping[str, str]], Settings]:
    """Settings() as a process with exactly these FILIERE_* variables would build them."""

    def build(environment: Mapping[str, str]) -> Settings:
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        try:
            return Settings()
        finally:
            for name in environment:
                monkeypatch.delenv(name)

    return build


@pytest.fixture
def default_settings(clean_environment: None) -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def compose() -> dict[str, Any]:
    document: dict[str, Any] = load_yaml(COMPOSE_FILE)
    return document


@pytest.fixture(scope="session")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    services: dict[str, Any] = compose["services"]
    return services


@pytest.fixture(scope="session")
def realm() -> dict[str, Any]:
    return load_realm()
