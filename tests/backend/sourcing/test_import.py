"""`filiere sourcing import`: the SIRENE stock into each tenant's directory, streamed, staged, swapped."""

from __future__ import annotations

import asyncio
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from filiere.sourcing.importer import ImportRefusedError, import_sirene
from filiere.sourcing.models import NationalStagedSupplier, NationalSupplier, StagedSupplier, Supplier, SupplierState
from filiere.sourcing.sirene import SireneFileError
from tests.backend.sourcing.sirene_files import Row, generated_rows, siren_of, write_files
from tests.backend.world import World

ROUEN = Row(siren=siren_of(1), name="Filature de Rouen", trade_name="Lin & Fils")
CAEN = Row(siren=siren_of(2), name="Tissage du Calvados", commune="14118", commune_name="CAEN", postal_code="14000")
LILLE = Row(siren=siren_of(3), name="Peignage Lillois", commune="59350", commune_name="LILLE", postal_code="59000")
PARIS = Row(siren=siren_of(4), name="Confection Parisienne", commune="75111", commune_name="PARIS 11")
DIJON = Row(siren=siren_of(5), name="Bonneterie Dijonnaise", commune="21231", commune_name="DIJON")
BORDEAUX = Row(siren=siren_of(6), name="Corderie Bordelaise", commune="33063", commune_name="BORDEAUX")
ABROAD = Row(siren=siren_of(7), name="Filiale Belge", commune="", commune_name="BRUXELLES")
SAMPLE = [ROUEN, CAEN, LILLE, PARIS, DIJON, BORDEAUX, ABROAD]


async def directory(world: World, slug: str) -> dict[str, Any]:
    """siret → row of a tenant's directory (the national one for "national")."""
    tenant = world.registry.national if slug == "national" else world.registry.region(slug)
    model: Any = NationalSupplier if slug == "national" else Supplier
    async with tenant.sessions() as session:
        return {row.siret: row for row in await session.scalars(select(model))}


async def directories(world: World) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every directory, as comparable values."""
    found = {}
    for slug in ["national", *(tenant.slug for tenant in world.registry.regions)]:
        rows = await directory(world, slug)
        found[slug] = {
            siret: (row.legal_name, row.trade_names, row.state, row.content_hash, row.imported_at)
            for siret, row in rows.items()
        }
    return found


async def run_import(world: World, files: tuple[Path, Path]) -> Any:
    return await import_sirene(world.registry, establishments=files[0], legal_units=files[1], batch_size=3)


async def test_each_establishment_lands_in_the_directory_of_its_region(world: World, tmp_path: Path) -> None:
    outcome = await run_import(world, write_files(tmp_path, SAMPLE))
    assert {slug: counts.added for slug, counts in outcome.tenants.items()} == {
        "national": 1,
        "normandie": 2,
        "ile-de-france": 1,
        "hauts-de-france": 1,
        "bourgogne-franche-comte": 1,
    }
    assert outcome.abroad == 1
    normandie = await directory(world, "normandie")
    rouen = normandie[ROUEN.siret]
    assert (rouen.legal_name, rouen.trade_names, rouen.naf_code, rouen.departement) == (
        "Filature de Rouen",
        "Lin & Fils",
        "13.10Z",
        "76",
    )
    assert (rouen.street, rouen.postal_code, rouen.lambert_x, rouen.state) == (
        "12 RUE DES TISSERANDS",
        "76000",
        562000.5,
        SupplierState.ACTIVE,
    )
    assert "filature de rouen lin fils" in rouen.search_text, "words only: what the full-text index sees"
    assert BORDEAUX.siret in await directory(world, "national")


async def test_postgresql_plans_searches_with_the_directory_just_imported(world: World, tmp_path: Path) -> None:
    """Searches right after an import are planned on the new directory's statistics, not on the previous
    ones (or none) until autovacuum comes by: the planner's row estimate is the imported count."""
    if world.backend != "postgresql":
        pytest.skip("PostgreSQL's planner statistics")
    await run_import(world, write_files(tmp_path, generated_rows(37, ["76"])))
    async with world.registry.region("normandie").sessions() as session:
        plan = await session.scalar(text("EXPLAIN (FORMAT JSON) SELECT * FROM suppliers"))
        rows = await session.scalar(select(func.count()).select_from(Supplier))
    assert plan[0]["Plan"]["Plan Rows"] == rows


