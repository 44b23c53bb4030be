"""deadline claims: something expires, takes effect or is due on a day.

Forms read (subjects and cue words come from rules/vocab: `deadlines:` and `deadline_cues:`):
- a cue, then the day: "the pause expires on July 9", "pushes the deadline to 12:01 a.m. on Aug. 1",
  "the truce runs until Nov. 10", "tariffs take effect Friday", "a deal is due by Aug. 1"; a rate
  rising on a day is the start of the subject that rate names: "a 10% tariff set to rise to 25% on
  August 1" (the rise cues are `takes_effect` cues);
- the day, then the cue noun: "the July 9 deadline", "ahead of the Aug. 1 deadline";
- a dated noun moved to the day: "pushing back the implementation date for the tariffs to Aug. 1",
  "delayed the start date until June 4" (the noun, an `after_day` cue, says what happens); a thing
  put off to the day with no deadline noun takes effect then: "the tariffs were delayed until April"
  (`put_off` verbs); a dated noun set for the day says what happens then: "the implementation of
  the duties, originally set for July 9" takes effect then, "the deadline was set for July 9" expires
  (`scheduled` verbs; the word of a "<word> date" noun counts: "implementation"; "talks set for
  July 9", with no dated noun, are no deadline); a day set "originally", "initially" or
  "previously" was given up, as a replaced one (`former`);
- a day restating the time before it takes that time's cue, and stands for it: "will be applicable
  after 21 days from today, which will be August 27" is August 27 alone;
- a count of days or weeks after a thing the article dates before the phrase by one day only: "with
  effect from 21 days after the date of the latest order", where "Trump signed the order on
  Wednesday" (the noun, then its day in its clause; or "Wednesday's order"), is 21 days after that
  Wednesday; a thing dated by two different days, or by none, gives no day;
- a timeline's entry, the day opening its line (after a bullet, if any), then a colon or dash, and a
  bare noun phrase and a cue ending it: "- Nov. 10: Extended truce expires" (not "Talks on the
  truce end": a phrase of a preposition is another thing's);
- "before November 10" is that day with `before: true` (the day itself is the limit);
- the day a change starts from is a replaced deadline ("from July 9 to Aug. 1": July 9 is `former`
  and not compared).
The subject is the `deadlines` alias named before the day in its clause, else the one nearest it
(a subject a phrase of addition puts after the day has it too: "the tariffs on Canada went
into effect March 4, along with doubled duties on Chinese goods to 20%"; an alias may hold a
rate, "the additional 25% duty", or quotes, 'the "reciprocal" tariffs', or a list of countries
standing for some of its items: "the tariffs against Canada, China and Mexico" names the "tariffs
against Canada and Mexico"; a subject's `tariff`
sides name it by a tariff claim of a side and rate in the sentence: "18% tariffs on US farm
goods, effective March 3"; a side with no rate and no goods by a tariff noun of that side with no
rate in its clause too: "Beijing retaliated with tariffs on U.S. farm exports, set to take effect
March 10"), else the one of the sentence
before in the paragraph ("... the 90-day pause. The deadline is July 9."), or every one its
paragraph so far or the paragraph right before named, for a sentence opening with a distributive
plural of a tariff noun ("All of the tariffs were scheduled to start at midnight Tuesday"), else, for a sentence
with a deadline noun ("delaying the July 9 deadline to August 1"), the one subject the whole
article names, if it names only one (by an alias; by a rate of its side where it names none by an
alias). A bare cue ("will take effect on August 27") takes the one subject the article has named so
far (so counted: a subject named only later is nothing to point back to), where the sentence names
no country that may be another measure's actor or side (any but an imposer of the subject's own
`tariff` sides: "... would take effect on June 4 ... to American steel workers" for a US tariff), and
a definite phrase points back to it ("the new tariffs", "each", "all
duties", "The move, which takes effect ...", "The implementation of the duties, originally set for
July 9"; not "a new levy", not "It"). "Takes effect immediately" is the day of
publication (not negated, not past: "took effect immediately" followed some other day's order).
A weekday in an article whose publication spans two days ("Tuesday", published Monday or Tuesday)
is the later of the two it may be. A time near midnight ("12:01 a.m. on Aug. 1", "11:59 p.m. on
July 31") spans both days it may be written as, so the two forms agree; "midnight on July 31", which
may open or close the day, spans the days either side. "12:01 a.m." keeps the day it names
(`stated`) for the reference, whose days are written so ("until 12:01 a.m. on November 10" is
November 10). A month or part of one counts with month precision ("due by next month", "runs until
early August"); the checks compare only days (a month holds every day in it), and a season, a
quarter, a span of months or the rest of the month from publication ("later this month": only "not
yet") is no deadline's time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator

from factcheck.extract import tariff
from factcheck.extract.clauses import REPORTING
from factcheck.extract.context import LIST_MARK, ArticleView, SentenceTime
from factcheck.extract.event import fits_topic
from factcheck.extract.numbers import clause, find_quantities
from factcheck.models import Claim, Precision, Qualifiers, Status, TimeSpan
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import DeadlineSubject
from factcheck.text import Sentence, blanked
from factcheck.timeexpr import NUMBER_WORDS, TimeMention, ahead_of, find_times
from factcheck.vocab import Hit, Vocabulary, phrase_regex, vocabulary

KIND = "deadline"
FIELDS = frozenset(
    {"subject", "event", "date", "before", "published", "stated"}
)  # key and value fields: what rules may name

NEAR_AHEAD_DAYS = 30  # a yearless deadline this soon after publication is the coming one
MAX_CUE_WORDS = 6  # words between a cue and its day: "expires at 12:01 a.m. on"
_WORDS = re.compile(r"[\w'’.:-]+")
_EARLY = re.compile(r"(?:\b12:0[01]\s*a\.?\s?m\.?|\b12\s*a\.?\s?m\.?)\s*(?:\w+\s+)?(?:on\s+)?$", re.I)
_MIDNIGHT = re.compile(r"\bmidnight\s*(?:\w+\s+)?(?:on\s+)?$", re.IGNORECASE)
_MIDNIGHT_AFTER = re.compile(r"^\s*,?\s*(?:at\s+)?midnight", re.IGNORECASE)
_JUST_AFTER_MIDNIGHT = re.compile(r"\b12:01\s*a\.?\s?m\.?\s*(?:\w+\s+)?(?:on\s+)?$", re.IGNORECASE)
_LATE = re.compile(r"\b11:59\s*p\.?\s?m\.?\s*(?:\w+\s+)?(?:on\s+)?$", re.IGNORECASE)
_EARLY_AFTER = re.compile(r"^\s*,?\s*(?:at\s+)?12:0[01]\s*a\.?\s?m\.?", re.IGNORECASE)
_RANGE = re.compile(r"^(?P<a>.+?)\s+(?:to|until|through)\s+(?P<b>.+)$", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
# A verb in the past before the day: the deadline has passed ("the pause expired on Wednesday").
_PAST = re.compile(r"\b(?:expired|ended|lapsed|took|went|came|kicked|passed|was|were|had)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
# A deadline moved to a day: that day is the new deadline, whatever the tense of the move.
_MOVED_TO = re.compile(
    r"\b(?:extend|extended|extends|extending|extension|push|pushes|pushed|pushing|postpone|postpones|postponed|"
    r"postponing|delay|delays|delayed|delaying|move|moves|moved|moving)\b[^.;]{0,80}?\b(?:to|until|till)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "extended the truce to Nov. 10": the day a thing extended now ends ("delayed to" may be a start).
_EXTENDED_TO = re.compile(
    r"\b(?:extend|extended|extends|extending|extension)\b[^.;]{0,80}?\b(?:to|until|till)\s+(?:on\s+)?$", re.I
)
# A capitalised name right before a word, not opening the sentence: "the Gaza truce", "Israel-Hamas truce".
_NAMED_BEFORE = re.compile(
    r"(?<=[a-z,;] )((?!(?:The|A|An|This|That|Its|Their|His|Her)\b)[A-Z][\w'’.]*(?:[-–][A-Z][\w'’.]*)*)\s+$"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# "the president followed through Monday with his plan": "through" is the verb's particle, not a deadline's cue
_PHRASAL = re.compile(
    r"\b(?:follow(?:ed|s|ing)?|go(?:es|ing)?|went|gone|push(?:ed|es|ing)?|get|got|come|came)\s+$", re.I
)
EVENTS = ("expires", "takes_effect", "due")


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    vocab = vocabulary(ruleset)
    cues = vocab.lexicons["deadline_cues"]
    nouns = phrase_regex(tuple(ruleset.deadline_cues.after_day.get("expires", ())))
    tariff_nouns = phrase_regex(tuple(ruleset.tariff_cues.nouns))
    previous: tuple[Hit, int] | None = None  # the last subject named, and where its sentence ended
    recent: list[Hit] = []  # the subjects of the last paragraph naming any, and where its last one ended
    recent_end = 0
    # "the truce" is the US-China tariff truce only in an article about China: a subject's topic
    fitting = {sid for sid, subject in ruleset.deadlines.items() if fits_topic(view.article.text, subject.topic)}
    by_rate = _tariff_subjects(view, ruleset, fitting)
    named_first = _first_named(view, fitting, vocab, by_rate)
    only = _only_subject(named_first, len(view.article.text))
    for sentence in view.sentences:
        if sentence.heading:
            previous, recent = None, []
            continue
        text = sentence.text
        # the subjects its aliases name, and those a rate of their side names ("18% tariffs on US farm
        # goods"); a rate's side is the more precise where both name the same words ("18% reciprocal
        # tariffs on U.S. goods" is that rate, not a pause on reciprocal tariffs)
        rated = by_rate.get(sentence.start, [])
        named = _subjects(text, _alias_hits(_rates_blanked(text), vocab), fitting, vocab)
        named = [h for h in named if not any(r.start < h.end and h.start < r.end for r in rated)]
        subjects = sorted(named + rated, key=lambda h: h.start)
        carried = None
        # "All of the tariffs were scheduled to start at midnight Tuesday": every subject just named
        distributed = _distributed(view.article.text, sentence, recent, recent_end, vocab) if not subjects else []
        if distributed:
            carried = distributed[0]
        elif not subjects and previous is not None:
            same_paragraph = not _PARAGRAPH.search(view.article.text, previous[1], sentence.start)
            carried = previous[0] if same_paragraph else None
        loose = False  # the article's one subject stands in for a bare cue's: its clause must point back
        if not subjects and carried is None:
            # "delaying the July 9 deadline to August 1" in an article about one deadline; a bare
            # "takes effect" may be any measure's: it takes the one subject the article has named
            # so far, where the sentence names no country that may be another measure's actor
            # ("Beijing retaliated with tariffs set to take effect March 10"), and (below) where a
            # definite phrase points back to it ("the new tariffs take effect June 4")
            if only is not None and nouns.search(text):
                carried = only[0]
            elif (so_far := _only_subject(named_first, sentence.start)) is not None:
                carried, loose = so_far[0], True
        if subjects:
            previous = (subjects[-1], sentence.end)
            recent = (
                [*recent, *subjects] if _within_paragraph(view.article.text, recent_end, sentence.start) else subjects
            )
            recent_end = sentence.end
        if not subjects and carried is None:
            continue
        days = [d for m in view.times(sentence) if m.bound != "since" for d in _days(m, view.article.published)]
        days = _restated(
            sorted(
                days + _immediately(sentence, view.article.published) + _offsets(view, sentence),
                key=lambda d: d[0].start,
            ),
            sentence,
        )
        if not days:
            continue
        found = cues.find(text)
        for m, replaced, origin in days:
            s, e = m.start - sentence.start, m.end - sentence.start
            told = _day_first(text, s, e, ruleset)  # "On May 14, the truce took effect": as read, in the past
            event = _event(text, origin - sentence.start, e, found, ruleset) or (told if len(days) == 1 else None)
            if event is None or (event == "due" and not subjects and not _before_day(text, s, ruleset)):
                continue  # "Officials expect a decision by Friday": by when, but not the subject's day
            if loose:
                if carried and _other_actor(text, ruleset.deadlines[carried.ids[0]], vocab):
                    continue  # "Beijing retaliated with tariffs set to take effect March 10": another measure's
                lead = _before_in_clause(text, s)
                # not "A new steel levy takes effect on July 9" or "It now ends on July 9" (another's, or
                # unclear), nor "The government can shut down until Jan 20th" (a possibility)
                if not _points_back(lead) or _MODAL.search(lead):
                    continue
                if (
                    carried
                    and tariff_nouns.search(_last_phrase(lead))
                    and not _is_tariff(ruleset.deadlines[carried.ids[0]], tariff_nouns)
                ):
                    continue  # "delayed the reciprocal tariffs until Aug. 1": a tariff's day, not the truce's
            # "from July 9 to Aug. 1": July 9 is the deadline replaced
            # "originally set for July 9": a day given up, as a replaced one
            original = _ORIGINAL.search(text, clause(text, s)[0], s) is not None
            event_status = Status.FORMER if replaced or original else Status.CURRENT
            subject = _nearest(subjects, s, clause(text, s)[0]) if subjects else carried
            assert subject is not None
            for each in distributed or [subject]:
                yield _claim(
                    view, sentence, each, not subjects, event, m, (s, e), ruleset, event_status, told is not None
                )
            later = [d[0].start - sentence.start for d in days if d[0].start > m.start]
            for other in _along_with(text, e, subjects, subject, later):
                yield _claim(view, sentence, other, False, event, m, (s, e), ruleset, event_status, told is not None)


# "All of the tariffs", "both duties", "each of these levies": a plural pointing back to every one named
_DISTRIBUTIVE = re.compile(
    r"\s*(?:all\s+(?:of\s+)?(?:the|these|those)|both(?:\s+of)?(?:\s+(?:the|these|those))?|each\s+of\s+(?:the|these|those))"
    r"\s+",
    re.IGNORECASE,
)


def _within_paragraph(article: str, start: int, end: int) -> bool:
    return start > 0 and not _PARAGRAPH.search(article, start, end)


def _distributed(article: str, sentence: Sentence, recent: list[Hit], recent_end: int, vocab: Vocabulary) -> list[Hit]:
    """The subjects a sentence opening with a distributive plural of a tariff noun points back to
    ("All of the tariffs were scheduled to start at midnight Tuesday"): every one the paragraph
    before it, or its own paragraph so far, named (one each), when that paragraph comes right before."""
    ids = list(dict.fromkeys(h.ids for h in recent))
    det = _DISTRIBUTIVE.match(sentence.text)
    noun = vocab.lexicons["tariff_nouns"].find(sentence.text, det.end(), det.end() + 40) if det else []
    if det is None or not noun or not re.fullmatch(r"(?:[\w-]+\s+){0,2}", sentence.text[det.end() : noun[0].start]):
        return []  # "All of the tariffs", "both new duties"; not "all of the talks"
    gap = article[recent_end : sentence.start]
    breaks = list(_PARAGRAPH.finditer(gap))
    if len(breaks) > 1 or (breaks and gap[breaks[0].end() :].strip()):
        return []  # another paragraph stands between
    return [next(h for h in recent if h.ids == i) for i in ids]


# "went into effect March 4, along with doubling duties on Chinese goods": the day is the added one's too
_ALONG = re.compile(r"\s*,?\s*(?:along\s+with|alongside|together\s+with|as\s+well\s+as)\b[^,;:()]*$", re.IGNORECASE)


def _along_with(text: str, e: int, subjects: list[Hit], subject: Hit, later: list[int]) -> list[Hit]:
    """The other subjects a phrase of addition right after the day adds to its subject ("the
    tariffs on Canada went into effect March 4, along with the doubled duties on China"), unless
    a later day of the sentence stands in the added subject's clause ("along with a levy on China
    from March 10")."""
    out = []
    for h in subjects:
        if h.start < e or h.ids == subject.ids or not _ALONG.match(text[e : h.start]):
            continue
        lo, hi = clause(text, h.start)
        if not any(lo <= d < hi for d in later):
            out.append(h)
    return out


def _other_actor(text: str, subject: DeadlineSubject, vocab: Vocabulary) -> bool:
    """Whether the sentence names a country that may be another measure's actor or side: any
    country but an imposer of the subject's own `tariff` sides ("the tariffs would take effect on
    June 4 ... to American steel workers" for a US tariff; not "Beijing retaliated with tariffs set
    to take effect March 10", nor "officials in Ottawa said", for it)."""
    own = {side.imposer for side in subject.sides}
    return any(not own & set(h.ids) for h in vocab.lexicons["jurisdictions"].find(text))


# A possibility, not "would" (the future in the past: "he wrote that all duties would be payable").
_MODAL = re.compile(r"\b(?:can|could|might|(?-i:may))\b", re.IGNORECASE)


# "the new tariffs", "each", "all money": a phrase pointing back to what the article named; "a new
# levy" or "another duty" introduces something else.
_DEFINITE = re.compile(r"\b(?:the|these|those|each|all|both)\b", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an|another)\b", re.IGNORECASE)


_LAST_PHRASE = re.compile(r"(?:.*(?:[,;:]|\b(?:that|which|when|as)\b))?(?P<p>.*)", re.IGNORECASE | re.DOTALL)


def _is_tariff(subject: DeadlineSubject, tariff_nouns: re.Pattern[str]) -> bool:
    """Whether a subject is a tariff (which a phrase of tariff nouns may point back to), not a pause
    or a truce: it has a tariff side, or an alias headed by a tariff noun ("additional duties"; not
    "suspension of tariffs", "pause on tariffs")."""
    heads = (re.split(r"\s+(?:of|on|for|against)\s+", alias)[0].split()[-1:] for alias in subject.aliases)
    return bool(subject.sides) or any(tariff_nouns.fullmatch(h[0]) for h in heads if h)


def _last_phrase(before_day: str) -> str:
    """The words before a bare cue's day past its last comma or subordinator."""
    phrase = _LAST_PHRASE.fullmatch(before_day)
    return phrase["p"] if phrase else before_day


def _points_back(before_day: str) -> bool:
    """Whether the phrase before a bare cue's day, past its last comma or subordinator, is definite."""
    last = _last_phrase(before_day)
    return bool(_DEFINITE.search(last)) and not _INDEFINITE.search(last)


_RELATIVE = re.compile(r"\s*(?:which|that|who)\b", re.IGNORECASE)
# A day set first, then given up: "originally set for July 9", "had initially been scheduled for July 9"
# (not "the previously agreed deadline of July 9": agreed, still the day)
_ORIGINAL = re.compile(
    r"\b(?:originally|initially|previously)\s+(?:been\s+)?(?:set|scheduled|slated|planned|expected|due)\s+(?:[a-z]+\s+){0,4}$",
    re.IGNORECASE,
)
# An appositive participle after its noun: "The implementation of the duties, originally set for July 9"
_APPOSITIVE = re.compile(
    r",\s*(?:(?:originally|initially|previously|first|now)\s+)?(?:[a-z]+ed|set|due)\s+(?:for|on|to)\s+$", re.I
)


def _before_in_clause(text: str, s: int) -> str:
    """The words of the day's clause before it; for a relative clause, its antecedent's too: "The
    move, which comes into effect immediately" points back by "The move"."""
    lo = clause(text, s)[0]
    if appositive := _APPOSITIVE.search(text, lo, s):
        return text[lo : appositive.start()]  # "The move, originally set for July 9": by "The move"
    if not _RELATIVE.match(text, lo):
        return text[lo:s]
    j = lo
    while j > 0 and text[j - 1] in " ,":
        j -= 1
    return text[clause(text, max(0, j - 1))[0] : j]


def _tariff_subjects(view: ArticleView, ruleset: RuleSet, fitting: set[str]) -> dict[int, list[Hit]]:
    """Per sentence (by its start), the subjects named by a rate of their `tariff` side: each tariff
    claim of the sentence that fits exactly one such subject, at the claim's span; and, for sides
    with no rate and no goods, each tariff noun with no rate whose side fits exactly one, at the noun."""
    sided = [(sid, side) for sid, d in ruleset.deadlines.items() if sid in fitting for side in d.sides]
    if not sided:
        return {}
    starts = [s.start for s in view.sentences]
    out: dict[int, list[Hit]] = {}
    for claim in tariff.extract(view, ruleset):
        if claim.qualifiers.status is Status.FORMER:
            continue  # "from 25 percent to 35 percent": the rate replaced names no deadline
        lo, hi = claim.value.get("lo"), claim.value.get("hi")
        fits = {
            sid
            for sid, side in sided
            if side.imposer == claim.key["imposer"]
            and (side.target or "") == claim.key["target"]
            and (side.goods is None or side.goods == claim.key["goods"])
            and (side.rate is None or (isinstance(lo, float) and isinstance(hi, float) and lo <= side.rate <= hi))
        }
        if len(fits) != 1:
            continue
        at = starts[bisect.bisect_right(starts, claim.evidence.start) - 1]
        span = (claim.evidence.start - at, claim.evidence.end - at)
        sid = next(iter(fits))
        out.setdefault(at, []).append(Hit(span[0], span[1], (sid,), claim.evidence.sentence[span[0] : span[1]]))
    # a side with no rate is named by a tariff noun of that side with none ("Beijing retaliated with
    # tariffs on U.S. farm goods, set to take effect March 10")
    rateless = [(sid, side) for sid, side in sided if side.rate is None and side.goods is None]
    for noun in tariff.noun_sides(view, ruleset) if rateless else []:
        fits = {sid for sid, side in rateless if side.imposer == noun.imposer and (side.target or "") == noun.target}
        if len(fits) == 1:
            sid = next(iter(fits))
            text = view.article.text[noun.sentence_start :]
            out.setdefault(noun.sentence_start, []).append(
                Hit(noun.start, noun.end, (sid,), text[noun.start : noun.end])
            )
    for hits in out.values():
        hits.sort(key=lambda h: h.start)
    return out


def _rates_blanked(text: str) -> str:
    """The text with its percentages blanked out, offsets kept: "the additional 25% tariff" names the
    "additional tariff" (a separator in an alias spans the blank)."""
    return blanked(text, ((q.start, q.end) for q in find_quantities(text) if q.unit == "percent"))


def _first_named(
    view: ArticleView, fitting: set[str], vocab: Vocabulary, by_rate: dict[int, list[Hit]]
) -> tuple[list[tuple[Hit, int]], list[tuple[Hit, int]]]:
    """The subjects the article names by an alias, and those it names by a rate of their side, each
    once, in the order first named, with where the sentence first naming it starts."""
    found: dict[str, tuple[Hit, int]] = {}
    rated: dict[str, tuple[Hit, int]] = {}
    for sentence in view.sentences:
        for hit in _subjects(sentence.text, _alias_hits(sentence.text, vocab), fitting, vocab):
            found.setdefault(hit.ids[0], (hit, sentence.start))
        for hit in by_rate.get(sentence.start, []):
            rated.setdefault(hit.ids[0], (hit, sentence.start))
    return list(found.values()), list(rated.values())


def _only_subject(named: tuple[list[tuple[Hit, int]], list[tuple[Hit, int]]], until: int) -> tuple[Hit, int] | None:
    """The one subject the sentences starting before `until` name by an alias, if they name exactly
    one, else the one they name by a rate of its side, if they name none by an alias and one by a
    rate (`named` from `_first_named`): a deadline sentence that names none ("the July 9 deadline",
    "effective Wednesday, June 4") is about it. A rate is the weaker name ("the 25 percent duty"
    may be another measure's), so it stands in only where no alias is named."""
    found = [n for n in named[0] if n[1] < until] or [n for n in named[1] if n[1] < until]
    return found[0] if len(found) == 1 else None


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)", re.IGNORECASE)
_MAX_LISTED = 5  # countries in one list read item by item


