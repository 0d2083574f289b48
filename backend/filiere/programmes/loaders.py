from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from strawberry.dataloader import DataLoader

from filiere.auth.principal import Principal
from filiere.programmes.cohorts import CohortView, cohorts_by_id
from filiere.programmes.composition import ProductEntry, TeamMemberEntry, products_by_project, team_by_project
from filiere.programmes.editions import EditionView, editions_by_id
from filiere.programmes.milestones import Adherence, adherence_of
from filiere.programmes.selection import ScoreView, scores_by_project
from filiere.programmes.service import companies_by_id, projects_by_id, status_changes_by_project
from filiere.programmes.views import CompanyCard, ProjectView, StatusChangeView
from filiere.tenancy.unit_of_work import UnitOfWork


class CompanyByIdLoader(DataLoader[int, CompanyCard | None]):
    """Companies of one region (one loader per region touched by the request)."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow = uow
        self._region = region

    async def _load(self, ids: Sequence[int]) -> list[CompanyCard | None]:
        found = await companies_by_id(self._uow.region(self._region), ids)
        return [found.get(key) for key in ids]


class StatusChangesByProjectLoader(DataLoader[int, list[StatusChangeView]]):
    """The journey of a region's projects, oldest step first (readers of the full record only)."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, ids: Sequence[int]) -> list[list[StatusChangeView]]:
        found = await status_changes_by_project(self._uow.region(self._region), ids)
        return [found[key] for key in ids]


class ScoreByProjectLoader(DataLoader[int, ScoreView | None]):
    """Selection-grid scores of a region's candidates (readers of the full record only)."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, ids: Sequence[int]) -> list[ScoreView | None]:
        found = await scores_by_project(self._uow.region(self._region), ids)
        return [found.get(key) for key in ids]


class ProductsByProjectLoader(DataLoader[int, list[ProductEntry]]):
    """Products of a region's projects (readers of the full record only)."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, ids: Sequence[int]) -> list[list[ProductEntry]]:
        found = await products_by_project(self._uow.region(self._region), ids)
        return [found[key] for key in ids]


class TeamByProjectLoader(DataLoader[int, list[TeamMemberEntry]]):
    """Coaches and experts of a region's projects (readers of the full record only)."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, ids: Sequence[int]) -> list[list[TeamMemberEntry]]:
        found = await team_by_project(self._uow.region(self._region), ids)
        return [found[key] for key in ids]


class ProjectByIdLoader(DataLoader[int, ProjectView | None]):
    """Projects of one region as the caller may read them (None: missing or not readable)."""

    def __init__(self, uow: UnitOfWork, principal: Principal | None, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._principal, self._region = uow, principal, region

    async def _load(self, ids: Sequence[int]) -> list[ProjectView | None]:
        found = await projects_by_id(self._uow, self._principal, self._region, ids)
        return [found.get(key) for key in ids]


class EditionByIdLoader(DataLoader[int, EditionView | None]):
    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(load_fn=self._load)
        self._uow = uow

    async def _load(self, ids: Sequence[int]) -> list[EditionView | None]:
        found = await editions_by_id(self._uow.national(), ids)
        return [found.get(key) for key in ids]


class CohortByIdLoader(DataLoader[int, CohortView | None]):
    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, ids: Sequence[int]) -> list[CohortView | None]:
        found = await cohorts_by_id(self._uow.region(self._region), ids)
        return [found.get(key) for key in ids]


class AdherenceByCohortLoader(DataLoader[tuple[int, date], Adherence]):
    """Adherence of a region's cohorts at a date: one aggregate query per date asked."""

    def __init__(self, uow: UnitOfWork, region: str) -> None:
        super().__init__(load_fn=self._load)
        self._uow, self._region = uow, region

    async def _load(self, keys: Sequence[tuple[int, date]]) -> list[Adherence]:
        by_date: dict[date, list[int]] = {}
        for cohort_id, at in keys:
            by_date.setdefault(at, []).append(cohort_id)
        found: dict[tuple[int, date], Adherence] = {}
        for at, cohort_ids in by_date.items():
            for cohort_id, adherence in (await adherence_of(self._uow.region(self._region), cohort_ids, at)).items():
                found[(cohort_id, at)] = adherence
        return [found[key] for key in keys]
