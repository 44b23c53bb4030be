"""elapsed claims: how long ago an event happened, counted from the sentence's own time.

Forms read: "eight years after the full-scale invasion of Ukraine", "eleven years after the
annexation of Crimea", "nearly three years since the invasion"; the phrase after "after" or "since"
must name an event type (a trigger noun of rules/vocab `event_types`, within its topic). The time
counted from is the sentence's claim time ("Trump will meet Putin on 15 August, eight years after
..." counts from 15 August; a sentence with no time of its own, from publication). A hedge ("nearly",
"more than") is kept for the check.

Not read: "the first talks in five years" and "the last time ... was seven years ago" (gap claims,
factcheck/extract/gap.py); a count with no event type after it ("two years after he took office").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from factcheck.extract.context import ArticleView
from factcheck.extract.event import event_type_of, topics_present
from factcheck.extract.gap import NUM, UNIT_DAYS, UNIT_WORD
from factcheck.models import Claim, Qualifiers
from factcheck.ruleset.ruleset import RuleSet
from factcheck.timeexpr import NUMBER_WORDS
from factcheck.vocab import Hit, alias_pattern, vocabulary

KIND = "elapsed"
FIELDS = frozenset({"event_type", "count", "unit", "days"})  # key and value fields: what rules may name

_UNIT = r"(?P<unit>year|decade|month)s?"
_PHRASE = 60  # characters after "after"/"since" where the event must be named
_BREAK = re.compile(r"[,;:.!?()—–]|\b(?:and|but|when|while|as)\b")


@functools.lru_cache(maxsize=8)
def _pattern(hedges: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(alias_pattern(w) for w in sorted(hedges, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(
        rf"\b(?:(?P<hedge>{words})\s+)?(?:a\s+)?{NUM}\s+{_UNIT}\s+(?:after|since)\s+",
        re.IGNORECASE,
    )


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    vocab = vocabulary(ruleset)
    topics = topics_present(view, ruleset)
    rx = _pattern(tuple(w for h in ruleset.hedges.values() for w in h.words))
    triggers = vocab.lexicons["event_triggers"]
    for sentence in view.sentences:
        if sentence.heading:
            continue
        text = sentence.text
        if UNIT_WORD.search(text) is None:
            continue  # no length: "eight years after" needs its unit
        for m in rx.finditer(text):
            raw = m["num"].lower()
            count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
            # the event is named in the phrase that follows, before any clause break
            stop = _BREAK.search(text, m.end(), m.end() + _PHRASE)
            hits = triggers.find(text, m.end(), stop.start() if stop else min(len(text), m.end() + _PHRASE))
            if not count or not hits:
                continue
            first = hits[0]
            etype = event_type_of(Hit(first.start, first.end, first.ids, first.surface), sentence, view, vocab,
                                  ruleset, topics)  # fmt: skip
            if etype is None:
                continue
            unit = m["unit"].lower()
            yield view.claim(
                KIND,
                sentence,
                sentence.start + m.start(),
                sentence.start + first.end,
                key={"event_type": etype},
                value={"count": count, "unit": unit, "days": count * UNIT_DAYS[unit]},
                labels={"event_type": ruleset.event_types[etype].name, "count": f"{m['num']} {unit}s"},
                qualifiers=Qualifiers(hedge=(m["hedge"] or "").lower() or None),
                time=view.claim_time(sentence),
            )
