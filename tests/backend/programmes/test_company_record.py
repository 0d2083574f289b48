"""The company record: its contact person (personal, confidential), bands, address and website."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from filiere import migrations
from filiere.audit.models import AuditEvent
from filiere.auth.grants import GrantScope
from filiere.programmes.models import Company, Project
from filiere.tenancy.registry import TenantRegistry
from tests.backend.programmes.support import SIREN, share, submit
from tests.backend.world import World, create_postgres_databases, drop_postgres_databases, settings_for

ADVISER = "conseiller.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
IDF_ADMIN = "admin.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"
JUROR = "jury@demo.filiere.fr"

RECORD = """id version website headcountBand revenueBand address { street postalCode communeName }
  contact { name function email phone } contactNotice"""
UPDATE = f"""mutation($input: UpdateCompanyInput!) {{ updateCompany(input: $input) {{
  __typename ... on UpdateCompanySuccess {{ company {{ {RECORD} }} }}
  ... on UserError {{ field message }} ... on ProjectInvalid {{ code }} ... on ProjectConflict {{ code }}
  ... on ProjectNotAllowed {{ code }} }} }}"""
PROJECT = f"""query($id: ID!) {{ node(id: $id) {{ ... on Project {{ id contact {{ name email phone }}
  company {{ {RECORD} }} }} }} }}"""
COMPANY = f"query($id: ID!) {{ node(id: $id) {{ ... on Company {{ {RECORD} }} }} }}"
CONTACT = {"name": " Claire   Lefort ", "function": "Directrice générale", "email": "Claire.Lefort@Filature.example",
           "phone": "02 35 00 00 00"}  # fmt: skip


async def first_project(world: World) -> dict[str, Any]:
    body = await world.graphql('{ projects(region: "normandie", first: 1) { edges { node { id } } } }', as_user=ADVISER)
    project_id = body["data"]["projects"]["edges"][0]["node"]["id"]
    return dict((await world.graphql(PROJECT, {"id": project_id}, as_user=ADVISER))["data"]["node"])


async def update(world: World, company: dict[str, Any], as_user: str | None = ADVISER, **fields: Any) -> Any:
    variables = {"input": {"companyId": company["id"], "expectedVersion": company["version"], **fields}}
    body = await world.graphql(UPDATE, variables, as_user=as_user)
    assert "errors" not in body, body
    return body["data"]["updateCompany"]


async def written(world: World) -> tuple[int, int]:
    async with world.registry.region("normandie").sessions() as session:
        return (
            await session.scalar(select(func.sum(Company.version))) or 0,
            await session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


async def test_the_adviser_fills_contact_bands_address_and_website(world: World) -> None:
    company = (await first_project(world))["company"]
    assert company["contact"] == {"name": "", "function": "", "email": "", "phone": ""}
    assert "conservées" in company["contactNotice"]
    result = await update(
        world,
        company,
        contact=CONTACT,
        headcountBand="FROM_20_TO_49",
        revenueBand="FROM_2M_TO_10M",
        street=" 12  rue des Tisserands ",
        postalCode="76 770",
        website="www.filature-demo.example",
    )
    assert result["__typename"] == "UpdateCompanySuccess", result
    saved = result["company"]
    assert saved["contact"] == {
        "name": "Claire Lefort",
        "function": "Directrice générale",
        "email": "claire.lefort@filature.example",
        "phone": "02 35 00 00 00",
    }
    assert (saved["headcountBand"], saved["revenueBand"], saved["website"]) == (
        "FROM_20_TO_49",
        "FROM_2M_TO_10M",
        "https://www.filature-demo.example",
    )
    assert saved["address"]["street"] == "12 rue des Tisserands"
    assert saved["address"]["postalCode"] == "76770"
    assert saved["version"] == company["version"] + 1
    # The project's contact is the company's (one place for the data).
    project = await first_project(world)
    assert project["contact"] == {"name": "Claire Lefort", "email": "claire.lefort@filature.example",
                                  "phone": "02 35 00 00 00"}  # fmt: skip
    async with world.registry.region("normandie").sessions() as session:
        audit = await session.scalar(
            select(AuditEvent).where(AuditEvent.action == "company.updated").order_by(AuditEvent.id.desc()).limit(1)
        )
    assert audit is not None
    assert audit.before == {
        "street": "",
        "postalCode": "",
        "website": "",
        "headcountBand": None,
        "revenueBand": None,
        "contactName": "",
        "contactFunction": "",
        "contactEmail": "",
        "contactPhone": "",
    }
    assert audit.after["headcountBand"] == "12"  # INSEE's code
    assert audit.after["contactEmail"] == "claire.lefort@filature.example"

    # Absent fields stay, a null band is cleared, an empty contact clears the contact.
    cleared = await update(world, saved, headcountBand=None, contact={"name": ""})
    assert cleared["company"]["headcountBand"] is None
    assert cleared["company"]["revenueBand"] == "FROM_2M_TO_10M"
    assert cleared["company"]["contact"]["email"] == ""
    # An outdated version is refused, naming what changed.
    stale = await update(world, saved, website="")
    assert (stale["__typename"], stale["code"]) == ("ProjectConflict", "STALE_VERSION")
    assert "effectif" in stale["message"]


@pytest.mark.parametrize(
    ("fields", "field", "code", "words"),
    [
        ({"contact": {"name": "", "email": "a@b.fr"}}, "contact.name", "REQUIRED", "obligatoire"),
        ({"contact": {"name": "C", "email": "claire@"}}, "contact.email", "INVALID_EMAIL", "n'est pas valide"),
        ({"contact": {"name": "C", "phone": "12 34"}}, "contact.phone", "INVALID_PHONE", "02 35 00 00 00"),
        ({"contact": {"name": "C", "phone": "+33 2 35 00 00 00"}}, None, None, None),
        ({"contact": {"name": "C" * 121}}, "contact.name", "TOO_LONG", "120 caractères"),
        ({"contact": {"name": "C", "function": "F" * 121}}, "contact.function", "TOO_LONG", "120 caractères"),
        ({"postalCode": "7677"}, "postalCode", "INVALID_POSTAL_CODE", "5 chiffres"),
        ({"website": "ftp://filature.example"}, "website", "INVALID_URL", "https://"),
        ({"website": "pas un site"}, "website", "INVALID_URL", "https://"),
        ({"street": "x" * 201}, "street", "TOO_LONG", "200 caractères"),
    ],
)
async def test_a_wrong_value_is_refused_on_its_field_and_writes_nothing(
    world: World, fields: dict[str, Any], field: str | None, code: str | None, words: str | None
) -> None:
    company = (await first_project(world))["company"]
    before = await written(world)
    result = await update(world, company, **fields)
    if code is None:
        assert result["__typename"] == "UpdateCompanySuccess", result
        return
    assert (result["__typename"], result["field"], result["code"]) == ("ProjectInvalid", field, code)
    assert words in result["message"]
    assert await written(world) == before


async def test_the_contact_is_confidential_like_the_projects_contact(world: World) -> None:
    project = await first_project(world)
    company = project["company"]
    await update(world, company, contact=CONTACT, headcountBand="FROM_10_TO_19")
    for reader in (ADVISER, NATIONAL):
        through_project = (await world.graphql(PROJECT, {"id": project["id"]}, as_user=reader))["data"]["node"]
        assert through_project["company"]["contact"]["name"] == "Claire Lefort", reader
        alone = (await world.graphql(COMPANY, {"id": company["id"]}, as_user=reader))["data"]["node"]
        assert alone["contact"]["name"] == "Claire Lefort", reader
    # Another region's staff read the summary card: the company's bands, never its contact.
    for reader in (IDF_ADVISER, IDF_ADMIN):
        card = (await world.graphql(PROJECT, {"id": project["id"]}, as_user=reader))["data"]["node"]
        assert card["company"]["headcountBand"] == "FROM_10_TO_19"
        assert (card["contact"], card["company"]["contact"]) == (None, None), reader
        alone = (await world.graphql(COMPANY, {"id": company["id"]}, as_user=reader))["data"]["node"]
        assert alone["contact"] is None, reader
    # A partner without a grant, a juror and an anonymous caller read nothing of the company.
    for reader in (PARTNER, JUROR, None):
        body = await world.graphql(COMPANY, {"id": company["id"]}, as_user=reader)
        assert not (body.get("data") or {}).get("node"), (reader, body)
        body = await world.graphql(PROJECT, {"id": project["id"]}, as_user=reader)
        assert not (body.get("data") or {}).get("node"), (reader, body)
    # A partner with a summary grant sees the card; with a full grant, the contact (and the read is audited).
    await share(world, project["id"], GrantScope.SUMMARY)
    card = (await world.graphql(PROJECT, {"id": project["id"]}, as_user=PARTNER))["data"]["node"]
    assert (card["contact"], card["company"]["contact"]) == (None, None)
    await share(world, project["id"], GrantScope.FULL)
    full = (await world.graphql(PROJECT, {"id": project["id"]}, as_user=PARTNER))["data"]["node"]
    assert full["company"]["contact"]["email"] == "claire.lefort@filature.example"
    async with world.registry.region("normandie").sessions() as session:
        read = await session.scalar(
            select(AuditEvent).where(AuditEvent.action == "project.confidential_read").order_by(AuditEvent.id.desc())
        )
    assert read is not None
    assert "company.contact" in read.after["fields"]


@pytest.mark.parametrize("editor", [IDF_ADVISER, NATIONAL, PARTNER, JUROR, None])
async def test_only_the_region_team_edits_the_record(world: World, editor: str | None) -> None:
    company = (await first_project(world))["company"]
    before = await written(world)
    body = await world.graphql(
        UPDATE,
        {"input": {"companyId": company["id"], "expectedVersion": company["version"], "contact": CONTACT}},
        as_user=editor,
    )
    payload = (body.get("data") or {}).get("updateCompany")
    assert payload is None or payload["__typename"] == "ProjectNotAllowed", body
    assert await written(world) == before


async def test_a_candidacy_gives_the_first_contact_and_never_replaces_it(world: World) -> None:
    first = await submit(world)
    assert first["__typename"] == "SubmitCandidacySuccess", first
    # Anyone may type a company's SIREN: a second candidacy leaves the contact in the project's notes.
    second = await submit(
        world, projectName="Seconde ligne de filature", contactName="Intrus", contactEmail="intrus@example.org"
    )
    assert second["__typename"] == "SubmitCandidacySuccess", second
    async with world.registry.region("normandie").sessions() as session:
        company = await session.scalar(select(Company).where(Company.siren == SIREN))
        assert company is not None
        assert (company.contact_name, company.contact_email, company.contact_phone) == (
            "Claire Lefort",
            "claire.lefort@filature.example",
            "02 35 00 00 00",
        )
        notes = await session.scalar(select(Project.notes).where(Project.name == "Seconde ligne de filature"))
    assert notes == "Contact indiqué dans la candidature : Intrus, intrus@example.org, 02 35 00 00 00."


async def test_the_migration_moves_the_contact_to_the_company_and_back(session_world: World, tmp_path: Path) -> None:
    settings = settings_for(session_world.backend, tmp_path, f"fc{os.getpid()}m")
    databases = await create_postgres_databases(settings) if session_world.backend == "postgresql" else []
    registry = TenantRegistry(settings)
    tenant = registry.region("normandie")
    try:
        await migrations.upgrade(tenant, _BEFORE)
        async with tenant.engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO companies (id, name, siren, siren_is_demo, commune_code, commune_name, departement,"
                    " version, created_at, updated_at) VALUES (1, 'Filature', '732829320', false, '76540', 'Rouen',"
                    " '76', 1, :now, :now)"
                ),
                {"now": datetime(2026, 1, 5, tzinfo=UTC)},
            )
            for number, (name, email, day) in enumerate([("", "", 6), ("Claire Lefort", "claire@f.example", 7)]):
                await connection.execute(
                    text(
                        "INSERT INTO projects (id, company_id, name, sort_key, search_text, summary, kind, sector,"
                        " status, notes, contact_name, contact_email, contact_phone, version, created_at,"
                        " updated_at) VALUES (:id, 1, :project, :project, '', '', 'relocation', 'textile',"
                        " 'candidate', '', :name, :email, '', 1, :at, :at)"
                    ),
                    {
                        "id": number + 1,
                        "project": f"P{number}",
                        "name": name,
                        "email": email,
                        "at": datetime(2026, 1, day, tzinfo=UTC),
                    },
                )
        await migrations.upgrade(tenant)
        async with tenant.engine.connect() as connection:
            row = (await connection.execute(text("SELECT contact_name, contact_email FROM companies"))).one()
        assert tuple(row) == ("Claire Lefort", "claire@f.example")
        await migrations.downgrade(tenant, _BEFORE)
        async with tenant.engine.connect() as connection:
            rows = (await connection.execute(text("SELECT contact_name FROM projects ORDER BY id"))).all()
        assert [tuple(r) for r in rows] == [("Claire Lefort",), ("Claire Lefort",)]
    finally:
        await registry.dispose()
        if databases:
            await drop_postgres_databases(databases)


_BEFORE = "8698b606c58e"  # the revision before the company record's
