"""market_move claims: an index moved up, down or not at all, by how much, over which period.

Forms read (index names, direction words and hedges come from rules/vocab; none are written here):
- index, direction, size: "The S&P 500 fell 1.2% on Monday", "with the Nasdaq up 2%",
  "the Shanghai Composite Index rising 3%", "the Dow lost 300 points, or 0.8%, last week"
  (one claim per unit), "The Dow and the S&P 500 each fell about 1%" (one claim per index),
  "The Dow and the Nasdaq fell 1% and 2%, respectively", a gapped list taking the first verb ("the Dow
  lost 2.6%, the S&P 500 2.9% and the Nasdaq 3.6%", in the first size's unit);
- size before the direction: "The FTSE 100 closed 0.5% lower", "the Dow's 300-point drop";
- flat: "The DAX was unchanged" (size 0), with its snapshot as a move's ("Dow futures were flat").
A size must follow the direction word (or precede it) within a few words, so "tariffs of 25%" near an
index is not its move, and "its strongest week since June" has no size.
The snapshot is the `market_cues.snapshots` phrase of the move's clause: "closed" (close),
"at one point", "as much as", "in afternoon trading" (intraday), "futures" (futures); unstated when
none; a "with" phrase naming none takes the moment of the clause it details ("Futures slid, with the
Dow down 1%": futures). Figures of different snapshots are never compared. A level after the move
("fell 2.6% to 38,703.27", "lost 1,123 points to 42,326.20"), or before it ("closed at 42,326.87 on
Wednesday, down 1,123 points"), is kept, for the plausible range of the index (`levels:` in
rules/vocab/markets.yaml) and the reference close.
A bare number after the direction of an index quoted in points is points ("Dow sheds 900 as
yields climb", "Dow Sinks Nearly 2K"). A move in the simple present with no day of its own
("Dow sheds 900") is uncertain: live copy names no moment, and a conflict on it is a severity lower.
A gauge quoted in percent (`quoted_in: percent`, a bond yield) reads "fell to 3.4%" as its level
with no size, and "rose 12 basis points to 4.31%" as a move in points to that level.
Not read: a level alone of a stock index ("rose to 5,000 points", "rose as high as 5,100", "from its peak"), words in
`not_closing` with no snapshot ("before paring"), a move over a run of sessions ("lost 6% in its
losing streak", "during the rally"), forecasts and conditionals ("could fall"), and a name followed
by a number or another capitalised word ("FTSE 250", "Nasdaq Biotechnology Index"), another index.
The same index's next move in the sentence is read too: "rose 2%, after plunging 13.2% on Monday",
"gained 1.9%, while on Friday it rose 0.8%".
The period is the nearest time expression of the move's clause ("on Monday", "last week", "in October",
"since April"), or "for the week"/"year to date"/"in three sessions" (see numbers.period). A sentence
naming no time that opens on an index continues the paragraph's last moves and takes their one period
("For the week, the S&P 500 gained 5.7%. The Nasdaq added 7.3%."); when that is in doubt the move has no
time rather than the publication date. A headline's moves ("Dow Sheds 900 Points") are dated by the
article and uncertain: a headline names no moment, and a live page's may be the noon figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.extract.numbers import (
    UNIT_SUFFIX,
    Cue,
    Hedged,
    Quantity,
    clause,
    find_quantities,
    hedge_after,
    hedge_before,
    interval,
    month_of,
    period,
    record_window,
    show,
    week_of,
    year_to_date,
)
from factcheck.models import Claim, Precision, Qualifiers, Scalar, TimeSpan
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.vocab import Hit, Lexicon, fold, phrase_regex, vocabulary

KIND = "market_move"
FIELDS = frozenset(
    {"index", "direction", "size", "unit", "lo", "hi", "session", "snapshot", "level"}
)  # key and value fields: what rules may name

MAX_FILLER_WORDS = 5  # words allowed between an index and its direction: "index", "closed", "each", ...
# Between index and direction: a clause break, a negation, a modal or "to" ("is expected to fall").
_FILLER_BLOCK = re.compile(
    r"\d|[;:()\[\]—–]|\b(?:while|but|whereas|although|though|as|after|before|when|because|and|or|if|not|never|no|"
    r"could|would|might|(?-i:may)|will|should|can|to|than|expected|forecast|seen|set)\b|n['’]t\b",
    re.IGNORECASE,
)
# Between direction and size: "fell by 2%", "gained a further 1%", "a gain of 2%", "rose sharply, 3%".
# Between direction and size: "fell by 2%", "gained a further 1%", "plunged a staggering 2,231 points".
_DIRECTION_TO_SIZE = re.compile(
    r"(?:\s*\b(?:by|a|an|another|further|additional|of|\w+ly)\b)*(?:\s+(?:a|an)\s+[a-z]+)?\s*", re.IGNORECASE
)
# Before a size that comes first: "closed 1% lower" must not be "rose to 1% ..." or "at 2%".
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|of|from|near|above|below|past|around)\s*$", re.IGNORECASE)
# Hedges that make a number a level after a direction: "rose above 20,000 points".
_LEVEL_HEDGES = frozenset({"above", "below", "past", "beyond", "as high as", "as low as"})
_REFERENCE_AFTER = re.compile(r"\s*,?\s*(?:from|off|below|above)\b", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.IGNORECASE)
_ALTERNATE = re.compile(r"\s*(?:,\s*)?(?:or\s+|\(\s*)", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*(?!and\b|or\b)")
_NEXT_ITEM = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\)?\s*,?\s*respectively\b", re.IGNORECASE)
# "FTSE 250", "Nasdaq-listed", "Dow Chemical", the index's members ("S&P 500 stocks traded 28% less");
# not a size ("the S&P 500 2.9%": a gapped conjunct)
_OTHER_INDEX = re.compile(
    r"\s*\d(?![\d.,]*\s*(?:%|percent\b|per\s*cent\b|points?\b))|[-‐‑]\w|\s+[A-Z][a-z]"
    r"|\s+(?i:stocks|shares|companies|firms|members|constituents|components)\b"
)
_TICKER = re.compile(r"\s*\(\s*[.^]?[A-Z][A-Z0-9.&^-]{1,11}\s*\)")
_UP_TO = re.compile(r"\s+to\b", re.IGNORECASE)
# A bare number right after a direction, for an index quoted in points: "sheds 900", "sinks nearly
# 2K", "down 500 after"; not a percent, a range, a year or a level ("to 5,000").
_BARE_POINTS = re.compile(
    r"\s+(?:(?:nearly|almost|about|around|roughly|more\s+than|over|some)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+(?!\.\d)|\d{3}(?![\d.,])|\d{1,3}(?:\.\d)?(?=\s*[kK]\b))(?P<k>\s*[kK]\b)?"
    r"(?!\s*(?:%|per\s*cent|percent|pct|pc\b|basis|percentage|points?|pts|[-–]\s*\d))",
    re.IGNORECASE,
)
# Where a gauge quoted in percent stood: "fell to 3.4%", "rose to a 16-year high of 5.1%".
_TO_RATE = re.compile(
    r"\s+(?:to|at)\s+(?:(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?of\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)",
    re.IGNORECASE,
)

_WEEK = re.compile(r"\b(?:for|on|in|over)\s+the\s+(?:holiday-shortened\s+)?week\b|\bweekly\b", re.IGNORECASE)
_MONTH = re.compile(r"\b(?:for|on|in|over)\s+the\s+month\b|\bmonthly\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:for|on|in|over)\s+the\s+year\b|\byear[-\s]to[-\s]date\b|\bYTD\b", re.IGNORECASE)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DURATION = re.compile(
    rf"\b(?:in|over|across|during|for)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?"
    rf"(?P<n>\d+|{'|'.join(_COUNT_WORDS)}|several|a\s+few)\s+(?:straight\s+|consecutive\s+|trading\s+)?"
    r"(?P<u>days?|sessions?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_UNIT_DAYS = {"day": 1, "session": 1, "week": 7, "month": 30, "year": 365}
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# A wrap-up period a later sentence continues is recent ("For the week, ..."); an older one was a
# comparison ("the largest since the 1987 crash") and is not carried.
_RECENT = dt.timedelta(days=31)
# Before a sentence's first index when it continues the previous one's wrap-up: "The Nasdaq added 7.3%".
_CONTINUES = re.compile(r"[\s\"“'‘]*(?:(?:and|the)\s+)*", re.IGNORECASE)
# A second move of the same index in its sentence: "rose 2%, after plunging 13.2% on Monday",
# "gained 1.9%, while on Friday it rose 0.8%".
_FOLLOW_ON = re.compile(
    # "down 2.1% by noon, after earlier sliding more than 4%": a short time phrase may come first
    r"(?:\s+(?:on|in|at|by|as\s+of)\s+[^,;:()\d%]{1,25}?(?=,))?"
    r"\s*,?\s*(?:(?:after|having)\s+(?:(?:earlier|briefly|initially|first|\w+ly)\s+)?"
    r"|(?:while|whereas|but|and)\s+(?:(?:on|in)\s+\w+(?:\s+\w+)?\s*,?\s+|(?:last|this)\s+\w+\s*,?\s+)?"
    r"(?:it|the\s+(?:index|gauge|benchmark))\s+(?:(?:had|has|then|also|only)\s+)?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Move:
    index: Hit
    direction: str
    quantity: Quantity | None  # None for "unchanged"
    hedge: Hedged | None
    end: int  # where the claim's surface ends
    snapshot: str | None = None  # "close", "intraday", "futures" as the sentence says; None when it does not
    level: float | None = None  # "fell 2.6% to 38,703.27": where the index stood after the move


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    vocab = vocabulary(ruleset)
    indices, directions, hedges = (vocab.lexicons[k] for k in ("indices", "directions", "hedges"))
    context: list[SentenceTime] = []  # the periods of the paragraph's last moves, for sentences naming none
    last_end: int | None = None
    last_ids: tuple[str, ...] | None = None  # the one index the paragraph named last, for "the index"
    last_snapshot: str | None = None  # the moment (intraday, futures) the last sentence's moves shared
    for sentence in view.sentences:
        if sentence.heading:
            context, last_end, last_ids = [], None, None
            yield from _headline(view, sentence, ruleset)
            continue
        paragraph_break = last_end is not None and bool(_PARAGRAPH.search(view.article.text, last_end, sentence.start))
        if paragraph_break:
            context = []
        hits = _index_hits(sentence.text, indices, directions)
        if last_end is not None and paragraph_break:
            last_ids = None
        hits = _with_anaphors(sentence.text, hits, vocab.lexicons["market_anaphors"], last_ids)
        if hits:
            named = {h.ids for h in hits}
            last_ids = next(iter(named)) if len(named) == 1 else None
        seen: set[tuple[str, str, float | None, str]] = set()
        cues = _cues(sentence.text, view.article.published)
        barriers = [h.start for h in hits]
        carried = _carried(sentence.text, hits, context, view.article.published)
        periods: list[SentenceTime] = []
        previous: int | None = None  # where the sentence's last move ended
        found = list(_moves(sentence.text, hits, directions, hedges, ruleset))
        continues = bool(hits) and bool(_CONTINUES.fullmatch(sentence.text, 0, hits[0].start))
        shared = _shared_snapshot(found, last_snapshot if continues and not paragraph_break else None)
        for move in found:
            if _ident(move) in seen:
                continue
            seen.add(_ident(move))
            q = move.quantity
            if move.snapshot is None and shared is not None:
                move = replace(move, snapshot=shared)
            near = q.start if q else move.index.end
            others = [b for b in barriers if not move.index.start <= b <= near]  # not its own list
            when = period(view, sentence, near, others, cues, carried)
            # "The S&P 500 slipped 0.3% on Tuesday, while the Dow fell 204 points": the same day,
            # unless a subordinator sets the second move apart ("..., a day after it fell 2%")
            shared_day = periods[-1] if periods and periods[-1].source == "sentence" else None
            apart = previous is None or _APART.search(sentence.text, previous, move.index.start) is not None
            if when.source != "sentence" and shared_day is not None and not apart:
                when = shared_day
            periods.append(when)
            previous = move.index.end
            claim = _claim(view, sentence, move, ruleset, when)
            if when.source != "sentence" and _present(sentence.text, move, directions):
                # "Dow sheds 900 as yields climb": the present of live copy and headlines
                # names no moment, and may be the figure at noon; a conflict on it is a severity lower
                claim = claim.as_uncertain()
            yield claim
        if periods:
            context = [p for p in periods if p.source == "sentence"]
            last_snapshot = shared
        last_end = sentence.end


def _headline(view: ArticleView, sentence: Sentence, rs: RuleSet) -> Iterator[Claim]:
    """Moves a headline states ("Dow Sheds 900 Points as Yields Climb"): dated by the article
    and uncertain, since a headline names no moment and a live page's may be the figure at noon, so a
    conflict on one is a severity lower; it carries nothing into the sentences after it."""
    vocab = vocabulary(rs)
    text = sentence.text
    indices, directions, hedges = (vocab.lexicons[k] for k in ("indices", "directions", "hedges"))
    seen: set[tuple[str, str, float | None, str]] = set()
    for move in _moves(text, _index_hits(text, indices, directions, title=True), directions, hedges, rs):
        if _ident(move) in seen:
            continue
        seen.add(_ident(move))
        q = move.quantity
        when = period(view, sentence, q.start if q else move.index.end, [], _cues(text, view.article.published), None)
        yield _claim(view, sentence, move, rs, when).as_uncertain()


def _index_hits(text: str, indices: Lexicon, directions: Lexicon, title: bool = False) -> list[Hit]:
    """The indices a sentence names, each once; not another index's name ("FTSE 250", "Dow Chemical").
    In a title-case headline the next word is capitalised anyway: "Dow Drops" is the Dow and its move."""
    return _restated_names(
        text,
        [
            h
            for h in indices.find(text)
            if len(h.ids) == 1
            and (not _other_index(text, h) or (title and directions.match(text, _next_word(text, h.end)) is not None))
        ],
    )


def _ident(move: _Move) -> tuple[str, str, float | None, str]:
    """What makes two readings of a sentence the same move: index, direction and size."""
    q = move.quantity
    return (move.index.ids[0], move.direction, q.value if q else None, q.unit if q else "")


def _present(text: str, move: _Move, directions: Lexicon) -> bool:
    """Whether the move's direction is a verb in the simple present ("drops", "falls", "slides")."""
    stop = move.quantity.start if move.quantity else move.end
    return any(
        _PRESENT_VERB.fullmatch(h.surface) for h in directions.find(text, move.index.end, stop) if len(h.ids) == 1
    )


