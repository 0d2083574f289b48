from __future__ import annotations

from collections.abc import Sequence

from filiere.auth.principal import require_principal
from filiere.graphql.loaders import RequestLoader
from filiere.partners.grants import GrantView
from filiere.programmes.comments import mentioned_in
from filiere.programmes.composition import ProductEntry, TeamMemberEntry, products_by_project, team_by_project
from filiere.programmes.members import MemberView, members_by_project
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
