"""English time expressions in news text, turned into TimeSpans relative to the publication date.

Candidates come from compiled regexes and their calendar values are computed directly: general date
parsers guess too freely on news prose ("may" the verb, "12%", "2,024 people"). Pure and deterministic.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import importlib
import re
import zoneinfo
from collections.abc import Callable, Iterable
from typing import Any, Literal

from factcheck.models import Frozen, Precision, TimeSpan, coarser

Bound = Literal["at", "since", "until", "before", "after"]

# --- English calendar vocabulary -------------------------------------------------------------------------------------
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# Words before a bare month name ("in May") that make it a month rather than a name or the verb "may".
MONTH_PREPOSITIONS = (
    "in", "since", "until", "till", "by", "before", "after", "from", "of", "during", "through",
    "throughout", "between", "early", "late", "mid", "last", "next", "this",
)  # fmt: skip
MONTH_PREPOSITIONS_NOT_MAY = ("to",)  # "the 12 months to September", but "spoke to May" is Theresa May
# A weekday inside a name or a habit is not a day: "Black Friday", "the Sunday Times", "every Monday".
WEEKDAY_NAME_BEFORE = ("good", "black", "cyber", "super", "ash", "holy", "maundy", "palm", "easter", "bloody", "every")
WEEKDAY_NAME_AFTER = ("times", "telegraph", "express", "mirror", "post", "herald", "tribune", "mail")
BOUND_WORDS: dict[str, Bound] = {
    "since": "since", "until": "until", "till": "until", "by": "until", "no later than": "until",
    "before": "before", "prior to": "before", "after": "after",
}  # fmt: skip
# "the final quarter of 2024" is its fourth; "last quarter" is the one before now, read apart
QUARTER_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
PART_OF = {"early": "early", "start": "early", "beginning": "early", "mid": "mid", "middle": "mid", "late": "late",
           "end": "late"}  # fmt: skip
RELATIVE_STEP = {"this": 0, "the": 0, "last": -1, "next": 1}
# "in recent weeks": how far back it reaches (unit, count) and how well that is known.
RECENT = {
    "day": ("day", 7, Precision.WEEK), "week": ("day", 21, Precision.WEEK),
    "month": ("month", 3, Precision.MONTH), "year": ("year", 3, Precision.YEAR),
}  # fmt: skip


class TimeMention(Frozen):
    """One time expression found in a sentence; `start`/`end` cover the expression, not its preposition."""

    start: int
    end: int
    text: str
    span: TimeSpan
    relative: bool
    bound: Bound = "at"
    future: bool = False  # the nearest tense cue before it is a future one ("will meet on Thursday")


# --- calendar arithmetic ---------------------------------------------------------------------------------------------
def _day(y: int, m: int, d: int, d2: int | None = None) -> TimeSpan | None:
    """Days d..d2 of a month, or None when the calendar has no such day (so "February 30" is not a date)."""
    try:
        return TimeSpan(start=dt.date(y, m, d), end=dt.date(y, m, d2 or d), precision=Precision.DAY)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def _month(y: int, m: int) -> TimeSpan:
    return TimeSpan(start=dt.date(y, m, 1), end=_month_end(y, m), precision=Precision.MONTH)


def _quarter(y: int, q: int) -> TimeSpan:
    return TimeSpan(start=dt.date(y, 3 * q - 2, 1), end=_month_end(y, 3 * q), precision=Precision.QUARTER)


def _year(y: int, y2: int | None = None) -> TimeSpan:
    return TimeSpan(start=dt.date(y, 1, 1), end=dt.date(y2 or y, 12, 31), precision=Precision.YEAR)


def _week(d: dt.date) -> TimeSpan:
    """The Monday-to-Sunday week holding `d`."""
    monday = d - dt.timedelta(days=d.weekday())
    return TimeSpan(start=monday, end=monday + dt.timedelta(days=6), precision=Precision.WEEK)


def _part_of_month(y: int, m: int, part: str) -> TimeSpan:
    """Early = days 1-10, mid = 11-20, late = 21 to the end; still only known to the month."""
    lo, hi = {"early": (1, 10), "mid": (11, 20)}.get(part, (21, _month_end(y, m).day))
    return TimeSpan(start=dt.date(y, m, lo), end=dt.date(y, m, hi), precision=Precision.MONTH)


def _part_of_year(y: int, part: str) -> TimeSpan:
    """Early = January-April, mid = May-August, late = September-December; known to the year."""
    first = {"early": 1, "mid": 5}.get(part, 9)
    return TimeSpan(start=dt.date(y, first, 1), end=_month_end(y, first + 3), precision=Precision.YEAR)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, min(d.day, _month_end(y, m + 1).day))


def _shift(d: dt.date, unit: str, n: int) -> TimeSpan:
    """The calendar day/week/month/quarter/year `n` units away from the one holding `d`."""
    if unit in ("day", "week"):
        return TimeSpan.day(d + dt.timedelta(days=n)) if unit == "day" else _week(d + dt.timedelta(weeks=n))
    if unit == "year":
        return _year(d.year + n)
    moved = _add_months(d, (3 if unit == "quarter" else 1) * n)
    return _quarter(moved.year, (moved.month + 2) // 3) if unit == "quarter" else _month(moved.year, moved.month)


def _back(d: dt.date, unit: str, n: int) -> TimeSpan:
    """The rolling period of `n` units that ends on `d` ("the past two weeks")."""
    if unit in ("month", "year"):
        start = _add_months(d, -n * (12 if unit == "year" else 1))
    else:
        start = d - dt.timedelta(days=n * (7 if unit == "week" else 1))
    precision = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH}.get(unit, Precision.YEAR)
    return TimeSpan(start=start + dt.timedelta(days=1), end=d, precision=precision)


def _at(anchor: TimeSpan, resolve: Callable[[dt.date], TimeSpan | None]) -> TimeSpan | None:
    """Resolve against each known end of the anchor and take the hull: a month-wide anchor gives a wide answer."""
    spans = [resolve(d) for d in dict.fromkeys(d for d in (anchor.start, anchor.end) if d is not None)]
    if not spans:
        return TimeSpan.unknown()
    out = spans[0]
    for other in spans[1:]:
        if out is None or other is None:
            return None
        if other != out:
            out = out.hull(other)
            if anchor.precision is not Precision.UNKNOWN:
                out = out.model_copy(update={"precision": coarser(out.precision, anchor.precision)})
    return out


Unit = Callable[[dt.date], int]  # counts days, months or quarters, to say which year is nearest


def _month_unit(d: dt.date) -> int:
    return d.year * 12 + d.month


def _quarter_unit(d: dt.date) -> int:
    return d.year * 4 + (d.month - 1) // 3


def _nearest(anchor: TimeSpan, make: Callable[[int], TimeSpan | None], unit: Unit) -> TimeSpan | None:
    """A yearless date in the year that puts it closest to the anchor; a tie goes to the past, as news looks back."""

    def pick(d: dt.date) -> TimeSpan | None:
        found = [(s.start, s) for y in (d.year - 1, d.year, d.year + 1) if (s := make(y)) and s.start]
        return min(found, key=lambda f: (abs(unit(f[0]) - unit(d)), f[0] > d), default=(d, None))[1]

    return _at(anchor, pick)


# --- patterns --------------------------------------------------------------------------------------------------------
def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so "sept" wins over "sep"."""
    return "|".join(sorted(words, key=len, reverse=True))


