"""Relay connections for every list: `edges { cursor node }`, `pageInfo`, `totalCount`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import strawberry

from filiere.graphql.types import Info
from filiere.pagination import Page
from filiere.tenancy.fanout import TenantFailure

NodeType = TypeVar("NodeType")
Item = TypeVar("Item")


@strawberry.type(description="Position dans une liste paginée.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[NodeType]):
    cursor: str
    node: NodeType


@strawberry.type(description="Région dont les données n'ont pas pu être lues.")
class UnavailableRegion:
    slug: str
    name: str


@strawberry.type
class Connection(Generic[NodeType]):
    edges: list[Edge[NodeType]]
    page_info: PageInfo
    total_count: int = strawberry.field(description="Nombre total d'éléments, toutes pages confondues.")
    unavailable_regions: list[UnavailableRegion] = strawberry.field(
        description="Régions momentanément injoignables : la liste ne contient pas leurs éléments."
    )
    total_count_is_exact: bool = strawberry.field(
        default=True,
        description="Faux quand le compte s'est arrêté à un plafond : il y a au moins totalCount éléments.",
    )


def connection_from_page(info: Info, page: Page[Item], wrap: Callable[[Item], NodeType]) -> Connection[NodeType]:
    """The page as a connection; regions that did not answer are also reported as errors."""
    info.context.unavailable.extend(page.unavailable)
    edges = [
        Edge(cursor=position.encode(), node=wrap(item))
        for item, position in zip(page.items, page.positions, strict=True)
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=False,  # forward pagination only (`first` / `after`)
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=page.total_count,
        unavailable_regions=[unavailable_region(failure) for failure in page.unavailable],
        total_count_is_exact=page.total_is_exact,
    )


def unavailable_region(failure: TenantFailure) -> UnavailableRegion:
    return UnavailableRegion(slug=failure.slug, name=failure.label)


def connection_of(nodes: list[NodeType], unavailable: list[TenantFailure] | None = None) -> Connection[NodeType]:
    """A complete, small list (a version's phases, the configured regions) as a single page."""
    edges = [Edge(cursor=str(index), node=node) for index, node in enumerate(nodes)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=False,
            has_previous_page=False,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=len(edges),
        unavailable_regions=[unavailable_region(failure) for failure in unavailable or []],
    )
