"""The supplier directory: establishments of the INSEE SIRENE stock, one table per database.

A region's database holds the establishments of its départements; the national database holds those of
regions with no tenant yet (public data, never enriched). Every import first fills `suppliers_stage`,
then swaps it into `suppliers` in one transaction per database, so that an interrupted import leaves
the previous directory whole (`sourcing.importer`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from filiere.db_types import UTCDateTime, enum_type
from filiere.tenancy.metadata import NationalBase, RegionalBase, Timestamped, Versioned


class SupplierState(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"  # closed (etatAdministratifEtablissement = F) in the latest stock
    ABSENT = "absent"  # no longer in the latest stock at all


class EstablishmentColumns:
    """What the directory keeps of an establishment. For a partially diffusible one (statut de diffusion
    « P ») the address, the coordinates and a person's name are never stored, so never shown."""

    siret: Mapped[str] = mapped_column(String(14), primary_key=True)
    siren: Mapped[str] = mapped_column(String(9))
    legal_name: Mapped[str] = mapped_column(String(250))  # "" when it is a person's non-diffusible name
    trade_names: Mapped[str] = mapped_column(String(500))  # enseignes and usual names, « ; »-separated
    naf_code: Mapped[str | None] = mapped_column(String(6))  # « 13.10Z »
    workforce_band: Mapped[str | None] = mapped_column(String(2))  # INSEE tranche d'effectif code
    is_head_office: Mapped[bool]
    diffusible: Mapped[bool]
    street: Mapped[str | None] = mapped_column(String(250))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    commune_code: Mapped[str | None] = mapped_column(String(5))
    commune_name: Mapped[str] = mapped_column(String(100))
    departement: Mapped[str] = mapped_column(String(3))
    lambert_x: Mapped[float | None] = mapped_column(Float)  # Lambert-93, metres
    lambert_y: Mapped[float | None] = mapped_column(Float)
    # fold(legal name, trade names, NAF label): accent- and case-insensitive search.
    search_text: Mapped[str] = mapped_column(Text)
    # Digest of every column above: an import rewrites only the rows whose content changed.
    content_hash: Mapped[str] = mapped_column(String(16))


class SupplierColumns(EstablishmentColumns):
    __tablename__ = "suppliers"

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index, ...]:  # noqa: N805 - SQLAlchemy declarative hook
        return (
            Index("ix_suppliers_departement", "departement", "naf_code"),
            Index("ix_suppliers_naf", "naf_code"),
            Index("ix_suppliers_siren", "siren"),
        )

    state: Mapped[SupplierState] = mapped_column(enum_type(SupplierState, "supplier_state"))
    # When the row last changed through an import (first seen, content changed, closed, absent).
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StagedColumns(EstablishmentColumns):
    __tablename__ = "suppliers_stage"

    active: Mapped[bool]


class Supplier(SupplierColumns, RegionalBase):
    """An establishment of one of the region's départements."""


class NationalSupplier(SupplierColumns, NationalBase):
    """An establishment of a region the programme has no tenant in yet."""


class StagedSupplier(StagedColumns, RegionalBase):
    pass


class NationalStagedSupplier(StagedColumns, NationalBase):
    pass


class ImportColumns:
    """One import into this database: when, from which files, with what outcome (shown to advisers)."""

    __tablename__ = "supplier_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(500))
    added: Mapped[int]
    updated: Mapped[int]
    closed: Mapped[int]
    absent: Mapped[int]
    skipped_lines: Mapped[int]


class SupplierImport(ImportColumns, RegionalBase):
    pass


class NationalSupplierImport(ImportColumns, NationalBase):
    pass


class CommuneCentreColumns:
    """Where a commune's establishments are, on average: the point searched from when a project's own
    establishment has no coordinates. Recomputed by each import from the directory's geolocated rows,
    so it needs no other data file."""

    __tablename__ = "commune_centres"

    commune_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    lambert_x: Mapped[float] = mapped_column(Float)  # Lambert-93, metres
    lambert_y: Mapped[float] = mapped_column(Float)


class CommuneCentre(CommuneCentreColumns, RegionalBase):
    pass


class NationalCommuneCentre(CommuneCentreColumns, NationalBase):
    pass


class Certification(StrEnum):
    """Labels and certifications advisers look for when sourcing in France."""

    ORIGINE_FRANCE_GARANTIE = "origine_france_garantie"
    ENTREPRISE_PATRIMOINE_VIVANT = "entreprise_patrimoine_vivant"
    FRANCE_TERRE_TEXTILE = "france_terre_textile"
    ISO_9001 = "iso_9001"
    ISO_14001 = "iso_14001"
    ISO_45001 = "iso_45001"
    ISO_13485 = "iso_13485"
    EN_9100 = "en_9100"
    IATF_16949 = "iatf_16949"
    OEKO_TEX = "oeko_tex"
    GOTS = "gots"
    PEFC_FSC = "pefc_fsc"


