"""Every operation declares the action it needs, and the declaration is a gate the policy decides."""

from __future__ import annotations

from typing import Any

import pytest

from filiere.auth.policy import RULES, Action, Reach, is_allowed
from filiere.auth.principal import Role
from filiere.graphql.mutations import MutationRunner
from filiere.graphql.node import NODE_LOADERS
from filiere.graphql.permissions import Public, RequiresAction
from filiere.graphql.schema import schema
from tests.backend.world import World

# The only root fields open without a declared action, and why.
PUBLIC = {
    "viewer": "the caller's own token read back; null when anonymous",
    "node": "a dispatcher: each type's loader declares its own action (`@node_resolver(…, requires=…)`)",
    "selectionCriteria": "the published grid of the method, nobody's data",
    "defaultSupplyChainStages": "a fixed list of the method, nobody's data",
    "submitCandidacy": "the public candidacy form: companies have no account",
    "communes": "the candidacy form's commune lookup: the shipped official geography, nobody's data",
    "acceleratorEdition": "the candidacy form's regions and dates of the coming edition: published, nobody's data",
    "publicEvent": "an event's public page and registration form: the published programme, seats left",
    "registerForEvent": "the public registration form of an event: the public has no account",
    "myEventRegistration": "the registrant's personal link: the token (256 random bits) is the credential",
    "updateMyEventRegistration": "the registrant changes their sessions through their personal link",
    "cancelMyEventRegistration": "the registrant cancels through their personal link",
}
ROLES = {
    "conseiller.normandie@demo.filiere.fr": Role.ADVISER,
    "admin.normandie@demo.filiere.fr": Role.REGIONAL_ADMIN,
    "national@demo.filiere.fr": Role.NATIONAL,
    "bpifrance@demo.filiere.fr": Role.PARTNER,
    "jury@demo.filiere.fr": Role.JUROR,
    "ops@demo.filiere.fr": Role.PLATFORM_ADMIN,
    "coach.normandie@demo.filiere.fr": Role.COACH,
    "expert.normandie@demo.filiere.fr": Role.EXPERT,
    "etudiant.normandie@demo.filiere.fr": Role.STUDENT,
}
CAPABILITIES = "{ viewer { role capabilities { action regions { slug } national addressed grant attached invited } } }"


def declared(type_name: str) -> dict[str, Action | Public | None]:
    """Each root field of the type, with the requirement its extension declares (None: none)."""
    definition = schema.get_type_by_name(type_name)
    assert definition is not None
    requirements: dict[str, Action | Public | None] = {}
    for field in definition.fields:  # type: ignore[union-attr]
        gates = [e for e in field.extensions if isinstance(e, RequiresAction | MutationRunner)]
        requirements[schema.config.name_converter.get_graphql_name(field)] = gates[0].requirement if gates else None
    return requirements


@pytest.mark.parametrize("type_name", ["Query", "Mutation"])
def test_every_root_field_declares_its_action(type_name: str) -> None:
    requirements = declared(type_name)
    undeclared = [name for name, requirement in requirements.items() if requirement is None]
    assert not undeclared, f"declare `requires=` on {undeclared}"
    public = {name for name, requirement in requirements.items() if isinstance(requirement, Public)}
    assert public <= set(PUBLIC), f"public without a reason in PUBLIC: {public - set(PUBLIC)}"


def test_the_public_allow_list_names_real_fields() -> None:
    every = {**declared("Query"), **declared("Mutation")}
    assert {name for name in PUBLIC if isinstance(every.get(name), Public)} == set(PUBLIC)


def test_every_node_type_declares_its_action() -> None:
    assert NODE_LOADERS, "types register their node loaders"
    for type_name, loader in NODE_LOADERS.items():
        assert isinstance(loader.requires, Action), type_name
        assert schema.get_type_by_name(type_name) is not None, f"{type_name} is not a type of the schema"


