"""Reading the records of an Aides-territoires `/api/aids/` file one by one, without loading the file.

The file is either a JSON array of aids or one page of the API, `{"count": …, "results": [...]}`. Only the
top level is read incrementally, with the standard library's `JSONDecoder.raw_decode` on a sliding buffer:
each aid is small (a few kilobytes) and decoded whole, while the file may hold tens of thousands of them.
This spares the project a streaming-parser dependency (and re-pinning the whole lock for it).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

CHUNK_SIZE = 1 << 16
_WHITESPACE = " \t\r\n"


class AidesFileError(Exception):
    """The file is not an Aides-territoires export: nothing is imported from it."""


class _Reader:
    def __init__(self, stream: BinaryIO, on_bytes: Callable[[int], None] | None, chunk_size: int) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._decode = json.JSONDecoder().raw_decode
        self._on_bytes = on_bytes
        self._chunk_size = chunk_size
        self._buffer = ""
        self._pos = 0
        self._eof = False
        self.bytes_read = 0

    def _fill(self) -> bool:
        """Read one more chunk; False at the end of the file."""
        if self._eof:
            return False
        chunk = self._stream.read(self._chunk_size)
        self.bytes_read += len(chunk)
        try:
            text = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise AidesFileError(f"Le fichier n'est pas en UTF-8 (vers l'octet {self.bytes_read}).") from None
        if self._pos > self._chunk_size:  # drop what was consumed, so the buffer stays small
            self._buffer, self._pos = self._buffer[self._pos :], 0
        self._buffer += text
        self._eof = not chunk
        if self._on_bytes is not None:
            self._on_bytes(self.bytes_read)
        return True

    def peek(self) -> str:
        """The next significant character ("" at the end of the file)."""
        while True:
            while self._pos < len(self._buffer) and self._buffer[self._pos] in _WHITESPACE:
                self._pos += 1
            if self._pos < len(self._buffer) or not self._fill():
                return self._buffer[self._pos : self._pos + 1]

    def expect(self, expected: str) -> None:
        found = self.peek()
        if found != expected:
            what = f"« {found} »" if found else "la fin du fichier"
            raise AidesFileError(
                f"JSON invalide vers l'octet {self.bytes_read} : « {expected} » attendu, {what} trouvé."
            )
        self._pos += 1

    def value(self) -> Any:
        """The next JSON value, read whole (more chunks are read until it is complete)."""
        self.peek()
        while True:
            try:
                value, end = self._decode(self._buffer, self._pos)
            except json.JSONDecodeError as error:
                if self._fill():
                    continue
                raise AidesFileError(f"JSON invalide vers l'octet {self.bytes_read} : {error.msg}.") from None
            # A number (or a literal) that touches the end of the buffer may go on in the next chunk.
            if end == len(self._buffer) and self._fill():
                continue
            self._pos = end
            return value

    def array_items(self) -> Iterator[Any]:
        self.expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            if self.peek() == "]":
                self._pos += 1
                return
            self.expect(",")


def read_aids(
    stream: BinaryIO, *, on_bytes: Callable[[int], None] | None = None, chunk_size: int = CHUNK_SIZE
) -> Iterator[Any]:
    """Each element of the file's list of aids, in order; `on_bytes(n)` after each chunk read."""
    reader = _Reader(stream, on_bytes, chunk_size)
    first = reader.peek()
    if first == "[":
        yield from reader.array_items()
    elif first == "{":
        yield from _results_of_page(reader)
    else:
        raise AidesFileError(
            "Le fichier doit contenir une liste d'aides, ou une page de l'API Aides-territoires "
            "(un objet avec « results »)."
        )
    if reader.peek() != "":
        raise AidesFileError(f"Contenu inattendu après la liste d'aides (vers l'octet {reader.bytes_read}).")


def _results_of_page(reader: _Reader) -> Iterator[Any]:
    reader.expect("{")
    found = False
    more = reader.peek() != "}"
    while more:
        key = reader.value()
        if not isinstance(key, str):
            raise AidesFileError(f"JSON invalide vers l'octet {reader.bytes_read} : nom de champ attendu.")
        reader.expect(":")
        if key == "results":
            yield from reader.array_items()
            found = True
        else:
            reader.value()  # count, next, previous: not needed
        more = reader.peek() == ","
        if more:
            reader.expect(",")
    reader.expect("}")
    if not found:
        raise AidesFileError("La page de l'API ne contient pas de liste « results ».")