class SupplierProfile(Timestamped, Versioned, RegionalBase):
    """What a region's advisers know of an establishment beyond SIRENE: kept in that region's database,
    read by its staff only. Any establishment of any directory may have one, in any region."""

    __tablename__ = "supplier_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    siret: Mapped[str] = mapped_column(String(14), unique=True)
    supplier_name: Mapped[str] = mapped_column(String(250))  # as the directory named it when first enriched
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)  # free capabilities: « tissage jacquard »
    capability_naf_codes: Mapped[list[str]] = mapped_column(JSON, default=list)  # beyond its registered NAF
    certifications: Mapped[list[str]] = mapped_column(JSON, default=list)  # `Certification` values
    capacity_notes: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    last_contact_on: Mapped[date | None]
    # fold(tags, certification labels, capability NAF labels, capacity notes): found by the search.
    search_text: Mapped[str] = mapped_column(Text, default="")
    changed_by_name: Mapped[str] = mapped_column(String(120))


class CandidateStatus(StrEnum):
    IDENTIFIED = "identified"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    RETAINED = "retained"
    REJECTED = "rejected"  # with a reason


class SupplyChainStage(Timestamped, RegionalBase):
    """A stage of a project's supply chain, from upstream (raw material) to downstream (distribution)."""

    __tablename__ = "supply_chain_stages"
    __table_args__ = (Index("ix_supply_chain_stages_project", "project_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(120))
    needs: Mapped[str] = mapped_column(Text, default="")  # what the project looks for at this stage


class SupplierCandidate(Timestamped, Versioned, RegionalBase):
    """A supplier considered for a stage. What identifies it is copied when it is added: the directory
    row may live in another region's database, and the board must read without a fan-out."""

    __tablename__ = "supplier_candidates"
    __table_args__ = (Index("ix_supplier_candidates_stage", "stage_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("supply_chain_stages.id", ondelete="CASCADE"))
    siret: Mapped[str | None] = mapped_column(String(14))  # None: a supplier abroad, or not registered
    name: Mapped[str] = mapped_column(String(250))
    commune_name: Mapped[str] = mapped_column(String(100), default="")
    departement: Mapped[str | None] = mapped_column(String(3))
    region_code: Mapped[str | None] = mapped_column(String(2))  # INSEE code of its région; None abroad
    country: Mapped[str] = mapped_column(String(60), default="France")
    status: Mapped[CandidateStatus] = mapped_column(enum_type(CandidateStatus, "supplier_candidate_status"))
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was rejected
    notes: Mapped[str] = mapped_column(Text, default="")
    next_action_on: Mapped[date | None]
    changed_by_name: Mapped[str] = mapped_column(String(120))


class SourcingRequest(Timestamped, Versioned, RegionalBase):
    """A region's call to the others for suppliers at one stage of a project's chain. It carries what the
    project's summary card shows and what the adviser writes for it, never the confidential record."""

    __tablename__ = "sourcing_requests"
    __table_args__ = (Index("ix_sourcing_requests_sort", "sort_key", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("supply_chain_stages.id", ondelete="CASCADE"))
    stage_name: Mapped[str] = mapped_column(String(120))
    need: Mapped[str] = mapped_column(Text)
    naf_hints: Mapped[list[str]] = mapped_column(JSON, default=list)  # codes « 13.20Z » or sections « C »
    deadline: Mapped[date]  # answers are taken until this day included
    target_regions: Mapped[list[str]] = mapped_column(JSON, default=list)  # slugs; empty: every other region
    requester_user_id: Mapped[int]
    requester_name: Mapped[str] = mapped_column(String(120))
    sort_key: Mapped[str] = mapped_column(String(17))  # text.newest_first_time_key(created_at)


class SourcingAnswer(Timestamped, RegionalBase):
    """Another region's answer, kept with the request it answers (in the requesting region's database):
    what the answering adviser chose to share, i.e. public directory data and a note."""

    __tablename__ = "sourcing_answers"
    __table_args__ = (Index("ix_sourcing_answers_request", "request_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The column keeps its first name; in code, `request_id` always means the HTTP request of the audit trail.
    sourcing_request_id: Mapped[int] = mapped_column(
        "request_id", ForeignKey("sourcing_requests.id", ondelete="CASCADE")
    )
    answerer_user_id: Mapped[int]
    answerer_name: Mapped[str] = mapped_column(String(120))
    answerer_region: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")


class SourcingAnswerSupplier(RegionalBase):
    """An establishment proposed in an answer, as the answering region's directory describes it."""

    __tablename__ = "sourcing_answer_suppliers"
    __table_args__ = (Index("ix_sourcing_answer_suppliers_answer", "answer_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("sourcing_answers.id", ondelete="CASCADE"))
    position: Mapped[int]
    siret: Mapped[str] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(250))
    commune_code: Mapped[str | None] = mapped_column(String(5))
    commune_name: Mapped[str] = mapped_column(String(100))
    naf_code: Mapped[str | None] = mapped_column(String(6))
    # The candidate it became in the project's chain, once accepted.
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("supplier_candidates.id", ondelete="SET NULL"))
