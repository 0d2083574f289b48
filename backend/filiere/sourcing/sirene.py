"""Reading the INSEE SIRENE stock files as published: UTF-8 CSV with a header of official column names,
optionally zipped, possibly with a byte-order mark. Files are streamed row by row, never loaded whole.

A line that cannot be used (a bad SIRET, a missing field) is reported with its file, line and column and
skipped; a file that cannot be read at all (a missing column, a truncated zip, not UTF-8) stops the
import with the same precision, before anything is swapped in.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from filiere.referentials.naf import naf_activity, normalised_naf_code

# Official column names (INSEE, « Description des fichiers de la base Sirene », stock files).
ESTABLISHMENT_COLUMNS = (
    "siren",
    "siret",
    "statutDiffusionEtablissement",
    "trancheEffectifsEtablissement",
    "etablissementSiege",
    "numeroVoieEtablissement",
    "indiceRepetitionEtablissement",
    "typeVoieEtablissement",
    "libelleVoieEtablissement",
    "codePostalEtablissement",
    "libelleCommuneEtablissement",
    "codeCommuneEtablissement",
    "etatAdministratifEtablissement",
    "enseigne1Etablissement",
    "enseigne2Etablissement",
    "enseigne3Etablissement",
    "denominationUsuelleEtablissement",
    "activitePrincipaleEtablissement",
    "nomenclatureActivitePrincipaleEtablissement",
    "coordonneeLambertAbscisseEtablissement",
    "coordonneeLambertOrdonneeEtablissement",
)
LEGAL_UNIT_COLUMNS = (
    "siren",
    "statutDiffusionUniteLegale",
    "denominationUniteLegale",
    "denominationUsuelle1UniteLegale",
    "nomUniteLegale",
    "nomUsageUniteLegale",
    "prenom1UniteLegale",
    "categorieJuridiqueUniteLegale",
)

_DIGITS = re.compile(r"^\d+$")
_COMMUNE = re.compile(r"^(\d{2}|2[AB])\d{3}$")
_WORKFORCE_BANDS = frozenset(
    {"NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"}
)
# Lambert-93 covers metropolitan France; other values are overseas projections or typing errors.
_LAMBERT_X = (0.0, 1_300_000.0)
_LAMBERT_Y = (6_000_000.0, 7_200_000.0)
# A person's legal unit (entrepreneur individuel): its name is a person's name.
_PERSON_CATEGORY = "1000"


class SireneFileError(Exception):
    """The file cannot be read at all; nothing of this import is kept."""

    def __init__(self, file: str, message: str, *, line: int | None = None, column: str | None = None) -> None:
        self.file, self.line, self.column = file, line, column
        where = file + (f", ligne {line}" if line is not None else "") + (f", colonne {column}" if column else "")
        super().__init__(f"{where} : {message}")


@dataclass(frozen=True)
class LineProblem:
    """A line skipped, and why (French, for the person running the import)."""

    file: str
    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        column = f", colonne {self.column}" if self.column else ""
        return f"{self.file}, ligne {self.line}{column} : {self.message}"


@dataclass
class ReadReport:
    """What reading a file met along the way; `bytes_read` drives the progress bar."""

    file: str
    total_bytes: int
    bytes_read: int = 0
    rows: int = 0  # data lines read, used or not
    problems: list[LineProblem] = field(default_factory=list)
    skipped: int = 0

    def skip(self, line: int, column: str | None, message: str, *, keep: int = 200) -> None:
        self.skipped += 1
        if len(self.problems) < keep:  # a broken file must not fill the memory with its errors
            self.problems.append(LineProblem(self.file, line, column, message))


@dataclass(frozen=True)
class LegalUnit:
    siren: str
    name: str  # "" when it is a person's name that may not be shown


@dataclass(frozen=True)
class Establishment:
    line: int  # in its file, for error messages
    siret: str
    siren: str
    active: bool
    diffusible: bool
    trade_names: tuple[str, ...]
    naf_code: str | None
    workforce_band: str | None
    is_head_office: bool
    street: str | None
    postal_code: str | None
    commune_code: str | None
    commune_name: str
    lambert_x: float | None
    lambert_y: float | None


class _CountingReader(io.RawIOBase):
    """Counts the bytes the CSV reader has consumed (uncompressed for a zip): the progress bar's measure."""

    def __init__(self, raw: BinaryIO, report: ReadReport) -> None:
        self._raw, self._report = raw, report

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self._report.bytes_read += len(data)
        return len(data)


