"""Numbers in news prose, shared by the market_move and statistic extractors.

- quantities: "3%", "3 percent", "3.2 per cent", "-0.4%", "120 points", "a 300-point drop",
  "1.2 percentage points", "25 basis points" (read as 0.25 percentage points), ranges "2-3%" and
  "between 2% and 3%". A year ("2024 points to ...") and a day number are never a quantity: a number
  counts only with its unit written right after it.
- hedges: a word from the vocabulary's `hedges:` right before ("nearly 12%") or after ("3% or more")
  a number widens it into an interval by the hedge's `below`/`above` fractions.
- periods: the time expression a number is about, the one nearest to it in its clause.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from factcheck.extract.clauses import between
from factcheck.extract.context import LEADING_WORDS, ArticleView, SentenceTime
from factcheck.models import Precision, TimeSpan
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.timeexpr import TimeMention
from factcheck.vocab import Hit, Lexicon, fold

Unit = Literal["percent", "points", "percentage points", "USD", "EUR", "GBP", "JPY"]
UNIT_SUFFIX: dict[str, str] = {"percent": "%", "points": " points", "percentage points": " percentage points"}
CURRENCIES = ("USD", "EUR", "GBP", "JPY")

# "0,6 percent" (a decimal comma, as continental copy writes it) is 0.6: one or two digits after the
# comma, where a thousands separator has three.
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|\d{1,3},\d{1,2}(?!\d)"
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_UNIT = (
    r"(?:(?P<pct>%|\s*(?:-\s*)?(?:percent|per[\s-]*cent|pct|pc)\b)"  # "25-percent auto tariffs"
    r"|\s*-?\s*(?P<pp>percentage[\s-]+points?)\b"
    r"|\s*-?\s*(?P<bp>basis[\s-]+points?|bps?)\b"
    r"|\s*-?\s*(?P<pt>points?|pts)\b)"
)
_QUANTITY = re.compile(
    rf"(?<![\w.,/$€£¥\-–])(?:(?P<between>between|ranging\s+from|in\s+(?:the|a)\s+range\s+of)\s+)?"
    rf"(?P<sign>[-−+](?=[\d.]))?(?P<a>{_NUM})"
    # a range: "between 2% and 3%", "ranging from 10% to 41%", "in the range of 10% and 41%", "2-3%",
    # "2%-3%", "2 to 3 percent" (not "2% to 3%" alone: from-to levels)
    rf"(?(between)(?:%|\s*percent)?\s+(?:and|to)\s+(?P<b3>{_NUM})|(?:%?\s*[-–]\s*(?P<b>{_NUM})|\s+to\s+(?P<b2>{_NUM}))?)"
    rf"{_UNIT}",
    re.IGNORECASE,
)
# "Data from 2024 points to ...": "points" as a verb after a year; not before a number: "fell 1,123
# points to 42,326.20" is a move and its level.
_POINTS_VERB = re.compile(r"\s+(?:to|at|out|toward|towards|up)\b(?!\s*[\d$€£¥])", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit; offsets are within the text searched. `high` is set for a range."""

    start: int
    end: int
    value: float
    unit: Unit
    text: str
    high: float | None = None

    @property
    def magnitude(self) -> tuple[float, float]:
        """The unsigned interval written: (2, 3) for "2-3%", (0.4, 0.4) for "-0.4%"."""
        lo, hi = abs(self.value), abs(self.high if self.high is not None else self.value)
        return (min(lo, hi), max(lo, hi))


def find_quantities(text: str, pos: int = 0, endpos: int | None = None) -> list[Quantity]:
    """Percentages, points and percentage points in text[pos:endpos], in order."""
    end = len(text) if endpos is None else endpos
    out = []
    while (m := _QUANTITY.search(text, pos, end)) is not None:
        q = _quantity(m, text)
        if q is not None:
            out.append(q)
            pos = m.end()
        else:  # not a quantity after all ("2024 points to"), or not a range: read on after the first number
            pos = m.end("a")
    return out


