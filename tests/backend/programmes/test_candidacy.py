"""The public candidacy form: a company applies without an account, in the tenant of its commune."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import Message
from typing import Any

import pytest
from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.programmes import candidacy
from filiere.programmes.candidacy import PER_CLIENT, CandidacyForm, CandidacyReceipt
from filiere.programmes.models import Company, Project, ProjectKind, ProjectNeed, Sector
from filiere.ratelimit.service import hit
from filiere.tenancy.registry import TenantRegistry
from tests.backend.mail import Inbox, settings_with_smtp
from tests.backend.programmes.support import SIREN, form, submit
from tests.backend.world import World


async def written(world: World) -> dict[str, tuple[int, int, int]]:
    """(companies, projects, audit rows) per region: what a refused candidacy must leave as it was."""
    counts = {}
    for tenant in world.registry.regions:
        async with tenant.sessions() as session:
            counts[tenant.slug] = tuple(
                [
                    await session.scalar(select(func.count()).select_from(model)) or 0
                    for model in (Company, Project, AuditEvent)
                ]
            )
    return counts


async def test_a_company_of_rouen_applies_to_normandie_without_an_account(world: World) -> None:
    receipt = await submit(world)
    assert receipt["__typename"] == "SubmitCandidacySuccess"
    assert receipt["regionName"] == "Normandie"
    assert receipt["reference"].startswith("NORMANDIE-")
    assert receipt["acknowledgementSent"] is False  # no mail server here: the candidacy is kept all the same
    async with world.registry.region("normandie").sessions() as session:
        project = await session.scalar(select(Project).where(Project.name == "Fil de lin normand"))
        assert project is not None
        company = await session.get(Company, project.company_id)
        audit = await session.scalar(select(AuditEvent).where(AuditEvent.entity_id == project.id))
    assert (project.status.value, company.contact_email, company.naf_code, company.departement) == (
        "candidate",
        "claire.lefort@filature.example",
        "13.10Z",
        "76",
    )
    assert company.commune_name == "Rouen"
    assert audit is not None and audit.actor_role is None
    assert audit.actor_name == "Claire Lefort (candidature en ligne)"

    # The adviser of Normandie finds it among the candidates, with its contact; another region sees the card.
    query = """{ projects(region: "normandie", filter: {status: [CANDIDATE]}) {
      edges { node { name contact { name email } company { siren } } } } }"""
    mine = await world.graphql(query, as_user="conseiller.normandie@demo.filiere.fr")
    assert {
        "name": "Fil de lin normand",
        "contact": {"name": "Claire Lefort", "email": "claire.lefort@filature.example"},
        "company": {"siren": SIREN},
    } in [e["node"] for e in mine["data"]["projects"]["edges"]]
    other = await world.graphql(query, as_user="conseiller.hauts-de-france@demo.filiere.fr")
    assert [e["node"]["contact"] for e in other["data"]["projects"]["edges"]] == [None]


@pytest.mark.parametrize(
    "case",
    [
        ({"siren": "732829321"}, "siren", "INVALID_SIREN", "SIREN n'est pas valide"),
        ({"siret": "12345678901234"}, "siret", None, "SIRET"),
        ({"nafCode": "99.99Z"}, "nafCode", "UNKNOWN_NAF_CODE", "99.99Z"),
        ({"communeCode": "76999"}, "communeCode", "UNKNOWN_COMMUNE", ""),
        ({"communeCode": "35238"}, "communeCode", "COMMUNE_OUTSIDE_PROGRAMME", "Rennes"),
        ({"summary": "x" * 2001}, "summary", "TOO_LONG", "2000 caractères"),
        ({"projectName": "  "}, "projectName", "REQUIRED", "Le nom du projet est obligatoire"),
        ({"contactEmail": "claire@"}, "contactEmail", "INVALID_EMAIL", "n'est pas valide"),
        ({"consent": False}, "consent", "REQUIRED", "Acceptez le traitement"),
        ({"needs": []}, "needs", "REQUIRED", "au moins un besoin"),
    ],
)
async def test_bad_input_is_refused_in_french_and_writes_nothing(
    world: World, case: tuple[dict[str, Any], str, str | None, str]
) -> None:
    changes, field, code, message = case
    before = await written(world)
    refused = await submit(world, **changes)
    assert (refused["__typename"], refused["field"]) == ("ProjectInvalid", field)
    if code:
        assert refused["code"] == code
    assert message in refused["message"]
    assert await written(world) == before


async def test_a_lille_company_is_sent_to_hauts_de_france(world: World) -> None:
    receipt = await submit(world, communeCode="59350")
    assert receipt["regionName"] == "Hauts-de-France"
    async with world.registry.region("hauts-de-france").sessions() as session:
        assert await session.scalar(select(Project.id).where(Project.name == "Fil de lin normand"))


async def test_a_robot_filling_the_hidden_field_is_answered_but_nothing_is_kept(world: World) -> None:
    before = await written(world)
    answer = await submit(world, website="http://spam.example")
    assert await written(world) == before
    # Nothing tells it apart from a person in production: the region, a reference of the same shape, the
    # e-mail said to have left (a real one does when the mail server is up).
    assert answer["regionName"] == "Normandie"
    assert re.fullmatch(r"NORMANDIE-\d{5}", answer["reference"])
    assert answer["acknowledgementSent"] is True


async def test_a_robot_gets_the_same_validation_errors_as_a_person(world: World) -> None:
    answer = await submit(world, website="http://spam.example", siren="123456789")
    assert (answer["__typename"], answer["code"]) == ("ProjectInvalid", "INVALID_SIREN")


async def test_the_limit_per_client_is_shared_by_every_process(world: World) -> None:
    # Another process: its own engines on the same national database.
    other_process = TenantRegistry(world.settings)
    try:
        for _ in range(PER_CLIENT.hits):
            assert await hit(other_process, "candidacy:client:127.0.0.1", PER_CLIENT)
    finally:
        await other_process.dispose()
    before = await written(world)
    refused = await submit(world)
    assert (refused["__typename"], refused["code"]) == ("ProjectInvalid", "RATE_LIMITED")
    assert "Réessayez dans une heure" in refused["message"]
    assert await written(world) == before
    # The next window starts afresh.
    later = datetime(2100, 1, 1, tzinfo=UTC)
    assert await hit(world.registry, "candidacy:client:127.0.0.1", PER_CLIENT, now=later)


def _text_of(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload.decode("utf-8")
    raise AssertionError("no text part")


async def test_the_acknowledgement_tells_the_company_where_its_candidacy_went(
    world: World,
    smtp: tuple[Inbox, int],
) -> None:
    inbox, port = smtp
    data = form()
    sent = await candidacy.send_acknowledgement(
        CandidacyForm(
            company_name=data["companyName"],
            siren=SIREN,
            siret=None,
            naf_code=None,
            commune_code="76540",
            project_name=data["projectName"],
            summary=data["summary"],
            kind=ProjectKind.RELOCATION,
            sector=Sector.TEXTILE,
            needs=(ProjectNeed.MARKET_STUDY,),
            contact_name="Claire  Lefort",
            contact_email="claire.lefort@filature.example",
            contact_phone=None,
            consent=True,
        ),
        CandidacyReceipt(region_label="Normandie", reference="NORMANDIE-00042"),
        settings_with_smtp(world, port),
    )
    assert sent
    [received] = inbox.received
    message = received.message
    assert message["To"] == "claire.lefort@filature.example"
    assert message["Subject"] == "Votre candidature à l'Accélérateur de Relocalisations Normandie"
    text = _text_of(message)
    assert "Bonjour Claire Lefort," in text
    assert "« Fil de lin normand » de Filature du Roumois" in text
    assert "NORMANDIE-00042" in text
