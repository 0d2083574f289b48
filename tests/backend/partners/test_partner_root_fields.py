"""Every root Query field — read from the schema, so that a new one is walked too — as a partner user and as
its organisation's API client: nothing beyond what the policy gives a partner. A field closed to partners
answers as if there were nothing (null, an empty list or connection, or the refusal any such role gets);
the few open ones give the programme's public facts, the caller's own account, and of projects exactly those
shared with its organisation. Both readers get the same answers, and neither writes anything."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graphql import GraphQLField, GraphQLNonNull, GraphQLOutputType, get_named_type, is_leaf_type

from filiere.graphql.node import NODE_LOADERS
from filiere.graphql.schema import schema
from filiere.ids import decode_id, encode_id
from tests.backend.partners.api_clients import graphql, new_client, token
from tests.backend.partners.grants_support import (
    CALVADOS,
    MIJUIN,
    NATIONAL,
    PARTNER,
    PIERCAN,
    project_ids,
    share,
)
from tests.backend.sourcing.request_helpers import posted
from tests.backend.world import WRITE, World, count_statements

ROOT = schema._schema.type_map["Query"]  # type: ignore[attr-defined]
# The root fields a partner reads something from, and why; every other one must give it nothing.
OPEN = {
    "viewer": "the caller's own identity",
    "regions": "the programme's regions: their names, not their advisers nor their figures",
    "node": "a dispatcher: each type's own gate, walked below with ids of every node type",
    "projects": "exactly the projects shared with its organisation",
    "selectionCriteria": "the published grid of the method",
    "events": "the programme's events, open to partners",
    "eventBySlug": "one of the programme's events, open to partners",
    "publicEvent": "an event's public page: its programme, published for anyone",
    "myMeetings": "the caller's own B2B meeting requests at an event",
    "myMeetingAgendaIcs": "the caller's own B2B meetings, as a calendar",
    "organisations": "the directory of partner organisations, without their members or API clients",
    "inbox": "the caller's own notices",
    "inboxUnreadCount": "the caller's own notices",
    "defaultSupplyChainStages": "a fixed list of the method",
    "communes": "the shipped official geography",
    "acceleratorEdition": "the published regions and dates of the coming edition",
    "mySessions": "the caller's own sign-in sessions",
    "financingSchemes": "the national catalogue of financing schemes, never a region's own",
}
# Node types a partner reads whatever their id: the directory, the programme's events, the regions, the national
# catalogue of financing schemes (its first ids: the regions' own schemes come last in the demo). Projects
# and companies: those shared with its organisation only; the rest never.
OPEN_NODE_TYPES = {"Organisation", "Event", "Region", "FinancingScheme"}
REFUSALS = {"NOT_ALLOWED", "NOT_FOUND"}
ALIASES = 15  # settings.graphql_max_aliases


def selection(field_type: GraphQLOutputType) -> str:
    """`__typename` and `id` of an object, the same of each node and `totalCount` of a connection."""
    named = get_named_type(field_type)
    if is_leaf_type(named):
        return ""
    fields = getattr(named, "fields", {})
    if "edges" in fields:
        node = get_named_type(fields["edges"].type).fields["node"].type  # type: ignore[union-attr]
        total = " totalCount" if "totalCount" in fields else ""
        return f"{{ __typename{total} edges {{ node {selection(node)} }} }}"
    return "{ __typename" + (" id" if "id" in fields else "") + " }"


def arguments(name: str, field: GraphQLField, plausible: dict[str, Any]) -> str:
    """Plausible values of the field's arguments: every required one, and the usual optional ones."""
    values = {**plausible["*"], **plausible.get(name, {})}
    missing = [arg for arg, spec in field.args.items() if isinstance(spec.type, GraphQLNonNull) and arg not in values]
    assert not missing, f"give `{name}` a plausible {missing} in this test"
    given = [f"{arg}: {json.dumps(values[arg])}" for arg in field.args if arg in values]
    return f"({', '.join(given)})" if given else ""