_PRESENT_VERB = re.compile(r"[a-z]+[^s\W]s")


def _next_word(text: str, pos: int) -> int:
    return pos + len(text[pos:]) - len(text[pos:].lstrip())


def _shared_snapshot(moves: list[_Move], before: str | None) -> str | None:
    """The moment a move stating none was taken at, from the moves it is reported with.

    "The Nasdaq tumbled 6.3% in early trade, while the S&P 500 lost 4.1%": figures reported side by side
    are of one moment, so the S&P's 4.1% is intraday too; a sentence continuing the last one ("The S&P
    500, meanwhile, decreased 4.2%." after "When markets opened, ...") keeps its moment (`before`). Only
    a moment other than the close is shared, and only when the moves name one such moment and no close.
    """
    stated = {m.snapshot for m in moves if m.snapshot is not None}
    if "close" in stated:
        return None
    if not stated and before is not None:
        return before
    return next(iter(stated)) if len(stated) == 1 else None


def _carried(text: str, hits: list[Hit], context: list[SentenceTime], published: TimeSpan) -> SentenceTime | None:
    """The period a sentence naming no time takes from the paragraph's previous moves.

    "For the week, the S&P 500 gained 5.7%. The Nasdaq added 7.3%.": a sentence that opens on an index
    continues the wrap-up and takes its one period. When it does not (another topic, or several periods
    before it), the period cannot be told: an unknown time, so no one-day move is invented.
    None (the publication date) when nothing before in the paragraph had a period of its own.
    """
    spans = {c.span for c in context}
    if not spans or spans == {published}:
        return None
    if published.start is not None and all(s.end is not None and s.end < published.start - _RECENT for s in spans):
        return None  # "... since the 1987 crash. The S&P 500 fell 10.5%": a comparison, no wrap-up to continue
    if len(spans) == 1 and hits and _CONTINUES.fullmatch(text, 0, hits[0].start):
        return context[0]
    return SentenceTime(TimeSpan.unknown(), "none")


