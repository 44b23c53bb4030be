"""Claim kinds declared in YAML (`claim_kinds:`): templates and patterns compiled for RE2 and run on sentences.

A kind names its parts and says how each is read (see `Part` in ruleset/schema.py):
- a template is text with {part} slots: "{country}'s economy {direction} {growth} in {period}". Its
  text matches as written, ignoring case (unless `ignore_case: false`), with any run of spaces for a
  space and either apostrophe for one. Each slot becomes a named group:
  - `vocabulary`: any alias of that vocabulary, longest first (jurisdictions also as a possessive,
    "China's"); people, places, indices and jurisdictions match case-sensitively, as elsewhere;
  - `values`: any of the inline aliases ({id: [alias, ...]}; an id without aliases is its own alias);
  - `number: percent`: a signed decimal or range ("4%-4.25%") with %, percent or per cent, after a hedge word
    from `hedges:` if any ("nearly 5%", which widens the number into an interval); `number: number` a plain
    decimal; `number: points` "120 points";
  - `time`: a phrase of up to six words that must begin with a time expression timeexpr reads
    ("the third quarter", "2024", "last year"); otherwise the match is dropped. At the end of a
    template the phrase is cut after the time expression;
  - `text`: up to eight words.
- a pattern is a regular expression for RE2, a linear-time engine: no look-around and no
  back-references, so no pattern can hang a run whatever the text. It names a group for each key and
  value part, `(?P<growth>...)`, or writes {part} to get the part's group as a template would.
  A line break and the spaces around it are dropped, so a long pattern can span lines (YAML `|-`).
  A time group must start with its time expression ("in" stays outside the group). A group
  made optional, `(?:...{basis})?`, that takes no part in a match leaves its field None (unstated).

Each match is one claim: `key` holds the key parts (vocabulary and value ids, folded text, numbers),
`value` the value parts, `labels` their display names, `time` the time part's span (else the
sentence's claim time). When exactly one value part is a number, `lo` and `hi` are in the value
too, so numeric_tolerance compares intervals. A part read through the `directions` vocabulary signs
the numbers: "shrank 0.2%" is -0.2. A word naming several vocabulary entries (an ambiguous alias)
drops the match. Headings are skipped; a sentence gives one claim per distinct key, value and time.

Limitations: word boundaries are ASCII (RE2's \\b), so an alias that starts or ends with a
non-ASCII letter is not bounded on that side.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import re2

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.extract.numbers import Hedged, find_quantities, hedge_before, interval, show, signed
from factcheck.models import Claim, Qualifiers, Scalar
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import ClaimKind, Part
from factcheck.text import Sentence
from factcheck.timeexpr import TimeMention
from factcheck.vocab import Lexicon, fold, vocabulary

MAX_TIME_WORDS = 6
MAX_TEXT_WORDS = 8
# Vocabularies matched case-sensitively, as factcheck.vocab does: "US" is a country, "us" is not.
CASE_SENSITIVE = frozenset({"people", "places", "indices", "jurisdictions"})

_WS = r"[\s\p{Z}]"
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SIGN = r"(?:[-−+])?"
_UNITS = {
    "percent": rf"(?:{_WS}?%|{_WS}*(?:percent|per{_WS}*cent|pct)\b)",
    "points": rf"{_WS}*-?{_WS}*(?:points?|pts)\b",
    "number": r"\b",
}
_SUFFIX = {"percent": "%", "points": " points", "number": ""}
_TOKEN = r"[^\s\p{Z};:!?()\[\]\"“”]+"
_PART_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SLOT = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_PATTERN_SLOT = re.compile(r"\\.|\{([A-Za-z_][A-Za-z0-9_]*)\}", re.S)
_GROUP_NAME = re.compile(r"\\.|\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>", re.S)
_REPEAT = re.compile(r"__\d+$")  # the second {basis} of a pattern is group basis__2
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
_PLAIN_NUMBER = re.compile(r"(?<![\w.,])([-−+])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")
_LOOKAROUND_HINT = "rewrite it without look-behind or back-references"


class PatternError(ValueError):
    """A claim kind that cannot be compiled; `where` is the path inside the kind (("patterns", 1))."""

    def __init__(self, message: str, where: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.where = where


@dataclass(frozen=True)
class Reader:
    """How one part's captured text becomes an id: the aliases of a vocabulary or of inline values."""

    surfaces: tuple[str, ...]  # every alias as written
    index: dict[str, tuple[str, ...]]  # folded alias -> entry ids
    names: dict[str, str]  # entry id -> display name
    possessive: bool = False  # "China's" names China

    def lookup(self, surface: str) -> tuple[str, ...]:
        key = fold(surface)
        if key not in self.index and self.possessive:
            key = re.sub(r"\s*'s$", "", key)
        return self.index.get(key, ())


