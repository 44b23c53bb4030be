"""event claims: what happened (or is planned) where and when: meetings, rounds of talks, calls.

For each trigger noun of an event type ("talks", "round", "call"), or verb ("the two sides met in
Madrid on Sunday", "the delegations gathered at Lancaster House"), read the phrase that follows it
up to the next trigger or the end of the clause:
- venues: a place after a venue preposition ("held in Beijing"), a list continuing it ("in Geneva
  in May, London in June, and Stockholm in July": three events), or a place right before the
  trigger ("the Madrid round"), or one in a relative clause of the event's own verb right after its
  phrase ("his first summit, which was held in his hometown, The Hague"), or where someone travels
  for it ("von der Leyen travelled to Scotland for talks with Trump");
- times: the time expression next to each venue, or the only one in the phrase ("talks held on
  September 14 and 15"), or the one right after the trigger ("the rate rise last week", and a year
  when a determiner singles out one event: "the last election in 2019"), or a time expression
  leading the sentence, or one before a verb that
  performs the event ("The Fed on Wednesday announced a rate cut": `event_cues.performed`); never
  one from another clause ("..., after both sides reached an agreement in May": see clauses.py),
  never a dateline's;
  an event with no time of its own has none (it is not "some day before publication");
- an ordinal right before the trigger ("the fourth round"), or before the trigger heading an "of"
  phrase that holds it ("the first round of U.S.-China talks"); none when an era follows ("the
  first talks of the year", "of Trump's second term": first within it); an event known by its ordinal alone
  must find its type's topic in its own paragraph or those either side ("The summit marked the
  first bilateral talks" among paragraphs on India is no round of US-China talks), and one with a
  time but no venue there or in the article's title and opening ("its July meeting" in a story on a
  central bank that names the US and China once, further down, is the bank's meeting).
A trigger whose last words open a longer trigger is read as one with it: "the second round of
voting" is a vote, not "a round of" something. One venue on one day is one event, whatever words
point at it: in "Trump met Xi in Busan on Thursday, their first meeting since 2019" the appositive
noun is the meeting already read. A timeline's item ("- July 28-29: Third round in Stockholm") is
dated by its label, and a dateline or a live blog's time stamp ("10:42 a.m. ET - ") names no party.
An event is planned when a planned cue stands in the six words before its trigger ("a scheduled
call", "upcoming talks") or the six after it ("another round is expected", "talks will resume"),
or its verb is an infinitive nothing before makes done ("parliament to elect a prime minister on
Tuesday", not "the bank decided to raise rates"), or its time lies after publication. A trigger
with no venue, time or ordinal yields nothing: there is nothing to check. The words all come from
rules/vocab (event_types, places, event_cues).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.extract.clauses import REPORTING, clause_bounds
from factcheck.extract.context import DATELINE, LEADING_WORDS, LIST_MARK, ArticleView, SentenceTime
from factcheck.models import Claim, Qualifiers, Status, TimeSpan
from factcheck.references.places import enclosing
from factcheck.references.terms import jurisdictions_of
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.timeexpr import TimeMention, ahead_of
from factcheck.vocab import Hit, Vocabulary, alias_pattern, fold, phrase_regex, vocabulary

KIND = "event"
FIELDS = frozenset({"event_type", "place", "ordinal"})  # key and value fields: what rules may name

_CLAUSE_END = re.compile(r"[;:!?]|,\s+(?:while|but|which|whereas|as)\s|\s+(?:while|whereas)\s|—")
_STOP_WORDS = frozenset(
    [m for m in calendar.month_name if m]
    + [f"{m}{dot}" for m in [*calendar.month_abbr, "Sept"] if m for dot in ("", ".")]  # "on Oct. 25-26"
    + list(calendar.day_name)
    + "The A An In On At For With By As Its".split()
)
_GAP_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:(?:in|for)\s+(?:(?:more\s+than|nearly|almost|over|about)\s+)?"
    r"(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+"
    r"(?:years?|months?|weeks?|decades?)\b|since\b)"
)
_NEAR = 40  # characters: how close a venue and its time expression must stand
_MAX_PLACELESS_DAYS = 62  # an event with no venue needs a time at least this precise


@dataclass(frozen=True)
class _Event:
    type: str
    place: str | None
    ordinal: int | None
    time: TimeMention | None
    start: int  # offsets in the sentence text
    end: int


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    vocab = vocabulary(ruleset)
    topics = topics_present(view, ruleset)
    planned_cue = _cue_regex(tuple(ruleset.event_cues.planned))
    hedge_cue = _cue_regex(tuple(ruleset.event_cues.hedges))
    verbs = {tid: {fold(v) for v in t.verbs} for tid, t in ruleset.event_types.items()}
    here = dateline_place(view, vocab)
    for n, sentence in enumerate(view.sentences):
        if sentence.heading:
            continue
        triggers = vocab.lexicons["event_triggers"].find(sentence.text)
        if not triggers:
            continue
        mentions = [m for m in view.times(sentence) if m.span.is_known or m.relative]
        read: list[tuple[_Event, bool, str | None]] = []
        triggers = _join_of_phrases(sentence.text, _extended(sentence.text, triggers, vocab))
        for i, trigger in enumerate(triggers):
            limit = triggers[i + 1].start if i + 1 < len(triggers) else len(sentence.text)
            previous = triggers[i - 1].end if i else 0
            is_verb = any(fold(trigger.surface) in verbs[t] for t in trigger.ids)
            subject = _subject(view, n, trigger, ruleset) if is_verb else None
            if subject is not None and not _acts(sentence.text, trigger, ruleset):
                continue  # "Chinese and American business leaders met": not the type's parties
            etype = event_type_of(trigger, sentence, view, vocab, ruleset, topics, (previous, limit), subject)
            while etype is None and (shorter := shorter_trigger(trigger, vocab)) is not None:
                # "first round" names another type's vote here; its "round" may still be these talks;
                # "Negotiators held talks in London": the verb's subject names no side, its noun is read
                trigger = shorter
                if subject is not None and not any(fold(trigger.surface) in verbs[t] for t in trigger.ids):
                    if not _only_delegates(subject, ruleset):
                        break  # "Japanese officials held talks": a party of its own
                    subject = None
                etype = event_type_of(trigger, sentence, view, vocab, ruleset, topics, (previous, limit), subject)
            if etype is None:
                continue
            verb = fold(trigger.surface) in verbs.get(etype, ())
            found = _events(trigger, limit, etype, sentence, mentions, vocab, ruleset, verb, here)
            if found and found[-1].ordinal is not None:  # "the first round in Muscat on April 12; the second, ..."
                found += _elliptical(sentence, found[-1], limit, mentions, vocab, ruleset)
            planned = _cue_near(sentence.text, trigger, limit, planned_cue) is not None
            planned = planned or (verb and _infinitive(sentence.text, trigger, ruleset.event_types[etype].enacted_by))
            hedge = _cue_near(sentence.text, trigger, limit, hedge_cue)
            read += [(event, planned, hedge) for event in found]
        read = [
            r
            for r in read
            if r[0].place is not None
            or fits_topic(_near_text(view, sentence, r[0]), ruleset.event_types[r[0].type].topic)
        ]
        yield from (_claim(view, sentence, e, p, ruleset, h) for e, p, h in _one_per_event(read))


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


_LEAD_CHARS = 1000  # the article's opening: its headline and first paragraphs say what it is about


def _near_text(view: ArticleView, sentence: Sentence, event: _Event) -> str:
    """Where an event read with no venue must find its type's topic: the sentence's paragraph and
    those either side; for one read by its time, the article's title and opening too. An event known
    by its ordinal alone, the weakest reading, must find it close ("The summit marked the first
    bilateral talks" among paragraphs on China and India is no round of US-China talks, though the
    article names the US once); one known by its time, in either ("its July meeting" in a story on
    the Bank of Japan that names US tariffs on China once, further down, is no US-China talks)."""
    text = view.article.text
    breaks = [0, *(m.end() for m in _BLANK_LINE.finditer(text, 0, sentence.start))]
    start = breaks[-2] if len(breaks) > 1 else 0
    after = list(_BLANK_LINE.finditer(text, sentence.end))
    near = text[start : after[1].start() if len(after) > 1 else len(text)]
    if event.time is None:
        return near
    return "\n\n".join([view.article.title or "", text[:_LEAD_CHARS], near])


# Before "to": verbs whose infinitive happened ("was able to cut rates today", "decided to raise").
_IMPLICATIVE = frozenset("able had".split())


def _infinitive(text: str, trigger: Hit, enacted_by: Sequence[str]) -> bool:
    """An event verb in the infinitive is not reported as done: "Japan's parliament to elect new prime
    minister on Tuesday", "the leaders agreed to meet on Sunday"; unless what comes before makes it
    so ("the bank decided to raise rates", "was able to cut rates today")."""
    m = re.search(r"([\w’'-]+)\s+to\s+$", text[max(0, trigger.start - 40) : trigger.start])
    if m is None:
        return False
    before = m.group(1).lower()
    return before not in _IMPLICATIVE and before not in {fold(v) for v in enacted_by}


def _one_per_event(read: list[tuple[_Event, bool, str | None]]) -> list[tuple[_Event, bool, str | None]]:
    """One claim per event a sentence names: "met in Stockholm on July 28 for a third round" is read
    by the verb and by the noun; the reading with the round's number is kept. One venue on one day
    names one event, whatever the words that point at it: in "Trump met Xi in Busan on Thursday,
    their first meeting since 2019" the appositive noun is the meeting already read, never a second
    event of another type; the first reading stands."""
    best: dict[tuple[object, ...], tuple[_Event, bool, str | None]] = {}
    for item in read:
        event = item[0]
        # "the fourth round" alone: numbered events with nothing else to tell them apart stay apart
        alone = event.ordinal if event.place is None and event.time is None else None
        placed = event.place is not None and event.time is not None
        ident: tuple[object, ...] = (
            None if placed else event.type,
            event.place,
            event.time.start if event.time else None,
            alone,
        )
        have = best.get(ident)
        if have is None or (have[0].type == event.type and have[0].ordinal is None and event.ordinal is not None):
            best[ident] = item
    return list(best.values())


def shorter_trigger(trigger: Hit, vocab: Vocabulary) -> Hit | None:
    """The longest trailing part of a multi-word trigger that is a trigger too: "first round" -> "round"."""
    words = list(re.finditer(r"\S+", trigger.surface))
    for w in words[1:]:
        tail = trigger.surface[w.start() :]
        ids = vocab.lexicons["event_triggers"].lookup(tail)
        if ids:
            return Hit(trigger.start + w.start(), trigger.end, ids, tail)
    return None


def _elliptical(
    sentence: Sentence, first: _Event, limit: int, mentions: list[TimeMention], vocab: Vocabulary, rs: RuleSet
) -> list[_Event]:
    """The rounds a list names after a numbered one, the trigger left out: "The first round took place
    in Muscat on April 12; the second, in Rome on April 19; and the third, in Muscat on April 26"."""
    text = sentence.text
    ordinals = "|".join(re.escape(w) for w in sorted(rs.event_cues.ordinals, key=len, reverse=True)) or r"(?!x)x"
    item = re.compile(
        rf"[;,]\s*(?:and\s+)?(?:the\s+)?(?P<ord>{ordinals}),?\s+(?:once\s+again\s+|again\s+)?(?:in|at)\s+",
        re.IGNORECASE,
    )
    out: list[_Event] = []
    for m in item.finditer(text, first.end, limit):
        venue = vocab.lexicons["places"].match(text, m.end())
        if venue is None:
            continue
        time = _time_next_to(venue, mentions, sentence.start, set(), text)
        ordinal = rs.event_cues.ordinals[m["ord"].lower()]
        out.append(_Event(first.type, venue.ids[0], ordinal, time, m.start("ord"), venue.end))
    return out


