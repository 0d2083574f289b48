"""Partner organisations kept by the operators: create, edit, typed refusals that write nothing, the audit
trail, who may, and how many accounts each one has."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from filiere.audit.models import NationalAuditEvent
from filiere.partners.models import Organisation
from tests.backend.world import World, count_statements

OPERATOR = "ops@demo.filiere.fr"
REFUSED = [
    "conseiller.normandie@demo.filiere.fr",
    "admin.normandie@demo.filiere.fr",
    "national@demo.filiere.fr",
    "bpifrance@demo.filiere.fr",
    "jury@demo.filiere.fr",
]

PAYLOAD = """__typename
  ... on OrganisationSuccess { organisation { id slug name kind website userCount } }
  ... on OrganisationError { code field message }"""
CREATE = f"mutation($input: CreateOrganisationInput!) {{ createOrganisation(input: $input) {{ {PAYLOAD} }} }}"
UPDATE = f"mutation($input: UpdateOrganisationInput!) {{ updateOrganisation(input: $input) {{ {PAYLOAD} }} }}"
LIST = """query($after: String) { organisations(first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id slug name userCount } }
} }"""
NEW = {"name": "  Crédit   Agricole Normandie ", "kind": "FINANCER", "website": "www.ca-normandie.fr"}


async def create(world: World, as_user: str | None = OPERATOR, **changes: Any) -> dict[str, Any]:
    body = await world.graphql(CREATE, {"input": {**NEW, **changes}}, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["createOrganisation"]
    return result


async def update(world: World, organisation_id: str, as_user: str | None = OPERATOR, **values: Any) -> dict[str, Any]:
    body = await world.graphql(UPDATE, {"input": {"organisationId": organisation_id, **values}}, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["updateOrganisation"]
    return result


async def organisations(world: World, as_user: str | None) -> list[dict[str, Any]]:
    body = await world.graphql(LIST, as_user=as_user)
    assert "errors" not in body, body
    return [edge["node"] for edge in body["data"]["organisations"]["edges"]]


async def stored(world: World) -> tuple[list[tuple[str, str, str | None]], int]:
    """The organisations (slug, name, website) and the national audit rows."""
    async with world.registry.national.sessions() as session:
        rows = await session.execute(select(Organisation.slug, Organisation.name, Organisation.website))
        events = await session.scalar(select(func.count()).select_from(NationalAuditEvent))
    return sorted(tuple(row) for row in rows), events or 0


async def bpifrance_id(world: World) -> str:
    found: str = next(node["id"] for node in await organisations(world, OPERATOR) if node["slug"] == "bpifrance")
    return found


async def test_an_operator_creates_an_organisation_with_a_slug_from_its_name_and_it_is_audited(world: World) -> None:
    result = await create(world)
    assert result["__typename"] == "OrganisationSuccess"
    assert result["organisation"] | {"id": None} == {
        "id": None,
        "slug": "credit-agricole-normandie",
        "name": "Crédit Agricole Normandie",
        "kind": "FINANCER",
        "website": "https://www.ca-normandie.fr",
        "userCount": 0,
    }
    assert "credit-agricole-normandie" in [node["slug"] for node in await organisations(world, OPERATOR)]
    async with world.registry.national.sessions() as session:
        event = await session.scalar(
            select(NationalAuditEvent).where(NationalAuditEvent.action == "organisation.created")
        )
    assert event is not None and event.entity_type == "Organisation" and event.actor_role == "platform_admin"
    assert event.after == {
        "slug": "credit-agricole-normandie",
        "name": "Crédit Agricole Normandie",
        "kind": "financer",
        "website": "https://www.ca-normandie.fr",
    }


async def test_a_typed_slug_is_kept(world: World) -> None:
    result = await create(world, slug="ca-normandie", website=None)
    assert (result["organisation"]["slug"], result["organisation"]["website"]) == ("ca-normandie", None)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name": "   "}, "name", "REQUIRED"),
        ({"name": "x" * 161}, "name", "TOO_LONG"),
        ({"name": "bpifrance"}, "name", "DUPLICATE_NAME"),  # whatever the case
        ({"name": "Décathlon"}, "name", "DUPLICATE_NAME"),
        ({"slug": "Crédit Agricole"}, "slug", "INVALID_SLUG"),
        ({"slug": "a" * 65}, "slug", "INVALID_SLUG"),
        ({"slug": "ey"}, "slug", "SLUG_ALREADY_USED"),
        ({"name": "EY!"}, "slug", "SLUG_ALREADY_USED"),  # derived from the name: « ey »
        ({"name": "???"}, "slug", "INVALID_SLUG"),  # nothing to derive it from
        ({"website": "ftp://ca-normandie.fr"}, "website", "INVALID_URL"),
        ({"website": "javascript:alert(1)"}, "website", "INVALID_URL"),
        ({"website": "pas un site"}, "website", "INVALID_URL"),
        ({"website": "https://" + "a" * 250 + ".fr"}, "website", "INVALID_URL"),
    ],
)
async def test_bad_input_is_refused_typed_and_writes_nothing(
    world: World, changes: dict[str, str], field: str, code: str
) -> None:
    before = await stored(world)
    result = await create(world, **changes)
    assert result["__typename"] == "OrganisationInvalid"
    assert (result["field"], result["code"]) == (field, code)
    assert result["message"]
    assert await stored(world) == before


async def test_an_unknown_kind_is_refused_before_anything_runs(world: World) -> None:
    before = await stored(world)
    body = await world.graphql(CREATE, {"input": {**NEW, "kind": "BANK"}}, as_user=OPERATOR)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert await stored(world) == before


async def test_an_operator_edits_an_organisation_and_the_trail_names_what_changed(world: World) -> None:
    organisation_id = await bpifrance_id(world)
    result = await update(
        world, organisation_id, name="Bpifrance Normandie", kind="FINANCER", website="https://www.bpifrance.fr"
    )
    assert result["__typename"] == "OrganisationSuccess"
    assert result["organisation"] | {"id": None} == {
        "id": None,
        "slug": "bpifrance",  # unchanged: the partners' tokens name it
        "name": "Bpifrance Normandie",
        "kind": "FINANCER",
        "website": "https://www.bpifrance.fr",
        "userCount": 1,
    }
    async with world.registry.national.sessions() as session:
        event = await session.scalar(
            select(NationalAuditEvent).where(NationalAuditEvent.action == "organisation.updated")
        )
    assert event is not None
    assert (event.before, event.after) == (
        {"name": "Bpifrance", "website": None},
        {"name": "Bpifrance Normandie", "website": "https://www.bpifrance.fr"},
    )
    # The partner reads the new name as their organisation's.
    body = await world.graphql("{ viewer { organisation { name } } }", as_user="bpifrance@demo.filiere.fr")
    assert body["data"]["viewer"]["organisation"] == {"name": "Bpifrance Normandie"}


async def test_an_edit_that_changes_nothing_writes_nothing(world: World) -> None:
    organisation_id = await bpifrance_id(world)
    before = await stored(world)
    result = await update(world, organisation_id, name="Bpifrance", kind="FINANCER", website=None)
    assert result["__typename"] == "OrganisationSuccess"
    assert await stored(world) == before


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"name": ""}, "name", "REQUIRED"),
        ({"name": "EY"}, "name", "DUPLICATE_NAME"),
        ({"website": "mailto:contact@bpifrance.fr"}, "website", "INVALID_URL"),
    ],
)
async def test_a_bad_edit_is_refused_typed_and_writes_nothing(
    world: World, values: dict[str, str], field: str, code: str
) -> None:
    organisation_id = await bpifrance_id(world)
    before = await stored(world)
    result = await update(world, organisation_id, **{"name": "Bpifrance 2", "kind": "FINANCER", **values})
    assert (result["__typename"], result["field"], result["code"]) == ("OrganisationInvalid", field, code)
    assert await stored(world) == before


async def test_an_unknown_organisation_is_not_found(world: World) -> None:
    organisation_id = await bpifrance_id(world)
    user_id = (await world.graphql("{ viewer { user { id } } }", as_user=OPERATOR))["data"]["viewer"]["user"]["id"]
    result = await update(world, user_id, name="X", kind="FINANCER")
    assert (result["__typename"], result["code"]) == ("OrganisationNotAllowed", "NOT_FOUND")
    assert organisation_id != user_id


@pytest.mark.parametrize("email", REFUSED)
async def test_only_operators_create_or_edit_organisations(world: World, email: str) -> None:
    organisation_id = await bpifrance_id(world)
    before = await stored(world)
    created = await create(world, as_user=email)
    edited = await update(world, organisation_id, as_user=email, name="Pirate", kind="LABEL")
    for result in (created, edited):
        assert (result["__typename"], result["code"]) == ("OrganisationNotAllowed", "NOT_ALLOWED")
    assert await stored(world) == before


async def test_anonymous_callers_are_asked_to_sign_in(world: World) -> None:
    before = await stored(world)
    body = await world.graphql(CREATE, {"input": NEW})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await stored(world) == before


async def test_user_counts_are_for_operators_and_cost_the_same_whatever_the_number_of_rows(world: World) -> None:
    with count_statements(world.registry) as counter:
        nodes = await organisations(world, OPERATOR)
    assert len(nodes) == 14
    assert {node["slug"]: node["userCount"] for node in nodes}["bpifrance"] == 1
    assert all(isinstance(node["userCount"], int) for node in nodes)
    first = counter.count
    await create(world)
    await create(world, name="Banque Populaire", slug=None)
    with count_statements(world.registry) as counter:
        assert len(await organisations(world, OPERATOR)) == 16
    assert counter.count == first
    for email in ["national@demo.filiere.fr", "bpifrance@demo.filiere.fr"]:
        assert {node["userCount"] for node in await organisations(world, email)} == {None}


async def test_cci_france_reads_the_change_in_the_trail_with_the_organisations_name(world: World) -> None:
    organisation_id = await bpifrance_id(world)
    await update(world, organisation_id, name="Bpifrance Normandie", kind="FINANCER")
    body = await world.graphql(
        """{ auditEvents(first: 5, filter: {entityType: "Organisation"}) {
          edges { node { action entityLabel entityId actorName before after } }
        } }""",
        as_user="national@demo.filiere.fr",
    )
    assert "errors" not in body, body
    assert [edge["node"] for edge in body["data"]["auditEvents"]["edges"]] == [
        {
            "action": "organisation.updated",
            "entityLabel": "Bpifrance Normandie",
            "entityId": organisation_id,
            "actorName": (await world.principal(OPERATOR)).display_name,
            "before": {"name": "Bpifrance"},
            "after": {"name": "Bpifrance Normandie"},
        }
    ]
