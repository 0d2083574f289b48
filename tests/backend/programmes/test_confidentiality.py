"""The classification of a project's fields (programmes/views.PROJECT_FIELDS) drives what each reader gets."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from filiere.audit.models import AuditEvent
from filiere.audit.reads import READ_ACTION
from filiere.auth.grants import GrantScope
from filiere.graphql.schema import schema
from filiere.ids import decode_id
from filiere.programmes.views import PROJECT_FIELDS, Visibility
from tests.backend.memberships.support import COACH, EXPERT, STUDENT
from tests.backend.programmes.support import HDF_ADVISER, NORMANDIE_ADVISER, candidate, full, score, share
from tests.backend.world import World

NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
# A selection of sub-fields for the fields that are objects or lists.
SELECTIONS = {
    "region": "{ slug }",
    "company": "{ name }",
    "cohort": "{ name }",
    "adviser": "{ displayName }",
    "contact": "{ name email }",
    "statusHistory": "{ to }",
    "comments": "{ totalCount }",
    "partnerQuestions": "{ totalCount }",
    "viewerQuestions": "{ totalCount }",
    "selectionReview": "{ average }",
    "marketStudy": "{ interviewCount }",
    "documents": "{ title }",
    "members": "{ attachedAt }",
    "grants": "{ totalCount }",
    "viewerGrant": "{ scope }",
    "accessLog": "{ totalCount }",
    "eventAwards": "{ rank }",
    "products": "{ name }",
    "team": "{ name }",
    "nextSteps": "{ status }",
    "supplyChain": "{ stages { name } }",
    "milestones": "{ totalCount }",
    "nextMilestone": "{ title }",
    "milestoneProgress": "{ passed total }",
    "investmentPlan": "{ totals { total } }",
    "financingPlan": "{ balance { gap } }",
    "matchingSchemes": "{ totalCount }",
}
_FIELDS = " ".join(f"{name} {SELECTIONS.get(name, '')}".strip() for name in PROJECT_FIELDS)
QUERY = "query($id: ID!) { node(id: $id) { ... on Project { " + _FIELDS + " } } }"


def test_every_field_of_a_project_is_classed_once() -> None:
    graphql_fields = set(schema._schema.type_map["Project"].fields)  # type: ignore[attr-defined]
    assert graphql_fields == set(PROJECT_FIELDS)


async def attach_member(world: World, project_id: str, email: str, role: str) -> None:
    body = await world.graphql(
        """mutation($input: AttachProjectMemberInput!) { attachProjectMember(input: $input) { __typename } }""",
        {"input": {"projectId": project_id, "email": email, "name": "", "role": role}},
        as_user=HDF_ADVISER,
    )
    assert body["data"]["attachProjectMember"]["__typename"] == "AttachProjectMemberSuccess", body


async def read(world: World, project_id: str, as_user: str) -> dict[str, Any]:
    body = await world.graphql(QUERY, {"id": project_id}, as_user=as_user)
    assert "errors" not in body, body
    return dict(body["data"]["node"])


async def test_each_reader_gets_what_the_class_of_each_field_allows(world: World) -> None:
    project = await candidate(world)
    await score(world, project, full(3))
    await share(world, project["id"], GrantScope.DOCUMENTS)
    # (reader, the classes they may read)
    for email, role in ((COACH, "COACH"), (EXPERT, "EXPERT"), (STUDENT, "STUDENT")):
        await attach_member(world, project["id"], email, role)
    everything = set(Visibility) - {Visibility.VIEWER}
    readers = [
        (HDF_ADVISER, everything),
        (NATIONAL, everything),
        (NORMANDIE_ADVISER, {Visibility.SUMMARY}),
        (PARTNER, {Visibility.SUMMARY, Visibility.DOCUMENTS}),
        # The people attached to it: the coach all but the CCI's judgement, the expert the summary and the
        # thread, the students their market study (and its deliverables among the documents).
        (
            COACH,
            {
                Visibility.SUMMARY,
                Visibility.CONFIDENTIAL,
                Visibility.FINANCING,
                Visibility.THREAD,
                Visibility.STUDY,
                Visibility.DOCUMENTS,
            },
        ),
        (EXPERT, {Visibility.SUMMARY, Visibility.THREAD}),
        (STUDENT, {Visibility.SUMMARY, Visibility.STUDY, Visibility.DOCUMENTS}),
    ]
    # Summary fields that may legitimately be empty for this project.
    optional = {"cohort", "adviser"}
    for reader, allowed in readers:
        answer = await read(world, project["id"], reader)
        for name, visibility in PROJECT_FIELDS.items():
            if visibility is Visibility.VIEWER:
                continue
            if visibility in allowed:
                assert answer[name] is not None or name in optional, (reader, name)
            else:
                assert answer[name] is None, (reader, name)


async def reads_audited(world: World, region: str) -> list[tuple[str, int, list[str]]]:
    """Each request's reads (one row per part of the project it read), with every field they name."""
    async with world.registry.region(region).sessions() as session:
        rows = await session.scalars(select(AuditEvent).where(AuditEvent.action == READ_ACTION).order_by(AuditEvent.id))
        requests: dict[str, tuple[str, int, list[str]]] = {}
        for row in rows:
            requests.setdefault(row.request_id, (row.actor_name, row.entity_id, []))[2].extend(
                (row.after or {})["fields"]
            )
        return [(name, entity, sorted(fields)) for name, entity, fields in requests.values()]


