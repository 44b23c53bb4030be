"""Bytes to text: byte-order marks, then UTF-8, then a guess that says it guessed; never a crash.

- A byte-order mark decides (UTF-8, UTF-16 or UTF-32, either byte order): no guess, no warning.
- Valid UTF-8 is UTF-8.
- Otherwise a Windows-1252 page with a few accented letters and curly quotes (the common CMS export)
  is read as cp1252. When cp1252 cannot be right (bytes it leaves undefined, or most of the text
  outside ASCII: another script), charset-normalizer guesses. Latin-1 is the last resort. Each of
  these carries a warning naming the encoding used.
- A file holding NUL bytes in no UTF-16/32 encoding is binary: `Skip`, with the reason.
Line endings become \\n.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from factcheck.errors import CorpusError

BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
MAX_FOREIGN = 0.05  # more non-ASCII than this in a cp1252 reading: probably another script
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class Skip(Exception):
    """A file that is not an article (binary, too large): skipped with this reason, never read."""


def decode(data: bytes) -> tuple[str, str | None]:
    """The text and a warning when its encoding was guessed."""
    for bom, codec, _name in BOMS:
        if data.startswith(bom):
            try:
                return _lines(data[len(bom) :].decode(codec)), None
            except UnicodeDecodeError as exc:
                raise Skip(f"starts with a {_name} byte-order mark but is not {_name} (byte {exc.start})") from None
    if b"\0" in data:
        raise Skip("binary file (NUL bytes)")
    try:
        return _lines(data.decode("utf-8")), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text, encoding = _guess(data)
    return _lines(text), f"not valid UTF-8 (byte {first_bad}); read as {encoding}"


def _guess(data: bytes) -> tuple[str, str]:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and sum(ord(c) > 127 for c in text) <= MAX_FOREIGN * len(text):
        return text, "cp1252"
    from charset_normalizer import from_bytes  # only for the hard cases

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), f"{best.encoding} (guessed by charset-normalizer)"
    return data.decode("latin-1"), "latin-1"


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes; `Skip` when it is no regular file or larger than `max_bytes`."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block, /dev/zero never end
            raise Skip("not a regular file")
        size = info.st_size
        if size > max_bytes:
            raise Skip(f"{size:,} bytes, over the size limit of {max_bytes:,} (max_file_size)")
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str | None]:
    return decode(read_bytes(path, max_bytes))
