"""Accounts in GraphQL: the `users` list of those one manages, and the invite / deactivate / reactivate mutations."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, update

from filiere.accounts.models import Invitation, User
from filiere.administration.service import NewAccount, invite_user
from filiere.audit.models import NationalAuditEvent
from filiere.auth.principal import Role
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.world import World, count_statements

OPERATOR = "ops@demo.filiere.fr"
HEAD = "admin.normandie@demo.filiere.fr"
ADVISER = "conseiller.normandie@demo.filiere.fr"
FORMER_ADVISER = "ancien.conseiller.normandie@demo.filiere.fr"
OTHER_HEAD = "admin.hauts-de-france@demo.filiere.fr"
OUTSIDERS = [ADVISER, "national@demo.filiere.fr", "bpifrance@demo.filiere.fr", "jury@demo.filiere.fr"]

USERS = """query($region: String, $role: Role, $active: Boolean, $after: String) {
  users(first: 50, after: $after, region: $region, role: $role, active: $active) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id email displayName role active lastSignInAt region { slug } } }
  }
}"""
INVITE = """mutation($input: InviteUserInput!) { inviteUser(input: $input) {
  __typename
  ... on InviteUserSuccess { invitationExpiresAt user { id email active role region { slug } } }
  ... on AccountError { code field message }
} }"""
SET_ACTIVE = """mutation($id: ID!) {
  deactivateUser(input: {userId: $id}) { __typename ... on UserAccountSuccess { user { active } }
    ... on AccountError { code message } }
}"""
REACTIVATE = """mutation($id: ID!) {
  reactivateUser(input: {userId: $id}) { __typename ... on UserAccountSuccess { user { active } }
    ... on AccountError { code message } }
}"""


async def users(world: World, as_user: str | None, **variables: Any) -> dict[str, Any]:
    body = await world.graphql(USERS, variables, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["users"]
    return result


async def user_id(world: World, email: str) -> str:
    body = await users(world, OPERATOR)
    return next(e["node"]["id"] for e in body["edges"] if e["node"]["email"] == email)


async def writes(world: World) -> tuple[int, int, int]:
    async with world.registry.national.sessions() as session:
        return (
            await session.scalar(select(func.count()).select_from(User)),
            await session.scalar(select(func.count()).select_from(Invitation)),
            await session.scalar(select(func.count()).select_from(NationalAuditEvent)),
        )


async def test_an_operator_lists_and_filters_every_account(world: World) -> None:
    every = await users(world, OPERATOR)
    emails = [e["node"]["email"] for e in every["edges"]]
    assert emails == sorted(emails) and every["totalCount"] == len(emails)
    assert {OPERATOR, ADVISER, "national@demo.filiere.fr", "jury@demo.filiere.fr"} <= set(emails)
    heads = await users(world, OPERATOR, role="REGIONAL_ADMIN", region="normandie")
    assert [e["node"]["email"] for e in heads["edges"]] == [HEAD]
    # The demo's closed accounts: an adviser who left, an expert invited who has not opened theirs yet.
    closed = await users(world, OPERATOR, active=False)
    assert [e["node"]["email"] for e in closed["edges"]] == [FORMER_ADVISER, "expert2.normandie@demo.filiere.fr"]


async def test_a_head_lists_the_advisers_of_their_region_only(world: World) -> None:
    mine = await users(world, HEAD)
    assert [(e["node"]["email"], e["node"]["role"]) for e in mine["edges"]] == [
        (FORMER_ADVISER, "ADVISER"),
        (ADVISER, "ADVISER"),
    ]
    assert (await users(world, HEAD, region="hauts-de-france"))["totalCount"] == 0


@pytest.mark.parametrize(
    ("caller", "roles"),
    [
        (
            OPERATOR,
            [
                "ADVISER",
                "REGIONAL_ADMIN",
                "NATIONAL",
                "PARTNER",
                "JUROR",
                "PLATFORM_ADMIN",
                "COACH",
                "EXPERT",
                "STUDENT",
            ],
        ),
        (HEAD, ["ADVISER"]),
        (ADVISER, []),
    ],
)
async def test_the_invitation_offers_the_roles_the_caller_manages(world: World, caller: str, roles: list[str]) -> None:
    body = await world.graphql("{ viewer { manageableRoles } }", as_user=caller)
    assert sorted(body["data"]["viewer"]["manageableRoles"]) == sorted(roles)


@pytest.mark.parametrize("outsider", OUTSIDERS)
async def test_others_list_nothing_and_change_nothing(world: World, outsider: str) -> None:
    assert (await users(world, outsider))["totalCount"] == 0
    target = await user_id(world, ADVISER)
    before = await writes(world)
    refused = await world.graphql(SET_ACTIVE, {"id": target}, as_user=outsider)
    assert refused["data"]["deactivateUser"]["__typename"] == "AccountNotAllowed"
    invited = await world.graphql(
        INVITE,
        {"input": {"email": "x@cci.fr", "name": "X", "role": "ADVISER", "region": "normandie"}},
        as_user=outsider,
    )
    assert invited["data"]["inviteUser"]["__typename"] == "AccountNotAllowed"
    assert await writes(world) == before


async def test_anonymous_is_asked_to_sign_in(world: World) -> None:
    for query, variables in ((USERS, {}), (SET_ACTIVE, {"id": await user_id(world, ADVISER)})):
        body = await world.graphql(query, variables)
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_another_regions_head_cannot_touch_an_adviser(world: World) -> None:
    target = await user_id(world, ADVISER)
    before = await writes(world)
    refused = (await world.graphql(SET_ACTIVE, {"id": target}, as_user=OTHER_HEAD))["data"]["deactivateUser"]
    assert (refused["__typename"], refused["code"]) == ("AccountNotAllowed", "ROLE_NOT_MANAGEABLE")
    assert await writes(world) == before


async def test_invite_then_deactivate_and_reactivate(world: World) -> None:
    answer = await world.graphql(
        INVITE,
        {"input": {"email": "Nina.Morel@cci.fr", "name": "Nina Morel", "role": "ADVISER", "region": "normandie"}},
        as_user=HEAD,
    )
    invited = answer["data"]["inviteUser"]
    assert invited["__typename"] == "InviteUserSuccess", invited
    assert invited["user"]["email"] == "nina.morel@cci.fr" and invited["user"]["active"] is False
    assert invited["invitationExpiresAt"]
    target = await user_id(world, ADVISER)
    deactivated = (await world.graphql(SET_ACTIVE, {"id": target}, as_user=HEAD))["data"]["deactivateUser"]
    assert deactivated == {"__typename": "UserAccountSuccess", "user": {"active": False}}
    reactivated = (await world.graphql(REACTIVATE, {"id": target}, as_user=HEAD))["data"]["reactivateUser"]
    assert reactivated == {"__typename": "UserAccountSuccess", "user": {"active": True}}


@pytest.mark.parametrize(
    ("caller", "values", "code"),
    [
        (HEAD, {"role": "NATIONAL"}, "ROLE_NOT_MANAGEABLE"),
        (HEAD, {"region": "hauts-de-france"}, "ROLE_NOT_MANAGEABLE"),
        (HEAD, {"email": ADVISER.upper()}, "EMAIL_ALREADY_USED"),
        (OPERATOR, {"region": None}, "ROLE_NEEDS_REGION"),
        (OPERATOR, {"role": "PARTNER", "region": None}, "ROLE_NEEDS_ORGANISATION"),
        (OPERATOR, {"region": "atlantide"}, "UNKNOWN_REGION"),
    ],
)
async def test_a_refused_invitation_is_typed_and_writes_nothing(
    world: World, caller: str, values: dict[str, Any], code: str
) -> None:
    before = await writes(world)
    data = {"email": "nina.morel@cci.fr", "name": "Nina Morel", "role": "ADVISER", "region": "normandie", **values}
    answer = (await world.graphql(INVITE, {"input": data}, as_user=caller))["data"]["inviteUser"]
    assert answer["code"] == code and answer["message"], answer
    assert await writes(world) == before


async def test_the_list_costs_the_same_whatever_its_length(world: World) -> None:
    async def cost() -> int:
        with count_statements(world.registry) as counter:
            await users(world, OPERATOR)
        return counter.count

    few = await cost()
    operator = await world.principal(OPERATOR)
    async with UnitOfWork(world.registry) as uow:
        for index in range(5):
            await invite_user(
                uow,
                operator,
                data=NewAccount(email=f"p{index}@cci.fr", name=f"P {index}", role=Role.ADVISER, region="normandie"),
                request_id="r",
            )
        await uow.commit()
    assert await cost() == few


async def test_the_last_sign_in_is_for_those_who_manage_the_account(world: World) -> None:
    signed_in = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    async with world.registry.national.sessions() as session:
        await session.execute(update(User).where(User.email == ADVISER).values(last_sign_in_at=signed_in))
        await session.commit()
    row = next(e["node"] for e in (await users(world, HEAD))["edges"] if e["node"]["email"] == ADVISER)
    assert datetime.fromisoformat(row["lastSignInAt"]) == signed_in
    others = [e["node"]["email"] for e in (await users(world, OTHER_HEAD))["edges"]]
    assert ADVISER not in others and others == ["conseiller.hauts-de-france@demo.filiere.fr"]
    node = "query($id: ID!) { node(id: $id) { ... on User { email lastSignInAt } } }"
    colleague = await world.graphql(node, {"id": row["id"]}, as_user="conseiller.ile-de-france@demo.filiere.fr")
    assert colleague["data"]["node"] == {"email": ADVISER, "lastSignInAt": None}
