"""GET /calendar/{region}/{token}.ics — a secret calendar URL, fetched by calendar apps.

No bearer token (calendar apps cannot send one): the token in the URL is the credential. Anything that
does not open a feed — unknown, malformed, revoked, another region's — is a bare 404. The path never
reaches the logs (the access log names the route, not the path) and pages send no Referer.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from filiere import clock
from filiere.planning.calendar.feeds import feed_content
from filiere.planning.calendar.ics import to_ics
from filiere.settings import Settings
from filiere.tenancy.fanout import TENANT_OUTAGES
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork

ICS_MEDIA_TYPE = "text/calendar; charset=utf-8"
# Calendar apps poll: five minutes of private caching spares the database, and nothing is shared.
FEED_CACHE = "private, max-age=300"
NO_STORE = {"Cache-Control": "no-store"}


def calendar_routes(settings: Settings, registry: TenantRegistry) -> list[BaseRoute]:
    async def feed(request: Request) -> Response:
        region: str = request.path_params["region"]
        token: str = request.path_params["token"]
        try:
            async with UnitOfWork(registry) as uow:
                content = await feed_content(uow, region=region, token=token, today=clock.today(settings))
        except TENANT_OUTAGES:
            return Response(status_code=503, headers={**NO_STORE, "Retry-After": "60"})
        if content is None:
            return Response(status_code=404, headers=NO_STORE)
        return Response(
            to_ics(content.header, content.entries, public_url=settings.public_url),
            media_type=ICS_MEDIA_TYPE,
            headers={"Cache-Control": FEED_CACHE},
        )

    return [Route("/calendar/{region}/{token}.ics", feed, methods=["GET"])]
