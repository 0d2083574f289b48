"""Downloads of a cohort's retroplanning: GET /exports/cohorts/{cohortId}/retroplanning.{xlsx,ics}.

`cohortId` is the cohort's GraphQL global ID; the caller authenticates with the same bearer token as for
/graphql (the SPA fetches the file, then saves it). A missing cohort and one the caller may not see give
the same 404; no token gives 401, a bad one 401 with `invalid_token`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import structlog
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from filiere import clock
from filiere.auth.bearer import authenticate
from filiere.auth.tokens import InvalidTokenError, TokenVerifier
from filiere.calendar.ics import to_ics
from filiere.calendar.routes import ICS_MEDIA_TYPE
from filiere.calendar.service import cohort_header
from filiere.errors import NotAuthenticatedError, NotFoundError
from filiere.exports.service import CohortExport, cohort_export, export_filename
from filiere.exports.workbook import retroplanning_workbook
from filiere.ids import decode_id
from filiere.settings import Settings
from filiere.tenancy.fanout import TENANT_OUTAGES
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork

log = structlog.get_logger(__name__)
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NO_STORE = {"Cache-Control": "private, no-store"}

Render = Callable[[CohortExport], tuple[bytes, str, str]]  # body, media type, file extension


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"code": code, "message": message}, status_code=status, headers={**NO_STORE, **(headers or {})})


def export_routes(settings: Settings, registry: TenantRegistry, verifier: TokenVerifier) -> list[BaseRoute]:
    def endpoint(render: Render) -> Callable[[Request], Awaitable[Response]]:
        async def download(request: Request) -> Response:
            try:
                principal = await authenticate(request, verifier)
            except InvalidTokenError as error:
                log.info("invalid_token", reason=str(error))
                return _error(
                    401,
                    "INVALID_TOKEN",
                    "Votre session a expiré ou votre jeton d'accès est invalide. Reconnectez-vous.",
                    {"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )
            try:
                target = decode_id(request.path_params["cohort_id"], expected_type="Cohort")
                async with UnitOfWork(registry) as uow:
                    export = await cohort_export(
                        uow, principal, region=target.tenant, cohort_id=target.int_key, today=clock.today(settings)
                    )
            except NotAuthenticatedError as error:
                return _error(401, error.code, error.message, {"WWW-Authenticate": "Bearer"})
            except NotFoundError as error:
                return _error(404, error.code, error.message)
            except TENANT_OUTAGES:
                return _error(503, "REGION_UNAVAILABLE", "Cette région est momentanément injoignable.")
            body, media_type, extension = await run_in_threadpool(render, export)
            filename = export_filename(export.cohort, extension)
            return Response(
                body,
                media_type=media_type,
                headers={**NO_STORE, "Content-Disposition": f'attachment; filename="{filename}"'},
            )

        return download

    def xlsx(export: CohortExport) -> tuple[bytes, str, str]:
        return retroplanning_workbook(export, public_url=settings.public_url), XLSX_MEDIA_TYPE, "xlsx"

    def ics(export: CohortExport) -> tuple[bytes, str, str]:
        header = cohort_header(export.cohort, export.region_label)
        return to_ics(header, export.entries, public_url=settings.public_url), ICS_MEDIA_TYPE, "ics"

    return [
        Route("/exports/cohorts/{cohort_id}/retroplanning.xlsx", endpoint(xlsx), methods=["GET"]),
        Route("/exports/cohorts/{cohort_id}/retroplanning.ics", endpoint(ics), methods=["GET"]),
    ]
