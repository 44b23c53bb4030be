"""The whole-run cache: an edge (it reads the corpus's bytes and a SQLite file) that replays a run
whose every input is unchanged.

The claim cache (factcheck/cache.py) lets a warm run skip extraction, but it still checks every rule
and renders every report, which on a large corpus is most of what a warm run costs. factcheck is
deterministic: a run whose inputs are all those of an earlier run writes the same reports, byte for
byte. So a run's reports are kept under a fingerprint of everything they are made from:

- every file the corpus walk finds, by path and bytes (a file over the size limit by its size), the
  links it does not follow, and each folder's sources.yaml with the names of the folder's files;
- the rule files, by path and bytes; the settings that shape a report (not `jobs` or the cache path);
- the baseline's bytes, the changed paths, the formats, report paths and working folder;
- factcheck's own code.

Any difference is a miss, and the run goes the usual way (through the claim cache) and is kept
for the next. A replay writes the kept reports atomically and prints the kept summary and
warnings, with the kept exit status. The table holds the last few runs only, and no run whose
reports pass MAX_KEPT_BYTES.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import hashlib
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.cache import code_version
from factcheck.corpus.manifest import MANIFEST_NAMES
from factcheck.models import Report, Skipped
from factcheck.ruleset.files import rule_files
from factcheck.settings import Settings

SCHEMA = 1
_RUNS = f"runs_v{SCHEMA}"
_OUTPUTS = f"run_outputs_v{SCHEMA}"
KEEP = 4  # runs kept: a project that switches between a few configurations replays each
# Reports larger than this together are not kept: their compressed copy would be held in memory
# while stored, beside everything the run holds at its end.
MAX_KEPT_BYTES = 256 * 1024 * 1024
# Settings that never change a report: how claims are extracted, and where they are cached.
_NOT_OUTPUT = frozenset({"jobs", "cache", "engine", "scheduler"})


@dataclass(frozen=True)
class Replay:
    """A kept run: its report without the conflicts (the summary, warnings and the rest the
    terminal shows) and each report file's path with its text, in pieces: a large report is never
    held whole."""

    summary: Report
    outputs: tuple[tuple[str, Callable[[], Iterator[str]]], ...]


def fingerprint(
    found: Sequence[tuple[Path, Path]],
    links: Sequence[Skipped],
    settings: Settings,
    exclude: frozenset[str],
    extra: Sequence[str],
) -> str:
    """The hash of every input a run's reports are made from (see the module docstring): `found`
    and `links` are what `corpus.discover` finds, `exclude` the run's own report files (never
    read), `extra` the run's other inputs as text."""
    digest = hashlib.sha256(f"run {SCHEMA}\n{code_version()}\n".encode())
    _text(digest, settings.model_dump_json(exclude=set(_NOT_OUTPUT)))
    for part in extra:
        _text(digest, part)
    for link in links:
        _text(digest, f"link {link.path}")
    folders: set[Path] = set()
    for root, file in found:
        folders.add(file.parent)
        _text(digest, f"file {root.as_posix()} {file.as_posix()}")
        if str(file.resolve()) in exclude:
            continue
        _file(digest, file, settings.max_file_size)
    for folder in sorted(folders):
        for name in MANIFEST_NAMES:
            if (folder / name).is_file():
                _text(digest, f"manifest {folder.as_posix()} {name}")
                _file(digest, folder / name, settings.max_file_size)
                _text(digest, "\n".join(sorted(p.name for p in folder.iterdir())))
    for directory in settings.rule_dirs():
        for rule_file in rule_files(directory) if directory.is_dir() else []:
            _text(digest, f"rules {rule_file.as_posix()}")
            _file(digest, rule_file, None)
    return digest.hexdigest()


def _text(digest: hashlib._Hash, text: str) -> None:
    data = text.encode("utf-8", "surrogateescape")
    digest.update(len(data).to_bytes(8, "big"))
    digest.update(data)


