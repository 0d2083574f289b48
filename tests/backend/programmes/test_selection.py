"""The selection grid: each member of the region's team scores a candidate; the committee's average orders them."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from filiere import migrations
from filiere.audit.models import AuditEvent
from filiere.auth.grants import GrantScope
from filiere.programmes.models import Company, Project, ProjectKind, ProjectStatus, Sector, SelectionScore
from filiere.programmes.service import index_project
from filiere.tenancy.registry import TenantRegistry
from tests.backend.programmes.support import (
    HDF_ADMIN,
    HDF_ADVISER,
    NORMANDIE_ADVISER,
    candidate,
    full,
    move,
    score,
    share,
)
from tests.backend.world import (
    World,
    count_statements,
    create_postgres_databases,
    drop_postgres_databases,
    settings_for,
)

PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
GRID = "{ selectionCriteria { key label maxPoints } }"
REVIEW = """{ count average lowest highest
  criteria { criterion average lowest highest }
  scores { scoredBy total comment scoredAt byViewer scores { criterion points } }
  viewerScore { scoredBy total } }"""
CARD = "query($id: ID!) { node(id: $id) { ... on Project { selectionReview " + REVIEW + " } } }"
# The review page's query, as the SPA sends it (its fragments inlined).
CANDIDATES = (
    """{ projects(region: "hauts-de-france", first: 100, filter: {status: [CANDIDATE]}) { edges { node {
  id name status version summary needs kind sector createdAt viewerCanEdit nextSteps { status reasonRequired }
  company { id name siren siret nafCode nafLabel communeName departement contact { name function email phone } }
  selectionReview """
    + REVIEW
    + " } } } }"
)


async def written(world: World) -> tuple[int, int]:
    async with world.registry.region("hauts-de-france").sessions() as session:
        scores = await session.scalar(select(func.count()).select_from(SelectionScore))
        audit = await session.scalar(select(func.count()).select_from(AuditEvent))
    return scores or 0, audit or 0


async def review(world: World, project: dict[str, Any], as_user: str = HDF_ADVISER) -> Any:
    body = await world.graphql(CARD, {"id": project["id"]}, as_user=as_user)
    assert "errors" not in body, body
    return body["data"]["node"]["selectionReview"]


async def test_each_member_scores_and_the_committee_reads_average_spread_and_who_scored_what(world: World) -> None:
    grid = (await world.graphql(GRID, as_user=HDF_ADVISER))["data"]["selectionCriteria"]
    assert [c["maxPoints"] for c in grid] == [4] * 5
    assert grid[0]["label"].startswith("Potentiel de relocalisation")
    project = await candidate(world)
    assert await review(world, project) is None

    mine = await score(world, project, full(3, team=4))
    assert (mine["score"]["total"], mine["score"]["comment"], mine["score"]["scoredBy"]) == (
        16,
        "Dossier solide.",
        "Léa Dupuis",
    )
    theirs = await score(world, project, full(2, market=0), as_user=HDF_ADMIN)
    assert theirs["score"]["total"] == 8

    seen = await review(world, project)
    assert (seen["count"], seen["average"], seen["lowest"], seen["highest"]) == (2, 12.0, 8, 16)
    assert [(s["scoredBy"], s["total"], s["byViewer"]) for s in seen["scores"]] == [
        ("Léa Dupuis", 16, True),
        ("Mathis Carpentier", 8, False),
    ]
    assert seen["scores"][1]["scores"][2] == {"criterion": "market", "points": 0}
    assert datetime.fromisoformat(seen["scores"][0]["scoredAt"]).tzinfo is not None
    market = next(c for c in seen["criteria"] if c["criterion"] == "market")
    assert (market["average"], market["lowest"], market["highest"]) == (1.5, 0, 3)
    assert seen["viewerScore"] == {"scoredBy": "Léa Dupuis", "total": 16}
    assert (await review(world, project, as_user=HDF_ADMIN))["viewerScore"]["total"] == 8
    # CCI France reads the committee's scores, and has none of its own.
    national = await review(world, project, as_user=NATIONAL)
    assert (national["count"], national["viewerScore"]) == (2, None)


async def test_a_member_rewrites_only_their_own_score_and_each_write_is_audited(world: World) -> None:
    project = await candidate(world)
    await score(world, project, full(3))
    await score(world, project, full(2), as_user=HDF_ADMIN)
    rescored = await score(world, project, full(4))
    assert rescored["score"]["total"] == 20
    seen = await review(world, project)
    assert [(s["scoredBy"], s["total"]) for s in seen["scores"]] == [("Léa Dupuis", 20), ("Mathis Carpentier", 10)]
    assert (seen["count"], seen["average"]) == (2, 15.0)

    async with world.registry.region("hauts-de-france").sessions() as session:
        trail = list(
            await session.scalars(
                select(AuditEvent).where(AuditEvent.action == "project.scored").order_by(AuditEvent.id)
            )
        )
    assert [(e.actor_name, e.before and e.before["total"], e.after and e.after["total"]) for e in trail] == [
        ("Léa Dupuis", None, 15),
        ("Mathis Carpentier", None, 10),
        ("Léa Dupuis", 15, 20),
    ]


async def test_the_payload_carries_the_project_with_the_committee_up_to_date(world: World) -> None:
    project = await candidate(world)
    await score(world, project, full(1), as_user=HDF_ADMIN)
    body = await world.graphql(
        """mutation($input: ScoreCandidateInput!) { scoreCandidate(input: $input) {
          ... on ScoreCandidateSuccess { project { id selectionReview { count average } } } } }""",
        {"input": {"projectId": project["id"], "scores": full(3)}},
        as_user=HDF_ADVISER,
    )
    assert body["data"]["scoreCandidate"]["project"] == {
        "id": project["id"],
        "selectionReview": {"count": 2, "average": 10.0},
    }


async def test_other_regions_partners_jurors_and_anonymous_neither_read_nor_write_scores(world: World) -> None:
    project = await candidate(world)
    await score(world, project, full(3))
    await share(world, project["id"], GrantScope.DOCUMENTS)
    # Another region's adviser reads the summary card; a partner with a grant short of « full » too.
    for reader in (NORMANDIE_ADVISER, PARTNER):
        assert await review(world, project, as_user=reader) is None, reader
    # A juror and an anonymous caller do not reach the project at all.
    for reader in (JUROR, None):
        body = await world.graphql(CARD, {"id": project["id"]}, as_user=reader)
        assert not (body.get("data") or {}).get("node"), (reader, body)

    before = await written(world)
    for writer in (NORMANDIE_ADVISER, PARTNER, JUROR, NATIONAL, None):
        body = await world.graphql(
            "mutation($input: ScoreCandidateInput!) { scoreCandidate(input: $input) { __typename } }",
            {"input": {"projectId": project["id"], "scores": full(0)}},
            as_user=writer,
        )
        payload = (body.get("data") or {}).get("scoreCandidate")
        assert payload is None or payload["__typename"] == "ProjectNotAllowed", (writer, body)
    assert await written(world) == before
    assert (await review(world, project))["scores"][0]["total"] == 15


async def test_bad_scores_are_refused_and_write_nothing(world: World) -> None:
    project = await candidate(world)
    before = await written(world)
    cases = [
        (full(5), "scores.relocation_potential", "OUT_OF_RANGE", "de 0 à 4"),
        (full(3)[:4], "scores", "REQUIRED", "manque : Retombées régionales"),
        ([*full(3), {"criterion": "charisme", "points": 4}], "scores", "UNKNOWN_CRITERION", "n'est pas un critère"),
        ([*full(3), {"criterion": "market", "points": 1}], "scores", "DUPLICATE_CRITERION", "noté deux fois"),
    ]
    for scores, field, code, message in cases:
        refused = await score(world, project, scores)
        assert (refused["__typename"], refused["field"], refused["code"]) == ("ProjectInvalid", field, code)
        assert message in refused["message"]
    refused = await score(world, project, full(3), as_user=NORMANDIE_ADVISER)
    assert (refused["__typename"], refused["code"]) == ("ProjectNotAllowed", "NOT_ALLOWED")
    assert await written(world) == before

    selected = await move(world, project, "SELECTED")
    assert selected["__typename"] == "TransitionProjectSuccess"
    late = await score(world, project, full(3))
    assert late["code"] == "ILLEGAL_TRANSITION" and "Seule une candidature" in late["message"]


async def _more_scored_candidates(world: World, count: int, subjects: list[tuple[str, str]]) -> None:
    """More Hauts-de-France candidates, each scored by every member given as (subject, name)."""
    async with world.registry.region("hauts-de-france").sessions() as session, session.begin():
        for index in range(count):
            company = Company(
                name=f"Entreprise notée {index}",
                siren=f"8{index:08d}",
                commune_code="80021",
                commune_name="Amiens",
                departement="80",
                contact_name=f"Contact {index}",
            )
            session.add(company)
            await session.flush()
            project = Project(
                company_id=company.id,
                name=f"Candidature notée {index}",
                summary="Pour compter les requêtes.",
                kind=ProjectKind.RELOCATION,
                sector=Sector.TEXTILE,
                status=ProjectStatus.CANDIDATE,
                notes="",
                needs=[],
            )
            index_project(project, company.name)
            session.add(project)
            await session.flush()
            for position, (subject, name) in enumerate(subjects):
                points = dict.fromkeys(("relocation_potential", "feasibility"), (index + position) % 5)
                points |= dict.fromkeys(("market", "team", "regional_impact"), 2)
                session.add(
                    SelectionScore(
                        project_id=project.id,
                        scores=points,
                        total=sum(points.values()),
                        scored_at=datetime.now(UTC),
                        scored_by_subject=subject,
                        scored_by_name=name,
                    )
                )


async def test_the_candidates_list_does_not_grow_in_statements_with_the_scores(world: World) -> None:
    project = await candidate(world)
    await score(world, project, full(3))
    await score(world, project, full(2), as_user=HDF_ADMIN)
    headers = await world.headers(HDF_ADVISER)

    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            response = await world.client.post("/graphql", json={"query": CANDIDATES}, headers=headers)
        body = response.json()
        assert "errors" not in body, body
        edges = body["data"]["projects"]["edges"]
        return counter.count, sum(e["node"]["selectionReview"]["count"] for e in edges if e["node"]["selectionReview"])

    few, scores = await statements()
    assert scores == 2
    await _more_scored_candidates(world, 6, [(f"membre-{n}", f"Membre {n}") for n in range(3)])
    many, more_scores = await statements()
    assert more_scores == scores + 18
    assert many == few


_BEFORE = "b3d5f0a8c217"  # the revision before per-member scores


async def test_the_migration_keeps_each_score_with_its_author(session_world: World, tmp_path: Path) -> None:
    settings = settings_for(session_world.backend, tmp_path, f"fs{os.getpid()}m")
    databases = await create_postgres_databases(settings) if session_world.backend == "postgresql" else []
    registry = TenantRegistry(settings)
    tenant = registry.region("hauts-de-france")
    at = datetime(2026, 11, 20, 9, tzinfo=UTC)
    try:
        await migrations.upgrade(tenant, _BEFORE)
        async with tenant.engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO companies (id, name, siren, siren_is_demo, commune_code, commune_name, departement,"
                    " version, created_at, updated_at) VALUES (1, 'Conserverie', '732829320', false, '80021',"
                    " 'Amiens', '80', 1, :at, :at)"
                ),
                {"at": at},
            )
            for number in (1, 2):
                await connection.execute(
                    text(
                        "INSERT INTO projects (id, company_id, name, sort_key, search_text, summary, kind, sector,"
                        " status, notes, version, created_at, updated_at) VALUES (:id, 1, :name, :name, '', '',"
                        " 'relocation', 'agrifood', 'candidate', '', 1, :at, :at)"
                    ),
                    {"id": number, "name": f"P{number}", "at": at},
                )
                await connection.execute(
                    text(
                        "INSERT INTO selection_scores (project_id, scores, total, comment, scored_at, scored_by_name)"
                        " VALUES (:id, :scores, 12, 'Bien.', :at, :name)"
                    ),
                    {"id": number, "scores": '{"team": 4}', "at": at, "name": f"Membre {number}"},
                )
            # Project 1 was scored by someone else first, then by « Membre 1 » (the kept score); project 2's
            # author left no trace in the trail.
            for subject, name in [("autre", "Autre membre"), ("sujet-1", "Membre 1")]:
                await connection.execute(
                    text(
                        "INSERT INTO audit_events (occurred_at, sort_key, actor_subject, actor_name, action,"
                        " entity_type, entity_id, request_id) VALUES (:at, 'k', :subject, :name, 'project.scored',"
                        " 'Project', 1, 'r')"
                    ),
                    {"at": at, "subject": subject, "name": name},
                )
        await migrations.upgrade(tenant)
        async with tenant.engine.connect() as connection:
            rows = (
                await connection.execute(
                    text("SELECT project_id, scored_by_subject, scored_by_name, total FROM selection_scores ORDER BY 1")
                )
            ).all()
        assert [tuple(r) for r in rows] == [(1, "sujet-1", "Membre 1", 12), (2, None, "Membre 2", 12)]

        # A second member's score; going back keeps each project's latest one.
        async with tenant.engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO selection_scores (project_id, scores, total, comment, scored_at, scored_by_subject,"
                    " scored_by_name) VALUES (1, '{}', 7, '', :at, 'sujet-3', 'Membre 3')"
                ),
                {"at": datetime(2026, 11, 21, tzinfo=UTC)},
            )
        await migrations.downgrade(tenant, _BEFORE)
        async with tenant.engine.connect() as connection:
            rows = (
                await connection.execute(text("SELECT project_id, scored_by_name FROM selection_scores ORDER BY 1"))
            ).all()
        assert [tuple(r) for r in rows] == [(1, "Membre 3"), (2, "Membre 2")]
    finally:
        await registry.dispose()
        if databases:
            await drop_postgres_databases(databases)


async def test_the_demo_committee_of_bourgogne_franche_comte_has_scored_its_candidacy(world: World) -> None:
    body = await world.graphql(
        """{ projects(region: "bourgogne-franche-comte", first: 10, filter: {status: [CANDIDATE]}) {
          edges { node { name selectionReview { count average lowest highest scores { scoredBy comment } } } } } }""",
        as_user="conseiller.bourgogne-franche-comte@demo.filiere.fr",
    )
    nodes = [e["node"] for e in body["data"]["projects"]["edges"]]
    review = next(node["selectionReview"] for node in nodes if node["selectionReview"])
    assert (review["count"], review["average"], review["lowest"], review["highest"]) == (2, 12.5, 11, 14)
    assert [s["scoredBy"] for s in review["scores"]] == ["Chloé Girard", "Nathan Perrin"]
    assert all("fictive" in s["comment"] for s in review["scores"])