def _extended(text: str, triggers: list[Hit], vocab: Vocabulary) -> list[Hit]:
    """A trigger whose last words open a longer trigger ends where that one does: "the second round of
    voting" holds "second round" and "round of voting", and is one vote, not "a round of" something."""
    lexicon = vocab.lexicons["event_triggers"]
    out: list[Hit] = []
    for hit in triggers:
        for w in list(re.finditer(r"\S+", hit.surface))[1:]:
            longer = lexicon.match(text, hit.start + w.start())
            if longer is not None and longer.end > hit.end:
                ids = tuple(sorted(set(hit.ids) & set(longer.ids))) or longer.ids
                hit = Hit(hit.start, longer.end, ids, text[hit.start : longer.end])
                break
        out.append(hit)
    # a trigger the longer one now covers is part of it
    return [h for i, h in enumerate(out) if not any(o.start <= h.start < o.end for o in out[:i])]


def _join_of_phrases(text: str, triggers: list[Hit]) -> list[Hit]:
    """ "the fourth round of trade talks" is one event: join a trigger to the next across "of"."""
    out: list[Hit] = []
    for hit in triggers:
        if out and re.fullmatch(r"\s+of\s+(?:[\w-]+\s+){0,2}", text[out[-1].end : hit.start]):
            head = out.pop()
            ids = tuple(sorted(set(head.ids) & set(hit.ids))) or hit.ids
            hit = Hit(head.start, hit.end, ids, text[head.start : hit.end])
        out.append(hit)
    return out


def _cue_near(text: str, trigger: Hit, limit: int, cue: re.Pattern[str]) -> str | None:
    """A cue among the six words before the trigger or the six after it in its clause."""
    starts = [m.start() for m in re.finditer(r"\S+", text[: trigger.start])][-6:]
    words = list(re.finditer(r"\S+", text[trigger.end : _clause_end(text, trigger.end, limit)]))
    if limit < len(text):
        words = words[:-3]  # the words right before the next trigger modify that one: "a scheduled call"
    words = words[:6]
    # searched in place, so a capitalised cue counts only at the sentence's start, not a window's
    before = cue.search(text, starts[0], trigger.start) if starts else None
    after = None
    if words:
        # an aside right after the trigger tells of something else: "The talks, originally planned
        # for Oct. 24, began in Kuala Lumpur" are held; the words after the aside still count
        aside = _ASIDE.match(text, trigger.end)
        skip = (aside.start(1), aside.end(1)) if aside else (0, 0)
        stop = trigger.end + words[-1].end() + (skip[1] - skip[0])
        after = next((m for m in cue.finditer(text, trigger.end, stop) if not skip[0] <= m.start() < skip[1]), None)
    found = before or after
    return found.group().strip() if found else None


_ASIDE = re.compile(r"[^,;]{0,60}?,([^,;]{1,100}),")


