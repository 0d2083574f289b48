"""A project's investment and financing plans through the API: the demo plans, editing them, the totals, the
balance, public money, and the de minimis check with the company's earlier aid."""

from __future__ import annotations

from sqlalchemy import select

from filiere.audit.models import AuditEvent
from tests.backend.financing.plan_support import (
    ADMIN,
    COACH,
    DELETE_AID,
    DELETE_LINE,
    DELETE_SOURCE,
    DRYER,
    MIJUIN,
    SAVE_AID,
    SAVE_LINE,
    SAVE_SOURCE,
    call,
    line_input,
    plans,
    project_ids,
    source_input,
    stored,
)
from tests.backend.world import World


async def test_the_demo_plans_balance_uses_and_sources_and_sum_public_money(world: World) -> None:
    found = await plans(world, (await project_ids(world))[MIJUIN])
    assert found is not None and found["viewerCanEditFinancing"] is True
    investment = found["investmentPlan"]
    # By year, the whole year's lines before those of a quarter.
    assert [line["label"] for line in investment["lines"]] == [
        "Aménagement de l'atelier de Malaunay (démo)",
        "Métier à tisser jacquard (démo)",
        "Recrutement et formation de deux tisserands (démo)",
        "Label Origine France Garantie (démo)",
    ]
    assert investment["totals"] == {
        "byCategory": [
            {"category": "MACHINES", "amount": 420000.0},
            {"category": "BUILDING", "amount": 180000.0},
            {"category": "RECRUITMENT", "amount": 90000.0},
            {"category": "CERTIFICATION", "amount": 12000.0},
        ],
        "byYear": [{"year": 2023, "amount": 600000.0}, {"year": 2024, "amount": 102000.0}],
        "total": 702000.0,
        "committed": 690000.0,
    }
    plan = found["financingPlan"]
    assert {source["status"] for source in plan["sources"]} == {"OBTAINED", "APPLIED", "TO_APPLY", "ABANDONED"}
    # The abandoned pre-sales (30 000 € in 2023) no longer finance anything.
    assert plan["balance"] == {
        "byYear": [
            {"year": 2023, "uses": 600000.0, "sources": 450000.0, "gap": 150000.0},
            {"year": 2024, "uses": 102000.0, "sources": 230000.0, "gap": -128000.0},
        ],
        "uses": 702000.0,
        "sources": 680000.0,
        "gap": 22000.0,
    }
    # The regional subsidy whole, the Bpifrance loan's aid equivalent only.
    assert plan["publicAmount"] == 89000.0
    assert plan["publicShare"] == 89000 / 702000
    assert plan["deMinimis"]["exceeded"] is False and plan["deMinimis"]["ceiling"] == 300000.0


async def test_the_demo_plan_over_the_de_minimis_ceiling_says_when(world: World) -> None:
    found = await plans(world, (await project_ids(world))[DRYER])
    assert found is not None
    check = found["financingPlan"]["deMinimis"]
    # 120 000 € in March 2025, 150 000 € decided in June 2026, 80 000 € applied for in 2027.
    assert check == check | {
        "total": 350000.0,
        "remaining": 0.0,
        "exceeded": True,
        "exceedsOn": "2027-01-01",
        "periodStart": "2024-01-02",
        "periodEnd": "2027-01-01",
        "earlierAidAmount": 120000.0,
        "planAidAmount": 230000.0,
    }
    assert [aid["grantedBy"] for aid in check["earlierAid"]] == ["Région, aide au conseil (démo)"]