@dataclass(frozen=True)
class CompiledPattern:
    source: str  # "template 1", "pattern 2"
    regex: Any  # a compiled re2 pattern
    groups: dict[str, tuple[int, ...]]  # part -> its group numbers (a slot may be written more than once)


@dataclass(frozen=True)
class CompiledKind:
    kind_id: str
    kind: ClaimKind
    patterns: tuple[CompiledPattern, ...]
    readers: dict[str, Reader]  # part -> its reader
    time_part: str | None  # the part that gives the claim's time
    hedges: Lexicon  # hedge words, to widen numbers into intervals


_CACHE: dict[tuple[str, str], CompiledKind] = {}


def compile_kind(kind_id: str, kind: ClaimKind, ruleset: RuleSet) -> CompiledKind:
    """The kind's templates and patterns compiled for RE2; raises PatternError saying what to fix.

    Cached per rule-set version, so the loader's check and every article reuse one compilation."""
    cache_key = (ruleset.version, kind_id)
    cached = _CACHE.get(cache_key) if ruleset.version else None
    if cached is not None and cached.kind == kind:
        return cached
    compiled = _compile(kind_id, kind, ruleset)
    if ruleset.version:
        _CACHE[cache_key] = compiled
    return compiled


def extract(view: ArticleView, ruleset: RuleSet, kind_id: str) -> Iterator[Claim]:
    """Every claim of one YAML claim kind in an article."""
    compiled = compile_kind(kind_id, ruleset.claim_kinds[kind_id], ruleset)
    for sentence in view.sentences:
        if sentence.heading:
            continue
        seen: set[tuple[object, ...]] = set()
        mentions: list[TimeMention] | None = None
        for pattern in compiled.patterns:
            for m in pattern.regex.finditer(sentence.text):
                if compiled.time_part in pattern.groups and mentions is None:
                    mentions = [t for t in view.times(sentence) if t.span.is_known]
                claim = _claim(view, sentence, m, pattern, compiled, ruleset, mentions or [])
                if claim is None:
                    continue
                ident = (tuple(claim.key.items()), tuple(claim.value.items()), claim.time)
                if ident not in seen:
                    seen.add(ident)
                    yield claim


# --- compiling -------------------------------------------------------------------------------------------------------
def _compile(kind_id: str, kind: ClaimKind, rs: RuleSet) -> CompiledKind:
    def fail(message: str, where: tuple[str | int, ...] = ()) -> PatternError:
        return PatternError(f'claim kind "{kind_id}": {message}', where)

    from factcheck.extract.registry import EXTRACTORS  # registry imports the extractors; import late

    if kind_id in EXTRACTORS:
        raise fail("a built-in claim kind has this name; give the YAML kind another id")
    for name in kind.parts:
        if not _PART_NAME.fullmatch(name):
            raise fail(f'part name "{name}" must be letters, digits and underscores', ("parts", name))
    for field in ("key", "value"):
        for name in getattr(kind, field):
            if name not in kind.parts:
                raise fail(f'{field} names undefined part "{name}"' + _suggest(name, kind.parts), (field,))
    time_part = kind.time
    if time_part is not None and (time_part not in kind.parts or not kind.parts[time_part].time):
        timed = [n for n, p in kind.parts.items() if p.time]
        raise fail(f'time names "{time_part}", which is not a time part' + _suggest(time_part, timed), ("time",))
    if time_part is None:
        timed = [n for n, p in kind.parts.items() if p.time]
        time_part = timed[0] if len(timed) == 1 else None
    readers = {name: _reader(part, rs) for name, part in kind.parts.items()}
    subs = {name: _sub_pattern(part, readers[name], rs) for name, part in kind.parts.items()}
    patterns: list[CompiledPattern] = []
    for i, template in enumerate(kind.templates):
        source = f"template {i + 1}"
        body = _template_regex(template, kind, subs, lambda msg, i=i: fail(msg, ("templates", i)), source)
        patterns.append(_finish(source, body, kind, fail, ("templates", i)))
    for i, raw in enumerate(kind.patterns):
        source = f"pattern {i + 1}"
        joined = _LINE_BREAK.sub("", raw.strip())  # a long pattern written over several lines (YAML |)
        body = _expand_slots(joined, kind, subs, lambda msg, i=i: fail(msg, ("patterns", i)), source)
        patterns.append(_finish(source, body, kind, fail, ("patterns", i)))
    return CompiledKind(kind_id, kind, tuple(patterns), readers, time_part, vocabulary(rs).lexicons["hedges"])


