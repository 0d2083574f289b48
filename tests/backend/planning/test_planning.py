"""Editions, cohorts and milestones through GraphQL: the retroplanning as each role lives it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.ids import decode_id, encode_id
from filiere.planning.models import Milestone
from filiere.programmes.models import Company, Project, ProjectKind, ProjectStatus, Sector
from filiere.programmes.service import index_project
from tests.backend.world import World, count_statements, region_down

NORMANDIE_ADMIN = "admin.normandie@demo.filiere.fr"
NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
IDF_ADMIN = "admin.ile-de-france@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"

COHORTS = """
query Cohorts($region: String) {
  cohorts(region: $region) { totalCount edges { node {
    id name region { slug } eventDate version todayRelativeDay methodOutdated viewerCanManage
    edition { name year }
    milestones { totalCount edges { node {
      id title scope offsetWorkingDays dueDate status doneOn pinned version evidence
      project { name } assignee { displayName }
    } } }
  } } }
}
"""
ERRORS = """
  ... on UserError { field message }
  ... on PlanningInvalid { code }
  ... on PlanningConflict { code }
  ... on PlanningNotAllowed { code }
"""
REPLAN = f"""
mutation Replan($input: ReplanCohortInput!) {{ replanCohort(input: $input) {{
  __typename
  ... on ReplanCohortSuccess {{
    applied cohort {{ eventDate version }}
    changes {{ milestone {{ id title }} oldDate newDate }}
    brokenDependencies {{ id title }}
  }}
  {ERRORS}
}} }}
"""
UPDATE = f"""
mutation Update($input: UpdateMilestoneInput!) {{ updateMilestone(input: $input) {{
  __typename
  ... on MilestoneSuccess {{ milestone {{ id status doneOn startedOn evidence pinned dueDate version }} }}
  {ERRORS}
}} }}
"""
MY_MILESTONES = "{ myMilestones { totalCount edges { node { id title dueDate status project { name } } } } }"


async def cohorts_of(world: World, region: str | None, as_user: str = NATIONAL) -> list[dict[str, Any]]:
    body = await world.graphql(COHORTS, {"region": region}, as_user=as_user)
    return [edge["node"] for edge in body["data"]["cohorts"]["edges"]]


async def current_cohort(world: World, region: str = "normandie", as_user: str = NATIONAL) -> dict[str, Any]:
    return next(c for c in await cohorts_of(world, region, as_user) if c["edition"]["year"] == 2027)


def milestones_of(cohort: dict[str, Any]) -> list[dict[str, Any]]:
    return [edge["node"] for edge in cohort["milestones"]["edges"]]


async def audit_rows(world: World, region: str, action: str) -> int:
    async with world.registry.region(region).sessions() as session:
        return (
            await session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)) or 0
        )


async def test_cohorts_follow_the_contract_and_the_seeds(world: World) -> None:
    normandie = await cohorts_of(world, "normandie")
    assert [(c["edition"]["year"], c["eventDate"]) for c in normandie] == [
        (2027, "2027-03-18"),
        (2023, "2023-11-30"),
        (2022, None),  # the date of Rouen's first edition was not published
    ]
    current = normandie[0]
    assert current["region"] == {"slug": "normandie"} and current["todayRelativeDay"] == -81
    # 6 cohort milestones, and 15 for each of the 2 projects of the current edition.
    assert current["milestones"]["totalCount"] == 6 + 2 * 15
    statuses = {m["status"] for m in milestones_of(current)}
    assert statuses >= {"DONE", "LATE", "TODO"}
    past_2023 = normandie[1]
    assert {m["status"] for m in milestones_of(past_2023)} == {"DONE"}
    assert past_2023["milestones"]["totalCount"] == 6 + 5 * 15
    everywhere = await cohorts_of(world, None)
    assert len(everywhere) == 8 and everywhere[0]["edition"]["year"] == 2027


async def test_staff_of_every_region_read_cohorts_but_not_their_evidence(world: World) -> None:
    own = milestones_of(await current_cohort(world, as_user=NORMANDIE_ADVISER))
    other = milestones_of(await current_cohort(world, as_user=IDF_ADVISER))
    national = milestones_of(await current_cohort(world, as_user=NATIONAL))
    done = [m for m in own if m["doneOn"]]
    assert done and all(m["evidence"] for m in done)
    assert all(m["evidence"] is None for m in other), "evidence is confidential to the region"
    assert [m["evidence"] for m in national] == [m["evidence"] for m in own]
    for outsider in (PARTNER, JUROR):
        assert await cohorts_of(world, "normandie", outsider) == []
    assert (await world.graphql(COHORTS, {"region": "normandie"}))["errors"][0]["extensions"]["code"] == (
        "UNAUTHENTICATED"
    )


async def test_moving_j0_is_previewed_then_applied_done_ones_stay(world: World) -> None:
    cohort = await current_cohort(world, as_user=NORMANDIE_ADMIN)
    before = {m["id"]: m for m in milestones_of(cohort)}
    one_week_later = {"cohortId": cohort["id"], "eventDate": "2027-03-25", "expectedVersion": cohort["version"]}

    preview = (await world.graphql(REPLAN, {"input": {**one_week_later, "dryRun": True}}, as_user=NORMANDIE_ADMIN))[
        "data"
    ]["replanCohort"]
    assert preview["__typename"] == "ReplanCohortSuccess" and preview["applied"] is False
    moved = {c["milestone"]["id"]: (c["oldDate"], c["newDate"]) for c in preview["changes"]}
    not_done = {i for i, m in before.items() if m["doneOn"] is None}
    assert set(moved) == not_done, "every milestone not done moves, none of the done ones"
    pitch = next(m for m in before.values() if m["title"].startswith("Pitch") and m["doneOn"] is None)
    assert moved[pitch["id"]] == ("2027-03-11", "2027-03-18")
    assert await current_cohort(world, as_user=NORMANDIE_ADMIN) == cohort, "a preview writes nothing"

    applied = (await world.graphql(REPLAN, {"input": one_week_later}, as_user=NORMANDIE_ADMIN))["data"]["replanCohort"]
    assert applied["applied"] and applied["cohort"] == {"eventDate": "2027-03-25", "version": cohort["version"] + 1}
    after = {m["id"]: m for m in milestones_of(await current_cohort(world, as_user=NORMANDIE_ADMIN))}
    for key, milestone in before.items():
        expected = moved[key][1] if key in moved else milestone["dueDate"]
        assert after[key]["dueDate"] == expected
    assert await audit_rows(world, "normandie", "cohort.replanned") == 1

    again = (await world.graphql(REPLAN, {"input": one_week_later}, as_user=NORMANDIE_ADMIN))["data"]["replanCohort"]
    assert again["code"] == "STALE_VERSION"
    assert again["message"].startswith("Hugo Bertin a modifié cet élément le ")


async def test_pinned_milestones_keep_their_date_and_are_flagged(world: World) -> None:
    cohort = await current_cohort(world, as_user=NORMANDIE_ADMIN)
    plan = next(
        m for m in milestones_of(cohort) if m["title"].startswith("Plan de financement") and m["doneOn"] is None
    )
    pinned = await world.graphql(
        UPDATE,
        {"input": {"milestoneId": plan["id"], "expectedVersion": plan["version"], "pinnedDate": "2027-02-19"}},
        as_user=NORMANDIE_ADVISER,
    )
    assert pinned["data"]["updateMilestone"]["milestone"]["pinned"] is True
    cohort = await current_cohort(world, as_user=NORMANDIE_ADMIN)
    later = {"cohortId": cohort["id"], "eventDate": "2027-04-22", "expectedVersion": cohort["version"]}
    result = (await world.graphql(REPLAN, {"input": later}, as_user=NORMANDIE_ADMIN))["data"]["replanCohort"]
    assert plan["id"] not in {c["milestone"]["id"] for c in result["changes"]}
    assert [m["id"] for m in result["brokenDependencies"]] == [plan["id"]], "its investment plan is now due after it"


async def test_replanning_refusals_write_nothing(world: World) -> None:
    cohort = await current_cohort(world, as_user=NORMANDIE_ADMIN)
    base = {"cohortId": cohort["id"], "expectedVersion": cohort["version"]}
    attempts = [
        (NORMANDIE_ADMIN, {"eventDate": "2027-05-17"}, "PlanningInvalid", "NOT_A_WORKING_DAY"),  # Pentecôte
        (NORMANDIE_ADMIN, {"eventDate": "2027-03-20"}, "PlanningInvalid", "NOT_A_WORKING_DAY"),  # a Saturday
        (NORMANDIE_ADVISER, {"eventDate": "2027-03-25"}, "PlanningNotAllowed", "NOT_ALLOWED"),
        (IDF_ADMIN, {"eventDate": "2027-03-25"}, "PlanningNotAllowed", "NOT_ALLOWED"),
        (NATIONAL, {"eventDate": "2027-03-25"}, "PlanningNotAllowed", "NOT_ALLOWED"),
        (PARTNER, {"eventDate": "2027-03-25"}, "PlanningNotAllowed", "NOT_ALLOWED"),
        (JUROR, {"eventDate": "2027-03-25"}, "PlanningNotAllowed", "NOT_ALLOWED"),
    ]
    for user, change, typename, code in attempts:
        result = (await world.graphql(REPLAN, {"input": {**base, **change}}, as_user=user))["data"]["replanCohort"]
        assert (result["__typename"], result["code"]) == (typename, code), user
        assert result["message"]
    holiday = await world.graphql(REPLAN, {"input": {**base, "eventDate": "2027-05-17"}}, as_user=NORMANDIE_ADMIN)
    assert "Lundi de Pentecôte" in holiday["data"]["replanCohort"]["message"]
    anonymous = await world.graphql(REPLAN, {"input": {**base, "eventDate": "2027-03-25"}})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await current_cohort(world, as_user=NORMANDIE_ADMIN) == cohort
    assert await audit_rows(world, "normandie", "cohort.replanned") == 0


async def test_advisers_update_their_region_milestones_with_checked_input(world: World) -> None:
    cohort = await current_cohort(world, as_user=NORMANDIE_ADVISER)
    late = next(m for m in milestones_of(cohort) if m["status"] == "LATE")
    target = {"milestoneId": late["id"], "expectedVersion": late["version"]}
    refused = [
        (NORMANDIE_ADVISER, {"state": "DONE", "doneOn": "2026-12-01"}, "PlanningInvalid", "DONE_IN_THE_FUTURE"),
        (NORMANDIE_ADVISER, {"evidenceUrl": "javascript:alert(1)"}, "PlanningInvalid", "INVALID_URL"),
        (NORMANDIE_ADVISER, {"evidence": "x" * 5001}, "PlanningInvalid", "TOO_LONG"),
        (NORMANDIE_ADVISER, {"pinnedDate": "2026-12-25"}, "PlanningInvalid", "NOT_A_WORKING_DAY"),
        (IDF_ADVISER, {"state": "DONE"}, "PlanningNotAllowed", "NOT_ALLOWED"),
        (NATIONAL, {"state": "DONE"}, "PlanningNotAllowed", "NOT_ALLOWED"),
        (PARTNER, {"state": "DONE"}, "PlanningNotAllowed", "NOT_ALLOWED"),
    ]
    for user, change, typename, code in refused:
        result = (await world.graphql(UPDATE, {"input": {**target, **change}}, as_user=user))["data"]["updateMilestone"]
        assert (result["__typename"], result["code"]) == (typename, code), change
    idf_user = (await world.user(IDF_ADVISER)).id
    foreign = await world.graphql(
        UPDATE, {"input": {**target, "assigneeId": encode_id("User", "national", idf_user)}}, as_user=NORMANDIE_ADVISER
    )
    assert foreign["data"]["updateMilestone"]["code"] == "INVALID_ASSIGNEE"
    assert await audit_rows(world, "normandie", "milestone.updated") == 0

    done = await world.graphql(
        UPDATE,
        {"input": {**target, "state": "DONE", "doneOn": "2026-11-20", "evidence": "Fiche déposée"}},
        as_user=NORMANDIE_ADVISER,
    )
    milestone = done["data"]["updateMilestone"]["milestone"]
    assert (milestone["status"], milestone["doneOn"], milestone["evidence"]) == ("DONE", "2026-11-20", "Fiche déposée")
    assert await audit_rows(world, "normandie", "milestone.updated") == 1
    stale = await world.graphql(UPDATE, {"input": {**target, "state": "TODO"}}, as_user=NORMANDIE_ADVISER)
    assert stale["data"]["updateMilestone"]["code"] == "STALE_VERSION"
    assert "Camille Lemoine a modifié cet élément" in stale["data"]["updateMilestone"]["message"]
    assert "(réalisation, commentaire)" in stale["data"]["updateMilestone"]["message"]


async def test_my_milestones_are_the_overdue_and_the_next_ten_working_days(world: World) -> None:
    mine = (await world.graphql(MY_MILESTONES, as_user=NORMANDIE_ADVISER))["data"]["myMilestones"]
    dues = [edge["node"]["dueDate"] for edge in mine["edges"]]
    assert mine["totalCount"] == len(dues) > 0
    assert all(due <= "2026-12-07" for due in dues), "ten working days from 23 November 2026"
    assert dues == sorted(dues)
    first = mine["edges"][0]["node"]
    async with world.registry.region("normandie").sessions() as session:
        version = (await session.get(Milestone, decode_id(first["id"]).int_key)).version
    await world.graphql(
        UPDATE,
        {"input": {"milestoneId": first["id"], "expectedVersion": version, "state": "DONE"}},
        as_user=NORMANDIE_ADVISER,
    )
    after = (await world.graphql(MY_MILESTONES, as_user=NORMANDIE_ADVISER))["data"]["myMilestones"]
    assert after["totalCount"] == mine["totalCount"] - 1
    for outsider in (NATIONAL, PARTNER, JUROR):
        assert (await world.graphql(MY_MILESTONES, as_user=outsider))["data"]["myMilestones"]["totalCount"] == 0


ADD_PROJECT = f"""mutation($input: AddProjectToCohortInput!) {{ addProjectToCohort(input: $input) {{
  __typename ... on CohortSuccess {{ cohort {{ version milestones {{ totalCount }} }} }} {ERRORS} }} }}"""


async def _new_project(world: World) -> int:
    async with world.registry.region("normandie").sessions() as session, session.begin():
        company = Company(
            name="Nouvelle entreprise",
            siren="732829320",
            commune_code="14366",
            commune_name="Lisieux",
            departement="14",
        )
        session.add(company)
        await session.flush()
        project = Project(
            company_id=company.id,
            name="Projet rejoignant la cohorte",
            summary="Arrivé après le lancement.",
            kind=ProjectKind.RELOCATION,
            sector=Sector.TEXTILE,
            status=ProjectStatus.SELECTED,
            adviser_id=(await world.user(NORMANDIE_ADVISER)).id,
            notes="",
            needs=[],
        )
        index_project(project, company.name)
        session.add(project)
        await session.flush()
        return project.id


async def test_a_project_joining_later_gets_every_project_milestone(world: World) -> None:
    cohort = await current_cohort(world, as_user=NORMANDIE_ADMIN)
    project_id = encode_id("Project", "normandie", await _new_project(world))
    target = {"cohortId": cohort["id"], "projectId": project_id, "expectedVersion": cohort["version"]}
    for user in (NORMANDIE_ADVISER, IDF_ADMIN, NATIONAL):
        refused = (await world.graphql(ADD_PROJECT, {"input": target}, as_user=user))["data"]["addProjectToCohort"]
        assert refused["__typename"] == "PlanningNotAllowed", user
    added = (await world.graphql(ADD_PROJECT, {"input": target}, as_user=NORMANDIE_ADMIN))["data"]["addProjectToCohort"]
    assert added["cohort"]["milestones"]["totalCount"] == cohort["milestones"]["totalCount"] + 15
    after = milestones_of(await current_cohort(world, as_user=NORMANDIE_ADMIN))
    joined = [m for m in after if m["project"] and m["project"]["name"] == "Projet rejoignant la cohorte"]
    assert len(joined) == 15
    assert all(m["dueDate"] and m["assignee"]["displayName"] == "Camille Lemoine" for m in joined)
    assert {m["dueDate"] for m in joined if m["title"].startswith("Pitch")} == {"2027-03-11"}

    in_2023 = next(
        p
        for p in (
            await world.graphql(
                '{ projects(region: "normandie", first: 50) { edges { node { id name } } } }', as_user=NORMANDIE_ADMIN
            )
        )["data"]["projects"]["edges"]
        if p["node"]["name"] == "Vélo taxi innovant"
    )["node"]["id"]
    current = await current_cohort(world, as_user=NORMANDIE_ADMIN)
    other = {"cohortId": current["id"], "projectId": in_2023, "expectedVersion": current["version"]}
    refused = (await world.graphql(ADD_PROJECT, {"input": other}, as_user=NORMANDIE_ADMIN))["data"][
        "addProjectToCohort"
    ]
    assert refused["code"] == "PROJECT_IN_ANOTHER_COHORT"


async def test_rhythm_compares_the_regions_at_the_same_relative_day(world: World) -> None:
    editions = await world.graphql("{ editions { edges { node { id year } } } }", as_user=NATIONAL)
    edition = next(e["node"]["id"] for e in editions["data"]["editions"]["edges"] if e["node"]["year"] == 2027)
    query = """query($e: ID!, $n: Int!) { rhythm(editionId: $e, relativeDay: $n) {
      unavailableRegions { slug } edges { node { region { slug } at reached todayRelativeDay
      adherence { due doneOnTime doneLate overdue onTimeRate } } } } }"""

    async def rows(n: int, as_user: str = NATIONAL) -> dict[str, dict[str, Any]]:
        body = await world.graphql(query, {"e": edition, "n": n}, as_user=as_user)
        return {edge["node"]["region"]["slug"]: edge["node"] for edge in body["data"]["rhythm"]["edges"]}

    today = await rows(-81)
    assert set(today) == {"normandie", "ile-de-france", "hauts-de-france", "bourgogne-franche-comte"}
    for row in today.values():
        assert row["at"] == "2026-11-23" and row["reached"] and row["todayRelativeDay"] == -81
        adherence = row["adherence"]
        # Due today and not done yet is neither late nor done.
        assert adherence["due"] >= adherence["doneOnTime"] + adherence["doneLate"] + adherence["overdue"]
        assert adherence["due"] > 0 and adherence["doneOnTime"] > 0
    assert sum(row["adherence"]["overdue"] for row in today.values()) > 0
    future = await rows(-20)
    assert all(not row["reached"] and row["adherence"] is None for row in future.values())
    assert (await rows(-81, IDF_ADVISER)).keys() == today.keys(), "every region's staff sees the others"
    # A partner follows no cohort: nothing to compare, and no error either (as if there were none).
    refused = await world.graphql(query, {"e": edition, "n": -81}, as_user=PARTNER)
    assert "errors" not in refused and refused["data"]["rhythm"]["edges"] == []
    with region_down(world, "hauts-de-france"):
        body = await world.graphql(query, {"e": edition, "n": -81}, as_user=NATIONAL)
    assert body["data"]["rhythm"]["unavailableRegions"] == [{"slug": "hauts-de-france"}]
    assert len(body["data"]["rhythm"]["edges"]) == 3


async def test_statements_do_not_grow_with_the_milestones(world: World) -> None:
    cohort = await current_cohort(world, as_user=NORMANDIE_ADVISER)
    headers = await world.headers(NORMANDIE_ADVISER)
    query = """query($id: ID!) { node(id: $id) { ... on Cohort { milestones { edges { node {
      id title dueDate status evidence assignee { displayName } project { name } cohort { name }
    } } } adherence { due overdue } } } }"""

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": query, "variables": {"id": cohort["id"]}}, headers=headers
            )
        assert response.json()["data"]["node"]["milestones"]["edges"]
        return counter.count

    small = await statements()
    # A full page of 500 and more: an IN-list loader would split its statement there.
    await _add_milestones(world, "normandie", decode_id(cohort["id"]).int_key, 600)
    assert await statements() == small


async def _add_milestones(world: World, region: str, cohort_id: int, count: int) -> None:
    """Many more milestones in a cohort, copied from one of its per-project milestones, not done: they
    move when J0 moves."""
    async with world.registry.region(region).sessions() as session, session.begin():
        model = await session.scalar(
            select(Milestone).where(Milestone.cohort_id == cohort_id, Milestone.project_id.is_not(None)).limit(1)
        )
        columns = [c.key for c in Milestone.__table__.columns if c.key not in ("id", "created_at", "updated_at")]
        rows = [
            {key: getattr(model, key) for key in columns}
            | {"title": f"Jalon ajouté {index}", "done_on": None, "pinned": False}
            for index in range(count)
        ]
        await session.execute(Milestone.__table__.insert(), rows)


async def test_replanning_statements_do_not_grow_with_the_milestones(world: World) -> None:
    headers = await world.headers(NORMANDIE_ADMIN)

    async def statements(event_date: str) -> int:
        cohort = await current_cohort(world, as_user=NORMANDIE_ADMIN)
        variables = {"input": {"cohortId": cohort["id"], "eventDate": event_date, "expectedVersion": cohort["version"]}}
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": REPLAN, "variables": variables}, headers=headers
            )
        assert response.json()["data"]["replanCohort"]["applied"]
        return counter.count

    few = await statements("2027-03-25")
    cohort_id = decode_id((await current_cohort(world, as_user=NORMANDIE_ADMIN))["id"]).int_key
    # Past 500: where an IN-list loader would split its statement.
    await _add_milestones(world, "normandie", cohort_id, 600)
    many = await statements("2027-04-01")
    assert many == few


async def test_what_the_planning_screens_need_to_know(world: World) -> None:
    """The cohort a project follows, the projects still free, who can be assigned, and today's date."""
    query = """query($filter: ProjectFilter) {
      viewer { today }
      projects(region: "normandie", first: 50, filter: $filter) { totalCount edges { node { name cohort { name } } } }
      regions { edges { node { slug advisers { edges { node { email role } } } } } }
    }"""
    body = await world.graphql(query, {"filter": None}, as_user=IDF_ADVISER)
    assert body["data"]["viewer"]["today"] == "2026-11-23"
    cohorts = {e["node"]["name"]: e["node"]["cohort"] for e in body["data"]["projects"]["edges"]}
    assert cohorts["Vélo taxi innovant"] == {"name": "Pour une France industrielle"}
    assert cohorts["Sèche-linge à pompe à chaleur (démo)"] == {"name": "Cohorte 2027 (démonstration)"}
    await _new_project(world)
    free = await world.graphql(query, {"filter": {"inCohort": False}}, as_user=NORMANDIE_ADMIN)
    assert [e["node"]["name"] for e in free["data"]["projects"]["edges"]] == ["Projet rejoignant la cohorte"]
    staff = {e["node"]["slug"]: e["node"]["advisers"]["edges"] for e in body["data"]["regions"]["edges"]}
    assert [(e["node"]["email"], e["node"]["role"]) for e in staff["normandie"]] == [
        ("admin.normandie@demo.filiere.fr", "REGIONAL_ADMIN"),
        ("conseiller.normandie@demo.filiere.fr", "ADVISER"),
    ]
    partner = await world.graphql(query, {"filter": None}, as_user=PARTNER)
    assert all(not e["node"]["advisers"]["edges"] for e in partner["data"]["regions"]["edges"])
