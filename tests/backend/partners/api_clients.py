"""Helpers of the partner API client tests: make a client as an operator, ask the token endpoint, share a
project with an organisation (a Grant row written directly)."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import delete, select

from filiere.administration.service import COMMAND_LINE
from filiere.apiclients.service import IssuedSecret, create_api_client, revoke_api_client, rotate_api_client_secret
from filiere.auth.grants import GrantScope
from filiere.ids import encode_id
from filiere.partners.models import Grant, Organisation
from filiere.programmes.models import Company, Project
from filiere.tenancy.unit_of_work import UnitOfWork
from tests.backend.world import World

PROJECTS = """query { projects(first: 50) { totalCount edges { node { id name access company { name } } } } }"""
NODE = "query($id: ID!) { node(id: $id) { id ... on Project { name } } }"


async def new_client(world: World, organisation: str = "bpifrance", name: str | None = None) -> IssuedSecret:
    async with UnitOfWork(world.registry) as uow:
        issued = await create_api_client(uow, COMMAND_LINE, organisation_slug=organisation, name=name, request_id="t")
        await uow.commit()
    return issued


async def rotate(world: World, client_id: str, grace: timedelta) -> IssuedSecret:
    async with UnitOfWork(world.registry) as uow:
        issued = await rotate_api_client_secret(uow, COMMAND_LINE, client_id=client_id, grace=grace, request_id="t")
        await uow.commit()
    return issued


async def revoke(world: World, client_id: str) -> None:
    async with UnitOfWork(world.registry) as uow:
        await revoke_api_client(uow, COMMAND_LINE, client_id=client_id, request_id="t")
        await uow.commit()


async def token_response(
    world: World, client_id: str, secret: str | None, *, basic: bool = True, **form: str
) -> httpx.Response:
    data = {"grant_type": "client_credentials", **form}
    if basic:
        return await world.client.post("/auth/token", data=data, auth=(client_id, secret or ""))
    data["client_id"] = client_id
    if secret is not None:
        data["client_secret"] = secret
    return await world.client.post("/auth/token", data=data)


async def token(world: World, issued: IssuedSecret) -> str:
    response = await token_response(world, issued.client.client_id, issued.secret)
    assert response.status_code == 200, response.text
    access_token: str = response.json()["access_token"]
    return access_token


def claims_of(access_token: str) -> dict[str, Any]:
    payload = access_token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return decoded


async def graphql(
    world: World, access_token: str, query: str, variables: dict[str, Any] | None = None
) -> httpx.Response:
    return await world.client.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {access_token}"},
    )


async def unshare_all(world: World) -> None:
    """No project shared with anyone (the demo shares some)."""
    async with world.registry.national.sessions() as session, session.begin():
        await session.execute(delete(Grant))


async def share(world: World, organisation: str, region: str, company: str, scope: GrantScope) -> str:
    """Share the project of `company` with the organisation; the project's global id."""
    async with world.registry.region(region).sessions() as session:
        project = await session.scalar(select(Project).join(Company).where(Company.name == company))
    assert project is not None
    async with world.registry.national.sessions() as session, session.begin():
        organisation_id = await session.scalar(select(Organisation.id).where(Organisation.slug == organisation))
        session.add(Grant(organisation_id=organisation_id, region=region, project_id=project.id, scope=scope))
    return encode_id("Project", region, project.id)
