"""comparison claims: one number put below or above another in the same sentence.

Forms read (the comparison words and what may bridge them come from rules/vocab: `comparison_cues`):
"core inflation of 3.4% in May sits well under the bank's 3% goal" (3.4 below 3),
"unemployment, at 4.3%, remains above the 4.1% of a year earlier", "a rate of 3.5%, below the 4%
forecast". The first number is the nearest one before the comparison, with only bridge words (being
verbs, degree adverbs), a time phrase ("in August") or a comma between; the second is the first one
after it, within five words and no clause break, in the same unit.

Not read: a number that is a change ("rose 2.5%, above forecasts of 2%", "a 2% drop"), whose sign
the words carry; ranges; a comparison negated or hedged ("not below", "no longer above"); a number
after "from" or "to" ("fell from 3% to below 2%": the bridge is not plain); hedges of one number
("more than 2%", "over 2%"), which are no comparison between two.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.extract.numbers import Quantity, find_amounts, find_quantities
from factcheck.models import Claim, Qualifiers
from factcheck.ruleset.ruleset import RuleSet
from factcheck.vocab import Lexicon, phrase_regex, vocabulary

KIND = "comparison"
FIELDS = frozenset({"relation", "unit", "left", "right"})  # key and value fields: what rules may name

_MAX_WORDS_AFTER = 5
# A time phrase between the first number and the comparison: "2.5% in August is below".
_TIME_PHRASE = r"(?:in|for|during|as\s+of)\s+(?:the\s+)?[\w.-]+(?:\s+(?:quarter|half|\d{4}))?"
# A base between the first number and the comparison: "3.8% in June from 6.2% in early 2021, which
# is well below" (the number after "from" is where the figure came from, not what is compared).
_BASE = "\x00"
_FROM_BASE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n[o']t)\b|n['’]t\b", re.IGNORECASE)
_BEFORE_NUMBER = re.compile(r"(?P<w>[\w-]+)\s+(?:by\s+|(?:about|nearly|almost|some|around)\s+)*$", re.IGNORECASE)
_AFTER_NUMBER = re.compile(r"[\s-]*")
_BREAK = re.compile(r"[;:,()\[\]—–]|\b(?:and|or|but|while|from|to|than)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _patterns(
    below_words: tuple[str, ...], above_words: tuple[str, ...], bridges: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the comparison words, tagged by relation; the bridge allowed before them)."""
    below = phrase_regex(below_words).pattern
    above = phrase_regex(above_words).pattern
    words = phrase_regex(bridges).pattern
    bridge = re.compile(
        rf"\s*(?:{_TIME_PHRASE}\s*)?(?:from\s+{_BASE}\s*(?:{_TIME_PHRASE}\s*)?)?"
        rf"(?:,\s*(?:(?:which|that)\s+)?)?(?:{_TIME_PHRASE}\s*,?\s*)?(?:(?:{words})\s+)*$",
        re.IGNORECASE,
    )
    return re.compile(rf"(?P<below>{below})|(?P<above>{above})", re.IGNORECASE), bridge


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    cues = ruleset.comparison_cues
    if not (cues.below or cues.above):
        return
    relation_rx, bridge_rx = _patterns(tuple(cues.below), tuple(cues.above), tuple(cues.bridges))
    directions = vocabulary(ruleset).lexicons["directions"]
    for sentence in view.sentences:
        text = sentence.text
        if not relation_rx.search(text):
            continue
        numbers = sorted(find_quantities(text) + find_amounts(text), key=lambda q: q.start)
        for m in relation_rx.finditer(text):
            left = _left_of(text, [q for q in numbers if q.end <= m.start()], m.start(), bridge_rx)
            right = next((q for q in numbers if q.start >= m.end()), None)
            if left is None or right is None or left.unit != right.unit:
                continue
            if left.high is not None or right.high is not None:
                continue  # a range: which end is compared?
            if _NEGATION.search(text, left.end, m.start()):
                continue
            gap = text[m.end() : right.start]
            if len(gap.split()) > _MAX_WORDS_AFTER or _BREAK.search(gap) or re.search(r"\d", gap):
                continue
            if _is_change(text, left, directions) or _is_change(text, right, directions):
                continue
            relation = "below" if m["below"] else "above"
            yield view.claim(
                KIND,
                sentence,
                sentence.start + left.start,
                sentence.start + right.end,
                key={"unit": left.unit},
                value={"relation": relation, "left": left.value, "right": right.value},
                labels={"left": left.text, "relation": m.group().lower(), "right": right.text},
                qualifiers=Qualifiers(),
                time=SentenceTime(view.claim_time(sentence).span, "sentence"),
            )


def _left_of(text: str, before: list[Quantity], at: int, bridge: re.Pattern[str]) -> Quantity | None:
    """The number compared: the nearest before the comparison with only a bridge between, stepping
    over a base after "from" ("3.8% in June from 6.2% in early 2021, which is below")."""
    if not before:
        return None
    nearest = before[-1]
    if not _FROM_BASE.search(text, 0, nearest.start):
        return nearest if bridge.fullmatch(text, nearest.end, at) else None
    if len(before) < 2:
        return None
    left = before[-2]
    between = text[left.end : nearest.start] + _BASE + text[nearest.end : at]
    return left if bridge.fullmatch(between) else None


def _is_change(text: str, q: Quantity, directions: Lexicon) -> bool:
    """Whether a direction word stands right before the number ("rose 2.5%", "fell by 2%", "up 2%")
    or right after it ("a 2% drop", "2% higher"): a change, whose sign the words carry."""
    before = _BEFORE_NUMBER.search(text, max(0, q.start - 40), q.start)
    if before and any(h.end == before.end("w") for h in directions.find(text, before.start("w"), before.end("w"))):
        return True
    after = _AFTER_NUMBER.match(text, q.end)
    return bool(after and directions.match(text, after.end()))
