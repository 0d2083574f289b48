"""What a reader receives of a project: frozen values, never ORM rows.

The split below is the single classification of project fields: everything on `ProjectCard` is a
*summary* field (any adviser of any region, national, granted partners); everything on
`ProjectConfidential` is *confidential* (the project's region, national, partners with a full grant).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum

from filiere.programmes.models import Company, Project, ProjectKind, ProjectNeed, ProjectStatus, Sector


class AccessLevel(StrEnum):
    FULL = "full"
    SUMMARY = "summary"


@dataclass(frozen=True, kw_only=True)
class CompanyCard:
    region: str
    id: int
    name: str
    siren: str
    siren_is_demo: bool
    naf_code: str | None
    commune_code: str
    commune_name: str
    departement: str

    @classmethod
    def of(cls, region: str, company: Company) -> CompanyCard:
        return cls(
            region=region,
            id=company.id,
            name=company.name,
            siren=company.siren,
            siren_is_demo=company.siren_is_demo,
            naf_code=company.naf_code,
            commune_code=company.commune_code,
            commune_name=company.commune_name,
            departement=company.departement,
        )


@dataclass(frozen=True, kw_only=True)
class ProjectCard:
    region: str
    id: int
    company_id: int
    name: str
    sort_key: str
    summary: str
    kind: ProjectKind
    sector: Sector
    status: ProjectStatus
    needs: tuple[ProjectNeed, ...]
    adviser_id: int | None
    cohort_id: int | None
    version: int
    updated_at: datetime

    @classmethod
    def of(cls, region: str, project: Project) -> ProjectCard:
        return cls(
            region=region,
            id=project.id,
            company_id=project.company_id,
            name=project.name,
            sort_key=project.sort_key,
            summary=project.summary,
            kind=project.kind,
            sector=project.sector,
            status=project.status,
            needs=tuple(row.need for row in project.needs),
            adviser_id=project.adviser_id,
            cohort_id=project.cohort_id,
            version=project.version,
            updated_at=project.updated_at,
        )


@dataclass(frozen=True, kw_only=True)
class ProjectConfidential:
    notes: str

    @classmethod
    def of(cls, project: Project) -> ProjectConfidential:
        return cls(notes=project.notes)


@dataclass(frozen=True, kw_only=True)
class ProjectView:
    card: ProjectCard
    confidential: ProjectConfidential | None  # None: the reader may see the card only

    @property
    def access(self) -> AccessLevel:
        return AccessLevel.SUMMARY if self.confidential is None else AccessLevel.FULL


SUMMARY_FIELDS = frozenset(f.name for f in fields(ProjectCard))
CONFIDENTIAL_FIELDS = frozenset(f.name for f in fields(ProjectConfidential))
