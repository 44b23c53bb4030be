"""vote claims: how a body voted on a decision, unanimously or split, and the tally when given.

Forms read (cue words from `vote_cues` in rules/vocab/events.yaml; decisions are event types with
`votes: true`, named by one of their triggers in the same sentence):
- unanimity: "The board's rate decision was unanimous", "the committee voted unanimously to hold";
- dissent: "one governor dissented", "two members voted against" (split, no tally);
- a tally: "in a 5-4 vote", "voted 7-2 to cut", "by a vote of 11 to 1" (split; "9-0" is unanimous);
- a negated unanimity word ("was not unanimous", "far from unanimous") is split.
A sentence that says both ("was unanimous, though one member dissented") gives two claims that disagree.
Not read: votes planned, expected or hedged ("is expected to be unanimous"), a decision whose type is
unclear (triggers of two voting types fit), and headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.extract.event import topics_present
from factcheck.extract.numbers import period
from factcheck.models import Claim, Qualifiers, Scalar, Status
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.vocab import Hit, phrase_regex, vocabulary

KIND = "vote"
FIELDS = frozenset({"event_type", "outcome", "tally"})  # key and value fields: what rules may name

# "a 5-4 vote", "voted 7-2", "by a vote of 11 to 1", "an 8–1 decision", "split 6-3"
_TALLY = re.compile(
    r"(?:\b(?:voted|vote\s+of|split|margin\s+of)\s+(?P<a>\d{1,3})\s*(?:[-–—]|\s+to\s+)\s*(?P<b>\d{1,3})\b"
    r"|\b(?P<c>\d{1,3})\s*[-–—]\s*(?P<d>\d{1,3})\s+(?:vote|votes|decision|majority|split|ruling)\b)",
    re.IGNORECASE,
)


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    voting = {t for t, e in ruleset.event_types.items() if e.votes} & topics_present(view, ruleset)
    if not voting:
        return
    vocab = vocabulary(ruleset)
    cues = vocab.lexicons["vote_cues"]
    negation = phrase_regex(tuple(ruleset.vote_cues.negations))
    planned = phrase_regex(tuple([*ruleset.event_cues.planned, *ruleset.event_cues.hedges]))
    for sentence in view.sentences:
        if sentence.heading:
            continue
        text = sentence.text
        triggers = [h for h in vocab.lexicons["event_triggers"].find(text) if set(h.ids) & voting]
        named = {i for h in triggers for i in h.ids if i in voting}
        if len(named) != 1:
            continue  # no decision named, or two: "analysts were unanimous" is no vote
        decision = named.pop()
        when = _decision_time(view, sentence, triggers[0])
        for start, end, outcome, tally in _votes(text, cues.find(text), negation):
            if planned.search(text, 0, start):
                continue  # "the vote is expected to be unanimous": not yet cast
            yield _claim(view, sentence, decision, ruleset, start, end, outcome, tally, when)


# A time that names the decision itself: "the July meeting", "Wednesday's decision", "the decision on
# Wednesday", "its meeting in September".
_BEFORE_TRIGGER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$")
_AFTER_TRIGGER = re.compile(r"^\s+(?:on|in|at|of)\s+(?:the\s+)?$")


def _decision_time(view: ArticleView, sentence: Sentence, trigger: Hit) -> SentenceTime:
    """The decision's own time ("after the July rate-setting meeting, at which the vote was
    unanimous" is July's vote), else the time of the trigger's clause."""
    text = sentence.text
    for m in view.times(sentence):
        s, e = m.start - sentence.start, m.end - sentence.start
        if not m.span.is_bounded:
            continue
        if (e <= trigger.start and _BEFORE_TRIGGER.fullmatch(text, e, trigger.start)) or (
            s >= trigger.end and _AFTER_TRIGGER.match(text[trigger.end : s])
        ):
            return SentenceTime(m.span, "sentence")
    return period(view, sentence, trigger.start)


def _votes(text: str, hits: list[Hit], negation: re.Pattern[str]) -> Iterator[tuple[int, int, str, str | None]]:
    """(start, end, outcome, tally) of each statement of how the vote went."""
    for m in _TALLY.finditer(text):
        a, b = int(m["a"] or m["c"]), int(m["b"] or m["d"])
        yield m.start(), m.end(), "unanimous" if min(a, b) == 0 else "split", f"{max(a, b)}-{min(a, b)}"
    for hit in hits:
        if hit.ids[0] == "dissent":
            yield hit.start, hit.end, "split", None
        else:
            words_before = " ".join(text[: hit.start].split()[-3:])
            negated = negation.search(words_before) is not None
            yield hit.start, hit.end, "split" if negated else "unanimous", None


def _claim(
    view: ArticleView,
    sentence: Sentence,
    decision: str,
    rs: RuleSet,
    start: int,
    end: int,
    outcome: str,
    tally: str | None,
    when: SentenceTime,
) -> Claim:
    value: dict[str, Scalar] = {"outcome": outcome}
    if tally:
        value["tally"] = tally
    return view.claim(
        KIND,
        sentence,
        sentence.start + start,
        sentence.start + end,
        key={"event_type": decision},
        value=value,
        labels={"event_type": rs.event_types[decision].name, "outcome": tally or outcome},
        qualifiers=Qualifiers(status=Status.CURRENT),
        time=when,
    )