def _alias_hits(text: str, vocab: Vocabulary) -> list[Hit]:
    """The `deadlines` aliases in the text, and those a list of countries names item by item: "the
    tariffs against Canada, China and Mexico" names the "tariffs against Canada and Mexico" (the
    list read with only some of its items, in any order, "A and B" or "A", at the whole list's span),
    one hit per subject so named."""
    lexicon = vocab.lexicons["deadlines"]
    hits = lexicon.find(text)
    for lo, hi, items in _country_lists(text, vocab):
        seen = {h.ids for h in hits}
        for n in range(len(items) - 1, 0, -1):
            for kept in itertools.permutations(items, n):
                variant = kept[0] if n == 1 else ", ".join(kept[:-1]) + " and " + kept[-1]
                shifted = text[:lo] + variant + text[hi:]
                for h in lexicon.find(shifted):
                    if h.ids in seen or not (h.start < lo + len(variant) and lo < h.end):
                        continue  # only a name the list stands in
                    start = min(h.start, lo)
                    end = h.end + (hi - lo - len(variant)) if h.end > lo + len(variant) else hi
                    hits.append(Hit(start, end, h.ids, text[start:end]))
                    seen.add(h.ids)
    return sorted(hits, key=lambda h: h.start)


def _country_lists(text: str, vocab: Vocabulary) -> list[tuple[int, int, list[str]]]:
    """Lists of three to `_MAX_LISTED` countries, "Canada, China and Mexico": their span and items."""
    found = vocab.lexicons["jurisdictions"].find(text)
    out: list[tuple[int, int, list[str]]] = []
    run: list[Hit] = []
    for h in [*found, None]:
        if h is not None and run and _LIST_SEP.fullmatch(text, run[-1].end, h.start):
            run.append(h)
            continue
        if 3 <= len(run) <= _MAX_LISTED and re.search(r"\b(?:and|or)\s+$", text[run[-2].end : run[-1].start]):
            out.append((run[0].start, run[-1].end, [r.surface for r in run]))
        run = [h] if h is not None else []
    return out


