"""The parts of a company record an adviser types: its contact person, address and website.

Each check returns the value as stored or raises a French `InvalidInputError` naming the field of the
company update's input (`contact.email`, `postalCode`…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.referentials.errors import ReferentialErrorCode

CONTACT_NAME_MAX_LENGTH = 120
CONTACT_FUNCTION_MAX_LENGTH = 120
CONTACT_EMAIL_MAX_LENGTH = 254
CONTACT_PHONE_MAX_LENGTH = 30
STREET_MAX_LENGTH = 200
WEBSITE_MAX_LENGTH = 200

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 .()-]+$")
_POSTAL_CODE = re.compile(r"^\d{5}$")
_HOST = re.compile(r"^(?=.{4,253}$)([a-z0-9](-*[a-z0-9])*\.)+[a-z]{2,63}$")


@dataclass(frozen=True, kw_only=True)
class ContactEntry:
    """The contact as typed; every field replaces the stored one (empty: not known)."""

    name: str = ""
    function: str = ""
    email: str = ""
    phone: str = ""


def checked_contact(entry: ContactEntry) -> dict[str, str]:
    """The contact's columns; a contact needs a name as soon as anything else is given."""
    name = _line(entry.name, "contact.name", "Le nom du contact", CONTACT_NAME_MAX_LENGTH)
    function = _line(entry.function, "contact.function", "La fonction du contact", CONTACT_FUNCTION_MAX_LENGTH)
    email = checked_email(entry.email, field="contact.email") if entry.email.strip() else ""
    phone = checked_phone(entry.phone, field="contact.phone") if entry.phone.strip() else ""
    if not name and (function or email or phone):
        raise InvalidInputError(
            "Le nom du contact est obligatoire.", field="contact.name", code=CommonErrorCode.REQUIRED
        )
    return {"contact_name": name, "contact_function": function, "contact_email": email, "contact_phone": phone}


def checked_email(value: str, *, field: str) -> str:
    address = value.strip().lower()
    if len(address) > CONTACT_EMAIL_MAX_LENGTH or not _EMAIL.match(address):
        raise InvalidInputError(
            "L'adresse e-mail n'est pas valide, par exemple « prenom.nom@entreprise.fr ».",
            field=field,
            code=CommonErrorCode.INVALID_EMAIL,
        )
    return address


def checked_phone(value: str, *, field: str) -> str:
    """A French number (ten digits from 0) or an international one (+ and 8 to 15 digits), as typed."""
    phone = " ".join(value.split())
    digits = re.sub(r"\D", "", phone)
    international = phone.startswith("+") and 8 <= len(digits) <= 15
    national = len(digits) == 10 and digits.startswith("0")
    if len(phone) > CONTACT_PHONE_MAX_LENGTH or not _PHONE_CHARACTERS.match(phone) or not (international or national):
        raise InvalidInputError(
            "Le numéro de téléphone n'est pas valide, par exemple « 02 35 00 00 00 » ou « +33 2 35 00 00 00 ».",
            field=field,
            code=CommonErrorCode.INVALID_PHONE,
        )
    return phone


def checked_street(value: str) -> str:
    return _line(value, "street", "L'adresse", STREET_MAX_LENGTH)


def checked_postal_code(value: str) -> str:
    code = "".join(value.split())
    if code and not _POSTAL_CODE.match(code):
        raise InvalidInputError(
            "Le code postal compte 5 chiffres, par exemple « 76770 ».",
            field="postalCode",
            code=ReferentialErrorCode.INVALID_POSTAL_CODE,
        )
    return code


def checked_website(value: str) -> str:
    """An http(s) address; « www.entreprise.fr » is taken as https://www.entreprise.fr."""
    url = value.strip()
    if not url:
        return ""
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not _HOST.match(host) or " " in url or len(url) > WEBSITE_MAX_LENGTH:
        raise InvalidInputError(
            f"Le site web doit être une adresse complète de {WEBSITE_MAX_LENGTH} caractères au plus, par exemple "
            "« https://www.entreprise.fr ».",
            field="website",
            code=CommonErrorCode.INVALID_URL,
        )
    return url


def _line(value: str, field: str, label: str, max_length: int) -> str:
    text = " ".join(value.split())
    if len(text) > max_length:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {max_length} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text
