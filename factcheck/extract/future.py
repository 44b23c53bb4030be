"""future claims: a time the sentence puts in the future, with a year of its own.

Forms read: "the jobless rate will bottom out by 2023", "the plant is expected to
open in March 2024", "talks are set to resume on May 12, 2025": a time expression whose year is
written, governed by a future modal (`will`, `'ll`, `shall`, or be expected/set/due/scheduled/
slated/going to, plan(s) to) in its clause. The claim holds the time and the publication date;
a future whose whole time ended before the article was published is stale copy (a rewrite of an
old story) or a wrong year (`future-time-before-publication` in rules/checks/dates.yaml).
Not read: relative times ("next year", "on Monday": resolved forward already), "would" (the future
of a past: "said in 2022 it would finish by 2023"), times since or after a year, a time naming a noun
("the March 2023 vote"), fiscal years ("will grow 2% in fiscal 2024": when one ends is the
country's calendar's), times in another clause or phrase than the modal's ("will vote after
the resignation in 2025"), and questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.extract.numbers import clause
from factcheck.models import Claim, Qualifiers
from factcheck.ruleset.ruleset import RuleSet

KIND = "future"
FIELDS = frozenset({"ends", "published"})  # key and value fields: what rules may name

_MODAL = re.compile(
    r"\b(?:will|shall|(?:is|are|am|was|were)\s+(?:expected|set|due|scheduled|slated|going)\s+to|plans?\s+to)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ATTRIBUTIVE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+$", re.IGNORECASE)
# A fiscal year named by a year ("in fiscal 2024", "financial year 2025", "FY 2024") is no calendar
# year: Japan's fiscal 2024 runs to March 2025, the US federal one ended in September 2024.
_FISCAL_BEFORE = re.compile(r"\b(?:(?:fiscal|financial)(?:\s+years?)?|FY)\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[A-Za-z]")
# Between the modal and the time: a word that opens a phrase of its own, with its own time.
_SUBORDINATE = re.compile(
    r"\b(?:after|following|since|before|when|as|because|than|despite|amid|unlike|like|while|whereas|"
    r"which|who|that)\b|[,;:—–]",
    re.IGNORECASE,
)


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    published = view.article.published
    if published.start is None:
        return
    for sentence in view.sentences:
        text = sentence.text
        if not _MODAL.search(text) or not _YEAR.search(text) or text.rstrip(" \"'”’").endswith("?"):
            continue  # a question asserts no time: "Will the Summit Be a Repeat of 2018?"
        for m in view.times(sentence):
            s, e = m.start - sentence.start, m.end - sentence.start
            if not m.future or m.relative or m.bound not in ("at", "until") or not _YEAR.search(m.text):
                continue  # "the first Labour prime minister since 2010": a since-time is past by nature
            if m.span.end is None or (_ATTRIBUTIVE.search(text, 0, s) and _NOUN_AFTER.match(text, e)):
                continue  # "in the March 2023 vote": the time of the noun, not of the verb
            if _FISCAL_BEFORE.search(text, 0, s):
                continue  # "will grow 2.7 percent in fiscal 2024": its end is the country's calendar's
            lo, _hi = clause(text, s)
            modal = list(_MODAL.finditer(text, lo, s))
            if not modal or _SUBORDINATE.search(text, modal[-1].end(), s):
                continue  # "will vote after the minister's resignation in 2025": the time of another phrase
            yield view.claim(
                KIND,
                sentence,
                m.start,
                m.end,
                key={"ends": m.span.end.isoformat()},
                value={"published": published.start.isoformat()},
                labels={"time": m.text},
                qualifiers=Qualifiers(),
                time=SentenceTime(m.span, "sentence"),
            )
