"""An adviser completes or corrects the record of a company their region accompanies.

The SIREN is the company's identity and does not change here (another SIREN is another company); the
establishment (SIRET), the activity (NAF) and the commune are checked as at the candidacy, and the
commune must stay in the region: a company that moved to another region is handed over, not edited.
The contact person is personal data: read where the project's confidential fields are read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError
from filiere.programmes.company_details import (
    ContactEntry,
    checked_contact,
    checked_postal_code,
    checked_street,
    checked_website,
)
from filiere.programmes.models import Company, HeadcountBand, Project, RevenueBand
from filiere.programmes.service import get_company, may_edit_project, search_text_of
from filiere.programmes.views import CompanyCard
from filiere.referentials.identifiers import (
    checked_commune_code,
    checked_commune_of_tenant,
    checked_naf_code,
    checked_siret,
    departement_of,
)
from filiere.tenancy.unit_of_work import UnitOfWork

NAME_MAX_LENGTH = 200

# What a conflict names, in the words of the company tab.
_FIELD_LABELS = {
    "name": "raison sociale",
    "siret": "SIRET",
    "nafCode": "code NAF",
    "communeCode": "commune",
    "street": "adresse",
    "postalCode": "code postal",
    "website": "site web",
    "headcountBand": "effectif",
    "revenueBand": "chiffre d'affaires",
    "contactName": "nom du contact",
    "contactFunction": "fonction du contact",
    "contactEmail": "e-mail du contact",
    "contactPhone": "téléphone du contact",
}


class Unchanged:
    """A band left as it is (None clears it)."""


UNCHANGED = Unchanged()


@dataclass(frozen=True, kw_only=True)
class CompanyChanges:
    """None leaves a field as it is; an empty text (SIRET, NAF code, address, website) clears it; a contact
    replaces the whole contact."""

    name: str | None = None
    siret: str | None = None
    naf_code: str | None = None
    commune_code: str | None = None
    street: str | None = None
    postal_code: str | None = None
    website: str | None = None
    headcount_band: HeadcountBand | Unchanged | None = UNCHANGED
    revenue_band: RevenueBand | Unchanged | None = UNCHANGED
    contact: ContactEntry | None = None


def may_read_company_contact(principal: Principal | None, region: str) -> bool:
    """The contact of a company read on its own (not through one of its projects): the region's team and
    CCI France, who read every project's confidential fields there."""
    return is_allowed(principal, Action.VIEW_PROJECT_CONFIDENTIAL, region=region)


async def update_company(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    company_id: int,
    expected_version: int,
    changes: CompanyChanges,
    request_id: str,
) -> CompanyCard:
    editor = require_principal(principal)
    await get_company(uow, editor, region, company_id)  # not readable: not found
    if not may_edit_project(editor, region):
        raise ForbiddenError("Seuls les conseillers de la région de l'entreprise peuvent modifier sa fiche.")
    session = uow.region(region)
    company = await session.get(Company, company_id)
    assert company is not None  # get_company found it
    values = _checked_values(uow, region, company, changes)
    if company.version != expected_version:
        raise await stale_version_error(
            session, entity_type="Company", entity_id=company.id, field_labels=_FIELD_LABELS
        )
    before = {_audit_name(name): getattr(company, name) for name in values if name not in _DERIVED}
    for name, value in values.items():
        setattr(company, name, value)
    after = {_audit_name(name): getattr(company, name) for name in values if name not in _DERIVED}
    changed = {name: value for name, value in after.items() if before[name] != value}
    if not changed:
        return CompanyCard.of(region, company)
    if "name" in changed:
        # The projects' text search covers their company's name. A derived column: rewritten without
        # touching the projects' versions, so that nobody editing one of them meets a false conflict.
        for project in await session.scalars(select(Project).where(Project.company_id == company.id)):
            await session.execute(
                update(Project)
                .where(Project.id == project.id)
                .values(search_text=search_text_of(project, company.name))
                .execution_options(synchronize_session=False)
            )
    record_change(
        session,
        editor,
        request_id=request_id,
        action="company.updated",
        entity_type="Company",
        entity_id=company.id,
        before={name: before[name] for name in changed},
        after=changed,
    )
    await session.flush()
    return CompanyCard.of(region, company)


def _checked_values(uow: UnitOfWork, region: str, company: Company, changes: CompanyChanges) -> dict[str, object]:
    """The columns to write, checked (French errors on the input's fields)."""
    values: dict[str, object] = {}
    if changes.name is not None:
        name = " ".join(changes.name.split())
        if not name:
            raise InvalidInputError("La raison sociale est obligatoire.", field="name", code=CommonErrorCode.REQUIRED)
        if len(name) > NAME_MAX_LENGTH:
            raise InvalidInputError(
                f"La raison sociale ne doit pas dépasser {NAME_MAX_LENGTH} caractères.",
                field="name",
                code=CommonErrorCode.TOO_LONG,
            )
        values["name"] = name
    if changes.siret is not None:
        values["siret"] = checked_siret(changes.siret, of_siren=company.siren) if changes.siret.strip() else None
    if changes.naf_code is not None:
        values["naf_code"] = checked_naf_code(changes.naf_code) if changes.naf_code.strip() else None
    if changes.commune_code is not None:
        place = checked_commune_of_tenant(
            checked_commune_code(changes.commune_code), region, uow.registry.settings.tenants
        )
        values.update(commune_code=place.code, commune_name=place.name, departement=departement_of(place.code))
    if changes.street is not None:
        values["street"] = checked_street(changes.street)
    if changes.postal_code is not None:
        values["postal_code"] = checked_postal_code(changes.postal_code)
    if changes.website is not None:
        values["website"] = checked_website(changes.website)
    if not isinstance(changes.headcount_band, Unchanged):
        values["headcount_band"] = changes.headcount_band
    if not isinstance(changes.revenue_band, Unchanged):
        values["revenue_band"] = changes.revenue_band
    if changes.contact is not None:
        values.update(checked_contact(changes.contact))
    return values


# Follow the commune code: not audited on their own.
_DERIVED = frozenset({"commune_name", "departement"})


def _audit_name(name: str) -> str:
    """The column as the company update's input spells it (camelCase)."""
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)