def _quantity(m: re.Match[str], text: str) -> Quantity | None:
    a = _number(m["a"])
    raw_b = m["b"] or m["b2"] or m["b3"]
    b = _number(raw_b) if raw_b else None
    if not math.isfinite(a) or (b is not None and not math.isfinite(b)):
        return None  # a 400-digit number is no quantity, and no JSON number either
    if b is not None and (b < a or (m["b2"] and b > 3 * a)):
        return None  # "2024-25 points", "fell 300 to 42,000 points": not a range
    if m["pct"]:
        unit: Unit = "percent"
    elif m["pp"] or m["bp"]:
        unit = "percentage points"
        if m["bp"]:
            a, b = a / 100, (b / 100 if b is not None else None)
    else:
        unit = "points"
        if (_YEAR.fullmatch(m["a"]) and b is None) or _POINTS_VERB.match(text, m.end()):
            return None
    if m["sign"] and m["sign"] in "-−":
        a, b = -a, (-b if b is not None else None)
    start = m.start("between") if m["between"] else m.start("sign") if m["sign"] else m.start("a")
    return Quantity(start, m.end(), a, unit, text[start : m.end()], b)


def _number(raw: str) -> float:
    if _DECIMAL_COMMA.fullmatch(raw):
        return float(raw.replace(",", "."))
    return float(raw.replace(",", ""))


# --- amounts of money ------------------------------------------------------------------------------------------------
_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_NAMES = {"dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY"}
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6}
_AMOUNT = re.compile(
    rf"(?<![\w.])(?:(?P<sym>US\$|\$|€|£|¥)\s?(?P<a>{_NUM})\s*(?P<scale>trillion|billion|million|tn|bn|mn|b|m)\b"
    rf"|(?P<a2>{_NUM})\s*(?P<scale2>trillion|billion|million)\s+(?P<name>dollars|euros|pounds|yen)\b)",
    re.IGNORECASE,
)


def find_amounts(text: str, pos: int = 0, endpos: int | None = None) -> list[Quantity]:
    """Sums of money with their scale ("$140.5 billion", "£3bn", "1.2 trillion yen"), as whole units of
    their currency: statistics' levels, never a market's move."""
    out = []
    for m in _AMOUNT.finditer(text, pos, len(text) if endpos is None else endpos):
        if m["sym"]:
            unit, raw, scale = _SYMBOLS[m["sym"].lower()], m["a"], m["scale"].lower()
        else:
            unit, raw, scale = _NAMES[m["name"].lower()], m["a2"], m["scale2"].lower()
        value = _number(raw) * _SCALES[scale]
        if not math.isfinite(value):
            continue
        out.append(Quantity(m.start(), m.end(), value, unit, m.group()))  # type: ignore[arg-type]
    return out


# --- hedges ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Hedged:
    word: str  # as written, lower-cased: "nearly"
    start: int
    end: int
    below: float
    above: float


def hedge_before(
    text: str, start: int, lexicon: Lexicon, ruleset: RuleSet, words: Lexicon | None = None
) -> Hedged | None:
    """The hedge whose words end right before `start` ("nearly 12%").

    None when a hit of `words` straddles the hedge's first word: with the direction words,
    "ticked up to 4.3%" is "ticked up" + "to", not the hedge "up to".
    """
    for hit in reversed(lexicon.find(text, max(0, start - 40), start)):
        if text[hit.end : start].strip():
            break
        if words is not None and any(
            w.start < hit.start < w.end for w in words.find(text, max(0, hit.start - 30), hit.end)
        ):
            return None
        return _hedged(hit, ruleset)
    return None


def hedge_after(text: str, end: int, lexicon: Lexicon, ruleset: RuleSet) -> Hedged | None:
    """A hedge right after a number ("3% or more")."""
    gap = len(text[end:]) - len(text[end:].lstrip())
    hit = lexicon.match(text, end + gap)
    return _hedged(hit, ruleset) if hit is not None and gap > 0 else None


