"""Bytes to text: UTF-8 first, then the encodings CMS exports commonly use, never a crash."""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import CorpusError

FALLBACKS = ("cp1252", "latin-1")


def decode(data: bytes) -> tuple[str, str | None]:
    """The text and a warning when it was not valid UTF-8. Line endings become \\n."""
    try:
        text, warning = data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        for encoding in FALLBACKS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            warning = f"not valid UTF-8 (byte {exc.start}); read as {encoding}"
            break
    return text.replace("\r\n", "\n").replace("\r", "\n"), warning


def read_text(path: Path) -> tuple[str, str | None]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(data)
