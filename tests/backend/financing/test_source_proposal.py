"""The source a matched scheme becomes in one click (« Ajouter au plan »): its kind from the financer, the
type and the perimeter, its amount from what the plan lacks within the scheme's bounds; and the API's
`FinancingSchemeMatch.proposedSourceKind` and `proposedAmount` on a demo project."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from filiere.financing.models import SourceKind
from filiere.financing.scheme_models import SchemeType
from filiere.financing.schemes import SchemeView
from filiere.financing.source_proposal import proposed_amount, proposed_source_kind
from tests.backend.financing.scheme_support import ADVISER, MIJUIN, project_id
from tests.backend.world import World

# A regional grant of 50 000 to 200 000 € (the SPA's fixture).
GRANT = SchemeView(
    id=1,
    name="Impulsion relocalisation (démo)",
    sort_key="impulsion relocalisation (demo)",
    description="",
    financer_organisation_id=None,
    financer_label="Région Normandie",
    type=SchemeType.GRANT,
    purposes=(),
    company_sizes=(),
    naf_sections=(),
    project_kinds=(),
    nationwide=False,
    regions=("28",),
    departements=(),
    amount_min=50_000,
    amount_max=200_000,
    rate_min=None,
    rate_max=None,
    opens_on=None,
    closes_on=None,
    application_url="",
    source_url="",
    aides_territoires_id=None,
    source_updated_at=None,
    de_minimis=False,
    owner_region=None,
    changed_by_name="Import",
    updated_at=datetime(2026, 11, 1, tzinfo=UTC),
    version=1,
)
NATIONAL = {"regions": (), "nationwide": True}


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({}, SourceKind.REGIONAL_AID),
        ({"regions": (), "departements": ("76",)}, SourceKind.REGIONAL_AID),
        ({"regions": (), "owner_region": "normandie"}, SourceKind.REGIONAL_AID),
        ({**NATIONAL, "financer_label": "Bpifrance", "type": SchemeType.LOAN}, SourceKind.BPIFRANCE),
        ({"financer_label": "BPI France", "type": SchemeType.GUARANTEE}, SourceKind.BPIFRANCE),  # even regional
        ({**NATIONAL, "type": SchemeType.TAX_CREDIT}, SourceKind.TAX_CREDIT),
        ({**NATIONAL, "financer_label": "État — France 2030"}, SourceKind.STATE_CALL),
        ({**NATIONAL, "type": SchemeType.REPAYABLE_ADVANCE}, SourceKind.STATE_CALL),
        ({**NATIONAL, "financer_label": "Union européenne (FEDER)"}, SourceKind.EUROPEAN_FUNDS),
        ({"financer_label": "Région Normandie — FEDER"}, SourceKind.EUROPEAN_FUNDS),  # a region's European funds
        ({**NATIONAL, "financer_label": "Federation bancaire", "type": SchemeType.LOAN}, SourceKind.BANK_LOAN),
        ({**NATIONAL, "financer_label": "Banque", "type": SchemeType.GUARANTEE}, SourceKind.BANK_LOAN),
        ({**NATIONAL, "financer_label": "Fonds d'investissement", "type": SchemeType.EQUITY}, SourceKind.OTHER),
    ],
)
def test_the_kind_is_the_source_its_financer_type_and_perimeter_say(changes: dict[str, Any], kind: SourceKind) -> None:
    assert proposed_source_kind(replace(GRANT, **changes)) is kind


@pytest.mark.parametrize(
    ("bounds", "gap", "amount"),
    [
        ((50_000, 200_000), 120_000, 120_000),  # what the plan lacks
        ((50_000, 200_000), 900_000, 200_000),  # at most the scheme's maximum
        ((50_000, 200_000), 10_000, 50_000),  # at least its minimum
        ((50_000, 200_000), 0, 200_000),  # balanced: its maximum
        ((50_000, 200_000), -30_000, 200_000),  # more sources than uses: its maximum
        ((50_000, None), 0, 50_000),  # else its minimum
        ((None, None), 75_000, 75_000),
        ((None, 40_000), 75_000, 40_000),
        ((None, None), 0, None),  # nothing says: the user types it
        ((None, None), -5, None),
    ],
)
def test_the_amount_is_what_the_plan_lacks_within_the_schemes_bounds(
    bounds: tuple[int | None, int | None], gap: int, amount: int | None
) -> None:
    low, high = bounds
    assert proposed_amount(replace(GRANT, amount_min=low, amount_max=high), gap) == amount


PROPOSALS = """query($id: ID!) { node(id: $id) { ... on Project {
  financingPlan { balance { gap } }
  matchingSchemes(first: 50) { edges { node { proposedSourceKind proposedAmount
    scheme { name financerLabel type amountMin amountMax } } } } } } }"""


async def test_a_demo_projects_matches_propose_a_source_for_what_its_plan_lacks(world: World) -> None:
    body = await world.graphql(PROPOSALS, {"id": await project_id(world, MIJUIN)}, as_user=ADVISER)
    assert "errors" not in body, body
    project = body["data"]["node"]
    assert project["financingPlan"]["balance"]["gap"] == 22_000  # the demo plan lacks 22 000 €
    proposals = {
        edge["node"]["scheme"]["name"]: (edge["node"]["proposedSourceKind"], edge["node"]["proposedAmount"])
        for edge in project["matchingSchemes"]["edges"]
    }
    assert proposals["Impulsion relocalisation Normandie (démo)"] == ("REGIONAL_AID", 50_000)  # its minimum
    assert proposals["Garantie des prêts d'investissement (démo)"] == ("BPIFRANCE", 22_000)  # the gap, no bounds
    assert proposals["Appel à projets résilience industrielle (démo)"] == ("STATE_CALL", 200_000)
    assert proposals["Diagnostic certification qualité (démo)"] == ("STATE_CALL", 15_000)  # its maximum
