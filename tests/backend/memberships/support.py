"""What the membership tests share: the demo people of MIJUIN, the attach and detach calls, the rows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from filiere.accounts.models import User
from filiere.documents.models import Document, DocumentKind, DocumentVersion, VersionState
from filiere.ids import decode_id
from filiere.memberships.models import ProjectMembership
from tests.backend.world import World

DOMAIN = "demo.filiere.fr"
COACH = f"coach.normandie@{DOMAIN}"
EXPERT = f"expert.normandie@{DOMAIN}"
STUDENT = f"etudiant.normandie@{DOMAIN}"
STUDENT_2 = f"etudiant2.normandie@{DOMAIN}"
PENDING_EXPERT = f"expert2.normandie@{DOMAIN}"
FORMER_ADVISER = f"ancien.conseiller.normandie@{DOMAIN}"
NORMANDIE_ADVISER = f"conseiller.normandie@{DOMAIN}"
NORMANDIE_ADMIN = f"admin.normandie@{DOMAIN}"
IDF_ADVISER = f"conseiller.ile-de-france@{DOMAIN}"
NATIONAL = f"national@{DOMAIN}"
PARTNER = f"bpifrance@{DOMAIN}"
JUROR = f"jury@{DOMAIN}"
MIJUIN = "Fabrication de marques complémentaires en lin"

ATTACH = """mutation($input: AttachProjectMemberInput!) { attachProjectMember(input: $input) {
  __typename
  ... on AttachProjectMemberSuccess {
    member { attachedAt invitationPending user { id email displayName role active } }
    project { id members { user { email } } }
  }
  ... on MembershipError { code field message }
} }"""

DETACH = """mutation($input: DetachProjectMemberInput!) { detachProjectMember(input: $input) {
  __typename
  ... on DetachProjectMemberSuccess { detachedUserId project { members { user { email } } } }
  ... on MembershipError { code field message }
} }"""

PROJECTS = "{ projects(first: 50) { totalCount edges { node { id name } } } }"


async def project_ids(world: World, region: str, as_user: str = NATIONAL) -> dict[str, str]:
    """Every project of `region`, by name (as CCI France reads them)."""
    body = await world.graphql(
        "query($region: String!) { projects(region: $region, first: 50) { edges { node { id name } } } }",
        {"region": region},
        as_user=as_user,
    )
    return {edge["node"]["name"]: edge["node"]["id"] for edge in body["data"]["projects"]["edges"]}


async def mijuin(world: World) -> str:
    return (await project_ids(world, "normandie"))[MIJUIN]


async def attach(
    world: World,
    project_id: str,
    email: str,
    *,
    role: str = "COACH",
    name: str = "Alice Martin",
    as_user: str | None = NORMANDIE_ADVISER,
) -> dict[str, Any]:
    body = await world.graphql(
        ATTACH, {"input": {"projectId": project_id, "email": email, "name": name, "role": role}}, as_user=as_user
    )
    assert "errors" not in body, body
    return dict(body["data"]["attachProjectMember"])


async def detach(
    world: World, project_id: str, user_id: str, *, as_user: str | None = NORMANDIE_ADVISER
) -> dict[str, Any]:
    body = await world.graphql(DETACH, {"input": {"projectId": project_id, "userId": user_id}}, as_user=as_user)
    assert "errors" not in body, body
    return dict(body["data"]["detachProjectMember"])


async def visible_projects(world: World, as_user: str) -> list[str]:
    body = await world.graphql(PROJECTS, as_user=as_user)
    assert "errors" not in body, body
    return sorted(edge["node"]["name"] for edge in body["data"]["projects"]["edges"])


async def national_rows(world: World) -> tuple[int, int, list[tuple[int, int, bool]]]:
    """Accounts, memberships and each membership's (user, project, ended): what a refused call must keep."""
    async with world.registry.national.sessions() as session:
        users = await session.scalar(select(func.count()).select_from(User)) or 0
        rows = await session.scalars(select(ProjectMembership).order_by(ProjectMembership.id))
        memberships = [(row.user_id, row.project_id, row.detached_at is not None) for row in rows]
    return users, len(memberships), memberships


async def add_document(world: World, project_id: str, kind: DocumentKind, title: str) -> None:
    """A document with one available version, as if uploaded (the store is not involved in reading the list)."""
    target = decode_id(project_id)
    async with world.registry.region(target.tenant).sessions() as session, session.begin():
        document = Document(project_id=target.int_key, kind=kind, title=title, storage_key=f"test-{title}")
        session.add(document)
        await session.flush()
        now = datetime.now(UTC)
        session.add(
            DocumentVersion(
                document_id=document.id,
                number=1,
                state=VersionState.AVAILABLE,
                file_name=f"{title}.pdf",
                content_type="application/pdf",
                declared_size=10,
                size=10,
                sha256="0" * 64,
                requested_at=now,
                uploaded_at=now,
                uploaded_by_subject="test",
                uploaded_by_name="Test",
            )
        )