def _with_anaphors(text: str, hits: list[Hit], anaphors: Lexicon, last: tuple[str, ...] | None) -> list[Hit]:
    """ "The index plummeted 1,679 points": `market_cues.anaphors` stand for the one index named just
    before (earlier in the sentence, or last in the paragraph); never when several were."""
    extra: list[Hit] = []
    for a in anaphors.find(text):
        if any((h.start < a.end and a.start < h.end) or a.end <= h.start <= a.end + 1 for h in hits):
            continue  # part of a name, or right before one ("the benchmark S&P 500")
        before = {h.ids for h in hits if h.end <= a.start}
        ids = next(iter(before)) if len(before) == 1 else (last if not before else None)
        if ids is not None:
            extra.append(Hit(a.start, a.end, ids, a.surface))
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


def _restated_names(text: str, hits: list[Hit]) -> list[Hit]:
    """ "the Dow Jones Industrial Average (DJIA)": the name in parentheses is the same index, said again."""
    out: list[Hit] = []
    for hit in hits:
        if out and out[-1].ids == hit.ids and re.fullmatch(r"\s*\(\s*", text[out[-1].end : hit.start]):
            continue
        out.append(hit)
    return out


def _other_index(text: str, hit: Hit) -> bool:
    return bool(_OTHER_INDEX.match(text, hit.end))


