"""What a project is made of: the products it brings (back) to France, and its coach and experts.

Both lists belong to the project: an edit replaces a whole list (the form shows it whole), bumps the
project's version (`expectedVersion` guards it like any project edit) and writes one audit row with the
list before and after. Both are confidential, like the project's notes: import values are business
figures, team members are people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from filiere.audit.service import record_change
from filiere.auth.principal import Principal
from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.programmes.errors import ProjectErrorCode
from filiere.programmes.models import ProjectProduct, ProjectTeamMember, TeamRole
from filiere.programmes.service import project_for_edit, project_view
from filiere.programmes.views import ProjectView
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

MAX_PRODUCTS = 20
MAX_MEMBERS = 20
PRODUCT_NAME_MAX_LENGTH = 200
# A billion euros a year: more than any project of the programme imports; beyond is a typing error.
MAX_IMPORT_VALUE_EUR = 1_000_000_000
# Customs nomenclature: SH4 heading, SH6 subheading, NC8 (the EU's combined nomenclature), TARIC10.
_CUSTOMS_LENGTHS = (4, 6, 8, 10)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, kw_only=True)
class ProductEntry:
    name: str
    customs_code: str | None = None
    # Whole euros; a form may send a float (GraphQL's Int stops at 2^31): checked by `checked_products`.
    annual_import_value_eur: int | float | None = None


@dataclass(frozen=True, kw_only=True)
class TeamMemberEntry:
    role: TeamRole
    name: str
    organisation: str = ""
    email: str = ""
    expertise: str = ""


def _text(value: str, field: str, label: str, limit: int, *, required: bool) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise InvalidInputError(f"{label} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > limit:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {limit} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text


def checked_customs_code(value: str | None, *, field: str) -> str | None:
    """Digits of a customs code, whatever the spaces and dots it was typed with (« 6109 10 00 »)."""
    if value is None or not value.strip():
        return None
    digits = re.sub(r"[\s.]", "", value)
    if not digits.isdigit() or len(digits) not in _CUSTOMS_LENGTHS:
        raise InvalidInputError(
            "Le code douanier comporte 4, 6, 8 ou 10 chiffres, par exemple « 6109 10 00 » (nomenclature "
            "combinée) : il figure sur les déclarations d'importation.",
            field=field,
            code=ProjectErrorCode.INVALID_CUSTOMS_CODE,
        )
    return digits


def checked_products(products: Sequence[ProductEntry]) -> list[ProductEntry]:
    if len(products) > MAX_PRODUCTS:
        raise InvalidInputError(
            f"Un projet porte sur {MAX_PRODUCTS} produits au plus : regroupez-les par famille.",
            field="products",
            code=CommonErrorCode.TOO_LONG,
        )
    cleaned: list[ProductEntry] = []
    for index, product in enumerate(products):
        name = _text(
            product.name, f"products.{index}.name", "Le nom du produit", PRODUCT_NAME_MAX_LENGTH, required=True
        )
        if any(name.casefold() == other.name.casefold() for other in cleaned):
            raise InvalidInputError(
                f"Le produit « {name} » figure deux fois.",
                field=f"products.{index}.name",
                code=CommonErrorCode.DUPLICATE_NAME,
            )
        value = product.annual_import_value_eur
        if isinstance(value, float):
            if not value.is_integer():
                raise InvalidInputError(
                    "La valeur annuelle importée s'indique en euros entiers, sans centimes.",
                    field=f"products.{index}.annualImportValueEur",
                    code=ProjectErrorCode.NOT_WHOLE_EUROS,
                )
            value = int(value)
        if value is not None and not 0 <= value <= MAX_IMPORT_VALUE_EUR:
            raise InvalidInputError(
                "La valeur annuelle importée est un montant en euros, positif et d'au plus un milliard.",
                field=f"products.{index}.annualImportValueEur",
                code=CommonErrorCode.OUT_OF_RANGE,
            )
        cleaned.append(
            ProductEntry(
                name=name,
                customs_code=checked_customs_code(product.customs_code, field=f"products.{index}.customsCode"),
                annual_import_value_eur=value,
            )
        )
    return cleaned


def checked_team(members: Sequence[TeamMemberEntry]) -> list[TeamMemberEntry]:
    if len(members) > MAX_MEMBERS:
        raise InvalidInputError(
            f"L'équipe compte {MAX_MEMBERS} personnes au plus.", field="members", code=CommonErrorCode.TOO_LONG
        )
    if sum(member.role is TeamRole.COACH for member in members) > 1:
        raise InvalidInputError(
            "Un projet a un seul coach : les autres intervenants sont des experts.",
            field="members",
            code=ProjectErrorCode.ONE_COACH,
        )
    cleaned = []
    for index, member in enumerate(members):
        prefix = f"members.{index}"
        email = member.email.strip().lower()
        if email and (not _EMAIL.match(email) or len(email) > 254):
            raise InvalidInputError(
                "L'adresse e-mail n'est pas valide, par exemple « prenom.nom@cabinet.fr ».",
                field=f"{prefix}.email",
                code=CommonErrorCode.INVALID_EMAIL,
            )
        cleaned.append(
            TeamMemberEntry(
                role=member.role,
                name=_text(member.name, f"{prefix}.name", "Le nom", 120, required=True),
                organisation=_text(
                    member.organisation, f"{prefix}.organisation", "L'organisation", 200, required=False
                ),
                email=email,
                expertise=_text(member.expertise, f"{prefix}.expertise", "L'expertise", 200, required=False),
            )
        )
    return cleaned


def _audited(entries: Sequence[ProductEntry | TeamMemberEntry]) -> list[dict[str, object]]:
    return [
        {key: str(value) if isinstance(value, TeamRole) else value for key, value in asdict(e).items()} for e in entries
    ]


async def set_products(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    expected_version: int,
    products: Sequence[ProductEntry],
    request_id: str,
) -> ProjectView:
    """Replace the project's products; checked whole before anything is written."""
    cleaned = checked_products(products)
    editor, project, grants = await project_for_edit(uow, principal, region, project_id, expected_version)
    session = uow.region(region)
    before = (await products_by_project(session, [project_id]))[project_id]
    await session.execute(delete(ProjectProduct).where(ProjectProduct.project_id == project_id))
    session.add_all(
        ProjectProduct(
            project_id=project_id,
            position=position,
            name=entry.name,
            customs_code=entry.customs_code,
            annual_import_value_eur=entry.annual_import_value_eur,
        )
        for position, entry in enumerate(cleaned)
    )
    project.updated_at = datetime.now(UTC)  # the project's version moves with its lists
    record_change(
        session,
        editor,
        request_id=request_id,
        action="project.products_set",
        entity_type="Project",
        entity_id=project_id,
        before={"products": _audited(before)},
        after={"products": _audited(cleaned)},
    )
    await session.flush()
    return project_view(editor, region, project, grants)


