"""Every query field outside projects, as the callers that must get least: anonymous, a juror, a partner
without grant, and an adviser of another region (projects themselves: programmes/test_schema.py)."""

from __future__ import annotations

from tests.backend.world import World

NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"

EVENTS = """{ events(first: 50) { totalCount edges { node {
  id name editionYear hostRegion { slug } coOrganisers { slug } productFigures { productsPresented }
} } } }"""
ORGANISATIONS = "{ organisations(first: 50) { totalCount edges { node { id slug name kind } } } }"
REGIONS = "{ regions { totalCount edges { node { id slug name viewerAccess } } } }"
VIEWER = "{ viewer { displayName role region { slug } organisation { slug } user { id email } } }"
NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
COMPANIES = '{ projects(region: "normandie", first: 1) { edges { node { company { id } adviser { id } } } } }'


async def test_anonymous_callers_get_nothing_anywhere(world: World) -> None:
    assert (await world.graphql(VIEWER))["data"]["viewer"] is None
    for query in (EVENTS, ORGANISATIONS, REGIONS):
        body = await world.graphql(query)
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    ids = (await world.graphql(COMPANIES, as_user=NATIONAL))["data"]["projects"]["edges"][0]["node"]
    for node_id in (ids["company"]["id"], ids["adviser"]["id"]):
        assert (await world.graphql(NODE, {"id": node_id}))["data"]["node"] is None


async def test_events_are_public_results_but_not_for_jurors(world: World) -> None:
    body = await world.graphql(EVENTS, as_user=IDF_ADVISER)
    events = [edge["node"] for edge in body["data"]["events"]["edges"]]
    # The 2023 event, co-organised by Normandie and Île-de-France, is stored once, in its host's database.
    assert [(e["editionYear"], e["hostRegion"]["slug"], e["coOrganisers"]) for e in events] == [
        (2027, "normandie", []),  # the fictional edition's J0, open to registration (demo/event_programme.py)
        (2023, "normandie", [{"slug": "ile-de-france"}]),
        (2022, "normandie", []),  # « 1re édition » before « 2e édition »
        (2022, "hauts-de-france", []),
    ]
    rouen = next(e for e in events if e["hostRegion"]["slug"] == "normandie" and e["editionYear"] == 2022)
    assert rouen["productFigures"] == {"productsPresented": 6}
    assert (await world.graphql(EVENTS, as_user=PARTNER))["data"]["events"]["totalCount"] == 4
    assert (await world.graphql(EVENTS, as_user=JUROR))["data"]["events"]["totalCount"] == 0
    assert (await world.graphql(NODE, {"id": rouen["id"]}, as_user=JUROR))["data"]["node"] is None


async def test_organisations_and_people(world: World) -> None:
    organisations = await world.graphql(ORGANISATIONS, as_user=PARTNER)
    assert organisations["data"]["organisations"]["totalCount"] == 14
    assert (await world.graphql(ORGANISATIONS, as_user=JUROR))["data"]["organisations"]["totalCount"] == 0
    ids = (await world.graphql(COMPANIES, as_user=NATIONAL))["data"]["projects"]["edges"][0]["node"]
    adviser_id = ids["adviser"]["id"]
    assert (await world.graphql(NODE, {"id": adviser_id}, as_user=IDF_ADVISER))["data"]["node"]["__typename"] == "User"
    for outsider in (PARTNER, JUROR):
        assert (await world.graphql(NODE, {"id": adviser_id}, as_user=outsider))["data"]["node"] is None


async def test_companies_follow_their_projects(world: World) -> None:
    company_id = (await world.graphql(COMPANIES, as_user=NATIONAL))["data"]["projects"]["edges"][0]["node"]["company"][
        "id"
    ]
    for reader in (NORMANDIE_ADVISER, IDF_ADVISER, NATIONAL):
        assert (await world.graphql(NODE, {"id": company_id}, as_user=reader))["data"]["node"][
            "__typename"
        ] == "Company"
    for outsider in (PARTNER, JUROR):
        assert (await world.graphql(NODE, {"id": company_id}, as_user=outsider))["data"]["node"] is None


async def test_regions_say_what_each_viewer_may_read(world: World) -> None:
    def access(body: dict) -> dict[str, str]:
        return {edge["node"]["slug"]: edge["node"]["viewerAccess"] for edge in body["data"]["regions"]["edges"]}

    assert access(await world.graphql(REGIONS, as_user=IDF_ADVISER)) == {
        "normandie": "SUMMARY",
        "ile-de-france": "FULL",
        "hauts-de-france": "SUMMARY",
        "bourgogne-franche-comte": "SUMMARY",
    }
    assert set(access(await world.graphql(REGIONS, as_user=NATIONAL)).values()) == {"FULL"}
    assert set(access(await world.graphql(REGIONS, as_user=PARTNER)).values()) == {"NONE"}
    assert set(access(await world.graphql(REGIONS, as_user=JUROR)).values()) == {"NONE"}


async def test_viewer_describes_the_caller(world: World) -> None:
    partner = (await world.graphql(VIEWER, as_user=PARTNER))["data"]["viewer"]
    assert partner["role"] == "PARTNER" and partner["organisation"] == {"slug": "bpifrance"}
    assert partner["region"] is None and partner["user"]["email"] == PARTNER
    adviser = (await world.graphql(VIEWER, as_user=NORMANDIE_ADVISER))["data"]["viewer"]
    assert adviser["region"] == {"slug": "normandie"} and adviser["displayName"] == "Camille Lemoine"