def _moves(text: str, hits: list[Hit], directions: Lexicon, hedges: Lexicon, rs: RuleSet) -> Iterator[_Move]:
    i = 0
    last: _Move | None = None  # the sentence's last move read, for a gapped conjunct after it
    while i < len(hits):
        group = [hits[i]]
        while i + 1 < len(hits) and _LIST_SEPARATOR.fullmatch(text, group[-1].end, hits[i + 1].start):
            i += 1
            group.append(hits[i])
        i += 1
        limit = hits[i].start if i < len(hits) else len(text)
        found = list(_group_moves(text, group, limit, directions, hedges, rs))
        if not found and last is not None and len(group) == 1:
            found = _gapped(text, group[0], last, limit, hedges, rs)
        if found:
            last = found[-1]
        yield from found
        if len(group) == 1 and found:
            yield from _follow_on(text, group[0], max(m.end for m in found), limit, directions, hedges, rs)


def _gapped(text: str, index: Hit, last: _Move, limit: int, hedges: Lexicon, rs: RuleSet) -> list[_Move]:
    """A conjunct whose verb is left out takes the last move's direction and moment: "the Dow lost
    2.6%, the S&P 500 2.9% and the Nasdaq 4.6%" (its size right after the index, in the last move's
    unit, and the index right after a list's comma or "and")."""
    if last.quantity is None or not _GAP_LINK.search(text, max(0, index.start - 12), index.start):
        return []
    q = next(iter(find_quantities(text, index.end, limit)), None)
    if q is None or q.unit != last.quantity.unit or text[index.end : q.start].strip():
        return []
    if hedge_before(text, q.start, hedges, rs) is not None:
        return []  # "the S&P 500 nearly 3%": keep to the plain form
    return [_Move(index, last.direction, q, None, q.end, last.snapshot)]


