"""The core values that flow through the pipeline: frozen, serializable, comparable.

Nothing here imports another part of factcheck: every stage speaks in these types.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from enum import Enum
from itertools import accumulate
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Scalar = str | int | float | bool | None


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Precision(str, Enum):
    """How exactly a time is known; "unknown" means no time at all."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    UNKNOWN = "unknown"


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class TimeSpan(Frozen):
    """A closed interval of days. A claim "at" a span holds at some day inside it.

    Either end may be open (None): "since 2021" has no end, "then-" has no start.
    Comparisons are interval logic on dates, never on strings.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision = Precision.UNKNOWN

    @model_validator(mode="after")
    def _ordered(self) -> TimeSpan:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"time span ends ({self.end}) before it starts ({self.start})")
        return self

    @classmethod
    def unknown(cls) -> TimeSpan:
        return cls()

    @classmethod
    def day(cls, day: dt.date) -> TimeSpan:
        return cls(start=day, end=day, precision=Precision.DAY)

    @property
    def is_known(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def is_bounded(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def days(self) -> int | None:
        """Length in days, or None when an end is open."""
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1

    def overlaps(self, other: TimeSpan) -> bool:
        if not (self.is_known and other.is_known):
            return False
        lo = max(_lo(self.start), _lo(other.start))
        hi = min(_hi(self.end), _hi(other.end))
        return lo <= hi

    def contains(self, other: TimeSpan) -> bool:
        """True when every day of `other` lies inside this span."""
        if not (self.is_known and other.is_known):
            return False
        return _lo(self.start) <= _lo(other.start) and _hi(other.end) <= _hi(self.end)

    def gap_days(self, other: TimeSpan) -> int | None:
        """Days between the two spans (0 when they overlap); None when either is unknown."""
        if not (self.is_known and other.is_known):
            return None
        if self.overlaps(other):
            return 0
        if _hi(self.end) < _lo(other.start):
            return (_lo(other.start) - _hi(self.end)).days
        return (_lo(self.start) - _hi(other.end)).days

    def hull(self, other: TimeSpan) -> TimeSpan:
        """The smallest span holding both; the coarser precision wins."""
        if not other.is_known:
            return self
        if not self.is_known:
            return other
        start = None if self.start is None or other.start is None else min(self.start, other.start)
        end = None if self.end is None or other.end is None else max(self.end, other.end)
        if start is None and end is None:  # "since X" with "until Y": all time, which is not "unknown"
            start = dt.date.min
        return TimeSpan(start=start, end=end, precision=coarser(self.precision, other.precision))

    def label(self) -> str:
        """A short human form: 2025-10 for a month, 2025-09-14..2025-09-15 for a range."""
        if not self.is_known:
            return "unknown time"
        s, e = self.start, self.end
        if s and e:
            if self.precision is Precision.YEAR and s == dt.date(s.year, 1, 1) and e == dt.date(s.year, 12, 31):
                return f"{s.year}"
            if self.precision is Precision.MONTH and s.day == 1 and e == _month_end(s):
                return f"{s:%Y-%m}"
            if s == e:
                return s.isoformat()
            return f"{s.isoformat()}..{e.isoformat()}"
        if s:
            return f"since {s.isoformat()}"
        assert e is not None
        return f"until {e.isoformat()}"


_ORDER = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER, Precision.YEAR, Precision.UNKNOWN]


def coarser(a: Precision, b: Precision) -> Precision:
    return a if _ORDER.index(a) >= _ORDER.index(b) else b


def _lo(d: dt.date | None) -> dt.date:
    return d if d is not None else dt.date.min


def _hi(d: dt.date | None) -> dt.date:
    return d if d is not None else dt.date.max


def _month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


class Suppression(Frozen):
    """An ignore: written in an article (for its next paragraph or the whole file) or in the configuration.

    Lines are those of the article it covers; `last_line` 0 means to the end of the file. `path` is the
    article's path, or a glob ("archive/**") for an ignore from the configuration.
    """

    rules: tuple[str, ...]  # rule ids; "all" for every rule
    path: str
    line: int = 0  # where it is written: the comment's line, or the configuration file's
    first_line: int = 1
    last_line: int = 0
    reason: str = ""
    origin: str = "inline"  # "inline", or the configuration file and line ("factcheck.yaml:12")

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.origin == "inline" else self.origin


class Article(Frozen):
    """One input document. `id` is its path relative to the corpus root; `path` is how to show it."""

    id: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: TimeSpan = TimeSpan()
    published_from: Literal["manifest", "front_matter", "text", "default", "none"] = "none"
    text: str
    line_starts: tuple[int, ...] = ()
    problems: tuple[str, ...] = ()  # what loading could not use ("publication date: ..."), for warnings
    suppressions: tuple[Suppression, ...] = ()  # its `factcheck: ignore` comments
    # The line of the source file each line of `text` came from, when the text is not the file's own
    # (main text taken out of an HTML page, a record of a JSON Lines export); empty: the same lines.
    source_lines: tuple[int, ...] = ()
    record: int | None = None  # its record number in a JSON Lines or JSON export

    @property
    def label(self) -> str:
        """How a report names the article: its path, and its record in an export."""
        return f"{self.path}#{self.record}" if self.record is not None else self.path

    @model_validator(mode="before")
    @classmethod
    def _index_lines(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("line_starts") and "text" in data:
            text = data["text"]
            lines = text.split("\n")  # split in C: a walk over the characters was most of reading a file
            data = {**data, "line_starts": tuple(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))}
        return data

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        import bisect

        idx = bisect.bisect_right(self.line_starts, offset) - 1
        line = self.source_lines[idx] if idx < len(self.source_lines) else idx + 1
        return line, offset - self.line_starts[idx] + 1


class Evidence(Frozen):
    """Where a claim stands: enough to quote it and to link to it."""

    article: str
    path: str
    line: int
    column: int
    start: int
    end: int
    sentence: str
    url: str | None = None  # the article's address, where known

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"


class Status(str, Enum):
    """How a mention places its subject in time relative to the claim's time."""

    CURRENT = "current"  # "Treasury Secretary Scott Bessent"
    FORMER = "former"  # "former Treasury Secretary Janet Yellen": not holding at that time
    HISTORICAL = "historical"  # "then-Treasury Secretary ...": held at some earlier time
    FUTURE = "future"  # "nominee", "President-elect": not yet holding
    PLANNED = "planned"  # an event announced, not yet happened


