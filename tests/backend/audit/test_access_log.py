"""A project's access log: the partners' reads of its confidential data, shown to the team that shares it."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from filiere.audit.reads import READ_ACTION
from filiere.audit.service import record_change
from filiere.auth.grants import GrantScope
from filiere.ids import decode_id
from filiere.partners.models import Grant, Organisation
from tests.backend.documents import samples
from tests.backend.memberships.support import (
    COACH,
    IDF_ADVISER,
    JUROR,
    NATIONAL,
    NORMANDIE_ADMIN,
    NORMANDIE_ADVISER,
    PARTNER,
    STUDENT,
    mijuin,
)
from tests.backend.world import World, count_statements

LOG = """query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Project {
  accessLog(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { readAt readerName organisation { id name } what whatKind } }
  }
} } }"""
PARTNER_READ = """query($id: ID!) { node(id: $id) { ... on Project {
  name contact { name } team { name }
  documents { title currentVersion { downloadUrl } }
} } }"""
TITLE = "plan-de-financement.pdf"
TEAM_ONLY = "query($id: ID!) { node(id: $id) { ... on Project { team { name } } } }"
UPLOAD = """mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) {
  ... on RequestDocumentUploadSuccess { uploadId url fields { name value } }
} }"""
CONFIRM = """mutation($input: ConfirmDocumentUploadInput!) { confirmDocumentUpload(input: $input) {
  ... on ConfirmDocumentUploadSuccess { document { title } }
} }"""


async def shared(world: World, scope: GrantScope = GrantScope.FULL) -> str:
    """MIJUIN (Normandie), shared with Bpifrance, with a financing plan among its documents."""
    project = await mijuin(world)
    target = decode_id(project)
    async with world.registry.national.sessions() as session, session.begin():
        bpifrance = await session.scalar(select(Organisation).where(Organisation.slug == "bpifrance"))
        assert bpifrance is not None
        grant = await session.scalar(
            select(Grant).where(
                Grant.organisation_id == bpifrance.id, Grant.region == target.tenant, Grant.project_id == target.int_key
            )
        )
        if grant is None:
            grant = Grant(organisation_id=bpifrance.id, region=target.tenant, project_id=target.int_key)
            session.add(grant)
        grant.scope, grant.expires_at, grant.revoked_at = scope, None, None
    content = samples.pdf("Plan de financement")
    variables = {"projectId": project, "fileName": "plan-de-financement.pdf", "contentType": "application/pdf"}
    ask = await world.graphql(UPLOAD, {"input": {**variables, "size": len(content)}}, as_user=NORMANDIE_ADVISER)
    ticket = ask["data"]["requestDocumentUpload"]
    form = {field["name"]: field["value"] for field in ticket["fields"]}
    sent = await world.client.post(ticket["url"], data=form, files={"file": ("plan.pdf", content, "application/pdf")})
    assert sent.status_code in (200, 201, 204), sent.text
    confirmed = await world.graphql(CONFIRM, {"input": {"uploadId": ticket["uploadId"]}}, as_user=NORMANDIE_ADVISER)
    assert confirmed["data"]["confirmDocumentUpload"]["document"]["title"] == TITLE
    return project


async def access_log(world: World, project: str, as_user: str | None, **variables: Any) -> dict[str, Any] | None:
    body = await world.graphql(LOG, {"id": project, **variables}, as_user=as_user)
    assert "errors" not in body, body
    node = body["data"]["node"]
    return node["accessLog"] if node else None


def entries(log: dict[str, Any] | None) -> list[dict[str, Any]]:
    assert log is not None
    return [edge["node"] for edge in log["edges"]]


async def test_the_adviser_sees_who_read_what_for_which_organisation_newest_first(world: World) -> None:
    project = await shared(world)
    assert entries(await access_log(world, project, NORMANDIE_ADVISER)) == []

    read = await world.graphql(PARTNER_READ, {"id": project}, as_user=PARTNER)
    assert "errors" not in read, read
    assert read["data"]["node"]["documents"][0]["currentVersion"]["downloadUrl"]
    assert "errors" not in await world.graphql(TEAM_ONLY, {"id": project}, as_user=PARTNER)

    log = await access_log(world, project, NORMANDIE_ADVISER)
    rows = entries(log)
    partner = (await world.user(PARTNER)).display_name
    assert {(row["readerName"], row["organisation"]["name"]) for row in rows} == {(partner, "Bpifrance")}
    # The last request first; then the first one, one entry per part it read, not one per field.
    assert rows[0]["what"] == "la fiche confidentielle"
    assert sorted(row["what"] for row in rows[1:]) == [
        "la fiche confidentielle",
        "la liste des documents",
        f"le document « {TITLE} » (version 1)",
        "les coordonnées de l'entreprise",
    ]
    assert {row["whatKind"] for row in rows} == {"RECORD", "CONTACT", "DOCUMENTS", "DOCUMENT"}
    moments = [datetime.fromisoformat(row["readAt"]) for row in rows]
    assert moments == sorted(moments, reverse=True)
    assert log is not None and log["totalCount"] == 5

    second = await access_log(world, project, NORMANDIE_ADVISER, first=2, after=log["edges"][1]["cursor"])
    assert [row["what"] for row in entries(second)] == [row["what"] for row in rows[2:4]]

    # The region's head and CCI France read it too; the CCI's own reads are not partners' reads.
    for reader in (NORMANDIE_ADMIN, NATIONAL):
        assert len(entries(await access_log(world, project, reader))) == 5
    assert (await access_log(world, project, NORMANDIE_ADVISER) or {})["totalCount"] == 5


async def test_nobody_else_reads_the_log(world: World) -> None:
    project = await shared(world)
    await world.graphql(PARTNER_READ, {"id": project}, as_user=PARTNER)
    # Another region's adviser sees the card, not the log; the partner never sees who read what; the people
    # attached to the project neither; a juror and an anonymous caller do not even see the project.
    for reader in (IDF_ADVISER, PARTNER, COACH, STUDENT, JUROR):
        assert await access_log(world, project, reader) is None, reader
    anonymous = await world.graphql(LOG, {"id": project})
    assert anonymous["data"] == {"node": None}
    export = f"/exports/projects/{project}/access-log.xlsx"
    for reader in (IDF_ADVISER, PARTNER, COACH, JUROR):
        assert (await world.client.get(export, headers=await world.headers(reader))).status_code == 404, reader
    assert (await world.client.get(export)).status_code == 401


async def test_a_page_of_the_log_costs_the_same_whatever_its_length(world: World) -> None:
    project = await shared(world)
    headers = await world.headers(NORMANDIE_ADVISER)

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": LOG, "variables": {"id": project}}, headers=headers
            )
        assert entries(response.json()["data"]["node"]["accessLog"])
        return counter.count

    await world.graphql(TEAM_ONLY, {"id": project}, as_user=PARTNER)
    one = await statements()
    for _ in range(4):
        await world.graphql(PARTNER_READ, {"id": project}, as_user=PARTNER)
    assert await statements() == one


async def test_rows_written_before_reads_were_split_by_part_stay_readable(world: World) -> None:
    project = await shared(world)
    target = decode_id(project)
    principal = await world.principal(PARTNER)
    async with world.registry.region(target.tenant).sessions() as session, session.begin():
        record_change(
            session,
            principal,
            request_id="before",
            action=READ_ACTION,
            entity_type="Project",
            entity_id=target.int_key,
            before=None,
            after={"fields": ["contact", "notes", "team"]},
        )
    [row] = entries(await access_log(world, project, NORMANDIE_ADVISER))
    assert row["what"] == "la fiche confidentielle, les coordonnées de l'entreprise et les notes internes"
    assert row["whatKind"] == "RECORD"
    assert row["organisation"]["name"] == "Bpifrance"  # the reader's organisation, from their account


async def test_the_log_downloads_as_a_workbook_in_french(world: World) -> None:
    project = await shared(world)
    await world.graphql(PARTNER_READ, {"id": project}, as_user=PARTNER)
    answer = await world.client.get(
        f"/exports/projects/{project}/access-log.xlsx", headers=await world.headers(NORMANDIE_ADVISER)
    )
    assert answer.status_code == 200
    assert answer.headers["content-disposition"].startswith(
        'attachment; filename="journal-des-acces-fabrication-de-marques-complementaires-en-lin-'
    )
    sheet = load_workbook(io.BytesIO(answer.content)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Journal des accès — Fabrication de marques complémentaires en lin"
    assert rows[2] == ("Date", "Organisation", "Personne", "Consultation")
    partner = (await world.user(PARTNER)).display_name
    read = rows[3:]
    assert len(read) == 4
    assert {(row[1], row[2]) for row in read} == {("Bpifrance", partner)}
    assert f"le document « {TITLE} » (version 1)" in {row[3] for row in read}
    assert all(isinstance(row[0], datetime) for row in read)
    assert sheet.cell(row=4, column=1).number_format == "dd/mm/yyyy hh:mm"
