"""The password policy, after the CNIL's délibération 2022-100 and the ANSSI: long rather than complicated.

At least 12 characters and no composition rules (they make passwords predictable, not stronger; pasting
is allowed so that password managers work); refused: the most common passwords — alone, repeated, or
merely wrapped in digits and symbols — and anything containing the account's own e-mail or name. The
server decides; the strength meter of the page only advises.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files
from itertools import pairwise

from filiere.text import fold

MIN_LENGTH = 12
MAX_LENGTH = 1024  # what the sign-in form reads of a password
# Name parts shorter than this (« Roux » counts, « Le » does not) may appear by chance in a passphrase.
_NAME_PART_MIN = 4
_EMAIL_PART_MIN = 3
_WRAPPING = " 0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_REPEATED = re.compile(r"(.+?)\1+", re.DOTALL)
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")

RULES = (
    f"Au moins {MIN_LENGTH} caractères, sans autre contrainte : une phrase de quelques mots est plus sûre et "
    "plus facile à retenir qu'un mot compliqué. Ni votre nom, ni votre adresse e-mail, ni un mot de passe courant."
)


class PasswordProblem(StrEnum):
    TOO_SHORT = "PASSWORD_TOO_SHORT"
    TOO_LONG = "PASSWORD_TOO_LONG"
    TOO_COMMON = "PASSWORD_TOO_COMMON"
    PERSONAL = "PASSWORD_PERSONAL"


@dataclass(frozen=True)
class PasswordRefusal:
    problem: PasswordProblem
    message: str


@cache
def common_passwords() -> frozenset[str]:
    """The list shipped in `data/` (source and licence in its README), lower-cased; read once."""
    raw = (files("filiere.auth") / "data" / "common-passwords.txt.gz").read_bytes()
    lines = gzip.decompress(raw).decode().splitlines()
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


def _is_run(text: str) -> bool:
    """« 123456789012 », « 987654321098 », « abcdefghijkl »: each character one step from the previous."""
    steps = {ord(after) - ord(before) for before, after in pairwise(text)}
    if text.isdigit():
        steps = {step % 10 for step in steps}
        return steps in ({1}, {9})
    return steps in ({1}, {-1})


def _is_common(password: str) -> bool:
    common = common_passwords()
    lowered = password.casefold()
    core = lowered.strip(_WRAPPING) or lowered  # « Password123! », « 2024soleil »
    repeated = _REPEATED.fullmatch(core)
    unit = repeated.group(1) if repeated else None  # « azertyazerty », « abcabcabcabc »
    return (
        lowered in common
        or core in common
        or fold(core) in common
        or (unit is not None and (unit in common or len(unit) < _NAME_PART_MIN))
        or _is_run(core)
    )


def _is_personal(password: str, *, email: str, name: str) -> bool:
    """Contains the e-mail's local part or the name, or one of its longer parts, ignoring case, accents and
    separators (« Camille.Roux », « camilleroux »)."""
    squeezed = _NOT_ALPHANUMERIC.sub("", fold(password))
    local_part = _NOT_ALPHANUMERIC.sub("", fold(email.partition("@")[0]))
    words = [_NOT_ALPHANUMERIC.sub("", word) for word in re.split(r"[\s'’\-.]+", fold(name))]
    whole_name = "".join(words)
    personal = [local_part] if len(local_part) >= _EMAIL_PART_MIN else []
    personal += [whole_name] if len(whole_name) >= _EMAIL_PART_MIN else []
    personal += [word for word in words if len(word) >= _NAME_PART_MIN]
    return any(part in squeezed for part in personal)


def password_refusals(password: str, *, email: str, name: str) -> list[PasswordRefusal]:
    """Why `password` may not be the account's (its e-mail and name given); an empty list when it may."""
    refusals: list[PasswordRefusal] = []
    if len(password) < MIN_LENGTH:
        refusals.append(
            PasswordRefusal(
                PasswordProblem.TOO_SHORT,
                f"Votre mot de passe doit contenir au moins {MIN_LENGTH} caractères (il en compte {len(password)}).",
            )
        )
    elif len(password) > MAX_LENGTH:
        refusals.append(
            PasswordRefusal(
                PasswordProblem.TOO_LONG, f"Votre mot de passe ne doit pas dépasser {MAX_LENGTH} caractères."
            )
        )
    if password and _is_common(password):
        refusals.append(
            PasswordRefusal(
                PasswordProblem.TOO_COMMON,
                "Ce mot de passe fait partie des plus courants, que l'on essaie en premier : choisissez-en un "
                "autre, par exemple une phrase de quelques mots.",
            )
        )
    if password and _is_personal(password, email=email, name=name):
        refusals.append(
            PasswordRefusal(
                PasswordProblem.PERSONAL, "Votre mot de passe ne doit contenir ni votre nom ni votre adresse e-mail."
            )
        )
    return refusals
