"""The names of the objects the trail records (« Projet MIJUIN », not « Projet »), read when the trail is shown.

The audit domain sits below the others and imports none: each entity type is named by a reader the
assembly registers (`graphql/schema.py`) from its domain's batch reads. A page of the trail then costs one
read per entity type and database on it, whatever its number of rows.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence

from filiere.auth.principal import Principal
from filiere.tenancy.unit_of_work import UnitOfWork

# (unit of work, reader, tenant slug, ids) → the names of those the reader may see.
EntityNames = Callable[[UnitOfWork, Principal, str, Sequence[int]], Awaitable[Mapping[int, str]]]

ENTITY_NAMES: dict[str, EntityNames] = {}


def name_entities(entity_type: str, reader: EntityNames) -> None:
    ENTITY_NAMES[entity_type] = reader


async def entity_labels(
    uow: UnitOfWork, principal: Principal, tenant: str, keys: Sequence[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    """The names of the entities `keys` (type, id) of one database; an entity gone, unreadable or of a type
    without names is left out."""
    by_type: dict[str, list[int]] = {}
    for entity_type, entity_id in keys:
        if entity_type in ENTITY_NAMES:
            by_type.setdefault(entity_type, []).append(entity_id)
    found: dict[tuple[str, int], str] = {}
    for entity_type, ids in by_type.items():
        names = await ENTITY_NAMES[entity_type](uow, principal, tenant, sorted(set(ids)))
        found.update({(entity_type, entity_id): name for entity_id, name in names.items()})
    return found
