"""The `filiere` command, as an operator uses it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "filiere.cli", *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def test_help_is_in_french() -> None:
    result = run("--help")
    assert result.returncode == 0
    for group in ("db", "demo", "keys", "notify", "serve"):
        assert group in result.stdout
    assert "Migre la base nationale" in run("db", "upgrade", "--help").stdout


def test_destructive_commands_ask_for_confirmation(tmp_path: Path) -> None:
    result = run("db", "downgrade", "base", env={"FILIERE_VAR_DIR": str(tmp_path)})
    assert result.returncode == 2 and "--yes" in result.stderr


def test_demo_load_is_refused_outside_demo_mode(tmp_path: Path) -> None:
    result = run("demo", "load", env={"FILIERE_VAR_DIR": str(tmp_path), "FILIERE_DEMO_MODE": "false"})
    assert result.returncode == 2 and "FILIERE_DEMO_MODE" in result.stderr


def test_documents_prepare_is_documented_in_french() -> None:
    assert "documents" in run("--help").stdout
    help_text = run("documents", "prepare", "--help").stdout
    assert "Prépare le stockage des documents" in help_text
    assert "Code de sortie 1" in help_text
