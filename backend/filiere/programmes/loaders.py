from __future__ import annotations

from collections.abc import Sequence

from filiere.audit.access_log import ProjectRead, access_logs
from filiere.auth.principal import require_principal
from filiere.graphql.loaders import RequestLoader
from filiere.pagination import Page, PageRequest
from filiere.partners.grants import GrantView
from filiere.programmes.comments import mentioned_in
from filiere.programmes.composition import ProductEntry, TeamMemberEntry, products_by_project, team_by_project
from filiere.programmes.members import MemberView, members_by_project
from filiere.programmes.questions import QuestionMessageView, messages_by_project
from filiere.programmes.selection import CommitteeScores, scores_by_project
from filiere.programmes.service import companies_by_id, projects_by_id, status_changes_by_project
from filiere.programmes.sharing import project_grants, viewer_grants
from filiere.programmes.views import CompanyCard, ProjectView, StatusChangeView


class CompanyByIdLoader(RequestLoader[int, CompanyCard | None]):
    """Companies of one region (one loader per region touched by the request)."""

    async def fetch(self, ids: Sequence[int]) -> list[CompanyCard | None]:
        found = await companies_by_id(self.regional_session, ids)
        return [found.get(key) for key in ids]


class StatusChangesByProjectLoader(RequestLoader[int, list[StatusChangeView]]):
    """The journey of a region's projects, oldest step first (readers of the full record only)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[StatusChangeView]]:
        found = await status_changes_by_project(self.regional_session, ids)
        return [found[key] for key in ids]


class ScoresByProjectLoader(RequestLoader[int, CommitteeScores | None]):
    """The selection committee's scores of a region's candidates (readers of the full record only)."""

    async def fetch(self, ids: Sequence[int]) -> list[CommitteeScores | None]:
        found = await scores_by_project(self.regional_session, ids)
        return [found.get(key) for key in ids]


class ProductsByProjectLoader(RequestLoader[int, list[ProductEntry]]):
    """Products of a region's projects (readers of the full record only)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[ProductEntry]]:
        found = await products_by_project(self.regional_session, ids)
        return [found[key] for key in ids]


class TeamByProjectLoader(RequestLoader[int, list[TeamMemberEntry]]):
    """Coaches and experts of a region's projects (readers of the full record only)."""

    async def fetch(self, ids: Sequence[int]) -> list[list[TeamMemberEntry]]:
        found = await team_by_project(self.regional_session, ids)
        return [found[key] for key in ids]


class ProjectByIdLoader(RequestLoader[int, ProjectView | None]):
    """Projects of one region as the caller may read them (None: missing or not readable)."""

    async def fetch(self, ids: Sequence[int]) -> list[ProjectView | None]:
        found = await projects_by_id(self.uow, self.principal, self.regional_slug, ids)
        return [found.get(key) for key in ids]


class MentionOfViewerByProjectLoader(RequestLoader[int, bool]):
    """Whether each of a region's projects has a thread that names the caller (@)."""

    async def fetch(self, ids: Sequence[int]) -> list[bool]:
        found = await mentioned_in(self.uow, require_principal(self.principal), self.regional_slug, ids)
        return [key in found for key in ids]


class MembersByProjectLoader(RequestLoader[int, list[MemberView]]):
    """Who is attached to a region's projects (readers of `Project.members` only): one national read."""

    async def fetch(self, ids: Sequence[int]) -> list[list[MemberView]]:
        found = await members_by_project(self.uow.national(), self.regional_slug, ids)
        return [found[key] for key in ids]


class GrantsByProjectLoader(RequestLoader[int, list[GrantView]]):
    """The grants of a region's projects (readers of `Project.grants` only): one national read."""

    async def fetch(self, ids: Sequence[int]) -> list[list[GrantView]]:
        found = await project_grants(self.uow.national(), self.regional_slug, ids)
        return [found.get(key, []) for key in ids]


class ViewerGrantByProjectLoader(RequestLoader[int, GrantView | None]):
    """The caller's own organisation's active grant on a region's projects: one national read."""

    async def fetch(self, ids: Sequence[int]) -> list[GrantView | None]:
        found = await viewer_grants(self.uow, self.principal, self.regional_slug, ids)
        return [found.get(key) for key in ids]


class QuestionMessagesByProjectLoader(RequestLoader[tuple[int, int | None, PageRequest], Page[QuestionMessageView]]):
    """A page of a region's projects' partner questions, keyed (project id, organisation id or None for every
    organisation's, page): one batch per thread and page asked, whatever the number of projects. The caller
    has checked that the reader may read them."""

    async def fetch(self, keys: Sequence[tuple[int, int | None, PageRequest]]) -> list[Page[QuestionMessageView]]:
        by_page: dict[tuple[int | None, PageRequest], list[int]] = {}
        for project_id, organisation_id, page in keys:
            by_page.setdefault((organisation_id, page), []).append(project_id)
        found: dict[tuple[int, int | None, PageRequest], Page[QuestionMessageView]] = {}
        for (organisation_id, page), project_ids in by_page.items():
            pages = await messages_by_project(self.regional_session, project_ids, organisation_id, page)
            found.update({(key, organisation_id, page): pages[key] for key in project_ids})
        return [found[key] for key in keys]


class ProjectReadsByProjectLoader(RequestLoader[tuple[int, PageRequest], Page[ProjectRead]]):
    """A page of the access log of a region's projects (readers of `Project.accessLog` only): one batch per
    page asked, whatever the number of projects."""

    async def fetch(self, keys: Sequence[tuple[int, PageRequest]]) -> list[Page[ProjectRead]]:
        by_page: dict[PageRequest, list[int]] = {}
        for project_id, page in keys:
            by_page.setdefault(page, []).append(project_id)
        found: dict[tuple[int, PageRequest], Page[ProjectRead]] = {}
        for page, project_ids in by_page.items():
            pages = await access_logs(self.uow, self.principal, self.regional_slug, project_ids, page)
            found.update({(key, page): pages[key] for key in project_ids})
        return [found[key] for key in keys]