async def test_every_read_of_confidential_data_by_a_partner_is_audited(world: World) -> None:
    project = await candidate(world)
    region, key = decode_id(project["id"]).tenant, decode_id(project["id"]).int_key
    await share(world, project["id"], GrantScope.SUMMARY)
    await read(world, project["id"], PARTNER)
    assert await reads_audited(world, region) == [], "a summary card reveals nothing confidential"

    await share(world, project["id"], GrantScope.FULL)
    await read(world, project["id"], PARTNER)
    confidential = sorted(
        name
        for name, visibility in PROJECT_FIELDS.items()
        if visibility
        not in {
            Visibility.SUMMARY,
            Visibility.MEMBERS,
            Visibility.ACCESS_LOG,
            Visibility.VIEWER,
            # Never a partner's, whatever its grant: nothing read, nothing audited.
            Visibility.NOTES,
            Visibility.THREAD,
            Visibility.GRANTS,
            Visibility.QUESTIONS,
        }
    )
    # Rows of one request, in the project's region, naming every confidential field it revealed.
    assert await reads_audited(world, region) == [(await partner_name(world), key, confidential)]

    notes_only = await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { name notes } } }", {"id": project["id"]}, as_user=PARTNER
    )
    assert "errors" not in notes_only
    assert notes_only["data"]["node"]["notes"] is None, "a full grant never opens the CCI's notes"
    assert len(await reads_audited(world, region)) == 1, "nothing revealed, nothing audited"

    count = len(await reads_audited(world, region))
    await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { name summary } } }", {"id": project["id"]}, as_user=PARTNER
    )
    for staff in (HDF_ADVISER, NATIONAL):
        await read(world, project["id"], staff)
    assert len(await reads_audited(world, region)) == count, "summary reads and the CCI's own reads are not"

    export = await world.client.get(
        "/exports/projects.xlsx", params={"region": region}, headers=await world.headers(PARTNER)
    )
    assert export.status_code == 200
    assert (await reads_audited(world, region))[-1][1:] == (key, ["contact"])


async def partner_name(world: World) -> str:
    return (await world.user(PARTNER)).display_name


async def test_a_partner_sees_who_follows_a_shared_project_and_nobody_else(world: World) -> None:
    listed = await world.graphql(
        '{ projects(region: "normandie", first: 50) { edges { node { id adviser { id displayName } } } } }',
        as_user=NORMANDIE_ADVISER,
    )
    followed = next(e["node"] for e in listed["data"]["projects"]["edges"] if e["node"]["adviser"])
    await share(world, followed["id"], GrantScope.SUMMARY)
    card = await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { adviser { displayName } } } }",
        {"id": followed["id"]},
        as_user=PARTNER,
    )
    assert card["data"]["node"]["adviser"] == {"displayName": followed["adviser"]["displayName"]}
    # The directory of people stays closed to partners: the same person asked directly is nobody.
    person = await world.graphql(
        "query($id: ID!) { node(id: $id) { id } }", {"id": followed["adviser"]["id"]}, as_user=PARTNER
    )
    assert person == {"data": {"node": None}}
