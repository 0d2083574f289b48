"""Cross-region sourcing requests: a region asks the others for suppliers at one stage of a project's chain;
the targeted regions' advisers answer with establishments of their own directory and a note; the requester
accepts one into the chain. A request and its answers live in the requesting region's database; listing
the requests addressed to a region fans out over the others. Requests expire after their deadline.

What travels: the project's name and region (its summary card), the stage, the need written for the
request, activity hints and the deadline — never the project's confidential record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, Text, cast, func, or_, select

from filiere.accounts.service import active_people, user_id_of
from filiere.audit.service import record_change
from filiere.auth.policy import Action, Reach, is_allowed, may_attempt, roles_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import CommonErrorCode, ForbiddenError, InvalidInputError, NotFoundError
from filiere.notifications.inbox import Notice, notify
from filiere.notifications.models import InboxKind
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, after_position, merge_slices
from filiere.programmes.references import project_name_of
from filiere.programmes.service import get_project
from filiere.referentials.errors import ReferentialErrorCode
from filiere.referentials.identifiers import checked_siret
from filiere.referentials.naf import naf_activity, naf_sections, normalised_naf_code
from filiere.sourcing import chains
from filiere.sourcing.chains import CandidateView
from filiere.sourcing.errors import SourcingErrorCode
from filiere.sourcing.models import (
    SourcingAnswer,
    SourcingAnswerSupplier,
    SourcingRequest,
    Supplier,
    SupplierState,
    SupplyChainStage,
)
from filiere.tenancy.fanout import fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import counted, long_date, newest_first_time_key

NEED_MAX_LENGTH = 2000
NOTE_MAX_LENGTH = 2000
MAX_NAF_HINTS = 10
MAX_SUPPLIERS_PER_ANSWER = 10
MAX_DAYS_OPEN = 180


@dataclass(frozen=True, kw_only=True)
class RequestView:
    region: str
    id: int
    project_id: int
    project_name: str
    stage_id: int
    stage_name: str
    need: str
    naf_hints: tuple[str, ...]
    deadline: date
    target_regions: tuple[str, ...]  # empty: every other region
    requester_name: str
    created_at: datetime
    sort_key: str
    answer_count: int

    def is_open(self, today: date) -> bool:
        return today <= self.deadline

    def targets(self, region: str | None) -> bool:
        return (
            region is not None and region != self.region and (not self.target_regions or region in self.target_regions)
        )


@dataclass(frozen=True, kw_only=True)
class ProposedSupplier:
    id: int
    siret: str
    name: str
    commune_name: str
    commune_code: str | None
    naf_code: str | None
    candidate_id: int | None


@dataclass(frozen=True, kw_only=True)
class AnswerView:
    region: str  # of the request
    id: int
    sourcing_request_id: int
    answerer_name: str
    answerer_region: str
    note: str
    created_at: datetime
    suppliers: tuple[ProposedSupplier, ...]


def _text(value: str, field: str, label: str, limit: int, *, required: bool) -> str:
    text = value.strip()
    if required and not text:
        raise InvalidInputError(f"{label} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > limit:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {limit} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text


def _naf_hints(values: Sequence[str]) -> list[str]:
    sections = {section.code for section in naf_sections()}
    hints: list[str] = []
    for index, value in enumerate(values):
        typed = value.strip().upper()
        if not typed:
            continue
        code = typed if typed in sections else normalised_naf_code(typed)
        if code is None or (code not in sections and naf_activity(code) is None):
            raise InvalidInputError(
                f"« {value.strip()[:20]} » n'est ni un code NAF (« 13.20Z ») ni une section (« C »).",
                field=f"nafHints.{index}",
                code=ReferentialErrorCode.UNKNOWN_NAF_CODE,
            )
        if code not in hints:
            hints.append(code)
    if len(hints) > MAX_NAF_HINTS:
        raise InvalidInputError(
            f"Indiquez {MAX_NAF_HINTS} activités au plus.", field="nafHints", code=CommonErrorCode.TOO_LONG
        )
    return hints


def _deadline(value: date, today: date) -> date:
    if value < today or value > today + timedelta(days=MAX_DAYS_OPEN):
        raise InvalidInputError(
            f"La date limite doit tomber entre aujourd'hui et dans {MAX_DAYS_OPEN} jours.",
            field="deadline",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    return value


def _targets(uow: UnitOfWork, own: str, values: Sequence[str]) -> list[str]:
    others = [slug for slug in uow.registry.region_slugs if slug != own]
    targets: list[str] = []
    for index, slug in enumerate(values):
        if slug not in others:
            raise InvalidInputError(
                "Choisissez parmi les autres régions du programme.",
                field=f"targetRegions.{index}",
                code=CommonErrorCode.UNKNOWN_REGION,
            )
        if slug not in targets:
            targets.append(slug)
    return [] if set(targets) == set(others) else targets


def _region_label(uow: UnitOfWork, slug: str) -> str:
    return uow.registry.region(slug).label if uow.registry.has_region(slug) else slug


async def post_request(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    stage_id: int,
    need: str,
    naf_hints: Sequence[str],
    deadline: date,
    target_regions: Sequence[str],
    request_id: str,
    today: date,
) -> RequestView:
    """Ask the other regions (all, or some) for suppliers at a stage of one of the region's projects."""
    editor = require_principal(principal)
    if not is_allowed(editor, Action.POST_SOURCING_REQUEST, region=region):
        raise ForbiddenError("Seuls les conseillers de la région du projet demandent des fournisseurs aux autres.")
    cleaned_need = _text(need, "need", "Le besoin", NEED_MAX_LENGTH, required=True)
    hints = _naf_hints(naf_hints)
    until = _deadline(deadline, today)
    targets = _targets(uow, region, target_regions)
    _, stage = await chains.editable_stage(uow, editor, region, stage_id)
    session = uow.region(region)
    project = await get_project(uow, editor, region, stage.project_id)
    now = datetime.now(UTC)
    row = SourcingRequest(
        project_id=stage.project_id,
        stage_id=stage.id,
        stage_name=stage.name,
        need=cleaned_need,
        naf_hints=hints,
        deadline=until,
        target_regions=targets,
        requester_user_id=await user_id_of(uow, editor) or 0,
        requester_name=editor.display_name,
        sort_key=newest_first_time_key(now),
    )
    session.add(row)
    await session.flush()
    record_change(
        session,
        editor,
        request_id=request_id,
        action="sourcing_request.posted",
        entity_type="SourcingRequest",
        entity_id=row.id,
        before=None,
        after={"projectId": project.card.id, "stage": stage.name, "deadline": until.isoformat(), "targets": targets},
    )
    # Who will answer it: the people of the regions it is sent to whom the policy lets answer.
    recipients = await active_people(
        uow.national(),
        regions=targets or [slug for slug in uow.registry.region_slugs if slug != region],
        roles=roles_allowed(Action.ANSWER_SOURCING_REQUEST, Reach.ADDRESSED),
    )
    notify(
        uow.national(),
        [person.id for person in recipients],
        Notice(
            kind=InboxKind.SOURCING_REQUEST,
            actor_name=editor.display_name,
            region=region,
            project_id=project.card.id,
            project_name=project.card.name,
            sourcing_request_id=row.id,
            text=f"{stage.name} : {cleaned_need} (jusqu'au {long_date(until)})",
        ),
    )
    return RequestView(
        region=region,
        id=row.id,
        project_id=project.card.id,
        project_name=project.card.name,
        stage_id=stage.id,
        stage_name=stage.name,
        need=row.need,
        naf_hints=tuple(hints),
        deadline=until,
        target_regions=tuple(targets),
        requester_name=row.requester_name,
        created_at=row.created_at,
        sort_key=row.sort_key,
        answer_count=0,
    )


