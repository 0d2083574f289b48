"""The catalogue of financing schemes through the API: filtered and paginated; kept by CCI France (national
catalogue) and by each region's team (its own schemes), every change audited, bad input refused in French
with nothing written."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from filiere.audit.models import NationalAuditEvent
from filiere.ids import encode_id
from filiere.text import fold
from tests.backend.financing.scheme_support import (
    ADVISER,
    IDF_ADVISER,
    IDF_OWN,
    NATIONAL,
    NORMANDIE_OWN,
    catalogue,
    names,
    save,
    scheme_ids,
    scheme_input,
    stored,
)
from tests.backend.world import World, count_statements

DEMO_SCHEMES = 21


async def test_cci_france_reads_the_whole_catalogue_by_name(world: World) -> None:
    found = await catalogue(world, NATIONAL)
    assert found["totalCount"] == DEMO_SCHEMES
    listed = names(found)
    assert listed == sorted(listed, key=fold)
    assert all(name.endswith("(démo)") for name in listed)
    seine = next(
        edge["node"] for edge in found["edges"] if edge["node"]["name"] == "Fonds industrie Seine-Maritime (démo)"
    )
    assert seine["departements"] == [{"code": "76", "name": "Seine-Maritime"}]
    assert (seine["nationwide"], seine["regions"], seine["deMinimis"], seine["ownerRegion"]) == (False, [], True, None)
    assert seine["viewerCanEdit"] is True


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"text": "SEINE maritime"}, ["Fonds industrie Seine-Maritime (démo)"]),
        (
            {"type": "REPAYABLE_ADVANCE"},
            [
                "Avance innovation Normandie (démo)",
                "Avance remboursable industrie Bourgogne-Franche-Comté (démo)",
                "Avance remboursable innovation (démo)",
            ],
        ),
        (
            {"purpose": "ECOLOGICAL_TRANSITION"},
            [
                "Appel à projets décarbonation 2025 (démo)",
                "Transition écologique des PME Bourgogne-Franche-Comté (démo)",
            ],
        ),
        # Applying in Hauts-de-France: the national schemes and its own, none of another région.
        (
            {"region": "hauts-de-france", "purpose": "INVESTMENT"},
            [
                "Aide à l'investissement productif Hauts-de-France (démo)",
                "Appel à projets décarbonation 2025 (démo)",
                "Appel à projets résilience industrielle (démo)",
                "Fonds d'amorçage industriel (démo)",
                "Garantie des prêts d'investissement (démo)",
                "Prêt relocalisation industrielle (démo)",
            ],
        ),
        # Normandie: a département's scheme applies in its région; the région's own scheme is listed there only.
        (
            {"region": "normandie", "type": "GRANT", "openOn": "2026-11-23"},
            [
                "Aide au recrutement d'un cadre export (démo)",
                "Appel à projets résilience industrielle (démo)",
                NORMANDIE_OWN,
                "Diagnostic certification qualité (démo)",
                "Fonds industrie Seine-Maritime (démo)",
                "Impulsion relocalisation Normandie (démo)",
            ],
        ),
        # A région outside the programme, by its INSEE code: the national catalogue's grants only.
        (
            {"region": "84", "type": "GRANT", "openOn": "2025-06-01"},
            [
                "Aide au recrutement d'un cadre export (démo)",
                "Appel à projets décarbonation 2025 (démo)",
                "Diagnostic certification qualité (démo)",
            ],
        ),
    ],
)
async def test_filters(world: World, filters: dict[str, Any], expected: list[str]) -> None:
    assert names(await catalogue(world, NATIONAL, **filters)) == expected


async def test_an_unknown_region_or_a_long_text_is_refused(world: World) -> None:
    for filters, code in (({"region": "atlantide"}, "UNKNOWN_REGION"), ({"text": "x" * 201}, "TOO_LONG")):
        body = await world.graphql(
            "query($f: FinancingSchemeFilter) { financingSchemes(first: 5, filter: $f) { totalCount } }",
            {"f": filters},
            as_user=NATIONAL,
        )
        assert body["errors"][0]["extensions"]["code"] == code
        assert body["errors"][0]["message"].startswith(("Région inconnue", "La recherche"))


async def test_pages_follow_each_other_in_a_constant_number_of_statements(world: World) -> None:
    everything = names(await catalogue(world, NATIONAL))
    seen: list[str] = []
    after = None
    while True:
        page = await catalogue(world, NATIONAL, first=4, after=after)
        assert page["totalCount"] == DEMO_SCHEMES
        seen += names(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == everything

    headers = await world.headers(NATIONAL)
    query = """query($first: Int!) { financingSchemes(first: $first) { totalCount edges { node {
      id name purposes companySizes regions { name } departements { name } financerOrganisation { name } } } } }"""

    async def statements(first: int) -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": query, "variables": {"first": first}}, headers=headers
            )
        assert len(response.json()["data"]["financingSchemes"]["edges"]) == first
        return counter.count

    assert await statements(1) == await statements(DEMO_SCHEMES)


async def test_cci_france_adds_then_edits_a_national_scheme(world: World) -> None:
    before = await stored(world)
    bpifrance = encode_id("Organisation", "national", 1)
    created = await save(world, NATIONAL, **scheme_input(financerOrganisationId=bpifrance))
    assert created["__typename"] == "FinancingSchemeSuccess", created
    scheme = created["scheme"]
    assert (scheme["ownerRegion"], scheme["regions"], scheme["version"]) == (
        None,
        [{"code": "28", "name": "Normandie"}],
        1,
    )
    assert await stored(world) == (before[0] + 1, before[1] + 1, before[2] + 1)

    changed = await save(
        world,
        NATIONAL,
        **scheme_input(
            id=scheme["id"],
            expectedVersion=1,
            regions=["normandie", "32"],
            deMinimis=True,
            financerOrganisationId=bpifrance,
        ),
    )
    assert changed["__typename"] == "FinancingSchemeSuccess", changed
    assert [area["code"] for area in changed["scheme"]["regions"]] == ["28", "32"]
    assert changed["scheme"]["version"] == 2 and changed["scheme"]["deMinimis"] is True

    async with world.registry.national.sessions() as session:
        trail = list(
            await session.scalars(
                select(NationalAuditEvent)
                .where(NationalAuditEvent.entity_type == "FinancingScheme")
                .order_by(NationalAuditEvent.id)
            )
        )
    assert [event.action for event in trail] == ["financing_scheme.created", "financing_scheme.updated"]
    assert trail[1].before == {
        "perimeter": {"nationwide": False, "regions": ["28"], "departements": []},
        "deMinimis": False,
    }
    assert trail[1].after == {
        "perimeter": {"nationwide": False, "regions": ["28", "32"], "departements": []},
        "deMinimis": True,
    }

    stale = await save(world, NATIONAL, **scheme_input(id=scheme["id"], expectedVersion=1, name="Autre nom (démo)"))
    assert stale["__typename"] == "FinancingConflict" and stale["code"] == "STALE_VERSION"
    assert "Sophie Laurent a modifié cet élément" in stale["message"] and "périmètre" in stale["message"]
    missing = await save(world, NATIONAL, **scheme_input(id=scheme["id"]))
    assert (missing["code"], missing["field"]) == ("REQUIRED", "expectedVersion")


async def test_a_region_team_keeps_its_own_schemes_only(world: World) -> None:
    ids = await scheme_ids(world)
    created = await save(world, ADVISER, **scheme_input())
    assert created["__typename"] == "FinancingSchemeSuccess" and created["scheme"]["ownerRegion"] == "normandie"
    edited = await save(
        world, ADVISER, **scheme_input(id=ids[NORMANDIE_OWN], expectedVersion=1, name="Chèque conseil (démo)")
    )
    assert edited["__typename"] == "FinancingSchemeSuccess"

    before = await stored(world)
    national = await save(
        world, ADVISER, **scheme_input(id=ids["Garantie des prêts d'investissement (démo)"], expectedVersion=1)
    )
    assert (national["__typename"], national["code"]) == ("FinancingNotAllowed", "NOT_ALLOWED")
    # Another region's own scheme does not exist for them; CCI France reads a region's but never edits it.
    other = await save(world, ADVISER, **scheme_input(id=ids[IDF_OWN], expectedVersion=1))
    assert other["code"] == "NOT_FOUND"
    regional = await save(world, NATIONAL, **scheme_input(id=ids[IDF_OWN], expectedVersion=1))
    assert regional["code"] == "NOT_ALLOWED"
    by_idf = await save(world, IDF_ADVISER, **scheme_input(id=ids[NORMANDIE_OWN], expectedVersion=2))
    assert by_idf["code"] == "NOT_FOUND"
    assert await stored(world) == before


UNKNOWN_ORGANISATION = encode_id("Organisation", "national", 99_999)


@pytest.mark.parametrize(
    ("overrides", "code", "field"),
    [
        ({"name": "   "}, "REQUIRED", "name"),
        ({"name": "x" * 301}, "TOO_LONG", "name"),
        ({"financerLabel": ""}, "REQUIRED", "financerLabel"),
        ({"description": "x" * 5001}, "TOO_LONG", "description"),
        ({"regions": []}, "INVALID_PERIMETER", "regions"),
        ({"nationwide": True}, "INVALID_PERIMETER", "nationwide"),
        ({"regions": ["99"]}, "INVALID_PERIMETER", "regions"),
        ({"departements": ["999"]}, "INVALID_PERIMETER", "departements"),
        ({"nafSections": ["C", "Z"]}, "UNKNOWN_NAF_SECTION", "nafSections"),
        ({"amountMin": -1}, "INVALID_AMOUNT", "amountMin"),
        ({"amountMax": 1_000_000_001}, "INVALID_AMOUNT", "amountMax"),
        ({"amountMin": 300_000, "amountMax": 200_000}, "INVALID_AMOUNT", "amountMin"),
        ({"rateMax": 120}, "INVALID_RATE", "rateMax"),
        ({"rateMin": 50, "rateMax": 20}, "INVALID_RATE", "rateMin"),
        ({"opensOn": "2027-01-01", "closesOn": "2026-01-01"}, "INVALID_DATES", "closesOn"),
        ({"closesOn": "1999-12-31"}, "INVALID_DATES", "closesOn"),
        ({"applicationUrl": "ftp://aides.example.fr"}, "INVALID_URL", "applicationUrl"),
        ({"sourceUrl": "pas une adresse"}, "INVALID_URL", "sourceUrl"),
        ({"financerOrganisationId": UNKNOWN_ORGANISATION}, "UNKNOWN_ORGANISATION", "financerOrganisationId"),
    ],
)
async def test_bad_input_is_refused_in_french_and_nothing_is_written(
    world: World, overrides: dict[str, Any], code: str, field: str
) -> None:
    before = await stored(world)
    refused = await save(world, NATIONAL, **scheme_input(**overrides))
    assert (refused["__typename"], refused["code"], refused["field"]) == ("FinancingInvalid", code, field)
    assert refused["message"][0].isupper() and refused["message"].endswith((".", ")"))
    # An update refused leaves the scheme as it was.
    ids = await scheme_ids(world)
    update = await save(
        world, NATIONAL, **scheme_input(id=ids["Prêt de trésorerie de relance (démo)"], expectedVersion=1, **overrides)
    )
    assert update["code"] == code
    assert await stored(world) == before


async def test_a_stale_or_unknown_id_is_told_apart(world: World) -> None:
    unknown = await save(
        world, NATIONAL, **scheme_input(id=encode_id("FinancingScheme", "national", 99_999), expectedVersion=1)
    )
    assert unknown["code"] == "NOT_FOUND"
    garbage = await save(world, NATIONAL, **scheme_input(id="garbage", expectedVersion=1))
    assert (garbage["code"], garbage["message"]) == ("NOT_FOUND", "Cet identifiant n'est pas valide.")
