"""The evidence a milestone template asks for: seeded in the demo method, copied into drafts, set by CCI France."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from filiere.audit.models import NationalAuditEvent
from tests.backend.methodology.support import NATIONAL, SAVE, draft_input, new_draft, versions
from tests.backend.world import World

EVIDENCE = """query($status: [MethodStatus!]) { methodVersions(status: $status) { edges { node {
  milestoneTemplates { edges { node { key scope requiredEvidence } } } } } } }"""


async def evidence(world: World, status: str) -> dict[str, str | None]:
    body = await world.graphql(EVIDENCE, {"status": [status]}, as_user=NATIONAL)
    [version] = [edge["node"] for edge in body["data"]["methodVersions"]["edges"]][:1]
    return {e["node"]["key"]: e["node"]["requiredEvidence"] for e in version["milestoneTemplates"]["edges"]}


def with_evidence(
    draft: dict[str, Any], current: dict[str, str | None], asked: dict[str, str | None]
) -> dict[str, Any]:
    """The draft rewritten as it is (its templates asking `current`), except what `asked` changes."""
    data = draft_input(draft)
    for template in data["milestoneTemplates"]:
        template["requiredEvidence"] = asked.get(template["key"], current[template["key"]])
    return data


async def test_the_demo_method_asks_evidence_where_the_platform_holds_it(world: World) -> None:
    asked = await evidence(world, "PUBLISHED")
    assert asked["questionnaire"] == "QUESTIONNAIRE_DOCUMENT"
    assert asked["entretiens"] == "MARKET_STUDY"
    assert asked["synthese-etude"] == "SYNTHESIS_DOCUMENT"
    assert asked["diagnostic"] is None and asked["comite-de-selection"] is None


async def test_cci_france_sets_the_evidence_of_a_draft(world: World) -> None:
    await new_draft(world)
    assert await evidence(world, "DRAFT") == await evidence(world, "PUBLISHED")  # the copy keeps it
    [draft] = await versions(world, status=["DRAFT"])
    changed = with_evidence(draft, await evidence(world, "DRAFT"), {"pitch": "REPORT_DOCUMENT", "questionnaire": None})
    result = (await world.graphql(SAVE, {"input": changed}, as_user=NATIONAL))["data"]["saveMethodDraft"]
    assert result["__typename"] == "MethodVersionSuccess", result
    saved = await evidence(world, "DRAFT")
    assert (saved["pitch"], saved["questionnaire"], saved["entretiens"]) == ("REPORT_DOCUMENT", None, "MARKET_STUDY")
    async with world.registry.national.sessions() as session:
        last = await session.scalar(select(NationalAuditEvent).order_by(NationalAuditEvent.id.desc()).limit(1))
    assert last is not None and last.action == "method.draft_saved"
    assert last.before and last.after
    assert (last.before["evidence"].get("pitch"), last.after["evidence"]["pitch"]) == (None, "report_document")

    # A cohort milestone has neither documents nor study: refused whole, in French, on the very field.
    index = next(i for i, t in enumerate(changed["milestoneTemplates"]) if t["key"] == "evenement")
    changed["expectedVersion"] = result["methodVersion"]["version"]
    changed["milestoneTemplates"][index]["requiredEvidence"] = "REPORT_DOCUMENT"
    refused = (await world.graphql(SAVE, {"input": changed}, as_user=NATIONAL))["data"]["saveMethodDraft"]
    assert (refused["__typename"], refused["code"]) == ("MethodInvalid", "EVIDENCE_NEEDS_PROJECT")
    assert refused["field"] == f"milestoneTemplates.{index}.requiredEvidence"
    assert "jalon de projet" in refused["message"]
    assert (await evidence(world, "DRAFT"))["evenement"] is None