def _requests_statement() -> Select[tuple[SourcingRequest, str, int]]:
    answers = (
        select(func.count())
        .where(SourcingAnswer.sourcing_request_id == SourcingRequest.id)
        .correlate(SourcingRequest)
        .scalar_subquery()
    )
    return select(SourcingRequest, project_name_of(SourcingRequest.project_id), answers)


def _view(region: str, found: Any) -> RequestView:
    row, project_name, answer_count = found
    return RequestView(
        region=region,
        id=row.id,
        project_id=row.project_id,
        project_name=project_name,
        stage_id=row.stage_id,
        stage_name=row.stage_name,
        need=row.need,
        naf_hints=tuple(row.naf_hints),
        deadline=row.deadline,
        target_regions=tuple(row.target_regions),
        requester_name=row.requester_name,
        created_at=row.created_at,
        sort_key=row.sort_key,
        answer_count=answer_count or 0,
    )


async def list_requests(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    addressed_to_me: bool,
    include_expired: bool,
    page: PageRequest,
    today: date,
    awaiting_my_answer: bool = False,
) -> Page[RequestView]:
    """The requests addressed to the caller's region (fan-out over the others), or those its advisers
    posted; CCI France sees every region's. Newest first. `awaiting_my_answer`: only the open ones the
    caller's region has not answered yet (for CCI France, which answers none: those nobody answered)."""
    reader = require_principal(principal)
    if not may_attempt(reader, Action.VIEW_SOURCING_REQUEST):
        raise ForbiddenError("Les demandes de sourcing sont réservées aux équipes des CCI.")
    if addressed_to_me:
        # Other regions' requests: all of a region the caller reads whole (CCI France), else those sent to
        # the caller's region.
        tenants = [
            tenant
            for tenant in uow.registry.regions
            if tenant.slug != reader.region
            and is_allowed(reader, Action.VIEW_SOURCING_REQUEST, region=tenant.slug, addressed=True)
        ]
    else:
        tenants = [
            tenant
            for tenant in uow.registry.regions
            if tenant.slug == reader.region and is_allowed(reader, Action.VIEW_SOURCING_REQUEST, region=tenant.slug)
        ]

    async def read(tenant: Tenant) -> TenantSlice[RequestView]:
        statement = _requests_statement()
        if tenant.slug != reader.region and not is_allowed(reader, Action.VIEW_SOURCING_REQUEST, region=tenant.slug):
            stored = cast(SourcingRequest.target_regions, Text)
            statement = statement.where(or_(stored.like("[]"), stored.like(f'%"{reader.region}"%')))
        if not include_expired or awaiting_my_answer:
            statement = statement.where(SourcingRequest.deadline >= today)
        if awaiting_my_answer:
            answered = select(SourcingAnswer.id).where(SourcingAnswer.sourcing_request_id == SourcingRequest.id)
            if reader.region is not None:
                answered = answered.where(SourcingAnswer.answerer_region == reader.region)
            statement = statement.where(~answered.exists())
        session = uow.session(tenant)
        total = await session.scalar(select(func.count()).select_from(statement.subquery()))
        rows = await session.execute(
            statement.where(after_position(page, tenant.slug, SourcingRequest.sort_key, SourcingRequest.id))
            .order_by(SourcingRequest.sort_key, SourcingRequest.id)
            .limit(page.first + 1)
        )
        return TenantSlice(rows=[_view(tenant.slug, row) for row in rows], total_count=total or 0)

    result = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return merge_slices(
        list(result.results.values()),
        page,
        lambda view: SortPosition(view.sort_key, view.region, view.id),
        result.failures,
    )


