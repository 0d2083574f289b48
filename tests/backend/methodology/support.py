"""Helpers of the method's tests: reading the versions, rewriting a draft as the editor sends it."""

from __future__ import annotations

from typing import Any

from tests.backend.world import World

NATIONAL = "national@demo.filiere.fr"

VERSIONS = """
query Versions($status: [MethodStatus!]) {
  methodVersions(status: $status) { totalCount edges { node {
    id number status version durationMonths viewerCanEdit
    phases { totalCount edges { node { key name position } } }
    milestoneTemplates { totalCount edges { node {
      key title scope offsetWorkingDays owner expectedDeliverable position dependsOnKeys phase { key }
    } } }
  } } }
}
"""
PAYLOAD = """
  __typename
  ... on MethodVersionSuccess { methodVersion { id number status version } }
  ... on UserError { field message }
  ... on MethodInvalid { code }
  ... on MethodConflict { code }
  ... on MethodNotAllowed { code }
"""
CREATE = f"mutation($input: CreateMethodDraftInput!) {{ createMethodDraft(input: $input) {{ {PAYLOAD} }} }}"
SAVE = f"mutation($input: SaveMethodDraftInput!) {{ saveMethodDraft(input: $input) {{ {PAYLOAD} }} }}"
PUBLISH = f"mutation($input: MethodVersionInput!) {{ publishMethodVersion(input: $input) {{ {PAYLOAD} }} }}"
RETIRE = f"mutation($input: MethodVersionInput!) {{ retireMethodVersion(input: $input) {{ {PAYLOAD} }} }}"


async def versions(world: World, as_user: str = NATIONAL, status: list[str] | None = None) -> list[dict[str, Any]]:
    body = await world.graphql(VERSIONS, {"status": status}, as_user=as_user)
    return [edge["node"] for edge in body["data"]["methodVersions"]["edges"]]


def draft_input(version: dict[str, Any]) -> dict[str, Any]:
    """The SaveMethodDraftInput that rewrites `version` as it is."""
    return {
        "versionId": version["id"],
        "expectedVersion": version["version"],
        "name": "Méthode nationale de l'Accélérateur de Relocalisations",
        "durationMonths": version["durationMonths"],
        "phases": [{"key": e["node"]["key"], "name": e["node"]["name"]} for e in version["phases"]["edges"]],
        "milestoneTemplates": [
            {
                "key": t["key"],
                "phaseKey": t["phase"]["key"],
                "title": t["title"],
                "scope": t["scope"],
                "offsetWorkingDays": t["offsetWorkingDays"],
                "owner": t["owner"],
                "expectedDeliverable": t["expectedDeliverable"],
                "dependsOnKeys": t["dependsOnKeys"],
            }
            for t in (e["node"] for e in version["milestoneTemplates"]["edges"])
        ],
    }


async def new_draft(world: World) -> dict[str, Any]:
    published = (await versions(world))[0]
    body = await world.graphql(CREATE, {"input": {"basedOnVersionId": published["id"]}}, as_user=NATIONAL)
    assert body["data"]["createMethodDraft"]["__typename"] == "MethodVersionSuccess"
    return (await versions(world, status=["DRAFT"]))[0]
