"""What the « Utilisateurs » page reads and does beyond the list: invitation status, organisation, the role
rules of the invitation form, sending an invitation again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.accounts.models import Invitation
from filiere.administration.service import NewAccount, invite_user
from filiere.auth.principal import Role
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.world import World, count_statements

OPERATOR = "ops@demo.filiere.fr"
HEAD = "admin.normandie@demo.filiere.fr"
ADVISER = "conseiller.normandie@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
USERS = """{ users(first: 100) { edges { node { id email active invitationPending organisation { slug name } } } } }"""
DEACTIVATE = """mutation($id: ID!) { deactivateUser(input: {userId: $id}) { __typename } }"""
INVITE_AGAIN = """mutation($id: ID!) { inviteUserAgain(input: {userId: $id}) {
  __typename ... on InviteUserSuccess { invitationExpiresAt user { email invitationPending } }
  ... on AccountError { code message } } }"""


async def invited(world: World, email: str, *, region: str = "normandie") -> int:
    async with UnitOfWork(world.registry) as uow:
        result = await invite_user(
            uow,
            await world.principal(OPERATOR),
            data=NewAccount(email=email, name="Invitée", role=Role.ADVISER, region=region),
            request_id="r",
        )
        await uow.commit()
    return result.user.id


async def rows(world: World, as_user: str) -> dict[str, dict[str, Any]]:
    body = await world.graphql(USERS, as_user=as_user)
    assert "errors" not in body, body
    return {edge["node"]["email"]: edge["node"] for edge in body["data"]["users"]["edges"]}


async def test_the_list_tells_invited_from_deactivated_accounts(world: World) -> None:
    await invited(world, "invitee@cci.fr")
    users = await rows(world, OPERATOR)
    body = await world.graphql(DEACTIVATE, {"id": users[ADVISER]["id"]}, as_user=OPERATOR)
    assert body["data"]["deactivateUser"]["__typename"] == "UserAccountSuccess"
    users = await rows(world, OPERATOR)
    assert users["invitee@cci.fr"]["active"] is False and users["invitee@cci.fr"]["invitationPending"] is True
    assert users[ADVISER]["active"] is False and users[ADVISER]["invitationPending"] is False
    assert users[HEAD]["invitationPending"] is False
    assert users[PARTNER]["organisation"]["slug"] == "bpifrance"
    assert users[HEAD]["organisation"] is None


async def test_status_and_organisation_cost_the_same_statements_whatever_the_rows(world: World) -> None:
    await invited(world, "one@cci.fr")
    with count_statements(world.registry) as few:
        await rows(world, OPERATOR)
    for index in range(4):
        await invited(world, f"more{index}@cci.fr", region="hauts-de-france" if index % 2 else "normandie")
    with count_statements(world.registry) as many:
        assert len(await rows(world, OPERATOR)) >= 5
    assert many.count == few.count


async def test_an_invitation_is_sent_again_to_pending_accounts_only(world: World) -> None:
    invitee = await invited(world, "invitee@cci.fr")
    users = await rows(world, OPERATOR)
    body = await world.graphql(INVITE_AGAIN, {"id": users["invitee@cci.fr"]["id"]}, as_user=HEAD)
    again = body["data"]["inviteUserAgain"]
    assert again["__typename"] == "InviteUserSuccess" and again["user"]["invitationPending"] is True
    async with world.registry.national.sessions() as db:
        live = await db.scalar(
            select(func.count())
            .select_from(Invitation)
            .where(Invitation.user_id == invitee, Invitation.revoked_at.is_(None), Invitation.used_at.is_(None))
        )
    assert live == 1, "the previous link stops working"
    active = await world.graphql(INVITE_AGAIN, {"id": users[ADVISER]["id"]}, as_user=OPERATOR)
    assert active["data"]["inviteUserAgain"]["code"] == "ALREADY_ACTIVE"
    for outsider in (ADVISER, PARTNER, "jury@demo.filiere.fr", "admin.hauts-de-france@demo.filiere.fr"):
        refused = await world.graphql(INVITE_AGAIN, {"id": users["invitee@cci.fr"]["id"]}, as_user=outsider)
        assert refused["data"]["inviteUserAgain"]["__typename"] == "AccountNotAllowed"
    anonymous = await world.graphql(INVITE_AGAIN, {"id": users["invitee@cci.fr"]["id"]})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_invitation_form_reads_the_role_rules_from_the_api(world: World) -> None:
    query = "{ viewer { manageableRoleInfos { role needsRegion needsOrganisation mayHaveOrganisation } } }"
    head = (await world.graphql(query, as_user=HEAD))["data"]["viewer"]["manageableRoleInfos"]
    assert head == [{"role": "ADVISER", "needsRegion": True, "needsOrganisation": False, "mayHaveOrganisation": False}]
    operator = {
        info["role"]: info
        for info in (await world.graphql(query, as_user=OPERATOR))["data"]["viewer"]["manageableRoleInfos"]
    }
    assert operator["PARTNER"]["needsOrganisation"] and not operator["PARTNER"]["needsRegion"]
    assert operator["JUROR"]["mayHaveOrganisation"] and not operator["JUROR"]["needsOrganisation"]
    assert (await world.graphql(query, as_user=ADVISER))["data"]["viewer"]["manageableRoleInfos"] == []
