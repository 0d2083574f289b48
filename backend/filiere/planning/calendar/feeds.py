"""Calendar feeds: secret ICS URLs of a cohort's retroplanning or of one person's milestones.

Calendar apps cannot send a bearer token, so the URL's token is the credential. It is shown once, at
creation, and stored as its SHA-256 digest only (a database dump opens no calendar). A feed serves only
while it is not revoked *and* its creator may still make it: a deactivated account, or an adviser who
left the region, closes every calendar they opened. Feeds are private to their creator; the region's
admin may also revoke them.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from filiere.accounts.service import UserView, user_id_of, users_by_subject
from filiere.audit.service import record_change
from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal, require_principal
from filiere.errors import ConflictError, ForbiddenError, InvalidInputError, NotFoundError
from filiere.pagination import Page, PageRequest, SortPosition, TenantSlice, merge_slices
from filiere.planning.calendar.ics import CalendarHeader
from filiere.planning.calendar.links import feed_url
from filiere.planning.calendar.models import CalendarFeed, FeedKind
from filiere.planning.calendar.plan import PlanEntry, assignee_plan, cohort_plan
from filiere.planning.cohorts import CohortView, cohorts_by_id
from filiere.planning.errors import CalendarErrorCode
from filiere.tenancy.unit_of_work import UnitOfWork

TOKEN_BYTES = 32  # 256 bits, 43 URL-safe characters
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")
_NEWEST_FIRST = 10**12


def digest_of(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass(frozen=True, kw_only=True)
class FeedView:
    region: str
    id: int
    kind: FeedKind
    cohort_id: int | None
    user_id: int | None
    created_at: datetime
    revoked_at: datetime | None

    @classmethod
    def of(cls, region: str, row: CalendarFeed) -> FeedView:
        return cls(
            region=region,
            id=row.id,
            kind=row.kind,
            cohort_id=row.cohort_id,
            user_id=row.user_id,
            created_at=row.created_at,
            revoked_at=row.revoked_at,
        )


@dataclass(frozen=True, kw_only=True)
class NewFeed:
    feed: FeedView
    url: str  # the secret URL: returned once, never stored


def may_manage_feeds(principal: Principal | None, region: str) -> bool:
    return is_allowed(principal, Action.MANAGE_CALENDAR_FEED, region=region)


# --- creating and revoking -----------------------------------------------------------------------


async def create_feed(
    uow: UnitOfWork,
    principal: Principal | None,
    *,
    region: str | None,
    cohort_id: int | None,
    public_url: str,
    request_id: str,
) -> NewFeed:
    """A cohort's feed (`cohort_id` in `region`), or without a cohort the caller's « mes jalons » feed."""
    creator = require_principal(principal)
    if cohort_id is None:
        region, kind, user_id = await _own_milestones(uow, creator)
    else:
        if region is None or not uow.registry.has_region(region):
            raise NotFoundError()
        if not is_allowed(creator, Action.VIEW_COHORT, region=region):
            raise NotFoundError()
        if not may_manage_feeds(creator, region):
            raise ForbiddenError("Seuls les conseillers de la région de la cohorte créent son calendrier.")
        if not await cohorts_by_id(uow.region(region), [cohort_id]):
            raise NotFoundError()
        kind, user_id = FeedKind.COHORT, None
    session = uow.region(region)
    existing = await session.scalar(
        select(CalendarFeed.id).where(
            CalendarFeed.created_by_subject == creator.subject,
            CalendarFeed.kind == kind,
            CalendarFeed.cohort_id.is_(None) if cohort_id is None else CalendarFeed.cohort_id == cohort_id,
            CalendarFeed.revoked_at.is_(None),
        )
    )
    if existing is not None:
        raise InvalidInputError(
            "Vous êtes déjà abonné à ce calendrier : révoquez l'ancien lien pour en obtenir un nouveau.",
            field="cohortId" if cohort_id is not None else None,
            code=CalendarErrorCode.FEED_EXISTS,
        )
    token = secrets.token_urlsafe(TOKEN_BYTES)
    row = CalendarFeed(
        kind=kind,
        cohort_id=cohort_id,
        user_id=user_id,
        token_digest=digest_of(token),
        created_by_subject=creator.subject,
        created_at=datetime.now(UTC),
    )
    session.add(row)
    await session.flush()
    record_change(
        session,
        creator,
        request_id=request_id,
        action="calendar_feed.created",
        entity_type="CalendarFeed",
        entity_id=row.id,
        before=None,
        after={"kind": kind.value, "cohortId": cohort_id, "userId": user_id},  # never the token
    )
    return NewFeed(feed=FeedView.of(region, row), url=feed_url(public_url, region, token))


async def _own_milestones(uow: UnitOfWork, creator: Principal) -> tuple[str, FeedKind, int]:
    region = creator.region
    if region is None or not uow.registry.has_region(region) or not may_manage_feeds(creator, region):
        raise ForbiddenError("Seuls les conseillers et responsables régionaux ont un calendrier de leurs jalons.")
    user_id = await user_id_of(uow, creator)
    if user_id is None:
        raise ForbiddenError("Votre compte n'est pas encore enregistré dans Filière.")
    return region, FeedKind.ASSIGNEE, user_id


async def _visible_feed(uow: UnitOfWork, viewer: Principal, region: str, feed_id: int) -> CalendarFeed:
    """The feed if the viewer created it or administers its region; otherwise not found (feeds are
    private: their IDs reveal nothing)."""
    if not uow.registry.has_region(region):
        raise NotFoundError()
    row: CalendarFeed | None = await uow.region(region).get(CalendarFeed, feed_id)
    if row is None:
        raise NotFoundError()
    if row.created_by_subject != viewer.subject and not is_allowed(viewer, Action.MANAGE_COHORT, region=region):
        raise NotFoundError()
    return row


async def revoke_feed(
    uow: UnitOfWork, principal: Principal | None, *, region: str, feed_id: int, request_id: str
) -> FeedView:
    actor = require_principal(principal)
    row = await _visible_feed(uow, actor, region, feed_id)
    if row.revoked_at is not None:
        raise ConflictError("Ce lien d'abonnement est déjà révoqué.", field="feedId")
    row.revoked_at = datetime.now(UTC)
    session = uow.region(region)
    await session.flush()
    record_change(
        session,
        actor,
        request_id=request_id,
        action="calendar_feed.revoked",
        entity_type="CalendarFeed",
        entity_id=row.id,
        before={"revokedAt": None},
        after={"revokedAt": row.revoked_at.isoformat()},
    )
    return FeedView.of(region, row)


# --- reading -------------------------------------------------------------------------------------


def _position(view: FeedView) -> SortPosition:
    # Newest first: a decreasing key, so that the merge (ascending) keeps the database's order.
    return SortPosition(f"{_NEWEST_FIRST - view.id:013d}", view.region, view.id)


async def list_feeds(uow: UnitOfWork, principal: Principal | None, page: PageRequest) -> Page[FeedView]:
    """The viewer's own feeds (active and revoked), newest first. They live in the viewer's region."""
    viewer = require_principal(principal)
    region = viewer.region
    if region is None or not uow.registry.has_region(region):
        return Page(items=[], positions=[], has_next_page=False, total_count=0)
    session = uow.region(region)
    statement = select(CalendarFeed).where(CalendarFeed.created_by_subject == viewer.subject)
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    if page.after is not None:
        statement = statement.where(CalendarFeed.id < page.after.id)
    rows = await session.scalars(statement.order_by(CalendarFeed.id.desc()).limit(page.first + 1))
    part = TenantSlice(rows=[FeedView.of(region, row) for row in rows], total_count=total or 0)
    return merge_slices([part], page, _position)


async def get_feed(uow: UnitOfWork, principal: Principal | None, region: str, feed_id: int) -> FeedView:
    viewer = require_principal(principal)
    return FeedView.of(region, await _visible_feed(uow, viewer, region, feed_id))


# --- serving -------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class FeedContent:
    header: CalendarHeader
    entries: list[PlanEntry]


def cohort_header(cohort: CohortView, region_label: str) -> CalendarHeader:
    return CalendarHeader(
        uid=f"cohort-{cohort.region}-{cohort.id}@filiere",
        name=f"Rétroplanning — {cohort.name} ({region_label})",
        description=f"Jalons de la cohorte « {cohort.name} » ({region_label}) — Accélérateur de Relocalisations.",
    )


async def feed_content(uow: UnitOfWork, *, region: str, token: str, today: date) -> FeedContent | None:
    """What a secret URL shows, or None — for an unknown, malformed, revoked or orphaned token, and for a
    token of another region (each region's database only knows its own digests)."""
    if not uow.registry.has_region(region) or not _TOKEN.match(token):
        return None
    session = uow.region(region)
    row = await session.scalar(select(CalendarFeed).where(CalendarFeed.token_digest == digest_of(token)))
    if row is None or row.revoked_at is not None:
        return None
    creator = (await users_by_subject(uow.national(), [row.created_by_subject])).get(row.created_by_subject)
    if creator is None or not creator.is_active or not may_manage_feeds(creator.as_principal(), region):
        return None
    if row.kind is FeedKind.COHORT:
        return await _cohort_feed(uow, region, row, today)
    return await _assignee_feed(uow, region, row, creator, today)


async def _cohort_feed(uow: UnitOfWork, region: str, row: CalendarFeed, today: date) -> FeedContent | None:
    cohort = (await cohorts_by_id(uow.region(region), [row.cohort_id])).get(row.cohort_id) if row.cohort_id else None
    if cohort is None:
        return None
    return FeedContent(
        header=cohort_header(cohort, uow.registry.region(region).label),
        entries=await cohort_plan(uow, region, cohort.id, today),
    )


async def _assignee_feed(
    uow: UnitOfWork, region: str, row: CalendarFeed, creator: UserView, today: date
) -> FeedContent | None:
    if row.user_id != creator.id:  # one's own milestones only
        return None
    label = uow.registry.region(region).label
    return FeedContent(
        header=CalendarHeader(
            uid=f"assignee-{region}-{row.id}@filiere",
            name=f"Mes jalons — {creator.display_name} ({label})",
            description="Les jalons qui vous sont attribués — Accélérateur de Relocalisations.",
        ),
        entries=await assignee_plan(uow, region, [creator.id], today),
    )