def _hedged(hit: Hit, ruleset: RuleSet) -> Hedged | None:
    if len(hit.ids) != 1:
        return None
    h = ruleset.hedges[hit.ids[0]]
    return Hedged(fold(hit.surface), hit.start, hit.end, h.below, h.above)


def interval(lo: float, hi: float, hedge: Hedged | None) -> tuple[float, float]:
    """A magnitude interval widened by a hedge: "nearly 12%" with below 0.1 is (10.8, 12)."""
    if hedge is None:
        return (lo, hi)
    return (round(lo * (1 - hedge.below), 6), round(hi * (1 + hedge.above), 6))


def signed(bounds: tuple[float, float], negative: bool) -> tuple[float, float]:
    lo, hi = bounds
    return (-hi, -lo) if negative else (lo, hi)


def show(value: float) -> str:
    """12.0 -> "12", 1.25 -> "1.25"."""
    return f"{value:g}"


_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def show_amount(value: float, unit: str) -> str:
    """140.5e9 USD -> "$140.5 billion"."""
    for name, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(value) >= scale:
            return f"{_PREFIX.get(unit, unit + ' ')}{show(round(value / scale, 3))} {name}"
    return f"{_PREFIX.get(unit, unit + ' ')}{show(value)}"


# --- periods ---------------------------------------------------------------------------------------------------------
# "BEIJING, Oct 14 (Reuters) -": the date of the dispatch, not of the figures.
_DATELINE = re.compile(r"^[A-Z][A-Z.'’/ -]{1,40},[^()]{3,60}?\([^)]{2,30}\)\s*[-—–]")
# "up 8% from the same month last year": the time after these is the base of a comparison.
# ("over the past month" is a period; "over the same month last year" is a base.)
_BASE = re.compile(
    # "to $140.5 billion from a revised $123.2 billion in February", "from the previously reported $65
    # billion in August": the time dates the value it started from
    r"(?:\bfrom\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}[$€£¥]?\d[\d.,]*\s*(?:%|per\s*cent|percent|(?:[mb]|tr)illion|bn|tn)?"
    r"\s+(?:in|on|for|during)\s+$)"
    r"|(?:(?:compared\s+(?:with|to)|from|than|versus|vs\.?|against)\s+"
    r"(?:the\s+same\s+\w+\s+(?:of\s+|in\s+)?|(?:a|the)\s+\w+\s+(?:earlier|before|ago)\s+(?:in\s+)?)?"
    r"|over\s+the\s+same\s+\w+\s+(?:of\s+|in\s+)?)$",
    re.IGNORECASE,
)
# "its worst day since the 1987 crash", "the lowest level since April", "the biggest gain in five
# years": the time dates the record a figure is measured against, not the figure. (English superlatives,
# like the clause words here: grammar, not domain facts.)
_SUPERLATIVE = (
    r"\b(?:worst|best|biggest|largest|greatest|highest|lowest|steepest|sharpest|strongest|weakest|deepest|"
    r"smallest|fastest|slowest|heaviest|longest|most|least|first|record)\b(?:\s+[\w'’-]+){0,4}?"
)
_RECORD_SINCE = re.compile(  # "since the 1987 crash", "since “Black Monday” in October 1987"
    _SUPERLATIVE + r"\s+since\s+(?:the\s+)?(?:[“\"‘']?[\w'’-]+[”\"’']?\s+){0,4}?(?:(?:in|of)\s+)?$", re.IGNORECASE
)
_RECORD_BEFORE = re.compile(_SUPERLATIVE + r"\s+$", re.IGNORECASE)
# A clause break between a number and "since ...".
_BREAK = re.compile(r",\s|[;:()—–]")
# A clause boundary: a semicolon, colon or spaced dash; a comma before a conjunction, subordinator or
# participle (", after plunging 13.2% on Monday", ", recovering part of Friday's losses", ", while on
# Friday ..."); or a subordinator without the comma ("rose 1% while ...", "rose 1% after falling 2% ...").
# Not a comma alone: "The Dow lost 300 points, or 0.8%, last week" is one clause.
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|:\s+|\s+[—–]\s+|\s*—\s*"
    r"|,\s*(?=(?:and|but|while|whereas|although|though|after|before|as|when|which|(?!during\b|morning\b|evening\b)"
    r"[a-z]+ing)\b)"
    r"|\s+(?=(?:while|whereas|although|though|but)\s)|\s+(?=(?:after|before)\s+[a-z]+ing\b)",
    re.IGNORECASE,
)
# "Friday's losses", "last week's rally": the time qualifies a noun, not the number's period.
_POSSESSIVE = re.compile(r"['’]s?\b")


