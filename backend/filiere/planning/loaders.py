from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from filiere.auth.principal import require_principal
from filiere.graphql.loaders import RequestLoader
from filiere.pagination import Page, PageRequest
from filiere.planning.cohorts import CohortView, cohorts_by_id
from filiere.planning.editions import EditionView, editions_by_id
from filiere.planning.milestones import Adherence, MilestoneView, adherence_of
from filiere.planning.project_milestones import (
    EvidenceCheck,
    MilestoneProgress,
    evidence_checks,
    milestone_progress,
    milestones_by_project,
    next_milestones,
)


class EditionByIdLoader(RequestLoader[int, EditionView | None]):
    async def fetch(self, ids: Sequence[int]) -> list[EditionView | None]:
        found = await editions_by_id(self.uow.national(), ids)
        return [found.get(key) for key in ids]


class CohortByIdLoader(RequestLoader[int, CohortView | None]):
    async def fetch(self, ids: Sequence[int]) -> list[CohortView | None]:
        found = await cohorts_by_id(self.regional_session, ids)
        return [found.get(key) for key in ids]


class AdherenceByCohortLoader(RequestLoader[tuple[int, date], Adherence]):
    """Adherence of a region's cohorts at a date: one aggregate query per date asked."""

    async def fetch(self, keys: Sequence[tuple[int, date]]) -> list[Adherence]:
        by_date: dict[date, list[int]] = {}
        for cohort_id, at in keys:
            by_date.setdefault(at, []).append(cohort_id)
        found: dict[tuple[int, date], Adherence] = {}
        for at, cohort_ids in by_date.items():
            for cohort_id, adherence in (await adherence_of(self.regional_session, cohort_ids, at)).items():
                found[(cohort_id, at)] = adherence
        return [found[key] for key in keys]


class MilestonesByProjectLoader(RequestLoader[tuple[int, PageRequest, date], Page[MilestoneView]]):
    """A page of each of a region's projects' milestones (readers of the full record only): one batch per
    page asked, whatever the number of projects."""

    async def fetch(self, keys: Sequence[tuple[int, PageRequest, date]]) -> list[Page[MilestoneView]]:
        by_page: dict[tuple[PageRequest, date], list[int]] = {}
        for project_id, page, at in keys:
            by_page.setdefault((page, at), []).append(project_id)
        reader = require_principal(self.principal)
        found: dict[tuple[int, PageRequest, date], Page[MilestoneView]] = {}
        for (page, at), project_ids in by_page.items():
            pages = await milestones_by_project(self.regional_session, reader, project_ids, page, at)
            found.update({(project_id, page, at): pages[project_id] for project_id in project_ids})
        return [found[key] for key in keys]


class NextMilestoneByProjectLoader(RequestLoader[tuple[int, date], MilestoneView | None]):
    """The earliest milestone not done of each of a region's projects (readers of the full record only)."""

    async def fetch(self, keys: Sequence[tuple[int, date]]) -> list[MilestoneView | None]:
        by_date: dict[date, list[int]] = {}
        for project_id, at in keys:
            by_date.setdefault(at, []).append(project_id)
        reader = require_principal(self.principal)
        found: dict[tuple[int, date], MilestoneView] = {}
        for at, project_ids in by_date.items():
            for project_id, view in (await next_milestones(self.regional_session, reader, project_ids, at)).items():
                found[(project_id, at)] = view
        return [found.get(key) for key in keys]


class EvidenceCheckByProjectTemplateLoader(RequestLoader[tuple[int, int], EvidenceCheck | None]):
    """The evidence of a region's project milestones, keyed (project id, template id): a fixed number of
    statements for every milestone the request shows."""

    async def fetch(self, keys: Sequence[tuple[int, int]]) -> list[EvidenceCheck | None]:
        found = await evidence_checks(self.uow, self.principal, self.regional_slug, keys)
        return [found.get(key) for key in keys]


class MilestoneProgressByProjectLoader(RequestLoader[int, MilestoneProgress]):
    """How many of each of a region's projects' milestones are done (readers of the card): one statement."""

    async def fetch(self, keys: Sequence[int]) -> list[MilestoneProgress]:
        found = await milestone_progress(self.regional_session, keys)
        return [found[key] for key in keys]
