"""What a file really is: the allow-list of document types and the check of their bytes.

Choice (issue 5): our own signature table plus the standard library's `zipfile`, no sniffing library.
Checked on PyPI: `puremagic` (1.30, the last release installable on Python 3.11) answers docx, pptx and
xlsx with equal confidence for *any* ZIP, so it cannot tell a Word file from an archive; `filetype`
(1.2.0, last release 2022) recognises OOXML only when the identifying part is among the first four ZIP
entries (a legitimate file with a large thumbnail first is refused) and knows neither the legacy OLE
formats nor HTML. The allow-list is short, so the table below is small and fully tested; containers are
opened for what identifies them: `[Content_Types].xml` (OOXML), `mimetype` (OpenDocument), the
directory of the compound file (legacy .doc/.xls/.ppt).
"""

from __future__ import annotations

import struct
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import BinaryIO

HEAD_BYTES = 4096


class FileKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    XLSX = "xlsx"
    PPTX = "pptx"
    ODT = "odt"
    ODS = "ods"
    ODP = "odp"
    DOC = "doc"
    XLS = "xls"
    PPT = "ppt"
    PNG = "png"
    JPEG = "jpeg"
    WEBP = "webp"


@dataclass(frozen=True, kw_only=True)
class AllowedType:
    kind: FileKind
    content_type: str  # the one we store and serve
    extensions: tuple[str, ...]
    # What browsers and systems also send for it (declared types are hints, the extension decides).
    aliases: tuple[str, ...] = ()


_OOXML = "application/vnd.openxmlformats-officedocument"
_ODF = "application/vnd.oasis.opendocument"

ALLOWED_TYPES: tuple[AllowedType, ...] = (
    AllowedType(kind=FileKind.PDF, content_type="application/pdf", extensions=("pdf",), aliases=("application/x-pdf",)),
    AllowedType(kind=FileKind.DOCX, content_type=f"{_OOXML}.wordprocessingml.document", extensions=("docx",)),
    AllowedType(kind=FileKind.XLSX, content_type=f"{_OOXML}.spreadsheetml.sheet", extensions=("xlsx",)),
    AllowedType(kind=FileKind.PPTX, content_type=f"{_OOXML}.presentationml.presentation", extensions=("pptx",)),
    AllowedType(kind=FileKind.ODT, content_type=f"{_ODF}.text", extensions=("odt",)),
    AllowedType(kind=FileKind.ODS, content_type=f"{_ODF}.spreadsheet", extensions=("ods",)),
    AllowedType(kind=FileKind.ODP, content_type=f"{_ODF}.presentation", extensions=("odp",)),
    AllowedType(kind=FileKind.DOC, content_type="application/msword", extensions=("doc",)),
    AllowedType(kind=FileKind.XLS, content_type="application/vnd.ms-excel", extensions=("xls",)),
    AllowedType(kind=FileKind.PPT, content_type="application/vnd.ms-powerpoint", extensions=("ppt",)),
    AllowedType(kind=FileKind.PNG, content_type="image/png", extensions=("png",)),
    AllowedType(
        kind=FileKind.JPEG, content_type="image/jpeg", extensions=("jpg", "jpeg"), aliases=("image/pjpeg", "image/jpg")
    ),
    AllowedType(kind=FileKind.WEBP, content_type="image/webp", extensions=("webp",)),
)
BY_EXTENSION = {extension: allowed for allowed in ALLOWED_TYPES for extension in allowed.extensions}
BY_CONTENT_TYPE = {allowed.content_type: allowed for allowed in ALLOWED_TYPES}
# Sent when the browser does not know the type (frequent for OpenDocument on Windows): the extension decides.
UNKNOWN_CONTENT_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})


def extension_of(file_name: str) -> str:
    _, dot, extension = file_name.rpartition(".")
    return extension.lower() if dot else ""


def normalise_content_type(value: str) -> str:
    """`Application/PDF; charset=binary` → `application/pdf`."""
    return value.split(";", 1)[0].strip().lower()


# --- Identification -------------------------------------------------------------------------------

_OOXML_MAIN_PARTS = {
    FileKind.DOCX: b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    FileKind.XLSX: b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    FileKind.PPTX: b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
_ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": FileKind.ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": FileKind.ODS,
    b"application/vnd.oasis.opendocument.presentation": FileKind.ODP,
}
# Stream names in a compound file's directory (MS-CFB) that make it a Word, Excel or PowerPoint file.
_CFB_STREAMS = {
    "WordDocument": FileKind.DOC,
    "Workbook": FileKind.XLS,
    "Book": FileKind.XLS,  # Excel 5/95
    "PowerPoint Document": FileKind.PPT,
}
_CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURE = b"PK\x03\x04"
# Members we read inside a container are tiny; a larger one is not a document we accept (zip bombs).
_MAX_MEMBER_BYTES = 2 * 1024 * 1024


