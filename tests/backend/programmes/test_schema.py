"""Projects through GraphQL, as each kind of user sees them."""

from __future__ import annotations

from sqlalchemy import select

from filiere.audit.models import AuditEvent
from filiere.auth.grants import GrantScope
from filiere.partners.models import Grant, Organisation
from filiere.programmes.models import Company, Project, ProjectKind, ProjectStatus, Sector
from filiere.programmes.service import index_project
from tests.backend.world import World, count_statements, region_down

NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"

PROJECTS = """
query Projects($region: String, $first: Int, $after: String, $filter: ProjectFilter) {
  projects(region: $region, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    unavailableRegions { slug name }
    edges { cursor node {
      id name summary access notes status sector kind needs viewerCanEdit version
      region { slug }
      company { name siren sirenIsDemo communeCode departement }
      adviser { displayName email }
    } }
  }
}
"""

NODE = """
query Node($id: ID!) { node(id: $id) { __typename id ... on Project { name access notes } } }
"""

UPDATE = """
mutation Update($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on UpdateProjectSuccess { project { notes summary version } }
    ... on UserError { field message }
    ... on ProjectInvalid { code }
    ... on ProjectConflict { code }
    ... on ProjectNotAllowed { code }
  }
}
"""


def nodes(body: dict) -> list[dict]:
    return [edge["node"] for edge in body["data"]["projects"]["edges"]]


async def test_adviser_reads_own_region_in_full(world: World) -> None:
    body = await world.graphql(PROJECTS, {"region": "normandie"}, as_user=NORMANDIE_ADVISER)
    projects = nodes(body)
    assert body["data"]["projects"]["totalCount"] == 7
    assert {p["company"]["name"] for p in projects} == {
        "MIJUIN",
        "HUMAN MOB",
        "ARTHUS et PAOLA",
        "Conseil Départemental du Calvados",
        "PIERCAN",
        "Électroménager du Cotentin (démo)",
        "Semelles Normandes (démo)",
    }
    assert all(p["access"] == "FULL" and p["notes"] and p["viewerCanEdit"] for p in projects)
    assert all(p["region"]["slug"] == "normandie" for p in projects)
    assert all(p["adviser"]["displayName"] == "Camille Lemoine" for p in projects)
    assert all(p["company"]["sirenIsDemo"] for p in projects)


async def test_other_region_adviser_sees_only_summary_cards(world: World) -> None:
    body = await world.graphql(PROJECTS, {"region": "normandie"}, as_user=IDF_ADVISER)
    projects = nodes(body)
    assert len(projects) == 7
    assert all(p["access"] == "SUMMARY" for p in projects)
    assert all(p["notes"] is None for p in projects)
    assert not any(p["viewerCanEdit"] for p in projects)
    # The card itself stays useful: name, summary, company, adviser.
    assert all(p["summary"] and p["company"]["name"] and p["adviser"] for p in projects)

    own = nodes(await world.graphql(PROJECTS, {"region": "ile-de-france"}, as_user=IDF_ADVISER))
    assert {p["company"]["name"] for p in own} == {
        "TOUROUL-CHEVALERIE",
        "Groupe DELINEO",
        "Outils d'Île-de-France (démo)",
        "Gourdes de Seine (démo)",
    }
    assert all(p["access"] == "FULL" for p in own)


async def test_national_reads_every_region_merged_and_sorted(world: World) -> None:
    body = await world.graphql(PROJECTS, {"first": 100}, as_user=NATIONAL)
    projects = nodes(body)
    assert body["data"]["projects"]["totalCount"] == 17
    assert {p["region"]["slug"] for p in projects} == {
        "normandie",
        "ile-de-france",
        "hauts-de-france",
        "bourgogne-franche-comte",
    }
    names = [p["name"] for p in projects]
    assert names == sorted(names, key=lambda n: n.casefold().replace("é", "e").replace("è", "e"))
    assert all(p["access"] == "FULL" and p["notes"] is not None for p in projects)
    assert not any(p["viewerCanEdit"] for p in projects), "CCI France never writes regional data"


