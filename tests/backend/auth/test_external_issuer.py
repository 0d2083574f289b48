"""ProConnect mode: a second issuer's tokens name who the person is and no Filière role; Filière's own
account, found by `iss` + `sub` (bound the first time by the verified e-mail of an invited account),
decides the role, region and organisation. Nobody gets an account on the fly."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from filiere.accounts.models import Invitation, User
from filiere.administration.service import NewAccount, deactivate_user, invite_user
from filiere.auth.principal import Role
from filiere.settings import Settings
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.auth.external_issuer import ExternalIssuer, filiere_trusting, running_issuer
from tests.backend.world import World, count_statements

HEAD = "admin.normandie@demo.filiere.fr"
ADVISER = "conseiller.normandie@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
INVITED = "camille.roux@cci.fr"
VIEWER = "{ viewer { displayName email role region { slug } organisation { name } } }"
NOT_OPEN = "Votre compte Filière n'est pas encore ouvert : demandez-le à votre responsable régional."


@pytest.fixture(scope="module")
def issuer() -> Iterator[ExternalIssuer]:
    with running_issuer() as running:
        yield running


async def viewer(client: httpx.AsyncClient, token: str) -> tuple[int, dict[str, Any]]:
    response = await client.post("/graphql", json={"query": VIEWER}, headers={"Authorization": f"Bearer {token}"})
    return response.status_code, response.json()


async def invite(world: World) -> int:
    """Camille Roux, adviser in Normandie, invited by the regional head and not signed in yet."""
    async with UnitOfWork(world.registry) as uow:
        invited = await invite_user(
            uow,
            await world.principal(HEAD),
            data=NewAccount(role=Role.ADVISER, email=INVITED, name="Camille Roux", region="normandie"),
            request_id="r1",
        )
        await uow.commit()
    return invited.user.id


async def account(registry: TenantRegistry, email: str) -> User:
    async with registry.national.sessions() as session:
        user: User | None = await session.scalar(select(User).where(User.email == email))
        assert user is not None
        return user


def assert_not_open(status: int, body: dict[str, Any]) -> None:
    assert status == 403
    assert body["errors"][0]["extensions"]["code"] == "ACCOUNT_NOT_OPEN"
    assert body["errors"][0]["message"] == NOT_OPEN


async def test_an_invited_person_signs_in_with_their_verified_email_then_by_their_identity(
    world: World, issuer: ExternalIssuer
) -> None:
    user_id = await invite(world)
    async with filiere_trusting(world, issuer, "account") as (client, registry):
        status, body = await viewer(client, issuer.token("pc-camille", "Camille.Roux@CCI.fr"))
        assert status == 200, body
        # Filière's account decides: its name, role and region, not the issuer's given_name / usual_name.
        assert body["data"]["viewer"] == {
            "displayName": "Camille Roux",
            "email": INVITED,
            "role": "ADVISER",
            "region": {"slug": "normandie"},
            "organisation": None,
        }
        bound = await account(registry, INVITED)
        assert (bound.external_issuer, bound.external_subject, bound.is_active) == (issuer.url, "pc-camille", True)
        assert bound.last_sign_in_at is not None
        async with registry.national.sessions() as session:
            invitation = await session.scalar(select(Invitation).where(Invitation.user_id == user_id))
        assert invitation is not None and invitation.used_at is not None  # the e-mailed link no longer works

        # Later the e-mail claim changes (a new address at ProConnect): the identity still finds the account.
        status, body = await viewer(client, issuer.token("pc-camille", "c.roux@nouvelle-adresse.fr"))
        assert status == 200 and body["data"]["viewer"]["email"] == INVITED

        # Someone else at the issuer with the same e-mail cannot take the account once it is bound.
        assert_not_open(*await viewer(client, issuer.token("pc-impostor", INVITED)))


async def test_an_unverified_email_binds_nothing(world: World, issuer: ExternalIssuer) -> None:
    await invite(world)
    async with filiere_trusting(world, issuer, "account") as (client, registry):
        assert_not_open(*await viewer(client, issuer.token("pc-camille", INVITED, email_verified=False)))
        assert_not_open(*await viewer(client, issuer.token("pc-camille", INVITED, email_verified="true")))
        untouched = await account(registry, INVITED)
        assert (untouched.external_subject, untouched.is_active) == (None, False)


async def test_a_person_without_an_account_is_told_to_ask_for_one_and_nothing_is_written(
    world: World, issuer: ExternalIssuer
) -> None:
    async with filiere_trusting(world, issuer, "account") as (client, registry):
        async with registry.national.sessions() as session:
            before = await session.scalar(select(func.count()).select_from(User))
        assert_not_open(*await viewer(client, issuer.token("pc-stranger", "inconnu@cci.fr")))
        # Downloads answer the same way as /graphql.
        download = await client.get(
            "/exports/audit.csv", headers={"Authorization": f"Bearer {issuer.token('pc-stranger', 'inconnu@cci.fr')}"}
        )
        assert (download.status_code, download.json()["code"]) == (403, "ACCOUNT_NOT_OPEN")
        async with registry.national.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(User)) == before


async def test_a_deactivated_account_is_refused_from_its_next_request(world: World, issuer: ExternalIssuer) -> None:
    user_id = await invite(world)
    async with filiere_trusting(world, issuer, "account") as (client, _):
        token = issuer.token("pc-camille", INVITED)
        assert (await viewer(client, token))[0] == 200
        async with UnitOfWork(world.registry) as uow:
            await deactivate_user(uow, await world.principal(HEAD), user_id=user_id, request_id="r2")
            await uow.commit()
        status, body = await viewer(client, token)
        assert status == 401 and body["errors"][0]["extensions"]["code"] == "INVALID_TOKEN"


async def test_a_deactivated_account_is_never_bound_nor_reopened(world: World, issuer: ExternalIssuer) -> None:
    async with UnitOfWork(world.registry) as uow:
        adviser = await world.user(ADVISER)
        await deactivate_user(uow, await world.principal(HEAD), user_id=adviser.id, request_id="r2")
        await uow.commit()
    async with filiere_trusting(world, issuer, "account") as (client, registry):
        assert_not_open(*await viewer(client, issuer.token("pc-camille-lemoine", ADVISER)))
        closed = await account(registry, ADVISER)
        assert (closed.external_subject, closed.is_active) == (None, False)


async def test_a_role_claimed_by_the_token_is_ignored_in_account_mode(world: World, issuer: ExternalIssuer) -> None:
    async with filiere_trusting(world, issuer, "account") as (client, _):
        claiming = issuer.token("pc-camille-lemoine", ADVISER, filiere_role="platform_admin", filiere_region=None)
        status, body = await viewer(client, claiming)
        assert status == 200
        assert body["data"]["viewer"]["role"] == "ADVISER"
        assert body["data"]["viewer"]["region"] == {"slug": "normandie"}
        # A partner's organisation comes from the account too.
        status, body = await viewer(client, issuer.token("pc-partner", PARTNER))
        assert status == 200 and body["data"]["viewer"]["role"] == "PARTNER"
        assert body["data"]["viewer"]["organisation"] == {"name": "Bpifrance"}


async def test_token_mode_reads_role_claims_and_the_account_only_for_a_token_without_one(
    world: World, issuer: ExternalIssuer
) -> None:
    await invite(world)
    async with filiere_trusting(world, issuer, "token") as (client, _):
        # Keycloak-shaped: the issuer names the role and region, as today.
        keycloak = issuer.token("kc-1", "someone@cci.fr", filiere_role="national")
        status, body = await viewer(client, keycloak)
        assert status == 200 and body["data"]["viewer"]["role"] == "NATIONAL"
        # No Filière role in the token: the account decides, as in account mode.
        status, body = await viewer(client, issuer.token("pc-camille", INVITED))
        assert status == 200 and body["data"]["viewer"]["role"] == "ADVISER"
        assert_not_open(*await viewer(client, issuer.token("pc-stranger", "inconnu@cci.fr")))


async def test_a_request_in_account_mode_costs_what_it_costs_in_token_mode(
    world: World, issuer: ExternalIssuer
) -> None:
    embedded_token = await world.access_token(ADVISER)
    assert (await viewer(world.client, embedded_token))[0] == 200
    with count_statements(world.registry) as embedded:
        assert (await viewer(world.client, embedded_token))[0] == 200
    async with filiere_trusting(world, issuer, "account") as (client, registry):
        token = issuer.token("pc-camille-lemoine", ADVISER)
        assert (await viewer(client, token))[0] == 200  # the first request binds the identity
        with count_statements(registry) as external:
            assert (await viewer(client, token))[0] == 200
    # One national read: the account by the identity instead of `account_is_open` by the subject.
    assert external.count == embedded.count == 1


def test_account_mode_needs_an_external_issuer() -> None:
    # The embedded issuer's tokens carry the account's own role already.
    with pytest.raises(ValueError, match="FILIERE_OIDC_ROLES_FROM=account"):
        Settings(environment="test", oidc_roles_from="account")
    assert Settings(environment="test", oidc_issuer="https://proconnect.example", oidc_roles_from="account")
