"""The public page of an event and its calendar files: for anyone, without an account, and nothing private."""

from __future__ import annotations

from icalendar import Calendar

from tests.backend.events.programme_support import EVENT_2023, EVENT_2027, event_by_slug
from tests.backend.world import World

PUBLIC = """query($slug: String!) { publicEvent(slug: $slug) {
  id slug name startsOn endsOn venue address description registrationOpen
  hostRegion { slug name } coOrganisers { slug name }
  sessions { id kind title theme { key name } startsAt endsAt day startTime endTime room capacity seatsLeft
    openToPublic speakers { name title organisation } } } }"""
PRIVATE_WORDS = [
    "registrant",
    "registration{",
    "seat{",
    "pitch",
    "score",
    "juror",
    "token",
    "email",
    "version",
    "methodVersion",
]


async def test_anyone_reads_the_programme_without_an_account(world: World) -> None:
    body = await world.graphql(PUBLIC, {"slug": EVENT_2023}, as_user=None)
    assert "errors" not in body, body
    page = body["data"]["publicEvent"]
    assert page["name"] == "Pour une France industrielle" and page["startsOn"] == "2023-11-30"
    assert page["hostRegion"] == {"slug": "normandie", "name": "Normandie"}
    assert page["coOrganisers"] == [{"slug": "ile-de-france", "name": "Île-de-France"}]
    assert page["registrationOpen"] is False, "closed when the event began"
    staff = await event_by_slug(world, EVENT_2023)
    assert staff is not None and page["id"] == staff["id"]
    speakers = {s["name"]: s for session in page["sessions"] for s in session["speakers"]}
    assert speakers["Olivier Dufour"]["organisation"] == "Verkor"
    assert {"Christophe Vergneault", "Christelle Didelot", "Sabrina Debey"} <= set(speakers)
    workshops = [s for s in page["sessions"] if s["kind"] == "WORKSHOP"]
    assert len(workshops) == 5 and {w["capacity"] for w in workshops} == {25, 3}
    assert all(0 <= w["seatsLeft"] <= w["capacity"] for w in workshops)
    # The demo's registrations fill the small workshop: newcomers join its waiting list.
    assert next(w for w in workshops if w["capacity"] == 3)["seatsLeft"] == 0
    hackathon = next(s for s in page["sessions"] if s["kind"] == "HACKATHON")
    assert hackathon["openToPublic"] is False and hackathon["seatsLeft"] is None
    starts = [(s["startsAt"], s["room"]) for s in page["sessions"]]
    assert starts == sorted(starts), "by start, then room"


async def test_the_public_type_offers_nothing_private(world: World) -> None:
    body = await world.graphql(
        '{ __type(name: "PublicEvent") { fields { name } } s: __type(name: "PublicEventSession") { fields { name } } }'
    )
    names = [f["name"] for f in body["data"]["__type"]["fields"] + body["data"]["s"]["fields"]]
    assert not [name for name in names for word in PRIVATE_WORDS if word.lower() in name.lower()], names


async def test_a_future_event_is_open_to_registration(world: World) -> None:
    page = (await world.graphql(PUBLIC, {"slug": EVENT_2027}))["data"]["publicEvent"]
    assert page["registrationOpen"] is True and "(démo)" in page["name"]
    assert sum(1 for s in page["sessions"] if s["kind"] == "WORKSHOP") == 5


async def test_an_unknown_slug_is_null(world: World) -> None:
    assert (await world.graphql(PUBLIC, {"slug": "2023-inconnu"}))["data"]["publicEvent"] is None


async def test_the_whole_event_s_calendar_file(world: World) -> None:
    response = await world.client.get(f"/evenements/{EVENT_2023}.ics")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["content-disposition"] == f'attachment; filename="{EVENT_2023}.ics"'
    calendar = Calendar.from_ical(response.content)
    entries = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    days = entries["Pour une France industrielle"]
    assert str(days.decoded("DTSTART")) == "2023-11-30" and str(days.decoded("DTEND")) == "2023-12-02"
    verkor = next(e for name, e in entries.items() if name.startswith("L'épopée de Verkor"))
    assert verkor.decoded("DTSTART").utcoffset().total_seconds() == 0  # UTC
    assert "Olivier Dufour" in str(verkor["DESCRIPTION"]) and "NEOMA" in str(verkor["LOCATION"])
    assert not any("Hackathon" in name or "Préparation" in name for name in entries), "closed sessions left out"


async def test_one_session_s_calendar_file_and_404s(world: World) -> None:
    page = (await world.graphql(PUBLIC, {"slug": EVENT_2023}))["data"]["publicEvent"]
    workshop = next(s for s in page["sessions"] if s["kind"] == "WORKSHOP")
    hackathon = next(s for s in page["sessions"] if s["kind"] == "HACKATHON")
    response = await world.client.get(f"/evenements/{EVENT_2023}/sessions/{workshop['id']}.ics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    [entry] = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(entry["SUMMARY"]).startswith(workshop["title"])
    for path in (
        "/evenements/1999-inconnu.ics",
        f"/evenements/{EVENT_2023}/sessions/{hackathon['id']}.ics",
        f"/evenements/{EVENT_2027}/sessions/{workshop['id']}.ics",
        f"/evenements/{EVENT_2023}/sessions/pas-un-id.ics",
    ):
        assert (await world.client.get(path)).status_code == 404, path
