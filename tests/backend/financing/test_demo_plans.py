"""The demo plans: marked as demonstration, requests in every status, and loading again changes nothing."""

from __future__ import annotations

from sqlalchemy import select

from filiere.demo.loader import load_demo
from filiere.financing.models import EarlierDeMinimisAid, FinancingSource, InvestmentLine, SourceStatus
from tests.backend.financing.plan_support import stored
from tests.backend.world import World

REGIONS = ("normandie", "hauts-de-france", "bourgogne-franche-comte")


async def test_loading_the_demo_again_changes_no_plan(world: World) -> None:
    before = [await stored(world, region) for region in REGIONS]
    await load_demo(world.registry, world.settings)
    assert [await stored(world, region) for region in REGIONS] == before


async def test_every_demo_amount_is_marked_and_every_status_is_there(world: World) -> None:
    labels: list[str] = []
    statuses: set[SourceStatus] = set()
    for region in REGIONS:
        async with world.registry.region(region).sessions() as session:
            labels += list(await session.scalars(select(InvestmentLine.label)))
            labels += list(await session.scalars(select(EarlierDeMinimisAid.granted_by)))
            for source in await session.scalars(select(FinancingSource)):
                labels.append(source.label)
                statuses.add(source.status)
    assert labels and all(label.endswith("(démo)") for label in labels)
    assert statuses == set(SourceStatus)