async def test_re_importing_changes_nothing_and_changes_are_told_apart(world: World, tmp_path: Path) -> None:
    await run_import(world, write_files(tmp_path, SAMPLE))
    before = await directories(world)
    again = await run_import(world, write_files(tmp_path, SAMPLE))
    assert all((c.added, c.updated, c.closed, c.absent) == (0, 0, 0, 0) for c in again.tenants.values())
    assert await directories(world) == before, "same files, same rows (not even their import date moves)"

    renamed = replace(ROUEN, trade_name="Lin de Rouen")
    closed = replace(CAEN, state="F")
    moved_in = Row(siren=siren_of(8), name="Nouvelle Filature", commune="27056", commune_name="BERNAY")
    changed = await run_import(world, write_files(tmp_path, [renamed, closed, moved_in, PARIS, DIJON, BORDEAUX]))
    normandie = changed.tenants["normandie"]
    assert (normandie.added, normandie.updated, normandie.closed, normandie.absent) == (1, 1, 1, 0)
    assert (changed.tenants["hauts-de-france"].absent, changed.tenants["ile-de-france"].updated) == (1, 0)
    rows = await directory(world, "normandie")
    assert rows[ROUEN.siret].trade_names == "Lin de Rouen"
    assert rows[CAEN.siret].state is SupplierState.CLOSED
    assert (await directory(world, "hauts-de-france"))[LILLE.siret].state is SupplierState.ABSENT


async def test_what_is_not_diffusible_is_never_stored(world: World, tmp_path: Path) -> None:
    hidden_workshop = Row(siren=siren_of(9), name="Atelier Discret", diffusion="P")
    hidden_person = Row(
        siren=siren_of(10), person=("Jeanne", "Martin"), diffusion="P", unit_diffusion="P", trade_name="Couture JM"
    )
    listed_person = Row(siren=siren_of(11), person=("Paul", "Durand"))
    await run_import(world, write_files(tmp_path, [hidden_workshop, hidden_person, listed_person]))
    rows = await directory(world, "normandie")
    workshop = rows[hidden_workshop.siret]
    assert workshop.legal_name == "Atelier Discret" and workshop.commune_name == "ROUEN"
    assert (workshop.street, workshop.postal_code, workshop.lambert_x, workshop.lambert_y) == (None, None, None, None)
    person = rows[hidden_person.siret]
    assert person.legal_name == "" and "martin" not in person.search_text and "jeanne" not in person.search_text
    assert person.trade_names == "Couture JM"
    assert rows[listed_person.siret].legal_name == "Paul Durand"


async def test_quotes_accents_bom_and_zip_are_read_as_published(world: World, tmp_path: Path) -> None:
    quoted = replace(ROUEN, name='Société "Les Filés", Rouen', trade_name="Île-de-Lin, l'atelier")
    outcome = await run_import(world, write_files(tmp_path, [quoted, CAEN], zipped=True, bom=True))
    assert outcome.tenants["normandie"].added == 2
    row = (await directory(world, "normandie"))[ROUEN.siret]
    assert (row.legal_name, row.trade_names) == ('Société "Les Filés", Rouen', "Île-de-Lin, l'atelier")
    assert "societe" in row.search_text and "ile de lin" in row.search_text


