"""What a region's advisers know of a supplier beyond SIRENE: capabilities, certifications, capacity,
contact. Kept in the adviser's region and read by its staff only; found by that region's searches."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, Text, cast, or_, select

from filiere.audit.service import entity_history, record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ConflictError, ForbiddenError, InvalidInputError
from filiere.pagination import Page, PageRequest
from filiere.referentials.identifiers import checked_naf_code, checked_siret
from filiere.referentials.naf import naf_activity
from filiere.sourcing.errors import SourcingErrorCode
from filiere.sourcing.models import Certification, SupplierProfile
from filiere.sourcing.suppliers import supplier_snapshot
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import searchable_words

CERTIFICATION_LABELS = {
    Certification.ORIGINE_FRANCE_GARANTIE: "Origine France Garantie",
    Certification.ENTREPRISE_PATRIMOINE_VIVANT: "Entreprise du patrimoine vivant",
    Certification.FRANCE_TERRE_TEXTILE: "France Terre Textile",
    Certification.ISO_9001: "ISO 9001",
    Certification.ISO_14001: "ISO 14001",
    Certification.ISO_45001: "ISO 45001",
    Certification.ISO_13485: "ISO 13485",
    Certification.EN_9100: "EN 9100",
    Certification.IATF_16949: "IATF 16949",
    Certification.OEKO_TEX: "Oeko-Tex",
    Certification.GOTS: "GOTS",
    Certification.PEFC_FSC: "PEFC / FSC",
}
MAX_TAGS = 20
TAG_MAX_LENGTH = 40
MAX_CAPABILITY_CODES = 10
NOTES_MAX_LENGTH = 2000
# Enough for any search page; a tag shared by more suppliers than this is not a useful filter anyway.
MAX_MATCHING_PROFILES = 500
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 .()-]{6,25}$")
_FIELD_LABELS = {
    "tags": "savoir-faire",
    "capabilityNafCodes": "activités",
    "certifications": "certifications",
    "capacityNotes": "capacités",
    "contactName": "contact",
    "contactEmail": "e-mail du contact",
    "contactPhone": "téléphone du contact",
    "lastContactOn": "dernier contact",
}


@dataclass(frozen=True, kw_only=True)
class ProfileEntry:
    tags: Sequence[str] = ()
    capability_naf_codes: Sequence[str] = ()
    certifications: Sequence[Certification] = ()
    capacity_notes: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    last_contact_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class ProfileView:
    region: str
    id: int
    siret: str
    tags: tuple[str, ...]
    capability_naf_codes: tuple[str, ...]
    certifications: tuple[Certification, ...]
    capacity_notes: str
    contact_name: str
    contact_email: str
    contact_phone: str
    last_contact_on: date | None
    changed_by: str
    updated_at: datetime
    version: int

    @classmethod
    def of(cls, region: str, row: SupplierProfile) -> ProfileView:
        return cls(
            region=region,
            id=row.id,
            siret=row.siret,
            tags=tuple(row.tags),
            capability_naf_codes=tuple(row.capability_naf_codes),
            certifications=tuple(Certification(value) for value in row.certifications),
            capacity_notes=row.capacity_notes,
            contact_name=row.contact_name,
            contact_email=row.contact_email,
            contact_phone=row.contact_phone,
            last_contact_on=row.last_contact_on,
            changed_by=row.changed_by_name,
            updated_at=row.updated_at,
            version=row.version,
        )


@dataclass(frozen=True, kw_only=True)
class ProfileChange:
    """One line of a profile's history: who changed which fields, when."""

    id: int
    sort_key: str
    occurred_at: datetime
    actor_name: str
    fields: tuple[str, ...]


def profile_region(principal: Principal | None) -> str | None:
    """The region whose profiles the caller reads and writes: their own, if they are its staff."""
    if principal is None or principal.region is None:
        return None
    return principal.region if is_allowed(principal, Action.ENRICH_SUPPLIERS, region=principal.region) else None


