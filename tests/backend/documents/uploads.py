"""Uploading a project document through GraphQL as the SPA does (ask, POST to the store, confirm)."""

from __future__ import annotations

from typing import Any

from tests.backend.world import World

ADVISER = "conseiller.normandie@demo.filiere.fr"

REQUEST = """mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) {
  __typename
  ... on RequestDocumentUploadSuccess { uploadId url fields { name value } maxBytes }
  ... on UserError { field message }
  ... on DocumentInvalid { code }
  ... on DocumentNotAllowed { code }
  ... on DocumentConflict { code }
} }"""
CONFIRM = """mutation($input: ConfirmDocumentUploadInput!) { confirmDocumentUpload(input: $input) {
  __typename
  ... on ConfirmDocumentUploadSuccess { document { id kind title version
    currentVersion { number fileName size sha256 uploadedBy downloadUrl } versions { number } } }
  ... on UserError { field message }
  ... on DocumentInvalid { code }
} }"""


async def upload(
    world: World, project: str, content: bytes, *, name: str = "synthese.pdf", as_user: str = ADVISER, **extra: Any
) -> dict[str, Any]:
    """The SPA's three steps: ask for a form, POST the file to the store, confirm."""
    variables = {
        "input": {
            "projectId": project,
            "fileName": name,
            "contentType": "application/pdf",
            "size": len(content),
            "kind": "SYNTHESIS",
        }
        | extra
    }
    ticket = (await world.graphql(REQUEST, variables, as_user=as_user))["data"]["requestDocumentUpload"]
    if ticket["__typename"] != "RequestDocumentUploadSuccess":
        return dict(ticket)
    form = {field["name"]: field["value"] for field in ticket["fields"]}
    sent = await world.client.post(ticket["url"], data=form, files={"file": (name, content, "application/pdf")})
    assert sent.status_code in (200, 201, 204), sent.text
    confirmed = await world.graphql(CONFIRM, {"input": {"uploadId": ticket["uploadId"]}}, as_user=as_user)
    return dict(confirmed["data"]["confirmDocumentUpload"])