def _finish(source: str, body: str, kind: ClaimKind, fail: Any, where: tuple[str | int, ...]) -> CompiledPattern:
    names = [m[1] for m in _GROUP_NAME.finditer(body) if m[1]]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise fail(f'{source} names group "{twice[0]}" twice; name each part once', where)
    options = re2.Options()
    options.log_errors = False
    try:
        regex = re2.compile(("(?i)" if kind.ignore_case else "") + body, options)
    except re2.error as exc:
        raise fail(f"{source} cannot run on the linear-time engine (RE2): {_re2_message(exc)}", where) from None
    groups: dict[str, tuple[int, ...]] = {}
    for name, number in sorted(regex.groupindex.items(), key=lambda item: item[1]):
        part = _REPEAT.sub("", name)
        if part not in kind.parts:
            raise fail(f'{source} has group "{name}", which is no part' + _suggest(name, kind.parts), where)
        groups[part] = (*groups.get(part, ()), number)
    for name in [*kind.key, *kind.value]:
        if name not in groups:
            raise fail(
                f'{source} has no group for part "{name}"; every template and pattern needs each key and value '
                f"part (write {{{name}}} or (?P<{name}>...))",
                where,
            )
    return CompiledPattern(source, regex, groups)


def _re2_message(exc: Exception) -> str:
    raw = exc.args[0] if exc.args else exc
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    if "perl operator" in text or re.search(r"escape sequence: \\[1-9]", text):
        return f"{text}; {_LOOKAROUND_HINT}"
    return f"{text}; fix the regular expression"


def _template_regex(text: str, kind: ClaimKind, subs: dict[str, str], fail: Any, source: str) -> str:
    template = text.strip()
    out: list[str] = []
    used: list[str] = []
    pos = 0
    literal_text = ""
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        pos = m.end()
        if m.group() in ("{{", "}}"):
            literal_text += literal + m.group()[0]
            continue
        literal_text += literal
        out.append(_literal(literal_text))
        literal_text = ""
        name = m[1].strip()
        if name not in kind.parts:
            raise fail(f'{source} names undefined part "{name}"' + _suggest(name, kind.parts))
        if name in used:
            raise fail(f'{source} names part "{name}" twice; name each part once')
        used.append(name)
        follows = bool(template[m.end() :].strip())
        out.append(f"(?P<{name}>{_slot_pattern(kind.parts[name], subs[name], follows)})")
    literal_text += template[pos:]
    out.append(_literal(literal_text))
    if not used:
        raise fail(f"{source} has no {{part}}; write the parts it reads, e.g. {{{next(iter(kind.parts))}}}")
    head, tail = template[:1], template[-1:]
    return (r"\b" if _word(head) else "") + "".join(out) + (r"\b" if _word(tail) else "")


def _expand_slots(raw: str, kind: ClaimKind, subs: dict[str, str], fail: Any, source: str) -> str:
    seen: dict[str, int] = {}

    def expand(m: re.Match[str]) -> str:
        name = m[1]
        if name is None:
            return m.group()
        if name not in kind.parts:
            raise fail(f'{source} names undefined part "{{{name}}}"' + _suggest(name, kind.parts))
        seen[name] = seen.get(name, 0) + 1
        group = name if seen[name] == 1 else f"{name}__{seen[name]}"  # "(?:{basis} of )?{growth}(?: {basis})?"
        follows = bool(raw[m.end() :].strip(" $)?*+"))  # "{period})?" at the end is not followed
        return f"(?P<{group}>{_slot_pattern(kind.parts[name], subs[name], follows)})"

    return _PATTERN_SLOT.sub(expand, raw)


def _slot_pattern(part: Part, sub: str, follows: bool) -> str:
    """Free phrases are lazy when text follows (so the text decides where they end), else greedy."""
    if part.time or part.text:
        most = (MAX_TIME_WORDS if part.time else MAX_TEXT_WORDS) - 1
        return rf"{_TOKEN}(?:{_WS}+{_TOKEN}){{0,{most}}}" + ("?" if follows else "")
    return sub