def may_read_request(principal: Principal | None, request: RequestView) -> bool:
    return principal is not None and is_allowed(
        principal, Action.VIEW_SOURCING_REQUEST, region=request.region, addressed=request.targets(principal.region)
    )


def may_answer(principal: Principal | None, request: RequestView, today: date) -> bool:
    """The regions a request is sent to answer it while it is open."""
    return (
        principal is not None
        and request.is_open(today)
        and is_allowed(
            principal,
            Action.ANSWER_SOURCING_REQUEST,
            region=request.region,
            addressed=request.targets(principal.region),
        )
    )


async def get_request(
    uow: UnitOfWork, principal: Principal | None, region: str, sourcing_request_id: int
) -> RequestView:
    require_principal(principal)
    if not uow.registry.has_region(region):
        raise NotFoundError()
    found = (
        await uow.region(region).execute(_requests_statement().where(SourcingRequest.id == sourcing_request_id))
    ).first()
    if found is None:
        raise NotFoundError()
    view = _view(region, found)
    if not may_read_request(principal, view):
        raise NotFoundError()
    return view


def _answers_visible_to(principal: Principal, request: RequestView) -> str | None:
    """None: every answer (the requesting region, CCI France); else only the caller's region's own."""
    if is_allowed(principal, Action.VIEW_SOURCING_ANSWERS, region=request.region):
        return None
    return principal.region or "-"


