"""A project's documents end to end through GraphQL and the embedded store: ask, upload, confirm, read."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from filiere.audit.models import AuditEvent
from filiere.documents.models import Document
from tests.backend.documents import samples
from tests.backend.documents.uploads import ADVISER, REQUEST, upload
from tests.backend.world import World, count_statements

IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"
NATIONAL = "national@demo.filiere.fr"
PARTNER = "bpifrance@demo.filiere.fr"

DOCUMENTS = """query($id: ID!) { node(id: $id) { ... on Project { name
  documents { title kind currentVersion { number size sha256 } } } } }"""


async def normandie_project(world: World) -> str:
    body = await world.graphql('{ projects(region: "normandie", first: 1) { edges { node { id } } } }', as_user=ADVISER)
    return str(body["data"]["projects"]["edges"][0]["node"]["id"])


async def trail(world: World) -> tuple[int, int]:
    async with world.registry.region("normandie").sessions() as session:
        documents = await session.scalar(select(func.count()).select_from(Document))
        audit = await session.scalar(select(func.count()).select_from(AuditEvent))
    return documents or 0, audit or 0


async def test_an_adviser_uploads_a_deliverable_then_a_new_version(world: World) -> None:
    project = await normandie_project(world)
    content = samples.pdf("Synthèse de l'étude de marché")
    first = await upload(world, project, content)
    assert first["__typename"] == "ConfirmDocumentUploadSuccess", first
    document = first["document"]
    assert (document["kind"], document["title"]) == ("SYNTHESIS", "synthese.pdf")
    current = document["currentVersion"]
    assert (current["number"], current["size"], current["sha256"]) == (
        1,
        len(content),
        hashlib.sha256(content).hexdigest(),
    )
    assert current["uploadedBy"] == "Camille Lemoine"
    downloaded = await world.client.get(current["downloadUrl"])
    assert downloaded.status_code == 200 and downloaded.content == content
    assert "attachment" in downloaded.headers["content-disposition"]

    newer = samples.pdf("Synthèse, version revue")
    second = await upload(
        world, project, newer, name="synthese-v2.pdf", documentId=document["id"], expectedVersion=document["version"]
    )
    assert second["document"]["currentVersion"]["number"] == 2
    assert [v["number"] for v in second["document"]["versions"]] == [2, 1]
    listed = (await world.graphql(DOCUMENTS, {"id": project}, as_user=ADVISER))["data"]["node"]["documents"]
    assert [(d["title"], d["currentVersion"]["sha256"]) for d in listed] == [
        ("synthese-v2.pdf", hashlib.sha256(newer).hexdigest())
    ]


async def test_a_disguised_or_oversize_file_is_refused_and_never_listed(world: World) -> None:
    project = await normandie_project(world)
    disguised = await upload(world, project, b"<!doctype html><script>alert(1)</script>", name="devis.pdf")
    assert (disguised["__typename"], disguised["code"]) == ("DocumentInvalid", "CONTENT_MISMATCH")
    listed = (await world.graphql(DOCUMENTS, {"id": project}, as_user=ADVISER))["data"]["node"]["documents"]
    assert listed == []

    before = await trail(world)
    huge = await world.graphql(
        REQUEST,
        {"input": {"projectId": project, "fileName": "film.pdf", "contentType": "application/pdf", "size": 60_000_000}},
        as_user=ADVISER,
    )
    refused = huge["data"]["requestDocumentUpload"]
    assert (refused["__typename"], refused["code"], refused["field"]) == ("DocumentInvalid", "TOO_LARGE", "size")
    assert "50 Mo" in refused["message"]
    assert await trail(world) == before


async def test_only_the_projects_region_uploads_and_sharing_decides_who_reads(world: World) -> None:
    project = await normandie_project(world)
    assert (await upload(world, project, samples.pdf()))["__typename"] == "ConfirmDocumentUploadSuccess"
    before = await trail(world)
    for user, code in ((IDF_ADVISER, "NOT_ALLOWED"), (NATIONAL, "NOT_ALLOWED"), (PARTNER, "NOT_ALLOWED")):
        refused = await upload(world, project, samples.pdf(), as_user=user)
        assert (refused["__typename"], refused["code"]) == ("DocumentNotAllowed", code), user
    anonymous = await world.graphql(
        REQUEST,
        {"input": {"projectId": project, "fileName": "a.pdf", "contentType": "application/pdf", "size": 10}},
    )
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await trail(world) == before

    other_region = (await world.graphql(DOCUMENTS, {"id": project}, as_user=IDF_ADVISER))["data"]["node"]
    assert other_region["documents"] is None
    national = (await world.graphql(DOCUMENTS, {"id": project}, as_user=NATIONAL))["data"]["node"]
    assert len(national["documents"]) == 1


async def test_the_project_page_reads_documents_in_constant_statements(world: World) -> None:
    project = await normandie_project(world)
    headers = await world.headers(ADVISER)

    async def statements() -> int:
        with count_statements(world.registry) as counter:
            response = await world.client.post(
                "/graphql", json={"query": DOCUMENTS, "variables": {"id": project}}, headers=headers
            )
        assert response.json()["data"]["node"]["documents"] is not None
        return counter.count

    await upload(world, project, samples.pdf("un"))
    one = await statements()
    for text in ("deux", "trois", "quatre"):
        await upload(world, project, samples.pdf(text), name=f"{text}.pdf")
    assert await statements() == one
