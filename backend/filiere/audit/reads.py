"""Partners' reads of confidential project data, kept in the audit trail (DESIGN §1: every such read is
audited). A request notes what it revealed while it runs; its end writes one row per project read, in
that project's region, naming the fields — how many rows a request writes never depends on how it
phrased its query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from filiere.audit.service import record_change
from filiere.auth.policy import reads_are_audited
from filiere.auth.principal import Principal
from filiere.tenancy.unit_of_work import UnitOfWork

READ_ACTION = "project.confidential_read"


@dataclass
class ConfidentialReads:
    principal: Principal | None
    request_id: str
    _fields: dict[tuple[str, int], set[str]] = field(default_factory=dict)

    def note(self, region: str, project_id: int, field_name: str) -> None:
        """`field_name` of the project was sent to the caller (a GraphQL field, or an export's column)."""
        if reads_are_audited(self.principal):
            self._fields.setdefault((region, project_id), set()).add(field_name)

    async def record(self, uow: UnitOfWork) -> None:
        """Write what was noted and commit; a request that revealed nothing writes nothing."""
        if not self._fields or self.principal is None:
            return
        for (region, project_id), names in sorted(self._fields.items()):
            record_change(
                uow.region(region),
                self.principal,
                request_id=self.request_id,
                action=READ_ACTION,
                entity_type="Project",
                entity_id=project_id,
                before=None,
                after={"fields": sorted(names)},
            )
        self._fields.clear()
        await uow.commit()
