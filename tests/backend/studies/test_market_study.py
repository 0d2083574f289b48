"""A project's market study: the student team, the interviews (no names), the synthesis."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.studies.models import Interview, StudentTeam
from tests.backend.world import World, count_statements

ADVISER = "conseiller.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

TEAM = """mutation($input: SetStudentTeamInput!) { setStudentTeam(input: $input) {
  __typename ... on SetStudentTeamSuccess { team { school teacherName version students { name email } } }
  ... on UserError { field message } ... on StudyInvalid { code } ... on StudyNotAllowed { code }
  ... on StudyConflict { code } } }"""
INTERVIEW = """mutation($input: AddInterviewInput!) { addInterview(input: $input) {
  __typename ... on AddInterviewSuccess { interview { heldOn respondentProfile channel keyFindings recordedBy } }
  ... on UserError { field message } ... on StudyInvalid { code } ... on StudyNotAllowed { code } } }"""
STUDY = """query($id: ID!) { node(id: $id) { ... on Project { marketStudy {
  team { school students { name } } interviewCount byProfile { profile count } firstInterview lastInterview
  interviews(first: 5) { heldOn respondentProfile keyFindings } } } } }"""


async def project_id(world: World) -> str:
    body = await world.graphql('{ projects(region: "normandie", first: 1) { edges { node { id } } } }', as_user=ADVISER)
    return str(body["data"]["projects"]["edges"][0]["node"]["id"])


async def run(world: World, query: str, input_: dict[str, Any], as_user: str = ADVISER) -> dict[str, Any]:
    body = await world.graphql(query, {"input": input_}, as_user=as_user)
    assert "errors" not in body, body
    return dict(next(iter(body["data"].values())))


def interview(project: str, **changes: Any) -> dict[str, Any]:
    return {
        "projectId": project,
        "heldOn": "2026-11-10",
        "respondentProfile": "CONSUMER",
        "channel": "FACE_TO_FACE",
        "keyFindings": "Prête à payer 15 % de plus pour un linge tissé en Normandie.",
    } | changes


async def written(world: World) -> tuple[int, int, int]:
    async with world.registry.region("normandie").sessions() as session:
        return (
            await session.scalar(select(func.count()).select_from(StudentTeam)) or 0,
            await session.scalar(select(func.count()).select_from(Interview)) or 0,
            await session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


async def test_the_study_is_kept_and_summed_up_for_the_adviser(world: World) -> None:
    project = await project_id(world)
    team = await run(
        world,
        TEAM,
        {
            "projectId": project,
            "school": "NEOMA Business School",
            "teacherName": "Anne Vasseur",
            "students": [
                {"name": "Léo Martin", "email": " Leo.Martin@neoma-bs.fr "},
                {"name": "Zoé Petit", "email": "zoe.petit@neoma-bs.fr"},
            ],
        },
    )
    assert team["team"]["students"] == [
        {"name": "Léo Martin", "email": "leo.martin@neoma-bs.fr"},
        {"name": "Zoé Petit", "email": "zoe.petit@neoma-bs.fr"},
    ]
    for day, profile in (("2026-11-05", "CONSUMER"), ("2026-11-12", "DISTRIBUTOR"), ("2026-11-19", "CONSUMER")):
        added = await run(world, INTERVIEW, interview(project, heldOn=day, respondentProfile=profile))
        assert added["interview"]["recordedBy"] == "Camille Lemoine"
    study = (await world.graphql(STUDY, {"id": project}, as_user=ADVISER))["data"]["node"]["marketStudy"]
    assert study["team"] == {
        "school": "NEOMA Business School",
        "students": [{"name": "Léo Martin"}, {"name": "Zoé Petit"}],
    }
    assert (study["interviewCount"], study["firstInterview"], study["lastInterview"]) == (3, "2026-11-05", "2026-11-19")
    assert study["byProfile"] == [{"profile": "CONSUMER", "count": 2}, {"profile": "DISTRIBUTOR", "count": 1}]
    assert [i["heldOn"] for i in study["interviews"]] == ["2026-11-19", "2026-11-12", "2026-11-05"]

    # Replacing the team with a stale version is refused; with the version read, it replaces it whole.
    stale = await run(
        world,
        TEAM,
        {
            "projectId": project,
            "school": "X",
            "teacherName": "Y",
            "students": [{"name": "A", "email": "a@b.fr"}],
            "expectedVersion": 0,
        },
    )
    assert stale["code"] == "STALE_VERSION"
    assert stale["message"].startswith("Camille Lemoine a modifié cet élément le ")
    assert "(école, enseignant, étudiants)" in stale["message"]


async def test_bad_input_is_refused_in_french_and_writes_nothing(world: World) -> None:
    project = await project_id(world)
    before = await written(world)
    base = {"projectId": project, "school": "NEOMA", "teacherName": "Anne Vasseur"}
    cases = [
        (TEAM, base | {"students": []}, "students", "REQUIRED", "au moins un étudiant"),
        (TEAM, base | {"students": [{"name": "Léo", "email": "leo@"}]}, "students.0.email", "INVALID_EMAIL", "e-mail"),
        (TEAM, base | {"school": " ", "students": [{"name": "Léo", "email": "l@e.fr"}]}, "school", "REQUIRED", "école"),
        (INTERVIEW, interview(project, heldOn="2026-12-01"), "heldOn", "FUTURE_DATE", "dans le futur"),
        (INTERVIEW, interview(project, keyFindings="  "), "keyFindings", "REQUIRED", "Notez ce que"),
        (INTERVIEW, interview(project, keyFindings="x" * 4001), "keyFindings", "TOO_LONG", "4000"),
    ]
    for query, input_, field, code, message in cases:
        refused = await run(world, query, input_)
        assert (refused["__typename"], refused["field"], refused["code"]) == ("StudyInvalid", field, code), input_
        assert message in refused["message"]
    assert await written(world) == before


async def test_only_the_region_writes_and_only_full_readers_read(world: World) -> None:
    project = await project_id(world)
    await run(world, INTERVIEW, interview(project))
    before = await written(world)
    for user, code in ((IDF_ADVISER, "NOT_ALLOWED"), (NATIONAL, "NOT_ALLOWED"), (PARTNER, "NOT_ALLOWED")):
        refused = await run(world, INTERVIEW, interview(project), as_user=user)
        assert (refused["__typename"], refused["code"]) == ("StudyNotAllowed", code), user
    assert await written(world) == before
    other = (await world.graphql(STUDY, {"id": project}, as_user=IDF_ADVISER))["data"]["node"]
    assert other["marketStudy"] is None
    national = (await world.graphql(STUDY, {"id": project}, as_user=NATIONAL))["data"]["node"]
    assert national["marketStudy"]["interviewCount"] == 1
    anonymous = await world.graphql(INTERVIEW, {"input": interview(project)})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_study_reads_in_constant_statements(world: World) -> None:
    project = await project_id(world)
    headers = await world.headers(ADVISER)

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": STUDY, "variables": {"id": project}}, headers=headers
            )
        assert response.json()["data"]["node"]["marketStudy"] is not None
        return counter.count

    await run(world, INTERVIEW, interview(project))
    one = await statements()
    for day in range(1, 9):
        await run(world, INTERVIEW, interview(project, heldOn=f"2026-10-0{day}", respondentProfile="EXPERT"))
    assert await statements() == one
