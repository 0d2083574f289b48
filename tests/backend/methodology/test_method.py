"""The national method through GraphQL: who reads it, who edits it, and the rules a draft obeys."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import NationalAuditEvent
from tests.backend.methodology.support import (
    CREATE,
    NATIONAL,
    PUBLISH,
    RETIRE,
    SAVE,
    VERSIONS,
    draft_input,
    new_draft,
    versions,
)
from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"
ADMIN = "admin.normandie@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"


async def audit_count(world: World) -> int:
    async with world.registry.national.sessions() as session:
        return await session.scalar(select(func.count()).select_from(NationalAuditEvent)) or 0


async def test_the_published_method_is_read_by_the_programme_staff_only(world: World) -> None:
    for reader in (ADVISER, ADMIN, NATIONAL):
        [method] = await versions(world, reader)
        assert method["number"] == 1 and method["status"] == "PUBLISHED"
        assert method["phases"]["totalCount"] == 7
        assert method["milestoneTemplates"]["totalCount"] == 21
        assert method["viewerCanEdit"] == (reader == NATIONAL)
    first = method["milestoneTemplates"]["edges"][0]["node"]
    assert (first["title"], first["offsetWorkingDays"], first["scope"]) == (
        "Appel à candidatures publié",
        -120,
        "COHORT",
    )
    for outsider in (PARTNER, JUROR):
        assert await versions(world, outsider) == []
    anonymous = await world.graphql(VERSIONS)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_only_cci_france_edits_the_method(world: World) -> None:
    published = (await versions(world))[0]
    for user, code in (
        (ADVISER, "NOT_ALLOWED"),
        (ADMIN, "NOT_ALLOWED"),
        (PARTNER, "NOT_ALLOWED"),
        (JUROR, "NOT_ALLOWED"),
    ):
        body = await world.graphql(CREATE, {"input": {"basedOnVersionId": published["id"]}}, as_user=user)
        assert body["data"]["createMethodDraft"] == {
            "__typename": "MethodNotAllowed",
            "field": None,
            "message": body["data"]["createMethodDraft"]["message"],
            "code": code,
        }, user
    assert (await world.graphql(CREATE, {"input": {}}))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert len(await versions(world)) == 1


async def test_a_draft_is_edited_whole_published_and_then_immutable(world: World) -> None:
    draft = await new_draft(world)
    assert draft["number"] == 2 and draft["milestoneTemplates"]["totalCount"] == 21
    second = await world.graphql(CREATE, {"input": {}}, as_user=NATIONAL)
    assert second["data"]["createMethodDraft"]["code"] == "DRAFT_EXISTS"

    edited = draft_input(draft)
    edited["phases"].reverse()  # any order the editor chose
    pitch = next(t for t in edited["milestoneTemplates"] if t["key"] == "pitch")
    pitch["offsetWorkingDays"] = -3
    edited["phases"].append({"key": "bilan-partenaires", "name": "Bilan avec les partenaires"})
    edited["milestoneTemplates"].append(
        {
            "key": "tmp-1",
            "phaseKey": "bilan-partenaires",
            "title": "Rencontre des financeurs",
            "scope": "COHORT",
            "offsetWorkingDays": 30,
            "owner": "REGIONAL_ADMIN",
            "dependsOnKeys": ["evenement"],
        }
    )
    saved = (await world.graphql(SAVE, {"input": edited}, as_user=NATIONAL))["data"]["saveMethodDraft"]
    assert saved["__typename"] == "MethodVersionSuccess"
    assert saved["methodVersion"]["version"] == draft["version"] + 1
    [after] = await versions(world, status=["DRAFT"])
    assert [e["node"]["key"] for e in after["phases"]["edges"]][:2] == ["suivi", "hackathon"]
    templates = {e["node"]["key"]: e["node"] for e in after["milestoneTemplates"]["edges"]}
    assert templates["pitch"]["offsetWorkingDays"] == -3
    assert templates["tmp-1"]["dependsOnKeys"] == ["evenement"]

    published = await world.graphql(
        PUBLISH, {"input": {"versionId": after["id"], "expectedVersion": after["version"]}}, as_user=NATIONAL
    )
    assert published["data"]["publishMethodVersion"]["methodVersion"]["status"] == "PUBLISHED"
    newest = (await versions(world))[0]
    refused = await world.graphql(SAVE, {"input": draft_input(newest)}, as_user=NATIONAL)
    assert refused["data"]["saveMethodDraft"]["code"] == "NOT_A_DRAFT"
    first = (await versions(world))[1]
    retired = await world.graphql(
        RETIRE, {"input": {"versionId": first["id"], "expectedVersion": first["version"]}}, as_user=NATIONAL
    )
    assert retired["data"]["retireMethodVersion"]["methodVersion"]["status"] == "RETIRED"
    again = (await versions(world))[1]
    refused = await world.graphql(
        RETIRE, {"input": {"versionId": again["id"], "expectedVersion": again["version"]}}, as_user=NATIONAL
    )
    assert refused["data"]["retireMethodVersion"]["code"] == "NOT_PUBLISHED"
    assert (await versions(world))[1]["status"] == "RETIRED"


def _broken(draft: dict[str, Any], change: str) -> dict[str, Any]:
    data = draft_input(draft)
    templates = {t["key"]: t for t in data["milestoneTemplates"]}
    if change == "cycle":  # two milestones on the same day, each waiting for the other
        templates["diagnostic"]["offsetWorkingDays"] = templates["fiche-projet"]["offsetWorkingDays"]
        templates["diagnostic"]["dependsOnKeys"] = ["fiche-projet"]
    elif change == "after":
        templates["diagnostic"]["offsetWorkingDays"] = -10  # after the milestones that depend on it
    elif change == "range":
        templates["appel-a-candidatures"]["offsetWorkingDays"] = -200
    elif change == "scope":
        templates["evenement"]["dependsOnKeys"] = ["pitch"]
    elif change == "unknown":
        templates["pitch"]["dependsOnKeys"] = ["nulle-part"]
    elif change == "phase":
        templates["pitch"]["phaseKey"] = "phase-inconnue"
    elif change == "title":
        templates["pitch"]["title"] = "   "
    elif change == "duration":
        data["durationMonths"] = 9
    return data


async def test_a_draft_breaking_a_rule_is_refused_whole_in_french(world: World) -> None:
    draft = await new_draft(world)
    before_audit = await audit_count(world)
    index = {t["key"]: i for i, t in enumerate(draft_input(draft)["milestoneTemplates"])}

    def field(key: str, name: str) -> str:  # the very milestone, the very field
        return f"milestoneTemplates.{index[key]}.{name}"

    expected = {
        "cycle": (
            "DEPENDENCY_CYCLE",
            {field("diagnostic", "dependsOnKeys"), field("fiche-projet", "dependsOnKeys")},
            "boucle",
        ),
        "after": ("DEPENDENCY_AFTER_DEPENDENT", field("fiche-projet", "dependsOnKeys"), "prévu après lui"),
        "range": ("OFFSET_OUT_OF_RANGE", field("appel-a-candidatures", "offsetWorkingDays"), "hors de la durée"),
        "scope": ("DEPENDENCY_SCOPE", field("evenement", "dependsOnKeys"), "jalon de cohorte"),
        "unknown": ("UNKNOWN_DEPENDENCY", field("pitch", "dependsOnKeys"), "n'existe pas"),
        "phase": ("UNKNOWN_PHASE", field("pitch", "phaseKey"), "phase qui n'existe pas"),
        "title": ("REQUIRED", field("pitch", "title"), "obligatoire"),
        "duration": ("INVALID_DURATION", "durationMonths", "de 4 à 6 mois"),
    }
    for change, (code, fields, words) in expected.items():
        result = (await world.graphql(SAVE, {"input": _broken(draft, change)}, as_user=NATIONAL))["data"][
            "saveMethodDraft"
        ]
        assert (result["__typename"], result["code"]) == ("MethodInvalid", code), change
        assert result["field"] in (fields if isinstance(fields, set) else {fields}), change
        assert words in result["message"], result["message"]
    [unchanged] = await versions(world, status=["DRAFT"])
    assert unchanged == draft
    assert await audit_count(world) == before_audit

    stale = draft_input(draft) | {"expectedVersion": draft["version"] - 1}
    assert (await world.graphql(SAVE, {"input": stale}, as_user=NATIONAL))["data"]["saveMethodDraft"]["code"] == (
        "STALE_VERSION"
    )
