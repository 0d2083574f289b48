"""Who reads and who edits the plans: every new field and mutation for each kind of caller; a partner's read
of them is in the project's access log; the plans of a page of projects cost the same statements as one."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pytest

from tests.backend.financing.plan_support import (
    ADVISER,
    CALVADOS,
    COACH,
    DELETE_AID,
    DELETE_LINE,
    DELETE_SOURCE,
    DRYER,
    HDF_ADVISER,
    IDF_ADVISER,
    JUROR,
    MIJUIN,
    NATIONAL,
    PARTNER,
    PIERCAN,
    SAVE_AID,
    SAVE_LINE,
    SAVE_SOURCE,
    STUDENT,
    call,
    line_input,
    plans,
    project_ids,
    source_input,
    stored,
)
from tests.backend.world import World, count_statements

ADMIN = "admin.normandie@demo.filiere.fr"
FIELDS = "{ node(id: $id) { ... on Project { investmentPlan { totals { total } } financingPlan { publicShare } } } }"
READ = f"query($id: ID!) {FIELDS}"


async def read(world: World, project_id: str, as_user: str | None) -> dict[str, Any] | None:
    body = await world.graphql(READ, {"id": project_id}, as_user=as_user)
    if as_user is None:
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        return None
    assert "errors" not in body, body
    node: dict[str, Any] | None = body["data"]["node"]
    return node


@pytest.mark.parametrize(
    ("reader", "project", "sees"),
    [
        pytest.param(ADVISER, MIJUIN, True, id="region-adviser"),
        pytest.param(ADMIN, MIJUIN, True, id="region-admin"),
        pytest.param(NATIONAL, MIJUIN, True, id="cci-france"),
        pytest.param(COACH, MIJUIN, True, id="its-coach"),
        pytest.param(PARTNER, MIJUIN, True, id="partner-with-financing-grant"),
        pytest.param(PARTNER, PIERCAN, False, id="partner-with-another-scope"),
        pytest.param(PARTNER, CALVADOS, False, id="partner-without-grant"),
        pytest.param(IDF_ADVISER, MIJUIN, False, id="other-region-adviser"),
        pytest.param(COACH, PIERCAN, False, id="coach-of-another-project"),
        pytest.param(STUDENT, MIJUIN, False, id="student"),
        pytest.param(JUROR, MIJUIN, False, id="juror"),
        pytest.param(None, MIJUIN, False, id="anonymous"),
    ],
)
async def test_who_reads_the_plans(world: World, reader: str | None, project: str, sees: bool) -> None:
    found = await read(world, (await project_ids(world))[project], reader)
    if sees:
        assert found is not None and found["investmentPlan"]["totals"]["total"] > 0
        assert found["financingPlan"]["publicShare"] is not None
    else:
        assert found is None or found == {"investmentPlan": None, "financingPlan": None}


EDITORS = [ADVISER, ADMIN, COACH]
NOT_EDITORS = [NATIONAL, PARTNER, IDF_ADVISER, HDF_ADVISER, STUDENT, JUROR]


@pytest.mark.parametrize("caller", NOT_EDITORS)
async def test_who_may_not_edit_the_plans_writes_nothing(world: World, caller: str) -> None:
    ids = await project_ids(world)
    mijuin = ids[MIJUIN]
    plan = await plans(world, mijuin)
    assert plan is not None
    line = plan["investmentPlan"]["lines"][0]
    source = plan["financingPlan"]["sources"][0]
    dryer = await plans(world, ids[DRYER])
    assert dryer is not None
    aid = dryer["financingPlan"]["deMinimis"]["earlierAid"][0]
    before = await stored(world)
    attempts = [
        (SAVE_LINE, line_input(mijuin)),
        (SAVE_LINE, line_input(mijuin, id=line["id"], expectedVersion=line["version"]) | {"projectId": None}),
        (DELETE_LINE, {"id": line["id"], "expectedVersion": line["version"]}),
        (SAVE_SOURCE, source_input(mijuin)),
        (DELETE_SOURCE, {"id": source["id"], "expectedVersion": source["version"]}),
        (SAVE_AID, {"projectId": mijuin, "grantedOn": "2025-01-01", "amount": 1000, "grantedBy": "Région (démo)"}),
        (DELETE_AID, {"projectId": ids[DRYER], "id": aid["id"], "expectedVersion": aid["version"]}),
    ]
    for mutation, input_ in attempts:
        refused = await call(world, mutation, input_, as_user=caller)
        assert (refused["__typename"], refused["code"]) == ("FinancingNotAllowed", "NOT_ALLOWED"), (caller, refused)
    assert await stored(world) == before
    viewer = await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { viewerCanEditFinancing } } }",
        {"id": mijuin},
        as_user=caller,
    )
    assert (viewer["data"]["node"] or {"viewerCanEditFinancing": False})["viewerCanEditFinancing"] is False


async def test_the_coach_edits_only_the_project_it_follows(world: World) -> None:
    piercan = (await project_ids(world))[PIERCAN]
    before = await stored(world)
    refused = await call(world, SAVE_LINE, line_input(piercan), as_user=COACH)
    assert (refused["__typename"], refused["code"]) == ("FinancingNotAllowed", "NOT_FOUND")
    refused = await call(
        world,
        DELETE_AID,
        {"projectId": piercan, "id": "RWFybGllckRlTWluaW1pc0FpZDpub3JtYW5kaWU6MQ==", "expectedVersion": 1},
        as_user=COACH,
    )
    assert refused["__typename"] == "FinancingNotAllowed"
    assert await stored(world) == before


async def test_anonymous_callers_are_asked_to_sign_in(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    body = await world.graphql(SAVE_LINE, {"input": line_input(mijuin)})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_partner_s_read_of_the_plans_is_in_the_access_log(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    assert await read(world, mijuin, PARTNER) is not None
    log = await world.graphql(
        """query($id: ID!) { node(id: $id) { ... on Project {
          accessLog(first: 10) { edges { node { what whatKind } } } } } }""",
        {"id": mijuin},
        as_user=ADVISER,
    )
    entries = [edge["node"] for edge in log["data"]["node"]["accessLog"]["edges"]]
    assert {"what": "le plan de financement", "whatKind": "FINANCING_PLAN"} in entries
    assert {"what": "le plan d'investissement", "whatKind": "INVESTMENT_PLAN"} in entries


async def test_an_editor_s_read_is_not_logged(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    before = await stored(world)
    await read(world, mijuin, COACH)
    assert await stored(world) == before


PAGE = """query($region: String!, $text: String) { projects(region: $region, first: 20, filter: { text: $text }) {
  edges { node {
  name viewerCanEditFinancing
  investmentPlan { lines { id label supplierCandidate { id } quoteDocument { id } } totals { total } }
  financingPlan { sources { id scheme { id name } decisionDocument { id } } balance { gap } publicShare
    deMinimis { total exceeded earlierAid { id } } }
} } } }"""


@pytest.mark.parametrize("reader", [ADVISER, NATIONAL])
async def test_the_plans_of_a_page_of_projects_cost_the_same_statements_as_one(world: World, reader: str) -> None:
    await world.graphql(PAGE, {"region": "normandie"}, as_user=reader)  # the request's caches are warm
    with count_statements(world.registry) as one:
        body = await world.graphql(PAGE, {"region": "normandie", "text": "marques complementaires"}, as_user=reader)
    assert [edge["node"]["name"] for edge in body["data"]["projects"]["edges"]] == [MIJUIN]
    with count_statements(world.registry) as many:
        body = await world.graphql(PAGE, {"region": "normandie"}, as_user=reader)
    assert "errors" not in body, body
    planned = [edge["node"] for edge in body["data"]["projects"]["edges"] if edge["node"]["investmentPlan"]["lines"]]
    assert len(planned) == 2, "MIJUIN and the dryer"
    assert many.count == one.count, many.statements


async def test_the_export_is_the_bank_s_plan_de_financement(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    response = await world.client.get(
        f"/exports/projects/{mijuin}/financing.xlsx", headers=await world.headers(PARTNER)
    )
    assert response.status_code == 200, response.text
    assert "plan-de-financement-" in response.headers["content-disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Plan de financement", "Emplois", "Ressources"]
    sheet = workbook["Plan de financement"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == f"Plan de financement — {MIJUIN}"
    assert rows[3][:4] == ("Emplois", "2023", "2024", "Total")
    by_label = {row[0]: row[1:4] for row in rows if row and row[0]}
    assert by_label["Machines et équipements"] == (420000, 0, 420000)
    assert by_label["Total des emplois"] == (600000, 102000, 702000)
    assert by_label["Total des ressources"] == (450000, 230000, 680000)
    assert by_label["Besoin non couvert (emplois − ressources)"] == (150000, -128000, 22000)
    assert "Financement participatif — Campagne de préventes (démo) (abandonnée)" not in by_label
    sources = list(workbook["Ressources"].iter_rows(values_only=True))
    assert sources[0][:3] == ("Nature", "Libellé", "Dispositif")
    assert (
        "Prêt ou garantie Bpifrance",
        "Prêt d'amorçage industriel (démo)",
        "Prêt relocalisation industrielle (démo)",
    ) in [row[:3] for row in sources]
    log = await world.graphql(
        """query($id: ID!) { node(id: $id) { ... on Project { accessLog(first: 10) { totalCount } } } }""",
        {"id": mijuin},
        as_user=ADVISER,
    )
    assert log["data"]["node"]["accessLog"]["totalCount"] >= 2


@pytest.mark.parametrize(("reader", "status"), [(IDF_ADVISER, 404), (STUDENT, 404), (None, 401)])
async def test_the_export_is_refused_to_who_may_not_read_the_plans(
    world: World, reader: str | None, status: int
) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    response = await world.client.get(f"/exports/projects/{mijuin}/financing.xlsx", headers=await world.headers(reader))
    assert response.status_code == status


SET_STAGES = """mutation($input: SetSupplyChainStagesInput!) { setSupplyChainStages(input: $input) {
  ... on SupplyChainSuccess { project { supplyChain { stages { id } } } } } }"""
ADD_CANDIDATE = """mutation($input: AddSupplierCandidateInput!) { addSupplierCandidate(input: $input) {
  ... on SupplierCandidateSuccess { candidate { id } } } }"""


async def test_a_line_names_its_sourced_supplier_for_the_chain_s_readers_only(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    version = (await world.graphql(f'{{ node(id: "{mijuin}") {{ ... on Project {{ version }} }} }}', as_user=ADVISER))[
        "data"
    ]["node"]["version"]
    stages = await call(
        world, SET_STAGES, {"projectId": mijuin, "expectedVersion": version, "stages": [{"name": "Tissage"}]}
    )
    stage = stages["project"]["supplyChain"]["stages"][0]["id"]
    candidate = (await call(world, ADD_CANDIDATE, {"stageId": stage, "name": "Tear Norte", "country": "Portugal"}))[
        "candidate"
    ]["id"]
    added = await call(world, SAVE_LINE, line_input(mijuin, supplierCandidateId=candidate))
    assert added["line"]["supplierCandidate"] == {"id": candidate, "name": "Tear Norte"}
    lines = {line["id"]: line for line in ((await plans(world, mijuin)) or {})["investmentPlan"]["lines"]}
    assert lines[added["line"]["id"]]["supplierCandidate"] == {"id": candidate, "name": "Tear Norte"}
    # A partner with the financing scope reads the plan, not the supply chain it comes from.
    shared = {
        line["id"]: line for line in ((await plans(world, mijuin, as_user=PARTNER)) or {})["investmentPlan"]["lines"]
    }
    assert shared[added["line"]["id"]]["supplierCandidate"] is None
