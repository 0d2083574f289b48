"""The organisers' side: the running order (add, reorder, remove), inviting jurors, lock → publish, prizes,
and published results on the event and on the project's record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from filiere.audit.models import AuditEvent
from filiere.events.models import EventCoOrganiser
from filiere.ids import encode_id
from filiere.programmes.models import Project, ProjectStatus
from filiere.settings import NATIONAL_SLUG
from tests.backend.events.jury_support import (
    ADD_PITCH,
    ANNE,
    BRUNO,
    EVENT_STATE,
    HDF_ADVISER,
    HERVE,
    HUMAN_MOB,
    IDF_ADVISER,
    LOCK,
    MIJUIN,
    NORMANDIE_ADVISER,
    OUTSIDER,
    PARTNER,
    PIERCAN,
    PUBLIC_RESULTS,
    PUBLISH,
    REORDER,
    TOUROUL,
    card,
    demo_event_id,
    event_version,
    jury_event,
    project_ids,
    score,
)
from tests.backend.world import World

INVITE = """mutation($input: JurorInput!) { inviteJuror(input: $input) {
  __typename ... on EventError { field code message }
  ... on EventJurySuccess { event { jurors { user { displayName } scoredCount } } } } }"""
AWARD = """mutation($input: AwardPrizeInput!) { awardPrize(input: $input) {
  __typename ... on EventError { field code message }
  ... on PrizeSuccess { prize { id name version winner { id } } } } }"""
AWARDS = """query($id: ID!) { node(id: $id) { ... on Project { eventAwards { event { name editionYear } rank
  prizes { name organisation { name } } } } } }"""


async def call(world: World, query: str, payload: dict[str, Any], as_user: str = NORMANDIE_ADVISER) -> dict[str, Any]:
    body = await world.graphql(query, {"input": payload}, as_user=as_user)
    assert "errors" not in body, body
    result: dict[str, Any] = next(iter(body["data"].values()))
    return result


async def test_the_running_order_is_set_whole_and_bumps_the_event_s_version(world: World) -> None:
    event = await jury_event(world)
    version = await event_version(world, event.id)
    order = [event.pitches[PIERCAN], event.pitches[MIJUIN], event.pitches[HUMAN_MOB]]
    done = await call(world, REORDER, {"eventId": event.id, "pitchIds": order, "expectedVersion": version})
    assert [(p["order"], p["project"]["name"]) for p in done["event"]["pitches"]] == [
        (1, PIERCAN),
        (2, MIJUIN),
        (3, HUMAN_MOB),
    ]
    assert done["event"]["version"] == version + 1
    stale = await call(world, REORDER, {"eventId": event.id, "pitchIds": order, "expectedVersion": version})
    assert stale["code"] == "STALE_VERSION"
    for wrong in (order[:2], [*order, order[0]], [order[0], order[0], order[1]]):
        refused = await call(world, REORDER, {"eventId": event.id, "pitchIds": wrong, "expectedVersion": version + 1})
        assert (refused["field"], refused["code"]) == ("pitchIds", "RUNNING_ORDER_MISMATCH")
    another = await demo_event_id(world)
    foreign = (await world.graphql(EVENT_STATE, {"id": another}, as_user=NORMANDIE_ADVISER))["data"]["node"]
    mixed = [*order[:2], foreign["pitches"][0]["id"]]
    refused = await call(world, REORDER, {"eventId": event.id, "pitchIds": mixed, "expectedVersion": version + 1})
    assert refused["code"] == "RUNNING_ORDER_MISMATCH"
    async with world.registry.region("normandie").sessions() as session:
        actions = list(await session.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "Event")))
    assert "event.pitches_reordered" in actions


async def test_only_accelerated_projects_of_the_organising_regions_pitch(world: World) -> None:
    event = await jury_event(world)
    normandie = await project_ids(world, "normandie", [MIJUIN])
    again = await call(
        world, ADD_PITCH, {"eventId": event.id, "projectId": encode_id("Project", "normandie", normandie[MIJUIN])}
    )
    assert again["code"] == "ALREADY_PITCHING"
    async with world.registry.region("ile-de-france").sessions() as session:
        idf_project = await session.scalar(select(Project.id).limit(1))
    other_region = await call(
        world, ADD_PITCH, {"eventId": event.id, "projectId": encode_id("Project", "ile-de-france", idf_project)}
    )
    assert (other_region["field"], other_region["code"]) == ("projectId", "PROJECT_NOT_PITCHING")
    async with world.registry.region("normandie").sessions() as session, session.begin():
        # A project the CCI did not retain never pitches.
        candidate = await session.scalar(
            select(Project).where(Project.name.not_in([MIJUIN, HUMAN_MOB, PIERCAN])).limit(1)
        )
        assert candidate is not None
        candidate.status = ProjectStatus.REJECTED
    refused = await call(
        world, ADD_PITCH, {"eventId": event.id, "projectId": encode_id("Project", "normandie", candidate.id)}
    )
    assert refused["code"] == "PROJECT_NOT_PITCHING"
    assert "n'est pas un projet accéléré" in refused["message"]


async def test_a_co_organising_region_adds_its_projects_and_others_may_not(world: World) -> None:
    event = await jury_event(world)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        session.add(EventCoOrganiser(event_id=event.db_id, region="ile-de-france"))
    touroul = (await project_ids(world, "ile-de-france", [TOUROUL]))[TOUROUL]
    payload = {"eventId": event.id, "projectId": encode_id("Project", "ile-de-france", touroul)}
    refused = await call(world, ADD_PITCH, payload, HDF_ADVISER)
    assert refused["code"] == "NOT_ALLOWED"
    added = await call(world, ADD_PITCH, payload, IDF_ADVISER)
    assert added["pitch"] == {"order": 4, "project": {"name": TOUROUL}}
    demo = await demo_event_id(world)
    locked = await call(world, ADD_PITCH, {**payload, "eventId": demo}, IDF_ADVISER)
    assert locked["code"] == "RESULTS_LOCKED"  # the 2023 results are published


async def test_only_open_juror_accounts_are_invited(world: World) -> None:
    event = await jury_event(world, jurors=(ANNE,))
    bruno = encode_id("User", NATIONAL_SLUG, (await world.user(BRUNO)).id)
    invited = await call(world, INVITE, {"eventId": event.id, "userId": bruno})
    assert [(j["user"]["displayName"], j["scoredCount"]) for j in invited["event"]["jurors"]] == [
        ("Élise Martin", 0),
        ("Nathalie Vidal (démo)", 0),
    ]
    again = await call(world, INVITE, {"eventId": event.id, "userId": bruno})
    assert again["code"] == "ALREADY_JUROR"
    adviser = encode_id("User", NATIONAL_SLUG, (await world.user(IDF_ADVISER)).id)
    refused = await call(world, INVITE, {"eventId": event.id, "userId": adviser})
    assert (refused["field"], refused["code"]) == ("userId", "NOT_A_JUROR")


async def test_publishing_requires_the_lock_and_shows_the_results_to_the_event_s_readers(world: World) -> None:
    event = await jury_event(world)
    for juror, values in ((ANNE, (8, 6, 7)), (HERVE, (4, 1, 2))):
        for project, value in zip((MIJUIN, HUMAN_MOB, PIERCAN), values, strict=True):
            await score(world, juror, card(event, project, value))
    version = await event_version(world, event.id)
    early = await call(world, PUBLISH, {"eventId": event.id, "expectedVersion": version})
    assert early["code"] == "RESULTS_NOT_LOCKED"
    prize = await call(
        world,
        AWARD,
        {
            "eventId": event.id,
            "name": "Prix Bpifrance (test)",
            "organisationId": encode_id("Organisation", NATIONAL_SLUG, (await world.user(PARTNER)).organisation_id),
            "nature": "Accompagnement",
            "pitchId": event.pitches[MIJUIN],
        },
    )
    assert prize["__typename"] == "PrizeSuccess", prize
    for reader in (PARTNER, IDF_ADVISER, "national@demo.filiere.fr"):
        before = await world.graphql(PUBLIC_RESULTS, {"id": event.id}, as_user=reader)
        assert before["data"]["node"]["results"] == [], (reader, before)
    locked = await call(world, LOCK, {"eventId": event.id, "expectedVersion": version})
    assert locked["__typename"] == "EventJurySuccess"
    published = await call(world, PUBLISH, {"eventId": event.id, "expectedVersion": version + 1})
    assert published["__typename"] == "EventJurySuccess", published
    assert published["event"]["version"] == version + 2
    unlock = await call(
        world,
        """mutation($input: JuryResultsInput!) { unlockJuryResults(input: $input) { __typename
           ... on EventError { code } } }""",
        {"eventId": event.id, "expectedVersion": version + 2},
    )
    assert unlock["code"] == "RESULTS_PUBLISHED"
    after = await world.graphql(PUBLIC_RESULTS, {"id": event.id}, as_user=PARTNER)
    assert [(r["rank"], r["score"], r["project"]["name"], r["prizes"]) for r in after["data"]["node"]["results"]] == [
        (1, 6.0, MIJUIN, [{"name": "Prix Bpifrance (test)", "organisation": {"name": "Bpifrance"}}]),
        (2, 4.5, PIERCAN, []),
        (3, 3.5, HUMAN_MOB, []),
    ]
    mijuin = encode_id("Project", "normandie", (await project_ids(world, "normandie", [MIJUIN]))[MIJUIN])
    awards = await world.graphql(AWARDS, {"id": mijuin}, as_user=NORMANDIE_ADVISER)
    assert awards["data"]["node"]["eventAwards"][0] == {
        "event": {"name": "Jury de test", "editionYear": 2024},
        "rank": 1,
        "prizes": [{"name": "Prix Bpifrance (test)", "organisation": {"name": "Bpifrance"}}],
    }


async def test_the_demo_event_s_published_results_are_on_the_projects(world: World) -> None:
    event = await demo_event_id(world)
    results = (await world.graphql(PUBLIC_RESULTS, {"id": event}, as_user=PARTNER))["data"]["node"]["results"]
    assert len(results) == 7
    assert results[0]["rank"] == 1
    assert results[0]["prizes"] == [{"name": "Prix Bpifrance (démo)", "organisation": {"name": "Bpifrance"}}]
    winner = results[0]["project"]["id"]
    awards = await world.graphql(AWARDS, {"id": winner}, as_user=NORMANDIE_ADVISER)
    assert awards["data"]["node"]["eventAwards"] == [
        {
            "event": {"name": "Pour une France industrielle", "editionYear": 2023},
            "rank": 1,
            "prizes": [{"name": "Prix Bpifrance (démo)", "organisation": {"name": "Bpifrance"}}],
        }
    ]
    idf = await world.graphql(
        '{ projects(region: "ile-de-france", first: 10) { edges { node { name eventAwards { rank } } } } }',
        as_user=IDF_ADVISER,
    )
    assert all(
        edge["node"]["eventAwards"]
        for edge in idf["data"]["projects"]["edges"]
        if edge["node"]["name"]
        in {"Relocalisation des approvisionnements textiles", "Restauration rapide à empreinte réduite"}
    )
    assert OUTSIDER  # the demo jury's fourth juror sits on this event only