def _sub_pattern(part: Part, reader: Reader, rs: RuleSet) -> str:
    """The regex of a vocabulary, values or number part (free phrases are chosen per slot)."""
    if part.number is not None:
        words = {w for h in rs.hedges.values() for w in h.words}
        hedge = rf"(?:(?:{_alternation(words)}){_WS}+)?" if words else ""
        ranged = rf"(?:{_WS}?%?{_WS}?[-–]{_WS}?{_NUM})?" if part.number == "percent" else ""  # "4%-4.25%"
        return rf"{hedge}{_SIGN}\b{_NUM}{ranged}{_UNITS[part.number]}"
    if part.time or part.text:
        return ""
    body = _alternation(set(reader.surfaces))
    if reader.possessive:
        body = rf"(?:{body})(?:['’‘]s\b)?"
    if part.vocabulary in CASE_SENSITIVE:
        body = f"(?-i:{body})"
    return body


def _reader(part: Part, rs: RuleSet) -> Reader:
    entries: dict[str, list[str]]
    if part.values:
        entries = {ident: aliases or [ident] for ident, aliases in part.values.items()}
        names = {ident: aliases[0] for ident, aliases in entries.items()}
    elif part.vocabulary is not None:
        entries, names = _vocabulary(part.vocabulary, rs)
    else:
        return Reader((), {}, {})
    index: dict[str, set[str]] = {}
    for ident, aliases in entries.items():
        for alias in aliases:
            index.setdefault(fold(alias), set()).add(ident)
    surfaces = tuple(sorted({a for aliases in entries.values() for a in aliases if a.strip()}))
    folded = {k: tuple(sorted(v)) for k, v in index.items()}
    return Reader(surfaces, folded, names, possessive=part.vocabulary == "jurisdictions")


def _vocabulary(name: str, rs: RuleSet) -> tuple[dict[str, list[str]], dict[str, str]]:
    """{id: aliases} and {id: display name} of a vocabulary, read as factcheck.vocab reads it."""
    if name == "directions":
        d = rs.directions
        return {"up": d.up, "down": d.down, "flat": d.flat}, {"up": "up", "down": "down", "flat": "flat"}
    if name == "metrics":
        return {k: list(v.aliases) for k, v in rs.metrics.items()}, {k: v.name for k, v in rs.metrics.items()}
    if name == "roles":
        roles = rs.roles
        return {k: [v.name, *v.aliases, *v.titles] for k, v in roles.items()}, {k: v.name for k, v in roles.items()}
    tables: dict[str, dict[str, Any]] = {
        "people": rs.people,
        "jurisdictions": rs.jurisdictions,
        "places": rs.places,
        "indices": rs.indices,
        "goods": rs.goods,
    }
    table = tables[name]
    return {k: [v.name, *v.aliases] for k, v in table.items()}, {k: v.name for k, v in table.items()}


def _alternation(aliases: set[str]) -> str:
    """Aliases as whole words, longest first; a vocabulary with no words matches nothing."""
    ordered = sorted(aliases, key=lambda a: (-len(a), a))
    return "|".join(_alias(a) for a in ordered) or r"[^\s\S]"


def _alias(alias: str) -> str:
    """An alias in running text: flexible spaces, optional periods ("U.S." or "US"), either apostrophe."""
    text = " ".join(alias.split())
    core = text.rstrip(".") or text
    body = _literal(core, optional_dots=True)
    head = r"\b" if _word(core[0]) else ""
    tail = r"\b" if _word(core[-1]) else ""
    if core != text:  # "U.S.": the final period, or a word boundary when the text has none ("U.S" + ",")
        tail = r"(?:\.|\b)" if tail else r"\.?"
    return head + body + tail


def _literal(text: str, *, optional_dots: bool = False) -> str:
    out: list[str] = []
    for ch in text:
        if ch.isspace():
            if not out or out[-1] != _WS + "+":
                out.append(_WS + "+")
        elif ch in "'’‘`":
            out.append("['’‘]")
        elif ch in "-‐‑–—":
            out.append("[-‐‑–—]")
        elif ch == ".":
            out.append(r"\.?" if optional_dots else r"\.")
        elif ch.isalnum() or not ch.isascii():
            out.append(ch)
        else:
            out.append("\\" + ch)
    return "".join(out)


def _word(ch: str) -> bool:
    """An ASCII word character, the only kind RE2's \b knows."""
    return ch.isascii() and (ch.isalnum() or ch == "_")


def _suggest(name: str, valid: Any) -> str:
    options = sorted(valid)
    hint = difflib.get_close_matches(name, options, n=1)
    if hint:
        return f'; did you mean "{hint[0]}"?'
    return f"; defined parts: [{', '.join(options)}]"


# --- reading a match -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Number:
    low: float  # magnitudes as written: (2, 3) for "2-3%", (0.4, 0.4) for "-0.4%"
    high: float
    negative: bool
    ranged: bool
    hedge: Hedged | None


