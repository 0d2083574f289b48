"""Writing the audit trail, and reading it back to tell a user who changed what."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, func, select

from filiere.accounts.service import users_by_id
from filiere.audit.models import AuditEvent, NationalAuditEvent
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, Role, require_principal
from filiere.errors import ConflictError, NotFoundError
from filiere.ids import decode_id
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.registry import Tenant
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import long_datetime, newest_first_time_key


@dataclass(frozen=True)
class PublicActor:
    """Someone without an account, named as they named themselves: a company applying online."""

    display_name: str
    subject: str = "public"
    role: None = None
    region: None = None


def record_change(
    session: TenantSession,
    principal: Principal | PublicActor,
    *,
    request_id: str,
    action: str,
    entity_type: str,
    entity_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> AuditEvent | NationalAuditEvent:
    """Add the audit row of a change to the session that makes the change (same transaction)."""
    model = NationalAuditEvent if session.tenant_kind is TenantKind.NATIONAL else AuditEvent
    now = datetime.now(UTC)
    event = model(
        occurred_at=now,
        sort_key=newest_first_time_key(now),
        actor_subject=principal.subject,
        actor_name=principal.display_name,
        actor_role=principal.role,
        actor_region=principal.region,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        before=before,
        after=after,
        request_id=request_id,
    )
    session.add(event)
    return event


async def stale_version_error(
    session: TenantSession,
    *,
    entity_type: str,
    entity_id: int,
    field_labels: Mapping[str, str],
    actions: Collection[str] = (),
) -> ConflictError:
    """The conflict of an edit made on an outdated version, naming from the audit trail who changed the
    entity last, when, and which of its fields (`field_labels`: stored name → French label). `actions`
    narrows to the changes of one part of the entity (its student team, not its comments)."""
    model = AuditEvent if session.tenant_kind is TenantKind.REGIONAL else NationalAuditEvent
    statement = select(model).where(model.entity_type == entity_type, model.entity_id == entity_id)
    if actions:
        statement = statement.where(model.action.in_(actions))
    last = await session.scalar(statement.order_by(model.occurred_at.desc(), model.id.desc()).limit(1))
    if last is None:
        return ConflictError(field="expectedVersion")
    before = last.before or {}
    changed = [name for name, value in (last.after or {}).items() if name not in before or before[name] != value]
    fields = [field_labels[name] for name in changed if name in field_labels]
    what = f" ({', '.join(fields)})" if fields else ""
    return ConflictError(
        f"{last.actor_name} a modifié cet élément le {long_datetime(last.occurred_at)}{what} depuis que vous "
        "l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez la page pour voir sa dernière "
        "version.",
        field="expectedVersion",
    )


@dataclass(frozen=True, kw_only=True)
class AuditEventView:
    tenant: str  # a region's slug, or "national"
    id: int
    occurred_at: datetime
    sort_key: str
    actor_subject: str
    actor_name: str
    actor_role: Role | None
    actor_region: str | None
    action: str
    entity_type: str
    entity_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    request_id: str

    @classmethod
    def of(cls, tenant: str, row: AuditEvent | NationalAuditEvent) -> AuditEventView:
        return cls(
            tenant=tenant,
            id=row.id,
            occurred_at=row.occurred_at,
            sort_key=row.sort_key,
            actor_subject=row.actor_subject,
            actor_name=row.actor_name,
            actor_role=row.actor_role,
            actor_region=row.actor_region,
            action=row.action,
            entity_type=row.entity_type,
            entity_id=row.entity_id,
            before=row.before,
            after=row.after,
            request_id=row.request_id,
        )


@dataclass(frozen=True, kw_only=True)
class AuditFilters:
    """Filters of the trail; `entity_tenant` narrows to the database holding the entity."""

    entity_type: str | None = None
    entity_id: int | None = None
    entity_tenant: str | None = None
    actor_subject: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def apply(self, model: type[AuditEvent] | type[NationalAuditEvent], statement: Select[Any]) -> Select[Any]:
        conditions = [
            (self.entity_type, model.entity_type),
            (self.entity_id, model.entity_id),
            (self.actor_subject, model.actor_subject),
            (self.action, model.action),
        ]
        for value, column in conditions:
            if value is not None:
                statement = statement.where(column == value)
        if self.since is not None:
            statement = statement.where(model.occurred_at >= self.since)
        if self.until is not None:
            statement = statement.where(model.occurred_at < self.until)
        return statement


async def audit_filters(
    uow: UnitOfWork,
    *,
    entity: str | None = None,
    entity_type: str | None = None,
    actor: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> AuditFilters:
    """Filters from what a client sends: global IDs of an entity and of a person. An ID that names nothing
    matches nothing (an empty trail, not an error: the trail is searched, not addressed)."""
    entity_id = entity_tenant = actor_subject = None
    if entity:
        try:
            target = decode_id(entity)
            entity_type, entity_id, entity_tenant = target.type_name, target.int_key, target.tenant
        except NotFoundError:
            entity_tenant = ""  # no database has this name
    if actor:
        try:
            users = await users_by_id(uow.national(), [decode_id(actor, expected_type="User").int_key])
        except NotFoundError:
            users = {}
        actor_subject = next(iter(users.values())).subject if users else ""
    return AuditFilters(
        entity_type=entity_type or None,
        entity_id=entity_id,
        entity_tenant=entity_tenant,
        actor_subject=actor_subject,
        action=action or None,
        since=since,
        until=until,
    )


def audit_tenants(uow: UnitOfWork, principal: Principal | None, region: str | None) -> list[Tenant]:
    """The databases whose trail the caller may read: their region's for a regional admin, every one
    (the national database included, when no region is asked) for CCI France."""
    tenants = [t for t in uow.regions(region) if is_allowed(principal, Action.VIEW_AUDIT, region=t.slug)]
    if region is None and is_allowed(principal, Action.VIEW_AUDIT, region=None):
        tenants.insert(0, uow.registry.national)
    return tenants


def _position(view: AuditEventView) -> SortPosition:
    return SortPosition(view.sort_key, view.tenant, view.id)


async def list_audit_events(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str | None,
    filters: AuditFilters,
    page: PageRequest,
) -> Page[AuditEventView]:
    """The trail, newest first, merged across the databases the caller may read."""
    require_principal(principal)
    tenants = [
        t
        for t in audit_tenants(uow, principal, region)
        if filters.entity_tenant is None or t.slug == filters.entity_tenant
    ]

    async def read(tenant: Tenant) -> TenantSlice[AuditEventView]:
        model = NationalAuditEvent if tenant.kind is TenantKind.NATIONAL else AuditEvent
        session = uow.session(tenant)
        matching = filters.apply(model, select(model))
        total = await session.scalar(select(func.count()).select_from(matching.subquery()))
        rows = await session.scalars(
            matching.where(after_position(page, tenant.slug, model.sort_key, model.id))
            .order_by(model.sort_key, model.id)
            .limit(page.first + 1)
        )
        return TenantSlice(rows=[AuditEventView.of(tenant.slug, row) for row in rows], total_count=total or 0)

    result = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return merge_slices(list(result.results.values()), page, _position, result.failures)


@dataclass(frozen=True, kw_only=True)
class EntityChange:
    """One audited change of an entity, as its own page shows it (who, when, which fields)."""

    id: int
    sort_key: str
    occurred_at: datetime
    actor_name: str
    changed_fields: tuple[str, ...]


async def entity_history(
    session: TenantSession, *, entity_type: str, entity_id: int, page: PageRequest
) -> Page[EntityChange]:
    """The audited changes of one entity of this database, newest first; the caller checked the reader."""
    statement = select(AuditEvent).where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == entity_id)
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await session.scalars(
        statement.where(after_position(page, session.tenant_slug, AuditEvent.sort_key, AuditEvent.id))
        .order_by(AuditEvent.sort_key, AuditEvent.id)
        .limit(page.first + 1)
    )
    changes = [
        EntityChange(
            id=row.id,
            sort_key=row.sort_key,
            occurred_at=row.occurred_at,
            actor_name=row.actor_name,
            changed_fields=tuple(row.after or {}),
        )
        for row in rows
    ]
    part = TenantSlice(rows=changes, total_count=total or 0)
    return merge_slices([part], page, lambda change: SortPosition(change.sort_key, session.tenant_slug, change.id))
