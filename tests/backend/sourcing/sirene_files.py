"""SIRENE stock files written the way INSEE publishes them, for the tests and the benchmarks."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from stdnum import luhn

from filiere.sourcing.sirene import ESTABLISHMENT_COLUMNS, LEGAL_UNIT_COLUMNS

# Columns of the real files that the import does not use: present, so that the header is as published.
EXTRA_ESTABLISHMENT_COLUMNS = ("nic", "dateCreationEtablissement", "codePaysEtrangerEtablissement")
EXTRA_LEGAL_UNIT_COLUMNS = ("dateCreationUniteLegale", "sigleUniteLegale")


def siren_of(number: int) -> str:
    body = f"{number:08d}"
    return body + luhn.calc_check_digit(body)


def siret_of(siren: str, establishment: int = 1) -> str:
    body = f"{siren}{establishment:04d}"
    return body + luhn.calc_check_digit(body)


@dataclass(frozen=True)
class Row:
    """One establishment and its legal unit, with the defaults of an ordinary diffusible workshop."""

    siren: str
    name: str = "Atelier Test"
    establishment: int = 1
    commune: str = "76540"
    commune_name: str = "ROUEN"
    naf: str = "13.10Z"
    state: str = "A"
    diffusion: str = "O"
    unit_diffusion: str = "O"
    category: str = "5710"
    person: tuple[str, str] = ("", "")  # (first name, last name) of an entrepreneur individuel
    trade_name: str = ""
    street: tuple[str, str, str] = ("12", "RUE", "DES TISSERANDS")
    postal_code: str = "76000"
    workforce: str = "11"
    lambert: tuple[str, str] = ("562000.5", "6928000.25")
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def siret(self) -> str:
        return siret_of(self.siren, self.establishment)

    def establishment_values(self) -> dict[str, str]:
        number, kind, label = self.street
        values = {
            "siren": self.siren,
            "siret": self.siret,
            "nic": self.siret[9:],
            "statutDiffusionEtablissement": self.diffusion,
            "trancheEffectifsEtablissement": self.workforce,
            "etablissementSiege": "true" if self.establishment == 1 else "false",
            "numeroVoieEtablissement": number,
            "indiceRepetitionEtablissement": "",
            "typeVoieEtablissement": kind,
            "libelleVoieEtablissement": label,
            "codePostalEtablissement": self.postal_code,
            "libelleCommuneEtablissement": self.commune_name,
            "codeCommuneEtablissement": self.commune,
            "codePaysEtrangerEtablissement": "" if self.commune else "99109",
            "etatAdministratifEtablissement": self.state,
            "enseigne1Etablissement": self.trade_name,
            "enseigne2Etablissement": "",
            "enseigne3Etablissement": "",
            "denominationUsuelleEtablissement": "",
            "activitePrincipaleEtablissement": self.naf,
            "nomenclatureActivitePrincipaleEtablissement": "NAFRev2",
            "coordonneeLambertAbscisseEtablissement": self.lambert[0],
            "coordonneeLambertOrdonneeEtablissement": self.lambert[1],
            "dateCreationEtablissement": "2001-03-01",
        }
        return values | self.extra

    def legal_unit_values(self) -> dict[str, str]:
        first, last = self.person
        return {
            "siren": self.siren,
            "statutDiffusionUniteLegale": self.unit_diffusion,
            "denominationUniteLegale": "" if last else self.name,
            "denominationUsuelle1UniteLegale": "",
            "nomUniteLegale": last,
            "nomUsageUniteLegale": "",
            "prenom1UniteLegale": first,
            "categorieJuridiqueUniteLegale": "1000" if last else self.category,
            "dateCreationUniteLegale": "2001-03-01",
            "sigleUniteLegale": "",
        }


def _csv(header: tuple[str, ...], rows: Iterable[dict[str, str]], *, bom: bool) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    yield ("\ufeff" if bom else "") + buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(row)
        yield buffer.getvalue()


def write_files(
    directory: Path, rows: Iterable[Row], *, zipped: bool = False, bom: bool = False, name: str = ""
) -> tuple[Path, Path]:
    """(StockEtablissement, StockUniteLegale) holding `rows`, one legal unit per SIREN."""
    rows = list(rows)
    units = {row.siren: row for row in reversed(rows)}.values()
    establishments = directory / f"StockEtablissement{name}_utf8.csv"
    legal_units = directory / f"StockUniteLegale{name}_utf8.csv"
    _write(
        establishments,
        _csv(ESTABLISHMENT_COLUMNS + EXTRA_ESTABLISHMENT_COLUMNS, (r.establishment_values() for r in rows), bom=bom),
    )
    _write(
        legal_units,
        _csv(LEGAL_UNIT_COLUMNS + EXTRA_LEGAL_UNIT_COLUMNS, (u.legal_unit_values() for u in units), bom=bom),
    )
    if not zipped:
        return establishments, legal_units
    return zip_file(establishments), zip_file(legal_units)


def _write(path: Path, chunks: Iterable[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        file.writelines(chunks)


def zip_file(path: Path) -> Path:
    archive = path.with_suffix(".zip")
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as output:
        output.write(path, path.name)
    path.unlink()
    return archive


def generated_rows(count: int, departements: Iterable[str], *, start: int = 1) -> Iterator[Row]:
    """`count` establishments spread over `departements` (one commune each: its prefecture's code)."""
    codes = list(departements)
    for number in range(start, start + count):
        departement = codes[number % len(codes)]
        yield Row(
            siren=siren_of(number),
            name=f"Manufacture {number}",
            commune=f"{departement}001" if len(departement) == 2 else f"{departement}01",
            commune_name="COMMUNE",
            naf=("13.10Z", "25.62B", "10.39A", "22.29A")[number % 4],
            trade_name=f"Enseigne {number % 997}",
        )
