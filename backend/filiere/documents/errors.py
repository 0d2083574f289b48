"""Codes of the errors a user may cause with a document; French messages are defaults, the SPA maps codes."""

from __future__ import annotations

from enum import StrEnum

from filiere.errors import InvalidInputError


class DocumentErrorCode(StrEnum):
    INVALID_NAME = "INVALID_NAME"
    TYPE_NOT_ALLOWED = "TYPE_NOT_ALLOWED"
    TOO_LARGE = "TOO_LARGE"
    EMPTY = "EMPTY"
    NOT_UPLOADED = "NOT_UPLOADED"
    CONTENT_MISMATCH = "CONTENT_MISMATCH"  # the bytes are not what the name and declared type say
    LINK_EXPIRED = "LINK_EXPIRED"  # local backend: the signed upload/download link is past its expiry
    LINK_INVALID = "LINK_INVALID"  # local backend: unsigned, tampered or malformed link


MESSAGES: dict[DocumentErrorCode, str] = {
    DocumentErrorCode.INVALID_NAME: "Le nom du fichier est invalide.",
    DocumentErrorCode.TYPE_NOT_ALLOWED: (
        "Ce type de fichier n'est pas accepté. Formats acceptés : PDF, Word, Excel, PowerPoint, "
        "OpenDocument (texte, classeur, présentation), PNG, JPEG et WebP."
    ),
    DocumentErrorCode.TOO_LARGE: "Le fichier dépasse la taille maximale autorisée.",
    DocumentErrorCode.EMPTY: "Le fichier est vide.",
    DocumentErrorCode.NOT_UPLOADED: "Le fichier n'a pas été reçu. Recommencez l'envoi.",
    DocumentErrorCode.CONTENT_MISMATCH: "Le contenu du fichier ne correspond pas à son type. Il a été refusé.",
    DocumentErrorCode.LINK_EXPIRED: "Ce lien a expiré. Recommencez depuis l'application.",
    DocumentErrorCode.LINK_INVALID: "Ce lien est invalide.",
}


class DocumentError(InvalidInputError):
    """A refused file, with its code; `field` names the mutation input field the lead's schema exposes."""

    def __init__(self, code: DocumentErrorCode, message: str | None = None, *, field: str | None = "file") -> None:
        super().__init__(message or MESSAGES[code], field=field, code=code)
        self.document_code = code


def human_size(size: int) -> str:
    """« 50 Mo » — French units, base 1024 as file managers show them."""
    for unit, factor in (("Go", 1024**3), ("Mo", 1024**2), ("ko", 1024)):
        if size >= factor:
            value = size / factor
            text = f"{value:.0f}" if value >= 10 or value.is_integer() else f"{value:.1f}".replace(".", ",")
            return f"{text} {unit}"
    return f"{size} octets"
