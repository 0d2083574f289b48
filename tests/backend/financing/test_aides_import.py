"""`filiere financing import-aides`: an Aides-territoires export into the national catalogue, streamed,
idempotent, bad aids named and skipped without losing the scheme they would have updated."""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from filiere.audit.models import NationalAuditEvent
from filiere.financing.aides_import import AidesFileError, import_aides
from filiere.financing.aides_json import read_aids
from filiere.financing.scheme_models import FinancingScheme, SchemePurpose, SchemeType
from filiere.financing.schemes import SchemeView, with_criteria
from tests.backend.financing.scheme_support import stored
from tests.backend.world import World

FIXTURE = Path(__file__).parent / "data" / "aides_territoires_demo.json"
PROBLEMS = [
    "Enregistrement n° 4 (aide 90004), champ « perimeter » : périmètre « Métropole Rouen Normandie » non pris en "
    "charge (ni la France, ni une région, ni un département).",
    "Enregistrement n° 5 (aide 90005), champ « targeted_audiences » : l'aide ne s'adresse pas aux entreprises "
    "(« private_sector » absent).",
    "Enregistrement n° 6 (aide 90006), champ « submission_deadline » : date « 31/12/2026 » illisible (AAAA-MM-JJ "
    "attendu).",
    "Enregistrement n° 7 (aide sans identifiant), champ « id » : identifiant manquant.",
    "Enregistrement n° 8 (aide 90008), champ « aid_types » : ni subvention, ni avance récupérable, ni prêt "
    "(technical) : hors du catalogue.",
    "Enregistrement n° 9 (aide 90009), champ « subvention_rate_upper_bound » : Un taux est un pourcentage compris "
    "entre 0 et 100.",
]


def aids() -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))["results"]
    return results


async def imported(world: World) -> dict[str, SchemeView]:
    async with world.registry.national.sessions() as session:
        rows = await session.scalars(
            with_criteria(select(FinancingScheme).where(FinancingScheme.aides_territoires_id.is_not(None)))
        )
        return {row.aides_territoires_id or "": SchemeView.of(row) for row in rows}


def test_the_reader_streams_a_list_or_a_page_whatever_the_chunks() -> None:
    whole = aids()
    for chunk_size in (1, 7, 4096):
        assert list(read_aids(FIXTURE.open("rb"), chunk_size=chunk_size)) == whole
    listed = json.dumps(whole, ensure_ascii=False).encode()
    seen: list[int] = []
    assert list(read_aids(io.BytesIO(listed), on_bytes=seen.append, chunk_size=512)) == whole
    assert seen[-1] == len(listed) and seen == sorted(seen)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"count": 1}', "ne contient pas de liste « results »"),
        (b'"aides"', "une liste d'aides"),
        (b'[{"id": 1}, {"id": 2', "JSON invalide"),
        (b'[{"id": 1}] [', "Contenu inattendu"),
        (b'[{"name": "\xff"}]', "UTF-8"),
    ],
)
def test_a_file_that_is_no_export_is_refused(content: bytes, message: str) -> None:
    with pytest.raises(AidesFileError, match=message):
        list(read_aids(io.BytesIO(content), chunk_size=4))


