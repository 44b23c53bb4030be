"""Clause bounds in a sentence, so that a time expression dates only its own clause.

"The Madrid talks mark the fourth round, after both sides reached an agreement in May": May dates
the agreement, not the round. A clause ends at a semicolon, colon or dash (not a parenthesis:
"talks in Geneva (May 10-11)" keep their date; "(the previous round was in July)" is a clause of its
own), and before:
- a subordinator that opens a clause of its own (after, before, since, when, once, until, because,
  although, though, while, whereas, following, ahead of; ", which", ", who", ", where");
- ", and the fifth round ..." (but not "Geneva in May, and Stockholm in July");
- a reporting clause (", officials said in 2025": the year dates the saying);
- a relative clause with a subject of its own ("the election that Macron called in June": June
  dates the calling; "the talks that ended on May 12" keep their date).
A subordinator directly followed by a time expression is a preposition of that time and opens
nothing: "held after May 10", "before November 10", "since January".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from functools import lru_cache

# Verbs that report rather than do: a time next to them dates the saying.
REPORTING = "said|says|told|added|noted|announced|reported|wrote|confirmed|stated|revealed|disclosed|tweeted|posted"

_BREAK = re.compile(
    r"[;:!?]|\s[—–]\s|—|(?P<open>\()|(?P<close>\))"
    r"|,\s*(?=(?:but|yet|which|who|whom|whose|where|whereas|while|although|though)\b)"
    r"|,\s*(?=(?:and|or)\s+(?:the|a|an|this|these|its|their|his|her|they|he|she|it|we)\s)"
    rf"|,\s*(?=(?:[\w.’'-]+\s+){{1,3}}(?:{REPORTING})\b)"
    r"|\s+(?=(?:that|which|whom)\s+(?:(?-i:[A-Z][\w’'-]*)|he|she|they|we|it|you|the|a|an|his|her|their|its)\s)"
    r"|(?:,\s*|\s+)(?P<sub>after|before|since|when|once|until|because|although|though|while|whereas|following"
    r"|ahead\s+of|as\s+(?=(?:the|a|an|both|they|he|she|it|we|officials|negotiators)\b))\s+",
    re.IGNORECASE,
)


# A speaker's mention then its reporting verb, perhaps past an appositive or a relative clause:
# "Treasury Secretary Janet Yellen, who led the U.S. side, said ..."
_SPEAKER_THEN_VERB = re.compile(rf"(?:\s*,[^,;:“”\"]{{1,120}},)?\s*,?\s*(?:{REPORTING})\b", re.IGNORECASE)
# A reporting clause closing the sentence after the words it reports: ", Bessent said on Monday."
_VERB_THEN_END = re.compile(rf"\s*(?:{REPORTING})\b[^,;:“”\"]{{0,60}}$", re.IGNORECASE)
# What may stand between a reporting verb and a time of the saying itself: "said Monday", "said on
# Monday", "told reporters on Friday", "told CNBC in a 2023 interview" (an object, a preposition);
# anything longer has begun the reported words.
_ATTACHED = re.compile(
    r"\s*(?:(?:(?-i:[A-Z][\w.’'-]*)|reporters|journalists|lawmakers)\s+){0,3}"
    r"(?:(?:on|in|at|during|late|early|earlier)\s+(?:(?:a|an|the|his|her|its|their)\s+)?)?",
    re.IGNORECASE,
)


def reported_words(text: str, start: int, end: int, times: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of what the speaker mentioned at [start, end) reports, given the sentence's times
    as [start, end) spans in order.

    A time in them dates the reported words, not the saying: in "Treasury Secretary Janet Yellen said
    the tariffs imposed in 2024 hurt farmers" 2024 is no time of her title. A time attached to the
    verb ("said on Monday", "told reporters in 2023") dates the saying and stays outside."""
    spans: list[tuple[int, int]] = []
    verb = _SPEAKER_THEN_VERB.match(text, end)
    if verb is not None:
        begin = verb.end()
        attached = next((e for s, e in times if s >= begin and _ATTACHED.fullmatch(text, begin, s)), None)
        spans.append((attached if attached is not None else begin, len(text)))
    opening = text.rfind(",", 0, start)
    if opening >= 0 and not text[opening + 1 : start].strip(" ”\"’'") and _VERB_THEN_END.match(text, end):
        spans.append((0, opening))  # "The tariffs imposed in 2024 hurt farmers, Yellen said."
    return spans


# Clauses after a title's own whose times are their own: a comparison or a concession ("..., as she
# had since May 2024", "..., although talks in 2024 failed", "..., but the 2023 round stalled"); not
# a when- or after-clause, which dates the main one, nor a relative clause about the holder.
_OWN_TIMES = re.compile(r",\s*(?:as|because|although|though|whereas|but)\s+(?!(?:of|well|part|such)\b)", re.IGNORECASE)


def times_of_own_after(text: str, at: int) -> int | None:
    """Where a clause begins after offset `at` whose times are its own, if one does: the first
    comparison or concession after a comma."""
    m = _OWN_TIMES.search(text, at)
    return m.start() if m else None


def clause_bounds(text: str, at: int, time_starts: Collection[int] = ()) -> tuple[int, int]:
    """The [start, end) of the clause holding offset `at`. `time_starts` are the sentence offsets
    where time expressions begin, so a subordinator before one of them is read as its preposition."""
    starts, ends = _breaks(text, frozenset(time_starts))
    return _around(starts, ends, at, len(text))


@lru_cache(maxsize=256)
def _breaks(text: str, time_starts: frozenset[int]) -> tuple[list[int], list[int]]:
    """The starts and ends of a sentence's clause breaks, found once: every trigger in a sentence asks."""
    starts: list[int] = []
    ends: list[int] = []
    dated_paren = False
    for m in _BREAK.finditer(text):
        if m["open"]:
            dated_paren = _dated_paren(text, m.end(), time_starts)
        if (m["sub"] and m.end() in time_starts) or ((m["open"] or m["close"]) and dated_paren):
            continue  # "after May 10", "(May 10-11)": a time of this clause, not a new clause
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def between(breaks: Sequence[tuple[int, int]], at: int, length: int) -> tuple[int, int]:
    """The [start, end) between the breaks (spans, in text order, not overlapping) either side of `at`."""
    return _around([a for a, _ in breaks], [b for _, b in breaks], at, length)


def _around(starts: list[int], ends: list[int], at: int, length: int) -> tuple[int, int]:
    """Breaks do not overlap, so both lists ascend: the last break ending by `at` opens the clause
    and the first one starting at or after it closes it (a break astride `at` is neither)."""
    i = bisect.bisect_right(ends, at)
    j = bisect.bisect_left(starts, at)
    return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else length)


def _dated_paren(text: str, start: int, time_starts: Collection[int]) -> bool:
    """A parenthesis holding only a time ("(May 10-11)", "(Oct. 30)") belongs to its clause."""
    close = text.find(")", start)
    inner = text[start : close if close >= 0 else len(text)]
    lead = len(inner) - len(inner.lstrip())
    return start + lead in time_starts and len(inner.split()) <= 4
