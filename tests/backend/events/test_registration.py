"""The public's registration: the form's rules, the waiting list, nothing half-written, the robot."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from filiere.events.models import Registration
from tests.backend.events.registration_support import (
    VALID_SIRET,
    Programme,
    open_programme,
    register,
    stored,
)
from tests.backend.world import World


async def test_a_person_registers_and_the_full_workshop_puts_the_third_on_its_waiting_list(world: World) -> None:
    programme = await open_programme(world)
    first = await register(world, programme, 1, siret=VALID_SIRET)
    assert first["__typename"] == "RegisterForEventSuccess", first
    seats = {seat["session"]["title"]: seat for seat in first["registration"]["sessions"]}
    assert seats["Financer ses projets"]["status"] == "CONFIRMED"
    assert seats["La souveraineté industrielle"]["waitingPosition"] is None
    assert (await register(world, programme, 2))["__typename"] == "RegisterForEventSuccess"
    third = await register(world, programme, 3)
    waiting = {seat["session"]["title"]: seat for seat in third["registration"]["sessions"]}
    assert waiting["Financer ses projets"] == {
        "session": waiting["Financer ses projets"]["session"],
        "status": "WAITING",
        "waitingPosition": 1,
    }
    assert waiting["La souveraineté industrielle"]["status"] == "CONFIRMED"  # no capacity: never full
    fourth = await register(world, programme, 4, sessionIds=[programme.small_workshop])
    assert fourth["registration"]["sessions"][0]["waitingPosition"] == 2
    assert await stored(world) == (4, 7)


@pytest.mark.parametrize(
    ("changes", "field", "code", "message"),
    [
        ({"siret": "12345678901234"}, "siret", "INVALID_SIRET", "SIRET n'est pas valide"),
        ({"name": "x" * 121}, "name", "TOO_LONG", "120 caractères"),
        ({"company": "x" * 201}, "company", "TOO_LONG", "200 caractères"),
        ({"function": "x" * 121}, "function", "TOO_LONG", "120 caractères"),
        ({"email": "camille@"}, "email", "INVALID_EMAIL", "n'est pas valide"),
        ({"email": "x" * 250 + "@exemple.fr"}, "email", "TOO_LONG", "254 caractères"),
        ({"name": "  "}, "name", "REQUIRED", "Le nom est obligatoire"),
        ({"consent": False}, "consent", "REQUIRED", "supprimées un an après l'événement"),
    ],
)
async def test_bad_input_is_refused_in_french_at_its_field_and_writes_nothing(
    world: World, changes: dict[str, Any], field: str, code: str, message: str
) -> None:
    programme = await open_programme(world)
    before = await stored(world)
    refused = await register(world, programme, **changes)
    assert (refused["__typename"], refused["field"], refused["code"]) == ("EventInvalid", field, code)
    assert message in refused["message"]
    assert await stored(world) == before


async def test_sessions_must_be_of_the_event_public_and_not_at_the_same_time(world: World) -> None:
    programme = await open_programme(world)
    before = await stored(world)
    hackathon = await register(world, programme, sessionIds=[programme.conference, programme.hackathon])
    assert (hackathon["field"], hackathon["code"]) == ("sessionIds", "SESSION_NOT_PUBLIC")
    assert "« Hackathon » est réservé aux entreprises accompagnées" in hackathon["message"]
    overlap = await register(world, programme, sessionIds=[programme.small_workshop, programme.other_workshop])
    assert (overlap["field"], overlap["code"]) == ("sessionIds", "SESSIONS_OVERLAP")
    assert "ont lieu en même temps" in overlap["message"]
    foreign = await register(world, programme, sessionIds=[programme.event_id])
    assert (foreign["field"], foreign["code"]) == ("sessionIds", "SESSION_NOT_IN_EVENT")
    assert await stored(world) == before


async def test_registration_closed_is_refused(world: World) -> None:
    programme = await open_programme(world, closes_in=timedelta(days=-1))
    refused = await register(world, programme)
    assert (refused["field"], refused["code"]) == ("eventId", "REGISTRATION_CLOSED")
    assert refused["message"] == "Les inscriptions à cet événement sont closes."
    assert await stored(world) == (0, 0)


async def test_a_second_registration_with_the_same_address_is_refused_at_the_email(world: World) -> None:
    programme = await open_programme(world)
    await register(world, programme, 1)
    again = await register(world, programme, 1, email="Camille.Martin1@Exemple.fr", name="Camille M.")
    assert (again["__typename"], again["field"], again["code"]) == ("EventInvalid", "email", "ALREADY_REGISTERED")
    assert "nous venons de vous renvoyer par e-mail votre lien personnel" in again["message"]
    assert await stored(world) == (1, 2)


async def test_a_robot_filling_the_hidden_field_gets_a_success_and_nothing_is_kept(world: World) -> None:
    programme = await open_programme(world)
    answer = await register(world, programme, website="http://spam.example")
    assert answer["__typename"] == "RegisterForEventSuccess"
    assert [seat["status"] for seat in answer["registration"]["sessions"]] == ["CONFIRMED", "CONFIRMED"]
    assert await stored(world) == (0, 0)


async def test_nothing_is_half_written_when_a_later_check_fails(world: World, programme_full: Programme) -> None:
    before = await stored(world)
    refused = await register(world, programme_full, 9, sessionIds=[programme_full.small_workshop, "bad"])
    assert refused["code"] == "SESSION_NOT_IN_EVENT"
    assert await stored(world) == before


@pytest.fixture
async def programme_full(world: World) -> Programme:
    programme = await open_programme(world)
    for number in (1, 2):
        await register(world, programme, number)
    return programme


async def test_the_token_is_never_in_the_answer_and_only_its_hash_is_stored(world: World) -> None:
    programme = await open_programme(world)
    answer = await register(world, programme)
    assert "token" not in str(answer).lower()
    async with world.registry.region("normandie").sessions() as session:
        row = await session.scalar(select(Registration).where(Registration.email == "camille.martin1@exemple.fr"))
    assert row is not None and len(row.token_hash) == 64