@dataclass(frozen=True)
class Cue:
    """A period phrase an extractor knows beyond timeexpr ("for the week"), at sentence offsets."""

    start: int
    end: int
    span: TimeSpan
    # the phrase reads a time expression inside it otherwise ("the first half of fiscal 2025" is no
    # calendar year): that expression is not a candidate of its own
    covers: bool = False


def clause(text: str, at: int) -> tuple[int, int]:
    """The bounds of the clause holding offset `at`: between the clause breaks either side of it.
    A relative clause opened by ", which" ends at its closing comma. Two breaks do not end a
    clause: the comma of a serial "and" ("on autos, steel, and aluminum") and the dashes around a
    short aside ("levies on Korean products—mainly chips—would climb")."""
    return between(_breaks(text), at, len(text))


@functools.lru_cache(maxsize=256)
def _breaks(text: str) -> tuple[tuple[int, int], ...]:
    """A sentence's clause breaks, found once: every number, rate and metric in it asks."""
    breaks: list[tuple[int, int]] = []
    for m in _CLAUSE_BREAK.finditer(text):
        if _inside_phrase(text, m) or (breaks and m.start() < breaks[-1][1]):
            continue
        breaks.append(m.span())
        if _RELATIVE_OPENS.match(text, m.end()) and (comma := _NEXT_COMMA.search(text, m.end())):
            breaks.append(comma.span())  # ", which lowered tariffs to 30%, expires on Nov. 10": the clause ends
    return tuple(breaks)


# A relative clause between commas ends at the next comma: ", which lowered tariffs to 30%, expires ..."
_RELATIVE_OPENS = re.compile(r"(?:which|who|whom|whose)\b", re.IGNORECASE)
_NEXT_COMMA = re.compile(r",(?!\d)\s*")
_SERIAL_ITEM = re.compile(r",\s+(?:[^\W\d][\w'’.-]*\s+){0,2}[^\W\d][\w'’.-]*$")  # ", steel" before ", and"
_AND = re.compile(r"and\b", re.IGNORECASE)
DASH_ASIDE = re.compile(r"\s*—\s*(?:[\w'’.,-]+\s+){0,3}[\w'’.-]+\s*—")


def _inside_phrase(text: str, m: re.Match[str]) -> bool:
    """Whether a break found by _CLAUSE_BREAK stands inside a noun phrase (see `clause`)."""
    serial = m.group().startswith(",") and _AND.match(text, m.end())
    if serial and _SERIAL_ITEM.search(text, max(0, m.start() - 40), m.start()):
        return True  # "autos, steel, and aluminum": the last item of a list
    if "—" in m.group():
        opening = DASH_ASIDE.match(text, m.start())
        closing = any(
            a.start() < m.start() < a.end() for a in DASH_ASIDE.finditer(text, max(0, m.start() - 50), m.end())
        )
        return opening is not None or closing
    return False