def _subjects(text: str, hits: list[Hit], fitting: set[str], vocab: Vocabulary) -> list[Hit]:
    """The names that stand for one subject whose topic fits the article ("the 90-day pause" is
    the reciprocal pause in an article not about China, even when the truce also goes by it). A
    common noun after a proper name the vocabulary does not know names another thing: "the Gaza
    truce", "the Israel-Hamas truce" are not the tariff truce."""
    out = []
    for hit in hits:
        ids = tuple(i for i in hit.ids if i in fitting)
        if len(ids) != 1:
            continue
        named = _NAMED_BEFORE.search(text, 0, hit.start)
        name = named.group(1) if named else ""
        owner = name.endswith(("'s", "’s"))  # "Trump's tariffs" are his, not another thing's
        if hit.surface[:1].islower() and name and not owner and not vocab.lexicons["jurisdictions"].find(name):
            continue
        out.append(Hit(hit.start, hit.end, ids, hit.surface))
    return out


# "after 21 days from today, which will be August 27": the day after it says what the time before means
_RESTATES = re.compile(r"^\s*(?:,|[—–-])\s*(?:which|that)\s+(?:will\s+be|would\s+be|is|falls\s+on)\s+$", re.I)


def _restated(days: list[tuple[TimeMention, bool, int]], sentence: Sentence) -> list[tuple[TimeMention, bool, int]]:
    """The days with each time a relative clause restates ("in three weeks, which is August 27")
    replaced by the day restating it, whose cue is looked for before the time restated."""
    out: list[tuple[TimeMention, bool, int]] = []
    for m, replaced, origin in days:
        if out and _RESTATES.match(sentence.text[out[-1][0].end - sentence.start : m.start - sentence.start]):
            out[-1] = (m, replaced, out[-1][2])
        else:
            out.append((m, replaced, origin))
    return out


