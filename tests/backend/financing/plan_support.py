"""What the plan tests share: the demo people and projects, the calls that read and change the plans, and
what is stored."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.financing.models import EarlierDeMinimisAid, FinancingSource, InvestmentLine
from tests.backend.world import World

DOMAIN = "demo.filiere.fr"
ADVISER = f"conseiller.normandie@{DOMAIN}"
ADMIN = f"admin.normandie@{DOMAIN}"
IDF_ADVISER = f"conseiller.ile-de-france@{DOMAIN}"
HDF_ADVISER = f"conseiller.hauts-de-france@{DOMAIN}"
NATIONAL = f"national@{DOMAIN}"
PARTNER = f"bpifrance@{DOMAIN}"  # MIJUIN shared with it in the financing scope, PIERCAN in the documents one
COACH = f"coach.normandie@{DOMAIN}"  # attached to MIJUIN
STUDENT = f"etudiant.normandie@{DOMAIN}"
JUROR = f"jury@{DOMAIN}"

MIJUIN = "Fabrication de marques complémentaires en lin"  # edition 2023: years 2022 to 2033
PIERCAN = "Nouveaux marchés pour les boîtes à gants"
CALVADOS = "Chauffage à partir de matériaux sourcés localement"  # shared with nobody
DRYER = "Sèche-linge à pompe à chaleur (démo)"  # the demo plan over the de minimis ceiling

ERRORS = "... on FinancingError { code field message }"
LINE_FIELDS = "id category label amount year quarter status version supplierCandidate { id name } quoteDocument { id }"
PLANS = f"""query($id: ID!) {{ node(id: $id) {{ ... on Project {{
  name viewerCanEditFinancing
  investmentPlan {{
    lines {{ {LINE_FIELDS} }}
    totals {{ byCategory {{ category amount }} byYear {{ year amount }} total committed }}
  }}
  financingPlan {{
    sources {{ id kind label amount year status appliedOn decidedOn deMinimis aidEquivalent publicAmount
      scheme {{ id name }} decisionDocument {{ id }} version }}
    balance {{ byYear {{ year uses sources gap }} uses sources gap }}
    publicAmount publicShare
    deMinimis {{ total ceiling remaining exceeded exceedsOn periodStart periodEnd earlierAidAmount planAidAmount
      earlierAid {{ id grantedOn amount grantedBy version }} }}
  }}
}} }} }}"""
SAVE_LINE = f"""mutation($input: SaveInvestmentLineInput!) {{ saveInvestmentLine(input: $input) {{
  __typename ... on InvestmentLineSuccess {{ line {{ {LINE_FIELDS} }}
    project {{ investmentPlan {{ totals {{ total }} }} }} }} {ERRORS} }} }}"""
DELETE_LINE = f"""mutation($input: DeleteInvestmentLineInput!) {{ deleteInvestmentLine(input: $input) {{
  __typename ... on FinancingPlanChangeSuccess {{ project {{ investmentPlan {{ totals {{ total }} }} }} }}
  {ERRORS} }} }}"""
SAVE_SOURCE = f"""mutation($input: SaveFinancingSourceInput!) {{ saveFinancingSource(input: $input) {{
  __typename ... on FinancingSourceSuccess {{ source {{ id kind label amount year status appliedOn decidedOn deMinimis
    aidEquivalent publicAmount scheme {{ id name }} version }} project {{ financingPlan {{ balance {{ gap }} }} }} }}
  {ERRORS} }} }}"""
DELETE_SOURCE = f"""mutation($input: DeleteFinancingSourceInput!) {{ deleteFinancingSource(input: $input) {{
  __typename ... on FinancingPlanChangeSuccess {{ project {{ financingPlan {{ balance {{ sources }} }} }} }}
  {ERRORS} }} }}"""
SAVE_AID = f"""mutation($input: SaveEarlierDeMinimisAidInput!) {{ saveEarlierDeMinimisAid(input: $input) {{
  __typename ... on EarlierDeMinimisAidSuccess {{ aid {{ id grantedOn amount grantedBy version }}
    project {{ financingPlan {{ deMinimis {{ total earlierAidAmount }} }} }} }} {ERRORS} }} }}"""
DELETE_AID = f"""mutation($input: DeleteEarlierDeMinimisAidInput!) {{ deleteEarlierDeMinimisAid(input: $input) {{
  __typename ... on FinancingPlanChangeSuccess {{ project {{ id }} }} {ERRORS} }} }}"""


async def project_ids(world: World, region: str = "normandie") -> dict[str, str]:
    body = await world.graphql(
        "query($region: String!) { projects(region: $region, first: 50) { edges { node { id name } } } }",
        {"region": region},
        as_user=NATIONAL,
    )
    return {edge["node"]["name"]: edge["node"]["id"] for edge in body["data"]["projects"]["edges"]}


async def plans(world: World, project_id: str, as_user: str | None = ADVISER) -> dict[str, Any] | None:
    body = await world.graphql(PLANS, {"id": project_id}, as_user=as_user)
    assert "errors" not in body, body
    node: dict[str, Any] | None = body["data"]["node"]
    return node


async def call(world: World, mutation: str, input_: dict[str, Any], as_user: str | None = ADVISER) -> dict[str, Any]:
    """The mutation's payload (a success or a typed error)."""
    body = await world.graphql(mutation, {"input": input_}, as_user=as_user)
    assert "errors" not in body, body
    return dict(next(iter(body["data"].values())))


def line_input(project_id: str, **values: Any) -> dict[str, Any]:
    return {
        "projectId": project_id,
        "category": "MACHINES",
        "label": "Presse plieuse",
        "amount": 250000,
        "year": 2024,
        **values,
    }


def source_input(project_id: str, **values: Any) -> dict[str, Any]:
    return {"projectId": project_id, "kind": "BANK_LOAN", "amount": 200000, "year": 2024, **values}


async def stored(world: World, region: str = "normandie") -> tuple[int, int, int, int, int]:
    """Lines, sources, earlier aid, the sum of their versions, audit rows: what a refused call must not change."""
    async with world.registry.region(region).sessions() as session:
        versions = 0
        for model in (InvestmentLine, FinancingSource, EarlierDeMinimisAid):
            versions += await session.scalar(select(func.coalesce(func.sum(model.version), 0))) or 0
        return (
            await session.scalar(select(func.count()).select_from(InvestmentLine)) or 0,
            await session.scalar(select(func.count()).select_from(FinancingSource)) or 0,
            await session.scalar(select(func.count()).select_from(EarlierDeMinimisAid)) or 0,
            versions,
            await session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )
