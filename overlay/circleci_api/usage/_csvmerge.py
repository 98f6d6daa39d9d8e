"""Merging CSV parts into one file with bounded memory, written atomically.

* ``Gunzip`` decompresses a byte stream piece by piece, never producing more than ``CHUNK`` bytes
  at a time (highly repetitive CSV compresses a thousand-fold, so unbounded output would defeat the
  point).  A part that does not start with the gzip magic is passed through as plain text.
* ``CsvMerger`` writes the first part's header once and checks that every later part starts with
  the same header line, then copies rows through as bytes.  A part can be rolled back (for a retry).
* ``AtomicFile`` writes to a temporary file beside the destination and renames it over the
  destination only on success; on failure the temporary file is removed and the destination is
  untouched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import zlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import httpx

from circleci_api._base_error import CircleCIError

__all__ = [
    "CHUNK",
    "AtomicFile",
    "CsvMerger",
    "ExportFormatError",
    "Gunzip",
    "HeaderMismatchError",
    "abody_chunks",
    "body_chunks",
]

CHUNK = 64 * 1024
#: A header line longer than this is not a CSV header (guards memory on garbage input).
MAX_HEADER = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


class ExportFormatError(CircleCIError, ValueError):
    """A downloaded export part is not what it should be (corrupt or truncated gzip, no header)."""


class HeaderMismatchError(ExportFormatError):
    """A part's CSV header differs from the first part's, so the parts cannot be merged.

    ``part`` is the 1-based number of the offending part; ``expected`` and ``got`` are the headers.
    """

    def __init__(self, part: int, expected: str, got: str) -> None:
        super().__init__(
            f"part {part} has a different CSV header than part 1 ({_first_difference(expected, got)})"
        )
        self.part = part
        self.expected = expected
        self.got = got


def _first_difference(expected: str, got: str) -> str:
    """Where two header lines first differ, e.g. ``column 48: expected 'a', got 'b'``."""

    def short(text: str) -> str:
        return text if len(text) <= 60 else text[:59] + "…"

    want, have = expected.split(","), got.split(",")
    for index, (a, b) in enumerate(zip(want, have, strict=False), start=1):
        if a != b:
            return f"column {index}: expected {short(a)!r}, got {short(b)!r}"
    return f"expected {len(want)} columns, got {len(have)}"


class Gunzip:
    """Incremental gzip (or plain) decoder with bounded output pieces."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._mode: str | None = None  # "gzip" or "plain", decided by the first two bytes
        self._pending = b""
        self._inflater: zlib._Decompress | None = None

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded pieces of at most ``CHUNK`` bytes for the next input bytes."""
        if self._mode is None:
            self._pending += data
            if len(self._pending) < 2:
                return
            data, self._pending = self._pending, b""
            self._mode = "gzip" if data[:2] == _GZIP_MAGIC else "plain"
        if self._mode == "plain":
            for start in range(0, len(data), CHUNK):
                yield data[start : start + CHUNK]
            return
        yield from self._inflate(data)

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        while data:
            if self._inflater is None:
                if not data.strip(b"\0"):
                    return  # some writers pad the end of a gzip file with NUL bytes
                if not data.startswith(_GZIP_MAGIC[: len(data)]):
                    raise ExportFormatError(f"{self.label}: unexpected bytes after the end of the gzip data")
                self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                piece = self._inflater.decompress(data, CHUNK)
            except zlib.error as exc:
                raise ExportFormatError(f"{self.label}: corrupt gzip data ({exc})") from None
            if piece:
                yield piece
            if self._inflater.eof:
                data = self._inflater.unused_data  # another gzip member may follow
                self._inflater = None
            else:
                data = self._inflater.unconsumed_tail

    def finish(self) -> Iterator[bytes]:
        """Whatever is left; raises ``ExportFormatError`` if the gzip data stopped early."""
        if self._mode is None and self._pending:
            self._mode = "plain"
            yield self._pending
            self._pending = b""
        if self._inflater is not None:
            try:
                while piece := self._inflater.decompress(b"", CHUNK):
                    yield piece
            except zlib.error as exc:
                raise ExportFormatError(f"{self.label}: corrupt gzip data ({exc})") from None
            if not self._inflater.eof:
                raise ExportFormatError(f"{self.label}: the gzip data is truncated (download cut short?)")


def _decoded(response: httpx.Response) -> bool:
    """Whether to read the decoded body: the server applied a Content-Encoding, or the body was
    already loaded (in-process transports build responses from bytes)."""
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    return encoding not in ("", "identity") or response.is_stream_consumed


def body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The response body in pieces of at most ``CHUNK`` bytes, as the server meant it.

    Raw bytes unless the server applied a ``Content-Encoding`` (then httpx decodes it).
    """
    if _decoded(response):
        return response.iter_bytes(CHUNK)
    return response.iter_raw(CHUNK)


