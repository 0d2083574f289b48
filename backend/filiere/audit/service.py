"""Writing the audit trail (browsing and export come with the audit pages)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from filiere.audit.models import AuditEvent
from filiere.auth.principal import Principal
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
) -> AuditEvent:
    event = AuditEvent(
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