def identify(file: BinaryIO) -> FileKind | None:
    """The kind of a seekable binary file, from its bytes only; None when it is nothing we accept."""
    file.seek(0)
    head = file.read(HEAD_BYTES)
    try:
        for matches, kind in _SIGNATURES:
            if matches(head):
                return kind
        for signature, open_container in _CONTAINERS:
            if head.startswith(signature):
                return open_container(file)
    except (zipfile.BadZipFile, OSError, ValueError, struct.error, EOFError, RuntimeError, NotImplementedError):
        # Damaged, encrypted or hostile containers are refused like any unknown content.
        return None
    finally:
        file.seek(0)
    return None


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_MEMBER_BYTES:
        return None
    with archive.open(info) as member:
        return member.read(_MAX_MEMBER_BYTES + 1)[:_MAX_MEMBER_BYTES]


def _identify_zip(file: BinaryIO) -> FileKind | None:
    file.seek(0)
    with zipfile.ZipFile(file) as archive:
        mimetype = _read_member(archive, "mimetype")
        if mimetype is not None:
            return _ODF_MIMETYPES.get(mimetype.strip())
        content_types = _read_member(archive, "[Content_Types].xml")
        if content_types is None:
            return None
        # The main part's content type names the document; a macro-enabled or template type does not match.
        found = [kind for kind, main in _OOXML_MAIN_PARTS.items() if main in content_types]
        return found[0] if len(found) == 1 else None


def _identify_compound_file(file: BinaryIO) -> FileKind | None:
    """Walk the directory chain of an MS-CFB file (the container of .doc/.xls/.ppt, but also of .msi)."""
    file.seek(0, 2)
    file_size = file.tell()
    file.seek(0)
    header = file.read(512)
    if len(header) < 512:
        return None
    (sector_shift,) = struct.unpack_from("<H", header, 0x1E)
    if sector_shift not in (9, 12):
        return None
    sector_size = 1 << sector_shift
    (first_directory_sector,) = struct.unpack_from("<I", header, 0x30)
    difat_start, difat_count = struct.unpack_from("<II", header, 0x44)
    max_sectors = file_size // sector_size + 1

    def read_sector(number: int) -> bytes:
        if number >= max_sectors:
            raise ValueError("sector out of range")
        file.seek((number + 1) * sector_size)
        data = file.read(sector_size)
        if len(data) < sector_size:
            raise ValueError("truncated sector")
        return data

    # The FAT is listed by the header's 109 DIFAT entries, then by a chain of DIFAT sectors.
    fat_sectors = [n for n in struct.unpack_from("<109I", header, 0x4C) if n < 0xFFFFFFFA]
    per_difat = sector_size // 4 - 1
    next_difat = difat_start
    for _ in range(min(difat_count, max_sectors)):
        if next_difat >= 0xFFFFFFFA:
            break
        entries = struct.unpack(f"<{per_difat + 1}I", read_sector(next_difat))
        fat_sectors += [n for n in entries[:per_difat] if n < 0xFFFFFFFA]
        next_difat = entries[per_difat]
    fat: list[int] = []
    for number in fat_sectors[:max_sectors]:
        fat += struct.unpack(f"<{sector_size // 4}I", read_sector(number))

    names: set[str] = set()
    sector = first_directory_sector
    for _ in range(max_sectors):  # bounded: a cycle in a hostile chain ends here
        if sector >= 0xFFFFFFFA or sector >= len(fat):
            break
        data = read_sector(sector)
        for offset in range(0, sector_size, 128):
            entry = data[offset : offset + 128]
            (name_length,) = struct.unpack_from("<H", entry, 64)
            object_type = entry[66]
            if object_type == 2 and 2 <= name_length <= 64:  # a stream
                names.add(entry[: name_length - 2].decode("utf-16-le", errors="replace"))
        sector = fat[sector]
    found = {_CFB_STREAMS[name] for name in names if name in _CFB_STREAMS}
    return found.pop() if len(found) == 1 else None


# Magic numbers at offset 0 (a PDF may legally start later, but then it is also something else: refused).
_SIGNATURES: tuple[tuple[Callable[[bytes], bool], FileKind], ...] = (
    (lambda head: head.startswith(b"%PDF-"), FileKind.PDF),
    (lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"), FileKind.PNG),
    (lambda head: head.startswith(b"\xff\xd8\xff"), FileKind.JPEG),
    (lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP", FileKind.WEBP),
)
_CONTAINERS: tuple[tuple[bytes, Callable[[BinaryIO], FileKind | None]], ...] = (
    (_ZIP_SIGNATURE, _identify_zip),
    (_CFB_SIGNATURE, _identify_compound_file),
)


def ascii_fallback(file_name: str) -> str:
    """An ASCII stand-in for `filename=` (old clients); `filename*=` carries the real name."""
    decomposed = unicodedata.normalize("NFKD", file_name).encode("ascii", "ignore").decode("ascii")
    cleaned = "".join(c if c.isprintable() and c not in '"\\;' else "_" for c in decomposed).strip()
    return cleaned or "document"
