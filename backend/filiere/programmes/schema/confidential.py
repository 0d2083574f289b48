"""The one place that answers a confidential field of a project, or null to a summary reader."""

from __future__ import annotations

from filiere.graphql.types import Info
from filiere.programmes.views import PROJECT_FIELDS, ProjectView, Visibility


def reveals(info: Info, view: ProjectView, field_name: str) -> bool:
    """True when the reader may see this confidential field (its class in `programmes.views.PROJECT_FIELDS`;
    a field of another type, such as `company.contact`, is confidential); a partner's read of it is noted
    for the audit trail."""
    if not view.shows(PROJECT_FIELDS.get(field_name, Visibility.CONFIDENTIAL)):
        return False
    info.context.confidential_reads.note(view.card.region, view.card.id, field_name)
    return True
