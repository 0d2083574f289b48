"""Calendar feeds: secret ICS URLs, who may make and revoke them, and what a calendar app receives."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from icalendar import Calendar
from sqlalchemy import select, update

from filiere.accounts.models import User
from filiere.audit.models import AuditEvent
from filiere.ids import encode_id
from filiere.planning.calendar.models import CalendarFeed
from filiere.planning.models import Milestone
from tests.backend.planning.calendar.support import (
    IDF_ADVISER,
    JUROR,
    NATIONAL,
    NORMANDIE_ADMIN,
    NORMANDIE_ADVISER,
    OPS,
    PARTNER,
    SECRET_EVIDENCE,
    add_milestones,
    audit_count,
    cohort_gid,
    cohort_id,
    events,
    feed_count,
    hide_evidence_everywhere,
    milestones,
)
from tests.backend.world import PUBLIC_URL, World, count_statements

ERRORS = """
  ... on UserError { field message }
  ... on CalendarInvalid { code }
  ... on CalendarConflict { code }
  ... on CalendarNotAllowed { code }
"""
CREATE = f"""
mutation Create($input: CreateCalendarFeedInput!) {{ createCalendarFeed(input: $input) {{
  __typename
  ... on CalendarFeedSuccess {{ url feed {{ id kind createdAt revokedAt cohort {{ id name }} }} }}
  {ERRORS}
}} }}
"""
REVOKE = f"""
mutation Revoke($input: RevokeCalendarFeedInput!) {{ revokeCalendarFeed(input: $input) {{
  __typename
  ... on CalendarFeedSuccess {{ url feed {{ id revokedAt }} }}
  {ERRORS}
}} }}
"""
FEEDS = """
query Feeds($first: Int, $after: String) { calendarFeeds(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id kind createdAt revokedAt cohort { id name } } }
} }
"""


async def create(world: World, as_user: str | None, cohort: str | None = None) -> dict[str, Any]:
    body = await world.graphql(CREATE, {"input": {"cohortId": cohort}}, as_user=as_user)
    payload: dict[str, Any] = body["data"]["createCalendarFeed"]
    return payload


async def revoke(world: World, as_user: str | None, feed_id: str) -> dict[str, Any]:
    body = await world.graphql(REVOKE, {"input": {"feedId": feed_id}}, as_user=as_user)
    payload: dict[str, Any] = body["data"]["revokeCalendarFeed"]
    return payload


def path_of(url: str) -> str:
    assert url.startswith(PUBLIC_URL + "/calendar/")
    return urlsplit(url).path


async def test_a_cohort_feed_shows_every_dated_milestone_on_its_due_date(world: World) -> None:
    await hide_evidence_everywhere(world, "normandie")
    cohort = await cohort_gid(world, "normandie")
    created = await create(world, NORMANDIE_ADVISER, cohort)
    assert created["__typename"] == "CalendarFeedSuccess", created
    assert created["feed"]["kind"] == "COHORT" and created["feed"]["revokedAt"] is None
    assert created["feed"]["cohort"] == {"id": cohort, "name": "Cohorte 2027 (démonstration)"}
    path = path_of(created["url"])
    assert path.startswith("/calendar/normandie/") and path.endswith(".ics")

    response = await world.client.get(path)  # no bearer: calendar apps cannot send one
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["cache-control"] == "private, max-age=300"
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Rétroplanning — Cohorte 2027 (démonstration) (Normandie)"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Paris"
    assert SECRET_EVIDENCE not in response.text and "secret.example" not in response.text

    rows = await milestones(world, "normandie", Milestone.cohort_id == await cohort_id(world, "normandie"))
    dated = {row.id: row for row in rows if row.due_date is not None}
    found = events(response.content)
    assert set(found) == {f"milestone-normandie-{key}@filiere" for key in dated}
    for key, row in dated.items():
        event: Any = found[f"milestone-normandie-{key}@filiere"]
        assert event.start == row.due_date and event["DTSTART"].params["VALUE"] == "DATE"
        assert event.end == row.due_date + timedelta(days=1)
        assert event["LAST-MODIFIED"].dt == row.updated_at.replace(microsecond=0)  # iCalendar: seconds
        assert str(event["SUMMARY"]).startswith(row.title)
    # A per-project milestone: its project in the title; the description says what the cohort page says.
    diagnostic = next(r for r in rows if r.template_key == "diagnostic" and r.project_id is not None)
    event = found[f"milestone-normandie-{diagnostic.id}@filiere"]
    assert str(event["SUMMARY"]).startswith("Diagnostic de l'entreprise — ")  # type: ignore[index]
    description = str(event["DESCRIPTION"])  # type: ignore[index]
    for expected in (
        "Phase : Sélection et diagnostic",
        "J-98",
        "Porteur : Conseiller CCI",
        "Suivi par : Camille Lemoine",
        "Livrable attendu : Fiche diagnostic",
        f"{PUBLIC_URL}/cohortes/{cohort}",
    ):
        assert expected in description
    assert "Statut : Fait le " in description or "Statut : En retard" in description  # due before today

    # The token is the credential: only its digest is kept, and the audit trail never names it.
    token = path.rsplit("/", 1)[1].removesuffix(".ics")
    async with world.registry.region("normandie").sessions() as session:
        row = await session.scalar(select(CalendarFeed))
        audit = await session.scalar(select(AuditEvent).where(AuditEvent.action == "calendar_feed.created"))
    assert row is not None and row.token_digest == hashlib.sha256(token.encode()).hexdigest()
    assert audit is not None and token not in str(audit.after) and audit.actor_role == "adviser"


async def test_my_milestones_feed_holds_only_what_is_assigned_to_me(world: World) -> None:
    created = await create(world, NORMANDIE_ADVISER)
    assert created["__typename"] == "CalendarFeedSuccess", created
    assert created["feed"]["kind"] == "ASSIGNEE" and created["feed"]["cohort"] is None
    response = await world.client.get(path_of(created["url"]))
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Mes jalons — Camille Lemoine (Normandie)"
    me = await world.user(NORMANDIE_ADVISER)
    mine = await milestones(world, "normandie", Milestone.assignee_id == me.id, Milestone.due_date.is_not(None))
    assert mine, "the demo assigns the projects' milestones to their adviser"
    assert set(events(response.content)) == {f"milestone-normandie-{row.id}@filiere" for row in mine}
    everything = await milestones(world, "normandie", Milestone.due_date.is_not(None))
    assert len(everything) > len(mine), "others' milestones exist, and stay out"


async def test_a_token_opens_its_own_cohort_in_its_own_region_only(world: World) -> None:
    current = await create(world, NORMANDIE_ADVISER, await cohort_gid(world, "normandie"))
    past = await create(world, NORMANDIE_ADVISER, await cohort_gid(world, "normandie", 2023))
    current_path, past_path = path_of(current["url"]), path_of(past["url"])
    current_events = events((await world.client.get(current_path)).content)
    past_events = events((await world.client.get(past_path)).content)
    assert current_events and past_events and not set(current_events) & set(past_events)
    past_rows = await milestones(
        world,
        "normandie",
        Milestone.cohort_id == await cohort_id(world, "normandie", 2023),
        Milestone.due_date.is_not(None),
    )
    assert set(past_events) == {f"milestone-normandie-{row.id}@filiere" for row in past_rows}

    token = current_path.rsplit("/", 1)[1]
    for other in ("ile-de-france", "hauts-de-france", "bourgogne-franche-comte", "national", "atlantide"):
        response = await world.client.get(f"/calendar/{other}/{token}")
        assert response.status_code == 404 and response.content == b"", other
    for forged in ("x" * 43, token[:-5] + "AAAAA.ics", "short", "%2e%2e"):
        response = await world.client.get(f"/calendar/normandie/{forged.removesuffix('.ics')}.ics")
        assert response.status_code == 404 and response.content == b"", forged
        assert response.headers["cache-control"] == "no-store"


async def test_a_revoked_token_is_refused(world: World) -> None:
    created = await create(world, NORMANDIE_ADVISER, await cohort_gid(world, "normandie"))
    path = path_of(created["url"])
    assert (await world.client.get(path)).status_code == 200
    revoked = await revoke(world, NORMANDIE_ADVISER, created["feed"]["id"])
    assert revoked["__typename"] == "CalendarFeedSuccess" and revoked["feed"]["revokedAt"]
    assert revoked["url"] is None, "the secret URL is only ever shown at creation"
    response = await world.client.get(path)
    assert response.status_code == 404 and response.content == b""
    again = await revoke(world, NORMANDIE_ADVISER, created["feed"]["id"])
    assert again["__typename"] == "CalendarConflict" and again["field"] == "feedId"
    assert again["message"] == "Ce lien d'abonnement est déjà révoqué."
    assert await audit_count(world, "normandie", "calendar_feed.revoked") == 1
    # Revoked, the feed may be replaced by a new one.
    assert (await create(world, NORMANDIE_ADVISER, await cohort_gid(world, "normandie")))["url"]


async def test_a_feed_closes_when_its_creator_loses_the_right(world: World) -> None:
    created = await create(world, NORMANDIE_ADVISER, await cohort_gid(world, "normandie"))
    mine = await create(world, NORMANDIE_ADVISER)
    paths = [path_of(created["url"]), path_of(mine["url"])]
    assert all([(await world.client.get(path)).status_code == 200 for path in paths])
    adviser = await world.user(NORMANDIE_ADVISER)

    async def set_user(**values: object) -> None:
        async with world.registry.national.sessions() as session, session.begin():
            await session.execute(update(User).where(User.id == adviser.id).values(**values))

    try:
        await set_user(is_active=False)  # left the CCI
        assert [(await world.client.get(path)).status_code for path in paths] == [404, 404]
        await set_user(is_active=True, region="ile-de-france")  # moved to another region
        assert [(await world.client.get(path)).status_code for path in paths] == [404, 404]
    finally:
        await set_user(is_active=True, region="normandie")
    assert [(await world.client.get(path)).status_code for path in paths] == [200, 200]


async def test_only_the_cohorts_own_staff_create_its_feed(world: World) -> None:
    cohort = await cohort_gid(world, "normandie")
    expected = {
        IDF_ADVISER: "NOT_ALLOWED",  # reads the cohort (same rhythm), but a secret URL is the region's own
        NATIONAL: "NOT_ALLOWED",
        PARTNER: "NOT_ALLOWED",
        JUROR: "NOT_ALLOWED",
        OPS: "NOT_ALLOWED",
    }
    for user, code in expected.items():
        refused = await create(world, user, cohort)
        assert refused["__typename"] == "CalendarNotAllowed" and refused["code"] == code, (user, refused)
        assert refused["message"]
    anonymous = await world.graphql(CREATE, {"input": {"cohortId": cohort}})
    assert anonymous["data"] is None and anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    # « Mes jalons » is for the region's advisers and admins only.
    for user in (NATIONAL, PARTNER, JUROR, OPS):
        refused = await create(world, user)
        assert refused["__typename"] == "CalendarNotAllowed" and refused["code"] == "NOT_ALLOWED", user
    assert await feed_count(world, "normandie") == 0
    assert await audit_count(world, "normandie", "calendar_feed.created") == 0
    # The region's admin may, like its advisers.
    assert (await create(world, NORMANDIE_ADMIN, cohort))["__typename"] == "CalendarFeedSuccess"


async def test_bad_input_is_a_typed_french_error_and_writes_nothing(world: World) -> None:
    cohort = await cohort_gid(world, "normandie")
    assert (await create(world, NORMANDIE_ADVISER, cohort))["__typename"] == "CalendarFeedSuccess"
    assert (await create(world, NORMANDIE_ADVISER))["__typename"] == "CalendarFeedSuccess"
    before = (await feed_count(world, "normandie"), await audit_count(world, "normandie", "calendar_feed.created"))

    twice = await create(world, NORMANDIE_ADVISER, cohort)
    assert twice["__typename"] == "CalendarInvalid" and twice["code"] == "FEED_EXISTS"
    assert twice["field"] == "cohortId" and "déjà abonné" in twice["message"]
    mine_twice = await create(world, NORMANDIE_ADVISER)
    assert mine_twice["code"] == "FEED_EXISTS" and mine_twice["field"] is None
    for bad in (
        "pas-un-identifiant",
        encode_id("Cohort", "normandie", 999_999),
        encode_id("Cohort", "atlantide", 1),
        encode_id("Project", "normandie", 1),
    ):
        refused = await create(world, NORMANDIE_ADVISER, bad)
        assert refused["__typename"] == "CalendarNotAllowed" and refused["code"] == "NOT_FOUND", bad
        assert refused["message"] in ("Élément introuvable ou inaccessible.", "Cet identifiant n'est pas valide.")
    for bad in ("pas-un-identifiant", encode_id("CalendarFeed", "normandie", 999_999), cohort):
        refused = await revoke(world, NORMANDIE_ADVISER, bad)
        assert refused["__typename"] == "CalendarNotAllowed" and refused["code"] == "NOT_FOUND", bad
    after = (await feed_count(world, "normandie"), await audit_count(world, "normandie", "calendar_feed.created"))
    assert after == before
    assert await audit_count(world, "normandie", "calendar_feed.revoked") == 0


async def test_feeds_are_revoked_by_their_creator_or_the_regions_admin(world: World) -> None:
    cohort = await cohort_gid(world, "normandie")
    first = await create(world, NORMANDIE_ADVISER, cohort)
    # Another region's adviser finds no such feed; roles that never make feeds are refused at the door.
    for user, code in (
        (IDF_ADVISER, "NOT_FOUND"),
        (NATIONAL, "NOT_ALLOWED"),
        (PARTNER, "NOT_ALLOWED"),
        (JUROR, "NOT_ALLOWED"),
    ):
        refused = await revoke(world, user, first["feed"]["id"])
        assert refused["__typename"] == "CalendarNotAllowed" and refused["code"] == code, user
    assert (await world.client.get(path_of(first["url"]))).status_code == 200
    by_admin = await revoke(world, NORMANDIE_ADMIN, first["feed"]["id"])
    assert by_admin["__typename"] == "CalendarFeedSuccess"
    second = await create(world, NORMANDIE_ADVISER, cohort)
    assert (await revoke(world, NORMANDIE_ADVISER, second["feed"]["id"]))["__typename"] == "CalendarFeedSuccess"
    # The admin's own feed is theirs: an adviser of the region cannot revoke it.
    admins = await create(world, NORMANDIE_ADMIN, cohort)
    assert (await revoke(world, NORMANDIE_ADVISER, admins["feed"]["id"]))["code"] == "NOT_FOUND"
    async with world.registry.region("normandie").sessions() as session:
        actors = list(
            await session.scalars(
                select(AuditEvent.actor_role)
                .where(AuditEvent.action == "calendar_feed.revoked")
                .order_by(AuditEvent.id)
            )
        )
    assert actors == ["regional_admin", "adviser"]


async def test_the_feed_list_shows_the_viewers_own_feeds_newest_first(world: World) -> None:
    cohort = await cohort_gid(world, "normandie")
    by_adviser = [await create(world, NORMANDIE_ADVISER, cohort), await create(world, NORMANDIE_ADVISER)]
    by_admin = await create(world, NORMANDIE_ADMIN, cohort)
    await revoke(world, NORMANDIE_ADVISER, by_adviser[0]["feed"]["id"])

    listed = (await world.graphql(FEEDS, as_user=NORMANDIE_ADVISER))["data"]["calendarFeeds"]
    nodes = [edge["node"] for edge in listed["edges"]]
    assert listed["totalCount"] == 2
    assert [node["id"] for node in nodes] == [by_adviser[1]["feed"]["id"], by_adviser[0]["feed"]["id"]]
    assert [node["kind"] for node in nodes] == ["ASSIGNEE", "COHORT"]
    assert nodes[0]["revokedAt"] is None and nodes[1]["revokedAt"] is not None
    assert nodes[1]["cohort"]["name"] == "Cohorte 2027 (démonstration)"
    assert "url" not in str(listed)

    admins = (await world.graphql(FEEDS, as_user=NORMANDIE_ADMIN))["data"]["calendarFeeds"]
    assert [edge["node"]["id"] for edge in admins["edges"]] == [by_admin["feed"]["id"]]
    for user in (IDF_ADVISER, NATIONAL, PARTNER, JUROR):
        assert (await world.graphql(FEEDS, as_user=user))["data"]["calendarFeeds"]["totalCount"] == 0, user
    assert (await world.graphql(FEEDS))["data"] is None

    page = (await world.graphql(FEEDS, {"first": 1}, as_user=NORMANDIE_ADVISER))["data"]["calendarFeeds"]
    assert page["pageInfo"]["hasNextPage"] and len(page["edges"]) == 1
    rest = await world.graphql(FEEDS, {"first": 1, "after": page["pageInfo"]["endCursor"]}, as_user=NORMANDIE_ADVISER)
    rest_page = rest["data"]["calendarFeeds"]
    assert [edge["node"]["id"] for edge in rest_page["edges"]] == [by_adviser[0]["feed"]["id"]]
    assert not rest_page["pageInfo"]["hasNextPage"]

    # node(id:) follows the same rule: the creator sees their feed, nobody else learns it exists.
    node = "query($id: ID!) { node(id: $id) { __typename ... on CalendarFeed { kind } } }"
    feed_id = by_adviser[1]["feed"]["id"]
    assert (await world.graphql(node, {"id": feed_id}, as_user=NORMANDIE_ADVISER))["data"]["node"]["kind"] == "ASSIGNEE"
    assert (await world.graphql(node, {"id": feed_id}, as_user=IDF_ADVISER))["data"]["node"] is None


async def test_statements_do_not_grow_with_the_number_of_milestones(world: World) -> None:
    cohort = await cohort_id(world, "normandie")
    paths = [
        path_of((await create(world, NORMANDIE_ADVISER, await cohort_gid(world, "normandie")))["url"]),
        path_of((await create(world, NORMANDIE_ADVISER))["url"]),
    ]

    async def statements(path: str) -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            response = await world.client.get(path)
        assert response.status_code == 200
        return counter.count, len(events(response.content))

    before = [await statements(path) for path in paths]
    await add_milestones(world, "normandie", cohort, 40)
    after = [await statements(path) for path in paths]
    print(f"\nICS feed statements (cohort, mine): {[b[0] for b in before]} → {[a[0] for a in after]}")
    assert after[0][1] == before[0][1] + 40 and after[1][1] > before[1][1]
    assert [a[0] for a in after] == [b[0] for b in before]
    assert before[0][0] <= 5
