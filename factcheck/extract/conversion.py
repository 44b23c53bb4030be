"""conversion claims: a sum given in two currencies, which must convert at a plausible rate.

Forms read: "916 billion yen ($6.2 billion)", "1.2 trillion yen, or about $8 billion,",
"€50 billion (about $54 billion)", "$140 billion (£110 billion)". The second sum stands in
parentheses or after "or" right behind the first, in another currency; a hedge before it ("about",
"nearly") widens it as elsewhere. The claim is the rate the text implies (units of the second
currency per unit of the first), at the article's date; the reference table of exchange rates
(`reference_rates`) says whether that rate is plausible: a slip of scale ("billion" for "million")
or a conversion at the wrong rate is off by far more than a month's moves. Currencies are those the
amount reader knows (numbers.find_amounts).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from factcheck.extract.context import ArticleView
from factcheck.extract.numbers import Quantity, find_amounts, hedge_before, interval, show_amount
from factcheck.models import Claim, Qualifiers
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.vocab import vocabulary

KIND = "conversion"
FIELDS = frozenset(
    {"from", "to", "amount", "converted", "rate", "lo", "hi"}
)  # key and value fields: what rules may name


@functools.lru_cache(maxsize=8)
def _link(hedge_words: tuple[str, ...]) -> re.Pattern[str]:
    """Between the two sums: "(", ", or ", " — ", then perhaps a hedge of the vocabulary ("(about ")."""
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(hedge_words, key=len, reverse=True))
    return re.compile(rf"\s*(?:\(\s*|,?\s+or\s+|\s*[—–]\s*|,\s+)(?:(?:{words or '(?!x)x'})\s+)?$", re.IGNORECASE)


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    hedges = vocabulary(ruleset).lexicons["hedges"]
    link_rx = _link(tuple(w for h in ruleset.hedges.values() for w in h.words))
    for sentence in view.sentences:
        if sentence.heading:
            continue
        text = sentence.text
        amounts = find_amounts(text)
        for first, second in itertools.pairwise(amounts):
            link = text[first.end : second.start]
            if first.unit == second.unit or first.value == 0 or not link_rx.fullmatch(link):
                continue
            if link.strip().startswith(",") and " or " not in link and _is_list(text, second):
                continue  # "$5 billion, £3 billion and ¥200 billion": a list
            hedge = hedge_before(text, second.start, hedges, ruleset)
            lo, hi = interval(second.value, second.value, hedge)
            yield _claim(view, sentence, first, second, lo, hi, hedge.word if hedge else None)


def _is_list(text: str, second: Quantity) -> bool:
    """ "$5 billion, $7 billion and ..." after a comma: a list of sums, not a conversion."""
    return bool(re.match(r"\s*(?:,|and\b)", text[second.end :]))


def _claim(
    view: ArticleView, sentence: Sentence, first: Quantity, second: Quantity, lo: float, hi: float, hedge: str | None
) -> Claim:
    shown = f"{show_amount(first.value, first.unit)} = {show_amount(second.value, second.unit)}"
    return view.claim(
        KIND,
        sentence,
        sentence.start + first.start,
        sentence.start + second.end + (1 if sentence.text[second.end : second.end + 1] == ")" else 0),
        key={"from": first.unit, "to": second.unit},
        value={
            "amount": first.value,
            "converted": second.value,
            "rate": second.value / first.value,
            "lo": lo / first.value,
            "hi": hi / first.value,
        },
        labels={"from": first.unit, "to": second.unit, "conversion": shown},
        qualifiers=Qualifiers(hedge=hedge),
    )
