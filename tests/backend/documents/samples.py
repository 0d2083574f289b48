"""Small real-format files built in memory: one per accepted kind, and disguised ones."""

from __future__ import annotations

import io
import struct
import zipfile

import xlsxwriter

OOXML = "application/vnd.openxmlformats-officedocument"
FREE, END_OF_CHAIN, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def pdf(text: str = "Étude de marché") -> bytes:
    body = text.encode("utf-8")
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length "
        + str(len(body)).encode()
        + b" >>\nstream\n"
        + body
        + (b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    )


def png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00" + bytes(40)


def jpeg() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(40) + b"\xff\xd9"


def webp() -> bytes:
    payload = b"WEBPVP8 " + struct.pack("<I", 20) + bytes(20)
    return b"RIFF" + struct.pack("<I", len(payload)) + payload


def _zip(members: list[tuple[str, bytes]], *, stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(members):
            method = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def ooxml(main_part: str, main_type: str, *, first: list[tuple[str, bytes]] | None = None) -> bytes:
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{main_part}" ContentType="{main_type}"/></Types>'
    ).encode()
    return _zip(
        [
            *(first or []),
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", b"<Relationships/>"),
            (main_part, b"<document/>"),
        ]
    )


def docx(**options: list[tuple[str, bytes]]) -> bytes:
    return ooxml("word/document.xml", f"{OOXML}.wordprocessingml.document.main+xml", **options)


def docm() -> bytes:
    return ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml")


def pptx() -> bytes:
    return ooxml("ppt/presentation.xml", f"{OOXML}.presentationml.presentation.main+xml")


def xlsx() -> bytes:
    """A real workbook, written by XlsxWriter."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.add_worksheet("Plan de financement").write(0, 0, "Capex")
    workbook.close()
    return buffer.getvalue()


def opendocument(mimetype: str) -> bytes:
    return _zip(
        [
            ("mimetype", mimetype.encode()),
            ("content.xml", b"<office:document-content/>"),
            ("META-INF/manifest.xml", b"<m/>"),
        ],
        stored_first=True,
    )


def odt() -> bytes:
    return opendocument("application/vnd.oasis.opendocument.text")


def ods() -> bytes:
    return opendocument("application/vnd.oasis.opendocument.spreadsheet")


def odp() -> bytes:
    return opendocument("application/vnd.oasis.opendocument.presentation")


def plain_zip() -> bytes:
    return _zip([("lisez-moi.txt", b"bonjour"), ("setup.exe", b"MZ\x90\x00")])


def _directory_entry(name: str, object_type: int, *, right: int = FREE, child: int = FREE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    entry = encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), object_type, 1)
    entry += struct.pack("<III", FREE, right, child)  # siblings (a degenerate tree: a list), child
    entry += bytes(16 + 4 + 16)  # clsid, state bits, times
    entry += struct.pack("<IQ", END_OF_CHAIN, 0)  # start sector, size
    return entry.ljust(128, b"\0")


def compound_file(*streams: str, directory_loop: bool = False) -> bytes:
    """A minimal MS-CFB (version 3): sector 0 holds the FAT, sector 1 the directory."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
    header += struct.pack("<109I", 0, *([FREE] * 108))
    assert len(header) == 512
    fat = struct.pack("<128I", FAT_SECTOR, 1 if directory_loop else END_OF_CHAIN, *([FREE] * 126))
    entries = [_directory_entry("Root Entry", 5, child=1 if streams else FREE)]
    for number, name in enumerate(streams, start=1):
        entries.append(_directory_entry(name, 2, right=number + 1 if number < len(streams) else FREE))
    directory = b"".join(entries).ljust(512, b"\0")[:512]
    return header + fat + directory


def doc() -> bytes:
    return compound_file("WordDocument", "\x01CompObj", "1Table")


def xls() -> bytes:
    return compound_file("Workbook", "\x05SummaryInformation")


def ppt() -> bytes:
    return compound_file("PowerPoint Document", "Current User")


def msi() -> bytes:
    """Windows Installer packages are compound files too."""
    return compound_file("\u4840\u3b3f\u43f2", "\x05SummaryInformation")


HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
EXECUTABLE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(48) + b"This program cannot be run in DOS mode."
)