async def answers_of(
    uow: UnitOfWork, principal: Principal | None, request: RequestView, page: PageRequest
) -> Page[AnswerView]:
    """The answers to a request, oldest first. Another region's adviser sees their region's answers only."""
    reader = require_principal(principal)
    if not may_read_request(reader, request):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    session = uow.region(request.region)
    statement = select(SourcingAnswer).where(SourcingAnswer.sourcing_request_id == request.id)
    only = _answers_visible_to(reader, request)
    if only is not None:
        statement = statement.where(SourcingAnswer.answerer_region == only)
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    rows = list(
        await session.scalars(
            statement.where(SourcingAnswer.id > (page.after.id if page.after else 0))
            .order_by(SourcingAnswer.id)
            .limit(page.first + 1)
        )
    )
    suppliers: dict[int, list[ProposedSupplier]] = {row.id: [] for row in rows}
    if rows:
        for proposed in await session.scalars(
            select(SourcingAnswerSupplier)
            .where(SourcingAnswerSupplier.answer_id.in_(suppliers))
            .order_by(SourcingAnswerSupplier.answer_id, SourcingAnswerSupplier.position)
        ):
            suppliers[proposed.answer_id].append(
                ProposedSupplier(
                    id=proposed.id,
                    siret=proposed.siret,
                    name=proposed.name,
                    commune_name=proposed.commune_name,
                    commune_code=proposed.commune_code,
                    naf_code=proposed.naf_code,
                    candidate_id=proposed.candidate_id,
                )
            )
    views = [
        AnswerView(
            region=request.region,
            id=row.id,
            sourcing_request_id=row.sourcing_request_id,
            answerer_name=row.answerer_name,
            answerer_region=row.answerer_region,
            note=row.note,
            created_at=row.created_at,
            suppliers=tuple(suppliers[row.id]),
        )
        for row in rows
    ]
    part = TenantSlice(rows=views, total_count=total or 0)
    return merge_slices([part], page, lambda view: SortPosition(f"{view.id:012d}", request.region, view.id))


