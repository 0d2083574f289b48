"""Documents of a project and their versions, in the project's regional database.

The bytes live in the region's store (`documents.storage`); a row here says what was declared, what
arrived (size, SHA-256, the store's version id) and who brought it. A version stays `pending` until its
upload is confirmed: pending versions are never listed or served.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import RegionalBase, Timestamped, Versioned


class DocumentKind(StrEnum):
    """What a document is for: the market study's deliverables first, anything else after."""

    QUESTIONNAIRE = "questionnaire"
    SYNTHESIS = "synthesis"
    PERSONA = "persona"
    REPORT = "report"
    OTHER = "other"
    # The company's signed agreement to share its project with a partner: read only by those who read the
    # project's grants (its region's team, CCI France), never by the partner or the people it coaches.
    CONSENT = "consent"


class VersionState(StrEnum):
    PENDING = "pending"
    AVAILABLE = "available"


class Document(Timestamped, Versioned, RegionalBase):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(enum_type(DocumentKind, "document_kind"))
    title: Mapped[str] = mapped_column(String(200))
    # The object's name in the region's store; every version of the document shares it.
    storage_key: Mapped[str] = mapped_column(String(100), unique=True)


class DocumentVersion(RegionalBase):
    __tablename__ = "document_versions"
    __table_args__ = (
        UniqueConstraint("document_id", "number"),
        Index("ix_document_versions_document", "document_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int]
    state: Mapped[VersionState] = mapped_column(enum_type(VersionState, "document_version_state"))
    file_name: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(120))
    declared_size: Mapped[int] = mapped_column(BigInteger)
    size: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
    storage_version_id: Mapped[str | None] = mapped_column(String(200))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    uploaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The person, as the audit trail names them (users live in the national database).
    uploaded_by_subject: Mapped[str] = mapped_column(String(64))
    uploaded_by_name: Mapped[str] = mapped_column(String(120))
