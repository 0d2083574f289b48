"""The evidence a project's milestone asks for, found in the project or « Preuve manquante » (`evidenceCheck`)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from filiere.documents.models import Document, DocumentKind, DocumentVersion, VersionState
from filiere.ids import decode_id
from filiere.planning.models import Milestone
from filiere.studies.models import Interview, InterviewChannel, RespondentProfile
from tests.backend.planning.support import (
    IDF_ADVISER,
    JUROR,
    NATIONAL,
    NORMANDIE_ADVISER,
    PARTNER,
    followed_project,
)
from tests.backend.world import World, count_statements

CHECK = "evidenceCheck { kind found interviewCount document { title kind currentVersion { fileName } } }"
PLAN = f"""query($id: ID!) {{ node(id: $id) {{ ... on Project {{ access
  milestones(first: 100) {{ totalCount edges {{ node {{ templateKey status {CHECK} }} }} }} }} }} }}"""
COHORT_CHECKS = f"""query($region: String) {{ cohorts(region: $region) {{ edges {{ node {{ edition {{ year }}
  milestones(first: 200) {{ edges {{ node {{ templateKey project {{ id }} {CHECK} }} }} }} }} }} }} }}"""


async def checks(world: World, project: str, as_user: str | None) -> dict[str, Any] | None:
    body = await world.graphql(PLAN, {"id": project}, as_user=as_user)
    node = (body.get("data") or {}).get("node")
    if node is None or node["milestones"] is None:
        return None
    return {e["node"]["templateKey"]: e["node"]["evidenceCheck"] for e in node["milestones"]["edges"]}


async def add_document(world: World, project_id: int, kind: DocumentKind, title: str, key: str) -> None:
    async with world.registry.region("normandie").sessions() as session, session.begin():
        document = Document(project_id=project_id, kind=kind, title=title, storage_key=key)
        session.add(document)
        await session.flush()
        now = datetime.now(UTC)
        session.add(
            DocumentVersion(
                document_id=document.id,
                number=1,
                state=VersionState.AVAILABLE,
                file_name=f"{key}.pdf",
                content_type="application/pdf",
                declared_size=1000,
                size=1000,
                sha256="0" * 64,
                storage_version_id="",
                requested_at=now,
                uploaded_at=now,
                uploaded_by_subject="test",
                uploaded_by_name="Camille Test",
            )
        )


async def add_interview(world: World, project_id: int) -> None:
    async with world.registry.region("normandie").sessions() as session, session.begin():
        session.add(
            Interview(
                project_id=project_id,
                held_on=date(2026, 11, 20),
                respondent_profile=RespondentProfile.DISTRIBUTOR,
                channel=InterviewChannel.PHONE,
                key_findings="Intéressé par une fabrication locale.",
                recorded_at=datetime.now(UTC),
                recorded_by_name="Camille Test",
            )
        )


async def test_a_milestone_says_which_evidence_it_needs_and_whether_the_project_holds_it(world: World) -> None:
    project = await followed_project(world)
    found = await checks(world, project, NORMANDIE_ADVISER)
    assert found is not None
    missing = {"kind": "QUESTIONNAIRE_DOCUMENT", "found": False, "interviewCount": 0, "document": None}
    assert found["questionnaire"] == missing
    assert found["entretiens"] == {"kind": "MARKET_STUDY", "found": False, "interviewCount": 0, "document": None}
    assert found["diagnostic"] is None, "the method asks no evidence of it"

    project_id = decode_id(project, expected_type="Project").int_key
    # A synthesis is not a questionnaire: still missing.
    await add_document(world, project_id, DocumentKind.SYNTHESIS, "Synthèse de l'étude", "synthese")
    await add_document(world, project_id, DocumentKind.QUESTIONNAIRE, "Questionnaire v1", "questionnaire-1")
    await add_document(world, project_id, DocumentKind.QUESTIONNAIRE, "Questionnaire final", "questionnaire-2")
    await add_interview(world, project_id)
    found = await checks(world, project, NORMANDIE_ADVISER)
    assert found is not None
    assert found["questionnaire"] == {
        "kind": "QUESTIONNAIRE_DOCUMENT",
        "found": True,
        "interviewCount": 0,
        "document": {
            "title": "Questionnaire final",  # the newest of its kind
            "kind": "QUESTIONNAIRE",
            "currentVersion": {"fileName": "questionnaire-2.pdf"},
        },
    }
    assert found["entretiens"] == {"kind": "MARKET_STUDY", "found": True, "interviewCount": 1, "document": None}
    assert found["synthese-etude"]["found"] is True
    assert found["restitution-r-et-d"] == {
        "kind": "REPORT_DOCUMENT",
        "found": False,
        "interviewCount": 0,
        "document": None,
    }


async def test_only_who_sees_the_evidence_today_sees_it(world: World) -> None:
    project = await followed_project(world)
    national = await checks(world, project, NATIONAL)
    assert national is not None and national["questionnaire"]["kind"] == "QUESTIONNAIRE_DOCUMENT"
    # Another region's adviser reads the card only; a partner without grant, a juror, anonymous: nothing.
    for user in (IDF_ADVISER, PARTNER, JUROR, None):
        assert await checks(world, project, user) is None, user
    # On the cohort page, another region's staff read the plan but never its evidence.
    body = await world.graphql(COHORT_CHECKS, {"region": "normandie"}, as_user=IDF_ADVISER)
    cohort = next(c["node"] for c in body["data"]["cohorts"]["edges"] if c["node"]["edition"]["year"] == 2027)
    rows = [e["node"] for e in cohort["milestones"]["edges"]]
    assert any(row["templateKey"] == "questionnaire" for row in rows)
    assert all(row["evidenceCheck"] is None for row in rows)
    own = await world.graphql(COHORT_CHECKS, {"region": "normandie"}, as_user=NORMANDIE_ADVISER)
    cohort = next(c["node"] for c in own["data"]["cohorts"]["edges"] if c["node"]["edition"]["year"] == 2027)
    assert any(e["node"]["evidenceCheck"] for e in cohort["milestones"]["edges"])
    assert all(e["node"]["evidenceCheck"] is None for e in cohort["milestones"]["edges"] if not e["node"]["project"])


async def test_statements_do_not_grow_with_the_milestones(world: World) -> None:
    project = await followed_project(world)
    project_id = decode_id(project, expected_type="Project").int_key
    await add_document(world, project_id, DocumentKind.QUESTIONNAIRE, "Questionnaire", "questionnaire")
    headers = await world.headers(NORMANDIE_ADVISER)

    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": PLAN, "variables": {"id": project}}, headers=headers
            )
        node = response.json()["data"]["node"]
        return counter.count, sum(1 for e in node["milestones"]["edges"] if e["node"]["evidenceCheck"])

    few, checked = await statements()
    # The project's plan copied twice more: three times the milestones, as many asking evidence.
    async with world.registry.region("normandie").sessions() as session, session.begin():
        rows = list(await session.scalars(select(Milestone).where(Milestone.project_id == project_id)))
        columns = [c.key for c in Milestone.__table__.columns if c.key not in ("id", "created_at", "updated_at")]
        copies = [{key: getattr(row, key) for key in columns} for row in rows]
        await session.execute(Milestone.__table__.insert(), copies + copies)
    many, more_checked = await statements()
    assert more_checked == 3 * checked > 0
    assert many == few
