"""How a domain refers to the hub types — `Project`, `Region`, `Viewer` — without importing them.

The hubs are assembled in `filiere/graphql/hubs.py` from the fields every domain contributes, so a domain
cannot import them (that would be a cycle). It annotates with `ProjectRef` / `RegionRef` (resolved by
Strawberry when the schema is built) and builds or loads values with `project_node`, `region_node` and
`load_project`, which find the assembled class in the schema being executed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

import strawberry

from filiere.graphql.types import Info

if TYPE_CHECKING:
    from filiere.graphql.hubs import ProjectType, RegionType
    from filiere.programmes.views import ProjectView

ProjectRef: TypeAlias = Annotated["ProjectType", strawberry.lazy("filiere.graphql.hubs")]
RegionRef: TypeAlias = Annotated["RegionType", strawberry.lazy("filiere.graphql.hubs")]


def _hub(info: Info, name: str) -> Any:
    definition = info.schema.get_type_by_name(name)
    assert definition is not None, f"the schema has a {name} type"
    return definition.origin  # type: ignore[union-attr]


def project_node(info: Info, view: ProjectView) -> ProjectType:
    project: ProjectType = _hub(info, "Project")(view=view)
    return project


def region_node(info: Info, slug: str) -> RegionType:
    region: RegionType = _hub(info, "Region")(tenant=info.context.registry.region(slug))
    return region


async def load_project(info: Info, region: str, project_id: int) -> ProjectType | None:
    """A project as the caller may read it, through the request's loader; None: missing or not readable."""
    if not info.context.registry.has_region(region):
        return None
    project: ProjectType | None = await _hub(info, "Project").load(info, region, project_id)
    return project