@contextmanager
def _opened(path: Path) -> Iterator[tuple[BinaryIO, int]]:
    """The file's bytes (the single CSV inside a zip) and their total size."""
    if not zipfile.is_zipfile(path):
        if path.suffix.lower() == ".zip":
            raise SireneFileError(path.name, "archive zip illisible ou tronquée : téléchargez-la de nouveau.")
        with path.open("rb") as raw:
            yield raw, path.stat().st_size  # type: ignore[misc]
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise SireneFileError(path.name, f"archive zip illisible ({error}).") from None
    with archive:
        members = [info for info in archive.infolist() if info.filename.lower().endswith(".csv")]
        if len(members) != 1:
            raise SireneFileError(path.name, "l'archive doit contenir un seul fichier CSV.")
        with archive.open(members[0]) as raw:
            yield raw, members[0].file_size  # type: ignore[misc]


def _rows(path: Path, required: tuple[str, ...], report: ReadReport) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a CSV stock file, after checking its header names every required column."""
    with _opened(path) as (raw, size):
        report.total_bytes = size
        text = io.TextIOWrapper(
            io.BufferedReader(_CountingReader(raw, report), buffer_size=1 << 20),
            encoding="utf-8-sig",
            newline="",
        )
        reader = csv.reader(text)
        try:
            header = next(reader, None)
            if header is None:
                raise SireneFileError(report.file, "le fichier est vide.")
            missing = [name for name in required if name not in header]
            if missing:
                raise SireneFileError(
                    report.file,
                    "colonnes absentes de l'en-tête : " + ", ".join(missing) + " (fichier de stock SIRENE attendu).",
                    line=1,
                )
            index = {name: header.index(name) for name in required}
            width = len(header)
            for values in reader:
                line = reader.line_num
                if not values:
                    continue
                report.rows += 1
                if len(values) != width:
                    report.skip(
                        line, None, f"{len(values)} champs au lieu de {width} (guillemet ou virgule de trop ?)."
                    )
                    continue
                yield line, {name: values[position] for name, position in index.items()}
        except UnicodeDecodeError:
            raise SireneFileError(report.file, "le fichier n'est pas en UTF-8.", line=reader.line_num + 1) from None
        except csv.Error as error:
            raise SireneFileError(report.file, f"CSV mal formé ({error}).", line=reader.line_num) from None
        except (zipfile.BadZipFile, EOFError, zlib.error) as error:
            raise SireneFileError(
                report.file, f"archive tronquée ou corrompue ({error or 'fin inattendue'}).", line=reader.line_num
            ) from None


def read_legal_units(path: Path, report: ReadReport) -> Iterator[LegalUnit]:
    for line, row in _rows(path, LEGAL_UNIT_COLUMNS, report):
        siren = row["siren"].strip()
        if len(siren) != 9 or not _DIGITS.match(siren):
            report.skip(line, "siren", f"SIREN « {siren} » invalide (9 chiffres attendus).")
            continue
        diffusible = row["statutDiffusionUniteLegale"].strip() == "O"
        is_person = row["categorieJuridiqueUniteLegale"].strip() == _PERSON_CATEGORY
        name = row["denominationUniteLegale"].strip() or row["denominationUsuelle1UniteLegale"].strip()
        if not name and is_person:
            last = row["nomUsageUniteLegale"].strip() or row["nomUniteLegale"].strip()
            name = " ".join(part for part in (row["prenom1UniteLegale"].strip(), last) if part)
        if is_person and not diffusible:
            name = ""  # a person who asked not to be listed: the name is a personal datum
        yield LegalUnit(siren=siren, name=name)


def read_establishments(path: Path, report: ReadReport) -> Iterator[Establishment]:
    for line, row in _rows(path, ESTABLISHMENT_COLUMNS, report):
        problem = _problem(row)
        if problem is not None:
            report.skip(line, *problem)
            continue
        diffusible = row["statutDiffusionEtablissement"].strip() == "O"
        naf = row["activitePrincipaleEtablissement"].strip()
        naf_code = normalised_naf_code(naf) if row["nomenclatureActivitePrincipaleEtablissement"] == "NAFRev2" else None
        band = row["trancheEffectifsEtablissement"].strip()
        x, y = (
            _coordinate(row["coordonneeLambertAbscisseEtablissement"]),
            _coordinate(row["coordonneeLambertOrdonneeEtablissement"]),
        )
        located = x is not None and y is not None and _within(x, _LAMBERT_X) and _within(y, _LAMBERT_Y)
        street = " ".join(
            part.strip()
            for part in (
                row["numeroVoieEtablissement"],
                row["indiceRepetitionEtablissement"],
                row["typeVoieEtablissement"],
                row["libelleVoieEtablissement"],
            )
            if part.strip()
        )
        yield Establishment(
            line=line,
            siret=row["siret"].strip(),
            siren=row["siren"].strip(),
            active=row["etatAdministratifEtablissement"].strip() == "A",
            diffusible=diffusible,
            trade_names=tuple(
                dict.fromkeys(
                    name.strip()
                    for name in (
                        row["enseigne1Etablissement"],
                        row["enseigne2Etablissement"],
                        row["enseigne3Etablissement"],
                        row["denominationUsuelleEtablissement"],
                    )
                    if name.strip()
                )
            ),
            naf_code=naf_code if naf_code and naf_activity(naf_code) else None,
            workforce_band=band if band in _WORKFORCE_BANDS else None,
            is_head_office=row["etablissementSiege"].strip().lower() == "true",
            # A partially diffusible establishment keeps its commune, never its address or its position.
            street=(street or None) if diffusible else None,
            postal_code=(row["codePostalEtablissement"].strip() or None) if diffusible else None,
            commune_code=row["codeCommuneEtablissement"].strip().upper() or None,
            commune_name=row["libelleCommuneEtablissement"].strip(),
            lambert_x=x if diffusible and located else None,
            lambert_y=y if diffusible and located else None,
        )


def _problem(row: dict[str, str]) -> tuple[str, str] | None:
    """Why a row cannot be kept: (column, message), or None."""
    for column, check in _CHECKS:
        message = check(row[column].strip().upper(), row)
        if message is not None:
            return column, message
    return None


def _siret_problem(siret: str, _row: dict[str, str]) -> str | None:
    return None if valid_siret(siret) else f"SIRET « {siret} » invalide (14 chiffres et une clé de contrôle)."


_DOUBLED_DIGITS = str.maketrans("0123456789", "0246813579")
_LA_POSTE = "356000000"
_LA_POSTE_HEAD_OFFICE = "35600000000048"


def valid_siret(number: str) -> bool:
    """python-stdnum's rule (`stdnum.fr.siret.is_valid`: Luhn keys of the SIRET and of its SIREN, La
    Poste's establishments summing to a multiple of 5), written for speed: it runs on every line of a
    stock file of 40 million establishments, where stdnum's general-purpose checks took 40 % of the time."""
    if len(number) != 14 or not number.isascii() or not number.isdigit() or not _luhn(number[:9]):
        return False
    if number.startswith(_LA_POSTE) and number != _LA_POSTE_HEAD_OFFICE:
        return sum(map(int, number)) % 5 == 0
    return _luhn(number)


