"""`filiere sourcing import`: the SIRENE stock into every tenant's supplier directory.

1. The legal-units file is streamed into a temporary SQLite index on disk (SIREN → legal name), so that
   memory does not grow with the files.
2. The establishments file is streamed in batches: each establishment goes to the stage table of the
   tenant of its département, or of the national directory where the programme has no tenant.
3. Only once both files have been read whole, each database swaps its stage into its directory in one
   transaction: new establishments added, changed ones rewritten, closed ones marked closed, those no
   longer in the stock marked absent. Re-importing the same files changes nothing.

An import that fails or is killed before the swap leaves every directory as it was; the next import
starts by emptying the stages.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, delete, exists, func, insert, literal, not_, select, text, update

from filiere.referentials.identifiers import departement_of
from filiere.referentials.naf import naf_activity
from filiere.sourcing.models import (
    CommuneCentre,
    NationalCommuneCentre,
    NationalStagedSupplier,
    NationalSupplier,
    NationalSupplierImport,
    StagedSupplier,
    Supplier,
    SupplierImport,
    SupplierState,
)
from filiere.sourcing.sirene import Establishment, ReadReport, read_establishments, read_legal_units
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.registry import Tenant, TenantRegistry
from filiere.tenancy.session import TenantSession
from filiere.text import searchable_words

BATCH_SIZE = 20_000
# More bad lines than this share of the file: it is not the stock file it claims to be.
MAX_BAD_LINE_SHARE = 0.01
MAX_BAD_LINES_ALWAYS_ACCEPTED = 100

Progress = Callable[[ReadReport], None]

_DIRECTORY_COLUMNS = (
    "siret",
    "siren",
    "legal_name",
    "trade_names",
    "naf_code",
    "workforce_band",
    "is_head_office",
    "diffusible",
    "street",
    "postal_code",
    "commune_code",
    "commune_name",
    "departement",
    "lambert_x",
    "lambert_y",
    "search_text",
    "content_hash",
)
STAGE_COLUMNS = (*_DIRECTORY_COLUMNS, "active")


@dataclass
class TenantOutcome:
    added: int = 0
    updated: int = 0
    closed: int = 0
    absent: int = 0
    staged: int = 0


@dataclass
class ImportOutcome:
    tenants: dict[str, TenantOutcome] = field(default_factory=dict)
    legal_units: ReadReport | None = None
    establishments: ReadReport | None = None
    abroad: int = 0  # establishments outside France (no commune code): not a supplier here
    seconds: float = 0.0

    @property
    def skipped(self) -> int:
        return sum(report.skipped for report in (self.legal_units, self.establishments) if report)


class ImportRefusedError(Exception):
    """The files were read but are not trusted enough to replace the directory."""


def _tables(tenant: Tenant) -> tuple[Table, Table, Table, Table]:
    if tenant.kind is TenantKind.NATIONAL:
        models: tuple[Any, ...] = (
            NationalSupplier,
            NationalStagedSupplier,
            NationalSupplierImport,
            NationalCommuneCentre,
        )
    else:
        models = (Supplier, StagedSupplier, SupplierImport, CommuneCentre)
    return models[0].__table__, models[1].__table__, models[2].__table__, models[3].__table__


def _content_hash(values: Sequence[object]) -> str:
    return hashlib.blake2b(repr(values).encode(), digest_size=8).hexdigest()


@functools.cache
def _naf_label(code: str | None) -> str:
    """Searched with the names: « tissage » finds the weavers whatever they are called."""
    activity = naf_activity(code) if code else None
    return activity.label if activity else ""


def staged_row(establishment: Establishment, legal_name: str) -> tuple[object, ...]:
    """The stage row of an establishment, in `STAGE_COLUMNS` order."""
    commune_code = establishment.commune_code or ""
    trade_names = " ; ".join(establishment.trade_names)
    values: tuple[object, ...] = (
        establishment.siret,
        establishment.siren,
        legal_name[:250],
        trade_names[:500],
        establishment.naf_code,
        establishment.workforce_band,
        establishment.is_head_office,
        establishment.diffusible,
        establishment.street[:250] if establishment.street else None,
        establishment.postal_code,
        establishment.commune_code,
        establishment.commune_name[:100],
        departement_of(commune_code),
        establishment.lambert_x,
        establishment.lambert_y,
        searchable_words(f"{legal_name} {trade_names} {_naf_label(establishment.naf_code)}"),
    )
    return (*values, _content_hash(values), establishment.active)


class _ScratchIndex:
    """On disk, so that memory does not grow with the files: SIREN → legal name (the legal-units file is
    as large as the establishments file), and the SIRETs met so far with their line (duplicates)."""

    def __init__(self, directory: Path) -> None:
        self._connection = sqlite3.connect(directory / "legal-units.sqlite3")
        self._connection.execute("PRAGMA journal_mode=OFF")
        self._connection.execute("PRAGMA synchronous=OFF")
        self._connection.execute("CREATE TABLE names (siren TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID")
        self._connection.execute("CREATE TABLE seen (siret TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID")

    def fill(self, rows: Iterable[tuple[str, str]], after_batch: Callable[[], None]) -> None:
        batch: list[tuple[str, str]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 50_000:
                self._connection.executemany("INSERT OR REPLACE INTO names VALUES (?, ?)", batch)
                batch.clear()
                after_batch()
        self._connection.executemany("INSERT OR REPLACE INTO names VALUES (?, ?)", batch)
        self._connection.commit()
        after_batch()

    def names(self, sirens: Iterable[str]) -> dict[str, str]:
        query = "SELECT siren, name FROM names WHERE siren IN (SELECT value FROM json_each(?))"
        return dict(self._connection.execute(query, (json.dumps(list(set(sirens))),)))

    def duplicates(self, batch: Sequence[Establishment]) -> dict[int, int]:
        """Line of each establishment of `batch` whose SIRET was met before → the line it was first met;
        records the SIRETs met for the first time."""
        query = "SELECT siret, line FROM seen WHERE siret IN (SELECT value FROM json_each(?))"
        earlier: dict[str, int] = dict(self._connection.execute(query, (json.dumps([e.siret for e in batch]),)))
        new: dict[str, int] = {}
        duplicates: dict[int, int] = {}
        for establishment in batch:
            first = earlier.get(establishment.siret) or new.get(establishment.siret)
            if first is None:
                new[establishment.siret] = establishment.line
            else:
                duplicates[establishment.line] = first
        self._connection.executemany("INSERT INTO seen VALUES (?, ?)", new.items())
        return duplicates

    def close(self) -> None:
        self._connection.close()


async def _stage(session: TenantSession, stage: Table, rows: list[tuple[object, ...]]) -> None:
    """Append rows to a stage table: PostgreSQL's COPY where available, a multi-row INSERT otherwise."""
    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        raw = await connection.get_raw_connection()
        await raw.driver_connection.copy_records_to_table(  # type: ignore[union-attr]
            stage.name, records=rows, columns=list(STAGE_COLUMNS)
        )
        return
    # The driver's own executemany: SQLAlchemy's parameter processing cost more than SQLite's insert.
    placeholders = ", ".join("?" * len(STAGE_COLUMNS))
    await connection.exec_driver_sql(
        f"INSERT INTO {stage.name} ({', '.join(STAGE_COLUMNS)}) VALUES ({placeholders})",  # noqa: S608 - our names
        rows,
    )


