"""A project's journey through `transitionProject`: legal steps only, each kept with who, when and why."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.programmes.models import ProjectStatus, ProjectStatusChange
from filiere.programmes.workflow import NEXT_STATUSES
from tests.backend.programmes.support import (
    HDF_ADMIN,
    HDF_ADVISER,
    NORMANDIE_ADVISER,
    TRANSITION,
    candidate,
    move,
)
from tests.backend.world import World

NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

PROJECT = """query($id: ID!) { node(id: $id) { ... on Project {
  status version access nextSteps { status }
  statusHistory { from to reason changedBy changedAt }
} } }"""


def steps(project: dict[str, Any]) -> list[str]:
    return [step["status"] for step in project["nextSteps"]]


async def trail(world: World) -> tuple[int, int]:
    """(status changes, audit rows) in Hauts-de-France: what a refused mutation must leave untouched."""
    async with world.registry.region("hauts-de-france").sessions() as session:
        changes = await session.scalar(select(func.count()).select_from(ProjectStatusChange))
        audit = await session.scalar(select(func.count()).select_from(AuditEvent))
    return changes or 0, audit or 0


async def test_a_candidate_is_selected_then_accelerated_and_each_step_is_kept(world: World) -> None:
    project = await candidate(world)
    selected = await move(world, project, "SELECTED")
    assert selected["__typename"] == "TransitionProjectSuccess"
    assert selected["project"]["status"] == "SELECTED"
    assert steps(selected["project"]) == ["ACCELERATING", "ABANDONED"]
    accelerating = await move(world, {**project, "version": selected["project"]["version"]}, "ACCELERATING")
    assert [(s["from"], s["to"], s["changedBy"]) for s in accelerating["project"]["statusHistory"]] == [
        ("CANDIDATE", "SELECTED", "Léa Dupuis"),
        ("SELECTED", "ACCELERATING", "Léa Dupuis"),
    ]
    async with world.registry.region("hauts-de-france").sessions() as session:
        audit = (
            await session.scalars(
                select(AuditEvent).where(AuditEvent.action == "project.status_changed").order_by(AuditEvent.id)
            )
        ).all()
    assert [(a.before, a.after, a.actor_subject) for a in audit][-1][:2] == (
        {"status": "selected"},
        {"status": "accelerating"},
    )


@pytest.mark.parametrize(
    "case",
    [
        ("PITCHED", {}, "to", "ILLEGAL_TRANSITION", "Un projet « candidat » ne peut pas passer à « pitch réalisé »"),
        ("REJECTED", {}, "reason", "REQUIRED", "Indiquez pourquoi le projet est « non retenu »."),
        ("REJECTED", {"reason": "   "}, "reason", "REQUIRED", "Indiquez pourquoi"),
        ("REJECTED", {"reason": "x" * 2001}, "reason", "TOO_LONG", "ne doit pas dépasser 2000 caractères"),
        ("CANDIDATE", {}, "to", "ILLEGAL_TRANSITION", "il peut passer à : « sélectionné », « non retenu »"),
    ],
)
async def test_bad_steps_are_refused_in_french_and_write_nothing(
    world: World, case: tuple[str, dict[str, str], str, str, str]
) -> None:
    to, extra, field, code, message = case
    project = await candidate(world)
    before = await trail(world)
    refused = await move(world, project, to, **extra)
    assert (refused["__typename"], refused["field"], refused["code"]) == ("ProjectInvalid", field, code)
    assert message in refused["message"]
    assert await trail(world) == before
    assert (await world.graphql(PROJECT, {"id": project["id"]}, as_user=HDF_ADVISER))["data"]["node"][
        "status"
    ] == "CANDIDATE"


async def test_a_rejected_project_keeps_its_reason_and_its_journey_ends(world: World) -> None:
    project = await candidate(world)
    rejected = await move(world, project, "REJECTED", reason="  Production déjà assurée en France.  ")
    assert rejected["project"]["statusHistory"][-1]["reason"] == "Production déjà assurée en France."
    assert steps(rejected["project"]) == []
    again = await move(world, {**project, "version": rejected["project"]["version"]}, "SELECTED")
    assert again["code"] == "ILLEGAL_TRANSITION"
    assert "son parcours est terminé" in again["message"]


async def test_a_stale_version_says_who_changed_what(world: World) -> None:
    project = await candidate(world)
    await move(world, project, "SELECTED", as_user=HDF_ADMIN)
    before = await trail(world)
    late = await move(world, project, "REJECTED", reason="Hors périmètre.")
    assert (late["__typename"], late["code"], late["field"]) == ("ProjectConflict", "STALE_VERSION", "expectedVersion")
    assert late["message"].startswith("Mathis Carpentier a modifié cet élément le ")
    assert "(statut)" in late["message"]
    assert await trail(world) == before


async def test_only_the_projects_region_moves_it_and_only_it_reads_the_journey(world: World) -> None:
    project = await candidate(world)
    before = await trail(world)
    for user, code in ((NORMANDIE_ADVISER, "NOT_ALLOWED"), (NATIONAL, "NOT_ALLOWED"), (PARTNER, "NOT_ALLOWED")):
        refused = await move(world, project, "SELECTED", as_user=user)
        assert (refused["__typename"], refused["code"]) == ("ProjectNotAllowed", code), user
    anonymous = await world.graphql(
        TRANSITION, {"input": {"projectId": project["id"], "to": "SELECTED", "expectedVersion": project["version"]}}
    )
    assert anonymous["data"] is None or anonymous["data"]["transitionProject"] is None
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await trail(world) == before

    await move(world, project, "SELECTED")
    other_region = (await world.graphql(PROJECT, {"id": project["id"]}, as_user=NORMANDIE_ADVISER))["data"]["node"]
    assert (other_region["access"], other_region["statusHistory"], steps(other_region)) == (
        "SUMMARY",
        None,
        [],
    )
    national = (await world.graphql(PROJECT, {"id": project["id"]}, as_user=NATIONAL))["data"]["node"]
    assert [s["to"] for s in national["statusHistory"]] == ["SELECTED"]
    assert steps(national) == []


def test_every_status_has_its_next_steps() -> None:
    # A status missing from the table would make any transition from it crash instead of answering.
    assert set(NEXT_STATUSES) == set(ProjectStatus)
