"""Codes of the errors a user may cause with a document; French messages are defaults, the SPA maps codes."""

from __future__ import annotations

from enum import StrEnum

from filiere.errors import InvalidInputError


class DocumentErrorCode(StrEnum):
    INVALID_NAME = "invalid_name"
    TYPE_NOT_ALLOWED = "type_not_allowed"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    NOT_UPLOADED = "not_uploaded"
    CONTENT_MISMATCH = "content_mismatch"  # the bytes are not what the name and declared type say
    LINK_EXPIRED = "link_expired"  # local backend: the signed upload/download link is past its expiry
    LINK_INVALID = "link_invalid"  # local backend: unsigned, tampered or malformed link
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"
    STALE_VERSION = "stale_version"


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
    DocumentErrorCode.NOT_FOUND: "Ce projet ou ce document est introuvable.",
    DocumentErrorCode.NOT_ALLOWED: "Seuls les conseillers de la région du projet peuvent y déposer des documents.",
    DocumentErrorCode.STALE_VERSION: "Ce document a changé entre-temps : rechargez la page.",
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