def _luhn(digits: str) -> bool:
    # Every second digit from the right is doubled (digits of the product added): a translation table.
    kept, doubled = digits[-1::-2], digits[-2::-2].translate(_DOUBLED_DIGITS)
    return sum(map(int, kept + doubled)) % 10 == 0


def _siren_problem(siren: str, row: dict[str, str]) -> str | None:
    siret = row["siret"].strip()
    return None if siret[:9] == siren else f"le SIREN « {siren} » n'est pas le début du SIRET {siret}."


def _commune_problem(code: str, _row: dict[str, str]) -> str | None:
    return None if not code or _COMMUNE.match(code) else f"code commune « {code} » invalide."


def _state_problem(state: str, _row: dict[str, str]) -> str | None:
    return None if state in {"A", "F"} else "état administratif « A » ou « F » attendu."


def _diffusion_problem(status: str, _row: dict[str, str]) -> str | None:
    return None if status in {"O", "P", "N"} else "statut de diffusion « O » ou « P » attendu."


def _coordinate_problem(value: str, _row: dict[str, str]) -> str | None:
    if not value or value == "[ND]" or _coordinate(value) is not None:
        return None
    return f"coordonnée « {value} » non numérique."


_CHECKS: tuple[tuple[str, Callable[[str, dict[str, str]], str | None]], ...] = (
    ("siret", _siret_problem),
    ("siren", _siren_problem),
    ("codeCommuneEtablissement", _commune_problem),
    ("etatAdministratifEtablissement", _state_problem),
    ("statutDiffusionEtablissement", _diffusion_problem),
    ("coordonneeLambertAbscisseEtablissement", _coordinate_problem),
    ("coordonneeLambertOrdonneeEtablissement", _coordinate_problem),
)


def _coordinate(value: str) -> float | None:
    try:
        return float(value.strip())
    except ValueError:
        return None


def _within(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]
