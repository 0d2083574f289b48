"""The audit trail as its readers see it: a region's head reads their region's, CCI France every database's."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from openpyxl import load_workbook

from filiere.audit.export import audit_csv
from filiere.audit.service import AuditEventView
from filiere.auth.principal import Role
from tests.backend.programmes.support import HDF_ADMIN, HDF_ADVISER, candidate, move
from tests.backend.world import World, count_statements

NATIONAL = "national@demo.filiere.fr"
NORMANDIE_ADMIN = "admin.normandie@demo.filiere.fr"
NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

TRAIL = """query($region: String, $first: Int, $after: String, $filter: AuditFilter) {
  auditEvents(region: $region, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id occurredAt actorName actorRole action entityType entityId before after requestId
      actor { displayName }
      region { slug }
    } }
  }
}"""


async def trail(world: World, as_user: str, **variables: Any) -> dict[str, Any]:
    body = await world.graphql(TRAIL, variables, as_user=as_user)
    assert "errors" not in body, body
    return body["data"]["auditEvents"]


async def normandie_note(world: World, notes: str = "Appel du 23/11.") -> str:
    """An edit in Normandie: its adviser changes the notes of one of its projects."""
    body = await world.graphql(
        '{ projects(region: "normandie", first: 1) { edges { node { id version } } } }', as_user=NORMANDIE_ADVISER
    )
    project = body["data"]["projects"]["edges"][0]["node"]
    answer = await world.graphql(
        """mutation($input: UpdateProjectInput!) { updateProject(input: $input) { __typename } }""",
        {"input": {"projectId": project["id"], "expectedVersion": project["version"], "notes": notes}},
        as_user=NORMANDIE_ADVISER,
    )
    assert answer["data"]["updateProject"]["__typename"] == "UpdateProjectSuccess"
    return str(project["id"])


async def test_each_reader_gets_the_trail_of_what_they_oversee(world: World) -> None:
    project = await candidate(world)
    await move(world, project, "SELECTED")
    await normandie_note(world)

    national = await trail(world, NATIONAL)
    actions = [(e["node"]["region"], e["node"]["action"]) for e in national["edges"]]
    # Newest first, merged across the regional databases.
    assert actions[:2] == [
        ({"slug": "normandie"}, "project.updated"),
        ({"slug": "hauts-de-france"}, "project.status_changed"),
    ]
    selected = national["edges"][1]["node"]
    assert (selected["actorName"], selected["actorRole"], selected["entityType"]) == (
        "Léa Dupuis",
        "ADVISER",
        "Project",
    )
    assert (selected["before"], selected["after"]) == ({"status": "candidate"}, {"status": "selected"})
    assert selected["entityId"] == project["id"]
    assert selected["actor"] == {"displayName": "Léa Dupuis"}

    hdf = await trail(world, HDF_ADMIN)
    assert {e["node"]["region"]["slug"] for e in hdf["edges"]} == {"hauts-de-france"}
    assert hdf["totalCount"] >= 1
    assert (await trail(world, HDF_ADMIN, region="normandie"))["edges"] == []
    for outsider in (HDF_ADVISER, NORMANDIE_ADVISER, PARTNER):
        assert (await trail(world, outsider))["totalCount"] == 0, outsider
    anonymous = await world.graphql(TRAIL, {})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_one_projects_history_and_one_persons_actions(world: World) -> None:
    project = await candidate(world)
    selected = await move(world, project, "SELECTED")
    await move(world, {**project, "version": selected["project"]["version"]}, "ACCELERATING", as_user=HDF_ADMIN)
    note = await normandie_note(world)

    history = await trail(world, NATIONAL, filter={"entity": project["id"]})
    assert [e["node"]["after"]["status"] for e in history["edges"]] == ["accelerating", "selected"]
    assert [e["node"]["actorName"] for e in history["edges"]] == ["Mathis Carpentier", "Léa Dupuis"]
    assert (await trail(world, NATIONAL, filter={"entity": note}))["totalCount"] == 1

    users = await world.graphql(
        "{ regions { edges { node { slug advisers { edges { node { id email } } } } } } }", as_user=NATIONAL
    )
    ids = {
        user["node"]["email"]: user["node"]["id"]
        for region in users["data"]["regions"]["edges"]
        for user in region["node"]["advisers"]["edges"]
    }
    by_admin = await trail(world, NATIONAL, filter={"actor": ids[HDF_ADMIN]})
    assert {e["node"]["actorName"] for e in by_admin["edges"]} == {"Mathis Carpentier"}
    assert by_admin["edges"][0]["node"]["after"] == {"status": "accelerating"}
    assert by_admin["totalCount"] < (await trail(world, NATIONAL))["totalCount"]
    # The Normandie admin cannot read a Hauts-de-France project's history through its ID.
    assert (await trail(world, NORMANDIE_ADMIN, filter={"entity": project["id"]}))["edges"] == []


async def test_pages_follow_each_other_across_regions_and_statements_stay_flat(world: World) -> None:
    project = await candidate(world)
    await move(world, project, "SELECTED")
    await normandie_note(world)
    whole = await trail(world, NATIONAL, first=50)
    ids, after = [], None
    while True:
        page = await trail(world, NATIONAL, first=1, after=after)
        ids += [e["node"]["id"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert ids == [e["node"]["id"] for e in whole["edges"]]

    headers = await world.headers(NATIONAL)

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post("/graphql", json={"query": TRAIL, "variables": {}}, headers=headers)
        assert response.json()["data"]["auditEvents"]["edges"]
        return counter.count

    few = await statements()
    for day in range(24, 30):
        await normandie_note(world, f"Appel du {day}/11.")
    assert await statements() == few


async def test_the_trail_downloads_as_csv_and_xlsx_for_its_readers_only(world: World) -> None:
    project = await candidate(world)
    await move(world, project, "REJECTED", reason='=HYPERLINK("http://example.invalid")')
    csv_answer = await world.client.get(
        "/exports/audit.csv", params={"entity": project["id"]}, headers=await world.headers(HDF_ADMIN)
    )
    assert csv_answer.status_code == 200
    assert csv_answer.headers["content-disposition"].startswith('attachment; filename="audit-toutes-regions-')
    text = csv_answer.content.decode("utf-8")
    assert text.startswith("\ufeffDate;Personne;Rôle;Base;Action;")
    lines = text.strip().split("\r\n")
    assert len(lines) == 2
    assert ";Léa Dupuis;adviser;hauts-de-france;project.status_changed;Project;" in lines[1]
    # The reason sits inside the JSON of the « Après » column: it starts with « { », never with « = ».
    assert ';"{""reason"": ""=HYPERLINK' in lines[1]

    xlsx_answer = await world.client.get(
        "/exports/audit.xlsx", params={"region": "hauts-de-france"}, headers=await world.headers(NATIONAL)
    )
    assert xlsx_answer.status_code == 200
    sheet = load_workbook(io.BytesIO(xlsx_answer.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Date", "Personne", "Rôle", "Base", "Action")
    assert rows[1][1] == "Léa Dupuis" and rows[1][4] == "project.status_changed"

    adviser = await world.client.get("/exports/audit.csv", headers=await world.headers(HDF_ADVISER))
    assert adviser.status_code == 404
    other_region = await world.client.get(
        "/exports/audit.csv", params={"region": "hauts-de-france"}, headers=await world.headers(NORMANDIE_ADMIN)
    )
    assert other_region.status_code == 404
    assert (await world.client.get("/exports/audit.csv")).status_code == 401
    bad_date = await world.client.get(
        "/exports/audit.csv", params={"since": "hier"}, headers=await world.headers(NATIONAL)
    )
    assert bad_date.status_code == 400
    assert "ISO 8601" in bad_date.json()["message"]


def test_a_name_a_spreadsheet_would_run_stays_text_in_the_csv() -> None:
    event = AuditEventView(
        tenant="normandie",
        id=1,
        occurred_at=datetime(2026, 11, 23, 9, 5, tzinfo=UTC),
        sort_key="0",
        actor_subject="s",
        actor_name="=1+1",
        actor_role=Role.ADVISER,
        actor_region="normandie",
        action="project.updated",
        entity_type="Project",
        entity_id=5,
        before=None,
        after={"notes": "x"},
        request_id="r",
    )
    line = audit_csv([event], total=3).decode("utf-8").split("\r\n")[1]
    assert line.startswith("23/11/2026 10:05:00;'=1+1;adviser;")  # in France's time
    assert "Export limité aux 1 événements les plus récents sur 3" in audit_csv([event], total=3).decode("utf-8")