async def _swap(session: TenantSession, tenant: Tenant, source: str, skipped: int) -> TenantOutcome:
    """Stage → directory in the caller's transaction; the stage is emptied."""
    directory, stage, imports, centres = _tables(tenant)
    now = datetime.now(UTC)
    outcome = TenantOutcome()
    copied = {name: stage.c[name] for name in _DIRECTORY_COLUMNS if name != "siret"}
    changed = await session.execute(
        update(directory)
        .values(**copied, state=SupplierState.ACTIVE, imported_at=now)
        .where(
            directory.c.siret == stage.c.siret,
            stage.c.active,
            (directory.c.content_hash != stage.c.content_hash) | (directory.c.state != SupplierState.ACTIVE),
        )
    )
    outcome.updated = changed.rowcount  # type: ignore[attr-defined]
    closed = await session.execute(
        update(directory)
        .values(state=SupplierState.CLOSED, imported_at=now)
        .where(
            directory.c.state != SupplierState.CLOSED,
            directory.c.siret.in_(select(stage.c.siret).where(not_(stage.c.active))),
        )
    )
    outcome.closed = closed.rowcount  # type: ignore[attr-defined]
    known = exists().where(directory.c.siret == stage.c.siret)
    added = await session.execute(
        insert(directory).from_select(
            [*_DIRECTORY_COLUMNS, "state", "imported_at"],
            select(
                *(stage.c[name] for name in _DIRECTORY_COLUMNS),
                literal(SupplierState.ACTIVE, directory.c.state.type),
                literal(now, directory.c.imported_at.type),
            ).where(and_(stage.c.active, not_(known))),
        )
    )
    outcome.added = added.rowcount  # type: ignore[attr-defined]
    gone = await session.execute(
        update(directory)
        .values(state=SupplierState.ABSENT, imported_at=now)
        .where(directory.c.state != SupplierState.ABSENT, not_(exists().where(stage.c.siret == directory.c.siret)))
    )
    outcome.absent = gone.rowcount  # type: ignore[attr-defined]
    await session.execute(delete(stage))
    await _recompute_centres(session, directory, centres)
    await session.execute(
        insert(imports).values(
            finished_at=now,
            source=source[:500],
            added=outcome.added,
            updated=outcome.updated,
            closed=outcome.closed,
            absent=outcome.absent,
            skipped_lines=skipped,
        )
    )
    return outcome


async def _recompute_centres(session: TenantSession, directory: Table, centres: Table) -> None:
    located = directory.c.lambert_x.is_not(None) & directory.c.commune_code.is_not(None)
    await session.execute(delete(centres))
    await session.execute(
        insert(centres).from_select(
            ["commune_code", "lambert_x", "lambert_y"],
            select(directory.c.commune_code, func.avg(directory.c.lambert_x), func.avg(directory.c.lambert_y))
            .where(located, directory.c.state == SupplierState.ACTIVE)
            .group_by(directory.c.commune_code),
        )
    )