async def test_merged_pages_follow_each_other_without_gaps(world: World) -> None:
    seen: list[str] = []
    after = None
    while True:
        body = await world.graphql(PROJECTS, {"first": 4, "after": after}, as_user=NATIONAL)
        connection = body["data"]["projects"]
        seen += [edge["node"]["id"] for edge in connection["edges"]]
        if not connection["pageInfo"]["hasNextPage"]:
            break
        after = connection["pageInfo"]["endCursor"]
    everything = nodes(await world.graphql(PROJECTS, {"first": 100}, as_user=NATIONAL))
    assert seen == [p["id"] for p in everything]
    assert len(seen) == len(set(seen)) == 17


async def test_filters_by_status_sector_and_accent_insensitive_text(world: World) -> None:
    textile = nodes(await world.graphql(PROJECTS, {"first": 100, "filter": {"sector": ["TEXTILE"]}}, as_user=NATIONAL))
    assert {p["company"]["name"] for p in textile} == {
        "MIJUIN",
        "ARTHUS et PAOLA",
        "TOUROUL-CHEVALERIE",
        "Atelier Lin du Nord (démo)",
        "Semelles Normandes (démo)",
    }
    candidates = nodes(
        await world.graphql(PROJECTS, {"first": 100, "filter": {"status": ["CANDIDATE"]}}, as_user=NATIONAL)
    )
    assert {p["status"] for p in candidates} == {"CANDIDATE"}
    assert len(candidates) == 2
    # Case and accents are ignored, in the name as in the company and summary.
    found = nodes(await world.graphql(PROJECTS, {"first": 100, "filter": {"text": "BOITES A GANTS"}}, as_user=NATIONAL))
    assert [p["name"] for p in found] == ["Nouveaux marchés pour les boîtes à gants"]
    found = nodes(await world.graphql(PROJECTS, {"first": 100, "filter": {"text": "velos cargo"}}, as_user=NATIONAL))
    assert [p["name"] for p in found] == ["Cadres de vélos cargo (démo)"]
    # LIKE wildcards typed by a user are literal.
    assert nodes(await world.graphql(PROJECTS, {"filter": {"text": "%"}}, as_user=NATIONAL)) == []


async def test_partner_sees_only_the_projects_shared_with_its_organisation(world: World) -> None:
    # The demo shares MIJUIN's and PIERCAN's projects with Bpifrance (partners/test_grants.py: the rest).
    body = await world.graphql(PROJECTS, {"first": 100}, as_user=PARTNER)
    assert body["data"]["projects"]["totalCount"] == 2
    assert sorted(p["company"]["name"] for p in nodes(body)) == ["MIJUIN", "PIERCAN"]
    body = await world.graphql(PROJECTS, {"region": "ile-de-france"}, as_user=PARTNER)
    assert nodes(body) == []
    not_shared = next(
        p
        for p in nodes(await world.graphql(PROJECTS, {"region": "normandie"}, as_user=NATIONAL))
        if p["company"]["name"] not in {"MIJUIN", "PIERCAN"}
    )
    assert (await world.graphql(NODE, {"id": not_shared["id"]}, as_user=PARTNER))["data"]["node"] is None


async def test_partner_sees_exactly_what_a_grant_shares(world: World) -> None:
    async with world.registry.region("normandie").sessions() as session:
        piercan = await session.scalar(select(Project).join(Company).where(Company.name == "PIERCAN"))
    async with world.registry.national.sessions() as session, session.begin():
        bpifrance = await session.scalar(select(Organisation).where(Organisation.slug == "bpifrance"))
        grant = await session.scalar(
            select(Grant).where(Grant.organisation_id == bpifrance.id, Grant.project_id == piercan.id)
        )
        grant.scope = GrantScope.SUMMARY

    projects = nodes(await world.graphql(PROJECTS, {"first": 100}, as_user=PARTNER))
    piercan_card = next(p for p in projects if p["company"]["name"] == "PIERCAN")
    assert piercan_card["access"] == "SUMMARY" and piercan_card["notes"] is None

    async with world.registry.national.sessions() as session, session.begin():
        grant = await session.scalar(
            select(Grant).where(Grant.organisation_id == bpifrance.id, Grant.project_id == piercan.id)
        )
        grant.scope = GrantScope.FULL
    projects = nodes(await world.graphql(PROJECTS, {"first": 100}, as_user=PARTNER))
    piercan_card = next(p for p in projects if p["company"]["name"] == "PIERCAN")
    # The whole record, but never the CCI's internal notes.
    assert piercan_card["access"] == "FULL" and piercan_card["notes"] is None
    assert not piercan_card["viewerCanEdit"]