_GAP_LINK = re.compile(r"(?:,|\band)\s+(?:the\s+)?$", re.IGNORECASE)


def _follow_on(
    text: str, index: Hit, end: int, limit: int, directions: Lexicon, hedges: Lexicon, rs: RuleSet
) -> Iterator[_Move]:
    """The same index's next move in its sentence, with no index named: "..., after plunging 13.2% on Monday"."""
    link = _FOLLOW_ON.match(text, end, limit)
    if link is None:
        return
    d = directions.match(text, link.end())
    if d is None or len(d.ids) != 1 or d.ids[0] == "flat":
        return
    items = _sizes_after(text, d, limit, directions, hedges, rs)
    if items is None or len(items) != 1:
        return
    tail_end = max(items[0][-1][0].end, d.end)
    snapshot = _snapshot(text, d.start, tail_end, rs)
    if snapshot is _DROP or _REFERENCE_AFTER.match(text, tail_end):
        return
    level = _level(text, tail_end, limit, rs, _in_percent([index], rs))
    for quantity, hedge in items[0]:
        if hedge is None or hedge.word not in _LEVEL_HEDGES:
            yield _Move(index, d.ids[0], quantity, hedge, max(quantity.end, d.end), snapshot, level)


def _group_moves(
    text: str, group: list[Hit], limit: int, directions: Lexicon, hedges: Lexicon, rs: RuleSet
) -> Iterator[_Move]:
    start = group[-1].end
    ticker = _TICKER.match(text, start)  # "the Dow Jones Industrial Average (DJIA) plummeted"
    if ticker is not None:
        start = ticker.end()
    first = _LEVEL_FIRST.match(text, start, limit)
    level_first = float(first["n"].replace(",", "")) if first else None
    if first is not None:
        start = first.end()
    d = next((h for h in directions.find(text, start, limit) if len(h.ids) == 1), None)
    q = next(iter(find_quantities(text, start, limit)), None)
    if d is not None and (q is None or d.start < q.start):
        if not _filler_ok(text[start : d.start]) or (d.surface.lower() == "up" and _UP_TO.match(text, d.end)):
            return
        rate = _TO_RATE.match(text, d.end, limit) if _in_percent(group, rs) and d.ids[0] != "flat" else None
        if rate is not None and len(group) == 1:  # "the 10-year yield fell to 3.4%": a level, no size
            snapshot = _snapshot(text, group[0].start, rate.end(), rs)
            if snapshot is not _DROP and not _REFERENCE_AFTER.match(text, rate.end()):
                yield _Move(group[0], d.ids[0], None, None, rate.end(), snapshot, float(rate["n"]))
            return
        points = not _in_percent(group, rs)
        items = _sizes_after(text, d, limit, directions, hedges, rs, points)
        again = _restated(text, d, limit, directions)
        if items is None and again is not None:  # "fell sharply, down 12.5%": the size is the restatement's
            d, items = again, _sizes_after(text, again, limit, directions, hedges, rs, points)
        if items is None:
            if d.ids[0] == "flat":
                # "Dow futures were flat", "was unchanged in early trade": a flat figure has its moment too
                snapshot = _snapshot(text, group[0].start, d.end, rs)
                if snapshot is not _DROP:
                    for index in group:
                        yield _Move(index, "flat", None, None, d.end, snapshot)
            return
        direction = d.ids[0]
    elif q is not None:
        hedge = hedge_before(text, q.start, hedges, rs)
        lead = text[start : hedge.start if hedge else q.start]
        d = directions.match(text, q.end + len(text[q.end :]) - len(text[q.end :].lstrip(" -")))
        if d is None or len(d.ids) != 1 or not _filler_ok(lead) or _LEVEL_BEFORE.search(lead):
            return
        items = [[(q, hedge)]]
        direction = d.ids[0]
    else:
        return
    last = items[-1][-1][0]
    tail_end = max(last.end, d.end)
    snapshot = _snapshot(text, group[0].start, tail_end, rs)
    if snapshot is _DROP:
        return
    if _REFERENCE_AFTER.match(text, tail_end):
        return  # "down 20% from its peak", "below its record": not a move over a period
    if len(items) == 1:
        assigned = [(index, items[0]) for index in group]
    elif len(items) == len(group):
        assigned = list(zip(group, items, strict=True))
    else:
        return  # "The Dow fell 1% and 2%": which is which?
    if len(items) > 1 and len(group) > 1 and not _RESPECTIVELY.match(text, tail_end):
        return
    level = (level_first or _level(text, tail_end, limit, rs, _in_percent(group, rs))) if len(group) == 1 else None
    if first is not None and snapshot is None:
        snapshot = "close" if re.match(rf"\s*{_SETTLE}", first.group(), re.IGNORECASE) else None
    for index, alternates in assigned:
        for quantity, hedge in alternates:
            if hedge is not None and hedge.word in _LEVEL_HEDGES:
                continue
            yield _Move(index, direction, quantity, hedge, max(quantity.end, d.end), snapshot, level)