async def test_an_export_becomes_schemes_and_bad_aids_are_named(world: World) -> None:
    before = await stored(world)
    seen: list[tuple[int, int]] = []
    summary = await import_aides(world.registry, FIXTURE, on_progress=lambda done, read: seen.append((done, read)))
    assert (summary.read, summary.created, summary.updated, summary.unchanged) == (9, 3, 0, 0)
    assert [str(problem) for problem in summary.problems] == PROBLEMS
    assert seen[-1][0] == FIXTURE.stat().st_size
    assert await stored(world) == (before[0] + 3, before[1] + 3, before[2] + 3)  # one audit row each

    schemes = await imported(world)
    innovation = schemes["90001"]
    assert (innovation.name, innovation.financer_label, innovation.type) == (
        "Aide à l'innovation industrielle (démo)",
        "Région Normandie (démo)",
        SchemeType.GRANT,
    )
    assert innovation.description == "Aide fictive pour les tests & la démonstration."
    assert (innovation.nationwide, innovation.regions, innovation.owner_region) == (False, ("28",), None)
    assert innovation.purposes == (SchemePurpose.INNOVATION, SchemePurpose.INVESTMENT)
    assert (innovation.rate_min, innovation.rate_max) == (20, 40)
    assert (innovation.opens_on, innovation.closes_on) == (date(2026, 1, 1), date(2027, 3, 31))
    assert innovation.source_url == "https://aides-territoires.beta.gouv.fr/aides/aide-innovation-industrielle-demo/"
    assert innovation.application_url == "https://demarches.example.fr/aide-demo-1"
    assert innovation.source_updated_at is not None and innovation.source_updated_at.hour == 6  # in UTC
    loan = schemes["90002"]
    assert (loan.type, loan.nationwide, loan.amount_max, loan.purposes) == (
        SchemeType.LOAN,
        True,
        500_000,
        (SchemePurpose.RECRUITMENT,),
    )
    advance = schemes["90003"]
    assert (advance.type, advance.departements, advance.amount_max) == (SchemeType.GRANT, ("76",), 100_000)
    assert advance.source_url == "https://www.example.fr/avance-demo"


async def test_importing_again_changes_nothing_and_a_newer_export_updates(world: World, tmp_path: Path) -> None:
    await import_aides(world.registry, FIXTURE)
    first = await imported(world)
    before = await stored(world)
    again = await import_aides(world.registry, FIXTURE)
    assert (again.created, again.updated, again.unchanged, again.skipped) == (0, 0, 3, 6)
    assert await stored(world) == before and await imported(world) == first

    newer = aids()[:2]
    newer[0] = {**newer[0], "name": "Aide à l'innovation industrielle, 2e vague (démo)", "date_updated": "2026-11-01"}
    newer[1] = {**newer[1], "subvention_rate_lower_bound": -5}  # now malformed: the scheme keeps its version
    path = tmp_path / "aids.json"
    path.write_text(json.dumps(newer), encoding="utf-8")
    summary = await import_aides(world.registry, path)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 0)
    assert [(p.index, p.aid_id, p.field) for p in summary.problems] == [(2, "90002", "subvention_rate_lower_bound")]
    after = await imported(world)
    assert after["90001"].name == "Aide à l'innovation industrielle, 2e vague (démo)" and after["90001"].version == 2
    assert after["90002"] == first["90002"]
    async with world.registry.national.sessions() as session:
        last = await session.scalar(select(NationalAuditEvent).order_by(NationalAuditEvent.id.desc()).limit(1))
    assert last is not None and last.action == "financing_scheme.imported"
    assert last.after is not None and last.after["name"] == "Aide à l'innovation industrielle, 2e vague (démo)"
    assert last.actor_name == "Import Aides-territoires"


async def test_a_file_broken_half_way_writes_nothing(world: World, tmp_path: Path) -> None:
    before = await stored(world)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(aids())[:-40], encoding="utf-8")
    with pytest.raises(AidesFileError):
        await import_aides(world.registry, path)
    assert await stored(world) == before


async def command(world: World, *args: str) -> subprocess.CompletedProcess[str]:
    env = world.child_environment(FILIERE_LOG_LEVEL="WARNING")
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "filiere.cli", "financing", "import-aides", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


async def test_the_command_prints_what_it_skipped_and_its_exit_codes(world: World, tmp_path: Path) -> None:
    done = await command(world, str(FIXTURE))
    assert done.returncode == 0, done.stderr
    assert "Enregistrement n° 4 (aide 90004)" in done.stderr
    assert "9 aides lues : 3 ajoutée(s), 0 mise(s) à jour, 0 inchangée(s), 6 ignorée(s)." in " ".join(
        done.stderr.split()
    )
    assert len(await imported(world)) == 3

    garbage = tmp_path / "garbage.json"
    garbage.write_text("<html>pas du JSON</html>", encoding="utf-8")
    refused = await command(world, str(garbage))
    assert refused.returncode == 1 and "Le catalogue n'a pas été modifié." in refused.stderr
    missing = await command(world, str(tmp_path / "absent.json"))
    assert missing.returncode == 2
