"""`filiere demo load`: idempotent — rows are matched on natural keys and updated, never duplicated."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from rich.progress import Progress
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from stdnum import luhn

from filiere import clock
from filiere.accounts.models import Invitation, User
from filiere.accounts.service import invitation_digest
from filiere.auth.passwords import hash_password, verify_password
from filiere.database import METADATA
from filiere.demo.accounts import (
    DemoAccount,
    demo_accounts,
    demo_adviser_email,
    demo_closed_accounts,
    demo_subject,
)
from filiere.demo.data import GRANTS, ORGANISATIONS, PROJECTS, DemoProject
from filiere.demo.event_jury import load_demo_event_jury
from filiere.demo.event_meetings import load_demo_meetings
from filiere.demo.event_programme import load_demo_event_programme
from filiere.demo.event_registrations import load_demo_event_registrations
from filiere.demo.events import load_demo_events
from filiere.demo.financing_plans import load_demo_plans
from filiere.demo.financing_schemes import load_demo_schemes
from filiere.demo.planning import load_national_planning, load_regional_planning
from filiere.demo.selection import load_demo_scores
from filiere.demo.suppliers import load_demo_suppliers
from filiere.memberships.models import ProjectMembership
from filiere.partners.grants import expiry_instant, start_of
from filiere.partners.models import Grant, Organisation
from filiere.programmes.models import Company, Project, ProjectNeedRow
from filiere.programmes.service import index_project
from filiere.referentials.identifiers import checked_commune_code, checked_naf_code, checked_siren
from filiere.settings import Settings
from filiere.tenancy.registry import Tenant, TenantRegistry
from filiere.tenancy.session import TenantSession


def demo_siren(company_name: str) -> str:
    """A valid SIREN (Luhn) derived from the name: stable across runs, flagged as demo data."""
    base = str(int(hashlib.sha256(company_name.encode()).hexdigest(), 16))[:8]
    return checked_siren(base + luhn.calc_check_digit(base))


def _assign(row: Any, **values: Any) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


async def load_demo(registry: TenantRegistry, settings: Settings) -> dict[str, int]:
    """Load the demo data; returns the number of rows in each tenant afterwards."""
    with Progress(transient=True) as progress:
        task = progress.add_task("Données de démonstration", total=2 + len(registry.regions))
        async with registry.national.sessions() as national, national.begin():
            organisations = await _organisations(national)
            await _users(national, settings, organisations)
        await load_national_planning(registry)
        progress.advance(task)
        await load_regions(registry, settings, on_region_done=lambda: progress.advance(task))
        await _memberships(registry, settings)
        await _grants(registry, settings)
        await load_demo_suppliers(registry)
        await load_demo_schemes(registry)
        await load_demo_plans(registry)
        await load_demo_events(registry)
        await load_demo_event_programme(registry)
        await load_demo_event_registrations(registry)
        await load_demo_event_jury(registry)
        await load_demo_meetings(registry)  # after the pitches (part C) when they exist
        progress.advance(task)
    counts: dict[str, int] = {}
    for tenant in registry.all():
        async with tenant.sessions() as session:
            counts[tenant.slug] = await count_rows(session)
    return counts


async def load_regions(
    registry: TenantRegistry, settings: Settings, on_region_done: Callable[[], object] = lambda: None
) -> None:
    """The regional part of the demo (the national part must be loaded already)."""
    emails = {demo_adviser_email(tenant.slug): tenant.slug for tenant in registry.regions}
    async with registry.national.sessions() as national:
        rows = await national.execute(select(User.email, User.id).where(User.email.in_(emails)))
        advisers = {region: user_id for email, user_id in rows if (region := emails[email])}
    for tenant in registry.regions:
        async with tenant.sessions() as session, session.begin():
            await _region(session, tenant, registry, advisers)
            await load_demo_scores(session, tenant, settings)
        await load_regional_planning(registry, settings, tenant.slug)
        on_region_done()


async def count_rows(session: TenantSession) -> int:
    total = 0
    for table in METADATA[session.tenant_kind].sorted_tables:
        total += await session.scalar(select(func.count()).select_from(table)) or 0
    return total


async def _organisations(national: TenantSession) -> dict[str, Organisation]:
    existing = {row.slug: row for row in await national.scalars(select(Organisation))}
    for item in ORGANISATIONS:
        row = existing.get(item.slug)
        if row is None:
            row = existing[item.slug] = Organisation(slug=item.slug)
            national.add(row)
        _assign(row, name=item.name, kind=item.kind)
    await national.flush()
    return existing


async def _users(national: TenantSession, settings: Settings, organisations: dict[str, Organisation]) -> None:
    """Create or refresh the demo accounts (the password hash only if the password changed)."""
    password = settings.demo_password.get_secret_value()
    existing = {row.email: row for row in await national.scalars(select(User))}
    for account in [*demo_accounts(settings), *demo_closed_accounts(settings)]:
        row = existing.get(account.email)
        if row is None:
            row = User(email=account.email, subject=account.subject)
            national.add(row)
        organisation = organisations.get(account.organisation) if account.organisation else None
        _assign(
            row,
            display_name=account.display_name,
            role=account.role,
            region=account.region,
            organisation_id=organisation.id if organisation else None,
            is_active=account.active is True,
            is_demo=True,
        )
        if account.active is None:  # invited, never opened: no password, one pending invitation
            row.password_hash = None
        elif not await verify_password(row.password_hash, password):
            row.password_hash = hash_password(password)
    await national.flush()
    for account in demo_closed_accounts(settings):
        if account.active is None:
            await _pending_invitation(national, account)


async def _pending_invitation(national: TenantSession, account: DemoAccount) -> None:
    """An invitation nobody holds the link of (its token is thrown away): « invitation en attente »."""
    user = await national.scalar(select(User).where(User.email == account.email))
    assert user is not None, "created just before"
    if await national.scalar(select(Invitation.id).where(Invitation.user_id == user.id)) is not None:
        return
    now = datetime.now(UTC)
    national.add(
        Invitation(
            user_id=user.id,
            token_digest=invitation_digest(secrets.token_urlsafe(32)),
            invited_by_subject="cli",
            created_at=now,
            expires_at=now + timedelta(days=7),
        )
    )
    await national.flush()


async def _memberships(registry: TenantRegistry, settings: Settings) -> None:
    """Attach the demo coach, experts and students to their project (attached once: the date stays)."""
    accounts = [a for a in [*demo_accounts(settings), *demo_closed_accounts(settings)] if a.attached_to]
    async with registry.national.sessions() as national, national.begin():
        users = dict(
            (
                await national.execute(select(User.email, User.id).where(User.email.in_([a.email for a in accounts])))
            ).all()
        )
        for account in accounts:
            assert account.attached_to is not None
            region, project_name = account.attached_to
            async with registry.region(region).sessions() as session:
                project_id = await session.scalar(select(Project.id).where(Project.name == project_name))
            assert project_id is not None, f"the demo project « {project_name} » is loaded"
            row = await national.scalar(
                select(ProjectMembership).where(
                    ProjectMembership.region == region,
                    ProjectMembership.project_id == project_id,
                    ProjectMembership.user_id == users[account.email],
                )
            )
            if row is None:
                row = ProjectMembership(
                    region=region,
                    project_id=project_id,
                    user_id=users[account.email],
                    attached_at=datetime.now(UTC),
                    attached_by_subject=demo_subject(demo_adviser_email(region)),
                )
                national.add(row)
            _assign(row, detached_at=None)


async def _grants(registry: TenantRegistry, settings: Settings) -> None:
    """Share the demo projects with their partners, the company's consent recorded. An active grant keeps its
    expiry from one load to the next (renewed only once it has passed); the expired one stays expired."""
    today = clock.today(settings)
    async with registry.national.sessions() as national, national.begin():
        organisations = {row.slug: row.id for row in await national.scalars(select(Organisation))}
        emails = [demo_adviser_email(item.region) for item in GRANTS]
        advisers = dict((await national.execute(select(User.email, User.id).where(User.email.in_(emails)))).all())
        for item in GRANTS:
            async with registry.region(item.region).sessions() as session:
                project_id = await session.scalar(select(Project.id).where(Project.name == item.project))
            assert project_id is not None, f"the demo project « {item.project} » is loaded"
            organisation_id = organisations[item.organisation]
            row = await national.scalar(
                select(Grant).where(
                    Grant.organisation_id == organisation_id,
                    Grant.region == item.region,
                    Grant.project_id == project_id,
                )
            )
            if row is None:
                row = Grant(organisation_id=organisation_id, region=item.region, project_id=project_id)
                national.add(row)
            ended = row.expires_at is not None and row.expires_at <= start_of(today)
            if item.expired and not ended:
                row.expires_at = expiry_instant(today - timedelta(days=10))
            elif not item.expired and (row.expires_at is None or ended):
                row.expires_at = expiry_instant(today + timedelta(days=settings.grant_default_days))
            _assign(
                row,
                scope=item.scope,
                purpose=item.purpose,
                consent_given_by=item.consent_given_by,
                # Kept from the first load: the expired grant's consent came before it was shared.
                consent_given_on=row.consent_given_on or today - timedelta(days=60 if item.expired else 0),
                granted_by_id=advisers[demo_adviser_email(item.region)],
                revoked_at=None,
            )


async def _region(session: TenantSession, tenant: Tenant, registry: TenantRegistry, advisers: dict[str, int]) -> None:
    for item in (p for p in PROJECTS if p.region == tenant.slug):
        company = await _company(session, item, registry)
        project = await session.scalar(
            select(Project)
            .where(Project.company_id == company.id, Project.name == item.name)
            .options(selectinload(Project.needs))
        )
        if project is None:
            project = Project(company_id=company.id, name=item.name, needs=[])
            session.add(project)
        _assign(
            project,
            summary=item.summary,
            kind=item.kind,
            sector=item.sector,
            status=item.status,
            notes=item.notes,
            adviser_id=advisers.get(tenant.slug),
        )
        index_project(project, company.name)
        if {row.need for row in project.needs} != set(item.needs):
            project.needs = [ProjectNeedRow(need=need) for need in item.needs]
    await session.flush()


async def _company(session: TenantSession, item: DemoProject, registry: TenantRegistry) -> Company:
    commune = checked_commune_code(item.commune_code)
    departement = commune.departement_code
    home = registry.region_of_departement(departement)
    if home is None or home.slug != item.region:
        raise ValueError(f"demo company {item.company} is not in region {item.region}")
    siren = demo_siren(item.company)
    company: Company | None = await session.scalar(select(Company).where(Company.siren == siren))
    if company is None:
        company = Company(siren=siren)
        session.add(company)
    _assign(
        company,
        name=item.company,
        siren_is_demo=True,
        naf_code=checked_naf_code(item.naf_code) if item.naf_code else None,
        commune_code=commune.code,
        commune_name=item.commune_name,
        departement=departement,
    )
    await session.flush()
    return company