def _claim(
    view: ArticleView,
    sentence: Sentence,
    m: Any,
    pattern: CompiledPattern,
    compiled: CompiledKind,
    rs: RuleSet,
    mentions: list[TimeMention],
) -> Claim | None:
    kind = compiled.kind
    text = sentence.text
    start, end = m.start(), m.end()
    readings: dict[str, Scalar] = {}
    labels: dict[str, str] = {}
    numbers: dict[str, _Number] = {}
    unresolved: list[str] = []
    when: SentenceTime | None = None
    down = False
    for name, group_ids in pattern.groups.items():
        spans = [m.span(g) for g in group_ids if m.span(g)[0] >= 0]
        if not spans:
            continue  # an optional group that took no part
        gs, ge = spans[0]
        surface = text[gs:ge]
        part = kind.parts[name]
        if part.time:
            mention = _time_at(mentions, sentence.start + gs, sentence.start + ge, ge == end)
            if mention is None:
                if name == compiled.time_part:
                    return None
                continue
            if name == compiled.time_part:
                when = SentenceTime(mention.span, "sentence")
                if ge == end:
                    end = mention.end - sentence.start  # the phrase after the time is not the claim's
            readings[name] = mention.span.label()
            labels[name] = mention.text
        elif part.number is not None:
            number = _number(surface, part.number, compiled.hedges, rs)
            if number is None:
                return None
            numbers[name] = number
        elif part.text:
            readings[name] = fold(surface)
            labels[name] = " ".join(surface.split())
        else:
            reader = compiled.readers[name]
            ids = reader.lookup(surface)
            if len(ids) > 1:
                return None  # an alias of several entries: which one is meant?
            if ids:
                readings[name], labels[name] = ids[0], reader.names[ids[0]]
            else:  # only a pattern's own group can capture a word outside the vocabulary
                readings[name], labels[name] = fold(surface), " ".join(surface.split())
                unresolved.append(name)
            down = down or (part.vocabulary == "directions" and ids == ("down",))
    bounds: dict[str, tuple[float, float]] = {}
    hedge: Hedged | None = None
    for name, number in numbers.items():
        negative = number.negative or down
        readings[name] = -number.low if negative else number.low
        bounds[name] = signed(interval(number.low, number.high, number.hedge), negative)
        shown = show(float(readings[name] or 0.0))
        if number.ranged:  # "4-4.25%", "-1 to -2%"
            shown += f" to {show(-number.high)}" if negative else f"-{show(number.high)}"
        word = f"{number.hedge.word} " if number.hedge else ""
        labels[name] = f"{word}{shown}{_SUFFIX[kind.parts[name].number or 'number']}"
        hedge = hedge or number.hedge
    key = {name: readings.get(name) for name in kind.key}  # an optional group left out is None: unstated
    value = {name: readings.get(name) for name in kind.value}
    numeric = [name for name in kind.value if name in bounds]
    if len(numeric) == 1:
        value["lo"], value["hi"] = bounds[numeric[0]]
    return view.claim(
        compiled.kind_id,
        sentence,
        sentence.start + start,
        sentence.start + end,
        key=key,
        value=value,
        labels={name: label for name, label in labels.items() if name in key or name in value},
        qualifiers=Qualifiers(hedge=fold(hedge.word) if hedge else None),
        unresolved=tuple(name for name in unresolved if name in key or name in value),
        time=when,
    )


def _time_at(mentions: list[TimeMention], start: int, end: int, last: bool) -> TimeMention | None:
    """The time expression the phrase at [start, end) begins with. It must lie inside the phrase,
    except at the end of the match, where a phrase cut at its word limit may end inside it."""
    for mention in mentions:
        if mention.start == start and (mention.end <= end or last):
            return mention
    return None


def _number(surface: str, unit: str, hedges: Lexicon, rs: RuleSet) -> _Number | None:
    wanted = next((q for q in find_quantities(surface) if q.unit == unit), None)
    if wanted is not None:
        low, high = wanted.magnitude
        negative, ranged, at = wanted.value < 0, wanted.high is not None, wanted.start
    else:
        plain = _PLAIN_NUMBER.search(surface)
        if plain is None:
            return None
        low = high = float(plain[2].replace(",", ""))
        if not math.isfinite(low):
            return None  # a 400-digit number is no number a check can compare
        negative, ranged, at = plain[1] in ("-", "−"), False, plain.start()
    return _Number(low, high, negative, ranged, hedge_before(surface, at, hedges, rs))
