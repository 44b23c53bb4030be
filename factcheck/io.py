"""File-system edges: paths as the user sees them, and writing so a report is either the old one or the new one."""

from __future__ import annotations

import functools
import os
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import UsageError

STALE_SECONDS = 3600  # a temporary report file this old was left by a killed run


def display_path(path: Path) -> str:
    """Relative to the working directory when possible, so file:line links work from there. A name
    that is not valid UTF-8 shows its bytes escaped ("caf\\xe9.txt"): reports are text."""
    try:
        shown = path.resolve().relative_to(_resolved(os.getcwd())).as_posix()
    except ValueError:
        shown = path.as_posix()
    return printable(shown)


@functools.lru_cache(maxsize=8)
def _resolved(folder: str) -> Path:
    """The working folder with its links resolved, once per folder: every article's path is shown
    relative to it."""
    return Path(folder).resolve()


def printable(name: str) -> str:
    """A file name from the file system as text: undecodable bytes (surrogates) backslash-escaped."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (a string, or its pieces) to `path` through a temporary file in the same folder,
    renamed over it: the old file stays whole until the new one is.

    An existing report keeps its permissions (a new one gets the umask's); a symlink is followed,
    so the link stays; anything else that is not a regular file (a device, a FIFO, a folder) is
    refused. Temporary files a killed run left behind are removed once they are an hour old.
    """
    try:
        target = path.resolve() if path.is_symlink() else path
        if target.exists() and not target.is_file():
            raise UsageError(f"{path}: not a regular file; give another report path, or '-' for standard output")
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _default_mode()
        _clean_stale(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n", errors="surrogateescape") as fh:
                if isinstance(text, str):
                    fh.write(text)
                else:
                    fh.writelines(text)
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UsageError(f"{path}: cannot write report: {exc.strerror or exc}") from None


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _clean_stale(target: Path) -> None:
    now = time.time()
    for old in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            if now - old.stat().st_mtime > STALE_SECONDS:
                old.unlink()
        except OSError:
            continue  # another run's, or gone already
