"""The one place that answers a confidential field of a project, or null to a summary reader."""

from __future__ import annotations

from filiere.graphql.types import Info
from filiere.programmes.views import ProjectView


def reveals(info: Info, view: ProjectView, field_name: str) -> bool:
    """True when the reader may see this confidential field (`programmes.views.PROJECT_FIELDS`); a
    partner's read of it is noted for the audit trail."""
    if view.confidential is None:
        return False
    info.context.confidential_reads.note(view.card.region, view.card.id, field_name)
    return True