def _file(digest: hashlib._Hash, path: Path, limit: int | None) -> None:
    """A file's bytes, or for one over `limit` its size: such a file is skipped, whatever it holds."""
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            _text(digest, f"too large {size}")
            return
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    except OSError as exc:
        _text(digest, f"unreadable {exc.errno}")


class RunCache:
    """Kept runs in the claim cache's SQLite file. A file that cannot be used is no error: every
    method then does nothing, and the run goes the usual way."""

    def __init__(self, path: Path) -> None:
        self._db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                f"CREATE TABLE IF NOT EXISTS {_RUNS} (key TEXT PRIMARY KEY, used REAL NOT NULL,"
                " summary BLOB NOT NULL) WITHOUT ROWID"
            )
            self._db.execute(
                f"CREATE TABLE IF NOT EXISTS {_OUTPUTS} (key TEXT NOT NULL, n INTEGER NOT NULL, path TEXT NOT NULL,"
                " data BLOB NOT NULL, PRIMARY KEY (key, n)) WITHOUT ROWID"
            )
        except (OSError, sqlite3.Error):
            self.close()

    def get(self, key: str) -> Replay | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute(f"SELECT summary FROM {_RUNS} WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            summary = Report.model_validate_json(zlib.decompress(row[0]))
            rows = self._db.execute(f"SELECT path, data FROM {_OUTPUTS} WHERE key = ? ORDER BY n", (key,)).fetchall()
            for _path, data in rows:
                for _piece in _pieces(data):  # a damaged copy fails here, before any report is written
                    pass
            self._db.execute(f"UPDATE {_RUNS} SET used = ? WHERE key = ?", (time.time(), key))
        except (sqlite3.Error, zlib.error, ValueError):
            return None  # a damaged row is a miss
        return Replay(summary, tuple((path, functools.partial(_pieces, data)) for path, data in rows))

    def put(self, key: str, report: Report, outputs: Sequence[Path]) -> None:
        """Keep a run, its report files compressed as they are read: one transaction, so a kill leaves
        the table as it was."""
        if self._db is None:
            return
        summary = report.model_copy(update={"conflicts": (), "baselined": (), "suppressed": ()})
        try:
            if sum(path.stat().st_size for path in outputs) > MAX_KEPT_BYTES:
                return
            rows = [(key, n, str(path), _compressed(path)) for n, path in enumerate(outputs)]
        except OSError:
            return
        with contextlib.suppress(sqlite3.Error):  # a run not kept is only a slower next run
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    f"INSERT OR REPLACE INTO {_RUNS} VALUES (?, ?, ?)",
                    (key, time.time(), zlib.compress(summary.model_dump_json().encode(), 1)),
                )
                self._db.execute(f"DELETE FROM {_OUTPUTS} WHERE key = ?", (key,))
                self._db.executemany(f"INSERT INTO {_OUTPUTS} VALUES (?, ?, ?, ?)", rows)
                old = f"SELECT key FROM {_RUNS} ORDER BY used DESC LIMIT -1 OFFSET ?"
                self._db.execute(f"DELETE FROM {_OUTPUTS} WHERE key IN ({old})", (KEEP,))
                self._db.execute(f"DELETE FROM {_RUNS} WHERE key IN ({old})", (KEEP,))
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None


_BLOCK = 1 << 20


def _compressed(path: Path) -> bytes:
    """A report file's bytes compressed block by block: the compressed copy alone is held."""
    packer = zlib.compressobj(1)
    parts = []
    with path.open("rb") as fh:
        while block := fh.read(_BLOCK):
            parts.append(packer.compress(block))
    parts.append(packer.flush())
    return b"".join(parts)


def _pieces(data: bytes) -> Iterator[str]:
    """A kept report's text, decompressed and decoded a block at a time."""
    unpacker = zlib.decompressobj()
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    for at in range(0, len(data), _BLOCK):
        yield decoder.decode(unpacker.decompress(data[at : at + _BLOCK]))
    yield decoder.decode(unpacker.flush(), final=True)
    if not unpacker.eof:
        raise zlib.error("a kept report ends early")
