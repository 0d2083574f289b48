"""The organisers' registrations: the list and the fill rates (organisers only), check-in, walk-ins, removals,
the badge exports, and the statement count of the list."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from tests.backend.events.registration_support import (
    CO_ORGANISER,
    COACH,
    JUROR,
    NATIONAL,
    ORGANISER,
    OTHER_REGION,
    PARTNER,
    STUDENT,
    Programme,
    open_programme,
    register,
)
from tests.backend.world import World, count_statements

LIST = """query($id: ID!, $first: Int!, $search: String, $sessionId: ID) { node(id: $id) { ... on Event {
  registrations(first: $first, search: $search, sessionId: $sessionId) { totalCount edges { node {
    id name email company function status walkIn checkedInAt
    sessions { session { title } status waitingPosition } } } }
  sessionFillRates { session { title } capacity confirmed waiting } } } }"""
CHECK_IN = """mutation($input: CheckInRegistrationInput!) { checkInRegistration(input: $input) {
  __typename ... on RegistrationDeskSuccess { registration { checkedInAt } } ... on EventError { code } } }"""
WALK_IN = """mutation($input: RegisterWalkInInput!) { registerWalkIn(input: $input) {
  __typename ... on RegistrationDeskSuccess { registration { name email walkIn checkedInAt } }
  ... on EventError { field code message } } }"""
REMOVE = """mutation($input: RemoveRegistrationInput!) { removeRegistration(input: $input) {
  __typename ... on RegistrationDeskSuccess { registration { status } } ... on EventError { code } } }"""


@pytest.fixture
async def programme(world: World) -> Programme:
    programme = await open_programme(world)
    for number in (1, 2, 3):
        await register(world, programme, number)
    return programme


async def listing(world: World, programme: Programme, as_user: str | None, **variables: Any) -> Any:
    body = await world.graphql(LIST, {"id": programme.event_id, "first": 50, **variables}, as_user=as_user)
    if as_user is None:  # anonymous: asked to sign in, nothing else
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    else:
        assert "errors" not in body, body
    return body["data"]["node"]


@pytest.mark.parametrize("organiser", [ORGANISER, CO_ORGANISER])
async def test_organisers_see_the_registrations_and_the_fill_rates(
    world: World, programme: Programme, organiser: str
) -> None:
    event = await listing(world, programme, organiser)
    people = [edge["node"] for edge in event["registrations"]["edges"]]
    assert [p["name"] for p in people] == [f"Camille Martin {n} (démo)" for n in (1, 2, 3)]
    assert people[2]["sessions"][0] == {
        "session": {"title": "Financer ses projets"},
        "status": "WAITING",
        "waitingPosition": 1,
    }
    rates = {rate["session"]["title"]: rate for rate in event["sessionFillRates"]}
    assert set(rates) == {"Financer ses projets", "Recruter et fidéliser", "La souveraineté industrielle"}
    assert rates["Financer ses projets"] == {
        "session": {"title": "Financer ses projets"},
        "capacity": 2,
        "confirmed": 2,
        "waiting": 1,
    }
    found = await listing(world, programme, organiser, search="martin 2")
    assert [e["node"]["name"] for e in found["registrations"]["edges"]] == ["Camille Martin 2 (démo)"]
    in_other = await listing(world, programme, organiser, sessionId=programme.other_workshop)
    assert in_other["registrations"]["totalCount"] == 0


@pytest.mark.parametrize("reader", [NATIONAL, OTHER_REGION, PARTNER, JUROR, COACH, STUDENT, None])
async def test_no_one_else_gets_the_registrations(world: World, programme: Programme, reader: str | None) -> None:
    event = await listing(world, programme, reader)
    assert event is None or (event["registrations"], event["sessionFillRates"]) == (None, None)


async def test_the_list_costs_the_same_for_one_and_many_registrations(world: World) -> None:
    programme = await open_programme(world)
    await register(world, programme, 1)

    async def cost() -> int:
        with count_statements(world.registry) as counter:
            await listing(world, programme, ORGANISER)
        return counter.count

    await listing(world, programme, ORGANISER)  # the signing keys read once, before counting
    few = await cost()
    for number in range(2, 8):
        await register(world, programme, number)
    assert await cost() == few


async def test_check_in_walk_in_and_removal_by_an_organiser(world: World, programme: Programme) -> None:
    people = (await listing(world, programme, ORGANISER))["registrations"]["edges"]
    first = people[0]["node"]["id"]
    present = await world.graphql(CHECK_IN, {"input": {"registrationId": first, "present": True}}, as_user=ORGANISER)
    assert present["data"]["checkInRegistration"]["registration"]["checkedInAt"] is not None
    undone = await world.graphql(CHECK_IN, {"input": {"registrationId": first, "present": False}}, as_user=ORGANISER)
    assert undone["data"]["checkInRegistration"]["registration"]["checkedInAt"] is None
    walk_in = {"eventId": programme.event_id, "name": "Dominique Petit (démo)", "company": "Atelier Petit (démo)"}
    for _ in range(2):  # two walk-ins without an e-mail: no clash on the address
        came = await world.graphql(WALK_IN, {"input": walk_in}, as_user=CO_ORGANISER)
        registration = came["data"]["registerWalkIn"]["registration"]
        assert (registration["email"], registration["walkIn"]) == (None, True)
        assert registration["checkedInAt"] is not None
    clash = await world.graphql(
        WALK_IN, {"input": {**walk_in, "email": "camille.martin1@exemple.fr"}}, as_user=ORGANISER
    )
    assert clash["data"]["registerWalkIn"]["field"] == "email"
    removed = await world.graphql(REMOVE, {"input": {"registrationId": first}}, as_user=ORGANISER)
    assert removed["data"]["removeRegistration"]["registration"]["status"] == "CANCELLED"
    rates = (await listing(world, programme, ORGANISER))["sessionFillRates"]
    assert {"session": {"title": "Financer ses projets"}, "capacity": 2, "confirmed": 2, "waiting": 0} in rates


@pytest.mark.parametrize("outsider", [NATIONAL, OTHER_REGION, PARTNER, JUROR, COACH])
async def test_outsiders_cannot_check_in_add_or_remove(world: World, programme: Programme, outsider: str) -> None:
    first = (await listing(world, programme, ORGANISER))["registrations"]["edges"][0]["node"]["id"]
    for query, variables, name in (
        (CHECK_IN, {"registrationId": first, "present": True}, "checkInRegistration"),
        (REMOVE, {"registrationId": first}, "removeRegistration"),
        (WALK_IN, {"eventId": programme.event_id, "name": "X", "company": "Y"}, "registerWalkIn"),
    ):
        body = await world.graphql(query, {"input": variables}, as_user=outsider)
        answer = (body.get("data") or {}).get(name)
        assert answer is None or answer["__typename"] == "EventNotAllowed", body


async def test_the_badge_exports_are_for_organisers_only(world: World, programme: Programme) -> None:
    path = f"/evenements/exports/{programme.event_id}/registrations"
    await register(world, programme, 4, name="=HYPERLINK(1) (démo)")
    response = await world.client.get(f"{path}.csv", headers=await world.headers(CO_ORGANISER))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Nom", "Entreprise", "Fonction", "Sessions"]
    assert rows[1][:4] == [
        "'=HYPERLINK(1) (démo)",  # a formula in a cell is text, never run
        "Tissages de Normandie (démo)",
        "Directrice industrielle",
        "La souveraineté industrielle",
    ]
    assert rows[4][3:5] == ["La souveraineté industrielle", "Financer ses projets"]  # waiting for the workshop
    workbook = await world.client.get(f"{path}.xlsx", headers=await world.headers(ORGANISER))
    assert workbook.status_code == 200 and workbook.content.startswith(b"PK")
    for outsider in (NATIONAL, OTHER_REGION, PARTNER, JUROR):
        refused = await world.client.get(f"{path}.csv", headers=await world.headers(outsider))
        assert refused.status_code == 404, outsider
    assert (await world.client.get(f"{path}.csv")).status_code == 401
    bad = await world.client.get(f"{path}.csv", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
