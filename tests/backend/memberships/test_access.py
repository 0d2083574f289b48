"""What a coach, an expert and a student reach: the project they are attached to, each their part of it,
and nothing else — no other project (same region or another), no directory, no CCI judgement."""

from __future__ import annotations

from typing import Any

from filiere.documents.models import DocumentKind
from tests.backend.memberships.support import (
    COACH,
    EXPERT,
    IDF_ADVISER,
    MIJUIN,
    NORMANDIE_ADVISER,
    STUDENT,
    add_document,
    mijuin,
    project_ids,
    visible_projects,
)
from tests.backend.world import World

RECORD = """query($id: ID!) { node(id: $id) { ... on Project {
  name summary needs access adviser { displayName }
  notes contact { name } company { name contact { name } } statusHistory { to } selectionReview { average }
  comments { totalCount } documents { title kind } marketStudy { interviewCount } members { user { email } }
  team { name } products { name } milestones { totalCount }
} } }"""
COMMENT = """mutation($input: AddProjectCommentInput!) { addProjectComment(input: $input) {
  __typename ... on AddProjectCommentSuccess { comment { body authorName } } ... on ProjectError { code }
} }"""


async def record(world: World, project_id: str, as_user: str) -> dict[str, Any] | None:
    body = await world.graphql(RECORD, {"id": project_id}, as_user=as_user)
    assert "errors" not in body, body
    node: dict[str, Any] | None = body["data"]["node"]
    return node


async def comment(world: World, project_id: str, as_user: str, body: str = "Point fait avec l'entreprise.") -> str:
    answer = await world.graphql(COMMENT, {"input": {"projectId": project_id, "body": body}}, as_user=as_user)
    assert "errors" not in answer, answer
    result = answer["data"]["addProjectComment"]
    return str(result["__typename"] if result["__typename"] == "AddProjectCommentSuccess" else result["code"])


async def test_each_member_lists_their_project_only(world: World) -> None:
    for member in (COACH, EXPERT, STUDENT):
        assert await visible_projects(world, member) == [MIJUIN], member


async def test_a_coach_reads_the_whole_record_but_the_cci_judgement(world: World) -> None:
    project_id = await mijuin(world)
    project = await record(world, project_id, COACH)
    assert project is not None
    assert project["access"] == "FULL"
    assert project["contact"] is not None and project["company"]["contact"] is not None
    for opened in ("comments", "documents", "marketStudy", "team", "products", "milestones", "adviser"):
        assert project[opened] is not None, opened
    # The CCI's internal notes, the reasons of its decisions and its selection scores stay the CCI's.
    assert project["notes"] is None and project["statusHistory"] is None and project["selectionReview"] is None
    assert project["members"] is None, "who else is attached is the region's business"
    assert await comment(world, project_id, COACH) == "AddProjectCommentSuccess"
    thread = await world.graphql(
        "query($id: ID!) { node(id: $id) { ... on Project { comments { edges { node { authorName } } } } } }",
        {"id": project_id},
        as_user=NORMANDIE_ADVISER,
    )
    assert [e["node"]["authorName"] for e in thread["data"]["node"]["comments"]["edges"]][-1] == "Margaux Delaunay"


async def test_an_expert_reads_the_summary_and_the_needs_and_comments(world: World) -> None:
    project = await record(world, await mijuin(world), EXPERT)
    assert project is not None
    assert project["summary"] and project["needs"] and project["adviser"] is not None
    assert project["comments"] is not None
    for closed in ("notes", "contact", "statusHistory", "selectionReview", "documents", "marketStudy", "members"):
        assert project[closed] is None, closed
    assert project["company"]["contact"] is None
    assert project["team"] is None and project["products"] is None and project["milestones"] is None
    assert await comment(world, await mijuin(world), EXPERT) == "AddProjectCommentSuccess"


async def test_a_student_reads_the_market_study_and_its_deliverables_only(world: World) -> None:
    project_id = await mijuin(world)
    await add_document(world, project_id, DocumentKind.SYNTHESIS, "synthese-etude")
    await add_document(world, project_id, DocumentKind.OTHER, "devis-fournisseur")
    project = await record(world, project_id, STUDENT)
    assert project is not None
    assert project["access"] == "SUMMARY"
    assert project["marketStudy"] is not None
    assert project["documents"] == [{"title": "synthese-etude", "kind": "SYNTHESIS"}]
    for closed in ("notes", "contact", "statusHistory", "selectionReview", "comments", "members", "team", "products"):
        assert project[closed] is None, closed
    assert project["company"]["contact"] is None
    assert await comment(world, project_id, STUDENT) == "NOT_ALLOWED"
    adviser_view = await record(world, project_id, NORMANDIE_ADVISER)
    assert adviser_view is not None and len(adviser_view["documents"]) == 2


async def test_members_get_nothing_of_another_project(world: World) -> None:
    normandie = await project_ids(world, "normandie")
    elsewhere = [
        normandie["Vélo taxi innovant"],  # same region
        next(iter((await project_ids(world, "ile-de-france")).values())),  # another region
    ]
    for member in (COACH, EXPERT, STUDENT):
        for project_id in elsewhere:
            assert await record(world, project_id, member) is None, member
            assert await comment(world, project_id, member) in {"NOT_FOUND", "NOT_ALLOWED"}
        region = await world.graphql('{ projects(region: "ile-de-france", first: 5) { totalCount } }', as_user=member)
        assert region["data"]["projects"]["totalCount"] == 0


async def test_members_reach_no_directory_nor_the_programme(world: World) -> None:
    queries = {
        "organisations": "{ organisations(first: 5) { totalCount } }",
        "suppliers": "{ suppliers(first: 5) { totalCount } }",
        "cohorts": "{ cohorts(first: 5) { totalCount } }",
        "users": "{ users(first: 5) { totalCount } }",
        "events": "{ events(first: 5) { totalCount } }",
    }
    for member in (COACH, EXPERT, STUDENT):
        for name, query in queries.items():
            body = await world.graphql(query, as_user=member)
            # A list closed to the role answers empty, as for any caller who may see none of it.
            assert body["data"] == {name: {"totalCount": 0}}, (member, name, body)


async def test_the_viewer_of_a_member_says_what_to_show(world: World) -> None:
    body = await world.graphql(
        "{ viewer { role region { slug } capabilities { action attached regions { slug } national } } }",
        as_user=STUDENT,
    )
    viewer = body["data"]["viewer"]
    assert viewer["role"] == "STUDENT" and viewer["region"] is None
    attached = {c["action"] for c in viewer["capabilities"] if c["attached"]}
    assert attached == {
        "VIEW_PROJECT_SUMMARY",
        "VIEW_PROJECT_ADVISER",
        "VIEW_MARKET_STUDY",
        "EDIT_MARKET_STUDY",
        "UPLOAD_PROJECT_DOCUMENT",
    }
    # The regions' names (to show the project's); nothing else in any region as such.
    assert {c["action"] for c in viewer["capabilities"] if c["regions"]} == {"VIEW_REGION"}


async def test_another_regions_adviser_does_not_see_who_is_attached(world: World) -> None:
    project = await record(world, await mijuin(world), IDF_ADVISER)
    assert project is not None and project["members"] is None
    own = await record(world, await mijuin(world), NORMANDIE_ADVISER)
    assert own is not None
    assert {m["user"]["email"].split("@")[0] for m in own["members"]} == {
        "coach.normandie",
        "expert.normandie",
        "etudiant.normandie",
        "etudiant2.normandie",
        "expert2.normandie",
    }
