"""GET /evenements/<slug>.ics and /evenements/<slug>/sessions/<session id>.ics — the calendar files of an
event's public page, for anyone (no account). An unknown event, or a session that is not one of its sessions
open to the public, is a bare 404."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from filiere.errors import NotFoundError
from filiere.events.calendar import event_calendar, session_calendar
from filiere.events.public import public_event
from filiere.ids import decode_id
from filiere.tenancy.fanout import TENANT_OUTAGES
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork

ICS_MEDIA_TYPE = "text/calendar; charset=utf-8"
NO_STORE = {"Cache-Control": "no-store"}
# A public programme: a few minutes of caching anywhere is harmless, and spares the databases.
PUBLIC_CACHE = "public, max-age=300"


def _attachment(body: bytes, filename: str) -> Response:
    return Response(
        body,
        media_type=ICS_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": PUBLIC_CACHE},
    )


def event_routes(registry: TenantRegistry) -> list[BaseRoute]:
    async def whole_event(request: Request) -> Response:
        slug: str = request.path_params["slug"]
        try:
            async with UnitOfWork(registry) as uow:
                page = await public_event(uow, slug)
        except TENANT_OUTAGES:
            return Response(status_code=503, headers={**NO_STORE, "Retry-After": "60"})
        if page is None:
            return Response(status_code=404, headers=NO_STORE)
        body = event_calendar(page.event, [item.session for item in page.sessions])
        return _attachment(body, f"{page.event.slug}.ics")

    async def one_session(request: Request) -> Response:
        slug: str = request.path_params["slug"]
        try:
            wanted = decode_id(request.path_params["session_id"], expected_type="EventSession")
        except NotFoundError:
            return Response(status_code=404, headers=NO_STORE)
        try:
            async with UnitOfWork(registry) as uow:
                page = await public_event(uow, slug)
        except TENANT_OUTAGES:
            return Response(status_code=503, headers={**NO_STORE, "Retry-After": "60"})
        found = next(
            (
                item.session
                for item in (page.sessions if page else ())
                if page and wanted.tenant == page.event.region and item.session.id == wanted.int_key
            ),
            None,
        )
        if page is None or found is None or not found.open_to_public:
            return Response(status_code=404, headers=NO_STORE)
        return _attachment(session_calendar(page.event, found), f"{page.event.slug}-session-{found.id}.ics")

    return [
        Route("/evenements/{slug}.ics", whole_event, methods=["GET"]),
        Route("/evenements/{slug}/sessions/{session_id}.ics", one_session, methods=["GET"]),
    ]
