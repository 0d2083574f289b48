"""Bad input everywhere: a typed French error on the field, and nothing written."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from filiere.financing.scheme_models import FinancingScheme
from filiere.ids import decode_id, encode_id
from filiere.settings import NATIONAL_SLUG
from tests.backend.financing.plan_support import (
    DRYER,
    MIJUIN,
    PIERCAN,
    SAVE_AID,
    SAVE_LINE,
    SAVE_SOURCE,
    call,
    line_input,
    plans,
    project_ids,
    source_input,
    stored,
)
from tests.backend.world import World


async def scheme_id(world: World, name: str) -> str:
    async with world.registry.national.sessions() as national:
        found = await national.scalar(select(FinancingScheme.id).where(FinancingScheme.name == name))
    assert found is not None, name
    return encode_id("FinancingScheme", NATIONAL_SLUG, found)


LINE_CASES = [
    pytest.param({"amount": -1}, "INVALID_AMOUNT", "amount", id="negative"),
    pytest.param({"amount": 0}, "INVALID_AMOUNT", "amount", id="zero"),
    pytest.param({"amount": 1_000_000_001}, "INVALID_AMOUNT", "amount", id="over-a-billion"),
    pytest.param({"amount": 5e12}, "INVALID_AMOUNT", "amount", id="absurd"),
    pytest.param({"amount": 1200.5}, "INVALID_AMOUNT", "amount", id="cents"),
    pytest.param({"year": 2021}, "YEAR_OUT_OF_RANGE", "year", id="before-the-programme"),
    pytest.param({"year": 2034}, "YEAR_OUT_OF_RANGE", "year", id="after-ten-years"),
    pytest.param({"quarter": 5}, "OUT_OF_RANGE", "quarter", id="quarter"),
    pytest.param({"label": "  "}, "REQUIRED", "label", id="no-label"),
    pytest.param({"label": "x" * 201}, "TOO_LONG", "label", id="long-label"),
]


@pytest.mark.parametrize(("values", "code", "field"), LINE_CASES)
async def test_a_bad_line_is_refused_and_nothing_is_written(
    world: World, values: dict[str, Any], code: str, field: str
) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    before = await stored(world)
    refused = await call(world, SAVE_LINE, line_input(mijuin, **values))
    assert (refused["__typename"], refused["code"], refused["field"]) == ("FinancingInvalid", code, field)
    assert refused["message"][0].isupper() and refused["message"].endswith(".")
    assert await stored(world) == before


async def test_the_year_range_follows_the_project_s_edition(world: World) -> None:
    # The dryer follows the fictional 2027 edition: 2026 to 2037.
    dryer = (await project_ids(world))[DRYER]
    assert (await call(world, SAVE_LINE, line_input(dryer, year=2037)))["__typename"] == "InvestmentLineSuccess"
    refused = await call(world, SAVE_LINE, line_input(dryer, year=2025))
    assert refused["message"] == "L'année doit être comprise entre 2026 et 2037 pour ce projet."


async def test_an_unknown_category_is_a_request_error_and_nothing_is_written(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    before = await stored(world)
    body = await world.graphql(
        SAVE_LINE, {"input": line_input(mijuin, category="SPACESHIPS")}, as_user="conseiller.normandie@demo.filiere.fr"
    )
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert await stored(world) == before


async def test_a_supplier_or_a_quote_of_another_project_is_refused(world: World) -> None:
    ids = await project_ids(world)
    before = await stored(world)
    candidate = encode_id("SupplierCandidate", "normandie", 999_999)
    refused = await call(world, SAVE_LINE, line_input(ids[MIJUIN], supplierCandidateId=candidate))
    assert (refused["code"], refused["field"]) == ("NOT_IN_PROJECT", "supplierCandidateId")
    document = encode_id("Document", "normandie", 999_999)
    refused = await call(world, SAVE_LINE, line_input(ids[PIERCAN], quoteDocumentId=document))
    assert (refused["code"], refused["field"]) == ("NOT_IN_PROJECT", "quoteDocumentId")
    elsewhere = encode_id("Document", "ile-de-france", 1)
    refused = await call(world, SAVE_LINE, line_input(ids[MIJUIN], quoteDocumentId=elsewhere))
    assert (refused["__typename"], refused["code"]) == ("FinancingNotAllowed", "NOT_FOUND")
    assert await stored(world) == before


SOURCE_CASES = [
    pytest.param({"amount": -10}, "INVALID_AMOUNT", "amount", id="negative"),
    pytest.param({"amount": 2_000_000_000}, "INVALID_AMOUNT", "amount", id="absurd"),
    pytest.param({"aidEquivalent": -1}, "INVALID_AMOUNT", "aidEquivalent", id="negative-equivalent"),
    pytest.param({"aidEquivalent": 300_000}, "INVALID_AMOUNT", "aidEquivalent", id="equivalent-over-amount"),
    pytest.param({"year": 2050}, "YEAR_OUT_OF_RANGE", "year", id="year"),
    pytest.param({"decidedOn": "2024-03-01"}, "INVALID_DATES", "decidedOn", id="decided-before-applying"),
    pytest.param({"appliedOn": "2024-03-01"}, "INVALID_DATES", "appliedOn", id="applied-while-to-apply"),
    pytest.param(
        {"status": "APPLIED", "appliedOn": "2024-03-01", "decidedOn": "2024-04-01"},
        "INVALID_DATES",
        "decidedOn",
        id="decision-while-applied",
    ),
    pytest.param(
        {"status": "OBTAINED", "appliedOn": "2024-03-01", "decidedOn": "2024-02-01"},
        "INVALID_DATES",
        "decidedOn",
        id="decision-before-application",
    ),
    pytest.param({"label": "y" * 201}, "TOO_LONG", "label", id="long-label"),
]


@pytest.mark.parametrize(("values", "code", "field"), SOURCE_CASES)
async def test_a_bad_source_is_refused_and_nothing_is_written(
    world: World, values: dict[str, Any], code: str, field: str
) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    before = await stored(world)
    refused = await call(world, SAVE_SOURCE, source_input(mijuin, **values))
    assert (refused["__typename"], refused["code"], refused["field"]) == ("FinancingInvalid", code, field)
    assert await stored(world) == before


async def test_a_scheme_of_another_region_s_private_list_is_refused(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    before = await stored(world)
    private = await scheme_id(world, "Prêt d'honneur des relocalisations franciliennes (démo)")
    refused = await call(world, SAVE_SOURCE, source_input(mijuin, schemeId=private))
    assert (refused["__typename"], refused["code"], refused["field"]) == (
        "FinancingInvalid",
        "UNKNOWN_SCHEME",
        "schemeId",
    )
    assert await stored(world) == before
    # Its own region's private scheme, and the national catalogue's, are taken; the flag follows the scheme.
    own = await scheme_id(world, "Chèque conseil relocalisation CCI Normandie (démo)")
    taken = await call(world, SAVE_SOURCE, source_input(mijuin, kind="REGIONAL_AID", amount=5000, schemeId=own))
    assert taken["source"]["scheme"] == {"id": own, "name": "Chèque conseil relocalisation CCI Normandie (démo)"}
    national = await scheme_id(world, "Prêt relocalisation industrielle (démo)")
    loan = await call(world, SAVE_SOURCE, source_input(mijuin, kind="BPIFRANCE", schemeId=national))
    assert loan["source"]["scheme"]["id"] == national
    async with world.registry.national.sessions() as session:
        rows = await session.execute(select(FinancingScheme.id, FinancingScheme.de_minimis))
        flags = {row.id: row.de_minimis for row in rows}
    assert taken["source"]["deMinimis"] is flags[decode_id(own).int_key]
    assert loan["source"]["deMinimis"] is flags[decode_id(national).int_key]


async def test_an_edit_on_a_stale_version_is_refused_and_nothing_is_written(world: World) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    source = ((await plans(world, mijuin)) or {})["financingPlan"]["sources"][0]
    before = await stored(world)
    refused = await call(
        world,
        SAVE_SOURCE,
        source_input(None, id=source["id"], expectedVersion=source["version"] + 1) | {"projectId": None},
    )
    assert (refused["__typename"], refused["code"]) == ("FinancingConflict", "STALE_VERSION")
    assert await stored(world) == before


@pytest.mark.parametrize(
    ("values", "code", "field"),
    [
        pytest.param({"grantedOn": "2027-01-01"}, "INVALID_DATES", "grantedOn", id="future"),
        pytest.param({"amount": -5}, "INVALID_AMOUNT", "amount", id="negative"),
        pytest.param({"grantedBy": ""}, "REQUIRED", "grantedBy", id="granted-by-nobody"),
    ],
)
async def test_bad_earlier_aid_is_refused_and_nothing_is_written(
    world: World, values: dict[str, Any], code: str, field: str
) -> None:
    mijuin = (await project_ids(world))[MIJUIN]
    before = await stored(world)
    aid = {"projectId": mijuin, "grantedOn": "2025-01-01", "amount": 10000, "grantedBy": "Région (démo)"} | values
    refused = await call(world, SAVE_AID, aid)
    assert (refused["__typename"], refused["code"], refused["field"]) == ("FinancingInvalid", code, field)
    assert await stored(world) == before