_IMMEDIATELY = re.compile(r"\bimmediately\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\b|n[’']t\b", re.IGNORECASE)


def _immediately(sentence: Sentence, published: TimeSpan) -> list[tuple[TimeMention, bool, int]]:
    """ "comes into effect immediately": the day of publication, where it is a day and the clause is
    neither negated ("will not take effect immediately") nor past ("took effect immediately" after
    an order of another day)."""
    if not _precise(published):
        return []
    out = []
    for m in _IMMEDIATELY.finditer(sentence.text):
        lo = clause(sentence.text, m.start())[0]
        if _NEGATED.search(sentence.text, lo, m.start()) or _PAST.search(sentence.text, lo, m.start()):
            continue  # "took effect immediately" after an order of some other day
        at = sentence.start + m.start()
        mention = TimeMention(start=at, end=at + len(m[0]), text=m[0], span=published, relative=False)
        out.append((mention, False, at))
    return out


# "21 days after the date of the order", "two weeks after the signing of the deal": a count of days
# or weeks after a thing the article dates elsewhere
_OFFSET = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s+(?P<unit>days?|weeks?)\s+(?:after|following)\s+"
    r"(?:the\s+(?:date|day|signing|publication)\s+of\s+)?(?:the|this|that|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)"
    # the noun phrase ends at a break or a preposition; not at a verb: "after the deal is signed" is
    # a later event than "the deal struck on Monday"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:by|on|in|to|for|and|which|that)\b)",
    re.IGNORECASE,
)
_DATED_REACH = 40  # characters between a noun and the day it is dated by: "an order in this direction on Wednesday"