async def test_juror_and_anonymous_get_nothing(world: World) -> None:
    body = await world.graphql(PROJECTS, {"first": 100}, as_user=JUROR)
    assert nodes(body) == []
    anonymous = await world.graphql(PROJECTS, {"first": 100})
    assert anonymous["data"] is None
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "Connectez-vous" in anonymous["errors"][0]["message"]
    project_id = nodes(await world.graphql(PROJECTS, {"region": "normandie"}, as_user=NATIONAL))[0]["id"]
    anonymous_node = await world.graphql(NODE, {"id": project_id})
    assert anonymous_node["data"]["node"] is None


async def test_node_routes_an_id_to_its_region_with_the_same_rules(world: World) -> None:
    project = nodes(await world.graphql(PROJECTS, {"region": "normandie"}, as_user=NORMANDIE_ADVISER))[0]
    own = (await world.graphql(NODE, {"id": project["id"]}, as_user=NORMANDIE_ADVISER))["data"]["node"]
    assert own["__typename"] == "Project" and own["notes"] and own["access"] == "FULL"
    other = (await world.graphql(NODE, {"id": project["id"]}, as_user=IDF_ADVISER))["data"]["node"]
    assert other["access"] == "SUMMARY" and other["notes"] is None
    for garbage in ("", "not-base64!", "UHJvamVjdDpub3JtYW5kaWU6OTk5OQ", "UHJvamVjdDpub3doZXJlOjE"):
        assert (await world.graphql(NODE, {"id": garbage}, as_user=NATIONAL))["data"]["node"] is None


async def test_one_region_down_keeps_the_others_and_names_it(world: World) -> None:
    with region_down(world, "hauts-de-france"):
        body = await world.graphql(PROJECTS, {"first": 100}, as_user=NATIONAL)
    connection = body["data"]["projects"]
    assert connection["totalCount"] == 14
    assert {p["region"]["slug"] for p in nodes(body)} == {
        "normandie",
        "ile-de-france",
        "bourgogne-franche-comte",
    }
    assert connection["unavailableRegions"] == [{"slug": "hauts-de-france", "name": "Hauts-de-France"}]
    [error] = body["errors"]
    assert error["extensions"] == {"code": "REGION_UNAVAILABLE", "region": "hauts-de-france"}
    assert "Hauts-de-France" in error["message"]


async def _add_projects(world: World, region: str, count: int) -> None:
    async with world.registry.region(region).sessions() as session, session.begin():
        company = Company(
            name=f"Entreprise de charge {region}",
            siren="732829320",
            commune_code="76540",
            commune_name="Rouen",
            departement="76",
        )
        session.add(company)
        await session.flush()
        for index in range(count):
            project = Project(
                company_id=company.id,
                name=f"Projet de charge {index:03d}",
                summary="Projet créé pour mesurer le nombre de requêtes.",
                kind=ProjectKind.RELOCATION,
                sector=Sector.TEXTILE,
                status=ProjectStatus.SELECTED,
                adviser_id=(await world.user(NORMANDIE_ADVISER)).id if index % 2 else None,
                notes="",
                needs=[],
            )
            index_project(project, company.name)
            session.add(project)


async def test_statements_do_not_grow_with_the_page_size(world: World) -> None:
    await _add_projects(world, "normandie", 60)
    headers = await world.headers(NORMANDIE_ADVISER)

    async def statements_for(first: int) -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql",
                json={"query": PROJECTS, "variables": {"region": "normandie", "first": first}},
                headers=headers,
            )
        assert len(response.json()["data"]["projects"]["edges"]) == first
        return counter.count

    small, large = await statements_for(5), await statements_for(50)
    # count + page + needs (regional), companies (regional loader), advisers (national loader), and the
    # caller's account still open (national, once per request)
    assert small == large == 6


