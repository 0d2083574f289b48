"""The 2023 event's pitches, jury, scores and prizes (demonstration data).

The running order is the seven 2023 projects of Normandie and Île-de-France (`data.PROJECTS`), the jury the
demo's juror accounts (`accounts.jury_accounts` and `jury@`), with fictional scores — one juror harsh, one
abstention for a conflict of interest — the results
locked and published, and prizes « (démo) ». The 2022 events keep only their published figures: the demo has
no 2022 project to pitch there. Idempotent: rows are matched on their natural keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import delete, select

from filiere.accounts.models import User
from filiere.demo.accounts import DEMO_DOMAIN, jury_accounts
from filiere.demo.data import PROJECTS
from filiere.events.jury_models import CriterionScore, Juror, Pitch, Prize, Scorecard
from filiere.events.models import Event
from filiere.methodology.models import ScoringCriterion
from filiere.partners.models import Organisation
from filiere.planning.models import Edition
from filiere.programmes.models import Project
from filiere.tenancy.registry import TenantRegistry
from filiere.tenancy.session import TenantSession

EVENT_SLUG = "2023-pour-une-france-industrielle"
EDITION_YEAR = 2023
# 1 December 2023, end of the afternoon in Rouen: the prize ceremony.
RESULTS_AT = datetime(2023, 12, 1, 17, 0, tzinfo=UTC)

# Each project's fictional level, and each juror's bias: the harsh juror scores everything 3 points lower.
_LEVEL = {
    "Fabrication de marques complémentaires en lin": Decimal("8.0"),
    "Vélo taxi innovant": Decimal("7.5"),
    "Atelier de linge de bain en circuit court": Decimal("7.0"),
    "Chauffage à partir de matériaux sourcés localement": Decimal("6.0"),
    "Nouveaux marchés pour les boîtes à gants": Decimal("8.5"),
    "Relocalisation des approvisionnements textiles": Decimal("6.5"),
    "Restauration rapide à empreinte réduite": Decimal("7.2"),
}
_BIAS = {
    f"jury@{DEMO_DOMAIN}": Decimal("0"),
    f"jury.source@{DEMO_DOMAIN}": Decimal("0.5"),
    f"jury.facon@{DEMO_DOMAIN}": Decimal("-3.0"),  # the harsh juror
    f"jury.ofg@{DEMO_DOMAIN}": Decimal("0.3"),
}
_CRITERION_SHIFT = (Decimal("0.5"), Decimal("0"), Decimal("-0.5"), Decimal("0"), Decimal("0.5"))
_ABSTENTION = (f"jury.source@{DEMO_DOMAIN}", "Fabrication de marques complémentaires en lin")
# (prize, sponsoring organisation's slug, nature, winning project)
_PRIZES = (
    (
        "Prix Bpifrance (démo)",
        "bpifrance",
        "Accompagnement au financement (démonstration)",
        "Nouveaux marchés pour les boîtes à gants",
    ),
    (
        "Prix Origine France Garantie (démo)",
        "origine-france-garantie",
        "Accompagnement vers la labellisation (démonstration)",
        "Fabrication de marques complémentaires en lin",
    ),
)


@dataclass(frozen=True)
class _National:
    method_version_id: int
    criteria: list[int]  # in the grid's order
    jurors: dict[str, int]  # e-mail → account id
    organisations: dict[str, int]  # slug → id


async def load_demo_event_jury(registry: TenantRegistry) -> None:
    pitching = [project for project in PROJECTS if project.edition == EDITION_YEAR]
    national = await _national(registry)
    if national is None:
        return
    project_ids: dict[str, tuple[str, int]] = {}
    for region in sorted({project.region for project in pitching}):
        async with registry.region(region).sessions() as session:
            names = [project.name for project in pitching if project.region == region]
            for row in await session.scalars(select(Project).where(Project.name.in_(names))):
                project_ids[row.name] = (region, row.id)
    async with registry.region("normandie").sessions() as session, session.begin():
        event = await session.scalar(select(Event).where(Event.slug == EVENT_SLUG))
        if event is None:
            return
        event.method_version_id = national.method_version_id
        order = [project_ids[project.name] for project in pitching if project.name in project_ids]
        pitches = await _pitches(session, event.id, order)
        by_name = {name: pitches[key] for name, key in project_ids.items() if key in pitches}
        for user_id in national.jurors.values():
            if await session.get(Juror, (event.id, user_id)) is None:
                session.add(Juror(event_id=event.id, user_id=user_id, invited_at=datetime(2023, 11, 6, 9, tzinfo=UTC)))
        await session.flush()
        for email, user_id in national.jurors.items():
            for name, pitch in by_name.items():
                await _scorecard(
                    session, pitch_id=pitch.id, user_id=user_id, email=email, project=name, criteria=national.criteria
                )
        await _prizes(session, event.id, by_name, national.organisations)
        event.results_locked_at = event.results_locked_at or RESULTS_AT
        event.results_published_at = event.results_published_at or RESULTS_AT


async def _national(registry: TenantRegistry) -> _National | None:
    async with registry.national.sessions() as national:
        method_version_id = await national.scalar(
            select(Edition.method_version_id).where(Edition.year == EDITION_YEAR).limit(1)
        )
        if method_version_id is None:
            return None
        criteria = await national.scalars(
            select(ScoringCriterion.id)
            .where(ScoringCriterion.method_version_id == method_version_id)
            .order_by(ScoringCriterion.position)
        )
        emails = [f"jury@{DEMO_DOMAIN}", *(account.email for account in jury_accounts())]
        jurors = await national.scalars(select(User).where(User.email.in_(emails)).order_by(User.id))
        organisations = await national.scalars(select(Organisation))
        return _National(
            method_version_id=method_version_id,
            criteria=list(criteria),
            jurors={row.email: row.id for row in jurors},
            organisations={row.slug: row.id for row in organisations},
        )


async def _pitches(session: TenantSession, event_id: int, order: list[tuple[str, int]]) -> dict[tuple[str, int], Pitch]:
    existing = {
        (row.project_region, row.project_id): row
        for row in await session.scalars(select(Pitch).where(Pitch.event_id == event_id))
    }
    for position, (region, project_id) in enumerate(order, start=1):
        pitch = existing.get((region, project_id))
        if pitch is None:
            pitch = Pitch(event_id=event_id, project_region=region, project_id=project_id, position=position)
            session.add(pitch)
            existing[region, project_id] = pitch
        pitch.position = position
    await session.flush()
    return existing


async def _prizes(
    session: TenantSession, event_id: int, pitches: dict[str, Pitch], organisations: dict[str, int]
) -> None:
    for position, (prize_name, organisation, nature, winner) in enumerate(_PRIZES, start=1):
        prize = await session.scalar(select(Prize).where(Prize.event_id == event_id, Prize.name == prize_name))
        if prize is None:
            prize = Prize(event_id=event_id, name=prize_name, position=position)
            session.add(prize)
        prize.organisation_id = organisations.get(organisation)
        prize.nature = nature
        prize.winner_pitch_id = pitches[winner].id if winner in pitches else None


async def _scorecard(
    session: TenantSession, *, pitch_id: int, user_id: int, email: str, project: str, criteria: list[int]
) -> None:
    card = await session.scalar(select(Scorecard).where(Scorecard.pitch_id == pitch_id, Scorecard.juror_id == user_id))
    if card is None:
        card = Scorecard(pitch_id=pitch_id, juror_id=user_id)
        session.add(card)
    card.abstained = (email, project) == _ABSTENTION
    card.comment = "Conflit d'intérêts déclaré (démonstration)." if card.abstained else ""
    await session.flush()
    await session.execute(delete(CriterionScore).where(CriterionScore.scorecard_id == card.id))
    if card.abstained:
        return
    for criterion_id, shift in zip(criteria, _CRITERION_SHIFT, strict=False):
        value = min(Decimal(10), max(Decimal(0), _LEVEL[project] + _BIAS[email] + shift))
        session.add(CriterionScore(scorecard_id=card.id, criterion_id=criterion_id, value=value))
