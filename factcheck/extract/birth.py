"""birth claims: when a known person was born, or how old they are.

Forms read, for people recorded in rules/vocab (`people:`), by name or alias:
- a birth date: "Takaichi, born on March 7, 1961, in Nara", "Takaichi (born 7 March 1961)",
  "Takaichi was born in 1961", "Born on March 7, 1961, in Nara, Takaichi grew up ..." (the person
  right after the date's phrase);
- an age: "Ishiba, 67,", "Sanae Takaichi, aged 64,", "Ishiba (67)", "the 67-year-old Ishiba",
  "Ishiba, a 67-year-old former defence minister,". An age is as of its sentence's time (the
  publication date, or the time a leading phrase gives: "In 2008, Obama, 47, ...").
An unknown name is no claim: there is no record to judge it by, and "Smith, 45," is everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.models import Claim, Precision, Qualifiers
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.timeexpr import TimeMention
from factcheck.vocab import Hit, vocabulary

KIND = "birth"
FIELDS = frozenset({"person", "born", "age"})  # key and value fields: what rules may name

# After a name: ", born on", " (born", " was born in", ", who was born on".
_BORN_AFTER = re.compile(r"\s*(?:,\s*(?:who\s+was\s+)?|\(\s*|\s+was\s+)born\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
# Before a name: "Born on March 7, 1961, in Nara, " or "Born in 1961, ".
_BORN_LEAD = re.compile(r"^\s*Born\s+(?:on\s+|in\s+)?$")
_LEAD_TO_NAME = re.compile(r"\s*(?:,?\s*(?:in|at)\s+[^,;.()]{1,60})?,\s*$")
# ", 67," ", aged 67," " (67)" after a name; "67-year-old" before it.
_AGE_AFTER = re.compile(r"(?:,\s*(?:aged\s+)?(?P<a>\d{2,3})\s*(?:,|$)|\s*\(\s*(?:aged\s+)?(?P<b>\d{2,3})\s*\)|"
                        r",\s*(?:an?|the)\s+(?P<c>\d{2,3})-year-old\b)")  # fmt: skip
_AGE_BEFORE = re.compile(r"\b(?P<a>\d{2,3})-year-old\s+(?:(?:former|current|veteran|new)\s+)?$")
_MAX_AGE = 120


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    people = vocabulary(ruleset).lexicons["people"]
    for sentence in view.sentences:
        text = sentence.text
        if not re.search(r"\d", text):
            continue
        hits = [h for h in people.find(text) if len(h.ids) == 1]
        if not hits:
            continue
        dates = [
            m for m in view.times(sentence) if m.span.is_known and m.span.precision in (Precision.DAY, Precision.YEAR)
        ]
        seen: set[tuple[str, str]] = set()
        for hit in hits:
            for claim in _readings(view, sentence, hit, hits, dates):
                ident = (str(claim.key["person"]), str(sorted(claim.value.items())))
                if ident not in seen:
                    seen.add(ident)
                    yield claim


def _readings(
    view: ArticleView, sentence: Sentence, hit: Hit, hits: list[Hit], dates: list[TimeMention]
) -> Iterator[Claim]:
    text, pid = sentence.text, hit.ids[0]
    for m in dates:
        s, e = m.start - sentence.start, m.end - sentence.start
        born = _BORN_AFTER.search(text, hit.end, s) if s >= hit.end else None
        after_name = born is not None and born.start() == hit.end
        first_after = next((h for h in hits if h.start >= e), None)
        leading = (
            _BORN_LEAD.match(text, 0, s) is not None
            and first_after is hit
            and _LEAD_TO_NAME.match(text, e, hit.start) is not None
        )
        if after_name or leading:
            yield view.claim(
                KIND,
                sentence,
                sentence.start + min(hit.start, s),
                sentence.start + max(hit.end, e),
                key={"person": pid},
                value={"born": m.span.label()},
                labels={"person": hit.surface, "born": text[s:e]},
                qualifiers=Qualifiers(),
                time=SentenceTime(m.span, "sentence"),
            )
    age = _AGE_AFTER.match(text, hit.end)
    before = _AGE_BEFORE.search(text, 0, hit.start)
    years = next((g for g in (age.groups() if age else ()) if g), None) or (before["a"] if before else None)
    if years is not None and 0 < int(years) <= _MAX_AGE:
        start = before.start() if before and not age else hit.start
        end = age.end() if age else hit.end
        yield view.claim(
            KIND,
            sentence,
            sentence.start + start,
            sentence.start + end,
            key={"person": pid},
            value={"age": int(years)},
            labels={"person": hit.surface, "age": years},
            qualifiers=Qualifiers(),
            time=view.claim_time(sentence),
        )