def period(
    view: ArticleView,
    sentence: Sentence,
    near: int,
    barriers: Sequence[int] = (),
    cues: Sequence[Cue] = (),
    carried: SentenceTime | None = None,
) -> SentenceTime:
    """The time a number at `near` (sentence offset) is about: the nearest time expression of its clause.

    A time expression belongs to the clause it stands in: in "rose 2%, after plunging 13.2% on Monday"
    Monday dates the plunge only. Skipped: a dateline's date, the base of a comparison ("from the same month
    last year"), a possessive ("Friday's losses" dates the losses), and any expression with another subject
    (a `barriers` offset) between it and the number. "since June" makes the period run from June to the
    publication date. Without one in the clause: the time a when-clause hangs on ("the highest since the
    third quarter of 2023, when the economy grew 1.2%"; a record's time too), the time of the clause a
    colon details ("Stocks fell on Wednesday: the Dow lost 2.6%"), a time leading the sentence
    ("Last week, ...", "For the week, ...") governs it; in a sentence naming no time at all, `carried` (the
    period the caller carries over from the previous sentence, or an unknown time when in doubt) or else the
    sentence's claim time; otherwise (the sentence's times belong to other clauses) the publication date.
    A cue that `covers` a time expression inside it ("the first half of fiscal 2025") replaces it.
    """
    text = sentence.text
    dateline = _DATELINE.match(text)
    candidates: list[tuple[int, int, TimeSpan]] = []
    named = False  # whether the sentence names any time besides a dateline
    ends: dict[int, TimeSpan] = {}  # where each time expression ends, and what it names, record or not
    for m in view.times(sentence):
        s, e = m.start - sentence.start, m.end - sentence.start
        if m.span.is_known and not (dateline and s < dateline.end()):
            ends[e] = m.span
        if not m.span.is_known or (dateline and s < dateline.end()) or record_since(text, s):
            continue  # a record's time is not one the sentence reports: "its worst day since 1987"
        named = True
        if _BASE.search(text[max(0, s - 60) : s]) or _POSSESSIVE.match(text, e):
            continue
        if m.bound == "since" and not _cumulative(text, near, s):
            continue
        span = _bounded(m, view.article.published)
        if span is not None:
            candidates.append((s, e, span))
    covered = [(c.start, c.end) for c in cues if c.covers]
    candidates = [(s, e, span) for s, e, span in candidates if not any(a <= s and e <= b for a, b in covered)]
    candidates += [(c.start, c.end, c.span) for c in cues if c.span.is_known]
    named = named or any(c.span.is_known for c in cues)
    lo, hi = clause(text, near)
    best: tuple[int, bool, TimeSpan] | None = None
    for s, e, span in candidates:
        if s < lo or e > hi:
            continue  # another clause's time
        a, b = (e, near) if e <= near else (near, s)
        if any(a <= x < b for x in barriers):
            continue
        distance = (near - e) if e <= near else (s - near)
        rank = (distance, e <= near)  # a tie goes to the expression after the number
        if best is None or rank < (best[0], best[1]):
            best = (distance, e <= near, span)
    if best is None and lo and _PARTICIPLE.match(text, lo):
        # "increased sharply in January, hitting 3%": a participle after the comma goes on with its
        # main clause's event, and that clause's time dates it (the latest before the number)
        latest = _latest_before(text, candidates, lo, lo)
        if latest is not None and not any(latest[0] <= x < near for x in barriers):
            best = (0, True, latest[1])
    colon = _COLON_BEFORE.search(text, max(0, lo - 4), lo) if lo and best is None else None
    if colon is not None and (latest := _latest_before(text, candidates, lo, colon.start())) is not None:
        # "Stocks fell on Wednesday: the Dow lost 2.6%, the S&P 500 2.9%": what a colon opens details
        # the clause before it, whose time dates every item (the latest, as for a participle)
        best = (0, True, latest[1])
    if best is not None:
        return SentenceTime(best[2], "sentence")
    if (when := _WHEN_AFTER_TIME.search(text, 0, lo)) is not None and when.start() in ends and _WHEN.match(text, lo):
        # "the highest since the third quarter of 2023, when the economy grew 1.2%": the time the
        # when-clause hangs on dates it (even a record's time)
        return SentenceTime(ends[when.start()], "sentence")
    lead = _leading(text, candidates, dateline.end() if dateline else 0)
    if lead is not None:
        return SentenceTime(lead, "sentence")
    if not named:
        return carried if carried is not None else view.claim_time(sentence)
    published = view.article.published
    return SentenceTime(published, "published") if published.is_known else SentenceTime(published, "none")