async def answer_request(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    sourcing_request_id: int,
    sirets: Sequence[str],
    note: str,
    request_id: str,
    today: date,
) -> AnswerView:
    """Propose establishments of the caller's own region's directory, with a note."""
    answerer = require_principal(principal)
    request = await get_request(uow, answerer, region, sourcing_request_id)
    own = answerer.region
    if not is_allowed(answerer, Action.ANSWER_SOURCING_REQUEST, region=region, addressed=request.targets(own)):
        raise ForbiddenError("Seuls les conseillers des régions sollicitées répondent à cette demande.")
    assert own is not None  # a request is addressed to a region
    if not request.is_open(today):
        raise InvalidInputError(
            f"Cette demande a expiré le {long_date(request.deadline)} : elle ne prend plus de réponse.",
            field="requestId",
            code=SourcingErrorCode.REQUEST_EXPIRED,
        )
    cleaned_note = _text(note, "note", "La note", NOTE_MAX_LENGTH, required=False)
    numbers = [checked_siret(value, field=f"sirets.{index}") for index, value in enumerate(sirets)]
    if not numbers:
        raise InvalidInputError(
            "Proposez au moins un établissement de votre annuaire.", field="sirets", code=CommonErrorCode.REQUIRED
        )
    if len(numbers) > MAX_SUPPLIERS_PER_ANSWER:
        raise InvalidInputError(
            f"Proposez {MAX_SUPPLIERS_PER_ANSWER} établissements au plus par réponse.",
            field="sirets",
            code=CommonErrorCode.TOO_LONG,
        )
    numbers = list(dict.fromkeys(numbers))
    home = uow.region(own)
    found = {
        row.siret: row
        for row in await home.scalars(
            select(Supplier).where(Supplier.siret.in_(numbers), Supplier.state == SupplierState.ACTIVE)
        )
    }
    for index, number in enumerate(numbers):
        if number not in found:
            raise InvalidInputError(
                f"Le SIRET {number} n'est pas un établissement actif de l'annuaire de votre région.",
                field=f"sirets.{index}",
                code=SourcingErrorCode.UNKNOWN_SUPPLIER,
            )
    session = uow.region(region)
    answer = SourcingAnswer(
        sourcing_request_id=request.id,
        answerer_user_id=await user_id_of(uow, answerer) or 0,
        answerer_name=answerer.display_name,
        answerer_region=own,
        note=cleaned_note,
    )
    session.add(answer)
    await session.flush()
    proposed = []
    for position, number in enumerate(numbers):
        row = found[number]
        names = [name for name in (row.legal_name, *row.trade_names.split(" ; ")) if name]
        proposed.append(
            SourcingAnswerSupplier(
                answer_id=answer.id,
                position=position,
                siret=number,
                name=names[0] if names else number,
                commune_code=row.commune_code,
                commune_name=row.commune_name,
                naf_code=row.naf_code,
            )
        )
    session.add_all(proposed)
    await session.flush()
    record_change(
        session,
        answerer,
        request_id=request_id,
        action="sourcing_request.answered",
        entity_type="SourcingRequest",
        entity_id=request.id,
        before=None,
        after={"answerId": answer.id, "region": own, "sirets": numbers},
    )
    requester = await uow.region(region).scalar(
        select(SourcingRequest.requester_user_id).where(SourcingRequest.id == request.id)
    )
    if requester:
        notify(
            uow.national(),
            [requester],
            Notice(
                kind=InboxKind.SOURCING_ANSWER,
                actor_name=f"{answerer.display_name} ({_region_label(uow, own)})",
                region=region,
                project_id=request.project_id,
                project_name=request.project_name,
                sourcing_request_id=request.id,
                text=f"{counted(len(numbers), 'établissement proposé')} pour « {request.stage_name} »"
                + (f" : {cleaned_note}" if cleaned_note else ""),
            ),
        )
    return AnswerView(
        region=region,
        id=answer.id,
        sourcing_request_id=request.id,
        answerer_name=answer.answerer_name,
        answerer_region=own,
        note=cleaned_note,
        created_at=answer.created_at,
        suppliers=tuple(
            ProposedSupplier(
                id=row.id,
                siret=row.siret,
                name=row.name,
                commune_name=row.commune_name,
                commune_code=row.commune_code,
                naf_code=row.naf_code,
                candidate_id=None,
            )
            for row in proposed
        ),
    )


async def accept_proposed_supplier(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str,
    proposed_id: int,
    request_id: str,
) -> CandidateView:
    """Put an establishment proposed in an answer into the request's stage, as an identified candidate."""
    editor = require_principal(principal)
    if not uow.registry.has_region(region):
        raise NotFoundError()
    session = uow.region(region)
    found = (
        await session.execute(
            select(SourcingAnswerSupplier, SourcingAnswer, SourcingRequest)
            .join(SourcingAnswer, SourcingAnswer.id == SourcingAnswerSupplier.answer_id)
            .join(SourcingRequest, SourcingRequest.id == SourcingAnswer.sourcing_request_id)
            .where(SourcingAnswerSupplier.id == proposed_id)
        )
    ).first()
    if found is None:
        raise NotFoundError(field="proposedSupplierId")
    proposed, answer, request = found
    await get_request(uow, editor, region, request.id)  # not readable: not found
    stage = await session.get(SupplyChainStage, request.stage_id)
    if stage is None:
        raise NotFoundError(field="proposedSupplierId")
    if proposed.candidate_id is not None:
        raise InvalidInputError(
            f"{proposed.name} est déjà dans la chaîne.",
            field="proposedSupplierId",
            code=SourcingErrorCode.ALREADY_IN_CHAIN,
        )
    origin = f"Proposé par {answer.answerer_name} ({_region_label(uow, answer.answerer_region)})"
    candidate = await chains.add_candidate(
        uow,
        editor,
        region=region,
        stage_id=stage.id,
        siret=proposed.siret,
        name=None,
        commune_code=None,
        country=None,
        notes=f"{origin} : {answer.note}"[: chains.TEXT_MAX_LENGTH] if answer.note else origin,
        request_id=request_id,
    )
    proposed.candidate_id = candidate.id
    await session.flush()
    return candidate