async def test_the_adviser_adds_changes_and_removes_a_line_every_change_audited(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    added = await call(world, SAVE_LINE, line_input(mijuin, quarter=3, status="QUOTED"))
    assert added["__typename"] == "InvestmentLineSuccess", added
    line = added["line"]
    assert (line["category"], line["amount"], line["quarter"], line["status"], line["version"]) == (
        "MACHINES",
        250000.0,
        3,
        "QUOTED",
        1,
    )
    assert added["project"]["investmentPlan"]["totals"]["total"] == 952000.0
    changed = await call(
        world,
        SAVE_LINE,
        line_input(mijuin, id=line["id"], expectedVersion=1, amount=260000, quarter=3, status="COMMITTED")
        | {"projectId": None},
    )
    assert changed["line"]["amount"] == 260000.0 and changed["line"]["version"] == 2
    stale = await call(world, SAVE_LINE, line_input(mijuin, id=line["id"], expectedVersion=1, amount=1))
    assert (stale["__typename"], stale["code"], stale["field"]) == (
        "FinancingConflict",
        "STALE_VERSION",
        "expectedVersion",
    )
    assert "a modifié cet élément" in stale["message"] and "(montant, statut)" in stale["message"]
    trail = await world.graphql(
        '{ auditEvents(region: "normandie", first: 5, filter: { entityType: "InvestmentLine" }) '
        "{ edges { node { action entityLabel } } } }",
        as_user=ADMIN,
    )
    assert [edge["node"]["entityLabel"] for edge in trail["data"]["auditEvents"]["edges"]] == ["Presse plieuse"] * 2
    removed = await call(world, DELETE_LINE, {"id": line["id"], "expectedVersion": 2})
    assert removed["project"]["investmentPlan"]["totals"]["total"] == 702000.0
    async with world.registry.region("normandie").sessions() as session:
        events = list(
            await session.scalars(
                select(AuditEvent).where(AuditEvent.entity_type == "InvestmentLine").order_by(AuditEvent.id)
            )
        )
    assert [event.action for event in events] == [
        "investment_line.added",
        "investment_line.updated",
        "investment_line.deleted",
    ]
    assert events[1].before == {"amount": 250000, "status": "quoted"}
    assert events[1].after == {
        "amount": 260000,
        "status": "committed",
        "projectId": events[0].after["projectId"],
        "name": "Presse plieuse",
    }


async def test_the_coach_fills_the_plan_of_the_project_it_follows(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    assert (await plans(world, mijuin, as_user=COACH) or {})["viewerCanEditFinancing"] is True
    added = await call(
        world, SAVE_SOURCE, source_input(mijuin, status="APPLIED", appliedOn="2024-02-01"), as_user=COACH
    )
    assert added["__typename"] == "FinancingSourceSuccess", added
    source = added["source"]
    assert (source["kind"], source["status"], source["deMinimis"], source["publicAmount"]) == (
        "BANK_LOAN",
        "APPLIED",
        False,
        0.0,
    )
    obtained = await call(
        world,
        SAVE_SOURCE,
        source_input(
            mijuin,
            id=source["id"],
            expectedVersion=1,
            status="OBTAINED",
            appliedOn="2024-02-01",
            decidedOn="2024-03-01",
            aidEquivalent=12000,
        )
        | {"projectId": None},
        as_user=COACH,
    )
    assert (obtained["source"]["status"], obtained["source"]["publicAmount"]) == ("OBTAINED", 12000.0)
    gone = await call(world, DELETE_SOURCE, {"id": source["id"], "expectedVersion": 2}, as_user=COACH)
    assert gone["project"]["financingPlan"]["balance"]["sources"] == 680000.0


async def test_earlier_aid_on_the_company_record_weighs_on_the_ceiling(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    before = (await plans(world, mijuin) or {})["financingPlan"]["deMinimis"]
    assert before["earlierAidAmount"] == 0.0
    # The regional subsidy to apply for in 2024 (80 000 €) and 230 000 € granted in 2023: over by 10 000 €.
    added = await call(
        world,
        SAVE_AID,
        {"projectId": mijuin, "grantedOn": "2023-05-02", "amount": 230000, "grantedBy": "Aide au conseil (démo)"},
    )
    assert added["__typename"] == "EarlierDeMinimisAidSuccess", added
    assert added["project"]["financingPlan"]["deMinimis"] == {"total": 310000.0, "earlierAidAmount": 230000.0}
    check = (await plans(world, mijuin) or {})["financingPlan"]["deMinimis"]
    assert (check["exceeded"], check["exceedsOn"]) == (True, "2024-01-01")
    aid = added["aid"]
    lowered = await call(
        world,
        SAVE_AID,
        {
            "projectId": mijuin,
            "id": aid["id"],
            "expectedVersion": 1,
            "grantedOn": "2023-05-02",
            "amount": 220000,
            "grantedBy": "Aide au conseil (démo)",
        },
    )
    # Exactly at the ceiling is allowed.
    assert lowered["project"]["financingPlan"]["deMinimis"]["total"] == 300000.0
    check = (await plans(world, mijuin) or {})["financingPlan"]["deMinimis"]
    assert (check["exceeded"], check["exceedsOn"], check["remaining"]) == (False, None, 0.0)
    removed = await call(world, DELETE_AID, {"projectId": mijuin, "id": aid["id"], "expectedVersion": 2})
    assert removed["__typename"] == "FinancingPlanChangeSuccess"
    assert (await stored(world))[2] == 1, "the dryer's company keeps its own"
