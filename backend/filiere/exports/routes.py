"""Downloads: a cohort's retroplanning (GET /exports/cohorts/{cohortId}/retroplanning.{xlsx,ics}), a project's
supply chain (GET /exports/projects/{projectId}/supply-chain.xlsx), its access log
(GET /exports/projects/{projectId}/access-log.xlsx), the project list
(GET /exports/projects.xlsx?region=&status=&sector=&need=&adviser=&departement=&text=), a partner's shared
projects (GET /exports/shared-projects.xlsx, the same filters and `scope=`) and the audit trail
(GET /exports/audit.{csv,xlsx}?region=&entity=&entityType=&actor=&action=&since=&until=), and an event's
registrations for badges (GET /evenements/exports/{eventId}/registrations.{csv,xlsx}, its organisers only).

IDs are GraphQL global IDs; the caller authenticates with the same bearer token as for /graphql (the SPA
fetches the file, then saves it). A missing cohort and one the caller may not see give the same 404; no
token gives 401, a bad one 401 with `invalid_token`; a malformed filter 400.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

import structlog
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from filiere import clock
from filiere.audit.access_log import all_reads, check_may_view_access_log
from filiere.audit.export import access_log_workbook, audit_csv, audit_rows, audit_workbook
from filiere.audit.reads import ConfidentialReads
from filiere.audit.service import audit_filters, audit_tenants
from filiere.auth.bearer import authenticate
from filiere.auth.grants import GrantScope
from filiere.auth.principal import Principal, require_principal
from filiere.auth.tokens import AccountNotOpenError, InvalidTokenError, RateLimitedError, TokenVerifier
from filiere.clock import PARIS
from filiere.errors import InvalidInputError, NotAuthenticatedError, NotFoundError, RequestErrorCode
from filiere.events.registration_export import registration_export, registrations_csv, registrations_workbook
from filiere.exports.service import CohortExport, cohort_export, export_filename, slug_of
from filiere.exports.shared_projects import (
    check_reads_through_grants,
    note_reads,
    shared_project_rows,
    shared_projects_workbook,
)
from filiere.exports.workbook import retroplanning_workbook
from filiere.financing.export import plan_export, plan_workbook
from filiere.ids import decode_id
from filiere.planning.calendar.feeds import cohort_header
from filiere.planning.calendar.ics import to_ics
from filiere.planning.calendar.routes import ICS_MEDIA_TYPE
from filiere.programmes.export import project_rows, projects_workbook
from filiere.programmes.models import ProjectNeed, ProjectStatus, Sector
from filiere.programmes.service import ProjectFilters, get_project
from filiere.settings import Settings
from filiere.sourcing.export import chain_export, chain_workbook
from filiere.tenancy.fanout import TENANT_OUTAGES
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork

log = structlog.get_logger(__name__)
E = TypeVar("E", bound=StrEnum)
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
NO_STORE = {"Cache-Control": "private, no-store"}

Render = Callable[[CohortExport], tuple[bytes, str, str]]  # body, media type, file extension


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"code": code, "message": message}, status_code=status, headers={**NO_STORE, **(headers or {})})


def _refused_token(error: InvalidTokenError | AccountNotOpenError | RateLimitedError) -> Response:
    """The same answers as /graphql's."""
    if isinstance(error, AccountNotOpenError):
        return _error(403, error.code, error.message)
    if isinstance(error, RateLimitedError):
        return _error(429, error.code, error.message, {"Retry-After": str(error.retry_after)})
    log.info("invalid_token", reason=str(error))
    return _error(
        401,
        "INVALID_TOKEN",
        "Votre session a expiré ou votre jeton d'accès est invalide. Reconnectez-vous.",
        {"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )


Produce = Callable[[Request, Principal | None, UnitOfWork], Awaitable[tuple[bytes, str, str]]]


def _download(
    registry: TenantRegistry, verifier: TokenVerifier, produce: Produce
) -> Callable[[Request], Awaitable[Response]]:
    """An authenticated download: `produce` answers the body, its media type and the file name."""

    async def download(request: Request) -> Response:
        try:
            principal = await authenticate(request, verifier)
        except (InvalidTokenError, AccountNotOpenError, RateLimitedError) as error:
            return _refused_token(error)
        try:
            async with UnitOfWork(registry) as uow:
                body, media_type, filename = await produce(request, principal, uow)
        except NotAuthenticatedError as error:
            return _error(401, error.code, error.message, {"WWW-Authenticate": "Bearer"})
        except NotFoundError as error:
            return _error(404, error.code, error.message)
        except InvalidInputError as error:
            return _error(400, error.code, error.message)
        except TENANT_OUTAGES:
            return _error(503, "REGION_UNAVAILABLE", "Cette région est momentanément injoignable.")
        return Response(
            body,
            media_type=media_type,
            headers={**NO_STORE, "Content-Disposition": f'attachment; filename="{filename}"'},
        )

    return download


def _instant(request: Request, name: str) -> datetime | None:
    value = request.query_params.get(name)
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(
            f"« {name} » doit être une date et heure ISO 8601, par exemple 2026-11-23T09:00:00+01:00.",
            field=name,
            code=RequestErrorCode.INVALID_DATE,
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=PARIS)


def _choices(request: Request, name: str, enum: type[E]) -> frozenset[E]:
    """Repeated query parameters (`?status=candidate&status=selected`) as enum members; a typo is a 400."""
    try:
        return frozenset(enum(value.lower()) for value in request.query_params.getlist(name))
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise InvalidInputError(
            f"« {name} » accepte : {allowed}.", field=name, code=RequestErrorCode.INVALID_FILTER
        ) from None


def project_filters(request: Request) -> ProjectFilters:
    """The list page's filters, as the SPA puts them in the export's address."""
    query = request.query_params
    adviser_ids = []
    for adviser in query.getlist("adviser"):
        try:
            adviser_ids.append(decode_id(adviser, expected_type="User").int_key)
        except NotFoundError:
            adviser_ids.append(0)  # names nobody: matches nothing
    in_cohort = query.get("inCohort")
    return ProjectFilters.of(
        statuses=_choices(request, "status", ProjectStatus),
        sectors=_choices(request, "sector", Sector),
        needs=_choices(request, "need", ProjectNeed),
        adviser_ids=adviser_ids,
        departements=query.getlist("departement"),
        text=query.get("text"),
        in_cohort=None if in_cohort is None else in_cohort.lower() == "true",
    )


def _financing_plan(settings: Settings) -> Produce:
    """A project's plans as the bank's « plan de financement » (`financing.export`)."""

    async def produce(request: Request, principal: Principal | None, uow: UnitOfWork) -> tuple[bytes, str, str]:
        target = decode_id(request.path_params["project_id"], expected_type="Project")
        export = await plan_export(uow, principal, target.tenant, target.int_key)
        body = await run_in_threadpool(plan_workbook, export)
        # Both plans are in the workbook: a partner's download is in the project's access log.
        reads = ConfidentialReads(principal, request.scope.get("state", {}).get("request_id", ""))
        reads.note(target.tenant, target.int_key, "investmentPlan")
        reads.note(target.tenant, target.int_key, "financingPlan")
        await reads.record(uow)
        name = slug_of(export.project_name)
        return body, XLSX_MEDIA_TYPE, f"plan-de-financement-{name}-{clock.today(settings).isoformat()}.xlsx"

    return produce


def _event_registrations(settings: Settings, extension: str) -> Produce:
    """An event's registrations for badges and the door list (`events.registration_export`)."""

    async def produce(request: Request, principal: Principal | None, uow: UnitOfWork) -> tuple[bytes, str, str]:
        target = decode_id(request.path_params["event_id"], expected_type="Event")
        export = await registration_export(uow, principal, target.tenant, target.int_key)
        filename = f"inscrits-{export.event.slug}-{clock.today(settings).isoformat()}.{extension}"
        if extension == "csv":
            return registrations_csv(export), CSV_MEDIA_TYPE, filename
        return await run_in_threadpool(registrations_workbook, export), XLSX_MEDIA_TYPE, filename

    return produce


def export_routes(settings: Settings, registry: TenantRegistry, verifier: TokenVerifier) -> list[BaseRoute]:
    def cohort(render: Render) -> Produce:
        async def produce(request: Request, principal: Principal | None, uow: UnitOfWork) -> tuple[bytes, str, str]:
            target = decode_id(request.path_params["cohort_id"], expected_type="Cohort")
            export = await cohort_export(
                uow, principal, region=target.tenant, cohort_id=target.int_key, today=clock.today(settings)
            )
            body, media_type, extension = await run_in_threadpool(render, export)
            return body, media_type, export_filename(export.cohort, extension)

        return produce

    def xlsx(export: CohortExport) -> tuple[bytes, str, str]:
        return retroplanning_workbook(export, public_url=settings.public_url), XLSX_MEDIA_TYPE, "xlsx"

    def ics(export: CohortExport) -> tuple[bytes, str, str]:
        header = cohort_header(export.cohort, export.region_label)
        return to_ics(header, export.entries, public_url=settings.public_url), ICS_MEDIA_TYPE, "ics"

    def audit(extension: str) -> Produce:
        async def produce(request: Request, principal: Principal | None, uow: UnitOfWork) -> tuple[bytes, str, str]:
            query = request.query_params
            filters = await audit_filters(
                uow,
                entity=query.get("entity"),
                entity_type=query.get("entityType"),
                actor=query.get("actor"),
                action=query.get("action"),
                since=_instant(request, "since"),
                until=_instant(request, "until"),
            )
            region = query.get("region") or None
            if not audit_tenants(uow, require_principal(principal), region):
                raise NotFoundError("Vous n'avez pas accès à ce journal d'audit.")
            events, total = await audit_rows(uow, principal, region=region, filters=filters)
            filename = f"audit-{region or 'toutes-regions'}-{clock.today(settings).isoformat()}.{extension}"
            if extension == "csv":
                return audit_csv(events, total), CSV_MEDIA_TYPE, filename
            return await run_in_threadpool(audit_workbook, events, total), XLSX_MEDIA_TYPE, filename

        return produce

    async def projects(request: Request, principal: Principal | None, uow: UnitOfWork) -> tuple[bytes, str, str]:
        filters = project_filters(request)
        region = request.query_params.get("region") or None
        reader = require_principal(principal)
        rows, total = await project_rows(uow, reader, region=region, filters=filters)
        body = await run_in_threadpool(projects_workbook, rows, total)
        reads = ConfidentialReads(reader, request.scope.get("state", {}).get("request_id", ""))
        for row in rows:
            if row.project.confidential is not None:  # the contact columns are filled
                reads.note(row.project.card.region, row.project.card.id, "contact")
        await reads.record(uow)
        return body, XLSX_MEDIA_TYPE, f"projets-{region or 'toutes-regions'}-{clock.today(settings).isoformat()}.xlsx"

    async def shared_projects(request: Request, principal: Principal | None, uow: UnitOfWork) -> tuple[bytes, str, str]:
        reader = require_principal(principal)
        check_reads_through_grants(reader)
        region = request.query_params.get("region") or None
        rows, total = await shared_project_rows(
            uow,
            reader,
            region=region,
            filters=project_filters(request),
            scopes=_choices(request, "scope", GrantScope),
        )
        body = await run_in_threadpool(shared_projects_workbook, rows, total)
        reads = ConfidentialReads(reader, request.scope.get("state", {}).get("request_id", ""))
        note_reads(reads, rows)
        await reads.record(uow)
        today = clock.today(settings).isoformat()
        return body, XLSX_MEDIA_TYPE, f"projets-partages-{region or 'toutes-regions'}-{today}.xlsx"

    async def supply_chain(request: Request, principal: Principal | None, uow: UnitOfWork) -> tuple[bytes, str, str]:
        target = decode_id(request.path_params["project_id"], expected_type="Project")
        export = await chain_export(uow, principal, target.tenant, target.int_key)
        body = await run_in_threadpool(chain_workbook, export)
        name = slug_of(export.project_name)
        return body, XLSX_MEDIA_TYPE, f"chaine-{name}-{clock.today(settings).isoformat()}.xlsx"

    async def access_log(request: Request, principal: Principal | None, uow: UnitOfWork) -> tuple[bytes, str, str]:
        target = decode_id(request.path_params["project_id"], expected_type="Project")
        check_may_view_access_log(principal, target.tenant)
        project = await get_project(uow, principal, target.tenant, target.int_key)
        reads, total = await all_reads(uow, principal, target.tenant, target.int_key)
        body = await run_in_threadpool(access_log_workbook, project.card.name, reads, total)
        name = slug_of(project.card.name)
        return body, XLSX_MEDIA_TYPE, f"journal-des-acces-{name}-{clock.today(settings).isoformat()}.xlsx"

    return [
        Route(
            "/evenements/exports/{event_id}/registrations.csv",
            _download(registry, verifier, _event_registrations(settings, "csv")),
            methods=["GET"],
        ),
        Route(
            "/evenements/exports/{event_id}/registrations.xlsx",
            _download(registry, verifier, _event_registrations(settings, "xlsx")),
            methods=["GET"],
        ),
        Route("/exports/projects.xlsx", _download(registry, verifier, projects), methods=["GET"]),
        Route("/exports/shared-projects.xlsx", _download(registry, verifier, shared_projects), methods=["GET"]),
        Route(
            "/exports/projects/{project_id}/access-log.xlsx",
            _download(registry, verifier, access_log),
            methods=["GET"],
        ),
        Route(
            "/exports/projects/{project_id}/supply-chain.xlsx",
            _download(registry, verifier, supply_chain),
            methods=["GET"],
        ),
        Route(
            "/exports/projects/{project_id}/financing.xlsx",
            _download(registry, verifier, _financing_plan(settings)),
            methods=["GET"],
        ),
        Route(
            "/exports/cohorts/{cohort_id}/retroplanning.xlsx",
            _download(registry, verifier, cohort(xlsx)),
            methods=["GET"],
        ),
        Route(
            "/exports/cohorts/{cohort_id}/retroplanning.ics",
            _download(registry, verifier, cohort(ics)),
            methods=["GET"],
        ),
        Route("/exports/audit.csv", _download(registry, verifier, audit("csv")), methods=["GET"]),
        Route("/exports/audit.xlsx", _download(registry, verifier, audit("xlsx")), methods=["GET"]),
    ]