async def test_bad_lines_are_skipped_and_named_by_line_and_column(world: World, tmp_path: Path) -> None:
    bad_siret = replace(CAEN, extra={"siret": "12345678901234"})
    bad_commune = replace(LILLE, commune="7654")
    files = write_files(tmp_path, [ROUEN, bad_siret, bad_commune, replace(ROUEN, name="Doublon"), PARIS])
    with files[0].open("a", encoding="utf-8") as file:
        file.write('"1,2,3\n')  # a stray quote swallows the rest: a line with too few fields
    demo = {slug: set(await directory(world, slug)) for slug in ("normandie", "ile-de-france")}
    outcome = await run_import(world, files)
    problems = [str(problem) for problem in outcome.establishments.problems]
    name = files[0].name
    assert problems == [
        f"{name}, ligne 3, colonne siret : SIRET « 12345678901234 » invalide (14 chiffres et une clé de contrôle).",
        f"{name}, ligne 4, colonne codeCommuneEtablissement : code commune « 7654 » invalide.",
        f"{name}, ligne 5, colonne siret : SIRET {ROUEN.siret} déjà lu ligne 2.",
        f"{name}, ligne 7 : 1 champs au lieu de 24 (guillemet ou virgule de trop ?).",
    ]
    # The demo's directory was there before: not in this stock, its rows stay, marked absent.
    for slug, kept in (("normandie", ROUEN.siret), ("ile-de-france", PARIS.siret)):
        rows = await directory(world, slug)
        assert set(rows) - demo[slug] == {kept}
        assert {siret for siret, row in rows.items() if row.state is SupplierState.ACTIVE} == {kept}


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("truncate_zip", "archive zip illisible ou tronquée"),
        ("drop_column", "colonnes absentes de l'en-tête : siret"),
        ("latin1", "n'est pas en UTF-8"),
        ("mostly_bad", "lignes inutilisables sur"),
    ],
)
async def test_a_damaged_file_leaves_the_previous_directory_whole(
    world: World, tmp_path: Path, damage: str, message: str
) -> None:
    first = tmp_path / "first"
    first.mkdir()
    await run_import(world, write_files(first, SAMPLE))
    before = await directories(world)
    rows = [*SAMPLE, *generated_rows(300, ["76", "59"], start=100)]
    if damage == "mostly_bad":
        rows = [replace(row, extra={"siret": "00000000000000"}) for row in rows]
    files = write_files(tmp_path, rows, zipped=damage == "truncate_zip")
    if damage == "truncate_zip":
        data = files[0].read_bytes()
        files[0].write_bytes(data[: len(data) // 2])
    elif damage == "drop_column":
        text = files[0].read_text(encoding="utf-8")
        files[0].write_text(text.replace("siren,siret,", "siren,numero,", 1), encoding="utf-8")
    elif damage == "latin1":
        files[0].write_bytes(files[0].read_bytes().replace(b"Enseigne 250", "Enseigne é".encode("latin-1")))
    with pytest.raises((SireneFileError, ImportRefusedError)) as refused:
        await run_import(world, files)
    assert message in str(refused.value)
    assert files[0].name in str(refused.value)
    assert await directories(world) == before


async def test_a_killed_import_leaves_the_previous_directory_whole(world: World, tmp_path: Path) -> None:
    await run_import(world, write_files(tmp_path, SAMPLE))
    before = await directories(world)
    big = write_files(tmp_path, generated_rows(150_000, ["76", "14", "59", "75", "21", "33"]), name="-gros")
    env = world.child_environment()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *("-m", "filiere.cli", "sourcing", "import", "--etablissements", str(big[0]), "--unites-legales", str(big[1])),
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        # Kill it mid-file, once it has staged establishments but long before it could swap them in.
        for _ in range(600):
            if await staged(world) > 1_000:
                break
            assert process.returncode is None, "the import ended before it could be interrupted"
            await asyncio.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        assert await asyncio.wait_for(process.wait(), 30) == -signal.SIGKILL
    finally:
        if process.returncode is None:
            process.kill()
    assert await directories(world) == before
    # The next import starts over from an empty stage and succeeds.
    outcome = await run_import(world, write_files(tmp_path, SAMPLE))
    assert all(counts.added == 0 for counts in outcome.tenants.values())
    assert await staged(world) == 0


async def staged(world: World) -> int:
    total = 0
    for tenant in world.registry.all():
        model: Any = NationalStagedSupplier if tenant.slug == "national" else StagedSupplier
        async with tenant.sessions() as session:
            total += await session.scalar(select(func.count()).select_from(model)) or 0
    return total
