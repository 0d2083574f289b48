"""A project's supply chain: its stages from raw material to distribution, and for each stage the
suppliers considered, each on its way identified → contacted → qualified → retained, or rejected with a
reason. Part of the project's confidential record: its region edits it, full readers read it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import case, delete, func, select

from filiere.audit.service import record_change, stale_version_error
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.programmes.service import get_project, may_edit_project, project_for_edit, project_view
from filiere.programmes.views import ProjectView
from filiere.referentials.geography import commune
from filiere.referentials.identifiers import checked_commune_code, checked_siret, departement_of
from filiere.sourcing.errors import SourcingErrorCode
from filiere.sourcing.models import (
    CandidateStatus,
    SupplierCandidate,
    SupplyChainStage,
)
from filiere.sourcing.suppliers import supplier_snapshot
from filiere.tenancy.session import TenantSession
from filiere.tenancy.unit_of_work import UnitOfWork

Status = CandidateStatus

# The stages a chain starts from; the adviser renames, removes or adds to fit the product.
DEFAULT_STAGES = (
    "Matière première",
    "Transformation",
    "Fabrication / confection",
    "Assemblage",
    "Conditionnement",
    "Logistique",
    "Distribution",
)
MAX_STAGES = 15
STAGE_NAME_MAX_LENGTH = 120
TEXT_MAX_LENGTH = 4000

NEXT_STATUSES: dict[CandidateStatus, tuple[CandidateStatus, ...]] = {
    Status.IDENTIFIED: (Status.CONTACTED, Status.REJECTED),
    Status.CONTACTED: (Status.QUALIFIED, Status.REJECTED),
    Status.QUALIFIED: (Status.RETAINED, Status.REJECTED),
    Status.RETAINED: (),
    Status.REJECTED: (),
}
STATUS_LABELS = {
    Status.IDENTIFIED: "identifié",
    Status.CONTACTED: "contacté",
    Status.QUALIFIED: "qualifié",
    Status.RETAINED: "retenu",
    Status.REJECTED: "écarté",
}
_CANDIDATE_FIELD_LABELS = {"status": "statut", "notes": "notes", "nextActionOn": "prochaine action"}


@dataclass(frozen=True, kw_only=True)
class StageEntry:
    """A stage as the adviser edits the list: `id` None for a new one."""

    id: int | None
    name: str
    needs: str = ""


@dataclass(frozen=True, kw_only=True)
class CandidateView:
    region: str
    id: int
    stage_id: int
    siret: str | None
    name: str
    commune_name: str
    departement: str | None
    region_code: str | None
    country: str
    status: CandidateStatus
    reason: str
    notes: str
    next_action_on: date | None
    changed_by: str
    updated_at: datetime
    version: int

    @classmethod
    def of(cls, region: str, row: SupplierCandidate) -> CandidateView:
        return cls(
            region=region,
            id=row.id,
            stage_id=row.stage_id,
            siret=row.siret,
            name=row.name,
            commune_name=row.commune_name,
            departement=row.departement,
            region_code=row.region_code,
            country=row.country,
            status=row.status,
            reason=row.reason,
            notes=row.notes,
            next_action_on=row.next_action_on,
            changed_by=row.changed_by_name,
            updated_at=row.updated_at,
            version=row.version,
        )


@dataclass(frozen=True, kw_only=True)
class StageView:
    region: str
    id: int
    project_id: int
    position: int
    name: str
    needs: str
    candidates: tuple[CandidateView, ...]


@dataclass(frozen=True, kw_only=True)
class ChainIndicators:
    """How far the chain is rebuilt: stages with a retained supplier, and where the retained ones are."""

    stages: int
    stages_with_retained: int
    retained: int
    retained_in_region: int
    retained_in_france: int

    def share(self, part: int, whole: int) -> float | None:
        return None if whole == 0 else part / whole


def _text(value: str, field: str, label: str, limit: int, *, required: bool) -> str:
    text = value.strip()
    if required and not text:
        raise InvalidInputError(f"{label} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > limit:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {limit} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text


async def set_stages(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    project_id: int,
    expected_version: int,
    stages: Sequence[StageEntry],
    request_id: str,
) -> ProjectView:
    """Replace the ordered list of stages; a stage that still has suppliers cannot be removed."""
    if len(stages) > MAX_STAGES:
        raise InvalidInputError(
            f"Une chaîne compte {MAX_STAGES} étapes au plus.", field="stages", code=CommonErrorCode.TOO_LONG
        )
    cleaned = [
        StageEntry(
            id=stage.id,
            name=" ".join(
                _text(stage.name, f"stages.{i}.name", "Le nom de l'étape", STAGE_NAME_MAX_LENGTH, required=True).split()
            ),
            needs=_text(stage.needs, f"stages.{i}.needs", "Le besoin", TEXT_MAX_LENGTH, required=False),
        )
        for i, stage in enumerate(stages)
    ]
    folded = [stage.name.casefold() for stage in cleaned]
    for index, name in enumerate(folded):
        if name in folded[:index]:
            raise InvalidInputError(
                f"L'étape « {cleaned[index].name} » figure deux fois.",
                field=f"stages.{index}.name",
                code=CommonErrorCode.DUPLICATE_NAME,
            )
    editor, project, grants = await project_for_edit(uow, principal, region, project_id, expected_version)
    session = uow.region(region)
    existing = {
        row.id: row
        for row in await session.scalars(select(SupplyChainStage).where(SupplyChainStage.project_id == project_id))
    }
    kept_ids = {stage.id for stage in cleaned if stage.id is not None}
    unknown = kept_ids - set(existing)
    if unknown:
        raise NotFoundError(field="stages")
    removed = [row for row_id, row in existing.items() if row_id not in kept_ids]
    if removed:
        busy = await session.scalar(
            select(SupplyChainStage.name)
            .join(SupplierCandidate, SupplierCandidate.stage_id == SupplyChainStage.id)
            .where(SupplyChainStage.id.in_([row.id for row in removed]))
            .limit(1)
        )
        if busy is not None:
            raise InvalidInputError(
                f"L'étape « {busy} » a des fournisseurs : déplacez-les ou écartez-les avant de la supprimer.",
                field="stages",
                code=SourcingErrorCode.STAGE_NOT_EMPTY,
            )
        await session.execute(delete(SupplyChainStage).where(SupplyChainStage.id.in_([row.id for row in removed])))
    before = [row.name for row in sorted(existing.values(), key=lambda row: row.position)]
    for position, stage in enumerate(cleaned):
        if stage.id is None:
            session.add(SupplyChainStage(project_id=project_id, position=position, name=stage.name, needs=stage.needs))
        else:
            row = existing[stage.id]
            row.position, row.name, row.needs = position, stage.name, stage.needs
    project.updated_at = datetime.now(UTC)  # the project's version moves with its chain
    record_change(
        session,
        editor,
        request_id=request_id,
        action="project.supply_chain_set",
        entity_type="Project",
        entity_id=project_id,
        before={"stages": before},
        after={"stages": [stage.name for stage in cleaned]},
    )
    await session.flush()
    return project_view(editor, region, project, grants)


async def editable_stage(
    uow: UnitOfWork, principal: Principal | None, region: str, stage_id: int
) -> tuple[Principal, SupplyChainStage]:
    editor = require_principal(principal)
    if not uow.registry.has_region(region):
        raise NotFoundError()
    stage = await uow.region(region).get(SupplyChainStage, stage_id)
    if stage is None:
        raise NotFoundError(field="stageId")
    await get_project(uow, editor, region, stage.project_id)  # not readable: not found
    if not may_edit_project(editor, region):
        raise ForbiddenError("Seuls les conseillers de la région du projet tiennent sa chaîne d'approvisionnement.")
    return editor, stage


async def add_candidate(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    stage_id: int,
    siret: str | None,
    name: str | None,
    commune_code: str | None,
    country: str | None,
    notes: str,
    request_id: str,
) -> CandidateView:
    """A supplier of the directory (by SIRET), or one outside it: by name, with its commune or its country."""
    editor, stage = await editable_stage(uow, principal, region, stage_id)
    session = uow.region(region)
    notes = _text(notes, "notes", "Les notes", TEXT_MAX_LENGTH, required=False)
    home = "France"
    if siret and siret.strip():
        number = checked_siret(siret)
        snapshot = await supplier_snapshot(uow, number)
        if snapshot is None:
            raise InvalidInputError(
                f"Aucun établissement actif de l'annuaire n'a le SIRET {number}.",
                field="siret",
                code=SourcingErrorCode.UNKNOWN_SUPPLIER,
            )
        supplier_name, commune_name, code = snapshot.name, snapshot.commune_name, snapshot.commune_code
        duplicate = await session.scalar(
            select(func.count())
            .select_from(SupplierCandidate)
            .where(SupplierCandidate.stage_id == stage.id, SupplierCandidate.siret == number)
        )
        if duplicate:
            raise InvalidInputError(
                f"{supplier_name} est déjà envisagé à cette étape.",
                field="siret",
                code=SourcingErrorCode.ALREADY_CANDIDATE,
            )
    else:
        number = None
        supplier_name = _text(name or "", "name", "Le nom du fournisseur", 250, required=True)
        home = _text(country or "France", "country", "Le pays", 60, required=True)
        code = None
        commune_name = ""
        if home.casefold() == "france":
            if not commune_code or not commune_code.strip():
                raise InvalidInputError(
                    "Indiquez la commune du fournisseur (code INSEE), ou son pays s'il est à l'étranger.",
                    field="communeCode",
                    code=CommonErrorCode.REQUIRED,
                )
            given = checked_commune_code(commune_code)
            code, commune_name, home = given.code, given.name, "France"
    place = commune(code) if code else None
    row = SupplierCandidate(
        stage_id=stage.id,
        siret=number,
        name=supplier_name,
        commune_name=commune_name,
        departement=departement_of(code) if code else None,
        region_code=place.region_code if place else None,
        country=home,
        status=CandidateStatus.IDENTIFIED,
        notes=notes,
        changed_by_name=editor.display_name,
    )
    session.add(row)
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="supplier_candidate.added",
        entity_type="SupplierCandidate",
        entity_id=row.id,
        before=None,
        after={"projectId": stage.project_id, "stage": stage.name, "name": supplier_name, "siret": number},
    )
    return CandidateView.of(region, row)


async def _editable_candidate(
    uow: UnitOfWork, principal: Principal | None, region: str, candidate_id: int, expected_version: int
) -> tuple[Principal, SupplierCandidate, TenantSession]:
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    row = await session.get(SupplierCandidate, candidate_id)
    if row is None:
        raise NotFoundError(field="candidateId")
    editor, _ = await editable_stage(uow, principal, region, row.stage_id)
    if row.version != expected_version:
        raise await stale_version_error(
            session, entity_type="SupplierCandidate", entity_id=row.id, field_labels=_CANDIDATE_FIELD_LABELS
        )
    return editor, row, session


async def transition_candidate(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    candidate_id: int,
    to: CandidateStatus,
    reason: str | None,
    expected_version: int,
    request_id: str,
) -> CandidateView:
    editor, row, session = await _editable_candidate(uow, principal, region, candidate_id, expected_version)
    if to not in NEXT_STATUSES[row.status]:
        allowed = NEXT_STATUSES[row.status]
        after = (
            "il peut passer à : " + ", ".join(f"« {STATUS_LABELS[s]} »" for s in allowed)
            if allowed
            else "son suivi est terminé"
        )
        raise InvalidInputError(
            f"Un fournisseur « {STATUS_LABELS[row.status]} » ne peut pas passer à « {STATUS_LABELS[to]} » : {after}.",
            field="to",
            code=SourcingErrorCode.ILLEGAL_TRANSITION,
        )
    why = _text(reason or "", "reason", "Le motif", TEXT_MAX_LENGTH, required=to is CandidateStatus.REJECTED)
    before = row.status
    row.status, row.reason, row.changed_by_name = to, why, editor.display_name
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="supplier_candidate.status_changed",
        entity_type="SupplierCandidate",
        entity_id=row.id,
        before={"status": before.value},
        # The name, unchanged, so that the trail can tell whose status changed.
        after={"status": to.value, "name": row.name} | ({"reason": why} if why else {}),
    )
    return CandidateView.of(region, row)


async def update_candidate(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    candidate_id: int,
    expected_version: int,
    notes: str | None,
    next_action_on: date | None,
    clear_next_action: bool,
    request_id: str,
) -> CandidateView:
    editor, row, session = await _editable_candidate(uow, principal, region, candidate_id, expected_version)
    values: dict[str, object] = {}
    if notes is not None:
        values["notes"] = _text(notes, "notes", "Les notes", TEXT_MAX_LENGTH, required=False)
    if next_action_on is not None or clear_next_action:
        values["next_action_on"] = next_action_on
    before = {name: getattr(row, name) for name in values}
    changed = {name: value for name, value in values.items() if before[name] != value}
    if not changed:
        return CandidateView.of(region, row)
    for name, value in changed.items():
        setattr(row, name, value)
    row.changed_by_name = editor.display_name
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="supplier_candidate.updated",
        entity_type="SupplierCandidate",
        entity_id=row.id,
        before={_audit_name(name): _json(before[name]) for name in changed},
        after={_audit_name(name): _json(value) for name, value in changed.items()},
    )
    return CandidateView.of(region, row)


def _audit_name(name: str) -> str:
    return {"next_action_on": "nextActionOn"}.get(name, name)


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


async def stages_by_project(
    session: TenantSession, region: str, project_ids: Sequence[int]
) -> dict[int, list[StageView]]:
    """Batch read for loaders: stages in order with their candidates, in two statements."""
    stages = list(
        await session.scalars(
            select(SupplyChainStage)
            .where(SupplyChainStage.project_id.in_(project_ids))
            .order_by(SupplyChainStage.project_id, SupplyChainStage.position)
        )
    )
    candidates: dict[int, list[CandidateView]] = {stage.id: [] for stage in stages}
    if stages:
        rows = await session.scalars(
            select(SupplierCandidate)
            .where(SupplierCandidate.stage_id.in_(list(candidates)))
            .order_by(SupplierCandidate.stage_id, SupplierCandidate.id)
        )
        for row in rows:
            candidates[row.stage_id].append(CandidateView.of(region, row))
    found: dict[int, list[StageView]] = {project_id: [] for project_id in project_ids}
    for stage in stages:
        found[stage.project_id].append(
            StageView(
                region=region,
                id=stage.id,
                project_id=stage.project_id,
                position=stage.position,
                name=stage.name,
                needs=stage.needs,
                candidates=tuple(candidates[stage.id]),
            )
        )
    return found


def indicators_of(stages: Sequence[StageView], region_code: str) -> ChainIndicators:
    retained = [c for stage in stages for c in stage.candidates if c.status is CandidateStatus.RETAINED]
    return ChainIndicators(
        stages=len(stages),
        stages_with_retained=sum(
            1 for stage in stages if any(c.status is CandidateStatus.RETAINED for c in stage.candidates)
        ),
        retained=len(retained),
        retained_in_region=sum(1 for c in retained if c.region_code == region_code),
        retained_in_france=sum(1 for c in retained if c.country == "France"),
    )


async def region_indicators(uow: UnitOfWork, principal: Principal | None, region: str) -> ChainIndicators:
    """The chains of every project of a region, rolled up: for its advisers and CCI France."""
    reader = require_principal(principal)
    if not uow.registry.has_region(region) or not is_allowed(reader, Action.VIEW_PROJECT_CONFIDENTIAL, region=region):
        raise NotFoundError()
    session = uow.region(region)
    region_code = uow.registry.region(region).settings.insee_code  # type: ignore[union-attr]
    stages = await session.scalar(select(func.count()).select_from(SupplyChainStage)) or 0
    retained = SupplierCandidate.status == CandidateStatus.RETAINED
    row = (
        await session.execute(
            select(
                func.count(func.distinct(SupplierCandidate.stage_id)),
                func.count(),
                func.coalesce(func.sum(case((SupplierCandidate.region_code == region_code, 1), else_=0)), 0),
                func.coalesce(func.sum(case((SupplierCandidate.country == "France", 1), else_=0)), 0),
            ).where(retained)
        )
    ).one()
    return ChainIndicators(
        stages=stages,
        stages_with_retained=row[0],
        retained=row[1],
        retained_in_region=row[2],
        retained_in_france=row[3],
    )