def _cleaned(entry: ProfileEntry, *, today: date) -> dict[str, Any]:
    tags: list[str] = []
    for index, tag in enumerate(entry.tags):
        text = " ".join(tag.split())
        if not text:
            continue
        if len(text) > TAG_MAX_LENGTH:
            raise InvalidInputError(
                f"Un savoir-faire compte {TAG_MAX_LENGTH} caractères au plus.",
                field=f"tags.{index}",
                code=CommonErrorCode.TOO_LONG,
            )
        if text.casefold() not in {kept.casefold() for kept in tags}:
            tags.append(text)
    if len(tags) > MAX_TAGS:
        raise InvalidInputError(
            f"Indiquez {MAX_TAGS} savoir-faire au plus.", field="tags", code=CommonErrorCode.TOO_LONG
        )
    codes = list(
        dict.fromkeys(
            checked_naf_code(code, field=f"capabilityNafCodes.{i}") for i, code in enumerate(entry.capability_naf_codes)
        )
    )
    if len(codes) > MAX_CAPABILITY_CODES:
        raise InvalidInputError(
            f"Indiquez {MAX_CAPABILITY_CODES} activités au plus.",
            field="capabilityNafCodes",
            code=CommonErrorCode.TOO_LONG,
        )
    notes = entry.capacity_notes.strip()
    if len(notes) > NOTES_MAX_LENGTH:
        raise InvalidInputError(
            f"Les capacités ne doivent pas dépasser {NOTES_MAX_LENGTH} caractères.",
            field="capacityNotes",
            code=CommonErrorCode.TOO_LONG,
        )
    name = " ".join(entry.contact_name.split())
    if len(name) > 120:
        raise InvalidInputError(
            "Le nom du contact compte 120 caractères au plus.", field="contactName", code=CommonErrorCode.TOO_LONG
        )
    email = entry.contact_email.strip()
    if email and (len(email) > 254 or not _EMAIL.match(email)):
        raise InvalidInputError(
            f"L'adresse e-mail « {email[:60]} » n'est pas valide.",
            field="contactEmail",
            code=CommonErrorCode.INVALID_EMAIL,
        )
    phone = " ".join(entry.contact_phone.split())
    if phone and (not _PHONE.match(phone) or sum(char.isdigit() for char in phone) < 6):
        raise InvalidInputError(
            f"Le numéro de téléphone « {phone[:30]} » n'est pas valide.",
            field="contactPhone",
            code=CommonErrorCode.INVALID_PHONE,
        )
    if entry.last_contact_on and entry.last_contact_on > today:
        raise InvalidInputError(
            "La date du dernier contact ne peut pas être dans le futur.",
            field="lastContactOn",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    certifications = [value.value for value in dict.fromkeys(entry.certifications)]
    labels = [CERTIFICATION_LABELS[Certification(value)] for value in certifications]
    activities = [activity.label for code in codes if (activity := naf_activity(code))]
    return {
        "tags": tags,
        "capability_naf_codes": codes,
        "certifications": certifications,
        "capacity_notes": notes,
        "contact_name": name,
        "contact_email": email,
        "contact_phone": phone,
        "last_contact_on": entry.last_contact_on,
        "search_text": searchable_words(" ".join([*tags, *labels, *activities, notes])),
    }


def _audit_name(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


async def enrich_supplier(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    siret: str,
    expected_version: int | None,
    entry: ProfileEntry,
    request_id: str,
    today: date,
) -> ProfileView:
    """Create (expected_version None) or update the caller's region's profile of an establishment."""
    editor = require_principal(principal)
    region = profile_region(editor)
    if region is None or not uow.registry.has_region(region):
        raise ForbiddenError("Seuls les conseillers d'une région complètent l'annuaire des fournisseurs.")
    number = checked_siret(siret)
    values = _cleaned(entry, today=today)
    session = uow.region(region)
    row = await session.scalar(select(SupplierProfile).where(SupplierProfile.siret == number))
    if row is None:
        if expected_version is not None:
            raise ConflictError(field="expectedVersion")
        snapshot = await supplier_snapshot(uow, number)
        if snapshot is None:
            raise InvalidInputError(
                f"Aucun établissement actif de l'annuaire n'a le SIRET {number}.",
                field="siret",
                code=SourcingErrorCode.UNKNOWN_SUPPLIER,
            )
        row = SupplierProfile(siret=number, supplier_name=snapshot.name, changed_by_name=editor.display_name, **values)
        session.add(row)
        await session.flush()
        before: dict[str, Any] = {}
        changed = {
            name: value for name, value in values.items() if name != "search_text" and value not in ("", [], None)
        }
    else:
        if expected_version is None or row.version != expected_version:
            raise await stale_version_error(
                session, entity_type="SupplierProfile", entity_id=row.id, field_labels=_FIELD_LABELS
            )
        before = {name: getattr(row, name) for name in values}
        changed = {name: value for name, value in values.items() if before[name] != value}
        if not changed:
            return ProfileView.of(region, row)
        for name, value in changed.items():
            setattr(row, name, value)
        row.changed_by_name = editor.display_name
        await session.flush()
        changed.pop("search_text", None)
    record_change(
        session,
        editor,
        request_id=request_id,
        action="supplier_profile.updated" if before else "supplier_profile.created",
        entity_type="SupplierProfile",
        entity_id=row.id,
        before={_audit_name(name): _json(before[name]) for name in changed} if before else None,
        after={"siret": number, **{_audit_name(name): _json(value) for name, value in changed.items()}},
    )
    return ProfileView.of(region, row)


async def profiles_by_siret(session: TenantSession, region: str, sirets: Sequence[str]) -> dict[str, ProfileView]:
    """Batch read for loaders: one statement for a page of suppliers."""
    rows = await session.scalars(select(SupplierProfile).where(SupplierProfile.siret.in_(sirets)))
    return {row.siret: ProfileView.of(region, row) for row in rows}


def _matching(words: Sequence[str], certifications: Sequence[Certification]) -> Select[Any]:
    statement = select(SupplierProfile.siret)
    for word in words:
        padded = " " + SupplierProfile.search_text
        statement = statement.where(padded.like(f"% {word}%"))
    if certifications:
        # JSON arrays of known values: their quoted form cannot occur inside another value.
        stored = cast(SupplierProfile.certifications, Text)
        statement = statement.where(or_(*(stored.like(f'%"{value.value}"%') for value in certifications)))
    return statement.order_by(SupplierProfile.siret).limit(MAX_MATCHING_PROFILES)


async def matching_sirets(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    words: Sequence[str],
    certifications: Sequence[Certification],
) -> list[str] | None:
    """SIRETs whose profile in the caller's region has every word (as word prefixes) and one of the
    certifications; None when there is nothing to match on or the caller has no region."""
    region = profile_region(principal)
    if region is None or not uow.registry.has_region(region) or not (words or certifications):
        return None
    return list(await uow.region(region).scalars(_matching(words, certifications)))


async def profile_history(
    uow: UnitOfWork, principal: Principal | None, *, profile: ProfileView, page: PageRequest
) -> Page[ProfileChange]:
    """Who changed the profile and which fields, newest first (the region's own staff only)."""
    if profile_region(principal) != profile.region:
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    history = await entity_history(
        uow.region(profile.region), entity_type="SupplierProfile", entity_id=profile.id, page=page
    )
    return history.map(
        lambda change: ProfileChange(
            id=change.id,
            sort_key=change.sort_key,
            occurred_at=change.occurred_at,
            actor_name=change.actor_name,
            fields=tuple(_FIELD_LABELS[name] for name in change.changed_fields if name in _FIELD_LABELS),
        )
    )
