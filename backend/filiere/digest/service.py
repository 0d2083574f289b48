"""The milestone digest: one e-mail per adviser or regional admin with something to do.

For every active adviser and regional admin, the milestones assigned to them that are not done and are
overdue or due within the next `HORIZON_WORKING_DAYS` working days of their region's calendar. People
with nothing to do get nothing. Reading costs one national statement (the people) plus two per region
(milestones with their cohort and project, then names), concurrently; a region that does not answer is
reported and the others still get their digests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from typing import Any

import structlog
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from filiere.accounts.service import active_people
from filiere.auth.policy import Action, Reach, roles_allowed
from filiere.clock import PARIS
from filiere.methodology.calendar import calendar_for
from filiere.notifications.inbox import InboxItemView, unread_notices, unread_sourcing_notices
from filiere.notifications.mailer import DELIVERY_ERRORS, SmtpMailer
from filiere.notifications.models import InboxKind
from filiere.planning.calendar.links import cohort_page, my_milestones_page
from filiere.planning.calendar.plan import PlanEntry, assignee_plan
from filiere.programmes.sharing import Reminded
from filiere.programmes.sharing import remind_expiring_grants as post_grant_reminders
from filiere.settings import Settings
from filiere.tenancy.fanout import TenantFailure, fan_out
from filiere.tenancy.registry import Tenant, TenantRegistry
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import counted, long_date

log = structlog.get_logger(__name__)
HORIZON_WORKING_DAYS = 10
# The digest runs daily: a sourcing notice is mailed once, the day after it arrived, if still unread.
SOURCING_WINDOW = timedelta(days=1)
LATE_COLOUR, UPCOMING_COLOUR = "#b42318", "#1f3a5f"

# HTML is escaped (a milestone title is user input); the plain-text part must not be.
_TEMPLATES = Environment(
    loader=PackageLoader("filiere.digest", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


@dataclass(frozen=True, kw_only=True)
class Recipient:
    user_id: int
    email: str
    display_name: str
    region: str


@dataclass(frozen=True, kw_only=True)
class Digest:
    recipient: Recipient
    today: date
    horizon: date  # last day of « à venir »
    overdue: list[PlanEntry]
    upcoming: list[PlanEntry]
    sourcing: list[InboxItemView] = field(default_factory=list)  # unread sourcing notices of the last day
    grants: list[InboxItemView] = field(default_factory=list)  # unread notices of grants ending, of the last day

    @property
    def subject(self) -> str:
        counts = []
        if self.overdue:
            counts.append(f"{len(self.overdue)} en retard")
        if self.upcoming:
            counts.append(f"{len(self.upcoming)} à venir")
        others = []
        if self.sourcing:
            others.append(f"sourcing : {len(self.sourcing)}")
        if self.grants:
            others.append(f"partages qui prennent fin : {len(self.grants)}")
        if not counts:
            if not self.grants:
                return f"Sourcing : {counted(len(self.sourcing), 'nouvelle notification')}"
            return "; ".join(others).capitalize()
        subject = "Vos jalons : " + ", ".join(counts)
        return subject + "".join(f" ; {other}" for other in others)


@dataclass(frozen=True, kw_only=True)
class DigestBatch:
    digests: list[Digest]
    people: int  # active advisers and regional admins of the regions read
    unavailable: list[TenantFailure] = field(default_factory=list)


async def _recipients(registry: TenantRegistry) -> list[Recipient]:
    """The people who carry milestones in the regions; they also answer their region's sourcing requests."""
    async with UnitOfWork(registry) as uow:
        people = await active_people(
            uow.national(),
            regions=registry.region_slugs,
            roles=roles_allowed(Action.UPDATE_MILESTONE, Reach.OWN_REGION),
        )
    return [
        Recipient(user_id=person.id, email=person.email, display_name=person.display_name, region=person.region or "")
        for person in people
    ]


async def _sourcing_notices(registry: TenantRegistry, recipients: list[Recipient]) -> dict[int, list[InboxItemView]]:
    """Unread sourcing requests and answers of the last day, per person: one national statement."""
    since = datetime.now(UTC) - SOURCING_WINDOW
    async with UnitOfWork(registry) as uow:
        return await unread_sourcing_notices(uow.national(), [person.user_id for person in recipients], since)


async def _grant_notices(registry: TenantRegistry, recipients: list[Recipient]) -> dict[int, list[InboxItemView]]:
    """Unread notices of grants ending within a week, posted in the last day: one national statement."""
    since = datetime.now(UTC) - SOURCING_WINDOW
    async with UnitOfWork(registry) as uow:
        people = [person.user_id for person in recipients]
        return await unread_notices(uow.national(), people, since, (InboxKind.GRANT_EXPIRING,))


async def remind_expiring_grants(registry: TenantRegistry, *, today: date) -> Reminded:
    """Before the digests: post in the inbox of each adviser who shared a project the grants ending within a
    week (once per expiry day), so that the digest mails them."""
    async with UnitOfWork(registry) as uow:
        reminded = await post_grant_reminders(uow, today)
        await uow.commit()
    return reminded


