"""Partners' reads of confidential project data, kept in the audit trail (DESIGN §1: every such read is
audited). A request notes what it revealed while it runs; its end writes, in the project's region, one row
per part of the project it read (its contact, its notes, a document downloaded…), naming the fields and the
reader's organisation — how many rows a request writes never depends on how it phrased its query.
The project's access log (`audit.access_log`) reads these rows back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from filiere.audit.service import record_change
from filiere.auth.policy import reads_are_audited
from filiere.auth.principal import Principal
from filiere.tenancy.unit_of_work import UnitOfWork

READ_ACTION = "project.confidential_read"
# The field a document row names: its download link was handed out.
DOWNLOAD_FIELD = "downloadUrl"


class ReadPart(StrEnum):
    """The parts of a project a partner reads, as its access log names them."""

    RECORD = "record"
    CONTACT = "contact"
    NOTES = "notes"
    FINANCING = "financing"
    INVESTMENT_PLAN = "investment_plan"
    FINANCING_PLAN = "financing_plan"
    THREAD = "thread"
    MARKET_STUDY = "market_study"
    SUPPLY_CHAIN = "supply_chain"
    MILESTONES = "milestones"
    DOCUMENTS = "documents"
    DOCUMENT = "document"


# The part each noted field belongs to; any other confidential field is the record's.
FIELD_PARTS: dict[str, ReadPart] = {
    "contact": ReadPart.CONTACT,
    "company.contact": ReadPart.CONTACT,
    "notes": ReadPart.NOTES,
    "statusHistory": ReadPart.NOTES,
    "selectionReview": ReadPart.NOTES,
    "products": ReadPart.FINANCING,
    "investmentPlan": ReadPart.INVESTMENT_PLAN,
    "financingPlan": ReadPart.FINANCING_PLAN,
    "comments": ReadPart.THREAD,
    "marketStudy": ReadPart.MARKET_STUDY,
    "supplyChain": ReadPart.SUPPLY_CHAIN,
    "milestones": ReadPart.MILESTONES,
    "nextMilestone": ReadPart.MILESTONES,
    "documents": ReadPart.DOCUMENTS,
    DOWNLOAD_FIELD: ReadPart.DOCUMENT,
}


def part_of(field_name: str) -> ReadPart:
    return FIELD_PARTS.get(field_name, ReadPart.RECORD)


@dataclass(frozen=True)
class DocumentRead:
    id: int
    title: str
    version: int


@dataclass
class ConfidentialReads:
    principal: Principal | None
    request_id: str
    _fields: dict[tuple[str, int, ReadPart], set[str]] = field(default_factory=dict)
    _downloads: dict[tuple[str, int, int, int], DocumentRead] = field(default_factory=dict)

    def note(self, region: str, project_id: int, field_name: str) -> None:
        """`field_name` of the project was sent to the caller (a GraphQL field, or an export's column)."""
        if reads_are_audited(self.principal):
            self._fields.setdefault((region, project_id, part_of(field_name)), set()).add(field_name)

    def note_download(self, region: str, project_id: int, document: DocumentRead) -> None:
        """A download link of this version of a document was handed out: the store serves the file without
        the API, so the link is the download (one row per document and version for the request)."""
        if reads_are_audited(self.principal):
            self._downloads[(region, project_id, document.id, document.version)] = document

    async def record(self, uow: UnitOfWork) -> None:
        """Write what was noted and commit; a request that revealed nothing writes nothing."""
        principal = self.principal
        if (not self._fields and not self._downloads) or principal is None:
            return
        rows: list[tuple[str, int, dict[str, object]]] = [
            (region, project_id, {"part": part.value, "fields": sorted(names)})
            for (region, project_id, part), names in sorted(self._fields.items())
        ]
        rows += [
            (
                region,
                project_id,
                {
                    "part": ReadPart.DOCUMENT.value,
                    "fields": [DOWNLOAD_FIELD],
                    "document": {"id": document.id, "title": document.title, "version": document.version},
                },
            )
            for (region, project_id, _, _), document in sorted(self._downloads.items())
        ]
        for region, project_id, after in rows:
            record_change(
                uow.region(region),
                principal,
                request_id=self.request_id,
                action=READ_ACTION,
                entity_type="Project",
                entity_id=project_id,
                before=None,
                # The organisation the reader spoke for at the time (an account may change organisation).
                after={**after, "organisation": principal.organisation},
            )
        self._fields.clear()
        self._downloads.clear()
        await uow.commit()
