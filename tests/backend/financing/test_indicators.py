"""CCI France's financing figures: summed in each region, fanned out, by région, edition, financer and kind."""

from __future__ import annotations

from typing import Any

from tests.backend.financing.plan_support import ADVISER, COACH, JUROR, NATIONAL, PARTNER, STUDENT
from tests.backend.world import World, region_down

FIGURES = "figures { investmentPlanned investmentCommitted aidRequested aidObtained }"
INDICATORS = f"""query($editionId: ID, $region: String) {{
  financingIndicators(editionId: $editionId, region: $region) {{
  total {{ investmentPlanned investmentCommitted aidRequested aidObtained }}
  byRegion {{ region {{ slug }} {FIGURES} }}
  byEdition {{ edition {{ year }} {FIGURES} }}
  byFinancer {{ financer {FIGURES} }}
  byKind {{ kind {FIGURES} }}
  unavailableRegions {{ slug }}
}} }}"""


def figures(planned: int, committed: int, requested: int, obtained: int) -> dict[str, float]:
    return {
        "investmentPlanned": float(planned),
        "investmentCommitted": float(committed),
        "aidRequested": float(requested),
        "aidObtained": float(obtained),
    }


async def indicators(world: World, as_user: str, **variables: Any) -> dict[str, Any] | None:
    body = await world.graphql(INDICATORS, variables, as_user=as_user)
    assert "errors" not in body, body
    found: dict[str, Any] | None = body["data"]["financingIndicators"]
    return found


async def test_cci_france_reads_every_region_s_figures(world: World) -> None:
    found = await indicators(world, NATIONAL)
    assert found is not None
    # Aid is public money once applied for: the demo plans' Bpifrance aid equivalents (9 000 € and 15 000 €),
    # the dryer's regional advance, State call and refused European funds, Besançon's regional subsidy.
    assert found["total"] == figures(3_977_000, 1_470_000, 554_000, 250_000)
    regions = {row["region"]["slug"]: row["figures"] for row in found["byRegion"]}
    assert regions == {
        "bourgogne-franche-comte": figures(580_000, 520_000, 100_000, 100_000),
        "hauts-de-france": figures(1_145_000, 0, 15_000, 0),
        "ile-de-france": figures(0, 0, 0, 0),
        "normandie": figures(2_252_000, 950_000, 439_000, 150_000),
    }
    financers = {row["financer"]: row["figures"]["aidRequested"] for row in found["byFinancer"]}
    assert financers == {
        "Bpifrance (démo)": 24_000.0,
        "Région Normandie (démo)": 150_000.0,
        "État — appel à projets (démo)": 80_000.0,
        "Hors catalogue": 200_000.0,
        "Région Bourgogne-Franche-Comté (démo)": 100_000.0,
    }
    kinds = {row["kind"]: row["figures"]["aidObtained"] for row in found["byKind"]}
    assert kinds == {"BPIFRANCE": 0.0, "REGIONAL_AID": 250_000.0, "STATE_CALL": 0.0, "EUROPEAN_FUNDS": 0.0}
    editions = {row["edition"]["year"] if row["edition"] else None: row["figures"] for row in found["byEdition"]}
    assert editions[2023] == figures(702_000, 690_000, 9_000, 0)
    assert sum(row["investmentPlanned"] for row in editions.values()) == 3_977_000


async def test_an_edition_and_a_region_narrow_the_figures(world: World) -> None:
    editions = await world.graphql("{ editions(first: 20) { edges { node { id year } } } }", as_user=NATIONAL)
    by_year = {edge["node"]["year"]: edge["node"]["id"] for edge in editions["data"]["editions"]["edges"]}
    found = await indicators(world, NATIONAL, editionId=by_year[2023])
    assert found is not None and found["total"] == figures(702_000, 690_000, 9_000, 0)
    normandie = await indicators(world, NATIONAL, region="normandie")
    assert normandie is not None and [row["region"]["slug"] for row in normandie["byRegion"]] == ["normandie"]


async def test_a_region_s_team_reads_its_own_figures_only(world: World) -> None:
    own = await indicators(world, ADVISER)
    assert own is not None and [row["region"]["slug"] for row in own["byRegion"]] == ["normandie"]
    assert own["total"] == figures(2_252_000, 950_000, 439_000, 150_000)
    elsewhere = await indicators(world, ADVISER, region="hauts-de-france")
    assert elsewhere is not None and elsewhere["byRegion"] == [] and elsewhere["total"] == figures(0, 0, 0, 0)


async def test_partners_coaches_students_and_jurors_read_no_figures(world: World) -> None:
    assert await indicators(world, PARTNER) is None
    assert await indicators(world, COACH) is None
    assert await indicators(world, STUDENT) is None
    assert await indicators(world, JUROR) is None
    assert (await world.graphql(INDICATORS))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_region_down_is_named_and_the_others_still_answer(world: World) -> None:
    with region_down(world, "hauts-de-france"):
        body = await world.graphql(INDICATORS, as_user=NATIONAL)
    assert [row["region"]["slug"] for row in body["data"]["financingIndicators"]["byRegion"]] == [
        "bourgogne-franche-comte",
        "ile-de-france",
        "normandie",
    ]
    assert body["data"]["financingIndicators"]["unavailableRegions"] == [{"slug": "hauts-de-france"}]
    assert [error["extensions"] for error in body["errors"]] == [
        {"code": "REGION_UNAVAILABLE", "region": "hauts-de-france"}
    ]