def _restated(text: str, d: Hit, limit: int, directions: Lexicon) -> Hit | None:
    """The same direction said again after an adverb, or the record it set, and a comma: "fell
    sharply, down 12.48%", "its biggest one-day drop since June 2020, down 4%"."""
    gap = re.match(r"\s*(?:\w+ly\s*|\s+since\s+[^,;:()]{1,30}?)?,\s*", text[d.end : limit])
    if gap is None:
        return None
    again = directions.match(text, d.end + gap.end())
    return again if again is not None and again.ids == d.ids else None


def _not_closing(rs: RuleSet) -> re.Pattern[str]:
    """Words that say the number is not the move from the previous close (`not_closing` in rules/vocab)."""
    return phrase_regex(tuple(rs.directions.not_closing))


_SETTLE = r"(?:close|closing|closed|end|ending|ended|finish|finishing|finished|settle|settling|settled)"
# "The Dow closed at 40,608.45, up 2,962.86 points": the level first, then the move.
_LEVEL_FIRST = re.compile(
    rf"\s*(?:{_SETTLE}|stood|was|is)\s+at\s+(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{3,6}}(?:\.\d+)?)"
    r"(?:\s+on\s+[A-Za-z][^,;:()%\d]{1,12}?(?:\s+\d{1,2})?)?\s*,\s*",  # "closed at 42,326.87 on Wednesday, down ..."
    re.IGNORECASE,
)
# A time of day right after the move, past its ", or 1.3%," aside: "shed 572 points, or 1.3%, as of 12:48 p.m.".
_CLOCK_AFTER = re.compile(
    r"(?:\s*,\s*or\s+[\d.,]+\s*(?:%|percent|per\s+cent|points?))?\s*,?\s*"
    r"(?:by|at|around|as\s+of|shortly\s+after)\s+\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b(?:by|at|around|as\s+of|shortly\s+after)\s+\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b", re.I)
_DROP = "drop"  # a move whose number is no move from the previous close and no known snapshot either


