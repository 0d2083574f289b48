"""A project's supply chain: stages upstream to downstream, suppliers considered at each, their journey."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.sourcing.models import SupplierCandidate, SupplyChainStage
from tests.backend.sourcing.supply_chain_helpers import (
    ADVISER,
    CHAIN,
    ERRORS,
    LILLE,
    ROUEN,
    SET_STAGES,
    project,
    run,
    with_default_chain,
)
from tests.backend.world import World, count_statements

ADMIN = "admin.normandie@demo.filiere.fr"
HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"


ADD = f"""mutation($input: AddSupplierCandidateInput!) {{ addSupplierCandidate(input: $input) {{
  __typename ... on SupplierCandidateSuccess {{ candidate {{ id name departement regionCode country status version }} }}
  {ERRORS} }} }}"""
MOVE = f"""mutation($input: TransitionSupplierCandidateInput!) {{ transitionSupplierCandidate(input: $input) {{
  __typename ... on SupplierCandidateSuccess {{ candidate {{ id status reason version }} }} {ERRORS} }} }}"""
UPDATE = f"""mutation($input: UpdateSupplierCandidateInput!) {{ updateSupplierCandidate(input: $input) {{
  __typename ... on SupplierCandidateSuccess {{ candidate {{ notes nextActionOn version }} }} {ERRORS} }} }}"""


async def written(world: World) -> tuple[int, int, int, int]:
    async with world.registry.region("normandie").sessions() as session:
        return (
            await session.scalar(select(func.count()).select_from(SupplyChainStage)) or 0,
            await session.scalar(select(func.count()).select_from(SupplierCandidate)) or 0,
            await session.scalar(select(func.sum(SupplierCandidate.version))) or 0,
            await session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


async def test_the_adviser_rebuilds_a_chain_regional_first(world: World, tmp_path: Path) -> None:
    chain = await with_default_chain(world, tmp_path)
    stages = chain["supplyChain"]["stages"]
    assert [stage["name"] for stage in stages][:2] == ["Matière première", "Transformation"]
    assert stages[-1]["name"] == "Distribution"
    raw, making = stages[0]["id"], stages[2]["id"]

    local = await run(world, ADD, {"stageId": raw, "siret": ROUEN.siret, "notes": "Lin teillé du pays de Caux"})
    northern = await run(world, ADD, {"stageId": raw, "siret": LILLE.siret})
    abroad = await run(world, ADD, {"stageId": making, "name": "Fiação do Norte", "country": "Portugal"})
    assert (local["candidate"]["name"], local["candidate"]["departement"], local["candidate"]["regionCode"]) == (
        "Filature de Rouen",
        "76",
        "28",
    )
    assert (northern["candidate"]["departement"], northern["candidate"]["regionCode"]) == ("59", "32")
    assert (abroad["candidate"]["country"], abroad["candidate"]["regionCode"]) == ("Portugal", None)

    candidate = local["candidate"]
    for status in ("CONTACTED", "QUALIFIED", "RETAINED"):
        moved = await run(
            world, MOVE, {"candidateId": candidate["id"], "to": status, "expectedVersion": candidate["version"]}
        )
        candidate = moved["candidate"]
        assert candidate["status"] == status
    other = abroad["candidate"]
    for status in ("CONTACTED", "QUALIFIED", "RETAINED"):
        other = (
            await run(world, MOVE, {"candidateId": other["id"], "to": status, "expectedVersion": other["version"]})
        )["candidate"]
    rejected = await run(
        world,
        MOVE,
        {
            "candidateId": northern["candidate"]["id"],
            "to": "REJECTED",
            "reason": "Délais trop longs",
            "expectedVersion": 1,
        },
    )
    assert (rejected["candidate"]["status"], rejected["candidate"]["reason"]) == ("REJECTED", "Délais trop longs")

    indicators = (await project(world))["supplyChain"]["indicators"]
    assert indicators == {
        "stages": 7,
        "stagesWithRetained": 2,
        "retainedStageShare": 2 / 7,
        "retained": 2,
        "retainedInRegionShare": 0.5,
        "retainedInFranceShare": 0.5,
    }
    rolled_up = """{ supplyChainIndicators(region: "normandie") {
      stages stagesWithRetained retainedStageShare retained retainedInRegionShare retainedInFranceShare } }"""
    for reader in (ADVISER, NATIONAL):
        region = await world.graphql(rolled_up, as_user=reader)
        assert region["data"]["supplyChainIndicators"] == indicators, "one project with a chain: the same figures"
    assert (await world.graphql(rolled_up, as_user=HDF_ADVISER))["data"]["supplyChainIndicators"] is None
    assert (await world.graphql(rolled_up, as_user=PARTNER))["data"]["supplyChainIndicators"] is None
    assert (await world.graphql(rolled_up))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"

    noted = await run(
        world,
        UPDATE,
        {"candidateId": candidate["id"], "expectedVersion": candidate["version"], "nextActionOn": "2026-12-04"},
    )
    assert noted["candidate"]["nextActionOn"] == "2026-12-04"
    async with world.registry.region("normandie").sessions() as session:
        events = list(await session.scalars(select(AuditEvent).where(AuditEvent.action.like("supplier_candidate.%"))))
    actions = [event.action for event in events]
    assert actions.count("supplier_candidate.added") == 3 and actions.count("supplier_candidate.status_changed") == 7
    moves = [event for event in events if event.action == "supplier_candidate.status_changed"]
    assert all(event.after["name"] for event in moves), "the journal names whose status changed"


async def test_bad_moves_are_refused_in_french_and_write_nothing(world: World, tmp_path: Path) -> None:
    chain = await with_default_chain(world, tmp_path)
    stages = chain["supplyChain"]["stages"]
    added = (await run(world, ADD, {"stageId": stages[0]["id"], "siret": ROUEN.siret}))["candidate"]
    before = await written(world)
    move = {"candidateId": added["id"], "expectedVersion": added["version"]}
    cases = [
        (MOVE, move | {"to": "RETAINED"}, "to", "ILLEGAL_TRANSITION", "« identifié » ne peut pas passer à « retenu »"),
        (MOVE, move | {"to": "REJECTED", "reason": " "}, "reason", "REQUIRED", "motif est obligatoire"),
        (ADD, {"stageId": stages[0]["id"], "siret": ROUEN.siret}, "siret", "ALREADY_CANDIDATE", "déjà envisagé"),
        (
            ADD,
            {"stageId": stages[1]["id"], "siret": "73282932000074"},
            "siret",
            "UNKNOWN_SUPPLIER",
            "Aucun établissement",
        ),
        (ADD, {"stageId": stages[1]["id"], "siret": "123"}, "siret", "INVALID_SIRET", "14 chiffres"),
        (ADD, {"stageId": stages[1]["id"], "name": "Sans lieu"}, "communeCode", "REQUIRED", "commune du fournisseur"),
        (
            SET_STAGES,
            {"projectId": chain["id"], "expectedVersion": chain["version"], "stages": [{"name": "Logistique"}]},
            "stages",
            "STAGE_NOT_EMPTY",
            "« Matière première » a des fournisseurs",
        ),
        (
            SET_STAGES,
            {
                "projectId": chain["id"],
                "expectedVersion": chain["version"],
                "stages": [{"id": stages[0]["id"], "name": "Lin"}, {"name": "lin"}],
            },
            "stages.1.name",
            "DUPLICATE_NAME",
            "figure deux fois",
        ),
    ]
    for query, input_, field, code, message in cases:
        refused = await run(world, query, input_)
        assert (refused["__typename"], refused["field"], refused["code"]) == ("SourcingInvalid", field, code), input_
        assert message in refused["message"], refused["message"]
    assert await written(world) == before

    await run(world, MOVE, move | {"to": "CONTACTED"})
    stale = await run(world, MOVE, move | {"to": "REJECTED", "reason": "Trop cher"}, as_user=ADMIN)
    assert stale["code"] == "STALE_VERSION" and stale["message"].startswith("Camille Lemoine a modifié cet élément")


async def test_only_the_region_sees_and_edits_its_chains(world: World, tmp_path: Path) -> None:
    chain = await with_default_chain(world, tmp_path)
    stage = chain["supplyChain"]["stages"][0]["id"]
    before = await written(world)
    for user, code in ((HDF_ADVISER, "NOT_ALLOWED"), (NATIONAL, "NOT_ALLOWED"), (PARTNER, "NOT_ALLOWED")):
        refused = await run(world, ADD, {"stageId": stage, "siret": ROUEN.siret}, as_user=user)
        assert (refused["__typename"], refused["code"]) == ("SourcingNotAllowed", code), user
    anonymous = await world.graphql(ADD, {"input": {"stageId": stage, "siret": ROUEN.siret}})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await written(world) == before
    assert (await project(world, as_user=HDF_ADVISER))["supplyChain"] is None
    assert len((await project(world, as_user=NATIONAL))["supplyChain"]["stages"]) == 7


async def test_the_board_reads_in_constant_statements(world: World, tmp_path: Path) -> None:
    chain = await with_default_chain(world, tmp_path)
    stages = chain["supplyChain"]["stages"]
    headers = await world.headers(ADVISER)

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": CHAIN, "variables": {"id": chain["id"]}}, headers=headers
            )
        assert response.json()["data"]["node"]["supplyChain"] is not None
        return counter.count

    await run(world, ADD, {"stageId": stages[0]["id"], "siret": ROUEN.siret})
    few = await statements()
    for index, stage in enumerate(stages[1:]):
        await run(world, ADD, {"stageId": stage["id"], "name": f"Fournisseur {index}", "country": "Italie"})
    assert await statements() == few


async def test_the_chain_exports_as_a_workbook_for_full_readers_only(world: World, tmp_path: Path) -> None:
    chain = await with_default_chain(world, tmp_path)
    stage = chain["supplyChain"]["stages"][0]["id"]
    await run(world, ADD, {"stageId": stage, "siret": ROUEN.siret, "notes": "Lin teillé"})
    url = f"/exports/projects/{chain['id']}/supply-chain.xlsx"
    answer = await world.client.get(url, headers=await world.headers(ADVISER))
    assert answer.status_code == 200
    assert answer.headers["content-disposition"].startswith('attachment; filename="chaine-')
    sheet = openpyxl.load_workbook(io.BytesIO(answer.content)).active
    rows = [list(row) for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert rows[0][:8] == [
        "Matière première",
        "",
        "Filature de Rouen",
        ROUEN.siret,
        "ROUEN",
        "76",
        "France",
        "identifié",
    ]
    assert rows[1][2] == "(aucun fournisseur envisagé)"
    for user, status in ((HDF_ADVISER, 404), (PARTNER, 404), (None, 401)):
        refused = await world.client.get(url, headers=await world.headers(user))
        assert refused.status_code == status, user