async def set_team(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    expected_version: int,
    members: Sequence[TeamMemberEntry],
    request_id: str,
) -> ProjectView:
    """Replace the project's coach and experts; checked whole before anything is written."""
    cleaned = checked_team(members)
    editor, project, grants = await project_for_edit(uow, principal, region, project_id, expected_version)
    session = uow.region(region)
    before = (await team_by_project(session, [project_id]))[project_id]
    await session.execute(delete(ProjectTeamMember).where(ProjectTeamMember.project_id == project_id))
    session.add_all(
        ProjectTeamMember(
            project_id=project_id,
            position=position,
            role=entry.role,
            name=entry.name,
            organisation=entry.organisation,
            email=entry.email,
            expertise=entry.expertise,
        )
        for position, entry in enumerate(cleaned)
    )
    project.updated_at = datetime.now(UTC)
    record_change(
        session,
        editor,
        request_id=request_id,
        action="project.team_set",
        entity_type="Project",
        entity_id=project_id,
        before={"team": _audited(before)},
        after={"team": _audited(cleaned)},
    )
    await session.flush()
    return project_view(editor, region, project, grants)


async def products_by_project(session: TenantSession, project_ids: Sequence[int]) -> dict[int, list[ProductEntry]]:
    """Batch read for loaders, in the order the adviser gave; callers have checked the projects."""
    rows = await session.scalars(
        select(ProjectProduct)
        .where(ProjectProduct.project_id.in_(project_ids))
        .order_by(ProjectProduct.project_id, ProjectProduct.position)
    )
    found: dict[int, list[ProductEntry]] = {project_id: [] for project_id in project_ids}
    for row in rows:
        found[row.project_id].append(
            ProductEntry(
                name=row.name, customs_code=row.customs_code, annual_import_value_eur=row.annual_import_value_eur
            )
        )
    return found


async def team_by_project(session: TenantSession, project_ids: Sequence[int]) -> dict[int, list[TeamMemberEntry]]:
    """Batch read for loaders: the coach first, then the experts in the order given."""
    rows = await session.scalars(
        select(ProjectTeamMember)
        .where(ProjectTeamMember.project_id.in_(project_ids))
        .order_by(ProjectTeamMember.project_id, ProjectTeamMember.position)
    )
    found: dict[int, list[TeamMemberEntry]] = {project_id: [] for project_id in project_ids}
    for row in rows:
        found[row.project_id].append(
            TeamMemberEntry(
                role=row.role, name=row.name, organisation=row.organisation, email=row.email, expertise=row.expertise
            )
        )
    for members in found.values():
        members.sort(key=lambda member: member.role is not TeamRole.COACH)  # stable: experts keep their order
    return found