def _snapshot(text: str, start: int, tail_end: int, rs: RuleSet) -> str | None:
    """When the figure was taken, from the `market_cues.snapshots` phrases in the move's clause.

    A named snapshot other than the close (intraday, futures) is kept: such a figure is read but never
    compared with a close. Words in `not_closing` with no snapshot make the number no move at all."""
    end = min(len(text), tail_end + 40)
    lo, hi = clause(text, tail_end - 1 if tail_end else 0)
    # a list of indices is one subject: "Futures on the Dow, S&P 500 and Nasdaq fell"
    lo = min(lo, clause(text, start)[0])
    snapshots = vocabulary(rs).lexicons["snapshots"]
    found = [h for h in snapshots.find(text, max(lo, start - 40), min(end, hi)) if h.ids]
    elaborates = next(reversed(list(_WITH_ABSOLUTE.finditer(text, max(lo, start - 60), start))), None)
    if not found and elaborates is not None:
        # "Futures slid before the bell, with the Dow down 1%": the "with" phrase details the clause
        # it hangs on, so that clause's moment is the move's
        found = [h for h in snapshots.find(text, lo, elaborates.start()) if h.ids]
    kinds = {i for h in found for i in h.ids}
    stated = "close" if "close" in kinds else next(iter(sorted(kinds)), None)  # "was down 2% at the close"
    if stated is None and (
        _CLOCK.search(text, max(lo, start - 40), min(end, hi)) or _CLOCK_AFTER.match(text, tail_end)
    ):
        stated = "intraday"  # "down 4% by 2 p.m.", "shed 572 points, or 1.3%, as of 12:48 p.m.": no close
    if stated is None and (_not_closing(rs).search(text, start, end) or _STREAK.search(text, start, min(end, hi))):
        return _DROP
    return stated


# A "with" phrase after a comma that details the clause before it: "Futures slid, with the Dow down 1%".
_WITH_ABSOLUTE = re.compile(r",\s*with\b", re.IGNORECASE)
# A move over a run of sessions of no stated length: "has lost 6% in its long losing streak", "gained
# 9% during the rally". Not "fell 2.6%, extending its losing streak": there the streak is the sequel.
_STREAK = re.compile(
    r"\b(?:in|during|over|throughout|across)\s+(?:its|the|a|this|their)\s+(?:[\w'’-]+\s+){0,3}(?:streak|run|rally|slide|"
    r"selloff|sell-off|rout|slump)\b",
    re.IGNORECASE,
)


def _in_percent(group: list[Hit], rs: RuleSet) -> bool:
    """Whether every index named is quoted in percent (a yield): its level is a rate."""
    return all(rs.indices[h.ids[0]].quoted_in == "percent" for h in group)


def _level(text: str, tail_end: int, limit: int, rs: RuleSet, percent: bool = False) -> float | None:
    """ "fell 2.6% to 38,703.27", "closing at 5,186": the index's level after the move; for a gauge
    quoted in percent, the rate it reached ("rose 12 basis points to 4.31%")."""
    if percent:
        rate = _TO_RATE.match(text, tail_end, limit)
        return float(rate["n"]) if rate else None
    words = "|".join(re.escape(w) for w in rs.market_cues.level_prepositions) or r"(?!x)x"
    m = re.compile(
        rf"\s*,?\s*(?:(?:to\s+)?{_SETTLE}(?:\s+the\s+(?:trading\s+)?(?:day|session))?\s+)?(?:{words})\s+"
        r"(?:a\s+(?:record\s+)?\w*\s*of\s+)?"
        r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,6}(?:\.\d+)?)(?![\d.,]\d|\d)(?!\s*(?:%|per\s*cent|percent|pct|bps|basis)|\s+(?:lows?|highs?|levels?)\b)",
        re.IGNORECASE,
    ).match(text, tail_end, limit)
    return float(m["n"].replace(",", "")) if m else None


def _filler_ok(filler: str) -> bool:
    words = re.findall(r"[\w'’&]+", filler)
    return len(words) <= MAX_FILLER_WORDS and not _FILLER_BLOCK.search(filler)


def _sizes_after(
    text: str, d: Hit, limit: int, directions: Lexicon, hedges: Lexicon, rs: RuleSet, points: bool = False
) -> list[list[tuple[Quantity, Hedged | None]]] | None:
    """The sizes right after a direction word: items of alternates ("300 points, or 0.8%"). For an
    index quoted in points, a bare number right after the direction is points: "Dow sheds 900
    as yields climb", "Dow Sinks Nearly 2K"."""
    first = next(iter(find_quantities(text, d.end, limit)), None)
    bare = _BARE_POINTS.match(text, d.end, limit) if points else None
    if bare is not None and (first is None or first.start > bare.start("n")):
        value = float(bare["n"].replace(",", "")) * (1000 if bare["k"] else 1)
        first = Quantity(bare.start("n"), bare.end(), value, "points", bare.group().strip(), None)
    if first is None:
        return None
    hedge = hedge_before(text, first.start, hedges, rs, directions)
    if hedge is not None and hedge.start < d.end:
        hedge = None
    gap = text[d.end : hedge.start if hedge else first.start]
    if not _DIRECTION_TO_SIZE.fullmatch(gap):
        return None
    items: list[list[tuple[Quantity, Hedged | None]]] = [[(first, hedge or hedge_after(text, first.end, hedges, rs))]]
    pos = first.end
    while True:
        alt = _ALTERNATE.match(text, pos, limit)
        nxt = _NEXT_ITEM.match(text, pos, limit)
        found = _quantity_at(text, alt.end(), limit, hedges, rs) if alt else None
        if found is None and (comma := _COMMA.match(text, pos, limit)) is not None:
            other = _quantity_at(text, comma.end(), limit, hedges, rs)  # "2,997 points, nearly 13%"
            if other is not None and other[0].unit != items[-1][-1][0].unit:
                found = other
        if found is not None:
            items[-1].append(found)
        else:
            found = _quantity_at(text, nxt.end(), limit, hedges, rs) if nxt else None
            if found is None:
                return items
            items.append([found])
        pos = found[0].end


