"""After selection the adviser fills the company record, the products concerned and the team."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from stdnum import luhn

from filiere.audit.models import AuditEvent
from filiere.programmes.models import Company, ProjectProduct, ProjectTeamMember
from tests.backend.world import World, count_statements

ADVISER = "conseiller.normandie@demo.filiere.fr"
OTHER_ADVISER = "admin.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

ERRORS = "... on UserError { field message } ... on ProjectInvalid { code } ... on ProjectConflict { code } " + (
    "... on ProjectNotAllowed { code }"
)
UPDATE_COMPANY = f"""mutation($input: UpdateCompanyInput!) {{ updateCompany(input: $input) {{
  __typename ... on UpdateCompanySuccess {{
    company {{ name siret nafCode nafLabel communeCode communeName departement version }} }}
  {ERRORS} }} }}"""
SET_PRODUCTS = f"""mutation($input: SetProjectProductsInput!) {{ setProjectProducts(input: $input) {{
  __typename ... on ProjectEditSuccess {{ project {{ version products {{ name customsCode annualImportValueEur }} }} }}
  {ERRORS} }} }}"""
SET_TEAM = f"""mutation($input: SetProjectTeamInput!) {{ setProjectTeam(input: $input) {{
  __typename ... on ProjectEditSuccess {{ project {{ version team {{ role name organisation email expertise }} }} }}
  {ERRORS} }} }}"""
PROJECT = """query($id: ID!) { node(id: $id) { ... on Project {
  id version status nextSteps { status reasonRequired }
  products { name customsCode annualImportValueEur } team { role name organisation email expertise }
  company { id name version viewerCanEdit } } } }"""


async def first_project(world: World, as_user: str = ADVISER) -> dict[str, Any]:
    body = await world.graphql('{ projects(region: "normandie", first: 1) { edges { node { id } } } }', as_user=ADVISER)
    project_id = body["data"]["projects"]["edges"][0]["node"]["id"]
    return dict((await world.graphql(PROJECT, {"id": project_id}, as_user=as_user))["data"]["node"])


async def run(world: World, query: str, input_: dict[str, Any], as_user: str | None = ADVISER) -> dict[str, Any]:
    body = await world.graphql(query, {"input": input_}, as_user=as_user)
    assert "errors" not in body, body
    return dict(next(iter(body["data"].values())))


async def written(world: World) -> tuple[int, ...]:
    """What a refused edit must leave as it was: company versions, products, team members, audit rows."""
    async with world.registry.region("normandie").sessions() as session:
        return (
            await session.scalar(select(func.sum(Company.version))) or 0,
            await session.scalar(select(func.count()).select_from(ProjectProduct)) or 0,
            await session.scalar(select(func.count()).select_from(ProjectTeamMember)) or 0,
            await session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


async def test_the_adviser_fills_the_company_record(world: World) -> None:
    project = await first_project(world)
    company = project["company"]
    assert company["viewerCanEdit"] is True
    body = await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Company { siren } } }", {"id": company["id"]}, as_user=ADVISER
    )
    own_siren = body["data"]["node"]["siren"]
    establishment = next(own_siren + f"{n:05d}" for n in range(1, 100) if luhn.is_valid(own_siren + f"{n:05d}"))
    updated = await run(
        world,
        UPDATE_COMPANY,
        {
            "companyId": company["id"],
            "expectedVersion": company["version"],
            "name": "  Filature   du Roumois ",
            "siret": establishment,
            "nafCode": "1310z",
            "communeCode": "27056",
        },
    )
    assert updated["__typename"] == "UpdateCompanySuccess"
    assert updated["company"] == {
        "name": "Filature du Roumois",
        "siret": establishment,
        "nafCode": "13.10Z",
        "nafLabel": "Préparation de fibres textiles et filature",
        "communeCode": "27056",
        "communeName": "Bernay",
        "departement": "27",
        "version": company["version"] + 1,
    }
    # The projects' search covers the new name, and their versions did not move (no false conflicts).
    found = await world.graphql(
        '{ projects(region: "normandie", filter: {text: "roumois"}) { edges { node { id version } } } }',
        as_user=ADVISER,
    )
    nodes = [edge["node"] for edge in found["data"]["projects"]["edges"]]
    assert {"id": project["id"], "version": project["version"]} in nodes
    async with world.registry.region("normandie").sessions() as session:
        audit = await session.scalar(select(AuditEvent).where(AuditEvent.action == "company.updated"))
    assert audit is not None and audit.after is not None
    assert audit.after["siret"] == establishment and audit.actor_name == "Camille Lemoine"


async def test_a_bad_company_edit_is_refused_in_french_and_writes_nothing(world: World) -> None:
    company = (await first_project(world))["company"]
    before = await written(world)
    base = {"companyId": company["id"], "expectedVersion": company["version"]}
    cases = [
        ({"name": " "}, "name", "REQUIRED", "raison sociale est obligatoire"),
        ({"name": "x" * 201}, "name", "TOO_LONG", "200 caractères"),
        ({"siret": "12345678901234"}, "siret", "INVALID_SIRET", "14 chiffres"),
        ({"siret": "73282932000074"}, "siret", "SIRET_NOT_OF_SIREN", "doit commencer par son SIREN"),
        ({"nafCode": "99.99Z"}, "nafCode", "UNKNOWN_NAF_CODE", "n'existe pas"),
        ({"communeCode": "59350"}, "communeCode", "COMMUNE_IN_OTHER_REGION", "Hauts-de-France"),
        ({"communeCode": "76000"}, "communeCode", "UNKNOWN_COMMUNE", "pas le code postal"),
        # A correct SIRET with a bad NAF code: checked whole, nothing half-written.
        ({"name": "Nouveau nom", "nafCode": "1310"}, "nafCode", "INVALID_NAF_CODE", "13.10Z"),
    ]
    for change, field, code, message in cases:
        refused = await run(world, UPDATE_COMPANY, base | change)
        assert (refused["__typename"], refused["field"], refused["code"]) == ("ProjectInvalid", field, code), change
        assert message in refused["message"], refused["message"]
    assert await written(world) == before

    await run(world, UPDATE_COMPANY, base | {"name": "Filature du Roumois"})
    stale = await run(world, UPDATE_COMPANY, base | {"nafCode": "13.10Z"}, as_user=OTHER_ADVISER)
    assert (stale["__typename"], stale["code"]) == ("ProjectConflict", "STALE_VERSION")
    assert stale["message"].startswith("Camille Lemoine a modifié cet élément le ")
    assert "(raison sociale)" in stale["message"]


async def test_only_the_region_edits_the_company(world: World) -> None:
    company = (await first_project(world))["company"]
    before = await written(world)
    change = {"companyId": company["id"], "expectedVersion": company["version"], "name": "Piratée"}
    for user, code in ((IDF_ADVISER, "NOT_ALLOWED"), (NATIONAL, "NOT_ALLOWED"), (PARTNER, "NOT_ALLOWED")):
        refused = await run(world, UPDATE_COMPANY, change, as_user=user)
        assert (refused["__typename"], refused["code"]) == ("ProjectNotAllowed", code), user
    anonymous = await world.graphql(UPDATE_COMPANY, {"input": change})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await written(world) == before
    seen_elsewhere = (await first_project(world, as_user=IDF_ADVISER))["company"]
    assert seen_elsewhere["viewerCanEdit"] is False


async def test_products_and_team_are_kept_in_order_and_read_by_full_readers_only(world: World) -> None:
    project = await first_project(world)
    products = await run(
        world,
        SET_PRODUCTS,
        {
            "projectId": project["id"],
            "expectedVersion": project["version"],
            "products": [
                {"name": "Fil de lin peigné", "customsCode": "5306 10 10", "annualImportValueEur": 4_800_000},
                {"name": "Fil de lin retors"},
            ],
        },
    )
    assert products["project"]["products"] == [
        {"name": "Fil de lin peigné", "customsCode": "53061010", "annualImportValueEur": 4_800_000},
        {"name": "Fil de lin retors", "customsCode": None, "annualImportValueEur": None},
    ]
    version = products["project"]["version"]
    assert version == project["version"] + 1
    team = await run(
        world,
        SET_TEAM,
        {
            "projectId": project["id"],
            "expectedVersion": version,
            "members": [
                {"role": "EXPERT", "name": "Paul Garnier", "organisation": "Bpifrance", "expertise": "Financement"},
                {"role": "COACH", "name": "Inès Roussel", "organisation": "Cabinet Relais", "email": " Ines@Relais.fr"},
            ],
        },
    )
    assert [(m["role"], m["name"], m["email"]) for m in team["project"]["team"]] == [
        ("COACH", "Inès Roussel", "ines@relais.fr"),
        ("EXPERT", "Paul Garnier", ""),
    ]

    national = await first_project(world, as_user=NATIONAL)
    assert len(national["products"]) == 2 and len(national["team"]) == 2
    other_region = await first_project(world, as_user=IDF_ADVISER)
    assert (other_region["products"], other_region["team"]) == (None, None)

    stale = await run(
        world,
        SET_PRODUCTS,
        {"projectId": project["id"], "expectedVersion": version, "products": []},
        as_user=OTHER_ADVISER,
    )
    assert stale["code"] == "STALE_VERSION" and "(équipe)" in stale["message"]


async def test_bad_products_and_team_are_refused_in_french_and_write_nothing(world: World) -> None:
    project = await first_project(world)
    before = await written(world)
    base = {"projectId": project["id"], "expectedVersion": project["version"]}
    product_cases = [
        ([{"name": " "}], "products.0.name", "REQUIRED"),
        ([{"name": "Fil", "customsCode": "53 06 1"}], "products.0.customsCode", "INVALID_CUSTOMS_CODE"),
        ([{"name": "Fil", "annualImportValueEur": -1}], "products.0.annualImportValueEur", "OUT_OF_RANGE"),
        ([{"name": "Fil", "annualImportValueEur": 12.5}], "products.0.annualImportValueEur", "NOT_WHOLE_EUROS"),
        ([{"name": "Fil"}, {"name": "FIL"}], "products.1.name", "DUPLICATE_NAME"),
        ([{"name": f"Produit {n}"} for n in range(21)], "products", "TOO_LONG"),
    ]
    for products, field, code in product_cases:
        refused = await run(world, SET_PRODUCTS, base | {"products": products})
        assert (refused["__typename"], refused["field"], refused["code"]) == ("ProjectInvalid", field, code), products
    coach = {"role": "COACH", "name": "Inès Roussel"}
    team_cases = [
        ([coach, coach | {"name": "Marc Petit"}], "members", "ONE_COACH"),
        ([coach | {"email": "ines@"}], "members.0.email", "INVALID_EMAIL"),
        ([coach | {"name": "x" * 121}], "members.0.name", "TOO_LONG"),
    ]
    for members, field, code in team_cases:
        refused = await run(world, SET_TEAM, base | {"members": members})
        assert (refused["__typename"], refused["field"], refused["code"]) == ("ProjectInvalid", field, code), members
    for user, code in ((IDF_ADVISER, "NOT_ALLOWED"), (PARTNER, "NOT_ALLOWED")):
        refused = await run(world, SET_TEAM, base | {"members": [coach]}, as_user=user)
        assert refused["code"] == code, user
    anonymous = await world.graphql(SET_TEAM, {"input": base | {"members": [coach]}})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await written(world) == before


async def test_the_next_steps_say_when_a_reason_is_owed(world: World) -> None:
    project = await first_project(world)
    steps = {step["status"]: step["reasonRequired"] for step in project["nextSteps"]}
    assert steps and all(required == (status in {"REJECTED", "ABANDONED"}) for status, required in steps.items())
    assert True in steps.values() and False in steps.values()
    assert (await first_project(world, as_user=IDF_ADVISER))["nextSteps"] == []


async def test_the_project_page_reads_products_and_team_in_constant_statements(world: World) -> None:
    project = await first_project(world)
    headers = await world.headers(ADVISER)

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": PROJECT, "variables": {"id": project["id"]}}, headers=headers
            )
        assert response.json()["data"]["node"]["products"] is not None
        return counter.count

    def products(count: int) -> list[dict[str, Any]]:
        return [{"name": f"Produit {n}"} for n in range(count)]

    one = await run(
        world,
        SET_PRODUCTS,
        {"projectId": project["id"], "expectedVersion": project["version"], "products": products(1)},
    )
    few = await statements()
    await run(
        world,
        SET_PRODUCTS,
        {"projectId": project["id"], "expectedVersion": one["project"]["version"], "products": products(15)},
    )
    assert await statements() == few