async def test_statements_of_the_merged_list_are_per_region_not_per_row(world: World) -> None:
    headers = await world.headers(NATIONAL)

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": PROJECTS, "variables": {"first": 50}}, headers=headers
            )
        assert len(response.json()["data"]["projects"]["edges"]) == 50
        return counter.count

    await _add_projects(world, "normandie", 60)
    with_60 = await statements()
    await _add_projects(world, "hauts-de-france", 60)
    with_120 = await statements()
    # At most, per region: count + page + needs + companies; plus one national batch of advisers and the
    # caller's account still open.
    assert with_60 <= 4 * 4 + 2
    assert with_120 <= 4 * 4 + 2


async def test_update_writes_the_change_and_its_audit_row(world: World) -> None:
    project = nodes(await world.graphql(PROJECTS, {"region": "normandie"}, as_user=NORMANDIE_ADVISER))[0]
    body = await world.graphql(
        UPDATE,
        {
            "input": {
                "projectId": project["id"],
                "expectedVersion": project["version"],
                "notes": "  Point d'étape  ",
            }
        },
        as_user=NORMANDIE_ADVISER,
    )
    result = body["data"]["updateProject"]
    assert result["__typename"] == "UpdateProjectSuccess"
    assert result["project"]["notes"] == "Point d'étape"
    assert result["project"]["version"] == project["version"] + 1
    async with world.registry.region("normandie").sessions() as session:
        [audit] = list(await session.scalars(select(AuditEvent).where(AuditEvent.action == "project.updated")))
    assert audit.action == "project.updated" and audit.actor_role == "adviser"
    assert audit.after == {"notes": "Point d'étape"} and audit.before["notes"] == project["notes"]

    both = await world.graphql(
        UPDATE,
        {
            "input": {
                "projectId": project["id"],
                "expectedVersion": project["version"] + 1,
                "summary": "Un objectif reformulé",
                "notes": "Autre point",
            }
        },
        as_user=NORMANDIE_ADVISER,
    )
    assert both["data"]["updateProject"]["project"]["version"] == project["version"] + 2, "one version per update"
    found = await world.graphql(PROJECTS, {"region": "normandie", "filter": {"text": "reformule"}}, as_user=NATIONAL)
    assert [p["id"] for p in nodes(found)] == [project["id"]], "the search text follows the new objective"

    stale = await world.graphql(
        UPDATE,
        {"input": {"projectId": project["id"], "expectedVersion": project["version"], "notes": "x"}},
        as_user=NORMANDIE_ADVISER,
    )
    assert stale["data"]["updateProject"]["__typename"] == "ProjectConflict"
    assert stale["data"]["updateProject"]["code"] == "STALE_VERSION"


async def _audit_rows(world: World) -> int:
    async with world.registry.region("normandie").sessions() as session:
        return len(list(await session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "Project"))))


async def test_refused_updates_write_nothing(world: World) -> None:
    project = nodes(await world.graphql(PROJECTS, {"region": "normandie"}, as_user=NORMANDIE_ADVISER))[0]
    attempts = [
        (NORMANDIE_ADVISER, {"summary": "   "}, "ProjectInvalid", "REQUIRED", "summary"),
        (NORMANDIE_ADVISER, {"notes": "x" * 10001}, "ProjectInvalid", "TOO_LONG", "notes"),
        (IDF_ADVISER, {"notes": "intrusion"}, "ProjectNotAllowed", "NOT_ALLOWED", None),
        (NATIONAL, {"notes": "intrusion"}, "ProjectNotAllowed", "NOT_ALLOWED", None),
        (PARTNER, {"notes": "intrusion"}, "ProjectNotAllowed", "NOT_ALLOWED", None),
        (JUROR, {"notes": "intrusion"}, "ProjectNotAllowed", "NOT_ALLOWED", None),
    ]
    for user, change, typename, code, field in attempts:
        body = await world.graphql(
            UPDATE,
            {"input": {"projectId": project["id"], "expectedVersion": project["version"], **change}},
            as_user=user,
        )
        result = body["data"]["updateProject"]
        assert (result["__typename"], result["code"], result["field"]) == (typename, code, field), user
        assert result["message"]
    anonymous = await world.graphql(
        UPDATE, {"input": {"projectId": project["id"], "expectedVersion": project["version"], "notes": "x"}}
    )
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    after = (await world.graphql(NODE, {"id": project["id"]}, as_user=NORMANDIE_ADVISER))["data"]["node"]
    assert after["notes"] == project["notes"]
    assert await _audit_rows(world) == 0
