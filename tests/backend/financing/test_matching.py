"""Matching a project with the catalogue: a table of hand-written cases on a catalogue of their own, the
company categories, and the API's field (its readers, its pages, its statement count)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import delete, select

from filiere.errors import InvalidInputError, RequestErrorCode
from filiere.financing.matching import company_size, matching_schemes
from filiere.financing.models import InvestmentCategory, InvestmentLine, InvestmentStatus
from filiere.financing.scheme_input import SchemeData, checked_scheme
from filiere.financing.scheme_models import (
    CompanySize,
    FinancingScheme,
    FinancingSchemeCriterion,
    SchemePurpose,
    SchemeType,
)
from filiere.financing.schemes import apply_scheme, region_codes
from filiere.pagination import PageRequest, SortPosition
from filiere.programmes.models import Company, HeadcountBand, Project, ProjectKind, RevenueBand
from filiere.programmes.service import get_project
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.financing.scheme_support import (
    ADVISER,
    COACH,
    HDF_ADVISER,
    IDF_ADVISER,
    JUROR,
    MATCHING,
    MIJUIN,
    NATIONAL,
    PARTNER,
    STUDENT,
    project_id,
)
from tests.backend.world import World, count_statements

TODAY = date(2026, 11, 23)  # the worlds' day (`DEMO_AS_OF`)
P, S = SchemePurpose, CompanySize


def _scheme(name: str, **values: Any) -> SchemeData:
    return SchemeData(name=name, financer_label="Financeur (démo)", type=SchemeType.GRANT, **values)


CATALOGUE = {
    "seine": _scheme("Fonds Seine-Maritime", departements=("76",), purposes=(P.INVESTMENT,), naf_sections=("C",)),
    "normandie": _scheme(
        "Investissement PME Normandie", regions=("28",), purposes=(P.INVESTMENT,), company_sizes=(S.PME,)
    ),
    "guarantee": _scheme("Garantie nationale", nationwide=True, purposes=(P.INVESTMENT,)),
    "eti_rd": _scheme("R&D des ETI", nationwide=True, purposes=(P.INNOVATION,), company_sizes=(S.ETI,)),
    "idf_rd": _scheme(
        "Recherche francilienne",
        regions=("11",),
        purposes=(P.INNOVATION,),
        company_sizes=(S.PME, S.ETI),
        amount_min=100_000,
    ),
    "hdf": _scheme("Investissement Hauts-de-France", regions=("32",), purposes=(P.INVESTMENT,)),
    "closed": _scheme("Appel clos", nationwide=True, purposes=(P.INVESTMENT,), closes_on=date(2026, 6, 30)),
    "future": _scheme("Appel à venir", nationwide=True, purposes=(P.INVESTMENT,), opens_on=date(2027, 1, 1)),
    "relocation_only": _scheme(
        "Relocalisations seulement", nationwide=True, purposes=(P.INVESTMENT,), project_kinds=(ProjectKind.RELOCATION,)
    ),
}


@dataclass(frozen=True)
class Case:
    region: str
    company: str
    headcount: HeadcountBand | None
    revenue: RevenueBand | None
    naf: str | None
    lines: tuple[tuple[InvestmentCategory, int], ...]
    expected: tuple[tuple[str, tuple[str, ...]], ...]  # scheme name, its reasons; in rank order


CASES = {
    # MIJUIN, Malaunay (76), a diversification: the département's fund first, then the région's, then national.
    "PME in Seine-Maritime investing in machines": Case(
        region="normandie",
        company="MIJUIN",
        headcount=HeadcountBand.FROM_50_TO_99,
        revenue=RevenueBand.FROM_2M_TO_10M,
        naf="13.10Z",
        lines=((InvestmentCategory.MACHINES, 400_000),),
        expected=(
            (
                "Fonds Seine-Maritime",
                (
                    "PME — Seine-Maritime (76)",
                    "investissement productif",
                    "secteur C (Industrie manufacturière)",
                ),
            ),
            ("Investissement PME Normandie", ("PME en Normandie", "investissement productif")),
            ("Garantie nationale", ("PME, dispositif national", "investissement productif")),
        ),
    ),
    "ETI in Île-de-France doing R&D": Case(
        region="ile-de-france",
        company="Outils d'Île-de-France (démo)",
        headcount=HeadcountBand.FROM_250_TO_499,
        revenue=RevenueBand.FROM_50M_TO_1500M,
        naf="25.73A",
        lines=((InvestmentCategory.RESEARCH, 900_000),),
        expected=(
            ("Recherche francilienne", ("ETI en Île-de-France", "R&D et innovation")),
            ("R&D des ETI", ("ETI, dispositif national", "R&D et innovation")),
        ),
    ),
    # A relocation in Roubaix: the Hauts-de-France scheme, proposed to no other région's project above.
    "a scheme limited to Hauts-de-France": Case(
        region="hauts-de-france",
        company="Atelier Lin du Nord (démo)",
        headcount=HeadcountBand.FROM_10_TO_19,
        revenue=None,
        naf="13.10Z",
        lines=((InvestmentCategory.BUILDING, 300_000), (InvestmentCategory.RECRUITMENT, 100_000)),
        expected=(
            ("Investissement Hauts-de-France", ("PME dans les Hauts-de-France", "investissement productif")),
            # A scheme for relocations fits a relocation better than one for any project.
            (
                "Relocalisations seulement",
                ("PME, dispositif national", "investissement productif", "projet de relocalisation"),
            ),
            ("Garantie nationale", ("PME, dispositif national", "investissement productif")),
        ),
    ),
}


async def use_catalogue(world: World, schemes: dict[str, SchemeData]) -> None:
    """Replace the whole catalogue by these schemes (national ones); the next reset restores the demo's."""
    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(delete(FinancingSchemeCriterion))
        await session.execute(delete(FinancingScheme))
        for data in schemes.values():
            row = FinancingScheme(owner_region=None, criteria=[])
            apply_scheme(row, checked_scheme(data, region_codes=region_codes(world.registry)), changed_by="test")
            session.add(row)


