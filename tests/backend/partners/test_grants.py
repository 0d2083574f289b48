"""Sharing a project with a partner organisation: share, extend, narrow, revoke; the company's consent; typed
refusals that write nothing; who may; the partner told; the adviser reminded before the end; the audit."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from filiere.app import create_app
from filiere.audit.models import AuditEvent
from filiere.digest.service import collect_digests, compose
from filiere.ids import encode_id
from filiere.notifications.models import InboxItem, InboxKind
from filiere.partners.models import Grant
from filiere.programmes.sharing import remind_expiring_grants
from filiere.settings import NATIONAL_SLUG
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.mail import Inbox, settings_with_smtp
from tests.backend.partners.grants_support import (
    ARTHUS,
    CALVADOS,
    HUMAN_MOB,
    IDF_ADVISER,
    JUROR,
    MIJUIN,
    NATIONAL,
    NORMANDIE_ADMIN,
    NORMANDIE_ADVISER,
    OPERATOR,
    PARTNER,
    PIERCAN,
    REVOKE,
    SHARE,
    UPDATE,
    consent,
    expire,
    grant_id_of,
    in_days,
    mutate,
    partner_projects,
    project_grants,
    project_ids,
    share,
    share_input,
    stored,
    today,
)
from tests.backend.world import PUBLIC_URL, World


async def test_the_demo_shares_projects_with_their_partners(world: World) -> None:
    assert await partner_projects(world) == {MIJUIN: "FINANCING", PIERCAN: "DOCUMENTS"}
    grants = await project_grants(world, HUMAN_MOB, NORMANDIE_ADVISER)
    assert grants is not None
    [expired] = [edge["node"] for edge in grants["grants"]["edges"]]
    assert (expired["organisation"]["slug"], expired["status"]) == ("compagnum", "EXPIRED")
    for project in (MIJUIN, PIERCAN, ARTHUS, HUMAN_MOB):
        node = await project_grants(world, project, NATIONAL)
        assert node is not None
        assert all(edge["node"]["consent"]["givenBy"] for edge in node["grants"]["edges"]), project


async def test_an_adviser_shares_a_project_and_the_partner_reads_it_from_its_next_request(world: World) -> None:
    result = await share(world, CALVADOS, purpose="  Étude d'un prêt  ")
    assert result["__typename"] == "GrantSuccess", result
    grant = result["grant"]
    assert grant | {"id": None, "grantedAt": None} == {
        "id": None,
        "grantedAt": None,
        "scope": "FINANCING",
        "expiresOn": in_days(world, 90),
        "purpose": "Étude d'un prêt",
        "status": "ACTIVE",
        "revokedAt": None,
        "organisation": {"slug": "bpifrance"},
        "consent": {"givenBy": "Claire Martin (démo)", "givenOn": today(world).isoformat()},
        "grantedBy": {"email": NORMANDIE_ADVISER},
    }
    assert await partner_projects(world) == {MIJUIN: "FINANCING", PIERCAN: "DOCUMENTS", CALVADOS: "FINANCING"}
    seen = await project_grants(world, CALVADOS, PARTNER)
    assert seen is not None
    assert seen["grants"] is None, "a partner never reads the list of grants"
    assert seen["viewerGrant"] == {"scope": "FINANCING", "expiresOn": in_days(world, 90), "purpose": "Étude d'un prêt"}

    # The partner's users are told in their inbox; the project's region audits the grant.
    async with world.registry.national.sessions() as session:
        notices = list(await session.scalars(select(InboxItem).where(InboxItem.kind == InboxKind.PROJECT_SHARED)))
    assert [n.project_name for n in notices] == [CALVADOS]
    assert notices[0].user_id == (await world.user(PARTNER)).id
    assert "jusqu'au" in notices[0].excerpt and "Étude d'un prêt" in notices[0].excerpt
    async with world.registry.region("normandie").sessions() as session:
        audit = await session.scalar(select(AuditEvent).where(AuditEvent.action == "project.shared"))
    assert audit is not None and audit.before is None
    assert audit.after["organisation"] == "Bpifrance" and audit.after["scope"] == "financing"


async def test_a_summary_needs_no_consent_but_anything_more_does(world: World) -> None:
    before = await stored(world)
    refused = await share(world, CALVADOS, scope="DOCUMENTS", consent=None)
    assert (refused["__typename"], refused["code"], refused["field"]) == ("GrantInvalid", "CONSENT_REQUIRED", "consent")
    assert "accord de l'entreprise" in refused["message"]
    assert await stored(world) == before
    summary = await share(world, CALVADOS, scope="SUMMARY", consent=None)
    assert summary["__typename"] == "GrantSuccess" and summary["grant"]["consent"] is None
    # Widening a summary shared without consent is refused too; with it on record, allowed.
    widened = await mutate(
        world,
        UPDATE,
        {"grantId": summary["grant"]["id"], "scope": "FULL", "expiresOn": in_days(world, 30)},
        NORMANDIE_ADVISER,
    )
    assert widened["code"] == "CONSENT_REQUIRED"


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"expiresOn": None}, "expiresOn", "REQUIRED"),
        ({"expiresOn": "TODAY"}, "expiresOn", "OUT_OF_RANGE"),
        ({"expiresOn": "MAX+1"}, "expiresOn", "OUT_OF_RANGE"),
        ({"purpose": "x" * 2001}, "purpose", "TOO_LONG"),
        ({"consent": {"givenBy": "   ", "givenOn": "TODAY"}}, "consent.givenBy", "CONSENT_REQUIRED"),
        ({"consent": {"givenBy": "x" * 201, "givenOn": "TODAY"}}, "consent.givenBy", "TOO_LONG"),
        ({"consent": {"givenBy": "Claire Martin"}}, "consent.givenOn", "CONSENT_REQUIRED"),
        ({"consent": {"givenBy": "Claire Martin", "givenOn": "TOMORROW"}}, "consent.givenOn", "OUT_OF_RANGE"),
        ({"organisationId": "UNKNOWN"}, "organisationId", "UNKNOWN_ORGANISATION"),
        ({"project": MIJUIN}, "organisationId", "ALREADY_SHARED"),
    ],
)
async def test_bad_input_is_refused_typed_in_french_and_nothing_is_written(
    world: World, values: dict, field: str, code: str
) -> None:
    days = {"TODAY": 0, "TOMORROW": 1, "MAX+1": world.settings.grant_max_days + 1}
    values = dict(values)  # the parameters are shared by both databases' runs
    project = values.pop("project", CALVADOS)
    if values.get("expiresOn") in days:
        values["expiresOn"] = in_days(world, days[values["expiresOn"]])
    if "consent" in values and "givenOn" in values["consent"]:
        values["consent"] = {**values["consent"], "givenOn": in_days(world, days[values["consent"]["givenOn"]])}
    attempt = await share_input(world, project, **values)
    if values.get("organisationId") == "UNKNOWN":
        attempt["organisationId"] = encode_id("Organisation", NATIONAL_SLUG, 999_999)
    before = await stored(world)
    result = await mutate(world, SHARE, attempt, NORMANDIE_ADVISER)
    assert (result["__typename"], result["field"], result["code"]) == ("GrantInvalid", field, code), result
    assert result["message"] and result["message"][0].isupper()
    assert await stored(world) == before


async def test_only_the_team_of_the_project_s_region_shares_it(world: World) -> None:
    before = await stored(world)
    for outsider in (IDF_ADVISER, NATIONAL, PARTNER, JUROR, OPERATOR):
        result = await share(world, CALVADOS, as_user=outsider)
        assert (result["__typename"], result["code"]) in {
            ("GrantNotAllowed", "NOT_ALLOWED"),
            ("GrantNotAllowed", "NOT_FOUND"),
        }, (outsider, result)
    anonymous = await world.graphql(SHARE, {"input": await share_input(world, CALVADOS)})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    grant_id = await grant_id_of(world, MIJUIN, "bpifrance")
    for outsider in (IDF_ADVISER, NATIONAL, PARTNER):
        revoked = await mutate(world, REVOKE, {"grantId": grant_id}, outsider)
        assert revoked["__typename"] == "GrantNotAllowed", (outsider, revoked)
        changed = await mutate(
            world, UPDATE, {"grantId": grant_id, "scope": "FULL", "expiresOn": in_days(world, 9)}, outsider
        )
        assert changed["__typename"] == "GrantNotAllowed", (outsider, changed)
    assert await stored(world) == before
    # The region's head shares as its advisers do.
    assert (await share(world, CALVADOS, as_user=NORMANDIE_ADMIN))["__typename"] == "GrantSuccess"


async def test_revocation_and_expiry_take_effect_on_the_next_request_and_a_project_may_be_shared_again(
    world: World,
) -> None:
    grant_id = await grant_id_of(world, PIERCAN, "bpifrance")
    project_id = (await project_ids(world))[PIERCAN]
    node = "query($id: ID!) { node(id: $id) { id } }"
    assert (await world.graphql(node, {"id": project_id}, as_user=PARTNER))["data"]["node"] is not None
    revoked = await mutate(world, REVOKE, {"grantId": grant_id}, NORMANDIE_ADVISER)
    assert revoked["grant"]["status"] == "REVOKED" and revoked["grant"]["revokedAt"]
    assert (await world.graphql(node, {"id": project_id}, as_user=PARTNER))["data"]["node"] is None
    assert PIERCAN not in await partner_projects(world)
    # Changing an ended grant is refused: share again, which opens the same grant anew.
    ended = await mutate(
        world, UPDATE, {"grantId": grant_id, "scope": "SUMMARY", "expiresOn": in_days(world, 9)}, NORMANDIE_ADVISER
    )
    assert ended["code"] == "GRANT_ENDED"
    again = await share(world, PIERCAN, scope="SUMMARY", consent=None)
    assert again["grant"]["id"] == grant_id and again["grant"]["status"] == "ACTIVE"
    assert (await partner_projects(world))[PIERCAN] == "SUMMARY"

    await expire(world, await grant_id_of(world, MIJUIN, "bpifrance"))
    assert MIJUIN not in await partner_projects(world)
    node_as_staff = await project_grants(world, MIJUIN, NORMANDIE_ADVISER)
    assert node_as_staff is not None
    assert node_as_staff["grants"]["edges"][0]["node"]["status"] == "EXPIRED"
    async with world.registry.region("normandie").sessions() as session:
        actions = list(
            await session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("project.%grant%")))
        )
    assert actions == ["project.grant_revoked"]


async def test_narrowing_and_extending_a_grant(world: World) -> None:
    grant_id = await grant_id_of(world, PIERCAN, "bpifrance")
    documents = "query($id: ID!) { node(id: $id) { ... on Project { documents { title } products { name } } } }"
    project_id = (await project_ids(world))[PIERCAN]
    assert (await world.graphql(documents, {"id": project_id}, as_user=PARTNER))["data"]["node"][
        "documents"
    ] is not None
    narrowed = await mutate(
        world, UPDATE, {"grantId": grant_id, "scope": "SUMMARY", "expiresOn": in_days(world, 365)}, NORMANDIE_ADVISER
    )
    assert (narrowed["grant"]["scope"], narrowed["grant"]["expiresOn"]) == ("SUMMARY", in_days(world, 365))
    node = (await world.graphql(documents, {"id": project_id}, as_user=PARTNER))["data"]["node"]
    assert node == {"documents": None, "products": None}
    too_far = await mutate(
        world, UPDATE, {"grantId": grant_id, "scope": "FINANCING", "expiresOn": in_days(world, 366)}, NORMANDIE_ADVISER
    )
    assert (too_far["field"], too_far["code"]) == ("expiresOn", "OUT_OF_RANGE")
    widened = await mutate(
        world, UPDATE, {"grantId": grant_id, "scope": "FINANCING", "expiresOn": in_days(world, 30)}, NORMANDIE_ADVISER
    )
    assert widened["grant"]["scope"] == "FINANCING", "the consent is on record"
    node = (await world.graphql(documents, {"id": project_id}, as_user=PARTNER))["data"]["node"]
    assert node["documents"] is None and node["products"] is not None
    async with world.registry.region("normandie").sessions() as session:
        changes = list(
            await session.scalars(
                select(AuditEvent).where(AuditEvent.action == "project.grant_changed").order_by(AuditEvent.id)
            )
        )
    assert [(c.before["scope"], c.after["scope"]) for c in changes] == [
        ("documents", "summary"),
        ("summary", "financing"),
    ]


async def test_who_reads_the_grants_of_a_project(world: World) -> None:
    for reader in (NORMANDIE_ADVISER, NORMANDIE_ADMIN, NATIONAL):
        node = await project_grants(world, MIJUIN, reader)
        assert node is not None and node["grants"]["totalCount"] == 1, reader
        assert node["viewerGrant"] is None
    for reader in (IDF_ADVISER, PARTNER):
        node = await project_grants(world, MIJUIN, reader)
        assert node is not None and node["grants"] is None, reader
    # Another organisation's grant is neither listed nor shown to Bpifrance: the project is not found.
    assert await project_grants(world, ARTHUS, PARTNER) is None
    # Pages of grants, newest first.
    await share(world, MIJUIN, organisation="ey")
    await share(world, MIJUIN, organisation="decathlon", scope="SUMMARY")
    page = """query($id: ID!, $after: String) { node(id: $id) { ... on Project {
      grants(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { organisation { slug } } }
      }
    } } }"""
    project_id = (await project_ids(world))[MIJUIN]
    first = (await world.graphql(page, {"id": project_id}, as_user=NATIONAL))["data"]["node"]["grants"]
    assert [e["node"]["organisation"]["slug"] for e in first["edges"]] == ["decathlon", "ey"]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"]
    after = first["pageInfo"]["endCursor"]
    rest = (await world.graphql(page, {"id": project_id, "after": after}, as_user=NATIONAL))["data"]["node"]["grants"]
    assert [e["node"]["organisation"]["slug"] for e in rest["edges"]] == ["bpifrance"]


async def test_the_adviser_is_reminded_once_a_week_before_a_grant_ends(world: World) -> None:
    grant_id = (await share(world, CALVADOS, expiresOn=in_days(world, 7)))["grant"]["id"]
    later = await share(world, ARTHUS, expiresOn=in_days(world, 8))
    assert later["__typename"] == "GrantSuccess"

    async def remind() -> int:
        async with UnitOfWork(world.registry) as uow:
            reminded = await remind_expiring_grants(uow, today(world))
            await uow.commit()
        return reminded.grants

    assert await remind() == 1
    assert await remind() == 0, "once per expiry day"
    async with world.registry.national.sessions() as session:
        notices = list(await session.scalars(select(InboxItem).where(InboxItem.kind == InboxKind.GRANT_EXPIRING)))
    assert [n.project_name for n in notices] == [CALVADOS]
    assert notices[0].user_id == (await world.user(NORMANDIE_ADVISER)).id
    assert "Bpifrance" in notices[0].excerpt
    # The digest mails it to the adviser, beside their milestones.
    batch = await collect_digests(world.registry, today=today(world))
    [digest] = [d for d in batch.digests if d.recipient.email == NORMANDIE_ADVISER]
    assert [notice.project_name for notice in digest.grants] == [CALVADOS]
    assert "partages qui prennent fin : 1" in digest.subject
    assert "PARTAGES QUI PRENNENT FIN (1)" in compose(digest, world.settings).get_body(("plain",)).get_content()
    # A new expiry gets its own reminder.
    changed = await mutate(
        world, UPDATE, {"grantId": grant_id, "scope": "FINANCING", "expiresOn": in_days(world, 6)}, NORMANDIE_ADVISER
    )
    assert changed["__typename"] == "GrantSuccess"
    assert await remind() == 1
    async with world.registry.national.sessions() as session:
        row = await session.scalar(select(Grant).where(Grant.expiry_reminded_at.is_not(None)))
    assert row is not None and row.expires_at is not None
    assert row.expires_at.date() - today(world) <= timedelta(days=8)


async def test_grant_settings_tell_the_form_its_bounds(world: World) -> None:
    query = "{ grantSettings { defaultExpiresOn maxExpiresOn defaultDays maxDays scopes { scope label } } }"
    body = await world.graphql(query, as_user=NORMANDIE_ADVISER)
    settings = body["data"]["grantSettings"]
    assert settings["defaultExpiresOn"] == in_days(world, 180) and settings["maxExpiresOn"] == in_days(world, 365)
    assert [s["scope"] for s in settings["scopes"]] == ["SUMMARY", "FINANCING", "DOCUMENTS", "FULL"]
    assert "hors notes internes" in settings["scopes"][-1]["label"]
    refused = await world.graphql(query, as_user=PARTNER)
    assert refused["data"] is None and refused["errors"]


async def test_the_consent_may_be_given_before_today(world: World) -> None:
    result = await share(
        world, CALVADOS, consent=consent(world) | {"givenOn": (today(world) - timedelta(days=3)).isoformat()}
    )
    assert result["grant"]["consent"]["givenOn"] == (today(world) - timedelta(days=3)).isoformat()


async def test_the_partner_s_users_are_e_mailed_once_the_grant_is_stored(world: World, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    app = create_app(settings_with_smtp(world, port))
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as client:
            answer = await client.post(
                "/graphql",
                json={"query": SHARE, "variables": {"input": await share_input(world, CALVADOS)}},
                headers=await world.headers(NORMANDIE_ADVISER),
            )
    finally:
        await app.state.registry.dispose()
    assert answer.json()["data"]["shareProject"]["__typename"] == "GrantSuccess"
    message = inbox.by_recipient()[PARTNER]
    assert message["Subject"] == f"Filière : le projet « {CALVADOS} » est partagé avec Bpifrance"
    body = message.get_content()
    assert "Financement : la fiche résumée, les besoins et les produits concernés" in body
    assert "Objet : Étude d'un prêt" in body and f"{PUBLIC_URL}/projets/" in body
