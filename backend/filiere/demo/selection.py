"""Demo scores of a selection committee (demo mode only): the two demo members of Bourgogne-Franche-Comté scored
its fictional candidacy, so that the review page shows an average, a spread and who scored what. The
appreciations say they are fictional."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from filiere.demo.accounts import DEMO_DOMAIN, demo_accounts, demo_adviser_email
from filiere.programmes.models import Project, SelectionScore
from filiere.programmes.selection import CRITERIA
from filiere.settings import Settings
from filiere.tenancy.registry import Tenant
from filiere.tenancy.session import TenantSession

_REGION = "bourgogne-franche-comte"
_CANDIDATE = "Montures de lunettes biosourcées (démo)"


@dataclass(frozen=True)
class DemoScore:
    region: str
    project: str
    member: str  # a demo account's e-mail
    points: tuple[int, int, int, int, int]  # in the grid's order (selection.CRITERIA)
    comment: str
    scored_at: datetime


DEMO_SCORES = (
    DemoScore(
        region=_REGION,
        project=_CANDIDATE,
        member=demo_adviser_email(_REGION),
        points=(3, 3, 2, 3, 3),
        comment="Appréciation fictive : prototype convaincant, clients à confirmer.",
        scored_at=datetime(2026, 11, 18, 10, tzinfo=UTC),
    ),
    DemoScore(
        region=_REGION,
        project=_CANDIDATE,
        member=f"admin.{_REGION}@{DEMO_DOMAIN}",
        points=(2, 3, 1, 3, 2),
        comment="Appréciation fictive : marché encore étroit.",
        scored_at=datetime(2026, 11, 19, 15, tzinfo=UTC),
    ),
)


async def load_demo_scores(session: TenantSession, tenant: Tenant, settings: Settings) -> None:
    """The region's demo scores, written once and updated in place (matched on project and member)."""
    accounts = {account.email: account for account in demo_accounts(settings)}
    for item in (s for s in DEMO_SCORES if s.region == tenant.slug):
        account = accounts[item.member]
        project_id = await session.scalar(select(Project.id).where(Project.name == item.project))
        assert project_id is not None, item.project
        row = await session.scalar(
            select(SelectionScore).where(
                SelectionScore.project_id == project_id, SelectionScore.scored_by_subject == account.subject
            )
        )
        if row is None:
            row = SelectionScore(project_id=project_id, scored_by_subject=account.subject)
            session.add(row)
        scores = dict(zip(CRITERIA, item.points, strict=True))
        values = {
            "scores": scores,
            "total": sum(scores.values()),
            "comment": item.comment,
            "scored_at": item.scored_at,
            "scored_by_name": account.display_name,
        }
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
