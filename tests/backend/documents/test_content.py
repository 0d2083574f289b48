"""The checks that need no store: real type from the bytes, declared files, keys, names, signed links."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable

import pytest

from filiere.documents import tokens
from filiere.documents.content import FileKind, identify
from filiere.documents.errors import DocumentError, DocumentErrorCode
from filiere.documents.storage import check_declared_file, check_key, content_disposition
from tests.backend.documents import samples

MAX = 50 * 1024 * 1024


@pytest.mark.parametrize(
    ("build", "kind"),
    [
        (samples.pdf, FileKind.PDF),
        (samples.png, FileKind.PNG),
        (samples.jpeg, FileKind.JPEG),
        (samples.webp, FileKind.WEBP),
        (samples.docx, FileKind.DOCX),
        (samples.xlsx, FileKind.XLSX),
        (samples.pptx, FileKind.PPTX),
        (samples.odt, FileKind.ODT),
        (samples.ods, FileKind.ODS),
        (samples.odp, FileKind.ODP),
        (samples.doc, FileKind.DOC),
        (samples.xls, FileKind.XLS),
        (samples.ppt, FileKind.PPT),
    ],
)
def test_every_accepted_kind_is_recognised_from_its_bytes(build: Callable[[], bytes], kind: FileKind) -> None:
    assert identify(io.BytesIO(build())) is kind


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(samples.HTML, id="html"),
        pytest.param(samples.EXECUTABLE, id="executable"),
        pytest.param(samples.plain_zip(), id="zip-archive"),
        pytest.param(samples.docm(), id="macro-enabled-word"),
        pytest.param(samples.msi(), id="windows-installer"),
        pytest.param(b"", id="empty"),
        pytest.param(b"PK\x03\x04" + os.urandom(200), id="broken-zip"),
        pytest.param(samples.doc()[:700], id="truncated-compound-file"),
        pytest.param(b"   %PDF-1.4", id="pdf-header-not-first"),
    ],
)
def test_disguised_or_damaged_content_is_not_recognised(content: bytes) -> None:
    assert identify(io.BytesIO(content)) is None


def test_office_parts_are_found_wherever_they_sit_in_the_archive() -> None:
    # A large member first (a thumbnail) defeats libraries that look at the first entries only.
    thumbnail = ("docProps/thumbnail.jpeg", os.urandom(64 * 1024))
    assert identify(io.BytesIO(samples.docx(first=[thumbnail]))) is FileKind.DOCX


def test_oversized_container_members_are_not_read() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # 3 MB that compress to a few kilobytes: only the announced size is looked at.
        archive.writestr("[Content_Types].xml", b"wordprocessingml.document.main+xml" + bytes(3 * 1024 * 1024))
    assert identify(buffer) is None


def test_a_cycle_in_a_compound_file_ends() -> None:
    assert identify(io.BytesIO(samples.compound_file("WordDocument", directory_loop=True))) is FileKind.DOC


def test_declared_file_takes_its_type_from_the_extension() -> None:
    declared = check_declared_file(
        file_name="C:\\fakepath\\Étude de marché.ODT", content_type="application/octet-stream", size=10, max_bytes=MAX
    )
    assert declared.file_name == "Étude de marché.ODT"
    assert declared.content_type == "application/vnd.oasis.opendocument.text"
    assert declared.kind is FileKind.ODT
    jpeg = check_declared_file(file_name="photo.jpg", content_type="image/pjpeg", size=1, max_bytes=MAX)
    assert jpeg.content_type == "image/jpeg"


@pytest.mark.parametrize(
    ("file_name", "content_type", "size", "code", "field"),
    [
        ("rapport.exe", "application/octet-stream", 10, DocumentErrorCode.TYPE_NOT_ALLOWED, "fileName"),
        ("rapport", "application/pdf", 10, DocumentErrorCode.TYPE_NOT_ALLOWED, "fileName"),
        ("page.html", "text/html", 10, DocumentErrorCode.TYPE_NOT_ALLOWED, "fileName"),
        ("rapport.pdf", "text/html", 10, DocumentErrorCode.TYPE_NOT_ALLOWED, "contentType"),
        ("rapport.pdf", "image/png", 10, DocumentErrorCode.CONTENT_MISMATCH, "contentType"),
        ("rapport.pdf", "application/pdf", 0, DocumentErrorCode.EMPTY, "size"),
        ("rapport.pdf", "application/pdf", MAX + 1, DocumentErrorCode.TOO_LARGE, "size"),
        ("  ", "application/pdf", 10, DocumentErrorCode.INVALID_NAME, "fileName"),
        ("\x00\x1b", "application/pdf", 10, DocumentErrorCode.INVALID_NAME, "fileName"),
        ("x" * 300 + ".pdf", "application/pdf", 10, DocumentErrorCode.INVALID_NAME, "fileName"),
    ],
)
def test_declared_files_are_refused_with_a_code_a_field_and_a_french_message(
    file_name: str, content_type: str, size: int, code: DocumentErrorCode, field: str
) -> None:
    with pytest.raises(DocumentError) as refused:
        check_declared_file(file_name=file_name, content_type=content_type, size=size, max_bytes=MAX)
    assert refused.value.code == code
    assert refused.value.extensions == {"code": code.value, "field": field}
    assert refused.value.message.endswith(".")


def test_too_large_says_the_limit_in_french() -> None:
    with pytest.raises(DocumentError, match=r"\(50 Mo\)"):
        check_declared_file(file_name="a.pdf", content_type="application/pdf", size=MAX + 1, max_bytes=MAX)


@pytest.mark.parametrize("key", ["../normandie/x", "/etc/passwd", "a/../b", "a//b", "a.b", "", "a/", "a b", "é"])
def test_keys_cannot_leave_their_place(key: str) -> None:
    with pytest.raises(ValueError, match="invalid object key"):
        check_key(key)


def test_downloads_are_attachments_with_the_exact_name() -> None:
    header = content_disposition('Étude « v2 » "finale".pdf')
    assert header == (
        'attachment; filename="Etude  v2  _finale_.pdf"; '
        "filename*=UTF-8''%C3%89tude%20%C2%AB%20v2%20%C2%BB%20%22finale%22.pdf"
    )


SECRET = b"secret"


def claims(**changes: object) -> tokens.LinkClaims:
    values: dict[str, object] = {
        "op": "upload",
        "tenant": "normandie",
        "key": "k1",
        "expires": 1_000,
        "content_type": "application/pdf",
        "max_bytes": 10,
    }
    values.update(changes)
    return tokens.LinkClaims(**values)  # type: ignore[arg-type]


def test_links_round_trip_until_they_expire() -> None:
    token = tokens.sign(claims(), secret=SECRET)
    assert tokens.verify(token, secret=SECRET, op="upload", now=999) == claims()
    with pytest.raises(DocumentError) as expired:
        tokens.verify(token, secret=SECRET, op="upload", now=1_001)
    assert expired.value.code == DocumentErrorCode.LINK_EXPIRED


def _reencode(token: str, **changes: object) -> str:
    payload, signature = token.split(".")
    raw = json.loads(tokens._b64decode(payload))
    raw.update(changes)
    return tokens._b64encode(json.dumps(raw).encode()) + "." + signature


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda t: _reencode(t, tenant="ile-de-france"), id="other-region"),
        pytest.param(lambda t: _reencode(t, max_bytes=10**9), id="bigger-limit"),
        pytest.param(lambda t: _reencode(t, expires=10**10), id="later-expiry"),
        pytest.param(
            lambda t: t.split(".")[0] + "." + tokens.sign(claims(key="k2"), secret=SECRET).split(".")[1],
            id="other-signature",
        ),
        pytest.param(lambda t: tokens.sign(claims(), secret=b"another secret"), id="other-secret"),
        pytest.param(lambda t: tokens.sign(claims(op="download"), secret=SECRET), id="other-operation"),
        pytest.param(lambda t: t.split(".")[0], id="unsigned"),
        pytest.param(lambda t: "not-base64!.x", id="garbage"),
        pytest.param(lambda t: t + "A" * 5000, id="oversized"),
    ],
)
def test_forged_links_are_refused(forge: Callable[[str], str]) -> None:
    token = tokens.sign(claims(), secret=SECRET)
    with pytest.raises(DocumentError) as refused:
        tokens.verify(forge(token), secret=SECRET, op="upload", now=0)
    assert refused.value.code == DocumentErrorCode.LINK_INVALID


def test_the_signing_key_differs_per_region() -> None:
    normandie = tokens.sign(claims(tenant="normandie"), secret=SECRET).split(".")[1]
    idf = tokens.sign(claims(tenant="ile-de-france"), secret=SECRET).split(".")[1]
    assert normandie != idf