async def test_a_role_that_may_never_act_is_refused_at_the_door(world: World) -> None:
    juror = "jury@demo.filiere.fr"
    # A list answers empty, as if there were nothing…
    lists = await world.graphql(
        "{ projects { totalCount } cohorts { totalCount } auditEvents { totalCount } }", as_user=juror
    )
    assert lists == {
        "data": {"projects": {"totalCount": 0}, "cohorts": {"totalCount": 0}, "auditEvents": {"totalCount": 0}}
    }
    # …a field that cannot be empty says so…
    origin = await world.graphql("{ supplierSearchOrigin { communeName } }", as_user=juror)
    assert origin["errors"][0]["extensions"]["code"] == "NOT_ALLOWED"
    assert origin["errors"][0]["message"] == "Votre rôle ne donne pas accès à ces données."
    # …and a mutation answers its typed error without reading anything.
    mutation = """mutation($input: UpdateProjectInput!) { updateProject(input: $input) {
      __typename ... on ProjectError { code message } } }"""
    refused = await world.graphql(
        mutation, {"input": {"projectId": "UHJvamVjdDpub3JtYW5kaWU6OTk5", "expectedVersion": 1}}, as_user=juror
    )
    assert refused["data"]["updateProject"] == {
        "__typename": "ProjectNotAllowed",
        "code": "NOT_ALLOWED",
        "message": "Vous n'avez pas le droit d'effectuer cette action.",
    }
    anonymous = await world.graphql("{ projects { totalCount } }")
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize(("email", "role"), list(ROLES.items()))
async def test_capabilities_are_the_policy_seen_from_the_caller(world: World, email: str, role: Role) -> None:
    viewer = (await world.graphql(CAPABILITIES, as_user=email))["data"]["viewer"]
    assert viewer["role"] == role.name
    answered = {entry["action"]: entry for entry in viewer["capabilities"]}
    principal = await world.principal(email)
    slugs = world.registry.region_slugs
    for action in Action:
        rule = RULES[action].get(role)
        if rule is None:
            assert action.name not in answered, action
            continue
        entry: dict[str, Any] = answered[action.name]
        assert [region["slug"] for region in entry["regions"]] == [
            slug for slug in slugs if is_allowed(principal, action, region=slug)
        ], action
        assert entry["national"] == is_allowed(principal, action, region=None), action
        assert entry["grant"] == (rule.grant.name if rule.grant else None), action
        assert entry["attached"] == (Reach.ATTACHED in rule.reaches), action
        assert entry["invited"] == (Reach.INVITED in rule.reaches), action


async def test_capabilities_tell_each_staff_member_where_they_act(world: World) -> None:
    async def capabilities(email: str) -> dict[str, dict[str, Any]]:
        viewer = (await world.graphql(CAPABILITIES, as_user=email))["data"]["viewer"]
        return {entry["action"]: entry for entry in viewer["capabilities"]}

    adviser = await capabilities("conseiller.normandie@demo.filiere.fr")
    assert [r["slug"] for r in adviser["EDIT_PROJECT"]["regions"]] == ["normandie"]
    assert len(adviser["VIEW_PROJECT_SUMMARY"]["regions"]) == 4
    assert adviser["ANSWER_SOURCING_REQUEST"] == {
        "action": "ANSWER_SOURCING_REQUEST",
        "regions": [],
        "national": False,
        "addressed": True,
        "grant": None,
        "attached": False,
        "invited": False,
    }
    assert "MANAGE_COHORT" not in adviser and "VIEW_AUDIT" not in adviser
    admin = await capabilities("admin.normandie@demo.filiere.fr")
    assert [r["slug"] for r in admin["MANAGE_COHORT"]["regions"]] == ["normandie"]
    national = await capabilities("national@demo.filiere.fr")
    assert national["EDIT_METHOD"]["national"] and "EDIT_PROJECT" not in national
    assert national["VIEW_AUDIT"]["national"] and len(national["VIEW_AUDIT"]["regions"]) == 4
    partner = await capabilities("bpifrance@demo.filiere.fr")
    assert partner["VIEW_PROJECT_SUMMARY"]["grant"] == "SUMMARY" and not partner["VIEW_PROJECT_SUMMARY"]["regions"]
    assert set(await capabilities("jury@demo.filiere.fr")) == {
        "VIEW_REGION",
        "READ_INBOX",
        "MANAGE_OWN_SESSIONS",
        "SCORE_PITCH",
    }