class Qualifiers(Frozen):
    status: Status = Status.CURRENT
    hedge: str | None = None
    negated: bool = False
    acting: bool = False
    cue: str | None = None  # the word that set the status, quoted for the reader
    uncertain: bool = False  # "perhaps at the summit in Seoul": a conflict on it is one severity lower
    provisional: bool = False  # "with 90% of votes counted": the number states its own cut-off, never compared


class Claim(Frozen):
    """One typed statement found in an article, with its evidence.

    `key` says what the claim is about (role, event, index and period), `value` what it says.
    Both map field names to canonical ids or numbers; `labels` holds their display names.
    """

    kind: str
    key: dict[str, Scalar]
    value: dict[str, Scalar]
    labels: dict[str, str] = Field(default_factory=dict)
    time: TimeSpan = TimeSpan()
    time_source: Literal["sentence", "published", "sentence+published", "none"] = "none"
    qualifiers: Qualifiers = Qualifiers()
    unresolved: tuple[str, ...] = ()  # fields whose value is not in a vocabulary
    surface: str
    evidence: Evidence

    def field(self, name: str) -> Scalar:
        """A key or value field by name: rules may group by either ("the fourth round" groups by ordinal)."""
        return self.key[name] if name in self.key else self.value.get(name)

    def label(self, field: str) -> str:
        if field in self.labels:
            return self.labels[field]
        raw = self.value.get(field, self.key.get(field))
        return "" if raw is None else str(raw)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.evidence.path, self.evidence.start, self.evidence.end, self.kind)

    def as_uncertain(self, **update: Any) -> Claim:
        """This claim, with `update` applied, marked uncertain: the reading is ours (a headline, a
        side taken from elsewhere), so a conflict on it is one severity lower."""
        return self.model_copy(update={**update, "qualifiers": self.qualifiers.model_copy(update={"uncertain": True})})