def _offsets(view: ArticleView, sentence: Sentence) -> list[tuple[TimeMention, bool, int]]:
    """ "with effect from 21 days after the date of the latest order": the day that many days (or
    weeks) after the day the article dates its noun by, where it dates that noun by one day only,
    before this phrase ("Trump signed the order on Wednesday": Wednesday; `_anchor`)."""
    out = []
    for m in _OFFSET.finditer(sentence.text):
        at = sentence.start + m.start()
        anchor = _anchor(view, m["noun"], at)
        if anchor is None or anchor.start is None or anchor.end is None:
            continue
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]
        step = dt.timedelta(days=n * (7 if m["unit"].lower().startswith("week") else 1))
        span = TimeSpan(start=anchor.start + step, end=anchor.end + step, precision=Precision.DAY)
        mention = TimeMention(start=at, end=sentence.start + m.end(), text=m[0], span=span, relative=False)
        out.append((mention, False, at))
    return out


def _anchor(view: ArticleView, noun: str, until: int) -> TimeSpan | None:
    """The one day the article dates a noun by before `until`: the noun, then in its clause within
    `_DATED_REACH` characters a day ("signed a nine-section order on Wednesday", "the order of July
    31"), or a day right before it ("Wednesday's order", "the July 31 order"). None where no day or
    several different ones date it."""
    # the noun in a noun phrase of its own: "signed a nine-section order", "Trump's order"; not "in order to"
    word = re.compile(
        rf"(?:\b(?:an?|the|this|that|its|his|her|their)\s+|['’]s\s+)(?:[\w-]+\s+){{0,2}}?(?P<w>{re.escape(noun)}s?)\b",
        re.IGNORECASE,
    )
    found: set[TimeSpan] = set()
    for sentence in view.sentences:
        if sentence.start >= until:
            break
        times = [t for t in view.times(sentence) if t.start < until and _precise(t.span)]
        text = sentence.text
        for named in word.finditer(text, 0, until - sentence.start):
            ws, we = named.span("w")
            for t in times:
                ts, te = t.start - sentence.start, t.end - sentence.start
                after = 0 <= ts - we <= _DATED_REACH and not re.search(r"[,;:.()—–]", text[we:ts])
                before = 0 <= ws - te <= 12 and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+)?", text[te:ws])
                if (after and clause(text, ts)[0] <= ws) or before:
                    found.add(t.span)
    return next(iter(found)) if len(found) == 1 else None