_WD = _alt(WEEKDAYS)
_NUM = rf"\d{{1,2}}|{_alt(NUMBER_WORDS)}"
_OPT_WD = rf"(?:\b(?:{_WD}),?\s+)?"
_NOT_AFTER = r"\w$€£¥#.,/-"  # a free year is not "$2025", "#2024", "12,2024"
_DASH = r"\s*(?:-|–|—|\bto\b|\bthrough\b)\s*"
_PART = r"(?:\b(?P<q>early|mid|late)[\s-]+|\b(?:the\s+)?(?P<q2>start|beginning|middle|end)\s+of\s+)"


def _mon(name: str = "m") -> str:
    """A month word; only abbreviations take a dot ("Sept."), so "in May." does not swallow the full stop."""
    return rf"\b(?P<{name}>(?:{_alt(MONTHS)})\b|(?:{_alt(MONTH_ABBREVIATIONS)})\b\.?)"


def _dnum(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|\s*%)"


def _yr(name: str = "y") -> str:
    return rf"(?P<{name}>(?:19|20)\d\d)(?!\w|\s*%|[.,]\d)"


_FREE_YEAR = rf"(?<![{_NOT_AFTER}]){_yr()}(?![-/]\d)"
_MD = rf"{_OPT_WD}{_mon()}\s+{_dnum('d')}(?:(?:{_DASH}|\s+and\s+){_dnum('d2')})?(?:,?\s+{_yr()})?"
_DM = (rf"{_OPT_WD}(?<![\w.,$€£¥#])(?:the\s+)?{_dnum('d')}(?:(?:{_DASH}|\s+and\s+){_dnum('d2')})?"
       rf"\s+(?:of\s+)?{_mon()}(?:,?\s+{_yr()})?")  # fmt: skip
_MD_RE, _DM_RE, _FREE_YEAR_RE = re.compile(_MD, re.I), re.compile(_DM, re.I), re.compile(_FREE_YEAR)
_BARE_CONTEXT_RE = re.compile(
    rf"(?:\b(?:{_alt(MONTH_PREPOSITIONS)})\s+|\b(?:{_alt(MONTHS)})(?:\s+\d{{1,2}})?(?:\s*,\s*|\s+)"
    r"(?:(?:and|or|to|through|until)\s+)?)$",
    re.I,
)
_BOUND_ALT = _alt(BOUND_WORDS).replace(" ", r"\s+")
_BOUND_RE = re.compile(rf"\b({_BOUND_ALT})\s+$", re.I)
_ATTRIBUTIVE_RE = re.compile(r"\b(?:the|its|their)\s+$", re.I)
_NOUN_AFTER_RE = re.compile(r"\s+[a-z]")
_TO_MONTH_RE = re.compile(rf"\b(?:{_alt(MONTH_PREPOSITIONS_NOT_MAY)})\s+$", re.I)
_WD_BEFORE_RE = re.compile(rf"\b(?:{_alt(WEEKDAY_NAME_BEFORE)})\s+$", re.I)
_WD_AFTER_RE = re.compile(rf"\s+(?:{_alt(WEEKDAY_NAME_AFTER)})\b", re.I)

Found = tuple[TimeSpan | None, bool]  # the span (None: not a date after all) and whether it needed the anchor
Handler = Callable[[re.Match[str], str, TimeSpan], Found | None]


def _month_no(token: str | None) -> int | None:
    """Month number of a capitalized month word: "may" in lower case is the verb, never the month."""
    word = (token or "").rstrip(".")
    if not word[:1].isupper():
        return None
    return MONTHS.get(word.lower()) or MONTH_ABBREVIATIONS.get(word.lower())


def _dated(y: str | None, make: Callable[[int], TimeSpan | None], anchor: TimeSpan, unit: Unit) -> Found:
    """Use the written year, else the year nearest the anchor (and say the answer was relative)."""
    return (make(int(y)), False) if y else (_nearest(anchor, make, unit), True)


