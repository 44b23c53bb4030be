"""The incremental claim cache: an edge (it writes a SQLite file), holding claims per article.

A row is keyed by the article's content (text, path, date and everything else its claims are
built from) and by what extraction depends on: factcheck's own code, the rule files' vocabularies,
people, offices and claim kinds, and which claim kinds are wanted. Checks, messages and reference
tables are not in the key: editing a rule's message or a reference fact re-checks without
re-extracting, while editing a vocabulary or a claim kind re-extracts what it may change.

The file is written in WAL mode by one writer, each batch of articles in one transaction, so a run
killed at any point leaves the rows of the batches it finished and a file the next run reads. A
cache that cannot be opened or read is set aside with a warning: the run goes on without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pydantic import TypeAdapter
from pydantic_core import to_json

from factcheck.models import Article, Claim
from factcheck.ruleset.ruleset import RuleSet

SCHEMA = 1
_TABLE = f"claims_v{SCHEMA}"  # a new layout is a new table: an old file is never misread
# RuleSet fields extraction never reads: what the checks and the reports use.
_NOT_EXTRACTION = frozenset(
    {
        "checks",
        "tests",
        "sources",
        "files",
        "version",
        "reference_events",
        "reference_tariffs",
        "reference_deadlines",
        "reference_closes",
        "reference_rates",
    }
)
_CLAIMS = TypeAdapter(list[Claim])
_CODE: str | None = None


class CacheError(Exception):
    """The cache file cannot be used; the run goes on without it."""


def code_version() -> str:
    """A hash of factcheck's Python sources: a new version (or a local edit) extracts afresh."""
    global _CODE
    if _CODE is None:
        digest = hashlib.sha256()
        root = Path(__file__).resolve().parent
        for path in sorted(root.rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
        _CODE = digest.hexdigest()
    return _CODE


def rules_key(ruleset: RuleSet, kinds: Iterable[str] | None) -> str:
    """What extraction depends on, hashed: code, extraction-relevant rules and the kinds wanted."""
    digest = hashlib.sha256(f"schema {SCHEMA}\n{code_version()}\n".encode())
    for name in sorted(vars(ruleset)):
        if name not in _NOT_EXTRACTION:
            digest.update(name.encode())
            digest.update(to_json(getattr(ruleset, name), fallback=str))
    digest.update(repr(None if kinds is None else sorted(kinds)).encode())
    return digest.hexdigest()


def article_key(article: Article) -> str:
    return hashlib.sha256(article.model_dump_json().encode()).hexdigest()


class ClaimCache:
    """Claims per (article, rules) key. Open it, look up, store, close; one writer at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                f"CREATE TABLE IF NOT EXISTS {_TABLE} (article TEXT NOT NULL, rules TEXT NOT NULL, code TEXT NOT NULL,"
                " data BLOB NOT NULL, PRIMARY KEY (article, rules)) WITHOUT ROWID"
            )
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"{path}: cannot open the claim cache ({exc}); running without it") from None

    def get(self, keys: Sequence[str], rules: str) -> dict[str, list[Claim]]:
        """The cached claims of those articles that have them; a damaged row is simply a miss."""
        found: dict[str, list[Claim]] = {}
        try:
            for chunk in _chunks(list(keys), 500):
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT article, data FROM {_TABLE} WHERE rules = ? AND article IN ({marks})",
                    (rules, *chunk),
                )
                for article, data in rows:
                    try:
                        found[article] = _CLAIMS.validate_json(zlib.decompress(data))
                    except (zlib.error, ValueError):
                        continue
        except sqlite3.Error as exc:
            raise CacheError(f"{self.path}: cannot read the claim cache ({exc}); running without it") from None
        return found

    def put(self, items: Sequence[tuple[str, list[Claim]]], rules: str) -> None:
        """Store one batch in one transaction: a kill loses at most the batch being written."""
        code = code_version()
        rows = [(key, rules, code, zlib.compress(_CLAIMS.dump_json(claims), 1)) for key, claims in items]
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                f"INSERT OR REPLACE INTO {_TABLE} (article, rules, code, data) VALUES (?, ?, ?, ?)", rows
            )
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise CacheError(f"{self.path}: cannot write the claim cache ({exc}); running without it") from None

    def prune(self) -> None:
        """Drop the rows another version of factcheck wrote: this one can never read them. Rows of other
        rule sets stay (a project may switch between two)."""
        with contextlib.suppress(sqlite3.Error):  # a cache that keeps stale rows is still correct
            self._db.execute(f"DELETE FROM {_TABLE} WHERE code != ?", (code_version(),))

    def close(self) -> None:
        self._db.close()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
