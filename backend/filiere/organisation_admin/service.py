"""Create and edit partner organisations: operators only (MANAGE_ORGANISATION), every change audited in the
same transaction, nothing written on refusal (the rows and their checks are `filiere.partners`'s)."""

from __future__ import annotations

from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import ForbiddenError
from filiere.partners import service as partners
from filiere.partners.service import OrganisationData, OrganisationView
from filiere.tenancy.unit_of_work import UnitOfWork


def _manager(principal: Principal | None) -> Principal:
    manager = require_principal(principal)
    if not is_allowed(manager, Action.MANAGE_ORGANISATION, region=None):
        raise ForbiddenError()
    return manager


def _audited(view: OrganisationView) -> dict[str, str | None]:
    return {"name": view.name, "kind": view.kind.value, "website": view.website}


async def create_organisation(
    uow: UnitOfWork, principal: Principal | None, *, data: OrganisationData, request_id: str
) -> OrganisationView:
    manager = _manager(principal)
    national = uow.national()
    view = await partners.add_organisation(national, data)
    record_change(
        national,
        manager,
        request_id=request_id,
        action="organisation.created",
        entity_type="Organisation",
        entity_id=view.id,
        before=None,
        after={"slug": view.slug, **_audited(view)},
    )
    return view


async def update_organisation(
    uow: UnitOfWork, principal: Principal | None, *, organisation_id: int, data: OrganisationData, request_id: str
) -> OrganisationView:
    """The trail keeps the fields that changed; an edit that changes nothing records nothing."""
    manager = _manager(principal)
    national = uow.national()
    before, after = await partners.change_organisation(national, organisation_id, data)
    old, new = _audited(before), _audited(after)
    changed = [key for key in new if old[key] != new[key]]
    if changed:
        record_change(
            national,
            manager,
            request_id=request_id,
            action="organisation.updated",
            entity_type="Organisation",
            entity_id=after.id,
            before={key: old[key] for key in changed},
            after={key: new[key] for key in changed},
        )
    return after
