"""Writing the audit trail (browsing and export come with the audit pages)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from filiere.audit.models import AuditEvent, NationalAuditEvent
from filiere.auth.principal import Principal
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.session import TenantSession


def record_change(
    session: TenantSession,
    principal: Principal,
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
    event = model(
        occurred_at=datetime.now(UTC),
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
