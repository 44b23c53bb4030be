"""gap claims: a stretch of time said to hold no (or few) events of a type.

Forms read, each naming a window that ends when the sentence's event happens:
- "after more than a year of limited dialogue": at most the quantifier's count of events
  ("limited": 1, "no": 0, from gap_cues in rules/vocab) in the year before;
- "after two years without talks": none in the two years before;
- "the first talks in five years", "the first face-to-face talks between the two sides in more than a
  year": none in the five years (the year) before;
- "the first meeting since 2019": none from the end of 2019 until then;
- "Trump and Xi met on Thursday for the first time since 2019", "talks resumed for the first time
  in five years" (`gap_cues.first_times` after the event's verb, its subject saying who met, or noun):
  as "the first ... since" and "the first ... in";
- "..., the first time the two sides had met in six months", "the first time in six months that
  negotiators held talks": a clause of its own, its verb's subject in it (an anaphor's antecedent
  the sentence before the phrase); words after its event ("met outside Europe") may narrow what
  counts, so only "again" may follow it;
- "the last time Trump met Putin was more than seven years ago": none from then until publication
  (a phrase that sizes the event, "cut by half a point", is not read: other sizes do not count).
An undated sentence right after one that tells an event of the type and dates it ("They held talks
in Kuala Lumpur on Oct. 25-26. It was the first time in a month ...") takes that date, not the
publication's. The window is the part certain whatever day the event fell on: for an article of October 2025
and "a year", from 31 October 2024 to 30 September 2025. A hedge ("nearly a year") shortens it by
the hedge's `below` fraction. The phrase must name an event type (a trigger noun from event_types).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.extract.event import event_type_of, shorter_trigger, subject_acts, topics_present, verb_subject
from factcheck.models import Claim, Precision, Qualifiers, TimeSpan
from factcheck.ruleset.ruleset import RuleSet
from factcheck.timeexpr import NUMBER_WORDS, told_in_simple_past
from factcheck.vocab import Hit, Vocabulary, alias_pattern, fold, vocabulary

KIND = "gap"
FIELDS = frozenset({"event_type", "allowed", "days"})  # key and value fields: what rules may name

# Days in each unit of a gap's length (English grammar, not domain facts).
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}

# A count in digits or words ("five", "12"), as gap and elapsed claims write it.
NUM = r"(?P<num>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
# A gate: a length needs one of its units, and this finds one far faster than the patterns that
# begin with an optional hedge (tried at every position) find nothing.
UNIT_WORD = re.compile(r"\b(?:day|week|month|year|decade)s?\b", re.IGNORECASE)
_OWN_CLAUSE = frozenset({"last_time", "first_time_in", "first_time_in_that"})  # the verb's clause is the match's
_MEASURED = frozenset({"of", "without", "first_in", "time_in", *_OWN_CLAUSE} - {"last_time"})  # with a length


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    vocab = vocabulary(ruleset)
    topics = topics_present(view, ruleset)
    patterns = _PATTERNS.get(ruleset.version) if ruleset.version else None
    if patterns is None:
        patterns = _patterns(ruleset, vocab)
        if ruleset.version:
            _PATTERNS[ruleset.version] = patterns
    for index, sentence in enumerate(view.sentences):
        if sentence.heading:
            continue
        measured = UNIT_WORD.search(sentence.text) is not None
        first_time = any(f.lower() in sentence.text.lower() for f in ruleset.gap_cues.first_times)
        for form, regex in patterns:
            if (form in _MEASURED and not measured) or (form.startswith("time_") and not first_time):
                continue  # gates: most sentences name no length and no "for the first time"
            for m in regex.finditer(sentence.text):
                claim = _claim(view, index, form, m, vocab, ruleset, topics)
                if claim is not None:
                    yield claim


_PATTERNS: dict[str, list[tuple[str, re.Pattern[str]]]] = {}  # compiled once per rule-set version


def _patterns(rs: RuleSet, vocab: Vocabulary) -> list[tuple[str, re.Pattern[str]]]:
    hedges = "|".join(alias_pattern(w) for h in rs.hedges.values() for w in h.words) or r"(?!x)x"
    quants = "|".join(alias_pattern(q) for q in sorted(rs.gap_cues.quantifiers, key=len, reverse=True))
    quants = quants or r"(?!x)x"
    firsts = "|".join(alias_pattern(f) for f in rs.gap_cues.firsts) or r"(?!x)x"
    lasts = "|".join(alias_pattern(f) for f in rs.gap_cues.lasts) or r"(?!x)x"
    first_times = "|".join(alias_pattern(f) for f in rs.gap_cues.first_times) or r"(?!x)x"
    length = rf"(?:(?P<hedge>{hedges})\s+)?{NUM}\s+{_UNIT}"
    # a short noun phrase, perhaps with who took part: "face-to-face talks between the two sides" (other
    # modifiers may hold a trigger that is not the head: "dissenting vote by a Federal Reserve governor")
    thing = r"(?P<thing>(?:[\w-]+\s+){0,4}?[\w-]+(?:\s+between\s+(?:[\w.-]+\s+){0,4}?[\w.-]+)?)"
    long_thing = r"(?P<thing>(?:[\w.’'-]+\s+){0,8}?[\w-]+)"  # "Trump and Xi met face to face"
    clause = (
        r"(?P<thing>(?:[\w.’'-]+\s+){0,14}?[\w.’'-]+)"  # "U.S. and Chinese negotiators met in Kuala Lumpur on Sunday"
    )
    clause_end = r"(?P<thing>(?:[\w.’'-]+\s+){0,14}?[\w’'-]+)(?=\s*(?:[,;:.!?]|$))"  # to the clause's end
    flags = re.IGNORECASE
    return [
        ("of", re.compile(rf"\b{length}\s+of\s+(?P<quant>{quants})\s+{thing}", flags)),
        ("without", re.compile(rf"\b{length}\s+(?P<quant>without|with\s+no)\s+{thing}", flags)),
        ("first_in", re.compile(rf"\b(?:{firsts})\s+{thing}\s+(?:in|for)\s+{length}", flags)),
        ("first_since", re.compile(rf"\b(?:{firsts})\s+{thing}\s+since\s+", flags)),
        ("last_time", re.compile(rf"\b(?:{lasts})\s+(?:that\s+)?{long_thing}\s+(?:was|were)\s+", flags)),
        ("time_since", re.compile(rf"(?<![\w.’'-]){clause},?\s+(?:{first_times})\s+since\s+", flags)),
        ("time_in", re.compile(rf"(?<![\w.’'-]){clause},?\s+(?:{first_times})\s+in\s+{length}", flags)),
        # "the first time the two sides had met in six months", "the first time in six months that
        # negotiators met": a clause of its own after "first time", its verb's subject in it
        ("first_time_in", re.compile(rf"\b(?:{firsts})\s+time\s+(?:that\s+)?{clause}\s+in\s+{length}", flags)),
        (
            "first_time_in_that",
            re.compile(rf"\b(?:{firsts})\s+time\s+in\s+{length}\s+(?:that\s+)?{clause_end}", flags),
        ),
    ]


def _claim(
    view: ArticleView,
    index: int,
    form: str,
    m: re.Match[str],
    vocab: Vocabulary,
    rs: RuleSet,
    topics: frozenset[str],
) -> Claim | None:
    sentence = view.sentences[index]
    thing = m.group("thing")
    offset = m.start("thing")
    if form == "last_time" and _SIZED.search(thing):
        return None
    trigger = _trigger(vocab, thing, offset)
    if trigger is None:
        return None
    if form in _OWN_CLAUSE and form != "last_time" and _RESTRICTED.search(thing[trigger.end - offset :]):
        # "the first time in three months that the two sides had met outside Europe": words after the
        # event's verb or noun may narrow what counts (a place, a format); only "again" may follow
        return None
    # a verb names its event by who did it: "the last time the two leaders met" is the leaders' meeting
    # (by the sentence before, for an anaphor), never talks of the leaders' countries; the other forms
    # name a noun ("the first such cut since 2018", "two years without talks")
    # ("... met in Kuala Lumpur for the first time since May": the verb's subject from its clause's start)
    subject = (
        verb_subject(view, index, trigger, rs, offset if form in _OWN_CLAUSE else 0)
        if form in ("time_since", "time_in", *_OWN_CLAUSE)
        else None
    )
    if subject is not None and not subject_acts(view, index, trigger, rs):
        return None
    etype = event_type_of(trigger, sentence, view, vocab, rs, topics, subject=subject)
    while etype is None and subject is None and (shorter := shorter_trigger(trigger, vocab)) is not None:
        # "the first in-person meeting in two years" names no leaders: its "meeting" may be the talks
        trigger = shorter
        etype = event_type_of(trigger, sentence, view, vocab, rs, topics)
    if etype is None:
        return None
    dated = view.claim_time(sentence)
    if dated.source == "published" and (before := _told_before(view, index, etype, vocab)) is not None:
        # "They held talks in Kuala Lumpur on Sunday. It was the first time in a year that ...": an
        # undated sentence about the event the one before it dates; the gap ends when that was, not at
        # publication (which may fall after it: the event itself would then lie in the window)
        dated = before
    event_time = dated.span
    if not event_time.is_bounded:
        return None
    if dated.source == "published" and told_in_simple_past(sentence.text) and _venue(sentence.text, vocab, rs):
        # "held talks in Geneva for the first time in six years" in an October article about May's
        # talks: an undated past event at a named venue may be any one before publication, and the
        # gap ends when it was, not at publication ("the two sides resumed talks after a year of
        # limited dialogue", or "have resumed", is the article's news)
        return None
    assert event_time.start is not None and event_time.end is not None
    end = m.end()
    window_end = event_time.start - dt.timedelta(days=1)
    if form == "last_time":  # from the day after the last one to publication
        last = [t for t in view.times(sentence) if 0 <= t.start - sentence.start - m.end() <= 12 and t.span.is_bounded]
        published = view.article.published.end
        if not last or last[0].span.end is None or published is None:
            return None
        start_day = last[0].span.end + dt.timedelta(days=1)
        end = last[0].end - sentence.start
        window_end = published
        days = None
    elif form in ("first_since", "time_since"):
        since = [t for t in view.times(sentence) if t.start - sentence.start == m.end() and t.span.end is not None]
        if not since:
            return None
        assert since[0].span.end is not None
        start_day = since[0].span.end + dt.timedelta(days=1)
        end = since[0].end - sentence.start
        days = None
    else:
        days = _days(m, rs)
        if days is None:
            return None
        start_day = event_time.end - dt.timedelta(days=days - 1)
    if start_day > window_end:
        return None
    allowed = (
        0
        if form.startswith("first") or form in ("without", "last_time", "time_since", "time_in")
        else rs.gap_cues.quantifiers.get(m.group("quant").lower(), 0)
    )
    return view.claim(
        KIND,
        sentence,
        sentence.start + m.start(),
        sentence.start + end,
        key={"event_type": etype},
        value={"allowed": allowed, "days": days},
        labels={"event_type": rs.event_types[etype].name},
        qualifiers=Qualifiers(hedge=m.groupdict().get("hedge")),
        time=SentenceTime(TimeSpan(start=start_day, end=window_end, precision=Precision.DAY), "sentence+published"),
    )


def _venue(text: str, vocab: Vocabulary, rs: RuleSet) -> bool:
    """Whether the sentence names a place that is no party to the events: "in Geneva", not "China"."""
    parties = {fold(w) for t in rs.event_types.values() for group in t.topic for w in group}
    return any(fold(h.surface) not in parties for h in vocab.lexicons["places"].find(text))


def _told_before(view: ArticleView, index: int, etype: str, vocab: Vocabulary) -> SentenceTime | None:
    """The time of the sentence before, when it tells an event of the type (a trigger of it) and dates
    it (a time of its own that is over by publication)."""
    if index == 0 or view.sentences[index - 1].heading:
        return None
    prev = view.sentences[index - 1]
    if not any(etype in h.ids for h in vocab.lexicons["event_triggers"].find(prev.text)):
        return None
    dated = view.claim_time(prev)
    published = view.article.published.end
    if dated.source == "published" or not dated.span.is_bounded or published is None:
        return None
    assert dated.span.end is not None
    return dated if dated.span.end <= published else None


_RESTRICTED = re.compile(r"^(?!\s*(?:again\s*)?$)")  # anything but nothing or "again" after the trigger

# Sizes and amounts in the thing: "rates were cut by half a point" says nothing of other cuts.
_SIZED = re.compile(r"\d|\b(?:half|quarter|points?|percent|per\s+cent|basis)\b", re.IGNORECASE)


def _trigger(vocab: Vocabulary, thing: str, offset: int) -> Hit | None:
    hits = vocab.lexicons["event_triggers"].find(thing)
    if not hits:
        return None
    h = hits[-1]
    return Hit(h.start + offset, h.end + offset, h.ids, h.surface)


def _days(m: re.Match[str], rs: RuleSet) -> int | None:
    raw = m.group("num").lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    if not count:
        return None
    days = count * UNIT_DAYS[m.group("unit").lower()]
    hedge = rs.hedge_named(m.group("hedge"))
    return int(days * (1 - hedge.below)) if hedge else days