_WHEN = re.compile(r"when\b", re.IGNORECASE)
_COLON_BEFORE = re.compile(r":\s*$")


def _latest_before(
    text: str, candidates: Sequence[tuple[int, int, TimeSpan]], lo: int, brk: int
) -> tuple[int, TimeSpan] | None:
    """The latest time (its end and span) of the clause before the break at `brk`, up to `lo`."""
    main_lo = clause(text, max(0, brk - 1))[0]
    before = [(e, span) for s, e, span in candidates if main_lo <= s and e <= lo]
    return max(before, key=lambda c: c[0]) if before else None


# A participial clause after a comma: "..., hitting 3%", "..., taking the rate to 4.3%"
_PARTICIPLE = re.compile(r"\s*(?!(?:according|including|excluding|compared|following|during)\b)[a-z]{3,}ing\b")
_WHEN_AFTER_TIME = re.compile(r"\s*,\s*$")  # between a time expression and the when-clause it dates


def record_since(text: str, start: int) -> bool:
    """Whether the time at `start` dates a record the figure is measured against ("worst day since 1987")."""
    return bool(_RECORD_SINCE.search(text[max(0, start - 80) : start]))


def record_window(text: str, start: int) -> bool:
    """Whether the duration at `start` ("in five years") is a superlative's window, not a period."""
    return bool(_RECORD_BEFORE.search(text[max(0, start - 60) : start]))


def _leading(text: str, candidates: Sequence[tuple[int, int, TimeSpan]], start: int) -> TimeSpan | None:
    """The period that leads the sentence ("Last week the S&P 500 ...", "For the week, ..."), if any."""
    for s, _e, span in sorted(candidates):
        lead = text[start:s].strip(" ,\"“”'").lower()
        if lead in LEADING_WORDS:
            return span
        break
    return None


def _cumulative(text: str, near: int, since: int) -> bool:
    """ "up 30% since April" and "Since April, ... up 30%" give the period; in "fell 2%, its worst day
    since April" the time describes the record, not the move."""
    if since < near:
        return text[:since].strip().lower() == "since"
    return not _BREAK.search(text, near, since)


def _bounded(m: TimeMention, published: TimeSpan) -> TimeSpan | None:
    """An "at" time as is; "since X" as X's start to the publication date; other bounds are not periods."""
    if m.bound == "at":
        return m.span
    start = m.span.start
    if m.bound != "since" or start is None or published.end is None:
        return None
    if start > published.end and m.relative:  # "since January" in October looks back, never ahead
        start = _year_before(start)
    if start > published.end:
        return None
    return TimeSpan(start=start, end=published.end, precision=m.span.precision)


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def week_of(published: TimeSpan) -> TimeSpan:
    """The Monday-to-Sunday weeks holding the publication date (one week when it is a day)."""
    if published.start is None or published.end is None:
        return TimeSpan.unknown()
    start = published.start - dt.timedelta(days=published.start.weekday())
    end = published.end + dt.timedelta(days=6 - published.end.weekday())
    return TimeSpan(start=start, end=end, precision=Precision.WEEK)


def month_of(published: TimeSpan) -> TimeSpan:
    if published.start is None or published.end is None:
        return TimeSpan.unknown()
    start = published.start.replace(day=1)
    nxt = dt.date(published.end.year + (published.end.month == 12), published.end.month % 12 + 1, 1)
    return TimeSpan(start=start, end=nxt - dt.timedelta(days=1), precision=Precision.MONTH)


def year_to_date(published: TimeSpan) -> TimeSpan:
    if published.start is None or published.end is None:
        return TimeSpan.unknown()
    return TimeSpan(start=dt.date(published.start.year, 1, 1), end=published.end, precision=Precision.YEAR)
