"""The `filiere` command, as an operator uses it."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from filiere.accounts.models import Invitation, User
from filiere.accounts.service import invitation_digest
from tests.backend.world import World

CAMILLE = "conseiller.normandie@demo.filiere.fr"


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
    for group in ("db", "demo", "keys", "notify", "serve", "users"):
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


async def users_command(world: World, *args: str) -> subprocess.CompletedProcess[str]:
    """`filiere users …`, in its own process, on the world's databases."""
    env = world.child_environment(FILIERE_PUBLIC_URL="https://filiere.example.fr", FILIERE_LOG_LEVEL="WARNING")
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "filiere.cli", "users", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


async def test_users_create_prints_an_invitation_link_then_lists_and_deactivates(world: World) -> None:
    created = await users_command(
        world,
        "create",
        "--email",
        "Lea.Petit@cci.fr",
        "--name",
        "Léa Petit",
        "--role",
        "adviser",
        "--region",
        "normandie",
    )
    assert created.returncode == 0, created.stderr
    link = created.stdout.strip()
    assert re.fullmatch(r"https://filiere\.example\.fr/auth/invitation/[\w-]{40,}", link), link
    async with world.registry.national.sessions() as session:
        user = await session.scalar(select(User).where(User.email == "lea.petit@cci.fr"))
        assert user is not None
        invitation = await session.scalar(select(Invitation).where(Invitation.user_id == user.id))
    assert not user.is_active and user.region == "normandie"
    assert invitation is not None and invitation.token_digest == invitation_digest(link.rsplit("/", 1)[1])
    again = await users_command(world, "invite", "lea.petit@cci.fr")
    assert again.returncode == 0 and again.stdout.strip() != link
    listed = await users_command(world, "list")
    assert listed.returncode == 0 and "lea.petit@cci.fr" in listed.stdout and "inactif" in listed.stdout
    deactivated = await users_command(world, "deactivate", CAMILLE)
    assert deactivated.returncode == 0, deactivated.stderr
    async with world.registry.national.sessions() as session:
        active = await session.scalar(
            select(User.is_active).where(User.email == "conseiller.normandie@demo.filiere.fr")
        )
    assert active is False


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--role", "adviser", "--region", "atlantide"), "La région « atlantide » n'existe pas"),
        (("--role", "adviser"), "Ce rôle appartient à une région"),
        (("--role", "partner"), "organisation partenaire"),
        (("--role", "chef"), "rôle inconnu « chef »"),
        (("--role", "adviser", "--region", "normandie", "--email", "jury@demo.filiere.fr"), "existe déjà"),
    ],
)
async def test_users_create_refuses_in_french_and_writes_nothing(
    world: World, options: tuple[str, ...], message: str
) -> None:
    email = () if "--email" in options else ("--email", "nouveau@cci.fr")
    result = await users_command(world, "create", "--name", "Nouveau", *email, *options)
    assert result.returncode == 1 and result.stdout == ""
    assert message in " ".join(result.stderr.split()), result.stderr
    async with world.registry.national.sessions() as session:
        assert await session.scalar(select(User).where(User.email == "nouveau@cci.fr")) is None


async def test_users_deactivate_names_an_unknown_address(world: World) -> None:
    result = await users_command(world, "deactivate", "personne@cci.fr")
    assert result.returncode == 1 and "aucun compte" in result.stderr
