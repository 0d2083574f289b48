"""Benchmark (issue 6): `filiere sourcing import` of a generated 1,000,000-establishment stock, run as the
command line runs it (a separate process), against the least the same rows need in the same run:
PostgreSQL's own `COPY` of the file into a table, or SQLite's `executemany` of its rows. The import's
peak memory is measured on 100,000 and on 1,000,000 establishments: it must not grow with the file.
`make bench`; figures in docs/performance.md.
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import asyncpg
import pytest

from tests.backend.sourcing.sirene_files import generated_rows, write_files
from tests.backend.world import POSTGRES_ADMIN_URL, World
from tests.perf.support import ARTIFACTS

# A million rows imported three times, then searched: far beyond the suite's per-test timeout.
pytestmark = [pytest.mark.perf, pytest.mark.timeout(3600)]

LARGE = 1_000_000
SMALL = 100_000
# Départements of the four regions and of regions without a tenant (the national directory).
DEPARTEMENTS = ["76", "14", "27", "50", "61", "59", "62", "75", "92", "93", "21", "25", "33", "69", "13", "44"]
# Runs the command line and prints its own peak resident memory (kB) last, whatever its exit. VmHWM, not
# getrusage's ru_maxrss: Linux carries ru_maxrss over exec, so it would report the forked pytest's size.
_MEASURED_CLI = (
    "import re, runpy, sys\n"
    "try:\n"
    "    runpy.run_module('filiere.cli', run_name='__main__')\n"
    "except SystemExit as end:\n"
    "    code = end.code or 0\n"
    "else:\n"
    "    code = 0\n"
    "status = open('/proc/self/status').read()\n"
    "print('PEAK_KB', re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1))\n"
    "sys.exit(code)\n"
)


@pytest.fixture(scope="module")
def stock_files(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, Path]]:
    files = {}
    for count in (SMALL, LARGE):
        directory = tmp_path_factory.mktemp(f"sirene-{count}")
        files[count] = write_files(directory, generated_rows(count, DEPARTEMENTS), name=f"-{count}")
    return files


async def _cli_import(world: World, files: tuple[Path, Path]) -> tuple[float, int]:
    """(seconds, peak kB) of one import through the command line."""
    env = {**os.environ, "FILIERE_VAR_DIR": str(world.settings.var_dir), "FILIERE_ENVIRONMENT": "test"}
    if world.settings.database_url_template:
        env["FILIERE_DATABASE_URL_TEMPLATE"] = world.settings.database_url_template
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _MEASURED_CLI,
        *("sourcing", "import", "--etablissements", str(files[0]), "--unites-legales", str(files[1])),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    output, _ = await process.communicate()
    seconds = time.perf_counter() - started
    assert process.returncode == 0, output.decode()
    peak = int(output.decode().rsplit("PEAK_KB", 1)[1].split()[0])
    return seconds, peak


async def _baseline(world: World, establishments: Path, scratch: Path) -> float:
    """Seconds for the database's own fastest load of the same establishments file into a plain table."""
    if world.backend == "postgresql":
        connection = await asyncpg.connect(POSTGRES_ADMIN_URL.replace("postgresql+asyncpg", "postgresql"))
        try:
            with establishments.open(encoding="utf-8") as file:
                header = next(csv.reader(file))
            columns = ", ".join(f'"{name}" text' for name in header)
            await connection.execute(f"CREATE TEMPORARY TABLE stock ({columns})")
            started = time.perf_counter()
            await connection.copy_to_table("stock", source=establishments, format="csv", header=True)
            return time.perf_counter() - started
        finally:
            await connection.close()
    database = sqlite3.connect(scratch / "baseline.sqlite3")
    try:
        started = time.perf_counter()
        with establishments.open(encoding="utf-8", newline="") as file:
            reader = csv.reader(file)
            header = next(reader)
            database.execute(f"CREATE TABLE stock ({', '.join(f'{name!r} TEXT' for name in header)})")
            placeholders = ", ".join("?" * len(header))
            database.executemany(f"INSERT INTO stock VALUES ({placeholders})", reader)  # noqa: S608 - placeholders
        database.commit()
        return time.perf_counter() - started
    finally:
        database.close()