async def prepare(world: World, case: Case) -> int:
    """The company as the case describes it, and its project's plan reduced to the case's lines."""
    async with world.registry.region(case.region).sessions() as session, session.begin():
        company = await session.scalar(select(Company).where(Company.name == case.company))
        assert company is not None
        company.headcount_band, company.revenue_band, company.naf_code = case.headcount, case.revenue, case.naf
        project = await session.scalar(select(Project).where(Project.company_id == company.id))
        assert project is not None
        await session.execute(delete(InvestmentLine).where(InvestmentLine.project_id == project.id))
        for category, amount in case.lines:
            session.add(
                InvestmentLine(
                    project_id=project.id,
                    category=category,
                    label="Dépense (test)",
                    amount=amount,
                    year=2026,
                    status=InvestmentStatus.ESTIMATED,
                    changed_by_name="test",
                )
            )
        return project.id


async def matched(world: World, region: str, project: int, as_user: str) -> list[tuple[str, tuple[str, ...]]]:
    async with UnitOfWork(world.registry) as uow:
        view = await get_project(uow, await world.principal(as_user), region, project)
        page = await matching_schemes(uow, view, PageRequest(first=50), TODAY)
    return [(match.scheme.name, match.reasons) for match in page.items]


ADVISERS = {"normandie": ADVISER, "ile-de-france": IDF_ADVISER, "hauts-de-france": HDF_ADVISER}


@pytest.mark.parametrize("name", list(CASES))
async def test_hand_written_cases(world: World, name: str) -> None:
    """Closed and future calls, the wrong size, purpose, région or project kind are never proposed."""
    case = CASES[name]
    await use_catalogue(world, CATALOGUE)
    project = await prepare(world, case)
    assert await matched(world, case.region, project, ADVISERS[case.region]) == list(case.expected)


@pytest.mark.parametrize(
    ("name", "scores"),
    [
        # Département 30, région 20, national 10; +10 for a named size, sector or project kind the company meets;
        # +10 and up to 30 by the plan's share the scheme finances.
        (
            "PME in Seine-Maritime investing in machines",
            [("Fonds Seine-Maritime", 80), ("Investissement PME Normandie", 70), ("Garantie nationale", 50)],
        ),
        # Investment is 300,000 of 400,000: 30 × 0.75 = 22.5, rounded half to even as Python does (22) on
        # every database; the tie is broken by name.
        (
            "a scheme limited to Hauts-de-France",
            [("Investissement Hauts-de-France", 52), ("Relocalisations seulement", 52), ("Garantie nationale", 42)],
        ),
    ],
)
async def test_scores(world: World, name: str, scores: list[tuple[str, int]]) -> None:
    case = CASES[name]
    await use_catalogue(world, CATALOGUE)
    project = await prepare(world, case)
    async with UnitOfWork(world.registry) as uow:
        view = await get_project(uow, await world.principal(ADVISERS[case.region]), case.region, project)
        page = await matching_schemes(uow, view, PageRequest(first=50), TODAY)
    assert [(match.scheme.name, match.score) for match in page.items] == scores


async def test_a_cursor_that_is_not_the_matchings_is_refused(world: World) -> None:
    case = CASES["PME in Seine-Maritime investing in machines"]
    await use_catalogue(world, CATALOGUE)
    project = await prepare(world, case)
    async with UnitOfWork(world.registry) as uow:
        view = await get_project(uow, await world.principal(ADVISER), case.region, project)
        with pytest.raises(InvalidInputError) as refused:
            await matching_schemes(uow, view, PageRequest(first=1, after=SortPosition("fonds", "national", 1)), TODAY)
    assert refused.value.code == RequestErrorCode.INVALID_CURSOR