def _precise(span: TimeSpan) -> bool:
    return span.is_bounded and span.days is not None and span.days <= 2


def _dated(span: TimeSpan, published: TimeSpan) -> bool:
    """A day, or a month or part of one ("by August", "by next month", "by early August"): a
    deadline's time, which the checks compare only where it is a day (a month holds every day in it).
    Not the rest of a month from publication ("beginning later this month"): it says only "not yet"."""
    if _precise(span):
        return True
    if span.precision is not Precision.MONTH or span.start is None or span.end is None:
        return False
    if (
        span.start.day != 1
        and published.start is not None
        and published.start <= span.start <= (published.end or published.start)
    ):
        return False
    return (span.start.year, span.start.month) == (span.end.year, span.end.month)


def _days(m: TimeMention, published: TimeSpan) -> list[tuple[TimeMention, bool, int]]:
    """Day-precise mentions, with whether each is replaced and where its cue is looked for: a range
    "from July 9 to Aug. 1" is a deadline moved, its two ends read apart, with the range's one cue."""
    if _dated(m.span, published):
        return [(m, False, m.start)]
    if (coming := _coming_weekday(m, published)) is not None:
        return [(coming, False, m.start)]
    parts = _RANGE.match(m.text)
    if parts is None:
        return []
    out = []
    for name, replaced in (("a", True), ("b", False)):
        offset = m.start + parts.start(name)
        for found in find_times(parts[name], published, offset=offset):
            if _dated(found.span, published):
                out.append((found, replaced, m.start))
    return out


def _coming_weekday(m: TimeMention, published: TimeSpan) -> TimeMention | None:
    """ "Tuesday" in an article dated Monday or Tuesday spans both Tuesdays it may be (the week's
    before and this one): a deadline's is the later one, on or after the first publication day."""
    span = m.span
    if not m.relative or not _WEEKDAY.fullmatch(m.text.strip()) or span.start is None or span.end is None:
        return None
    if published.start is None or span.end < published.start or (span.end - span.start).days != 7:
        return None
    return m.model_copy(update={"span": TimeSpan(start=span.end, end=span.end, precision=Precision.DAY)})


def _ahead(text: str, s: int, m: TimeMention, published: TimeSpan) -> TimeSpan:
    """A deadline not yet past reads ahead: "the pause expires on Wednesday" is the coming one; so
    does a yearless day within NEAR_AHEAD_DAYS after publication, whatever the tense: "the deadline
    had at first been put at July 9" in an article of July 7 is this year's July 9, not last year's."""
    lo, _hi = clause(text, s)
    moved = _MOVED_TO.search(text, lo, s) is not None  # "was extended to Nov. 10": the new day is ahead
    if published.end is None or m.span.start is None or not m.relative:
        return m.span
    span = ahead_of(m, published)
    near = span.start is not None and 0 <= (span.start - published.end).days <= NEAR_AHEAD_DAYS
    if _PAST.search(text, lo, s) and not moved and not near:
        return m.span
    if (
        _WEEKDAY.fullmatch(m.text.strip())
        and span.start is not None
        and span.start < (published.start or published.end)
    ):
        week = dt.timedelta(days=7)
        span = TimeSpan(start=span.start + week, end=(span.end or span.start) + week, precision=span.precision)
    return span