def abody_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """Async twin of ``body_chunks``."""
    if _decoded(response):
        return response.aiter_bytes(CHUNK)
    return response.aiter_raw(CHUNK)


def _header_text(line: bytes) -> str:
    text = line.rstrip(b"\r\n").removeprefix(b"\xef\xbb\xbf")
    return text.decode("utf-8", errors="replace")


class CsvMerger:
    """Concatenates CSV parts into ``out``, keeping the first header only."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.header: str | None = None
        self.parts = 0
        self.bytes_written = 0
        self._part_start = 0
        self._head = b""
        self._in_header = False
        self._last_byte = b"\n"

    def start_part(self) -> None:
        """Begin the next part."""
        self.parts += 1
        self._part_start = self.out.tell()
        self._head = b""
        self._in_header = True
        self._last_byte = b"\n"

    def rollback_part(self) -> None:
        """Forget everything written for the current part (before retrying its download)."""
        self.out.seek(self._part_start)
        self.out.truncate()
        self.bytes_written = self._part_start
        if self.parts == 1:
            self.header = None
        self._head = b""
        self._in_header = True
        self._last_byte = b"\n"

    def feed(self, data: bytes) -> None:
        """Decoded bytes of the current part."""
        if self._in_header:
            self._head += data
            newline = self._head.find(b"\n")
            if newline < 0:
                if len(self._head) > MAX_HEADER:
                    raise ExportFormatError(f"part {self.parts}: no CSV header line in the first 64 KiB")
                return
            line, data = self._head[: newline + 1], self._head[newline + 1 :]
            self._head = b""
            self._in_header = False
            self._take_header(line)
        self._write(data)

    def end_part(self) -> None:
        """Finish the current part (a part without a final newline gets one).

        Raises ``ExportFormatError`` for an empty part: CircleCI writes a header even when a window
        has no rows, so an empty download is a broken one, never an empty result.
        """
        if self._in_header and not self._head:
            raise ExportFormatError(f"part {self.parts} is empty: not even a CSV header line")
        if self._in_header and self._head:
            self._in_header = False
            self._take_header(self._head + b"\n")
            self._head = b""
        if self._last_byte != b"\n":
            self._write(b"\n")

    def _take_header(self, line: bytes) -> None:
        text = _header_text(line)
        if self.header is None:
            self.header = text
            self._write(line if line.endswith(b"\n") else line + b"\n")
        elif text != self.header:
            raise HeaderMismatchError(self.parts, self.header, text)

    def _write(self, data: bytes) -> None:
        if data:
            self.out.write(data)
            self.bytes_written += len(data)
            self._last_byte = data[-1:]


class AtomicFile:
    """``with AtomicFile(dest) as f:`` writes ``dest`` completely or not at all.

    The temporary file lives in ``dest``'s directory (so the final rename is atomic) and is fsynced
    before the rename unless ``fsync=False``.  Parent directories must exist.
    """

    def __init__(self, dest: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.dest = Path(dest)
        self.fsync = fsync
        self._file: BinaryIO | None = None
        self._tmp: Path | None = None

    def __enter__(self) -> BinaryIO:
        directory = self.dest.parent
        if not directory.is_dir():
            raise FileNotFoundError(f"directory {str(directory)!r} does not exist")
        # Like mkstemp, but the file gets the usual permissions (0o666 minus the umask).
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        for _ in range(100):
            tmp = directory / f".{self.dest.name}.{secrets.token_hex(6)}.partial"
            try:
                fd = os.open(tmp, flags, 0o666)
            except FileExistsError:
                continue
            break
        else:  # pragma: no cover - 100 collisions of 48 random bits
            raise FileExistsError(f"could not create a temporary file in {str(directory)!r}")
        self._tmp = tmp
        self._file = os.fdopen(fd, "w+b")
        return self._file

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._file is not None
        assert self._tmp is not None
        try:
            if exc_type is None:
                self._file.flush()
                if self.fsync:
                    os.fsync(self._file.fileno())
            self._file.close()
            if exc_type is None:
                os.replace(self._tmp, self.dest)
        finally:
            if self._tmp.exists():
                with contextlib.suppress(OSError):
                    self._tmp.unlink()
