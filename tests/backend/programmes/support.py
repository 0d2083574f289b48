"""What several project tests share: the demo's people and candidate, and the journey and scoring calls."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from stdnum import luhn

from filiere.auth.grants import GrantScope
from filiere.ids import decode_id
from filiere.partners.models import Grant, Organisation
from tests.backend.world import World

HDF_ADVISER = "conseiller.hauts-de-france@demo.filiere.fr"
HDF_ADMIN = "admin.hauts-de-france@demo.filiere.fr"
NORMANDIE_ADVISER = "conseiller.normandie@demo.filiere.fr"
CANDIDATE = "Conserves de légumes de plein champ (démo)"

TRANSITION = """mutation($input: TransitionProjectInput!) { transitionProject(input: $input) {
  __typename
  ... on TransitionProjectSuccess {
    project { status version nextSteps { status } statusHistory { from to reason changedBy } }
  }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectConflict { code }
  ... on ProjectNotAllowed { code }
} }"""

SCORE = """mutation($input: ScoreCandidateInput!) { scoreCandidate(input: $input) {
  __typename
  ... on ScoreCandidateSuccess { score { total comment scoredBy scores { criterion points } } }
  ... on UserError { field message }
  ... on ProjectInvalid { code }
  ... on ProjectNotAllowed { code }
} }"""


async def candidate(world: World, as_user: str = HDF_ADVISER) -> dict[str, Any]:
    body = await world.graphql(
        """query { projects(region: "hauts-de-france", first: 50, filter: {status: [CANDIDATE]}) {
          edges { node { id name version } } } }""",
        as_user=as_user,
    )
    return next(e["node"] for e in body["data"]["projects"]["edges"] if e["node"]["name"] == CANDIDATE)


async def move(world: World, project: dict[str, Any], to: str, *, as_user: str = HDF_ADVISER, **extra: Any) -> Any:
    variables = {"input": {"projectId": project["id"], "to": to, "expectedVersion": project["version"]} | extra}
    body = await world.graphql(TRANSITION, variables, as_user=as_user)
    assert "errors" not in body, body
    return body["data"]["transitionProject"]


def full(points: int = 3, **overrides: int) -> list[dict[str, Any]]:
    keys = ["relocation_potential", "feasibility", "market", "team", "regional_impact"]
    return [{"criterion": key, "points": overrides.get(key, points)} for key in keys]


async def score(world: World, project: dict[str, Any], scores: list[dict[str, Any]], as_user: str = HDF_ADVISER) -> Any:
    body = await world.graphql(
        SCORE,
        {"input": {"projectId": project["id"], "scores": scores, "comment": " Dossier solide. "}},
        as_user=as_user,
    )
    assert "errors" not in body, body
    return body["data"]["scoreCandidate"]


async def share(world: World, project_id: str, scope: GrantScope) -> None:
    target = decode_id(project_id)
    async with world.registry.national.sessions() as session, session.begin():
        bpifrance = await session.scalar(select(Organisation).where(Organisation.slug == "bpifrance"))
        existing = await session.scalar(
            select(Grant).where(
                Grant.organisation_id == bpifrance.id, Grant.region == target.tenant, Grant.project_id == target.int_key
            )
        )
        if existing is not None:  # widened or narrowed
            existing.scope = scope
        else:
            session.add(
                Grant(organisation_id=bpifrance.id, region=target.tenant, project_id=target.int_key, scope=scope)
            )


# The public candidacy form, as a company of Rouen fills it.
SIREN = "73282932" + luhn.calc_check_digit("73282932")
SUBMIT = """mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) {
  __typename
  ... on SubmitCandidacySuccess { regionName reference acknowledgementSent }
  ... on ProjectInvalid { field code message }
} }"""


def form(**changes: Any) -> dict[str, Any]:
    return {
        "companyName": "Filature du Roumois",
        "siren": SIREN,
        "siret": SIREN + "00015" if luhn.is_valid(SIREN + "00015") else None,
        "nafCode": "1310Z",
        "communeCode": "76540",
        "projectName": "Fil de lin normand",
        "summary": "Relocaliser la filature du lin teillé en Normandie.",
        "kind": "RELOCATION",
        "sector": "TEXTILE",
        "needs": ["MARKET_STUDY", "PRODUCTION_SOURCING"],
        "contactName": "Claire Lefort",
        "contactEmail": "claire.lefort@filature.example",
        "contactPhone": "02 35 00 00 00",
        "consent": True,
    } | changes


async def submit(world: World, **changes: Any) -> dict[str, Any]:
    body = await world.graphql(SUBMIT, {"input": form(**changes)})
    assert "errors" not in body, body
    return dict(body["data"]["submitCandidacy"])