def _event(text: str, s: int, e: int, cues: list[Hit], rs: RuleSet) -> str | None:
    """What happens on the day: the cue right before it in its clause, a deadline noun right after, or a
    verb moving the deadline to it."""
    if _before_day(text, s, rs):
        return "due"
    lo, _hi = clause(text, s)
    moved = _MOVED_TO.search(text, lo, s)
    if moved:
        # "pushing back the implementation date for the tariffs to Aug. 1", "delayed the start date
        # until June 4": the dated noun moved says what happens on the day
        for event, nouns in rs.deadline_cues.after_day.items():
            if phrase_regex(tuple(nouns)).search(text, moved.start(), s):
                return event
    if _put_off_to(text, lo, s, rs):
        return "takes_effect"  # "the tariffs were delayed until April"
    if (scheduled := _scheduled_for(text, lo, s, rs)) is not None:
        return scheduled  # "the implementation of the duties, originally set for July 9"
    before = [
        c for c in cues if lo <= c.start and c.end <= s and not _PHRASAL.search(text, max(0, c.start - 12), c.start)
    ]
    if before:
        cue = before[-1]
        gap = text[cue.end : s]
        bare = _CLOCK.sub(" ", gap)  # "at 12:01 a.m. on" holds no clause break
        kind: str | None = _kind(cue)
        # "due by" takes the day as its object: "by phone on Friday" says how, not by when
        if kind == "due" and bare.strip():
            kind = None
        if kind and len(_WORDS.findall(gap)) <= MAX_CUE_WORDS and not re.search(r"[;:()]|,\s*(?!\d)", bare):
            return kind
    for event, nouns in rs.deadline_cues.after_day.items():
        # "the July 9 deadline", "Aug. 1 tariff deadline"; not "July 7 extended the deadline": no verb between
        after = rf"^\s*(?:(?![a-z]+ed\b)[\w-]+\s+){{0,2}}?(?:{phrase_regex(tuple(nouns)).pattern})"
        if re.match(after, text[e:], re.IGNORECASE):
            return event  # "the June 5 deadline", "the Aug. 1 start date"
    if _EXTENDED_TO.search(text, lo, s):
        return "expires"  # "extended the truce to Nov. 10": the new end
    return None


_TO_DAY = re.compile(r"\b(?:to|until|till)\s+(?:on\s+)?$", re.IGNORECASE)


def _put_off_to(text: str, lo: int, s: int, rs: RuleSet) -> bool:
    """ "the tariffs were delayed until April", "postponed the duties to June 4": a `put_off` verb in
    the day's clause and "to" or "until" right before the day, with no deadline noun in the sentence
    before it ("the deadline was postponed to Aug. 1", "the July 9 deadline, which he delayed until
    Aug. 1": the deadline's day)."""
    verbs = rs.deadline_cues.put_off
    if not verbs or not _TO_DAY.search(text, lo, s):
        return False
    found = list(phrase_regex(tuple(verbs)).finditer(text, lo, s))
    if not found or s - found[-1].end() > 80 or re.search(r"[.;]", text[found[-1].end() : s]):
        return False
    nouns = [n for group in rs.deadline_cues.after_day.values() for n in group]
    return not (nouns and phrase_regex(tuple(nouns)).search(text, 0, s))


