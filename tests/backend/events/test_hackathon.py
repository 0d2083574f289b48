"""Hackathon teams through GraphQL: organisers compose a pitch's team (accounts attached to the project or
names) and its challenges; validation, versions, isolation, and a board that costs the same for 1 or 4 pitches."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from filiere.audit.models import AuditEvent
from tests.backend.events.meeting_support import (
    CO_ORGANISER,
    COACH,
    EVENT_SLUG,
    JUROR,
    NATIONAL,
    ORGANISER,
    OTHER_REGION,
    PARTNER,
    STUDENT,
    stage,
    user_global_id,
)
from tests.backend.world import World, count_statements

BOARD = """query($slug: String!) { eventBySlug(slug: $slug) { hackathonTeams {
  pitch { id order projectName } version challenges members { role name user { id } } candidates { name user { id } }
} } }"""
SAVE = """mutation($input: SaveHackathonTeamInput!) { saveHackathonTeam(input: $input) {
  __typename
  ... on HackathonTeamSuccess { team { version challenges members { role name user { id } } } }
  ... on EventError { code field message }
} }"""
SLUG = {"slug": EVENT_SLUG}


def _input(pitch_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "input": {
            "pitchId": pitch_id,
            "challenges": ["Réduire le coût du tricot en France", "Trouver une filature normande"],
            "members": [{"role": "COMPANY", "name": "Dirigeante de l'entreprise (démo)"}],
            **changes,
        }
    }


async def test_an_organiser_composes_a_team_with_attached_people_and_names(world: World) -> None:
    staged = await stage(world)
    board = await world.graphql(BOARD, SLUG, as_user=ORGANISER)
    teams = board["data"]["eventBySlug"]["hackathonTeams"]
    assert [team["pitch"]["order"] for team in teams] == [1, 2, 3, 4]
    assert teams[0]["version"] is None and teams[0]["members"] == []
    candidates = {c["name"]: c["user"]["id"] for c in teams[0]["candidates"]}
    assert "Margaux Delaunay" in candidates  # MIJUIN's coach
    members = [
        {"role": "COACH", "userId": candidates["Margaux Delaunay"]},
        {"role": "STUDENT", "userId": candidates["Lucas Ferrand"]},
        {"role": "EXPERT", "name": "  Experte   textile (démo) "},
    ]
    saved = await world.graphql(SAVE, _input(staged.pitch_ids[0], members=members), as_user=ORGANISER)
    team = saved["data"]["saveHackathonTeam"]
    assert team["__typename"] == "HackathonTeamSuccess", team
    assert [(m["role"], m["name"]) for m in team["team"]["members"]] == [
        ("COACH", "Margaux Delaunay"),
        ("STUDENT", "Lucas Ferrand"),
        ("EXPERT", "Experte textile (démo)"),
    ]
    version = team["team"]["version"]
    again = await world.graphql(
        SAVE, _input(staged.pitch_ids[0], challenges=["Un seul défi"], expectedVersion=version), as_user=CO_ORGANISER
    )
    assert again["data"]["saveHackathonTeam"]["team"]["challenges"] == ["Un seul défi"]
    assert again["data"]["saveHackathonTeam"]["team"]["version"] > version
    stale = await world.graphql(SAVE, _input(staged.pitch_ids[0], expectedVersion=version), as_user=ORGANISER)
    assert stale["data"]["saveHackathonTeam"]["code"] == "STALE_VERSION"
    async with world.registry.region("normandie").sessions() as session:
        actions = list(
            await session.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "HackathonTeam"))
        )
    assert actions == ["hackathon_team.save", "hackathon_team.save"]


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"members": [{"role": "COMPANY", "name": " "}]}, "REQUIRED", "members.0.name"),
        ({"members": [{"role": "COMPANY", "name": "x" * 121}]}, "TOO_LONG", "members.0.name"),
        ({"members": [{"role": "COMPANY", "name": f"P{i}"} for i in range(13)]}, "OUT_OF_RANGE", "members"),
        ({"challenges": ["d"] * 11}, "OUT_OF_RANGE", "challenges"),
        ({"challenges": ["ok", "x" * 201]}, "TOO_LONG", "challenges.1"),
        ({"challenges": [""]}, "REQUIRED", "challenges.0"),
    ],
)
async def test_bad_teams_are_refused_in_french_and_nothing_is_written(
    world: World, changes: dict[str, Any], code: str, field: str
) -> None:
    staged = await stage(world)
    answer = await world.graphql(SAVE, _input(staged.pitch_ids[0], **changes), as_user=ORGANISER)
    error = answer["data"]["saveHackathonTeam"]
    assert (error["code"], error["field"]) == (code, field)
    assert error["message"]
    board = await world.graphql(BOARD, SLUG, as_user=ORGANISER)
    assert board["data"]["eventBySlug"]["hackathonTeams"][0]["version"] is None


async def test_only_the_project_s_attached_people_are_chosen_by_account(world: World) -> None:
    staged = await stage(world)
    stranger = (await world.user(PARTNER)).id
    members = [{"role": "EXPERT", "userId": user_global_id(stranger)}]
    answer = await world.graphql(SAVE, _input(staged.pitch_ids[0], members=members), as_user=ORGANISER)
    assert answer["data"]["saveHackathonTeam"]["code"] == "NOT_A_PROJECT_MEMBER"


@pytest.mark.parametrize(
    ("reader", "code"),
    [
        (OTHER_REGION, "NOT_ALLOWED"),
        (NATIONAL, "NOT_ALLOWED"),
        (PARTNER, "NOT_ALLOWED"),
        (JUROR, "NOT_ALLOWED"),
        (COACH, "NOT_ALLOWED"),
        (STUDENT, "NOT_ALLOWED"),
        (None, "NOT_ALLOWED"),
    ],
)
async def test_nobody_but_the_organisers_composes_or_reads_teams(world: World, reader: str | None, code: str) -> None:
    staged = await stage(world)
    answer = await world.graphql(SAVE, _input(staged.pitch_ids[0]), as_user=reader)
    if reader is None:
        assert answer["errors"]
    else:
        assert answer["data"]["saveHackathonTeam"]["code"] == code
        board = await world.graphql(BOARD, SLUG, as_user=reader)
        event = board["data"]["eventBySlug"] if board.get("data") else None
        assert event is None or event["hackathonTeams"] == []


async def test_the_board_costs_the_same_for_one_and_four_teams(world: World) -> None:
    counts = []
    for pitches in (1, 3):  # two pitches (one per region) or four
        await world.reset()
        staged = await stage(world, normandie_pitches=pitches)
        for pitch_id in staged.pitch_ids:
            saved = await world.graphql(SAVE, _input(pitch_id), as_user=ORGANISER)
            assert saved["data"]["saveHackathonTeam"]["__typename"] == "HackathonTeamSuccess"
        with count_statements(world.registry) as counter:
            board = await world.graphql(BOARD, SLUG, as_user=ORGANISER)
        assert len(board["data"]["eventBySlug"]["hackathonTeams"]) == pitches + 1
        counts.append(counter.count)
    assert counts[0] == counts[1]
