"""The project list as a workbook: the list page's filters, the reader's rights, the SPA's wording."""

from __future__ import annotations

import io
import json
from pathlib import Path

from openpyxl import load_workbook

from filiere.programmes import labels
from tests.backend.world import World

ROOT = Path(__file__).resolve().parents[3]
ADVISER = "conseiller.normandie@demo.filiere.fr"
IDF_ADVISER = "conseiller.ile-de-france@demo.filiere.fr"


async def sheet_rows(world: World, as_user: str, **params: str | list[str]) -> list[tuple[object, ...]]:
    answer = await world.client.get("/exports/projects.xlsx", params=params, headers=await world.headers(as_user))
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-disposition"].startswith('attachment; filename="projets-')
    return list(load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True))


async def test_the_workbook_follows_the_filters_and_the_readers_rights(world: World) -> None:
    listed = await world.graphql(
        """{ projects(region: "normandie", first: 50, filter: {need: [MARKET_STUDY]}) { edges { node { name } } } }""",
        as_user=ADVISER,
    )
    expected = [edge["node"]["name"] for edge in listed["data"]["projects"]["edges"]]
    rows = await sheet_rows(world, ADVISER, region="normandie", need="market_study")
    assert rows[0][:3] == ("Région", "Projet", "Entreprise")
    assert [row[1] for row in rows[1:]] == expected
    assert all(row[0] == "Normandie" and "Étude de marché" in str(row[9]) for row in rows[1:])

    # Another region's adviser gets the cards only: no contact columns filled.
    theirs = await sheet_rows(world, IDF_ADVISER, region="normandie")
    assert len(theirs) > 1
    assert all(row[11] in (None, "") for row in theirs[1:])


async def test_a_bad_filter_or_no_token_is_refused(world: World) -> None:
    headers = await world.headers(ADVISER)
    bad = await world.client.get("/exports/projects.xlsx", params={"status": "en-cours"}, headers=headers)
    assert bad.status_code == 400
    assert "« status » accepte : candidate" in bad.json()["message"]
    assert (await world.client.get("/exports/projects.xlsx")).status_code == 401


def test_the_server_writes_the_enums_as_the_spa_shows_them() -> None:
    spa = json.loads((ROOT / "frontend/src/i18n/fr/enums.json").read_text())
    for key, mapping in (
        ("projectStatus", labels.STATUS),
        ("projectKind", labels.KIND),
        ("sector", labels.SECTOR),
        ("projectNeed", labels.NEED),
    ):
        assert {member.name: label for member, label in mapping.items()} == spa[key], key