def _quantity_at(
    text: str, pos: int, limit: int, hedges: Lexicon, rs: RuleSet
) -> tuple[Quantity, Hedged | None] | None:
    hedge = hedges.match(text, pos)
    at = pos
    if hedge is not None:
        at = hedge.end + len(text[hedge.end :]) - len(text[hedge.end :].lstrip())
    q = next(iter(find_quantities(text, at, limit)), None)
    if q is None or q.start != at:
        return None
    return q, hedge_before(text, q.start, hedges, rs) if hedge else None


def _cues(text: str, published: TimeSpan) -> list[Cue]:
    """Period phrases timeexpr does not read: "for the week", "year to date", "in three sessions"."""
    out = [Cue(m.start(), m.end(), week_of(published)) for m in _WEEK.finditer(text)]
    out += [Cue(m.start(), m.end(), month_of(published)) for m in _MONTH.finditer(text)]
    out += [Cue(m.start(), m.end(), year_to_date(published)) for m in _YEAR.finditer(text)]
    for m in _DURATION.finditer(text):
        if published.start is None or published.end is None or record_window(text, m.start()):
            continue  # "its biggest gain in five years" is not a move over five years
        raw = m["n"].lower()
        count = int(raw) if raw.isdigit() else _COUNT_WORDS.get(raw, 5)
        unit = m["u"].lower().rstrip("s")
        days = max(1, count * _UNIT_DAYS[unit])
        precision = {"week": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}.get(unit, Precision.DAY)
        try:
            start = published.start - dt.timedelta(days=days - 1)
        except OverflowError:
            continue  # "over 9999 years": before the calendar begins, no period to compare
        out.append(Cue(m.start(), m.end(), TimeSpan(start=start, end=published.end, precision=precision)))
    return out


_APART = re.compile(r"\b(?:after|before|since|when|until|following|than|compared|versus|vs)\b|[;:]", re.IGNORECASE)


def _claim(view: ArticleView, sentence: Sentence, move: _Move, rs: RuleSet, when: SentenceTime) -> Claim:
    index_id = move.index.ids[0]
    q = move.quantity
    extra: dict[str, Scalar] = {"session": "close" if move.snapshot in (None, "close") else move.snapshot}
    if move.snapshot is not None:
        extra["snapshot"] = move.snapshot
    if move.level is not None:
        extra["level"] = move.level
    if q is None and move.direction != "flat":  # "the yield fell to 3.4%": where it stood, no size
        sized: dict[str, Scalar] = {}
        label = move.direction
    elif q is None:
        sized, label = {"size": 0.0, "unit": "percent", "lo": 0.0, "hi": 0.0}, "unchanged"
    else:
        size, unit = q.magnitude[0], q.unit
        lo, hi = interval(*q.magnitude, move.hedge)
        hedge = f"{move.hedge.word} " if move.hedge else ""
        shown = show(size) if q.high is None else f"{show(size)}-{show(q.magnitude[1])}"
        label = f"{move.direction} {hedge}{shown}{UNIT_SUFFIX[unit]}"
        sized = {"size": size, "unit": unit, "lo": lo, "hi": hi}
    if move.level is not None:  # a reviewer sees the level a verdict may rest on
        label += f" to {move.level:,.2f}{'%' if rs.indices[index_id].quoted_in == 'percent' else ''}"
    return view.claim(
        KIND,
        sentence,
        sentence.start + move.index.start,
        sentence.start + move.end,
        key={"index": index_id},
        value={"direction": move.direction, **sized, **extra},
        labels={"index": rs.indices[index_id].name, "size": label, "direction": move.direction},
        qualifiers=Qualifiers(hedge=fold(move.hedge.word) if move.hedge else None),
        time=when,
    )
