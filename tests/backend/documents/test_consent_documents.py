"""The company's signed consent joined to a grant (issue 14): uploaded as a project document of kind CONSENT,
attached by the project's adviser, read with the grant by its region's team and CCI France — never by the
partner, even one the project shares its documents with, nor by the people it coaches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from filiere.partners.models import Grant
from tests.backend.documents import samples
from tests.backend.documents.uploads import upload
from tests.backend.memberships.support import COACH
from tests.backend.partners.grants_support import (
    CALVADOS,
    IDF_ADVISER,
    MIJUIN,
    NATIONAL,
    NORMANDIE_ADVISER,
    PARTNER,
    PIERCAN,
    grant_id_of,
    mutate,
    project_ids,
    share,
    stored,
)
from tests.backend.world import World

ATTACH = """mutation($input: AttachConsentDocumentInput!) { attachConsentDocument(input: $input) {
  __typename
  ... on GrantSuccess { grant { id consent { givenBy document { id kind title } } } }
  ... on GrantError { code field message }
} }"""
DOCUMENTS = "query($id: ID!) { node(id: $id) { ... on Project { documents { title kind } } } }"
GRANT_CONSENTS = """query($id: ID!) { node(id: $id) { ... on Project {
  grants(first: 10) { edges { node { organisation { slug } consent { document { title kind
    currentVersion { downloadUrl } } } } } }
} } }"""


async def consent_upload(world: World, project: str, as_user: str = NORMANDIE_ADVISER) -> dict[str, Any]:
    return await upload(
        world,
        (await project_ids(world))[project],
        samples.pdf("Accord"),
        name="accord.pdf",
        kind="CONSENT",
        as_user=as_user,
    )


async def documents(world: World, project: str, as_user: str) -> list[tuple[str, str]] | None:
    body = await world.graphql(DOCUMENTS, {"id": (await project_ids(world))[project]}, as_user=as_user)
    node = body["data"]["node"]
    if node is None or node["documents"] is None:
        return None
    return [(document["title"], document["kind"]) for document in node["documents"]]


async def test_the_adviser_joins_the_signed_consent_and_only_the_sharers_read_it(world: World) -> None:
    uploaded = await consent_upload(world, PIERCAN)
    assert uploaded["__typename"] == "ConfirmDocumentUploadSuccess", uploaded
    document_id = uploaded["document"]["id"]
    grant_id = await grant_id_of(world, PIERCAN, "bpifrance")

    attached = await mutate(world, ATTACH, {"grantId": grant_id, "documentId": document_id}, NORMANDIE_ADVISER)
    assert attached["__typename"] == "GrantSuccess", attached
    assert attached["grant"]["consent"]["document"] == {"id": document_id, "kind": "CONSENT", "title": "accord.pdf"}

    # CCI France reads it with the grant, and downloads it.
    body = await world.graphql(GRANT_CONSENTS, {"id": (await project_ids(world))[PIERCAN]}, as_user=NATIONAL)
    consents = {
        edge["node"]["organisation"]["slug"]: edge["node"]["consent"]
        for edge in body["data"]["node"]["grants"]["edges"]
    }
    signed = consents["bpifrance"]["document"]
    assert signed["title"] == "accord.pdf"
    assert (await world.client.get(signed["currentVersion"]["downloadUrl"])).status_code == 200
    assert ("accord.pdf", "CONSENT") in (await documents(world, PIERCAN, NORMANDIE_ADVISER) or [])
    # Bpifrance reads PIERCAN's documents (its grant's scope) but not whom else it may be shared with.
    assert ("accord.pdf", "CONSENT") not in (await documents(world, PIERCAN, PARTNER) or [])


async def test_the_coach_never_reads_a_consent_nor_uploads_one(world: World) -> None:
    assert (await consent_upload(world, MIJUIN))["__typename"] == "ConfirmDocumentUploadSuccess"
    coach_reads = await documents(world, MIJUIN, COACH)
    assert coach_reads is not None and ("accord.pdf", "CONSENT") not in coach_reads
    refused = await consent_upload(world, MIJUIN, as_user=COACH)
    assert (refused["__typename"], refused["code"]) == ("DocumentNotAllowed", "NOT_ALLOWED")


async def test_a_wrong_document_or_caller_is_refused_in_french_and_nothing_changes(world: World) -> None:
    synthesis = await upload(world, (await project_ids(world))[PIERCAN], samples.pdf(), name="synthese.pdf")
    consent_of_mijuin = await consent_upload(world, MIJUIN)
    await share(world, CALVADOS, organisation="ey", scope="SUMMARY", consent=None)
    consent_of_calvados = await consent_upload(world, CALVADOS)
    grant_id = await grant_id_of(world, PIERCAN, "bpifrance")
    before = await stored(world)
    cases = [
        (NORMANDIE_ADVISER, grant_id, synthesis["document"]["id"], "NOT_A_CONSENT"),
        (NORMANDIE_ADVISER, grant_id, consent_of_mijuin["document"]["id"], "NOT_FOUND"),
        # A summary card is shared without the company's consent: there is nothing to sign.
        (
            NORMANDIE_ADVISER,
            await grant_id_of(world, CALVADOS, "ey"),
            consent_of_calvados["document"]["id"],
            "CONSENT_REQUIRED",
        ),
        (IDF_ADVISER, grant_id, consent_of_mijuin["document"]["id"], "NOT_FOUND"),
        (NATIONAL, grant_id, consent_of_mijuin["document"]["id"], "NOT_ALLOWED"),
    ]
    for user, grant, document, code in cases:
        body = await world.graphql(ATTACH, {"input": {"grantId": grant, "documentId": document}}, as_user=user)
        refused = body["data"]["attachConsentDocument"] if body.get("data") else None
        if refused is None:
            assert body["errors"][0]["extensions"]["code"] == code, (user, body)
            continue
        assert refused["code"] == code, (user, refused)
        assert refused["message"][0].isupper(), refused
    assert await stored(world) == before
    async with world.registry.national.sessions() as session:
        assert (
            list(await session.scalars(select(Grant.consent_document_id).where(Grant.consent_document_id.is_not(None))))
            == []
        )