async def _refresh_statistics(session: TenantSession, tenant: Tenant) -> None:
    """Until autovacuum gets to it, PostgreSQL would plan searches with the statistics of the directory
    before the import (none, the first time): slow plans for the first hours after an import."""
    if (await session.connection()).dialect.name != "postgresql":
        return
    directory, _, _, centres = _tables(tenant)
    await session.execute(text(f"ANALYZE {directory.name}, {centres.name}"))
    await session.commit()


def _tenants_by_departement(registry: TenantRegistry) -> dict[str, Tenant]:
    return {code: tenant for tenant in registry.regions for code in tenant.departements}


async def import_sirene(
    registry: TenantRegistry,
    *,
    establishments: Path,
    legal_units: Path,
    on_progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportOutcome:
    started = time.perf_counter()
    tenants = [registry.national, *registry.regions]
    by_departement = _tenants_by_departement(registry)
    outcome = ImportOutcome(tenants={tenant.slug: TenantOutcome() for tenant in tenants})
    sessions = {tenant.slug: tenant.sessions() for tenant in tenants}
    try:
        for tenant in tenants:  # what a killed import left behind
            session = sessions[tenant.slug]
            await session.execute(delete(_tables(tenant)[1]))
            await session.commit()

        with tempfile.TemporaryDirectory(prefix="filiere-sirene-") as scratch:
            index = _ScratchIndex(Path(scratch))
            try:
                units = ReadReport(file=legal_units.name, total_bytes=0)
                outcome.legal_units = units
                index.fill(
                    ((unit.siren, unit.name) for unit in read_legal_units(legal_units, units)),
                    after_batch=lambda: on_progress(units) if on_progress else None,
                )
                report = ReadReport(file=establishments.name, total_bytes=0)
                outcome.establishments = report
                batch: list[Establishment] = []
                staging: dict[str, Any] = {
                    "report": report,
                    "index": index,
                    "by_departement": by_departement,
                    "registry": registry,
                    "sessions": sessions,
                    "outcome": outcome,
                }
                for establishment in read_establishments(establishments, report):
                    batch.append(establishment)
                    if len(batch) >= batch_size:
                        await _stage_batch(batch, **staging)
                        batch.clear()
                        if on_progress:
                            on_progress(report)
                await _stage_batch(batch, **staging)
                if on_progress:
                    on_progress(report)
            finally:
                index.close()
        _check_trust(outcome)

        source = f"{establishments.name} + {legal_units.name}"
        for tenant in tenants:
            session = sessions[tenant.slug]
            swapped = await _swap(session, tenant, source, outcome.skipped)
            swapped.staged = outcome.tenants[tenant.slug].staged
            outcome.tenants[tenant.slug] = swapped
            await session.commit()
            await _refresh_statistics(session, tenant)
    except BaseException:
        for session in sessions.values():
            await session.rollback()
        raise
    finally:
        for session in sessions.values():
            await session.close()
    outcome.seconds = time.perf_counter() - started
    return outcome


async def _stage_batch(
    batch: list[Establishment],
    *,
    report: ReadReport,
    index: _ScratchIndex,
    by_departement: dict[str, Tenant],
    registry: TenantRegistry,
    sessions: dict[str, TenantSession],
    outcome: ImportOutcome,
) -> None:
    if not batch:
        return
    names = index.names(establishment.siren for establishment in batch)
    duplicates = index.duplicates(batch)
    rows: dict[str, list[tuple[object, ...]]] = {}
    for establishment in batch:
        if establishment.line in duplicates:
            report.skip(
                establishment.line,
                "siret",
                f"SIRET {establishment.siret} déjà lu ligne {duplicates[establishment.line]}.",
            )
            continue
        if establishment.commune_code is None:
            outcome.abroad += 1
            continue
        tenant = by_departement.get(departement_of(establishment.commune_code), registry.national)
        rows.setdefault(tenant.slug, []).append(staged_row(establishment, names.get(establishment.siren, "")))
    for slug, tenant_rows in rows.items():
        tenant = registry.national if slug == registry.national.slug else registry.region(slug)
        # Committed batch by batch: the stage is scratch space, and a long write would lock SQLite.
        await _stage(sessions[slug], _tables(tenant)[1], tenant_rows)
        await sessions[slug].commit()
        outcome.tenants[slug].staged += len(tenant_rows)


def _check_trust(outcome: ImportOutcome) -> None:
    for report in (outcome.legal_units, outcome.establishments):
        if report is None:
            continue
        limit = max(MAX_BAD_LINES_ALWAYS_ACCEPTED, int(report.rows * MAX_BAD_LINE_SHARE))
        if report.skipped > limit:
            raise ImportRefusedError(
                f"{report.file} : {report.skipped} lignes inutilisables sur {report.rows}, "
                "trop pour un fichier de stock SIRENE : l'annuaire n'a pas été modifié. Premières erreurs :\n"
                + "\n".join(str(problem) for problem in report.problems[:10])
            )