_SCHEDULE_REACH = 80  # characters between a dated noun and the verb setting it for the day
# A noun in a prepositional phrase is not what is set for the day: "talks about the implementation"
_IN_PHRASE = re.compile(
    r"\b(?:on|about|over|of|for|to|with|against|at|in|into|from|by)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)


def _scheduled_for(text: str, lo: int, s: int, rs: RuleSet) -> str | None:
    """ "the implementation of the duties, originally set for July 9", "the deadline was set for July 9":
    a `scheduled` verb right before the day (an adverb may stand before it), and the `after_day`
    noun nearest before the verb in the day's clause says what happens on the day, a "<word> date"
    noun by its word too ("the implementation of the duties" for "implementation date"), unless a
    preposition puts it in another noun's phrase ("talks about the implementation are set for July
    9"); no noun, no event ("talks set for July 9" are nobody's deadline)."""
    verbs = rs.deadline_cues.scheduled
    if not verbs:
        return None
    verb = re.search(rf"(?:{phrase_regex(tuple(verbs)).pattern})\s+$", text[lo:s], re.IGNORECASE)
    if verb is None:
        return None
    at = lo + verb.start()
    best: tuple[int, str] | None = None
    for event, nouns in rs.deadline_cues.after_day.items():
        heads = [n.removesuffix(" date") for n in nouns if n.endswith(" date")]
        for noun in phrase_regex((*nouns, *heads)).finditer(text, max(lo, at - _SCHEDULE_REACH), at):
            if _IN_PHRASE.search(text, max(lo, noun.start() - 40), noun.start()):
                continue  # "Talks about the implementation are set for July 9": the talks are
            if best is None or noun.start() > best[0]:
                best = (noun.start(), event)
    return best[1] if best else None


_OPENS = re.compile(r"\s*(?:on\s+)?$", re.IGNORECASE)  # the day opens the sentence: "On March 4, ..."
_REPORTED = re.compile(rf"\b(?:{REPORTING})\b", re.IGNORECASE)
# A subordinate clause between the day and the verb is another time's: "On April 9, hours after the
# tariffs took effect, ..." dates the main clause, not the taking effect.
_SUBORDINATE = re.compile(r"\b(?:after|before|since|until|when|while|as|once|following|because|if)\b", re.I)
# A day opening a line (after a bullet, if any), then a colon or dash: a timeline's entry.
_ENTRY_OPENS = re.compile(rf"\s*(?:{LIST_MARK}\s+)?")
_ENTRY_SEP = re.compile(r"\s*(?::|\s[-—–])\s+")
_ENTRY_SUBJECT = re.compile(
    r"\s*(?:(?!(?:of|on|over|for|about|with|in|at|by|from|to|between|into|against|after|before)\b)[\w'’-]+\s+){1,5}",
    re.IGNORECASE,
)
_DAY_FIRST_REACH = 100  # characters after the day its past verb may stand in


def _day_first(text: str, s: int, e: int, rs: RuleSet) -> str | None:
    """ "On March 4, the tariffs on Canada and Mexico took effect": a day opening the sentence, and a
    past verb of `deadline_cues.day_first` in the clause after it, with no reporting verb or
    subordinator between ("On March 4, officials said the tariffs took effect" reports; "On April 9,
    hours after the tariffs took effect, ..." dates another clause: neither is read)."""
    if _ENTRY_OPENS.fullmatch(text, 0, s) and (sep := _ENTRY_SEP.match(text, e)) is not None:
        # a timeline's entry, "- Nov. 10: Extended truce expires": a cue ending it says what the day is
        entry = re.sub(r"[\s.!]+$", "", text[sep.end() :])
        ending = {"expires": rs.deadline_cues.expires, "takes_effect": rs.deadline_cues.takes_effect}
        for event, words in ending.items():
            cue = re.search(rf"(?:{phrase_regex(tuple(words)).pattern})$", entry, re.I)
            # its subject a bare noun phrase: "Extended truce expires", not "Talks on the truce end"
            if cue is not None and _ENTRY_SUBJECT.fullmatch(entry[: cue.start()]):
                return event
        return None
    if not _OPENS.fullmatch(text, 0, s):
        return None
    rest = text[e : e + _DAY_FIRST_REACH]
    rest = rest[: m.start()] if (m := re.search(r"[.;:!?]|\s[-—–]\s", rest)) else rest
    for event, verbs in rs.deadline_cues.day_first.items():
        cue = phrase_regex(tuple(verbs)).search(rest)
        if (
            cue is not None
            and not _REPORTED.search(rest, 0, cue.start())
            and not _SUBORDINATE.search(rest, 0, cue.start())
        ):
            return event
    return None


def _before_day(text: str, s: int, rs: RuleSet) -> bool:
    """ "before June 1": a `before` cue right before the day."""
    return bool(
        re.search(rf"(?:{phrase_regex(tuple(rs.deadline_cues.before)).pattern})\s+$", text[max(0, s - 12) : s], re.I)
    )


def _kind(cue: Hit) -> str:
    return next((k for k in EVENTS if k in cue.ids), cue.ids[0])


def _nearest(subjects: list[Hit], at: int, clause_start: int) -> Hit:
    """The subject of the day's clause, named before it ("the tariffs on Canada went into effect
    March 4, along with a 20% rate on China": Canada's), else the nearest."""
    before = [h for h in subjects if clause_start <= h.start < at]
    if before:
        return min(before, key=lambda h: (abs(h.end - at), h.start))
    return min(subjects, key=lambda h: (abs(h.start - at), h.start))


def _claim(
    view: ArticleView,
    sentence: Sentence,
    subject: Hit,
    carried: bool,
    event: str,
    m: TimeMention,
    where: tuple[int, int],
    rs: RuleSet,
    status: Status,
    told: bool,
) -> Claim:
    """`told`: the day opens the sentence before a past verb (`_day_first`), so it is as read, never
    the coming one."""
    text = sentence.text
    s, e = where
    day = m.span if told else _ahead(text, s, m, view.article.published)
    span = _around_midnight(text, s, e, day)
    # "at 12:01 a.m. on Aug. 13" spans Aug. 12-13 to agree with "midnight on Aug. 12", but it names
    # one moment of the day written, as a reference's day does: that day is judged against it
    # ("midnight on Nov. 9" may be either end of the day: it keeps both)
    stated = day.label() if day.start == day.end and _JUST_AFTER_MIDNIGHT.search(text[max(0, s - 30) : s]) else None
    before_words = phrase_regex(tuple(rs.deadline_cues.before))
    replaced_words = phrase_regex(tuple(rs.deadline_cues.replaced))
    head = text[max(0, s - 12) : s]
    before = bool(re.search(rf"(?:{before_words.pattern})\s+$", head, re.IGNORECASE))
    replaced = bool(re.search(rf"(?:{replaced_words.pattern})\s+$", head, re.IGNORECASE))
    # "come into effect from Aug. 27", "starting from Aug. 7": the day it starts, nothing replaced
    starts = phrase_regex(tuple(rs.deadline_cues.takes_effect)).pattern
    if replaced and re.search(rf"(?:{starts})\s+(?:from\s+)?$", text[max(0, s - 40) : s], re.IGNORECASE):
        replaced = False
    if replaced:
        status = Status.FORMER
    sid = subject.ids[0]
    start, end = (s, e) if carried else (min(s, subject.start), max(e, subject.end))
    return view.claim(
        KIND,
        sentence,
        sentence.start + start,
        sentence.start + end,
        key={"subject": sid, "event": event},
        # the publication date, for judging against the deadline in force then
        value={
            "date": span.label(),
            "before": before,
            "published": view.article.published.label(),
            **({"stated": stated} if stated else {}),
        },
        labels={"subject": rs.deadlines[sid].name, "event": event.replace("_", " "), "date": span.label()},
        qualifiers=Qualifiers(status=status),
        time=SentenceTime(span, "sentence"),
    )


def _around_midnight(text: str, s: int, e: int, span: TimeSpan) -> TimeSpan:
    """ "12:01 a.m. on Aug. 1" and "11:59 p.m. on July 31" name one moment: span both days;
    "midnight on July 31" may be either end of it: span the days on both sides."""
    if span.start is None or span.end is None:
        return span
    one = dt.timedelta(days=1)
    before = text[max(0, s - 30) : s]
    if _MIDNIGHT.search(before) or _MIDNIGHT_AFTER.match(text[e:]):
        # "midnight on Nov. 9" may open or close the day: no day to be off by
        return TimeSpan(start=span.start - one, end=span.end + one, precision=span.precision)
    if _EARLY.search(before) or _EARLY_AFTER.match(text[e:]):
        return TimeSpan(start=span.start - one, end=span.end, precision=span.precision)
    if _LATE.search(before):
        return TimeSpan(start=span.start, end=span.end + one, precision=span.precision)
    return span
