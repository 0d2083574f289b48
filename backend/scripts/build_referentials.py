"""Build the official reference data shipped in `filiere/referentials/data/` from two npm packages.

Sources (pinned below; bump the versions here, re-run, review the diff, update the data README):

- `@etalab/decoupage-administratif` 6.0.0 (code MIT, data Licence Ouverte): INSEE's Code officiel
  géographique (COG) 2026 — régions, départements, communes, arrondissements municipaux of Paris, Lyon
  and Marseille (SIRENE locates establishments there: 75108, 69381, 13201…) and the delegated or
  associated communes whose codes are no longer current; the communes' postal codes (La Poste's Base
  officielle des codes postaux, as the package joins them).
- `@socialgouv/codes-naf` 1.1.1 (Apache-2.0): INSEE's NAF rév. 2 sub-classes with their French labels.
  The package has no sections A–U: they are in `NAF_SECTIONS` below (INSEE's labels and division ranges).

Re-run (Node and npm on PATH; the npm registry is the only network access needed):

    python backend/scripts/build_referentials.py            # npm-installs the pinned versions in a temp dir
    python backend/scripts/build_referentials.py --node-modules /tmp/refdata/node_modules   # already installed

The output is deterministic (sorted rows, gzip without timestamp): re-running on the same versions gives
byte-identical files, so a diff means the sources changed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

GEOGRAPHY_PACKAGE = "@etalab/decoupage-administratif"
GEOGRAPHY_VERSION = "6.0.0"
NAF_PACKAGE = "@socialgouv/codes-naf"
NAF_VERSION = "1.1.1"

DATA_DIR = Path(__file__).resolve().parents[1] / "filiere" / "referentials" / "data"

# NAF rév. 2 sections (INSEE), each with the range of divisions (first two digits) it covers.
NAF_SECTIONS: list[tuple[str, str, int, int]] = [
    ("A", "Agriculture, sylviculture et pêche", 1, 3),
    ("B", "Industries extractives", 5, 9),
    ("C", "Industrie manufacturière", 10, 33),
    ("D", "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné", 35, 35),
    ("E", "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution", 36, 39),
    ("F", "Construction", 41, 43),
    ("G", "Commerce ; réparation d'automobiles et de motocycles", 45, 47),
    ("H", "Transports et entreposage", 49, 53),
    ("I", "Hébergement et restauration", 55, 56),
    ("J", "Information et communication", 58, 63),
    ("K", "Activités financières et d'assurance", 64, 66),
    ("L", "Activités immobilières", 68, 68),
    ("M", "Activités spécialisées, scientifiques et techniques", 69, 75),
    ("N", "Activités de services administratifs et de soutien", 77, 82),
    ("O", "Administration publique", 84, 84),
    ("P", "Enseignement", 85, 85),
    ("Q", "Santé humaine et action sociale", 86, 88),
    ("R", "Arts, spectacles et activités récréatives", 90, 93),
    ("S", "Autres activités de services", 94, 96),
    (
        "T",
        "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que "
        "producteurs de biens et services pour usage propre",
        97,
        98,
    ),
    ("U", "Activités extra-territoriales", 99, 99),
]

_SUBCLASS = re.compile(r"^\d{2}\.\d{2}[A-Z]$")
_CURRENT = {"commune-actuelle", "arrondissement-municipal"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--node-modules", type=Path, help="a node_modules folder holding the pinned packages")
    parser.add_argument("--output", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    if args.node_modules:
        build(args.node_modules, args.output)
        return
    with tempfile.TemporaryDirectory(prefix="filiere-referentials-") as folder:
        npm = shutil.which("npm")
        if npm is None:
            sys.exit("npm not found on PATH (see the docstring of this script)")
        packages = [f"{GEOGRAPHY_PACKAGE}@{GEOGRAPHY_VERSION}", f"{NAF_PACKAGE}@{NAF_VERSION}"]
        # Fixed arguments, no shell: the only input is the pinned package list above.
        subprocess.run([npm, "install", "--prefix", folder, "--no-save", *packages], check=True)  # noqa: S603
        build(Path(folder) / "node_modules", args.output)


def build(node_modules: Path, output: Path) -> None:
    geography_root = _package(node_modules, GEOGRAPHY_PACKAGE, GEOGRAPHY_VERSION)
    naf_root = _package(node_modules, NAF_PACKAGE, NAF_VERSION)
    output.mkdir(parents=True, exist_ok=True)
    geography = _geography(geography_root / "data")
    naf = _naf(json.loads((naf_root / "index.json").read_text(encoding="utf-8")))
    for name, content in (("geography.json.gz", geography), ("naf.json.gz", naf)):
        path = output / name
        _write(path, content)
        print(f"{path}: {path.stat().st_size} bytes")


def _package(node_modules: Path, name: str, version: str) -> Path:
    root = node_modules / name
    found = json.loads((root / "package.json").read_text(encoding="utf-8"))["version"]
    if found != version:
        sys.exit(f"{name}: version {found} installed, {version} expected")
    return root


def _geography(data: Path) -> dict[str, Any]:
    def load(name: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = json.loads((data / name).read_text(encoding="utf-8"))
        return rows

    regions = sorted((r["code"], r["nom"]) for r in load("regions.json"))
    departements = sorted((d["code"], d["nom"], d["region"]) for d in load("departements.json"))
    region_of = {code: region for code, _name, region in departements}
    rows = load("communes.json")
    current = sorted((c for c in rows if c["type"] in _CURRENT), key=lambda c: c["code"])
    current_codes = {c["code"] for c in current}
    for c in current:
        # The loader derives a commune's région from its département: check that it holds.
        assert region_of[c["departement"]] == c["region"], c
    # Delegated and associated communes keep a code of their own that SIRENE no longer uses; the
    # commune they now belong to is `chefLieu`. Those sharing the current commune's code are skipped.
    former = sorted(
        (c["code"], c["nom"], c["chefLieu"])
        for c in rows
        if c["type"] not in _CURRENT and c["code"] not in current_codes
    )
    assert all(parent in current_codes for _code, _name, parent in former)
    return {
        "source": {"package": GEOGRAPHY_PACKAGE, "version": GEOGRAPHY_VERSION},
        "regions": regions,
        "departements": departements,
        # Columns rather than rows: about 25 % smaller once compressed.
        "communes": {
            "code": [c["code"] for c in current],
            "name": [c["nom"] for c in current],
            "departement": [c["departement"] for c in current],
            # Ranks autocomplete suggestions (Paris before Paris-l'Hôpital): 10 × log10(population).
            "weight": [round(10 * math.log10(c.get("population", 0) + 1)) for c in current],
            # La Poste's codes of the commune, space-separated (Paris, Lyon and Marseille have several).
            "postal_codes": [" ".join(sorted(c.get("codesPostaux", []))) for c in current],
        },
        "former_communes": former,
    }


def _naf(codes: list[dict[str, str]]) -> dict[str, Any]:
    section_of = {
        f"{division:02d}": section
        for section, _label, first, last in NAF_SECTIONS
        for division in range(first, last + 1)
    }
    activities = []
    for item in codes:
        code = item["id"]
        if not _SUBCLASS.match(code):
            continue  # divisions, groups and classes: the register records sub-classes only
        # A few INSEE labels carry doubled spaces.
        activities.append((code, " ".join(item["label"].split()), section_of[code[:2]]))
    activities.sort()
    assert len(activities) == 732, len(activities)  # NAF rév. 2 has 732 sub-classes
    return {
        "source": {"package": NAF_PACKAGE, "version": NAF_VERSION},
        "sections": [(section, label) for section, label, _first, _last in NAF_SECTIONS],
        "activities": activities,
    }


def _write(path: Path, content: dict[str, Any]) -> None:
    raw = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with path.open("wb") as file, gzip.GzipFile(filename="", mode="wb", fileobj=file, mtime=0, compresslevel=9) as gz:
        gz.write(raw)


if __name__ == "__main__":
    main()
