from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from filiere.graphql.loaders import RequestLoader
from filiere.planning.cohorts import CohortView, cohorts_by_id
from filiere.planning.editions import EditionView, editions_by_id
from filiere.planning.milestones import Adherence, adherence_of


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
