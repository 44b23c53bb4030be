"""weekday claims: a date written with its day of the week, which must be that day.

Forms read: "Wednesday, Oct. 29", "on Thursday, October 30, 2025", "on Wednesday (Oct. 30)",
"Oct. 30 (Thursday)", "Sunday 26 October", "Oct. 30, a Thursday", "Thu, Oct 30, 2025", "Wed., Oct. 29"
(an abbreviated weekday needs its period or comma). The date is resolved against the publication date like
every other time expression; the claim says which weekday the text gives it. Masthead lines
(datelines, bylines) are read too: "Updated Wednesday, October 29, 2025" can be wrong as well.
A bare weekday ("on Monday") is no claim: it is resolved to the nearest such day and cannot disagree.
A date without its year is read in the year next to publication where its weekday fits, if one does
("Thursday, Oct. 30" in an article whose tense points to another year): only a weekday that fits no
nearby year is a claim the check can flag, on the reading nearest publication.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.models import Claim, Qualifiers, TimeSpan
from factcheck.ruleset.ruleset import RuleSet
from factcheck.timeexpr import WEEKDAYS, find_times

KIND = "weekday"
FIELDS = frozenset({"date", "weekday", "actual"})  # key and value fields: what rules may name

_WD = "|".join(WEEKDAYS)
_LEADING = re.compile(rf"^(?P<wd>{_WD})\b,?\s+", re.IGNORECASE)  # inside the mention: "Wednesday, Oct. 29"
_BEFORE = re.compile(rf"\b(?P<wd>{_WD})\s*(?:,\s*)?\(\s*$", re.IGNORECASE)  # "Wednesday (Oct. 30)"
_AFTER = re.compile(rf"\s*\(\s*(?P<wd>{_WD})\s*\)", re.IGNORECASE)  # "Oct. 30 (Thursday)"
# "Thu, Oct 30, 2025" in a byline, "Wed., Oct. 29": an abbreviated weekday right before the date
ABBREVIATIONS = {d[:3].lower(): d.lower() for d in WEEKDAYS} | {
    "tues": "tuesday",
    "thur": "thursday",
    "thurs": "thursday",
}
_FORMS = sorted({f for a in ABBREVIATIONS for f in (a.capitalize(), a.upper())}, key=len, reverse=True)
# capitalised, and not a name ("The Sun, Oct. 30 edition"): "she sat, Oct. 30" is no weekday
_ABBREVIATED = re.compile(rf"(?<![\w.])(?<!The\s)(?<!the\s)(?P<wd>{'|'.join(_FORMS)})(?:\.,?|,)\s*$")
# "Oct. 30, a Thursday", "October 30 — a Thursday —", "Oct. 30, which was a Thursday"
_APPOSITIVE = re.compile(
    rf"\s*(?:,|[—–]|\s-)\s*(?:which\s+(?:was|is|will\s+be)\s+)?an?\s+(?P<wd>{_WD})\b", re.IGNORECASE
)


_ANY_WEEKDAY = re.compile(rf"(?i:{_WD})|(?:{'|'.join(_FORMS)})[.,]")


def _year_that_fits(span: TimeSpan, weekday: str, published: TimeSpan) -> TimeSpan:
    """A date written without its year ("Thursday, Oct. 30") is read in the year next to publication
    where the weekday fits, when the nearest reading does not: the text says which year it means."""
    assert span.start is not None
    if calendar.day_name[span.start.weekday()].lower() == weekday.lower() or published.start is None:
        return span
    candidates = [span.start]
    for years in (-1, 1):
        try:
            day = span.start.replace(year=span.start.year + years)
        except (ValueError, OverflowError):  # 29 February; the years 1 and 9999
            continue
        if calendar.day_name[day.weekday()].lower() == weekday.lower() and abs((day - published.start).days) <= 183:
            return TimeSpan.day(day)
        candidates.append(day)
    # no year fits: the weekday is wrong in each, and the date meant is the one nearest publication
    # ("Tuesday, November 10" in a September article is this November's, not last year's)
    anchor = published.start
    nearest = min(candidates, key=lambda d: (abs((d - anchor).days), d))
    return span if nearest == span.start else TimeSpan.day(nearest)


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    published = view.article.published
    for sentence in view.sentences:
        text = sentence.text
        if not _ANY_WEEKDAY.search(text):
            continue
        # Every time expression, masthead included: a dateline's weekday can be wrong too.
        in_masthead = any(a <= sentence.start < b for a, b in view.masthead)
        found = find_times(text, published, offset=sentence.start) if in_masthead else view.times(sentence)
        for m in found:
            span = m.span
            if span.days != 1 or span.start is None:
                continue
            s, e = m.start - sentence.start, m.end - sentence.start
            start, end, stated = s, e, None
            if lead := _LEADING.match(m.text):
                stated = lead["wd"]
            elif before := _BEFORE.search(text, 0, s):
                stated, start = before["wd"], before.start()
                end = e + (1 if text[e : e + 1] == ")" else 0)
            elif after := _AFTER.match(text, e) or _APPOSITIVE.match(text, e):
                stated, end = after["wd"], after.end()
            elif short := _ABBREVIATED.search(text, max(0, s - 8), s):
                stated, start = ABBREVIATIONS[short["wd"].lower()], short.start()
            if stated is None:
                continue
            if m.relative and not re.search(r"\b\d{4}\b", m.text):
                span = _year_that_fits(span, stated, published)
            assert span.start is not None
            actual = calendar.day_name[span.start.weekday()]
            yield view.claim(
                KIND,
                sentence,
                sentence.start + start,
                sentence.start + end,
                key={"date": span.start.isoformat()},
                value={"weekday": stated.capitalize(), "actual": actual},
                labels={"date": span.start.isoformat(), "weekday": stated.capitalize()},
                qualifiers=Qualifiers(),
                time=SentenceTime(span, "sentence"),
            )
