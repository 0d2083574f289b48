"""Accounts administered by operators and regional heads: invitations, activation, names; refusals write nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from filiere.accounts.errors import AccountErrorCode
from filiere.accounts.models import Invitation, User
from filiere.accounts.service import INVITATION_VALIDITY, invitation_digest
from filiere.administration.service import (
    NewAccount,
    UserFilters,
    deactivate_user,
    invite_again,
    invite_user,
    list_users,
    reactivate_user,
    rename_user,
)
from filiere.audit.models import NationalAuditEvent
from filiere.auth.issuer.models import RefreshToken, SignInSession
from filiere.auth.principal import Role
from filiere.errors import CommonErrorCode, DomainError, ForbiddenError
from filiere.pagination import PageRequest
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.world import World

OPERATOR = "ops@demo.filiere.fr"
HEAD = "admin.normandie@demo.filiere.fr"
ADVISER = "conseiller.normandie@demo.filiere.fr"


def account(role: Role = Role.ADVISER, **changes: str | None) -> NewAccount:
    values: dict[str, str | None] = {"email": "Camille.Roux@CCI.fr", "name": "  Camille   Roux ", "region": "normandie"}
    values.update(changes)
    return NewAccount(role=role, **values)  # type: ignore[arg-type]


async def counts(world: World) -> tuple[int, int, int]:
    async with world.registry.national.sessions() as session:
        return (
            await session.scalar(select(func.count()).select_from(User)),
            await session.scalar(select(func.count()).select_from(Invitation)),
            await session.scalar(select(func.count()).select_from(NationalAuditEvent)),
        )


async def test_a_regional_head_invites_an_adviser_of_their_region(world: World) -> None:
    head = await world.principal(HEAD)
    before = datetime.now(UTC)
    async with UnitOfWork(world.registry) as uow:
        invited = await invite_user(uow, head, data=account(), request_id="r1")
        await uow.commit()
    assert invited.user.email == "camille.roux@cci.fr"
    assert invited.user.display_name == "Camille Roux"
    assert (invited.user.role, invited.user.region, invited.user.is_active) == (Role.ADVISER, "normandie", False)
    assert before + INVITATION_VALIDITY <= invited.expires_at <= datetime.now(UTC) + INVITATION_VALIDITY
    async with world.registry.national.sessions() as session:
        invitation = await session.scalar(select(Invitation).where(Invitation.user_id == invited.user.id))
        event = await session.scalar(select(NationalAuditEvent).where(NationalAuditEvent.action == "user.invited"))
    assert invitation is not None and invitation.token_digest == invitation_digest(invited.token)
    assert invited.token not in invitation.token_digest  # stored hashed only
    assert invitation.invited_by_subject == head.subject
    assert event is not None and event.actor_subject == head.subject and event.entity_id == invited.user.id
    assert event.after == {
        "email": "camille.roux@cci.fr",
        "displayName": "Camille Roux",
        "role": "adviser",
        "region": "normandie",
        "organisation": None,
        "active": False,
    }


async def test_an_operator_invites_every_kind_of_account(world: World) -> None:
    operator = await world.principal(OPERATOR)
    async with UnitOfWork(world.registry) as uow:
        partner = await invite_user(
            uow,
            operator,
            data=account(Role.PARTNER, email="p@bpi.fr", region="normandie", organisation="bpifrance"),
            request_id="r",
        )
        national = await invite_user(uow, operator, data=account(Role.NATIONAL, email="n@cci.fr"), request_id="r")
        head = await invite_user(
            uow, operator, data=account(Role.REGIONAL_ADMIN, email="h@cci.fr", region="hauts-de-france"), request_id="r"
        )
        juror = await invite_user(uow, operator, data=account(Role.JUROR, email="j@x.fr", region=None), request_id="r")
        await uow.commit()
    assert partner.user.organisation_id is not None and partner.user.region is None  # national roles: no region
    assert national.user.region is None
    assert head.user.region == "hauts-de-france"
    assert juror.user.organisation_id is None


REFUSALS = [
    (HEAD, account(Role.REGIONAL_ADMIN), AccountErrorCode.ROLE_NOT_MANAGEABLE, "role"),
    (HEAD, account(Role.NATIONAL, region=None), AccountErrorCode.ROLE_NOT_MANAGEABLE, "role"),
    (HEAD, account(region="hauts-de-france"), AccountErrorCode.ROLE_NOT_MANAGEABLE, "region"),
    (HEAD, account(region=None), AccountErrorCode.ROLE_NEEDS_REGION, "region"),
    (OPERATOR, account(region="bretagne"), CommonErrorCode.UNKNOWN_REGION, "region"),
    (OPERATOR, account(Role.PARTNER, region=None), AccountErrorCode.ROLE_NEEDS_ORGANISATION, "organisation"),
    (OPERATOR, account(Role.PARTNER, organisation="inconnue"), AccountErrorCode.UNKNOWN_ORGANISATION, "organisation"),
    (OPERATOR, account(email="pas-une-adresse"), CommonErrorCode.INVALID_EMAIL, "email"),
    (OPERATOR, account(name="  "), CommonErrorCode.REQUIRED, "name"),
    (HEAD, account(email="CONSEILLER.normandie@demo.filiere.fr"), AccountErrorCode.EMAIL_ALREADY_USED, "email"),
]


@pytest.mark.parametrize(("caller", "data", "code", "field"), REFUSALS)
async def test_a_refused_invitation_writes_nothing(
    world: World, caller: str, data: NewAccount, code: str, field: str
) -> None:
    before = await counts(world)
    async with UnitOfWork(world.registry) as uow:
        with pytest.raises(DomainError) as refused:
            await invite_user(uow, await world.principal(caller), data=data, request_id="r")
        await uow.commit()
    assert (refused.value.code, refused.value.field) == (code, field)
    assert refused.value.message  # French, for the form
    assert await counts(world) == before


@pytest.mark.parametrize(
    "caller", [ADVISER, "national@demo.filiere.fr", "bpifrance@demo.filiere.fr", "jury@demo.filiere.fr"]
)
async def test_no_one_else_invites(world: World, caller: str) -> None:
    async with UnitOfWork(world.registry) as uow:
        with pytest.raises(ForbiddenError):
            await invite_user(uow, await world.principal(caller), data=account(), request_id="r")


async def test_deactivation_ends_sessions_and_pending_invitations(world: World) -> None:
    head = await world.principal(HEAD)
    adviser = await world.user(ADVISER)
    now = datetime.now(UTC)
    async with world.registry.national.sessions() as session:
        sign_in = SignInSession(
            token_digest="s" * 64, user_id=adviser.id, authenticated_at=now, expires_at=now + timedelta(hours=8)
        )
        session.add(sign_in)
        await session.flush()
        session.add(
            RefreshToken(
                token_digest="t" * 64,
                family_id="f" * 64,
                session_id=sign_in.id,
                user_id=adviser.id,
                client_id="spa",
                scope="openid",
                issued_at=now,
                expires_at=now + timedelta(days=1),
            )
        )
        await session.commit()
    async with UnitOfWork(world.registry) as uow:
        view = await deactivate_user(uow, head, user_id=adviser.id, request_id="r")
        await uow.commit()
    assert not view.is_active
    async with world.registry.national.sessions() as session:
        token = await session.get(RefreshToken, "t" * 64)
        ended = await session.scalar(select(SignInSession.ended_at).where(SignInSession.token_digest == "s" * 64))
        actions = list(await session.scalars(select(NationalAuditEvent.action)))
    assert token is not None and token.revoked_at is not None and ended is not None
    assert "user.deactivated" in actions
    async with UnitOfWork(world.registry) as uow:
        assert (await reactivate_user(uow, head, user_id=adviser.id, request_id="r")).is_active
        await uow.commit()


async def test_a_head_cannot_touch_another_region_nor_a_higher_role_nor_themselves(world: World) -> None:
    head = await world.principal(HEAD)
    for email in ("conseiller.hauts-de-france@demo.filiere.fr", "national@demo.filiere.fr", HEAD):
        target = await world.user(email)
        async with UnitOfWork(world.registry) as uow:
            with pytest.raises(ForbiddenError):
                await deactivate_user(uow, head, user_id=target.id, request_id="r")
            with pytest.raises(ForbiddenError):
                await rename_user(uow, head, user_id=target.id, name="Autre nom", request_id="r")
    operator = await world.principal(OPERATOR)
    async with UnitOfWork(world.registry) as uow:
        with pytest.raises(ForbiddenError):  # nobody locks themselves out
            await deactivate_user(uow, operator, user_id=(await world.user(OPERATOR)).id, request_id="r")


async def test_rename_and_invite_again(world: World) -> None:
    operator = await world.principal(OPERATOR)
    async with UnitOfWork(world.registry) as uow:
        first = await invite_user(uow, operator, data=account(), request_id="r")
        renamed = await rename_user(uow, operator, user_id=first.user.id, name="Camille Roux-Martin", request_id="r")
        second = await invite_again(uow, operator, user_id=first.user.id, request_id="r")
        await uow.commit()
    assert renamed.display_name == "Camille Roux-Martin"
    assert second.token != first.token
    async with world.registry.national.sessions() as session:
        rows = {
            row.token_digest: row
            for row in await session.scalars(select(Invitation).where(Invitation.user_id == first.user.id))
        }
    assert rows[invitation_digest(first.token)].revoked_at is not None  # the older link stops working
    assert rows[invitation_digest(second.token)].revoked_at is None
    async with UnitOfWork(world.registry) as uow:
        with pytest.raises(DomainError) as refused:
            await invite_again(uow, operator, user_id=(await world.user(ADVISER)).id, request_id="r")
    assert refused.value.code == AccountErrorCode.ALREADY_ACTIVE


async def test_lists_show_the_accounts_one_manages(world: World) -> None:
    page = PageRequest.parse(100, None, max_size=100)
    async with UnitOfWork(world.registry) as uow:
        mine = await list_users(uow, await world.principal(HEAD), page, UserFilters())
        everyone = await list_users(uow, await world.principal(OPERATOR), page, UserFilters())
        heads = await list_users(uow, await world.principal(OPERATOR), page, UserFilters(role=Role.REGIONAL_ADMIN))
        inactive = await list_users(uow, await world.principal(OPERATOR), page, UserFilters(active=False))
        nothing = await list_users(uow, await world.principal(ADVISER), page, UserFilters())
    assert [view.email for view in mine.items] == ["ancien.conseiller.normandie@demo.filiere.fr", ADVISER]
    assert {view.email for view in everyone.items} >= {
        ADVISER,
        OPERATOR,
        "national@demo.filiere.fr",
        "jury@demo.filiere.fr",
    }
    assert everyone.total_count == len(everyone.items)
    assert {view.region for view in heads.items} == {
        "normandie",
        "ile-de-france",
        "hauts-de-france",
        "bourgogne-franche-comte",
    }
    assert all(not view.is_active for view in inactive.items)
    assert nothing.items == []