async def test_import_of_a_million_establishments(
    world: World, stock_files: dict[int, tuple[Path, Path]], tmp_path: Path
) -> None:
    small_seconds, small_peak = await _cli_import(world, stock_files[SMALL])
    seconds, peak = await _cli_import(world, stock_files[LARGE])
    again_seconds, _ = await _cli_import(world, stock_files[LARGE])  # nothing changed: nothing rewritten
    baseline = await _baseline(world, stock_files[LARGE][0], tmp_path)
    figures = {
        "backend": world.backend,
        "establishments": LARGE,
        "import_seconds": round(seconds, 1),
        "import_rows_per_second": round(LARGE / seconds),
        "reimport_rows_per_second": round(LARGE / again_seconds),
        "baseline": "COPY" if world.backend == "postgresql" else "sqlite3 executemany",
        "baseline_rows_per_second": round(LARGE / baseline),
        "peak_memory_mb": {SMALL: round(small_peak / 1024), LARGE: round(peak / 1024)},
        "small_import_seconds": round(small_seconds, 1),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"bench-sirene-import-{world.backend}.json").write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures))
    # Ten times the rows, not ten times the memory: streamed, batched, names on disk.
    assert peak < small_peak * 1.5, figures
    await _search_figures(world)


SEARCH = """query($query: String, $filter: SupplierFilter) {
  suppliers(query: $query, near: {communeCode: "76540"}, filter: $filter, first: 20) {
    totalCount edges { node { siret name tier } } } }"""
# (label, variables): a selective query, a word every establishment has, a prefix, a filter alone.
SEARCHES = [
    ("selective", {"query": "enseigne 42"}),
    ("frequent word", {"query": "manufacture"}),
    ("prefix", {"query": "manufact"}),
    ("activity filter only", {"filter": {"naf": ["13.10Z"], "departements": ["76", "14"]}}),
]
SEARCH_ROUNDS = 20


async def _search_figures(world: World) -> None:
    """Median and p95 of one page of search over the million establishments, through GraphQL, against
    the least the same page needs: the selective query's FTS lookup alone on one database."""
    headers = await world.headers("conseiller.normandie@demo.filiere.fr")
    figures: dict[str, object] = {"backend": world.backend, "establishments": LARGE}
    for label, variables in SEARCHES:

        async def graphql(variables: dict[str, object] = variables) -> None:
            answer = await world.client.post(
                "/graphql", json={"query": SEARCH, "variables": variables}, headers=headers
            )
            assert answer.json()["data"]["suppliers"]["edges"], answer.text

        figures[label] = await timed(graphql)
    normandie = world.registry.region("normandie")
    baseline_sql = (
        "SELECT siret FROM suppliers WHERE to_tsvector('simple', search_text) "
        "@@ to_tsquery('simple', 'enseigne:* & 42:*') LIMIT 21"
        if world.backend == "postgresql"
        else "SELECT printf('%014d', rowid) FROM suppliers_fts "
        'WHERE suppliers_fts MATCH \'"enseigne"* AND "42"*\' LIMIT 21'
    )

    async def raw() -> None:
        async with normandie.engine.connect() as connection:
            await connection.exec_driver_sql(baseline_sql)

    figures["baseline: FTS lookup, one database"] = await timed(raw)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"bench-supplier-search-{world.backend}.json").write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures))


async def timed(work: Callable[[], Awaitable[None]]) -> dict[str, float]:
    await work()
    samples = []
    for _ in range(SEARCH_ROUNDS):
        started = time.perf_counter()
        await work()
        samples.append((time.perf_counter() - started) * 1000)
    # The 19th of the 20-quantiles is the 95th percentile.
    p95 = statistics.quantiles(samples, n=20, method="inclusive")[18]
    return {"median_ms": round(statistics.median(samples), 1), "p95_ms": round(p95, 1)}