class ReferenceNote(Frozen):
    """What the reference facts say, and where they say it."""

    text: str
    source: str  # rules file:line


class Conflict(Frozen):
    rule: str
    severity: Severity
    message: str
    claims: tuple[Claim, ...]
    reference: ReferenceNote | None = None
    fingerprint: str = ""
    # What makes several conflicts one finding: the same rule and cause ("Janet Yellen as Treasury
    # Secretary in 2025, against the terms of office") in many articles. Empty: a finding of its own.
    cause: str = ""

    @model_validator(mode="after")
    def _fingerprint(self) -> Conflict:
        if not self.fingerprint:
            object.__setattr__(self, "fingerprint", fingerprint(self.rule, self.claims))
        return self

    @property
    def kind(self) -> str:
        """The claim kind the conflict is about: its first claim's (a gap, for a gap against events)."""
        return self.claims[0].kind if self.claims else ""

    def sort_key(self) -> tuple[Any, ...]:
        first = self.claims[0].sort_key() if self.claims else ("", 0, 0, "")
        return (-self.severity.rank, self.rule, first, self.fingerprint)

    @property
    def finding_key(self) -> tuple[str, str, str]:
        return (self.rule, self.severity.value, self.cause or self.fingerprint)


def findings(conflicts: Sequence[Conflict]) -> list[list[Conflict]]:
    """Conflicts grouped into findings (same rule, severity and cause), in the order each first appears."""
    groups: dict[tuple[str, str, str], list[Conflict]] = {}
    for conflict in conflicts:
        groups.setdefault(conflict.finding_key, []).append(conflict)
    return list(groups.values())


def fingerprint(rule: str, claims: tuple[Claim, ...]) -> str:
    """Stable across line moves: built from what the claims say, not where they stand."""
    parts = sorted(
        json.dumps([c.evidence.article, c.kind, c.key, c.value, c.surface], sort_keys=True, default=str) for c in claims
    )
    return hashlib.sha256("\n".join([rule, *parts]).encode()).hexdigest()[:16]


class Unchecked(Frozen):
    """Something the run could not judge, so a reader knows the report's blind spots."""

    article: str
    line: int | None = None
    reason: str


class Skipped(Frozen):
    """A file the run did not read as an article, and why: a report lists them, nothing is silently dropped."""

    path: str
    reason: str


class Summary(Frozen):
    articles: int
    claims: int
    conflicts: dict[str, int]  # the conflicts that count: not baselined, suppressed or outside the change
    claims_by_kind: dict[str, int] = Field(default_factory=dict)
    undated_articles: tuple[str, ...] = ()
    rules: int = 0
    baselined: int = 0
    fixed: int = 0
    suppressed: int = 0
    outside_change: int = 0  # with --changed-since: conflicts touching no changed article, not reported


class RuleInfo(Frozen):
    """What a report says about a rule, for formats that describe their rules (SARIF, JUnit)."""

    id: str
    check: str
    kinds: tuple[str, ...]
    severity: Severity
    description: str
    source: str = ""  # file:line of its definition


class BaselineEntry(Frozen):
    """A conflict recorded in a baseline: enough for a reviewer to know what was accepted."""

    fingerprint: str
    rule: str
    severity: Severity
    message: str
    articles: tuple[str, ...]


class Report(Frozen):
    version: int = 1
    summary: Summary
    conflicts: tuple[Conflict, ...]
    unchecked: tuple[Unchecked, ...] = ()
    warnings: tuple[str, ...] = ()
    rules: tuple[RuleInfo, ...] = ()
    baselined: tuple[Conflict, ...] = ()  # known conflicts the baseline accepts
    fixed: tuple[BaselineEntry, ...] = ()  # baselined conflicts that no longer occur
    suppressed: tuple[Conflict, ...] = ()
    unused_suppressions: tuple[Suppression, ...] = ()
    skipped: tuple[Skipped, ...] = ()
