"""NAF rév. 2 (INSEE): the 732 sub-classes a company's main activity (APE code) is one of, and their sections."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from filiere.referentials._data import read_data

_TYPED = re.compile(r"^(\d{2})\.?(\d{2})([A-Z])$")


@dataclass(frozen=True, slots=True)
class NafSection:
    code: str  # « C »
    label: str  # « Industrie manufacturière »


@dataclass(frozen=True, slots=True)
class NafActivity:
    code: str  # « 13.10Z »
    label: str
    section_code: str
    section_label: str


def normalised_naf_code(value: str) -> str | None:
    """The official form « 10.71C » of what users type (« 1071c », « 10.71 C »), or None if it cannot be one."""
    match = _TYPED.match("".join(value.split()).upper())
    return f"{match[1]}.{match[2]}{match[3]}" if match else None


def naf_activity(code: str) -> NafActivity | None:
    normalised = normalised_naf_code(code)
    return _activities().get(normalised) if normalised else None


def naf_activities() -> tuple[NafActivity, ...]:
    """Every sub-class, in code order (for a select list)."""
    return tuple(_activities().values())


def naf_sections() -> tuple[NafSection, ...]:
    """Sections A to U, in order."""
    return tuple(_sections().values())


@cache
def _sections() -> dict[str, NafSection]:
    return {code: NafSection(code, label) for code, label in read_data("naf.json.gz")["sections"]}


@cache
def _activities() -> dict[str, NafActivity]:
    sections = _sections()
    return {
        code: NafActivity(code, label, section, sections[section].label)
        for code, label, section in read_data("naf.json.gz")["activities"]
    }
