"""SIRENE proposes, from the company's SIRET, what it holds for the record: to the region's team only."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import update
from stdnum import luhn

from filiere.auth.grants import GrantScope
from filiere.ids import decode_id
from filiere.programmes.models import Company
from filiere.sourcing.models import Supplier, SupplierState
from tests.backend.programmes.support import share
from tests.backend.world import World, count_statements

ADVISER = "conseiller.normandie@demo.filiere.fr"
ADMIN = "admin.normandie@demo.filiere.fr"
PROPOSAL = """query($id: ID!) { companySireneProposal(companyId: $id) {
  siret nafCode street postalCode communeCode communeName headcountBand } }"""
COMPANY = """{ projects(region: "normandie", first: 1) { edges { node { id company { id siren version } } } } }"""


async def normandie_company(world: World) -> dict[str, Any]:
    body = await world.graphql(COMPANY, as_user=ADVISER)
    node = body["data"]["projects"]["edges"][0]["node"]
    return {"project_id": node["id"], **node["company"]}


async def with_establishment(
    world: World, company: dict[str, Any], *, state: SupplierState = SupplierState.ACTIVE, diffusible: bool = True
) -> str:
    """Gives the company a SIRET and puts its establishment in Normandie's directory, as an import would."""
    body = company["siren"] + "0001"
    siret = body + luhn.calc_check_digit(body)
    async with world.registry.region("normandie").sessions() as session, session.begin():
        await session.execute(update(Company).where(Company.id == decode_id(company["id"]).int_key).values(siret=siret))
        session.add(
            Supplier(
                siret=siret,
                siren=company["siren"],
                legal_name="Entreprise de démonstration",
                trade_names="",
                naf_code="13.10Z",
                workforce_band="12",
                is_head_office=True,
                diffusible=diffusible,
                street="14 RUE DU CAILLY" if diffusible else None,
                postal_code="76770" if diffusible else None,
                commune_code="76402",
                commune_name="MALAUNAY",
                departement="76",
                lambert_x=None,
                lambert_y=None,
                search_text="entreprise de demonstration",
                content_hash="0" * 16,
                state=state,
                imported_at=datetime.now(UTC),
            )
        )
    return siret


async def proposal(world: World, company: dict[str, Any], as_user: str | None = ADVISER) -> Any:
    body = await world.graphql(PROPOSAL, {"id": company["id"]}, as_user=as_user)
    if as_user is None:
        return body
    assert "errors" not in body, body
    return body["data"]["companySireneProposal"]


@pytest.mark.parametrize("editor", [ADVISER, ADMIN])
async def test_the_region_team_reads_what_sirene_holds_of_the_establishment(world: World, editor: str) -> None:
    company = await normandie_company(world)
    siret = await with_establishment(world, company)
    assert await proposal(world, company, editor) == {
        "siret": siret,
        "nafCode": "13.10Z",
        "street": "14 RUE DU CAILLY",
        "postalCode": "76770",
        "communeCode": "76402",
        "communeName": "MALAUNAY",
        "headcountBand": "FROM_20_TO_49",
    }


async def test_a_proposal_changes_nothing_and_costs_a_fixed_number_of_statements(world: World) -> None:
    company = await normandie_company(world)
    await with_establishment(world, company)
    with count_statements(world.registry) as counter:
        assert await proposal(world, company) is not None
    assert counter.count <= 4  # who reads, the company, the directory's row
    assert (await normandie_company(world))["version"] == company["version"]


async def test_a_partially_diffusible_establishment_proposes_its_commune_and_band_but_no_address(
    world: World,
) -> None:
    company = await normandie_company(world)
    await with_establishment(world, company, diffusible=False)
    found = await proposal(world, company)
    assert (found["street"], found["postalCode"], found["communeName"], found["headcountBand"]) == (
        None,
        None,
        "MALAUNAY",
        "FROM_20_TO_49",
    )


@pytest.mark.parametrize("state", [SupplierState.CLOSED, SupplierState.ABSENT])
async def test_nothing_is_proposed_from_an_establishment_no_longer_active(world: World, state: SupplierState) -> None:
    company = await normandie_company(world)
    await with_establishment(world, company, state=state)
    assert await proposal(world, company) is None


async def test_nothing_is_proposed_without_a_siret_or_for_one_the_directory_lacks(world: World) -> None:
    company = await normandie_company(world)
    assert await proposal(world, company) is None  # the demo's companies have no SIRET
    body = company["siren"] + "0002"
    async with world.registry.region("normandie").sessions() as session, session.begin():
        await session.execute(
            update(Company)
            .where(Company.id == decode_id(company["id"]).int_key)
            .values(siret=body + luhn.calc_check_digit(body))
        )
    assert await proposal(world, company) is None


@pytest.mark.parametrize(
    "reader",
    [
        "conseiller.ile-de-france@demo.filiere.fr",
        "admin.ile-de-france@demo.filiere.fr",
        "national@demo.filiere.fr",  # oversees, never writes a region's records
        "bpifrance@demo.filiere.fr",  # a partner, even with the project shared in full
        "jury@demo.filiere.fr",
    ],
)
async def test_who_may_not_edit_the_record_gets_no_proposal(world: World, reader: str) -> None:
    company = await normandie_company(world)
    await with_establishment(world, company)
    await share(world, company["project_id"], GrantScope.FULL)
    assert await proposal(world, company, reader) is None


async def test_an_anonymous_caller_is_asked_to_sign_in(world: World) -> None:
    company = await normandie_company(world)
    await with_establishment(world, company)
    body = await proposal(world, company, None)
    assert body["data"] is None or body["data"]["companySireneProposal"] is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
