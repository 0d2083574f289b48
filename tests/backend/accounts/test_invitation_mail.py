"""The invitation e-mail: sent after the account is stored, by `inviteUser` and `filiere users create --send`;
a mail server that fails undoes nothing."""

from __future__ import annotations

import re

import httpx
from sqlalchemy import select

from filiere.accounts.models import User
from filiere.app import create_app
from tests.backend.auth.password_pages import choose_password, users_command
from tests.backend.mail import Inbox, free_port, settings_with_smtp
from tests.backend.world import PUBLIC_URL, World

OPERATOR = "ops@demo.filiere.fr"
INVITE = """
mutation($input: InviteUserInput!) {
  inviteUser(input: $input) {
    __typename
    ... on InviteUserSuccess { invitationSent user { email active } }
  }
}"""
NEW = {"email": "Lea.Petit@cci-normandie.fr", "name": "Léa Petit", "role": "ADVISER", "region": "normandie"}


def link_in(body: str) -> str:
    found = re.search(r"https?://\S+/auth/invitation/[\w-]+", body)
    assert found is not None, body
    return found.group(0)


async def invite_through(world: World, port: int) -> dict[str, object]:
    app = create_app(settings_with_smtp(world, port))
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as client:
            answer = await client.post(
                "/graphql",
                json={"query": INVITE, "variables": {"input": NEW}},
                headers=await world.headers(OPERATOR),
            )
    finally:
        await app.state.registry.dispose()
    result: dict[str, object] = answer.json()["data"]["inviteUser"]
    return result


async def test_invite_user_e_mails_a_link_that_opens_the_account(world: World, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    result = await invite_through(world, port)
    assert result == {
        "__typename": "InviteUserSuccess",
        "invitationSent": True,
        "user": {"email": "lea.petit@cci-normandie.fr", "active": False},
    }
    message = inbox.by_recipient()["lea.petit@cci-normandie.fr"]
    assert message["Subject"] == "Votre compte Filière : créez votre mot de passe"
    body = message.get_content()
    assert body.startswith("Bonjour Léa Petit,")
    assert "Équipe d'exploitation vous a ouvert un compte sur Filière" in body
    assert "valable une seule fois" in body
    link = link_in(body)
    assert link.startswith(f"{PUBLIC_URL}/auth/invitation/")
    done = await choose_password(world.client, link.removeprefix(PUBLIC_URL))
    assert "Votre mot de passe est créé" in done.text


async def test_a_mail_server_down_keeps_the_account(world: World) -> None:
    result = await invite_through(world, free_port())
    assert result["__typename"] == "InviteUserSuccess" and result["invitationSent"] is False
    async with world.registry.national.sessions() as session:
        assert await session.scalar(select(User.id).where(User.email == "lea.petit@cci-normandie.fr")) is not None


async def test_users_create_send_e_mails_the_link_or_prints_it_when_it_cannot(
    world: World, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    options = ["--name", "Léa Petit", "--role", "adviser", "--region", "normandie", "--send"]
    sent = await users_command(world, port, "create", "--email", "lea.petit@cci-normandie.fr", *options)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout == "" and "invitation envoyée" in sent.stderr
    body = inbox.by_recipient()["lea.petit@cci-normandie.fr"].get_content()
    assert link_in(body).startswith("https://filiere.example.fr/auth/invitation/")
    assert "Un compte vous a été ouvert" in body

    unsent = await users_command(world, free_port(), "create", "--email", "marc.dupont@cci-normandie.fr", *options)
    assert unsent.returncode == 0, unsent.stderr
    assert "n'a pas pu partir" in " ".join(unsent.stderr.split())
    assert re.fullmatch(r"https://filiere\.example\.fr/auth/invitation/[\w-]{40,}", unsent.stdout.strip())
    async with world.registry.national.sessions() as session:
        assert await session.scalar(select(User.id).where(User.email == "marc.dupont@cci-normandie.fr")) is not None
