"""A cohort's retroplanning, read for a download: whoever may see the cohort (`VIEW_COHORT`) may export
it; anyone else finds nothing. The export carries what the cohort page shows, never the evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from filiere.auth.principal import Principal
from filiere.methodology.service import MethodVersionView, get_method_version
from filiere.planning.calendar.plan import PlanEntry, cohort_plan
from filiere.planning.cohorts import CohortView, get_cohort
from filiere.tenancy.unit_of_work import UnitOfWork
from filiere.text import fold

FILENAME_MAX_LENGTH = 60


@dataclass(frozen=True, kw_only=True)
class CohortExport:
    cohort: CohortView
    region_label: str
    method: MethodVersionView
    entries: list[PlanEntry]
    today: date  # statuses (« en retard ») are as of this day


async def cohort_export(
    uow: UnitOfWork, principal: Principal | None, *, region: str, cohort_id: int, today: date
) -> CohortExport:
    """Four statements whatever the number of milestones: cohort, method version, plan, people."""
    cohort = await get_cohort(uow, principal, region, cohort_id)
    method = await get_method_version(uow, principal, cohort.method_version_id)
    return CohortExport(
        cohort=cohort,
        region_label=uow.registry.region(region).label,
        method=method,
        entries=await cohort_plan(uow, region, cohort.id, today),
        today=today,
    )


def export_filename(cohort: CohortView, extension: str) -> str:
    """« retroplanning-normandie-cohorte-2027-demonstration.xlsx »: ASCII, safe in any header or disk."""
    name = slug_of(cohort.name)
    return f"retroplanning-{cohort.region}-{name or f'cohorte-{cohort.id}'}.{extension}"


def slug_of(name: str) -> str:
    """« Fil de lin normand » → « fil-de-lin-normand »: ASCII, for file names."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:FILENAME_MAX_LENGTH].rstrip("-")