def is_nothing(name: str, body: dict[str, Any]) -> bool:
    """Null, an empty list or connection, or a refusal that says nothing of the data."""
    if "errors" in body:
        codes = {error.get("extensions", {}).get("code") for error in body["errors"]}
        return codes <= REFUSALS and not (body.get("data") or {}).get(name)
    value = body["data"][name]
    if isinstance(value, dict) and "edges" in value:
        return value["edges"] == [] and value.get("totalCount", 0) == 0
    return value in (None, [], 0)


class Readers:
    """Bpifrance's user and its API client; each query is asked of both, which must get the same answer and
    write nothing (the client's bookkeeping — last use, rate limit — aside)."""

    def __init__(self, world: World, client_token: str) -> None:
        self.world = world
        self.client_token = client_token

    async def ask(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        with count_statements(self.world.registry) as counter:
            as_user = await self.world.graphql(query, variables, as_user=PARTNER)
            response = await graphql(self.world, self.client_token, query, variables)
        written = {match.group(1) for statement in counter.statements if (match := WRITE.match(statement))}
        assert written <= {"api_clients", "rate_limit_windows"}, (query, written)
        assert response.status_code == 200, response.text
        as_client: dict[str, Any] = response.json()
        assert as_client == as_user, (query, as_user, as_client)
        return as_client


async def readers(world: World) -> Readers:
    # Another organisation's grant too: Bpifrance must see nothing of it.
    assert (await share(world, CALVADOS, organisation="ey", scope="FULL"))["__typename"] == "GrantSuccess"
    return Readers(world, await token(world, await new_client(world)))


async def first_id(world: World, query: str) -> str:
    body = await world.graphql(query, as_user=NATIONAL)
    connection = next(iter(body["data"].values()))
    node_id: str = connection["edges"][0]["node"]["id"]
    return node_id


async def test_every_root_field_gives_a_partner_and_its_api_client_nothing_beyond_the_policy(
    world: World, tmp_path: Path
) -> None:
    ids = await project_ids(world)
    company = await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { company { id } } } }", {"id": ids[MIJUIN]}, as_user=NATIONAL
    )
    # An event where Bpifrance's person asked for no meeting: its API client, which is nobody, gets the same.
    quiet_event = (
        await world.graphql('{ eventBySlug(slug: "2022-24-heures-pour-relocaliser-rouen") { id } }', as_user=NATIONAL)
    )["data"]["eventBySlug"]["id"]
    plausible: dict[str, Any] = {
        "*": {
            "first": 20,
            "region": "normandie",
            "horizonWorkingDays": 20,
            "relativeDay": 0,
            "unreadOnly": False,
            "addressedToMe": False,
            "includeExpired": True,
            "awaitingMyAnswer": False,
            "search": "Rouen",
        },
        "node": {"id": ids[CALVADOS]},  # shared with EY only
        "eventBySlug": {"slug": "2023-pour-une-france-industrielle"},
        "publicEvent": {"slug": "2023-pour-une-france-industrielle"},
        "myEventRegistration": {"token": "not-a-registrant-s-link"},
        "myMeetings": {"eventId": quiet_event},
        "myMeetingAgendaIcs": {"eventId": quiet_event},
        "rhythm": {"editionId": await first_id(world, "{ editions(first: 1) { edges { node { id } } } }")},
        "sourcingRequest": {"id": (await posted(world, tmp_path))[0]["id"]},  # Normandie's, to Hauts-de-France
        # Even on a project shared with it: the register's proposal is the CCI's tool.
        "companySireneProposal": {"companyId": company["data"]["node"]["company"]["id"]},
    }
    reader = await readers(world)
    for name, field in ROOT.fields.items():
        query = f"{{ {name}{arguments(name, field, plausible)} {selection(field.type)} }}"
        body = await reader.ask(query)
        assert name in OPEN or is_nothing(name, body), (name, body)

    # What the open fields give: its own identity, the shared projects, no one's members, advisers or figures.
    viewer = await reader.ask("{ viewer { role region { slug } organisation { slug userCount apiClients { id } } } }")
    assert viewer["data"]["viewer"] == {
        "role": "PARTNER",
        "region": None,
        "organisation": {"slug": "bpifrance", "userCount": None, "apiClients": None},
    }
    for region in (None, "normandie", "ile-de-france"):
        listed = await reader.ask(
            "query($region: String) { projects(region: $region, first: 50) { totalCount edges { node { name } } } }",
            {"region": region},
        )
        names = {edge["node"]["name"] for edge in listed["data"]["projects"]["edges"]}
        assert names == ({MIJUIN, PIERCAN} if region != "ile-de-france" else set()), region
        assert listed["data"]["projects"]["totalCount"] == len(names)
    regions = await reader.ask(
        """{ regions { edges { node { advisers(first: 5) { totalCount } assignableAdvisers(first: 5) { totalCount }
        projectCounts { count } viewerAccess } } } }"""
    )
    for edge in regions["data"]["regions"]["edges"]:
        assert edge["node"] == {
            "advisers": {"totalCount": 0},
            "assignableAdvisers": {"totalCount": 0},
            "projectCounts": None,
            "viewerAccess": "NONE",
        }
    schemes = await reader.ask("{ financingSchemes(first: 50) { totalCount edges { node { ownerRegion } } } }")
    owners = {edge["node"]["ownerRegion"] for edge in schemes["data"]["financingSchemes"]["edges"]}
    assert schemes["data"]["financingSchemes"]["totalCount"] > 0 and owners == {None}
    organisations = await reader.ask("{ organisations(first: 50) { edges { node { userCount apiClients { id } } } } }")
    directory = [edge["node"] for edge in organisations["data"]["organisations"]["edges"]]
    assert directory and all(entry == {"userCount": None, "apiClients": None} for entry in directory)