@functools.lru_cache(maxsize=256)
def _cue_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Case-sensitive, so the modal "may" is never the month "May"; a capital is allowed at a sentence
    start, though not before a number ("- May 10-11: First round in Geneva" opens with the month)."""
    lower = "|".join(alias_pattern(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"
    upper = "|".join(alias_pattern(w[:1].upper() + w[1:]) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w])(?:{lower})(?![\w])|^\W*(?:{upper or '(?!x)x'})(?![\w])(?!\s*\d))")


def topics_present(view: ArticleView, rs: RuleSet) -> frozenset[str]:
    """Event types whose every topic group has a term somewhere in the article; found once per
    article, however many extractors ask (events, gaps, counts of years, votes)."""
    return view.once(
        "topics",
        lambda: frozenset(tid for tid, etype in rs.event_types.items() if fits_topic(view.article.text, etype.topic)),
    )


def fits_topic(text: str, topic: Sequence[Sequence[str]]) -> bool:
    """Whether every group of a `topic` has a term in the text (no groups: always)."""
    return all(_cue_regex(tuple(group)).search(text) for group in topic)


_MONTHS = "|".join(m for m in calendar.month_name if m)
# An era after the trigger: "the first talks of Trump's second term", "the biggest summit of the
# year". An ordinal before it counts within that era, not the reference's series of the type.
_OF_ERA = re.compile(
    r"\s+of\s+(?:the|this|his|her|their|[\w.]+['’]s)\s+(?:[\w.-]+\s+)?"
    r"(?:(?:first|second|third|new|current|last|previous)\s+)?(?:term|presidency|administration|tenure|year|decade|month|week|quarter|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)
_OF_EVENT = re.compile(
    rf"\s+of\s+(?:(?:\w+\s+)?(?:talks|negotiations)|(?:(?:early|mid|late)[\s-]+)?(?:{_MONTHS})\b|(?:19|20)\d\d\b)"
    rf"|{_OF_ERA.pattern}",
    re.IGNORECASE,
)


_RELATIVE_OPENER = re.compile(r",\s*(?:which|who|whom|whose|where)\b", re.IGNORECASE)


def event_type_of(
    trigger: Hit,
    sentence: Sentence,
    view: ArticleView,
    vocab: Vocabulary,
    rs: RuleSet,
    topics: frozenset[str],
    bounds: tuple[int, int] | None = None,
    subject: str | None = None,
) -> str | None:
    """The event type a trigger names: one whose participants are named in its own phrase ("a call
    between Presidents Trump and Xi", "the Trump-Xi meeting"), else the one type whose topic fits.
    `bounds` are where the neighbouring triggers end and start, so a phrase never borrows names.
    A verb ("met") names an event only with its `subject`: who met must be the type's participants
    or name every topic group ("U.S. and Chinese officials met", "Bessent and He Lifeng met")."""
    lo, hi = bounds or (0, len(sentence.text))
    text = sentence.text
    if re.match(r"\s+of\s+", text[trigger.end : hi]) and not _OF_EVENT.match(text, trigger.end):
        return None  # "a round of voting", "a first round of tariffs": not a meeting ("the talks of May 2025" are)
    # Participants anywhere in the trigger's own stretch of the sentence ("Trump and Xi met in
    # Busan, their first in-person meeting"), never past a neighbouring trigger.
    # ... and not in a clause after its own: "the talks resumed in Madrid, a day after Trump spoke with
    # Xi" are no Trump-Xi meeting ("Trump said after a meeting with von der Leyen" is one)
    # ... nor before a relative clause that holds it: "the meeting between Trump and Xi in Busan, which
    # came days after a round of talks in Kuala Lumpur" names no Trump-Xi talks in Kuala Lumpur
    _c_lo, c_hi = clause_bounds(text, trigger.start)
    relative = [m.end() for m in _RELATIVE_OPENER.finditer(text, lo, trigger.start)]
    people = vocab.lexicons["people"].find(text, max([lo, *relative]), min(hi, c_hi))
    # Names followed by their delegates before the trigger ("Trump and Xi will endorse what their
    # negotiators agreed at talks in Kuala Lumpur") are not the ones meeting.
    delegates = _cue_regex(tuple(rs.event_cues.delegates))
    people = [h for h in people if h.start > trigger.start or not delegates.search(text, h.end, trigger.start)]
    named = {pid for hit in people for pid in hit.ids}
    if subject is not None:
        named |= {pid for hit in vocab.lexicons["people"].find(subject) for pid in hit.ids}
    with_people = [t for t in trigger.ids if rs.event_types[t].participants]
    chosen = [t for t in with_people if set(rs.event_types[t].participants) <= named]
    if len(chosen) == 1:
        return chosen[0]
    plain = [t for t in trigger.ids if not rs.event_types[t].participants and t in topics]
    parties = _parties(sentence.text, trigger, hi)
    if subject is not None:  # "Washington held talks with Beijing": the subject and whom it met
        obj = _OBJECT.match(sentence.text, trigger.end, hi)  # "Bessent met his Chinese counterparts"
        who = " ".join([subject, *parties, obj.group(1) if obj else ""])
        plain = [t for t in plain if _names_topic(who, rs.event_types[t].topic, vocab, rs)]
    plain = [t for t in plain if all(_in_topic(p, rs.event_types[t].topic) for p in parties)]
    plain = [t for t in plain if not _about_another_country(text, rs.event_types[t].topic, vocab, rs)]
    if plain and _other_party(text, trigger, lo, vocab, rs, plain[0]):
        return None
    return plain[0] if len(plain) == 1 else None


# "Ottawa: ...", "Ottawa — ...", or in capitals "GENEVA, May 12 (Wire) - ..."
_DATELINE_PLACE = re.compile(
    r"^\s*(?:([A-Z][A-Za-z.'’ -]{1,30}?)(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?\s*(?::|—|–|\s-\s)|([A-Z][A-Z.'’ -]{1,30}),)"
)


def dateline_place(view: ArticleView, vocab: Vocabulary) -> str | None:
    """The place a dateline names ("Ottawa: ...", "GENEVA, May 12 (Wire) -"), which "here" refers to."""
    for sentence in view.sentences[:4]:
        m = _DATELINE_PLACE.match(sentence.text)
        if m is None:
            continue
        name = (m.group(1) or m.group(2)).strip().title()
        hit = vocab.lexicons["places"].match(name)
        if hit is not None and hit.end == len(name):
            return hit.ids[0]
    return None


def verb_subject(view: ArticleView, index: int, trigger: Hit, rs: RuleSet, start: int = 0) -> str | None:
    """Who an event verb says met, from `start` on, as `event_type_of` wants it; None when the
    trigger is a noun, or when the subject is delegates alone ("negotiators held talks": the noun is
    read, as here). For readers that find a trigger inside a phrase of their own ("the last time the
    two leaders met"): a verb then names an event only with its subject, as it does here."""
    if not any(fold(trigger.surface) in {fold(v) for v in rs.event_types[t].verbs} for t in trigger.ids):
        return None
    subject = _subject(view, index, trigger, rs, start)
    return None if _only_delegates(subject, rs) else subject


def subject_acts(view: ArticleView, index: int, trigger: Hit, rs: RuleSet) -> bool:
    """Whether the subject of an event verb meets for the parties (see `_acts`)."""
    return _acts(view.sentences[index].text, trigger, rs)


def _subject(view: ArticleView, index: int, trigger: Hit, rs: RuleSet, start: int = 0) -> str:
    """Who a verb says met: its clause up to the verb, and for an anaphor ("the two sides met",
    "they met", "the leaders gathered") the sentence's text before `start` (a reader's own phrase
    begins there) and the previous sentence too: of the same paragraph, or, for
    an anaphor naming a pair (`event_cues.paired_anaphors`: "the two sides", not "they"), the
    previous paragraph's when it is one sentence (news paragraphs often are) and no heading."""
    sentence = view.sentences[index]
    text = sentence.text[max(start, _clause_start(sentence.text, trigger.start)) : trigger.start]
    anaphor = _cue_regex(tuple(rs.event_cues.anaphors)).search(text) if index or start else None
    if anaphor is not None and start:
        # a phrase of the reader's own after the main clause ("China and the U.S. met on Sunday, the
        # first time the two sides had met in a year"): the main clause is the antecedent
        text = f"{sentence.text[:start]} {text}"
    if anaphor is not None and index:
        prev = view.sentences[index - 1]
        same_paragraph = "\n\n" not in view.article.text[prev.end : sentence.start]
        paired = _cue_regex(tuple(rs.event_cues.paired_anaphors)).search(text)
        lone = (
            paired is not None
            # the subject itself, or its delegates ("Negotiators from the two countries"), not "the
            # presidents of both countries"
            and _delegates_of(text[: paired.start()], rs)
            and not prev.heading
            and (index < 2 or "\n\n" in view.article.text[view.sentences[index - 2].end : prev.start])
        )
        if same_paragraph or lone:
            text = f"{prev.text} {text}"
    return text


# Auxiliaries and adverbs between a verb's subject and the verb: "officials are expected to meet".
_AUXILIARIES = frozenset(
    "will would could may might shall should can is are was were be been have has had to set due expected "
    "likely also again then first finally once later both all reportedly scheduled planned able "
    "last already just".split()
)


_ADVERB = re.compile(r"[a-z]{3,}ly")  # "will actually meet", "formally met": a manner adverb, no subject
_DETERMINERS = frozenset("the a an this that these those".split())


def _acts(text: str, trigger: Hit, rs: RuleSet) -> bool:
    """Whether the subject of an event verb is one who meets for the parties: a name ("Bessent and He
    Lifeng met"), a delegate ("U.S. and Chinese officials met") or an anaphor ("the two sides met"),
    not anybody else from those countries ("business leaders", "scientists"); a body the type's topic
    names is one too ("Japan's parliament on Tuesday elected ...")."""
    own = text[_clause_start(text, trigger.start) : trigger.start]
    tokens = re.findall(r"[\w.’'-]+", own)
    decided = {fold(v) for t in trigger.ids for v in rs.event_types[t].enacted_by}  # "the bank decided to raise"
    while tokens and (
        tokens[-1].lower() in _AUXILIARIES or tokens[-1].lower() in decided or _ADVERB.fullmatch(tokens[-1])
    ):
        tokens.pop()
    if not tokens or tokens[-1].lower() in _DETERMINERS:  # "The family met": a noun in -ly, no name
        return False
    if tokens[-1][:1].isupper():
        return True
    head = " ".join(tokens[-4:])
    if _cue_regex(tuple(rs.event_cues.delegates)).search(tokens[-1]):
        return True
    # a body the type's topic names: "Japan's parliament elected", "the committee meets"
    if any(_cue_regex(tuple(group)).fullmatch(tokens[-1]) for t in trigger.ids for group in rs.event_types[t].topic):
        return True
    return any(m.end() == len(head) for m in phrase_regex(tuple(rs.event_cues.anaphors)).finditer(head))


_OF_PAIR = re.compile(r"\s(?:from|of|for|representing)\s*$", re.IGNORECASE)


def _delegates_of(head: str, rs: RuleSet) -> bool:
    """Whether the words before a pair anaphor leave it the subject: none, or delegates of it
    ("Negotiators from", "Officials of"); a phrase fronted before a comma is no part of the subject
    ("After talks in Stockholm in July, the two sides met again in Madrid")."""
    head = head.rsplit(",", 1)[-1]
    if not head.strip():
        return True
    of = _OF_PAIR.search(" " + head)
    return of is not None and _only_delegates(" " + head[: of.start()], rs)


def _only_delegates(subject: str, rs: RuleSet) -> bool:
    """A subject of nothing but delegate words ("Negotiators", "the officials") names no party."""
    tokens = re.findall(r"[\w.’'-]+", subject)
    delegates = _cue_regex(tuple(rs.event_cues.delegates))
    return bool(tokens) and all(
        t.lower() in _DETERMINERS or t.lower() in _AUXILIARIES or delegates.fullmatch(t) for t in tokens
    )


def _names_topic(text: str, topic: list[list[str]], vocab: Vocabulary, rs: RuleSet) -> bool:
    """Every topic group named in `text`, by its words or by a person holding an office of that
    jurisdiction ("Bessent and He Lifeng met" names the U.S. and China)."""
    sides: set[str] = set()
    for hit in vocab.lexicons["people"].find(text):
        for pid in hit.ids:
            sides |= _person_sides(pid, rs)
    return all(_cue_regex(tuple(group)).search(text) or any(fold(word) in sides for word in group) for group in topic)


def _person_sides(person: str, rs: RuleSet) -> set[str]:
    """The folded names of every jurisdiction whose office the person held, per the reference."""
    out: set[str] = set()
    for jid in jurisdictions_of(person, rs):
        jur = rs.jurisdictions.get(jid)
        if jur is not None:
            out |= {fold(a) for a in (jur.name, *jur.aliases)}
    return out


def _other_party(text: str, trigger: Hit, lo: int, vocab: Vocabulary, rs: RuleSet, etype: str) -> bool:
    """A capitalised name just before the trigger that is not the type's topic, a place or a known
    person names someone else's meeting: "the IMF and World Bank annual meetings", "U.S. and
    Ukrainian officials held talks", "the Communist Party ended a four-day meeting". Names before a
    subordinator belong to another clause: "delegates leave the Omani embassy after a round of talks"."""
    start = max(lo, _clause_start(text, trigger.start), clause_bounds(text, trigger.start)[0])
    if (dateline := DATELINE.match(text)) and start < dateline.end():
        # "TOKYO, July 31 Reuters The Bank ...", "10:42 a.m. ET - Bessent says ...": no party
        start = min(dateline.end(), trigger.start)
    words = list(re.finditer(r"[A-Z][\w.’'&-]*", text[start : trigger.start]))[-6:]
    known = vocab.lexicons["places"].find(text, start, trigger.start) + vocab.lexicons["people"].find(
        text, start, trigger.start
    )
    covered = [(h.start, h.end) for h in known]
    covered += [m.span() for m in vocab.role_regex.finditer(text, start, trigger.start)]  # titles name no party
    topic = rs.event_types[etype].topic
    # the topic's own terms, whatever their words: "the European Central Bank" is no European party
    covered += [m.span() for group in topic for m in _cue_regex(tuple(group)).finditer(text, start, trigger.start)]
    # a venue a clause names on the way, closed by its comma ("which began on Sunday at the Palacio
    # de Santa Cruz, followed meetings"); not one that runs on into the trigger's own phrase ("at
    # the IMF meetings", "took part in the G7 leaders' discussions")
    covered += [m.span() for m in _VENUE_PHRASE.finditer(text, start, trigger.start) if text.startswith(",", m.end())]
    for w in words:
        at = start + w.start()
        # A sentence's first word is capitalised anyway; it names a party only as an acronym or a
        # country ("NATO leaders are meeting", "Japanese officials held talks").
        # So is the first word after a list's bullet or a label's colon ("- May 10-11: First round in Geneva").
        opens = at == 0 or _SEGMENT_OPENS.search(text, max(0, at - 20), at) is not None
        first = opens and not (w.group().isupper() and len(w.group()) > 1) and not vocab.jurisdiction(w.group())
        bare = re.sub(r"['’]s$", "", w.group())  # "Tuesday's meeting" names a day, no party
        if first or any(a <= at < b for a, b in covered) or w.group() in _STOP_WORDS or bare in _STOP_WORDS:
            continue
        if not _in_topic(w.group().rstrip(".’'s"), topic) and not _in_topic(w.group(), topic):
            return True
    return False


# Where a segment of a sentence opens, its first word capitalised as a sentence's is: after a list's
# bullet or number, or a label's colon ("- May 10-11: First round in Geneva", "Update: Talks resume").
_SEGMENT_OPENS = re.compile(rf"(?:^\s*{LIST_MARK}|[:;])\s+$")


# "at the Palacio de Santa Cruz", "in Lancaster House": a place by its preposition, in capitals
_VENUE_PHRASE = re.compile(
    r"\b(?:at|in|inside|outside|near)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:(?:de|del|della|du|la|le|of|the)\s+)?[A-Z][\w.’'-]*)*"
)
_PARTIES_BEFORE = re.compile(r"((?:[A-Z][\w.]*[-‐‑–—/])+[A-Z][\w.]*)(?:\s+[a-z-]+){0,3}\s*$")
_PARTIES_AFTER = re.compile(
    r"^\s+(?:with|between)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:\s+and\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?"
)


# The object of an event verb, up to where its venue or time begins: "met their Chinese counterparts in London".
_OBJECT = re.compile(r"\s+((?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)(?=\s+(?:in|at|on|for|to|during|over|this|last)\b|[,.;]|$)")
_NEAR_WINDOW = 120  # characters before a trigger its parties stand in: a bounded window keeps a long sentence linear


def _parties(text: str, trigger: Hit, limit: int) -> list[str]:
    """Who a trigger says meets: "EU-China talks", "talks with Japan", "negotiations between A and B"."""
    out: list[str] = []
    before = _PARTIES_BEFORE.search(text[max(0, trigger.start - _NEAR_WINDOW) : trigger.start])
    if before:
        out += [p for p in re.split(r"[-‐‑–—/]", before.group(1)) if p]
    after = _PARTIES_AFTER.match(text[trigger.end : limit])
    if after:
        out += [g for g in after.groups() if g]
    return out


def _about_another_country(text: str, topic: list[list[str]], vocab: Vocabulary, rs: RuleSet) -> bool:
    """ "The fifth round of talks concluded in Washington; a US team visits New Delhi next": a sentence
    that misses a topic group and names a country outside the topic (not as a venue) is about that
    country's talks, however much the article speaks of the topic elsewhere. A country word that
    describes a venue ("in the Omani capital Muscat") names no party."""
    if not topic or _names_topic(text, topic, vocab, rs):  # by its words or its officials ("He Lifeng")
        return False
    places = vocab.lexicons["places"].find(text)
    kinds = re.compile(rf"\s+(?:{_place_kinds(tuple(rs.event_cues.place_nouns))})(?:\s+of|,)?\s+", re.IGNORECASE)
    for hit in vocab.lexicons["jurisdictions"].find(text):
        if any(p.start <= hit.start < p.end for p in places):
            continue
        # a venue's own words: "in the Omani capital Muscat", "the Swiss city of Geneva"
        if (k := kinds.match(text, hit.end)) and any(p.start == k.end() for p in places):
            continue
        if not _in_topic(hit.surface, topic) and not _in_topic(re.sub(r"['’]s$", "", hit.surface), topic):
            return True
    # a place someone travels to ("a US team is expected to visit New Delhi") stands for its country
    for place in places:
        if len(place.ids) != 1 or not _VISITED.search(text, max(0, place.start - 30), place.start):
            continue
        if not any(_in_topic(name, topic) for name in _place_names(place.ids[0], rs)):
            return True
    return False


_VISITED = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|(?:travel(?:s|ed|led|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _place_names(place_id: str, rs: RuleSet) -> list[str]:
    """The names of a place and of every place it lies within: New Delhi, India."""
    names: list[str] = []
    seen: set[str] = set()
    current: str | None = place_id
    while current is not None and current in rs.places and current not in seen:
        seen.add(current)
        names.append(rs.places[current].name)
        current = rs.places[current].within
    return names


def _in_topic(party: str, topic: list[list[str]]) -> bool:
    """A party named with a trigger must be one the event type is about ("EU-China talks" are not US-China talks)."""
    if not topic:
        return True
    return any(_cue_regex(tuple(group)).search(party) for group in topic)


def _events(
    trigger: Hit,
    limit: int,
    etype: str,
    sentence: Sentence,
    mentions: list[TimeMention],
    vocab: Vocabulary,
    rs: RuleSet,
    verb: bool,
    here: str | None,
) -> list[_Event]:
    text = sentence.text
    end = _subject_after(text, trigger.end, _clause_end(text, trigger.end, limit), vocab)
    ordinal = None if verb else _ordinal(text[: trigger.start], rs)  # "first met in 2017" numbers no round
    head = _HEAD_OF.search(text, max(0, trigger.start - _NEAR_WINDOW), trigger.start)
    if ordinal is None and not verb and head and vocab.lexicons["event_triggers"].lookup(head[1]):
        ordinal = _ordinal(text[: head.end(1)], rs)  # "the first round of U.S.-China talks"
    if _OF_ERA.match(text, trigger.end):
        ordinal = None  # "the first talks of the year": first within the year, not of the series
    gap = _GAP_AFTER.match(text, trigger.end, end)
    if gap:  # "the first meeting in five years": a gap, so no ordinal, and a "since ..." date is the gap's
        ordinal = None
        if gap.group().endswith("since"):
            end = gap.end()
    lo, hi = clause_bounds(text, trigger.start, {m.start - sentence.start for m in mentions})
    venues = [v for v in _venues(text, trigger, end, vocab, rs, verb) if lo <= v.start < hi]
    if not venues and not verb:  # "his first summit, which was held in his hometown, The Hague"
        venues = _venues_in_relative(text, trigger, limit, vocab, rs)
    if not venues and here is not None and (at := re.search(r"\bhere\b", text[trigger.end : min(end, hi)])):
        # "sworn in here on Friday" under an "Ottawa:" dateline: the dateline's place
        venues = [Hit(trigger.end + at.start(), trigger.end + at.end(), (here,), "here")]
    first = max(lo, min([trigger.start] + [v.start for v in venues]))
    # a time that opens the next trigger's noun phrase is that trigger's: "the October 2024 Lower House
    # elections and the July 2025 Upper House elections"
    local = [
        m
        for m in mentions
        if first <= m.start - sentence.start < min(end, hi) and not _opens_phrase(text, m, sentence.start, limit)
    ]
    events: list[_Event] = []
    used: set[int] = set()
    own = _time_before_trigger(text, trigger, mentions, sentence.start)  # "a 2018 summit", "Wednesday's meeting"
    if own is None:  # "the talks in Madrid, which began on Sunday,"
        own = _time_in_relative(text, trigger, mentions, sentence.start, rs)
    if own is None and verb:  # "negotiators on Sunday met in Kuala Lumpur", "On Sunday, they met ..."
        decided = _decided(tuple(rs.event_types[etype].enacted_by))
        own = _time_before_verb(text, trigger, mentions, sentence.start, lo, decided)
    if own is None and not verb:  # "The Fed on Wednesday announced a long-awaited rate cut"
        own = _time_before_performer(text, trigger, mentions, sentence.start, lo, tuple(rs.event_cues.performed))
    if own is None:  # "the last election in 2019", "Japan's rate rise last week, ... on Friday"
        own = _time_after_trigger(text, trigger, local, sentence.start, verb)
    for venue in venues:
        time = _time_next_to(venue, local, sentence.start, used, text)
        if time is None and len(venues) == 1:
            time = own
        if time is None and len(venues) == 1 and len(local) == 1 and not _after_place(text, local[0], sentence.start):
            time = local[0]
        if time is None and len(venues) == 1:
            time = _time_before_object(text, trigger, mentions, sentence.start, lo)
        if time is not None:
            used.add(time.start)
        # "talks in Geneva in May", then "London in June" for the rest of a list; an ordinal numbers
        # one event, the first: "The fourth round, held in Madrid ..., followed sessions in Geneva in
        # May" does not make Geneva a fourth round
        start = trigger.start if not events and trigger.start < venue.start else venue.start
        events.append(_Event(etype, venue.ids[0], ordinal if not events else None, time, start, venue.end))
    if not venues:
        # a time alone says which event is meant when precise, or when an ordinal names the round
        times = [m for m in local if m.bound in ("at", "before", "until") and (_precise(m.span) or ordinal is not None)]
        if own is not None:  # "the 2021 presidential election": the time in its own noun phrase names the event
            times = [own]
        if len(times) == 1:
            t = times[0]
            lo_t, hi_t = t.start - sentence.start, t.end - sentence.start  # "on Wednesday raised": before it
            events.append(_Event(etype, None, ordinal, t, min(trigger.start, lo_t), max(trigger.end, hi_t)))
        elif ordinal is not None:
            events.append(_Event(etype, None, ordinal, None, trigger.start, trigger.end))
    return events


# Modifiers between a time and its trigger, none a preposition: "the May 2024 talks", not "Monday's
# announcement of new talks" (the time is the announcement's).
_BEFORE_TRIGGER = re.compile(
    r"^(?:['’]s)?\s+(?:(?!(?:of|for|on|in|at|to|about|with|from|by|after|before)\s)[\w-]+\s+){0,3}$", re.IGNORECASE
)
_DETERMINER_END = re.compile(r"(?:^|\b(?:a|an|the|this|last|next|its|their|his|her|that)\s+)$", re.IGNORECASE)


# Between a trigger and a time that modifies it: "the election in 2019", "the rise last week".
_AFTER_TRIGGER = re.compile(r"\s+(?:(?:in|on|of)\s+)?")
# A time after it coordinated with another: "meetings in November and December" is a list, not one.
_LISTED_AFTER = re.compile(r"\s*(?:,|\band\b|\bor\b)")
# A determiner before the trigger's modifiers, none a count: "the last election", not "four more cuts".
_SINGLE_EVENT = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her)\s+"
    r"(?:(?!(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|more|several|many|some|few|all)\s)"
    r"[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _time_after_trigger(
    text: str, trigger: Hit, mentions: list[TimeMention], offset: int, verb: bool
) -> TimeMention | None:
    """A time right after the trigger modifies it, whatever else its phrase holds: "the Bank's rate
    rise last week, ..., and jobs figures on Friday" (last week), "the meeting in March, four months
    ago" (March). A year or a season is precise enough for one event a determiner singles out ("the
    last election in 2019"), not for a verb or a bare plural ("met in 2019", "cuts in 2025"). Not
    the first time of a list: "meetings in November and December"."""
    for m in mentions:
        s, e = m.start - offset, m.end - offset
        if m.bound != "at" or s < trigger.end or not _AFTER_TRIGGER.fullmatch(text, trigger.end, s):
            continue
        listed = [n for n in mentions if n is not m and 0 <= n.start - offset - e <= 6 and _LISTED_AFTER.match(text, e)]
        if any(not n.span.overlaps(m.span) for n in listed):  # "in March, four months ago" is one time
            return None
        if _precise(m.span) or (not verb and _SINGLE_EVENT.search(text, max(0, trigger.start - 60), trigger.start)):
            return m
        return None
    return None


def _time_in_relative(
    text: str, trigger: Hit, mentions: list[TimeMention], offset: int, rs: RuleSet
) -> TimeMention | None:
    """The time of a relative clause right after the trigger's phrase whose verb is the event's own
    (`event_cues.happened`): "the talks in Madrid, which began on Sunday, ...", "the meeting, which
    took place in May"."""
    m = _relative_happened(tuple(rs.event_cues.happened)).match(text, trigger.end)
    if m is None:
        # past a relative clause of another verb, the main clause's own: "The talks in Geneva, which
        # followed a call in January, ended on Sunday" (January stays the call's)
        m = _after_relative(tuple(rs.event_cues.happened)).match(text, trigger.end)
    if m is None:
        return None
    end = _RELATIVE_END.search(text, m.end())
    limit = end.start() if end else len(text)
    for mention in mentions:
        if m.end() <= mention.start - offset < limit and mention.bound == "at":
            return mention
    return None


_RELATIVE_CLAUSE_END = re.compile(r"[;:.!?—()]|,\s+(?:and|but|while|as|after|before|where|when)\b")


def _venues_in_relative(text: str, trigger: Hit, limit: int, vocab: Vocabulary, rs: RuleSet) -> list[Hit]:
    """The venues of a relative clause right after the trigger's phrase whose verb is the event's own
    (`event_cues.happened`): "the summit, which was held in The Hague", "the talks, which took place
    in Rome on Friday"; not those of another verb's ("the talks, which followed a summit in Rome"),
    nor those past the next trigger (`limit`: "which began on Sunday, followed meetings in Geneva")."""
    m = _relative_happened(tuple(rs.event_cues.happened)).match(text, trigger.end)
    if m is None:
        return []
    stop = _RELATIVE_CLAUSE_END.search(text, m.end(), limit)
    end = _subject_after(text, m.end(), stop.start() if stop else limit, vocab)
    preps = "|".join(re.escape(p) for p in rs.event_cues.venue_prepositions) or r"(?!x)x"
    kinds = _place_kinds(tuple(rs.event_cues.place_nouns))
    found = _after_preposition(text, vocab.lexicons["places"].find(text, m.end(), end), preps, [], vocab, kinds)
    return _innermost(found, rs)


@functools.lru_cache(maxsize=8)
def _decided(verbs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The verbs whose infinitive is the event, between a time and the trigger, or before a time."""
    if not verbs:
        return None
    alt = "|".join(alias_pattern(v) for v in sorted(verbs, key=len, reverse=True))
    return (
        re.compile(rf"\s*,?\s*(?:{alt})\s+to\s+", re.IGNORECASE),
        re.compile(rf"\b(?:{alt})\s+(?:(?:on|in|at)\s+)?$", re.IGNORECASE),
    )


@functools.lru_cache(maxsize=8)
def _relative_happened(verbs: tuple[str, ...]) -> re.Pattern[str]:
    words = phrase_regex(verbs).pattern if verbs else "(?!x)x"
    # the trigger's phrase up to the comma holds no break and no verb: "in Madrid", "of talks in Madrid"
    return re.compile(
        rf"[^,;:.!?—()]{{0,60}}?,\s*(?:which|that)\s+(?:(?:had|has|have|was|were|finally|only)\s+)?(?:{words})",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=8)
def _after_relative(verbs: tuple[str, ...]) -> re.Pattern[str]:
    words = phrase_regex(verbs).pattern if verbs else "(?!x)x"
    return re.compile(
        rf"[^,;:.!?—()]{{0,60}}?,\s*(?:which|that)\s+[^,;:!?—()]{{1,160}}?,\s*"
        rf"(?:(?:had|has|have|was|were|finally|only)\s+)?(?:{words})",
        re.IGNORECASE,
    )


_RELATIVE_END = re.compile(r"[,;:.!?—()]")


def _opens_phrase(text: str, mention: TimeMention, offset: int, limit: int) -> bool:
    """Whether a time stands in the noun phrase of the trigger at `limit` (the next one)."""
    s, e = mention.start - offset, mention.end - offset
    if limit >= len(text) or e > limit or not _BEFORE_TRIGGER.match(text[e:limit]):
        return False
    return text[e : e + 1] in "'’" or bool(_DETERMINER_END.search(text[max(0, s - 40) : s]))


def _time_before_trigger(text: str, trigger: Hit, mentions: list[TimeMention], offset: int) -> TimeMention | None:
    """A time inside the trigger's noun phrase: "a 2018 summit in Quebec", "the October 2024 elections",
    "Wednesday's policy meeting"."""
    for m in mentions:
        s, e = m.start - offset, m.end - offset
        in_phrase = e <= trigger.start and m.bound == "at" and _BEFORE_TRIGGER.match(text[e : trigger.start])
        if in_phrase and (text[e : e + 1] in "'’" or _DETERMINER_END.search(text[max(0, s - 40) : s])):
            return m
    return None


_SUBJECT_TIME_GAP = re.compile(r"\s*,?\s*")


def _after_decision(before: str, between: str, decided: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """A time next to a verb of decision whose infinitive is the trigger: before the verb ("on
    Wednesday decided to raise") or between it and its infinitive ("decided on Wednesday to raise")."""
    gap, ends_with = decided
    return bool(gap.fullmatch(between)) or (bool(_TO.fullmatch(between)) and bool(ends_with.search(before)))


_TO = re.compile(r"\s+to\s+")


_REPORTED_BETWEEN = re.compile(rf"\b(?:{REPORTING})\b", re.IGNORECASE)


def _time_before_verb(
    text: str,
    trigger: Hit,
    mentions: list[TimeMention],
    offset: int,
    lo: int,
    decided: tuple[re.Pattern[str], re.Pattern[str]] | None = None,
) -> TimeMention | None:
    """The time of a verb's own clause that stands before it: between its subject and it ("U.S. and
    Chinese negotiators on Sunday met in Kuala Lumpur"), or leading the sentence ("On Sunday, the
    negotiators met in Kuala Lumpur") when no reporting verb comes between ("On Sunday, officials said
    they met ..." dates the saying). Only precise times: a day, not "in 2025". With `decided` (the
    verbs whose infinitive is the event) also "the bank on Wednesday decided to raise rates" and
    "the bank decided on Wednesday to raise rates"."""
    for m in reversed(mentions):
        s, e = m.start - offset, m.end - offset
        if e > trigger.start or s < lo or m.bound != "at" or not _precise(m.span):
            continue
        between = text[e : trigger.start]
        if _SUBJECT_TIME_GAP.fullmatch(between) and text[:s].strip():
            return m
        if text[:s].strip() and decided is not None and _after_decision(text[:s], between, decided):
            return m
        if text[:s].strip(" ,\"“”'").lower() in LEADING_WORDS and not _REPORTED_BETWEEN.search(between):
            return m
    return None


@functools.lru_cache(maxsize=8)
def _performed(verbs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after a subject's time: "on Wednesday announced a long-awaited"; after a leading time: "On
    Wednesday, the bank announced a")."""
    words = phrase_regex(verbs).pattern if verbs else "(?!x)x"
    obj = r"(?:a|an|the|its|their|his|her)\s+(?:(?!(?:to|for|of|that|on|in)\b)[\w'’-]+\s+){0,3}"
    return (
        re.compile(rf"\s*,?\s*(?:{words})\s+{obj}", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:[^,;:.!?\d]{{1,60}}?\s+)?(?:{words})\s+{obj}", re.IGNORECASE),
    )


def _time_before_performer(
    text: str, trigger: Hit, mentions: list[TimeMention], offset: int, lo: int, verbs: tuple[str, ...]
) -> TimeMention | None:
    """The time of a verb that performs a trigger noun's event, standing before the verb: between its
    subject and it ("The Fed on Wednesday announced a long-awaited rate cut"), or leading the
    sentence ("On Wednesday, the bank delivered a half-point cut"). The verbs are
    `event_cues.performed`; a time after the trigger is read as usual."""
    if not verbs:
        return None
    after_subject, after_lead = _performed(verbs)
    for m in reversed(mentions):
        s, e = m.start - offset, m.end - offset
        if e > trigger.start or s < lo or m.bound != "at" or not _precise(m.span):
            continue
        lead = text[:s].strip(" ,\"“”'").lower()
        if lead and lead not in LEADING_WORDS and after_subject.fullmatch(text, e, trigger.start):
            return m
        # not after a saying: "On Monday, officials said the bank announced a cut"
        reported = _REPORTED_BETWEEN.search(text, e, trigger.start)
        if lead in LEADING_WORDS and after_lead.fullmatch(text, e, trigger.start) and not reported:
            return m
    return None


_BEFORE_OBJECT = re.compile(r"^\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_REPORTED = re.compile(rf"\b(?:{REPORTING})\s+(?:on\s+)?$", re.IGNORECASE)


def _time_before_object(
    text: str, trigger: Hit, mentions: list[TimeMention], offset: int, lo: int
) -> TimeMention | None:
    """A time between a verb and the trigger it governs: "negotiators closed on Friday a fifth round of
    talks in Rome". Not after a reporting verb: in "officials said on Tuesday the talks ..." Tuesday
    dates the saying."""
    for m in mentions:
        s, e = m.start - offset, m.end - offset
        governs = s >= lo and e <= trigger.start and m.bound == "at" and _precise(m.span)
        if governs and _BEFORE_OBJECT.match(text[e : trigger.start]) and not _REPORTED.search(text[lo:s]):
            return m
    return None


def _after_place(text: str, mention: TimeMention, offset: int) -> bool:
    """A time written right after a place names that place's event: "a repeat of Helsinki 2018"."""
    return bool(re.search(r"[A-Z][\w.’'-]*\s+$", text[: mention.start - offset])) and not re.search(
        r"(?:^|\s)(?:On|In|At|By|Since|Until|Before|After)\s+$", text[: mention.start - offset]
    )


def _subject_after(text: str, start: int, end: int, vocab: Vocabulary) -> int:
    """Where another subject takes over the trigger's phrase: "after the elections, Labour leader Keir
    Starmer arrived at the Palace on Friday" (a comma, then a capitalised word that is not a place
    continuing a list of venues: "in Geneva in May, London in June")."""
    for m in re.finditer(r",\s+(?:the\s+)?(?=[A-Z])", text[start:end]):
        if vocab.lexicons["places"].match(text, start + m.end()) is None:
            return start + m.start()
    return end


def _precise(span: TimeSpan) -> bool:
    """A time alone says which event is meant only when it is a month or finer ("in recent years" is not)."""
    return span.days is not None and span.days <= _MAX_PLACELESS_DAYS


def _clause_end(text: str, start: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, start, limit)
    return m.start() if m else limit


def _ordinal(before: str, rs: RuleSet) -> int | None:
    """ "the fourth round", "a fifth high-level round": an ordinal among the two words before the trigger.
    After a possessive it numbers someone's own events, not the series: "his first NATO summit",
    "Rutte's first summit"."""
    words = before.split()
    for i in range(len(words) - 1, max(-1, len(words) - 3), -1):
        n = rs.event_cues.ordinals.get(words[i].lower())
        if n is not None:
            owner = words[i - 1] if i else ""
            if owner.lower() in _POSSESSIVES or re.search(r"['’]s?$", owner):
                return None
            return n
    return None


# A trigger heading an "of" phrase that holds this one: "round of U.S.-China " before "talks".
_HEAD_OF = re.compile(r"([\w-]+)\s+of\s+(?:[\w.’'-]+\s+){0,2}$")
_POSSESSIVES = frozenset("his her their its my our your whose".split())


def _venues(text: str, trigger: Hit, end: int, vocab: Vocabulary, rs: RuleSet, verb: bool) -> list[Hit]:
    places = vocab.lexicons["places"]
    preps = "|".join(re.escape(p) for p in rs.event_cues.venue_prepositions) or r"(?!x)x"
    out: list[Hit] = []
    head = text[: trigger.start].rstrip()
    adjacent = [h for h in places.find(text, 0, len(head)) if h.end == len(head)]
    if (
        adjacent
        and not verb
        and not re.search(r"(?:[-‐‑–—/]|\band|,|\b[A-Z][\w.]*\s+of)\s*(?:the\s+)?$", text[: adjacent[-1].start])
    ):
        # "the Madrid round", not "US-China talks" or "China and the U.S. talks" (parties), nor the
        # subject of a verb ("the U.S. held talks"), nor part of a name ("the Bank of Japan meeting")
        out.append(adjacent[-1])
    # Venues after the trigger; when there are none, those earlier in its clause ("met in
    # Stockholm on July 28-29 for a third round").
    kinds = _place_kinds(tuple(rs.event_cues.place_nouns))
    found = _after_preposition(text, places.find(text, trigger.end, end), preps, out, vocab, kinds)
    if out and found and not any(f.ids[0] in enclosing(out[0].ids[0], rs) for f in found):
        # a venue after the trigger says where: the place before it was a party ("U.S. talks were
        # held in Geneva"), unless the later one encloses it ("the Geneva talks in Switzerland")
        out = []
    if not found and not out:
        start = _clause_start(text, trigger.start)
        found = _after_preposition(text, places.find(text, start, trigger.start), preps, out, vocab, kinds)
        # a venue after a trigger of another type is that event's: "The talks in Madrid on Sept. 14-15
        # followed a phone call on Sept. 19" puts no call in Madrid ("met in Stockholm ... for a third
        # round" is one event, read by the verb and the noun)
        others = [
            t
            for t in vocab.lexicons["event_triggers"].find(text, start, trigger.start)
            if not set(t.ids) & set(trigger.ids)
        ]
        found = [h for h in found if not any(t.end <= h.start for t in others)]
    if not found and not out and not verb:
        found = _travelled_to(text, trigger, places.find(text, _clause_start(text, trigger.start), trigger.start))
    return _innermost(out + found, rs)


# "travelled to Scotland for talks", "flew to Geneva to attend the summit", "arrived in Rome for a meeting"
_TRAVEL_TO = re.compile(
    r"\b(?:travel(?:s|ed|led|ing|ling)?|fl(?:y|ies|ew|ying)|went|go(?:es|ing)?|head(?:s|ed|ing)?|"
    r"arriv(?:e|es|ed|ing)|return(?:s|ed|ing)?)\s+(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FOR_EVENT = re.compile(
    r"\s+(?:for|to\s+attend|to\s+join)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)


def _travelled_to(text: str, trigger: Hit, places: list[Hit]) -> list[Hit]:
    """Where someone travels for the event is its venue: "von der Leyen travelled to Scotland for talks
    with Trump", "leaders flew to Geneva to attend the summit"."""
    if not places:
        return []
    place = places[-1]
    if _TRAVEL_TO.search(text, max(0, place.start - 30), place.start) and _FOR_EVENT.fullmatch(
        text, place.end, trigger.start
    ):
        return [place]
    return []


@functools.lru_cache(maxsize=8)
def _place_kinds(nouns: tuple[str, ...]) -> str:
    """`event_cues.place_nouns` as an alternation, built once per rule set rather than per trigger."""
    return "|".join(alias_pattern(k) for k in sorted(nouns, key=len, reverse=True)) or r"(?!x)x"


def _innermost(venues: list[Hit], rs: RuleSet) -> list[Hit]:
    """Nested places are one venue: "Busan, South Korea", "Turnberry golf resort in Scotland" keep
    Busan and Turnberry; a venue's country never becomes a second event."""
    inner = [{v.ids[0], *enclosing(v.ids[0], rs)[1:]} for v in venues]
    return [
        v
        for i, v in enumerate(venues)
        if not any(j != i and v.ids[0] in inner[j] and venues[j].ids[0] != v.ids[0] for j in range(len(venues)))
    ]


# A place followed by a verb is a new clause's subject, not the next venue of a list.
# A place followed by its verb is a clause's subject, not a list's next venue: "the talks were in
# Italy, Oman was mediator", "After the Geneva talks, Washington cut its tariff" (any lowercase word
# that no list item goes on with: not a preposition, a conjunction or a time word)
_CLAUSE_SUBJECT = re.compile(
    r"\s+(?!(?:in|on|at|and|or|for|from|during|between|to|with|as|where|which|that|last|this|next|"
    r"earlier|later|then|over|through|until|by|before|after|of)\b)[a-z][a-z’'-]*\b"
)


def _after_preposition(
    text: str, hits: list[Hit], preps: str, earlier: list[Hit], vocab: Vocabulary, kinds: str = r"(?!x)x"
) -> list[Hit]:
    out: list[Hit] = []
    for hit in hits:
        lead = text[max(0, hit.start - 120) : hit.start]  # a bounded window keeps a long list linear
        if re.match(r"['’]s\b", text[hit.end :]) or vocab.role_regex.match(text, hit.end + 1):
            continue  # an adjective, not a venue: "in the U.S. president's motorcade", "in Japan's economy"
        if re.search(
            rf"(?<![\w])(?:{preps})\s+(?:the\s+|(?:his|her|their|its|(?-i:[A-Z])[\w.-]*['’]s)\s+)?"
            rf"(?:(?:(?-i:[A-Z])[\w.-]*\s+){{0,2}}(?:{kinds})(?:\s+of|,)?\s+)?$",  # "in the Swiss city of Geneva"
            lead,
            re.I,
        ) or (
            (out or earlier)
            and re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", lead)
            and not _CLAUSE_SUBJECT.match(text, hit.end)  # "the talks were in Italy, Oman was mediator"
        ):
            out.append(hit)
    return out


def _clause_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _time_next_to(
    venue: Hit, mentions: list[TimeMention], offset: int, used: set[int], text: str
) -> TimeMention | None:
    """The time expression right after a venue ("Geneva in May"), else right before it; never a
    "since ..." (that dates something else: "the first meeting since Trump took office on Jan. 20"),
    nor one that follows another name ("Geneva, a repeat of Helsinki 2018")."""
    mentions = [m for m in mentions if m.bound == "at"]
    after = [
        m
        for m in mentions
        if m.start not in used
        and 0 <= m.start - offset - venue.end <= _NEAR
        and (m.start - offset - venue.end <= 2 or not _after_place(text, m, offset))
    ]
    if after:
        return min(after, key=lambda m: m.start)
    before = [m for m in mentions if m.start not in used and 0 <= venue.start - (m.end - offset) <= 6]
    return max(before, key=lambda m: m.start) if before else None


def _claim(
    view: ArticleView, sentence: Sentence, event: _Event, cue: bool, rs: RuleSet, hedge: str | None = None
) -> Claim:
    published = view.article.published
    if event.time is not None:
        mention = event.time
        if cue and published.is_known:  # "agreed to hold another round in Oman on April 26": ahead
            mention = mention.model_copy(update={"span": ahead_of(mention, published)})
        span = _span(mention, published)
        time = SentenceTime(span, "sentence")
    else:
        # no time of its own: a time leading the sentence, else none, whatever the publication date;
        # "On Monday, officials said the two sides met in Geneva": Monday dates the saying
        lead = view.claim_time(sentence)
        reported = _REPORTED_BETWEEN.search(sentence.text, 0, event.start) is not None
        time = lead if lead.source == "sentence" and not reported else SentenceTime(TimeSpan.unknown(), "none")
    after_publication = time.span.start is not None and published.end is not None and time.span.start > published.end
    status = Status.PLANNED if cue or after_publication else Status.CURRENT
    etype = rs.event_types[event.type]
    labels = {"event_type": etype.name}
    if event.place is not None:
        labels["place"] = rs.places[event.place].name
    if event.ordinal is not None:
        labels["ordinal"] = _ordinal_label(event.ordinal)
    end = max(event.end, (event.time.end - sentence.start) if event.time else event.end)
    return view.claim(
        KIND,
        sentence,
        sentence.start + event.start,
        sentence.start + end,
        key={"event_type": event.type},
        value={"place": event.place, "ordinal": event.ordinal},
        labels=labels,
        qualifiers=Qualifiers(status=status, uncertain=hedge is not None, cue=hedge),
        time=time,
    )


def _span(mention: TimeMention, published: TimeSpan) -> TimeSpan:
    """ "before November 10" becomes the days from publication to November 9."""
    span = mention.span
    if mention.bound in ("before", "until") and span.start is not None and span.end is not None:
        end = span.start - dt.timedelta(days=1) if span.days == 1 else span.end
        start = published.start if published.start is not None and published.start <= end else None
        return TimeSpan(start=start, end=end, precision=span.precision)
    if mention.bound in ("since", "after"):
        return TimeSpan(start=span.start, end=published.end, precision=span.precision)
    return span


def _ordinal_label(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