async def collect_digests(registry: TenantRegistry, *, today: date) -> DigestBatch:
    recipients = await _recipients(registry)
    by_region: dict[str, list[Recipient]] = {}
    for recipient in recipients:
        by_region.setdefault(recipient.region, []).append(recipient)
    sourcing = await _sourcing_notices(registry, recipients)
    grants = await _grant_notices(registry, recipients)

    async def read(tenant: Tenant) -> list[Digest]:
        people = by_region[tenant.slug]
        horizon = calendar_for(tenant.holiday_subdivision).shift(today, HORIZON_WORKING_DAYS)
        async with UnitOfWork(registry) as uow:
            entries = await assignee_plan(uow, tenant.slug, [p.user_id for p in people], today, open_until=horizon)
        return [
            Digest(
                recipient=person,
                today=today,
                horizon=horizon,
                overdue=[e for e in mine if e.due_date is not None and e.due_date < today],
                upcoming=[e for e in mine if e.due_date is not None and e.due_date >= today],
                sourcing=sourcing.get(person.user_id, []),
                grants=grants.get(person.user_id, []),
            )
            for person in people
            if (mine := [e for e in entries if e.assignee_id == person.user_id])
            or person.user_id in sourcing
            or person.user_id in grants
        ]

    tenants = [registry.region(slug) for slug in by_region]
    result = await fan_out(tenants, read, timeout_per_tenant=registry.settings.fanout_timeout_seconds)
    digests = [digest for slug in by_region if slug in result.results for digest in result.results[slug]]
    return DigestBatch(digests=digests, people=len(recipients), unavailable=result.failures)


# --- the message ---------------------------------------------------------------------------------


def _item(entry: PlanEntry, public_url: str) -> dict[str, Any]:
    assert entry.due_date is not None
    return {
        "title": entry.title,
        "project": entry.project_name,
        "cohort": entry.cohort_name,
        "due": long_date(entry.due_date),
        "relative_day": entry.relative_day,
        "status": entry.status_label.lower(),
        "deliverable": entry.expected_deliverable,
        "url": cohort_page(public_url, entry.region, entry.cohort_id),
    }


def _sourcing_item(notice: InboxItemView) -> dict[str, str]:
    if notice.kind is InboxKind.SOURCING_ANSWER:
        headline = f"{notice.actor_name} a répondu à votre demande pour « {notice.project_name} »"
    else:
        headline = f"{notice.actor_name} cherche des fournisseurs pour « {notice.project_name} »"
    return {"headline": headline, "excerpt": notice.excerpt}


def compose(digest: Digest, settings: Settings) -> EmailMessage:
    """The e-mail: plain text and HTML alternatives of the same content."""
    public_url = settings.public_url
    overdue = [_item(e, public_url) for e in digest.overdue]
    upcoming = [_item(e, public_url) for e in digest.upcoming]
    horizon = long_date(digest.horizon)
    context = {
        "subject": digest.subject,
        "name": digest.recipient.display_name,
        "today": long_date(digest.today),
        "horizon": horizon,
        "overdue": overdue,
        "upcoming": upcoming,
        "sections": [
            section
            for section in (
                {"title": "En retard", "colour": LATE_COLOUR, "items": overdue},
                {"title": f"À venir d'ici le {horizon}", "colour": UPCOMING_COLOUR, "items": upcoming},
            )
            if section["items"]
        ],
        "my_milestones_url": my_milestones_page(public_url),
        "sourcing": [_sourcing_item(notice) for notice in digest.sourcing],
        "sourcing_url": f"{public_url}/demandes-de-sourcing",
        "grants": [
            {"headline": f"Partage du projet « {notice.project_name} »", "excerpt": notice.excerpt}
            for notice in digest.grants
        ],
    }
    message = EmailMessage()
    message["Subject"] = digest.subject
    message["From"] = settings.smtp_from
    message["To"] = formataddr((digest.recipient.display_name, digest.recipient.email))
    message["Date"] = format_datetime(datetime.now(PARIS))
    message["Message-ID"] = make_msgid("digest", domain=_domain(settings.smtp_from))
    # An automatic message: out-of-office replies and auto-responders stay quiet (RFC 3834).
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message.set_content(_TEMPLATES.get_template("digest.txt").render(context))
    message.add_alternative(_TEMPLATES.get_template("digest.html").render(context), subtype="html")
    return message


def _domain(sender: str) -> str:
    return parseaddr(sender)[1].rpartition("@")[2] or "filiere.localhost"


# --- sending -------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Delivery:
    digest: Digest
    error: str | None = None  # None: sent (or, in a dry run, ready to be)


async def deliver(digests: list[Digest], settings: Settings, *, dry_run: bool) -> AsyncIterator[Delivery]:
    """Send each digest in turn, yielding as each is done; one failure never stops the others."""
    async with SmtpMailer(settings) as mailer:
        for digest in digests:
            message = compose(digest, settings)
            if dry_run:
                yield Delivery(digest=digest)
                continue
            try:
                await mailer.send(message)
            except DELIVERY_ERRORS as error:
                log.warning("digest_not_sent", region=digest.recipient.region, error=type(error).__name__)
                yield Delivery(digest=digest, error=f"{type(error).__name__} : {error}")
            else:
                yield Delivery(digest=digest)
