"""A partner's shared projects as a workbook (/exports/shared-projects.xlsx): exactly what each grant opens."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select, update

from filiere.audit.models import AuditEvent
from filiere.audit.reads import READ_ACTION
from filiere.auth.grants import GrantScope
from filiere.exports.shared_projects import SCOPE_LABELS
from filiere.ids import encode_id
from filiere.partners.models import Grant
from filiere.programmes.models import Company
from tests.backend.programmes.support import share
from tests.backend.world import World, count_statements

ROOT = Path(__file__).resolve().parents[3]
PARTNER = "bpifrance@demo.filiere.fr"
NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
URL = "/exports/shared-projects.xlsx"
VERSION = "query($id: ID!) { node(id: $id) { ... on Project { version } } }"
SET_PRODUCTS = """mutation($input: SetProjectProductsInput!) { setProjectProducts(input: $input) { __typename } }"""
MIJUIN = "Fabrication de marques complémentaires en lin"  # shared with Bpifrance: financing
PIERCAN = "Nouveaux marchés pour les boîtes à gants"  # shared with Bpifrance: documents
SHARED = """{ projects(first: 100) { edges { node { id name notes products { name } viewerGrant { expiresOn }
  milestoneProgress { passed total } } } } }"""


async def workbook_rows(world: World, as_user: str = PARTNER, **params: str) -> list[dict[str, Any]]:
    answer = await world.client.get(URL, params=params, headers=await world.headers(as_user))
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-disposition"].startswith('attachment; filename="projets-partages-')
    header, *rows = load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows]


async def shared_nodes(world: World) -> dict[str, dict[str, Any]]:
    body = await world.graphql(SHARED, as_user=PARTNER)
    return {edge["node"]["name"]: edge["node"] for edge in body["data"]["projects"]["edges"]}


async def give_products(world: World, project_id: str, *names: str) -> None:
    """The products the Normandie adviser records on a project."""
    version = (await world.graphql(VERSION, {"id": project_id}, as_user=NORMANDIE_ADVISER))["data"]["node"]["version"]
    products = [{"name": name} for name in names]
    body = await world.graphql(
        SET_PRODUCTS,
        {"input": {"projectId": project_id, "expectedVersion": version, "products": products}},
        as_user=NORMANDIE_ADVISER,
    )
    assert body["data"]["setProjectProducts"]["__typename"] == "ProjectEditSuccess", body


async def test_each_row_holds_what_its_grant_opens_and_nothing_more(world: World) -> None:
    nodes = await shared_nodes(world)
    await give_products(world, nodes[MIJUIN]["id"], "Linge de maison en lin", "Chemises en lin")
    await give_products(world, nodes[PIERCAN]["id"], "Boîtes à gants")
    nodes = await shared_nodes(world)
    rows = await workbook_rows(world)
    assert [row["Projet"] for row in rows] == list(nodes) and set(nodes) == {MIJUIN, PIERCAN}
    by_name = {row["Projet"]: row for row in rows}

    mijuin, node = by_name[MIJUIN], nodes[MIJUIN]
    assert mijuin["Portée du partage"] == "Financement"
    expires = node["viewerGrant"]["expiresOn"]
    assert isinstance(mijuin["Partagé jusqu'au"], datetime)
    assert mijuin["Partagé jusqu'au"].date() == date.fromisoformat(expires)
    assert mijuin["Produits"] == "Linge de maison en lin, Chemises en lin"
    progress = node["milestoneProgress"]
    assert mijuin["Jalons passés"] == f"{progress['passed']} / {progress['total']}" and progress["total"] > 0
    assert (mijuin["Contact"], mijuin["E-mail du contact"]) == (None, None), "a financing grant opens no contact"

    piercan = by_name[PIERCAN]
    assert piercan["Portée du partage"] == "Documents"
    assert piercan["Produits"] is None, "a documents grant does not cover its products"
    assert (piercan["Contact"], piercan["E-mail du contact"]) == (None, None)

    # The CCI's notes, never: no such column, and no cell carries them.
    assert not any("note" in title.lower() for title in rows[0])
    staff = await world.graphql(
        SHARED.replace("first: 100", 'region: "normandie", first: 100'), as_user=NORMANDIE_ADVISER
    )
    notes = [edge["node"]["notes"] for edge in staff["data"]["projects"]["edges"] if edge["node"]["name"] in nodes]
    assert all(notes) and not any(note in str(cell) for row in rows for cell in row.values() for note in notes)


async def test_a_full_grant_fills_the_contact_and_the_scope_filter_narrows_the_rows(world: World) -> None:
    nodes = await shared_nodes(world)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        await session.execute(update(Company).values(contact_name="Paul Lefèvre", contact_email="paul@example.org"))
    await share(world, nodes[PIERCAN]["id"], GrantScope.FULL)
    rows = {row["Projet"]: row for row in await workbook_rows(world)}
    assert rows[PIERCAN]["Portée du partage"] == "Fiche complète"
    assert (rows[PIERCAN]["Contact"], rows[PIERCAN]["E-mail du contact"]) == ("Paul Lefèvre", "paul@example.org")
    assert (rows[MIJUIN]["Contact"], rows[MIJUIN]["E-mail du contact"]) == (None, None)

    only = await workbook_rows(world, scope="FINANCING")
    assert [row["Projet"] for row in only] == [MIJUIN]
    bad = await world.client.get(URL, params={"scope": "tout"}, headers=await world.headers(PARTNER))
    assert bad.status_code == 400


async def test_the_confidential_columns_a_partner_exports_are_in_the_access_log(world: World) -> None:
    await workbook_rows(world)
    async with world.registry.region("normandie").sessions() as session:
        reads = list(await session.scalars(select(AuditEvent).where(AuditEvent.action == READ_ACTION)))
    assert [(row.entity_id, row.after["fields"]) for row in reads] == [(reads[0].entity_id, ["products"])]
    nodes = await shared_nodes(world)
    assert encode_id("Project", "normandie", reads[0].entity_id) == nodes[MIJUIN]["id"]


async def test_only_a_partner_has_this_export_and_only_of_its_shares(world: World) -> None:
    for user in (NORMANDIE_ADVISER, JUROR):
        answer = await world.client.get(URL, headers=await world.headers(user))
        assert answer.status_code == 404, user
    assert (await world.client.get(URL)).status_code == 401
    # A partner whose grants ended: a workbook with no project.
    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(update(Grant).values(revoked_at=datetime(2026, 1, 1, tzinfo=UTC)))
    assert await workbook_rows(world) == []


async def test_statements_do_not_grow_with_the_shared_projects(world: World) -> None:
    headers = await world.headers(PARTNER)

    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            answer = await world.client.get(URL, headers=headers)
        rows = list(load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True))
        # The reads: the access log's rows (one per project whose products were read) are its own matter.
        reads = [statement for statement in counter.statements if not statement.lstrip().upper().startswith("INSERT")]
        return len(reads), len(rows) - 1

    few, shown = await statements()
    listed = await world.graphql(
        '{ projects(region: "normandie", first: 6) { edges { node { id } } } }', as_user=NORMANDIE_ADVISER
    )
    for edge in listed["data"]["projects"]["edges"]:
        await share(world, edge["node"]["id"], GrantScope.FINANCING)
    many, more = await statements()
    assert more > shown
    assert many == few


def test_the_scopes_are_named_as_the_spa_names_them() -> None:
    spa = json.loads((ROOT / "frontend/src/i18n/fr/partners.json").read_text())
    assert {scope.value.upper(): label for scope, label in SCOPE_LABELS.items()} == spa["shared"]["scope"]
