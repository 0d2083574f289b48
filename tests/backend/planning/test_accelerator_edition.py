"""The public candidacy form says which regions run the coming edition and when, and nothing else."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import update

from filiere.graphql.schema import schema
from filiere.planning.editions import current_accelerator_edition
from filiere.planning.models import Cohort
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.world import World, count_statements, region_down

QUERY = """{ acceleratorEdition { year name regions { code name startDate eventDate eventEndDate } } }"""
CALLERS = [None, "jury@demo.filiere.fr", "bpifrance@demo.filiere.fr", "conseiller.ile-de-france@demo.filiere.fr"]
DEMO_2027 = {
    "year": 2027,
    "name": "Édition 2027 (démonstration)",
    "regions": [
        {"code": code, "name": name, "startDate": None, "eventDate": "2027-03-18", "eventEndDate": "2027-03-19"}
        for code, name in (
            ("28", "Normandie"),
            ("11", "Île-de-France"),
            ("32", "Hauts-de-France"),
            ("27", "Bourgogne-Franche-Comté"),
        )
    ],
}


async def edition(world: World, as_user: str | None = None) -> Any:
    body = await world.graphql(QUERY, as_user=as_user)
    assert "errors" not in body, body
    return body["data"]["acceleratorEdition"]


@pytest.mark.parametrize("caller", CALLERS)
async def test_anyone_reads_the_coming_edition_its_regions_and_their_dates(world: World, caller: str | None) -> None:
    # As of the demo's day (23 November 2026) the 2022 and 2023 editions are past: 2027 is the coming one.
    assert await edition(world, caller) == DEMO_2027


async def test_the_dates_are_the_regions_cohort_dates(world: World) -> None:
    async with UnitOfWork(world.registry) as uow:
        session = uow.region("normandie")
        await session.execute(update(Cohort).where(Cohort.edition_year == 2027).values(start_date=date(2026, 11, 2)))
        await uow.commit()
    regions = (await edition(world))["regions"]
    assert [(r["name"], r["startDate"]) for r in regions][:2] == [("Normandie", "2026-11-02"), ("Île-de-France", None)]


async def test_an_edition_whose_every_event_day_is_past_is_not_offered(world: World) -> None:
    async with UnitOfWork(world.registry) as uow:
        on_the_last_day = await current_accelerator_edition(uow, date(2027, 3, 19))
        the_day_after = await current_accelerator_edition(uow, date(2027, 3, 20))
    assert on_the_last_day is not None and on_the_last_day.year == 2027
    assert the_day_after is None


async def test_a_region_that_does_not_answer_is_listed_without_its_dates(world: World) -> None:
    with region_down(world, "hauts-de-france"):
        regions = (await edition(world))["regions"]
    assert [(r["name"], r["eventDate"]) for r in regions] == [
        ("Normandie", "2027-03-18"),
        ("Île-de-France", "2027-03-18"),
        ("Hauts-de-France", None),
        ("Bourgogne-Franche-Comté", "2027-03-18"),
    ]


def test_it_exposes_names_and_dates_only() -> None:
    """Public: no id to follow, no cohort, venue, school or project."""
    types = schema._schema.type_map  # type: ignore[attr-defined]
    assert {name: set(types[name].fields) for name in ("AcceleratorEdition", "AcceleratorRegion")} == {
        "AcceleratorEdition": {"year", "name", "regions"},
        "AcceleratorRegion": {"code", "name", "startDate", "eventDate", "eventEndDate"},
    }


async def test_one_statement_per_database(world: World) -> None:
    with count_statements(world.registry) as counter:
        await edition(world)
    assert counter.count <= 1 + len(world.registry.regions)