def _h_month_day(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'Oct. 3, 2025', '3 October', 'September 14 and 15', '14-15 September'."""
    g = m.groupdict()
    mo, d1 = _month_no(g["m"]), int(g["d"])
    d2 = int(g["d2"]) if g.get("d2") else d1
    if mo is None or d2 < d1:
        return None
    return _dated(g["y"], lambda y: _day(y, mo, d1, d2), anchor, dt.date.toordinal)


def _h_cross_month(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'Sept. 30-Oct. 2, 2025': a year written once at the end applies to both ends."""
    mo, mo2 = _month_no(m["m"]), _month_no(m["m2"])
    if mo is None or mo2 is None:
        return None

    def make(y: int) -> TimeSpan | None:
        a, b = _day(y - (mo > mo2), mo, int(m["d"])), _day(y, mo2, int(m["d2"]))
        return a.hull(b) if a and b and a.start and b.start and a.start < b.start else None

    return _dated(m["y"], make, anchor, dt.date.toordinal)


def _h_month_range(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'January-March', 'from April to June 2025': from the first month's start to the last one's end;
    a year written once at the end applies to both, the first month a year earlier when it is later."""
    mo, mo2 = _month_no(m["m"]), _month_no(m["m2"])
    spelled = m.group().lstrip()[:1].lower() in "fb" or re.search(r"[-–—]", m.group())  # from/between or a dash
    if mo is None or mo2 is None or mo == mo2 or not spelled:
        return None  # "in May and June" stays two months; "January to March" needs "from"

    def make(y: int) -> TimeSpan:
        return _month(y - (mo > mo2), mo).hull(_month(y, mo2))

    return _dated(m["y"], make, anchor, _month_unit)


def _h_bare_month(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """A month name alone counts only after a preposition, in a list of months ("in May, June and
    July"), or before the noun it dates ("the July meeting", "its September decision"; not "May",
    which is also a name: "the May government")."""
    mo, before = _month_no(m["m"]), text[max(0, m.start() - 30) : m.start()]
    attributive = mo != 5 and _ATTRIBUTIVE_RE.search(before) and _NOUN_AFTER_RE.match(text, m.end())
    if mo is None or not (_BARE_CONTEXT_RE.search(before) or (mo != 5 and _TO_MONTH_RE.search(before)) or attributive):
        return None
    return _nearest(anchor, lambda y: _month(y, mo), _month_unit), True


def _h_rel_month(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'last May' is the latest May before the anchor's month, 'next May' the first after, 'this May' in its year."""
    mo, w = _month_no(m["m"]), m["w"].lower()
    if mo is None:
        return None

    def resolve(d: dt.date) -> TimeSpan:
        return _month(d.year - (w == "last" and mo >= d.month) + (w == "next" and mo <= d.month), mo)

    return _at(anchor, resolve), True


def _h_month_of_rel_year(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'May last year', 'July of last year', 'early March next year': a month of the year before, of
    or after the anchor's."""
    mo, step = _month_no(m["m"]), RELATIVE_STEP[m["w"].lower()]
    if mo is None:
        return None
    part = _part(m) if m["q"] or m["q2"] else None

    def resolve(d: dt.date) -> TimeSpan:
        year = d.year + step
        return _part_of_month(year, mo, part) if part else _month(year, mo)

    return _at(anchor, resolve), True


def _part(m: re.Match[str]) -> str:
    return PART_OF[(m["q"] or m["q2"]).lower()]


def _h_part_month(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    mo, part = _month_no(m["m"]), _part(m)
    return None if mo is None else _dated(m["y"], lambda y: _part_of_month(y, mo, part), anchor, _month_unit)


def _h_part_rel(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'late last year', 'the end of this month'."""
    part, n, unit = _part(m), RELATIVE_STEP[m["w"].lower()], m["u"].lower()

    def resolve(d: dt.date) -> TimeSpan:
        start = _shift(d, unit, n).start or d
        return _part_of_year(start.year, part) if unit == "year" else _part_of_month(start.year, start.month, part)

    return _at(anchor, resolve), True


def _h_year_range(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'2020-2024', '2020 to 2024' and the season form '2024-25'."""
    y1 = int(m["y"])
    y2 = int(m["y2"]) if m["y2"] else y1 // 100 * 100 + int(m["yy"])
    return (_year(y1, y2), False) if y1 < y2 else None


def _h_quarter(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    g = m.groupdict()
    q = int(g["qn"]) if g.get("qn") else QUARTER_ORDINALS[g["o"].lower()]
    return _dated(g["y"], lambda y: _quarter(y, q), anchor, _quarter_unit)


def _h_half(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """Halves need a year ('the first half of 2025'): a bare "first half" is as likely a football match."""
    g = m.groupdict()
    h = int(g["hn"]) if g.get("hn") else 1 + (g["h"].lower() == "second")

    def make(y: int) -> TimeSpan:
        return TimeSpan(start=dt.date(y, 6 * h - 5, 1), end=_month_end(y, 6 * h), precision=Precision.YEAR)

    if g["y"]:
        return make(int(g["y"])), False
    return _at(anchor, lambda d: make(d.year + RELATIVE_STEP[g["w"].lower()])), True


def _h_month_quarter(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'the December quarter', 'the March 2025 quarter': the three months ending in that month (how
    Australian and New Zealand statistics name their quarters)."""
    mo = _month_no(m["m"])
    if mo is None:
        return None

    def make(y: int) -> TimeSpan:
        first = dt.date(y - (mo < 3), (mo - 3) % 12 + 1, 1)
        return TimeSpan(start=first, end=_month_end(y, mo), precision=Precision.QUARTER)

    return _dated(m["y"], make, anchor, _month_unit)


def _h_week_of(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    span, relative = _h_month_day(m, text, anchor) or (None, False)
    return (_week(span.start), relative) if span and span.start else (span, relative)


def _h_words(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    n = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}[m["r"].split()[0].lower()]
    return _at(anchor, lambda d: TimeSpan.day(d + dt.timedelta(days=n))), True


def _h_so_far(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'earlier this month' runs from the month's start to the anchor, 'later this year' from it to the year's end."""
    unit, key = m["u"].lower(), "end" if m["e"].lower() == "earlier" else "start"
    return _at(anchor, lambda d: _shift(d, unit, 0).model_copy(update={key: d})), True


def _h_day_of_month(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """ "On the 18th": that day of the anchor's month, or of the month before when the anchor's day
    is earlier (news looks back; a sentence about the future reads it ahead, see find_times)."""
    day = int(m["d"])

    def resolve(d: dt.date) -> TimeSpan | None:
        month = (d.year, d.month) if day <= d.day else ((d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12))
        return _day(month[0], month[1], day)

    return (_at(anchor, resolve), True)


def _h_weekday(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """A bare weekday is the latest such day on or before the anchor; 'last' is strictly before, 'next' after."""
    if _WD_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()]) or _WD_AFTER_RE.match(text, m.end()):
        return None
    wd, w = WEEKDAYS[m["wd"].lower()], (m["w"] or "").lower()

    def resolve(d: dt.date) -> TimeSpan:
        if w == "next":
            return TimeSpan.day(d + dt.timedelta(days=(wd - d.weekday()) % 7 or 7))
        if w == "this":
            return TimeSpan.day(d + dt.timedelta(days=wd - d.weekday()))
        return TimeSpan.day(d - dt.timedelta(days=(d.weekday() - wd) % 7 or (7 if w == "last" else 0)))

    return _at(anchor, resolve), True


def _h_weekday_pair(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """ "on Thursday and Friday", "Wednesday-Thursday": the days from the first to the second, the
    second read as a bare weekday; a move or a meeting over both is no claim about either alone."""
    got = _h_weekday(m, text, anchor)
    if got is None or got[0] is None or got[0].start is None or got[0].end is None:
        return got
    back = (WEEKDAYS[m["wd"].lower()] - WEEKDAYS[m["wd1"].lower()]) % 7
    if not back:
        return None  # "Monday and Monday": not a pair of days
    span = TimeSpan(start=got[0].start - dt.timedelta(days=back), end=got[0].end, precision=Precision.DAY)
    return span, True


def _h_weekend(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'over the weekend' is the latest Saturday-Sunday; 'this'/'next weekend' look ahead."""
    w = m["w"].lower()

    def resolve(d: dt.date) -> TimeSpan:
        saturday = d - dt.timedelta(days=(d.weekday() - 5) % 7 + 7 * (w == "last" and d.weekday() >= 5))
        if w in ("this", "next"):
            saturday = d + dt.timedelta(days=5 - d.weekday() + 7 * (w == "next"))
        return TimeSpan(start=saturday, end=saturday + dt.timedelta(days=1), precision=Precision.DAY)

    return _at(anchor, resolve), True


def _count(word: str | None) -> int:
    return 1 if word is None else int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _h_recent(m: re.Match[str], text: str, anchor: TimeSpan) -> Found | None:
    """'in recent months' is taken as the three months up to the anchor, 'recent weeks' as three weeks."""
    unit, n, precision = RECENT[m["u"].lower()]
    return _at(anchor, lambda d: _back(d, unit, n).model_copy(update={"precision": precision})), True


# fmt: off
# Rules grouped by what a sentence must contain for them to match, so most sentences skip most regexes.
_RULES: dict[str, list[tuple[str, Handler] | tuple[str, Handler, str]]] = {
    "month": [  # needs a month word
        (_MD, _h_month_day),
        (_DM, _h_month_day),
        (rf"{_OPT_WD}{_mon()}\s+{_dnum('d')}{_DASH}{_mon('m2')}\s+{_dnum('d2')}(?:,?\s+{_yr()})?", _h_cross_month),
        # "January-March", "from January to March 2025", "between April and June": a span of months
        (rf"(?:\b(?:from|between)\s+)?{_mon()}(?:\s*[-–—]\s*|\s+(?:to|through|and|until)\s+){_mon('m2')}"
         rf"(?:,?\s+{_yr()})?(?!\s*\d)", _h_month_range),
        (rf"{_mon()}(?:,|\s+of)?\s+{_yr()}",
         lambda m, t, a: (_month(int(m["y"]), mo), False) if (mo := _month_no(m["m"])) else None),
        # a month alone, spelt out or abbreviated ("CPI rises to 3% in Jan", "sales fell in Sept.")
        (rf"\b(?P<m>{_alt(MONTHS)}|(?:{_alt(MONTH_ABBREVIATIONS)})(?:\.|(?![.\w'’])))(?![\w'’])(?!\s*\d)",
         _h_bare_month),
        (rf"\b(?P<w>last|next|this)\s+(?P<m>{_alt(MONTHS)})\b(?!\s*\d)", _h_rel_month),
        (rf"{_mon()}(?:\s+{_yr()})?[\s-]+quarter\b", _h_month_quarter),
        (rf"{_PART}{_mon()}(?:,?\s+{_yr()})?(?!\s*\d)", _h_part_month),
        (rf"\bthe\s+week\s+of\s+{_mon()}\s+{_dnum('d')}(?:,?\s+{_yr()})?", _h_week_of),
        (rf"{_PART}?\b(?P<m>{_alt(MONTHS)})(?:\s+of)?\s+(?P<w>last|this|next)\s+year\b", _h_month_of_rel_year),
    ],
    "digit": [  # needs a digit
        (rf"{_PART}{_yr()}", lambda m, t, a: (_part_of_year(int(m["y"]), _part(m)), False)),
        (r"(?<![\w.-])(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)",
         lambda m, t, a: (_day(int(m["y"]), int(m["mo"]), int(m["d"])), False)),
        (_FREE_YEAR, lambda m, t, a: (_year(int(m["y"])), False)),
        (rf"(?<![{_NOT_AFTER}]){_yr()}(?:{_DASH}{_yr('y2')}|\s*[-–/]\s*(?P<yy>\d\d)(?![\d%]))(?![-/]\d)",
         _h_year_range),
        (r"\b(?:the\s+)?(?P<y>(?:19|20)\d0)s\b", lambda m, t, a: (_year(int(m["y"]), int(m["y"]) + 9), False)),
        (rf"\bQ(?P<qn>[1-4])\b(?:[\s-]+{_yr()})?", _h_quarter),
        (rf"(?<![\w.-]){_yr()}[\s-]Q(?P<qn>[1-4])\b", _h_quarter),
        # "On the 18th (local time)": a day of the month alone, not "the 18th round" or "century"
        (r"\bthe\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[(,.;:]|$|of\s+(?:this|the|last)\s+month\b))",
         _h_day_of_month),
        (rf"\bH(?P<hn>[12])\s+{_yr()}", _h_half),
    ],
    "time": [  # needs a time word: day, week, month, quarter, year, ...; each rule may need more (its third part)
        (rf"{_PART}(?P<w>this|last|next|the)\s+(?P<u>year|month)\b", _h_part_rel, r"year|month"),
        (rf"\b(?:the\s+)?(?P<o>{_alt(QUARTER_ORDINALS)})[\s-]+quarter\b(?:(?:\s+of|,)?\s+{_yr()})?", _h_quarter,
         r"quarter"),
        (rf"\b(?:the\s+)?(?P<h>first|second)[\s-]+half\s+of\s+(?:{_yr()}|(?P<w>this|last|next|the)\s+year\b)", _h_half,
         r"half"),
        (r"\b(?P<r>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b", _h_words,
         r"today|tonight|yesterday|tomorrow|morning|afternoon|evening|night"),
        (r"\b(?P<w>this|last|next)\s+(?P<u>week|month|quarter|year)\b(?!\s+of\b)",
         lambda m, t, a: (_at(a, lambda d: _shift(d, m["u"].lower(), RELATIVE_STEP[m["w"].lower()])), True),
         r"\b(?:this|last|next)\s"),
        (r"\b(?P<e>earlier|later)\s+this\s+(?P<u>week|month|year)\b", _h_so_far, r"\b(?:earlier|later)\s"),
        (rf"\b(?:(?P<w>last|next|this|past)\s+)?(?P<wd>{_WD})\b", _h_weekday, r"day\b"),
        (rf"\b(?:(?P<w>last|next|this|past)\s+)?(?P<wd1>{_WD})\s*(?:\s(?:and|to|through|until)\s|[-–])\s*(?P<wd>{_WD})\b",
         _h_weekday_pair, r"day\s*(?:\s(?:and|to|through|until)\s|[-–])\s*\w+day\b"),
        # not "the weekend of Oct. 18", which is that date
        (r"\b(?P<w>this|last|next|the)\s+weekend\b(?!\s+of\s+(?:\w+\.?\s+)?\d)", _h_weekend, r"weekend"),
        (rf"\b(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\s+ago\b",
         lambda m, t, a: (_at(a, lambda d: _shift(d, m["u"].lower(), -_count(m["n"]))), True), r"\bago\b"),
        (rf"\b(?:the|this)\s+(?:past|last)\s+(?:(?P<n>{_NUM})\s+)?(?P<u>day|week|month|year)s?\b(?!\s+of\b)",
         lambda m, t, a: (_at(a, lambda d: _back(d, m["u"].lower(), _count(m["n"]))), True), r"\b(?:past|last)\s"),
        (r"\brecent\s+(?P<u>day|week|month|year)s\b", _h_recent, r"\brecent\s"),
    ],
}
# fmt: on
# Each rule with the regex a sentence must match for it to run: its gate's, or its own narrower one
# (most sentences name no quarter, weekend or "ago", so most rules never scan them).
_COMPILED = {
    gate: [(re.compile(r[0], re.I), r[1], re.compile(r[2], re.I) if len(r) == 3 else None) for r in rules]
    for gate, rules in _RULES.items()
}
_GATES = {
    "month": re.compile(rf"\b(?:{_alt([*MONTHS, *MONTH_ABBREVIATIONS])})\b", re.I),
    "digit": re.compile(r"\d"),
    "time": re.compile(r"day|night|week|month|quarter|year|half|morning|afternoon|evening|tomorrow", re.I),
}


# News happens between these years; a date outside them ("0001-01-01", "9999-12-31") is no time a
# check can place, and keeping every date well inside the calendar keeps every window arithmetic safe.
MIN_YEAR, MAX_YEAR = 1000, 2999


def _plausible(span: TimeSpan) -> bool:
    return all(d is None or MIN_YEAR <= d.year <= MAX_YEAR for d in (span.start, span.end))


def find_times(text: str, anchor: TimeSpan, offset: int = 0) -> list[TimeMention]:
    """All time expressions in `text` (a sentence), in order, non-overlapping, longest match wins."""
    found: list[tuple[int, int, TimeSpan, bool]] = []
    rules = [
        (pattern, handler)
        for gate, rx in _GATES.items()
        if rx.search(text)
        for pattern, handler, needs in _COMPILED[gate]
        if needs is None or needs.search(text)
    ]
    for pattern, handler in rules:
        for m in pattern.finditer(text):
            try:
                got = handler(m, text, anchor)
            except (ValueError, OverflowError):  # calendar arithmetic beyond year 1 or 9999: not a date we can place
                continue
            if got is not None and got[0] is not None:
                found.append((m.start(), m.end(), got[0], got[1]))
    found = [c for c in found if _plausible(c[2])]
    chosen: list[tuple[int, int, TimeSpan, bool]] = []
    starts: list[int] = []  # of the chosen, which never overlap: sorted by start, so by end too
    ends: list[int] = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[0])):  # longest first
        i = bisect.bisect_left(starts, cand[0])
        if (i > 0 and ends[i - 1] > cand[0]) or (i < len(starts) and starts[i] < cand[1]):
            continue  # overlaps a longer match
        starts.insert(i, cand[0])
        ends.insert(i, cand[1])
        chosen.append(cand)
    mentions = []
    cues = _tense_cues(text) if chosen else []
    for s, e, span, relative in sorted(chosen, key=lambda c: c[0]):
        future = _future_at(cues, s, text)
        word = _BOUND_RE.search(text[max(0, s - 20) : s])
        if text[e : e + 2] in ("'s", "’s"):
            word = None  # "after Tuesday's meeting": the word governs the meeting, the day is its own
        bound = BOUND_WORDS[" ".join(word[1].lower().split())] if word else "at"
        words = text[max(0, s - 12) : e]
        try:
            if (
                relative
                and _later_than(span, anchor)
                and (_YEARLESS_MONTH.search(text[s:e]) or _YEARLESS_QUARTER.search(text[s:e]))
            ):
                # "In January, Yellen told Congress" in a September article: past; but a day just ahead
                # that no past-tense verb governs is the coming one ("readies for his May 9 parade" of May 7)
                ahead = not cues and _within_days(span, anchor, NEAR_AHEAD_DAYS) and span.precision is Precision.DAY
                if bound in ("since", "after") or (
                    bound == "at" and not future and not ahead and not _intended(text, cues, s)
                ):
                    span = _shift_year(span, -1)
            elif (
                relative
                and future
                and (_BARE_WEEKDAY.search(words) or _BARE_WEEKEND.search(words))
                and _earlier_than(span, anchor)
            ):
                # "will meet on Thursday" in a Monday article: this week's Thursday; "would meet Xi
                # next week, after talks over the weekend" on a Friday: the coming weekend
                span = _week_ahead(span)
            elif relative and future and _BARE_DAY.search(words) and _earlier_than(span, anchor):
                span = _month_ahead(span)  # "will meet on the 25th" read ahead
        except (ValueError, OverflowError):
            pass  # at the calendar's edge (year 1 or 9999) the date stays as read
        mentions.append(TimeMention(start=s + offset, end=e + offset, text=text[s:e], span=span, relative=relative,
                                    bound=bound, future=future))  # fmt: skip
    return mentions


# A sentence about the future resolves bare weekdays and yearless dates forward; otherwise news looks
# back. "Trump to meet Putin on August 15", "Parliament to elect a prime minister on Tuesday" (a
# headline's infinitive), "intends to call elections on October 27" and a schedule in the present
# ("a truce that expires on August 12") are about the future.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|due|next|is\s+to|are\s+to|set\s+to|scheduled|expected|likely|plans?\s+to|planned|upcoming|"
    r"starting|beginning(?!\s+of\b)|effective|later\s+this|this\s+coming|ahead|intends?\s+to|aims?\s+to|hopes?\s+to|"
    r"prepares?\s+to|to\s+(?:meet|hold|host|visit|travel|attend|sign|call|convene|begin|start|resume|take\s+effect|"
    r"elect|vote|choose)|"
    r"to\s+have\s+(?:a|an|another|more|further|new)\s|"
    # a schedule in the present: "a truce that expires on August 12", "the pause runs until July 9"
    r"expires|ends|begins|starts|lapses|resumes|kicks\s+in|takes\s+effect|goes\s+into\s+effect|"
    r"comes\s+into\s+force|runs\s+(?:out|until|through)|"
    # an extension points ahead: "extending the truce by another 90 days, to Nov. 10"
    r"extend(?:s|ed|ing)?(?=[^.;]{0,80}?\b(?:to|until|till|through)\s))\b|['’]ll\b",
    re.IGNORECASE,
)
# Past-tense verbs: the nearest tense word before a time expression says which way it resolves, so
# in "Trump and Xi will endorse what negotiators reached on Sunday" Sunday is past.
_PAST = re.compile(
    r"\b(?:(?!(?:hundred|kindred|need|indeed|speed|seed|feed|breed|bleed|greed|creed|exceed|proceed|succeed)\b)[a-z]{3,}ed|met|held|said|made|took|gave|went|came|began|won|lost|led|sat|spoke|told|wrote|left|"
    r"brought|struck|fell|rose|was|were|had|did|drew|saw|grew|threw|flew|knew|chose|drove|sold|bought|paid|fought|"
    r"sent|spent|built|kept|felt|stood|heard|found|thought|sought|caught|became|broke|ran|sank|shrank|swore|rang)\b"
)


# "will be held", "is to be signed", "are held": a participle after these carries no past tense.
_PASSIVE_PRESENT = re.compile(r"\b(?:be|being|is|are|am)\s+$", re.IGNORECASE)
# "the delayed summit", "a limited deal": a participle after a determiner is an adjective.
_ADJECTIVE_POSITION = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our|more|most|very|so|too)\s+$", re.I)


def _tense_cues(text: str) -> list[tuple[int, bool]]:
    """Where the sentence's future cues (True) and past-tense verbs (False) stand, in order; found
    once per sentence, so reading the tense of every time expression stays linear. A past form inside
    a quoted phrase the sentence runs on past ("a 50% levy on “all goods shipped to us” from May 1")
    is the phrase's own, most often a participle: it sets no tense for the sentence."""
    future = [(m.start(), True) for m in _FUTURE.finditer(text)]
    embedded = [m.span() for m in _EMBEDDED_QUOTE.finditer(text) if text[m.end() :].strip(" .,;:!?\"”’'")]
    past = [
        (m.start(), False)
        for m in _PAST.finditer(text)
        if not _FUTURE.match(text, m.start())
        and not _PASSIVE_PRESENT.search(text, max(0, m.start() - 12), m.start())
        and not _ADJECTIVE_POSITION.search(text, max(0, m.start() - 12), m.start())
        and not any(a < m.start() < b for a, b in embedded)
    ]
    return sorted(future + past)


def past_form_at(text: str, pos: int) -> bool:
    """Whether the word at `pos` is a past-tense form: "rose to", "took effect" and "increased to"
    report a change already made, so the date after them lies behind publication, not ahead."""
    return _PAST.match(text, pos) is not None and not _FUTURE.match(text, pos)


def told_in_simple_past(text: str) -> bool:
    """Whether a sentence tells its news in the simple past ("held talks", "were the first"), not as
    just done ("have resumed", the present perfect) or still to come: an event told so may lie
    anywhere before publication, so the publication day does not date it."""
    cues = _tense_cues(text)
    if any(future for _, future in cues) or _PERFECT.search(text):
        return False
    return any(not future for _, future in cues)


# "have resumed", "has officially met": the present perfect (a past form may stand elsewhere too:
# "after a year of limited dialogue, the two sides have resumed talks")
_PERFECT = re.compile(r"\b(?:has|have|[’']ve)\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?:[a-z]+ed|met|held|had|begun)\b", re.I)


# A quoted phrase inside a sentence: curly or straight double quotes, on one line.
_EMBEDDED_QUOTE = re.compile(r"“[^”\n]{1,200}”|\"[^\"\n]{1,200}\"")


def _future_at(cues: list[tuple[int, bool]], pos: int, text: str) -> bool:
    """Whether the tense governing a time expression at `pos` is future: the nearest future cue or
    past-tense verb before it decides; with neither before it, the first one after it ("In January,
    Yellen told Congress it would ...": a leading time takes the first verb's tense), though not an
    extension, which points ahead only to what follows it ("On Monday, Trump extended the pause
    to Nov. 10": Monday is past)."""
    if not cues:
        return False
    i = bisect.bisect_left(cues, (pos, False))
    if i:
        return cues[i - 1][1]
    return next((future for at, future in cues if not _EXTENSION.match(text, at)), False)


_EXTENSION = re.compile(r"extend(?:s|ed|ing)?\b", re.IGNORECASE)


# A past verb of intent and its infinitive: what was threatened, vowed or agreed comes after it.
_INTENT_TO = re.compile(
    r"\b(?:threaten(?:ed|s)?|vow(?:ed|s)?|pledged?|promised?|agreed?|decided?|moved?|voted?|sought|aimed?|"
    r"intended|wanted|hoped|prepared|offered|proposed|planned)"
    r"(?:\s+(?:on|in|last|this|late|early|earlier)\b[^,;]{1,20}?)?\s+to\s+"  # "threatened on Oct. 10 to ..."
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|some|all|about|around|record|be\s+\w+ed)\b)[a-z]+\b",
    re.IGNORECASE,
)


def _intended(text: str, cues: list[tuple[int, bool]], pos: int) -> bool:
    """Whether the past verb governing a time at `pos` is one of intent whose infinitive the time
    dates: in "Trump had threatened to impose the tariff from Nov. 1" (an October article) November
    is this year's, still ahead, not last year's; "tariffs rose to 30% in November" stays past."""
    i = bisect.bisect_left(cues, (pos, False))
    return bool(i) and _INTENT_TO.search(text, cues[i - 1][0], pos) is not None


# A month with no year of its own: neither digits nor "last year" ("May last year" says which year)
_YEARLESS_MONTH = re.compile(
    r"^(?!.*\b\d{4}\b)(?!.*\byear\b)(?:.*\b)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\b|$)",
    re.S,
)
# A quarter with no year of its own: "in Q1", "the first quarter" ("the nearest" Q1 to an October
# anchor is next year's; in a sentence about the past it is this year's)
_YEARLESS_QUARTER = re.compile(
    r"^(?!.*\d{4})(?:.*\b)?(?:Q[1-4]|(?:first|second|third|fourth|final)[\s-]+quarter)\b", re.I | re.S
)
_BARE_WEEKDAY = re.compile(
    r"(?<!last )(?<!next )(?<!this )\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\s*$"
)


_BARE_WEEKEND = re.compile(r"\bthe\s+weekend\s*$", re.IGNORECASE)


def _earlier_than(span: TimeSpan, anchor: TimeSpan) -> bool:
    return span.end is not None and anchor.start is not None and span.end < anchor.start


_BARE_DAY = re.compile(r"\bthe\s+[1-3]?\d(?:st|nd|rd|th)\s*$")


def _month_ahead(span: TimeSpan) -> TimeSpan:
    """The same day of the next month (a day of the month alone, read ahead)."""
    if span.start is None:
        return span
    y, mo = (span.start.year, span.start.month + 1) if span.start.month < 12 else (span.start.year + 1, 1)
    return _day(y, mo, span.start.day) or span


def _week_ahead(span: TimeSpan) -> TimeSpan:
    week = dt.timedelta(days=7)
    return TimeSpan(
        start=None if span.start is None else span.start + week,
        end=None if span.end is None else span.end + week,
        precision=span.precision,
    )


NEAR_AHEAD_DAYS = 14  # a yearless day this soon after publication, in a sentence of no tense, is ahead


def _within_days(span: TimeSpan, anchor: TimeSpan, days: int) -> bool:
    return span.start is not None and anchor.end is not None and (span.start - anchor.end).days <= days


def _later_than(span: TimeSpan, anchor: TimeSpan) -> bool:
    return span.start is not None and anchor.end is not None and span.start > anchor.end


def _shift_year(span: TimeSpan, years: int) -> TimeSpan:
    """The same days `years` years earlier or later (29 February becomes the 28th)."""

    def shift(d: dt.date | None) -> dt.date | None:
        if d is None:
            return None
        y = d.year + years
        return dt.date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))

    return TimeSpan(start=shift(span.start), end=shift(span.end), precision=span.precision)


def ahead_of(mention: TimeMention, anchor: TimeSpan) -> TimeSpan:
    """A yearless date read as past ("in Oman on April 26" in an article of April 19 was put in the
    year before) moved to the year ahead, for a clause that turns out to be about a planned event."""
    span = mention.span
    if not mention.relative or not _YEARLESS_MONTH.search(mention.text) or not _earlier_than(span, anchor):
        return span
    try:
        ahead = _shift_year(span, +1)
    except (ValueError, OverflowError):
        return span  # year 9999 has no year ahead
    if ahead.start is None or anchor.end is None or not 0 < (ahead.start - anchor.end).days <= 183:
        return span  # a date well before publication stays there: the plan has been carried out
    return ahead


# --- dates in metadata -----------------------------------------------------------------------------------------------
_ISO_PARTS = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", re.I)
_ISO_QUARTER = re.compile(r"(\d{4})-?Q([1-4])|Q([1-4])[\s-]?(\d{4})", re.I)
_PARSE_HELP = "expected e.g. 2025-10-03, 2025-10, 2025, 2025-Q3, 'October 3, 2025' or a range 'A..B'"


@functools.lru_cache(maxsize=4096)
def parse_date_value(value: str, timezone: str | None = None) -> TimeSpan:
    """A date as written in a manifest or front matter; a range 'A..B' gives the hull of both ends.

    A time with an offset ("2025-10-03T23:30:00-04:00") is the day it was in `timezone` when one is
    given (the newsroom's zone), else the day written. Free forms go to dateparser, read against two
    different 'now's: if the answers differ the value was relative ("yesterday", "October 3") and is
    refused, so the result never depends on the clock.
    """
    span = _parse_date_value(value, timezone)
    if not _plausible(span):
        raise ValueError(f"{value!r} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return span


def _parse_date_value(value: str, timezone: str | None) -> TimeSpan:
    text = value.strip()
    if ".." in text:
        lo, hi = (parse_date_value(part, timezone) for part in text.split("..", 1))
        if lo.start and hi.end and hi.end < lo.start:
            raise ValueError(f"date range {value!r} ends before it starts")
        return lo.hull(hi)
    if _ISO_TIME.fullmatch(text):
        return TimeSpan.day(_local_day(text, timezone))
    if iso := _ISO_PARTS.fullmatch(text):
        y, mo, d = (int(g) if g else 0 for g in iso.groups())
        try:
            return TimeSpan.day(dt.date(y, mo, d)) if d else _month(y, mo) if mo else _year(y)
        except ValueError as err:
            raise ValueError(f"{value!r} is not a calendar date ({err}); {_PARSE_HELP}") from None
    if q := _ISO_QUARTER.fullmatch(text):
        return _quarter(int(q[1] or q[4]), int(q[2] or q[3]))
    found = find_times(text, TimeSpan.unknown())
    if len(found) == 1 and not found[0].relative and found[0].start == 0 and found[0].end >= len(text.rstrip(".")):
        return found[0].span
    spans = {_dateparser_span(text, base) for base in (dt.datetime(2001, 1, 1), dt.datetime(2011, 6, 15))}
    span = spans.pop() if len(spans) == 1 else None
    if span is None:
        raise ValueError(f"cannot read {value!r} as a date; {_PARSE_HELP}")
    return span


def _local_day(text: str, timezone: str | None) -> dt.date:
    try:
        moment = dt.datetime.fromisoformat(re.sub(r"[zZ]$", "+00:00", text))
    except ValueError as err:
        raise ValueError(f"{text!r} is not a calendar date and time ({err}); {_PARSE_HELP}") from None
    if timezone is None or moment.tzinfo is None:
        return moment.date()
    try:
        zone = zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {timezone!r}; expected an IANA name such as Europe/London") from None
    return moment.astimezone(zone).date()


@functools.lru_cache(maxsize=2)
def _dateparser(base: dt.datetime) -> Any:
    module = importlib.import_module("dateparser.date")  # slow to import and untyped: load only for free forms
    return module.DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})


def _dateparser_span(text: str, base: dt.datetime) -> TimeSpan | None:
    data = _dateparser(base).get_date_data(text)
    if not isinstance(data.date_obj, dt.datetime):
        return None
    day: dt.date = data.date_obj.date()
    if data.period in ("year", "month"):
        return _year(day.year) if data.period == "year" else _month(day.year, day.month)
    return _week(day) if data.period == "week" else TimeSpan.day(day)


# --- publication date from the text ----------------------------------------------------------------------------------
_LABEL_RE = re.compile(
    r"^(?:(?P<pub>(?:first\s+)?published|posted|publication\s+date|dated?)|(?P<upd>(?:last\s+)?updated))"
    r"(?:\s+on)?\b\s*[:\-–—]?\s*",
    re.I,
)
_BYLINE_RE = re.compile(r"^by\s+\S", re.I)
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'’/ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}(?=,[^,]*\d))?,(?P<date>[^()—–]{3,60}?)"
    r"(?:\([^)]{2,30}\))?\s*[-—–]"
)
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?|\bat\b")
_ONLY_PUNCT = re.compile(r"[\s,.|·•/—–-]*")


def _full_date(text: str, *, month_ok: bool = False) -> TimeSpan | None:
    """The first date in `text` that has its own year (day precision, or month when allowed)."""
    ok = {Precision.DAY, Precision.MONTH} if month_ok else {Precision.DAY}
    dated = (t.span for t in find_times(text, TimeSpan.unknown()) if not t.relative and t.span.precision in ok)
    return next(dated, None)


def _dateline(line: str) -> tuple[TimeSpan, int] | None:
    """'WASHINGTON, Oct 3 (Reuters) -', 'GENEVA, Switzerland, May 12, 2025 —': its date, given a year
    there or exactly one year elsewhere on the line, and where the dateline ends."""
    m = _DATELINE_RE.match(line)
    if not m:
        return None
    if span := _full_date(m["date"]):
        return span, m.end()
    md = _MD_RE.search(m["date"]) or _DM_RE.search(m["date"])
    years = {y["y"] for y in _FREE_YEAR_RE.finditer(line, m.end())}
    month = _month_no(md["m"]) if md else None
    day = _day(int(years.pop()), month, int(md["d"])) if md and month and len(years) == 1 else None
    return (day, m.end()) if day is not None else None


_DIGIT = re.compile(r"\d")
_MASTHEAD_CHARS = 200  # a date line is short; a longer first line is prose, read once by extraction


def masthead(text: str) -> tuple[TimeSpan, list[tuple[int, int]]]:
    """The publication date from a labelled line, byline, date-only line or wire dateline in the first
    12 lines, and the character spans of all such lines and datelines: they date the article, never an
    event, so extraction reads no time inside them.

    Conservative: prose dates in the body are never used; "Published" beats a date line, which beats "Updated".
    """
    best: tuple[int, int, TimeSpan] | None = None
    spans: list[tuple[int, int]] = []
    pos = 0
    for number, raw in enumerate(text.split("\n")[:12]):
        start, pos = pos, pos + len(raw) + 1
        if not _DIGIT.search(raw):
            continue  # every date a masthead gives has a digit: most prose lines are skipped cheaply
        line, rank, span, end = raw.strip().strip("*_#>").strip(), 1, None, len(raw)
        if label := _LABEL_RE.match(line):
            head = line[label.end() : label.end() + _MASTHEAD_CHARS]  # its date comes first
            dated = [t for t in find_times(head, TimeSpan.unknown()) if not t.relative]
            precise = (t.span for t in dated if t.span.precision in (Precision.DAY, Precision.MONTH))
            rank, span = (0 if label["pub"] else 3), next(precise, None)
            if dated:  # "date 2025-05-21 DUBAI, May 21. The fifth round ...": only the label and its date
                end = raw.index(line) + label.end() + dated[0].end
        elif _BYLINE_RE.match(line):
            span = _full_date(line)
        elif (dateline := _dateline(line)) is not None:
            rank, span = 2, dateline[0]
            end = raw.index(line) + dateline[1]
        elif len(line) <= _MASTHEAD_CHARS and len(found := find_times(line, TimeSpan.unknown())) == 1:
            only = found[0]
            rest = _CLOCK_RE.sub(" ", line[: only.start] + " " + line[only.end :])
            if not only.relative and only.span.precision is Precision.DAY and _ONLY_PUNCT.fullmatch(rest):
                span = only.span
        if span is not None:
            spans.append((start, start + end))
            if best is None or (rank, number) < best[:2]:
                best = (rank, number, span)
    return (best[2] if best else TimeSpan.unknown()), spans


def infer_published(text: str) -> TimeSpan:
    """The publication date the article's masthead gives (see `masthead`), or unknown."""
    return masthead(text)[0]