async def test_what_remains_to_check(world: World) -> None:
    await use_catalogue(world, CATALOGUE)
    case = CASES["ETI in Île-de-France doing R&D"]
    project = await prepare(world, case)
    async with UnitOfWork(world.registry) as uow:
        view = await get_project(uow, await world.principal(IDF_ADVISER), case.region, project)
        first = (await matching_schemes(uow, view, PageRequest(first=1), TODAY)).items[0]
    assert first.scheme.name == "Recherche francilienne"
    assert first.to_check == ("montant minimum de 100\u202f000 € non vérifié",)

    # Without the company's bands, the size is left to check and excludes nothing.
    unknown = Case(**{**case.__dict__, "headcount": None, "revenue": None, "naf": None})
    await prepare(world, unknown)
    async with UnitOfWork(world.registry) as uow:
        view = await get_project(uow, await world.principal(IDF_ADVISER), case.region, project)
        items = (await matching_schemes(uow, view, PageRequest(first=50), TODAY)).items
    assert [m.scheme.name for m in items] == ["Recherche francilienne", "R&D des ETI"]
    assert items[0].reasons[0] == "Entreprise en Île-de-France"
    assert "taille de l'entreprise à vérifier (effectif et chiffre d'affaires non renseignés)" in items[0].to_check


async def test_nothing_is_proposed_until_the_plan_has_lines(world: World) -> None:
    case = CASES["PME in Seine-Maritime investing in machines"]
    project = await prepare(world, Case(**{**case.__dict__, "lines": ()}))
    assert await matched(world, case.region, project, ADVISER) == []


@pytest.mark.parametrize(
    ("headcount", "revenue", "size", "caveat"),
    [
        (HeadcountBand.FROM_3_TO_5, RevenueBand.UNDER_2M, CompanySize.TPE, None),
        (HeadcountBand.FROM_50_TO_99, RevenueBand.FROM_10M_TO_50M, CompanySize.PME, None),
        # A turnover above the PME threshold: an ETI unless its balance sheet says otherwise.
        (HeadcountBand.FROM_200_TO_249, RevenueBand.FROM_50M_TO_1500M, CompanySize.ETI, "total de bilan"),
        (HeadcountBand.FROM_5000_TO_9999, RevenueBand.OVER_1500M, CompanySize.GE, None),
        (HeadcountBand.FROM_20_TO_49, None, CompanySize.PME, "sans le chiffre d'affaires"),
        (None, RevenueBand.FROM_50M_TO_1500M, CompanySize.ETI, "sans l'effectif"),
        (None, None, None, "non renseignés"),
    ],
)
def test_company_category_from_the_bands(
    headcount: HeadcountBand | None, revenue: RevenueBand | None, size: CompanySize | None, caveat: str | None
) -> None:
    estimate = company_size(headcount, revenue)
    assert estimate.size is size
    assert (estimate.caveat is None) if caveat is None else (caveat in (estimate.caveat or ""))


async def graphql_matches(world: World, as_user: str | None, first: int = 10) -> Any:
    body = await world.graphql(MATCHING, {"id": await project_id(world, MIJUIN), "first": first}, as_user=as_user)
    if as_user is None:
        return body
    assert "errors" not in body, body
    node = body["data"]["node"]
    return None if node is None else node["matchingSchemes"]


async def test_the_financing_readers_see_the_proposals_and_no_one_else(world: World) -> None:
    """MIJUIN's demo plan has lines: its region's team, CCI France, its coach and the partner it shared its
    financing with read the proposals; another region's adviser reads only its card, a student, a juror
    nothing of it."""
    for reader in (ADVISER, NATIONAL, COACH, PARTNER):
        found = await graphql_matches(world, reader)
        assert found is not None and found["totalCount"] > 0, reader
        assert found["edges"][0]["node"]["reasons"], reader
    assert await graphql_matches(world, IDF_ADVISER) is None  # the card, without its financing
    for reader in (STUDENT, JUROR):
        body = await world.graphql(MATCHING, {"id": await project_id(world, MIJUIN), "first": 5}, as_user=reader)
        node = body["data"]["node"]
        assert node is None or node["matchingSchemes"] is None, reader
    anonymous = await graphql_matches(world, None)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_pages_of_proposals_follow_each_other_in_a_constant_number_of_statements(world: World) -> None:
    everything = await graphql_matches(world, ADVISER, first=50)
    ranked = [edge["node"]["scheme"]["name"] for edge in everything["edges"]]
    scores = [edge["node"]["score"] for edge in everything["edges"]]
    assert scores == sorted(scores, reverse=True)
    seen, after = [], None
    while True:
        body = await world.graphql(
            MATCHING, {"id": await project_id(world, MIJUIN), "first": 2, "after": after}, as_user=ADVISER
        )
        page = body["data"]["node"]["matchingSchemes"]
        seen += [edge["node"]["scheme"]["name"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == ranked and len(ranked) > 2

    project = await project_id(world, MIJUIN)
    headers = await world.headers(ADVISER)

    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": MATCHING, "variables": {"id": project, "first": 50}}, headers=headers
            )
        return len(response.json()["data"]["node"]["matchingSchemes"]["edges"]), counter.count

    many, with_many = await statements()
    await use_catalogue(world, {"guarantee": CATALOGUE["guarantee"]})
    one, with_one = await statements()
    assert (many, one) == (len(ranked), 1)
    assert with_one == with_many