async def test_node_gives_a_partner_and_its_api_client_only_the_shared_projects_and_the_open_types(
    world: World,
) -> None:
    """Ids of every node type, in every database, existing or not: what CCI France reads of them, less all but
    the open types and the projects (and their companies) shared with Bpifrance."""
    reader = await readers(world)
    ids = await project_ids(world)
    shared = {ids[MIJUIN], ids[PIERCAN]}
    for project_id in sorted(shared):
        body = await world.graphql(
            "query($id: ID!) { node(id: $id) { ... on Project { company { id } } } }",
            {"id": project_id},
            as_user=NATIONAL,
        )
        shared.add(body["data"]["node"]["company"]["id"])
    tenants = ["national", *world.registry.region_slugs]
    probed = [encode_id(kind, tenant, key) for kind in NODE_LOADERS for tenant in tenants for key in range(1, 9)]
    probed += [encode_id("Region", "national", slug) for slug in world.registry.region_slugs]
    seen: list[str] = []
    for start in range(0, len(probed), ALIASES):  # within the API's limit of aliases per query
        chunk = probed[start : start + ALIASES]
        query = "query(" + ", ".join(f"$id{n}: ID!" for n in range(len(chunk))) + ") { "
        query += " ".join(f"n{n}: node(id: $id{n}) {{ __typename id }}" for n in range(len(chunk))) + " }"
        variables = {f"id{n}": node_id for n, node_id in enumerate(chunk)}
        everything = await world.graphql(query, variables, as_user=NATIONAL)
        assert "errors" not in everything, everything
        expected = {
            alias: found
            if found is not None and (decode_id(found["id"]).type_name in OPEN_NODE_TYPES or found["id"] in shared)
            else None
            for alias, found in everything["data"].items()
        }
        assert await reader.ask(query, variables) == {"data": expected}
        seen += [found["__typename"] for found in expected.values() if found is not None]
    # The walk met every open type and both shared projects; CCI France's answers hid the rest.
    assert set(seen) == OPEN_NODE_TYPES | {"Project", "Company"} and seen.count("Project") == 2
