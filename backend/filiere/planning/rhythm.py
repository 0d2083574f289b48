"""« Même rythme » : every region's cohort of an edition, side by side at the same day relative to J0.

At J−n, each region is measured at its own J−n (on its own working-day calendar): due so far, done on
time, done late, overdue. A region whose J−n has not come yet is shown as such, not as behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from filiere.auth.policy import Action, is_allowed
from filiere.auth.principal import Principal
from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.planning.cohorts import CohortView
from filiere.planning.editions import get_edition
from filiere.planning.milestones import Adherence, adherence_of, calendar_of
from filiere.planning.models import Cohort
from filiere.tenancy.fanout import TenantFailure, fan_out
from filiere.tenancy.registry import Tenant
from filiere.tenancy.unit_of_work import UnitOfWork

# Two years of working days around J0: far beyond any programme, still a bounded question.
MAX_RELATIVE_DAY = 500


@dataclass(frozen=True, kw_only=True)
class RegionRhythm:
    region: str
    cohort: CohortView | None  # None: the region has no cohort in this edition (yet)
    today_relative_day: int | None  # working days from J0 to today (negative: before J0)
    at: date | None  # the region's own J+n
    reached: bool  # whether that day has come
    adherence: Adherence | None


async def rhythm(
    uow: UnitOfWork, principal: Principal | None, *, edition_id: int, relative_day: int, today: date
) -> tuple[list[RegionRhythm], list[TenantFailure]]:
    if not -MAX_RELATIVE_DAY <= relative_day <= MAX_RELATIVE_DAY:
        raise InvalidInputError(
            f"Le jour relatif se compte de -{MAX_RELATIVE_DAY} à {MAX_RELATIVE_DAY} jours ouvrés autour de J0.",
            field="relativeDay",
            code=CommonErrorCode.OUT_OF_RANGE,
        )
    edition = await get_edition(uow, principal, edition_id)
    tenants = [
        uow.registry.region(slug)
        for slug in edition.regions
        if uow.registry.has_region(slug) and is_allowed(principal, Action.VIEW_COHORT, region=slug)
    ]

    async def read(tenant: Tenant) -> RegionRhythm:
        session = uow.session(tenant)
        cohort = await session.scalar(select(Cohort).where(Cohort.edition_id == edition.id))
        if cohort is None or cohort.event_date is None:
            view = CohortView.of(tenant.slug, cohort) if cohort else None
            return RegionRhythm(
                region=tenant.slug, cohort=view, today_relative_day=None, at=None, reached=False, adherence=None
            )
        calendar = calendar_of(uow, tenant.slug)
        at = calendar.shift(cohort.event_date, relative_day)
        reached = at <= today
        adherence = (await adherence_of(session, [cohort.id], at))[cohort.id] if reached else None
        return RegionRhythm(
            region=tenant.slug,
            cohort=CohortView.of(tenant.slug, cohort),
            today_relative_day=calendar.working_days_between(cohort.event_date, today),
            at=at,
            reached=reached,
            adherence=adherence,
        )

    result = await fan_out(tenants, read, timeout_per_tenant=uow.registry.settings.fanout_timeout_seconds)
    return [result.results[t.slug] for t in tenants if t.slug in result.results], result.failures
