"""What every extractor needs about an article: its sentences, their times, and claim assembly."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal, TypeVar, cast

from factcheck.extract.clauses import reported_words, times_of_own_after
from factcheck.models import Article, Claim, Evidence, Qualifiers, Scalar, TimeSpan
from factcheck.text import Sentence, split_sentences
from factcheck.timeexpr import TimeMention, find_times, masthead

T = TypeVar("T")

# A time expression governs its sentence when nothing but one of these stands before it:
# "In March 2024, ...", "On Monday ...", "Last year, ...".
LEADING_WORDS = frozenset({"", "in", "on", "during", "at", "as of", "back in", "earlier in", "later in", "by"})

TimeSource = Literal["sentence", "published", "sentence+published", "none"]


_MONTH_NAMES = "|".join(m for m in calendar.month_name if m)
_MONTH = rf"(?:{_MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
# A wire dateline opening the sentence, the place in capitals: with its dash ("KUALA LUMPUR - ",
# "BEIJING, Oct 26 (Wire) — ", "GENEVA: "), or flattened, the parentheses and dash lost ("TOKYO,
# July 31 Reuters The Bank of Japan raised rates": a month and day, perhaps the agency's one word).
# A live blog's time stamp opens its entries the same way ("10:42 a.m. ET - Bessent says ...",
# "14:05 GMT: ..."). Its words are no part of the sentence: no party to an event, no owner of a figure.
DATELINE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:[A-Z]{1,3}T|UTC))?\s*[-—–|:]\s+(?=[A-Z\"“])"
    rf"|[A-Z][A-Z.'’ -]{{1,40}},\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?\s+(?:\(?[A-Z][\w.&]*\)?\s+)?(?=[A-Z])"
    rf"|(?=[A-Z.'’ ]*[A-Z]{{4}})[A-Z][A-Z.'’ ]{{1,40}}(?:,\s*[A-Z][A-Za-z.'’ ]{{1,30}}?)?"
    rf"(?:,\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*(?:\([^)]{{1,40}}\)\s*)?(?:[-—–]|:)\s+(?=[A-Z\"“])"
)


# A list item's mark: a bullet or a number ("- ", "• ", "3. ")
LIST_MARK = r"(?:[-*•–—]|\d{1,2}[.)])"
_BULLET = re.compile(rf"^\s*{LIST_MARK}\s+")


@dataclass(frozen=True)
class SentenceTime:
    span: TimeSpan
    source: TimeSource  # "sentence", "published", "sentence+published" or "none"


_QUOTE = re.compile(r"“[^”]*(?:”|$)|^[^“]*”|(?<!\w)\"[^\"]*(?:\"|$)")


_CALENDAR = re.compile(
    r"\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)


def _deictic(m: TimeMention) -> bool:
    """A time that depends on the day it is said: "today", "on Sunday", "last week", not "May 23"."""
    return m.relative and not _CALENDAR.search(m.text)


def quote_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Article offsets of quoted speech in a sentence, a quote left open or closed at either end included.
    An odd number of straight quotes means the sentence opens inside a quote: '...on Sunday," he said.'"""
    text, shift = sentence.text, 0
    spans: list[tuple[int, int]] = []
    if "“" not in text and "”" not in text and text.count('"') % 2 == 1:
        shift = text.index('"') + 1
        spans.append((0, shift))
        text = text[shift:]
    spans += [(shift + m.start(), shift + m.end()) for m in _QUOTE.finditer(text)]
    return [(sentence.start + a, sentence.start + b) for a, b in spans]


class ArticleView:
    """An article prepared for extraction; computed once, read by every extractor."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._times: dict[int, list[TimeMention]] = {}
        self._once: dict[str, Any] = {}

    def once(self, name: str, compute: Callable[[], T]) -> T:
        """A result of the article that several extractors read (its tariff claims: the deadlines
        they name), computed the first time one asks."""
        if name not in self._once:
            self._once[name] = compute()
        return cast(T, self._once[name])

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.article.text)

    @cached_property
    def masthead(self) -> list[tuple[int, int]]:
        """Datelines, bylines and date lines at the top: they date the article, never what it reports."""
        return masthead(self.article.text)[1]

    def times(self, sentence: Sentence) -> list[TimeMention]:
        """The sentence's time expressions, found once however many extractors ask; none from the masthead."""
        if sentence.start not in self._times:
            found = find_times(sentence.text, self.article.published, offset=sentence.start)
            if sentence.start < (self.masthead[-1][1] if self.masthead else 0):
                found = [m for m in found if not any(a <= m.start < b for a, b in self.masthead)]
            if found and (quoted := quote_spans(sentence)):
                # "Today, in Rome, ..." in quoted speech is the day it was said, not the day printed;
                # a calendar date ("this Friday, May 23") reads the same from either day
                found = [m for m in found if not (_deictic(m) and any(a <= m.start < b for a, b in quoted))]
            self._times[sentence.start] = found
        return self._times[sentence.start]

    def claim_time(self, sentence: Sentence, speaker: tuple[int, int] | None = None) -> SentenceTime:
        """The time a claim in this sentence is about.

        A leading time expression governs the sentence. Otherwise the claim is about the publication
        date, widened to cover other times the sentence names: "President Biden signed the law in
        2022" may describe 2022, so the claim only says the office was held at some day between.
        A claim about a speaker (`speaker`: the [start, end) of the mention, sentence offsets) is not
        widened by the times of what they are reported to say (clauses.reported_words), nor by those
        of a comparison or concession after its clause (clauses.times_of_own_after).
        """
        mentions = [m for m in self.times(sentence) if m.span.is_known]
        if speaker is not None and mentions:
            spans = [(m.start - sentence.start, m.end - sentence.start) for m in mentions]
            reported = reported_words(sentence.text, *speaker, spans)
            if (own := times_of_own_after(sentence.text, speaker[0])) is not None:
                reported.append((own, len(sentence.text)))  # "..., as she had since May 2024"
            mentions = [
                m for m, (s, _) in zip(mentions, spans, strict=True) if not any(a <= s < b for a, b in reported)
            ]
        if mentions:
            first = mentions[0]
            # a list's bullet opens no clause: "- July 28-29: Third round in Stockholm" is led by its date
            lead = _BULLET.sub("", sentence.text[: first.start - sentence.start]).strip(" ,\"“”'").lower()
            possessive = sentence.text[first.end - sentence.start :].startswith(("'s", "’s"))
            if lead in LEADING_WORDS and first.bound == "at" and not possessive:  # not "Monday's announcement"
                return SentenceTime(first.span, "sentence")
        published = self.article.published
        if not published.is_known:
            return SentenceTime(TimeSpan.unknown(), "none")
        span = published
        for m in mentions:
            if m.bound == "at":
                span = span.hull(m.span)
        return SentenceTime(span, "published" if span == published else "sentence+published")

    def evidence(self, sentence: Sentence, start: int, end: int) -> Evidence:
        line, column = self.article.position(start)
        return Evidence(
            article=self.article.id,
            path=self.article.path,
            line=line,
            column=column,
            start=start,
            end=end,
            sentence=" ".join(sentence.text.split()),
            url=self.article.url,
        )

    def claim(
        self,
        kind: str,
        sentence: Sentence,
        start: int,
        end: int,
        *,
        key: dict[str, Scalar],
        value: dict[str, Scalar],
        labels: dict[str, str],
        qualifiers: Qualifiers,
        unresolved: tuple[str, ...] = (),
        time: SentenceTime | None = None,
    ) -> Claim:
        t = time or self.claim_time(sentence)
        if kind != "quote" and not qualifiers.uncertain and in_quotation(sentence.text, start - sentence.start):
            # "'Treasury Secretary Janet Yellen was right about China,' Bessent said": the speaker's
            # words, faithfully quoted; a conflict on them is one severity lower
            qualifiers = qualifiers.model_copy(update={"uncertain": True})
        return Claim(
            kind=kind,
            key=key,
            value=value,
            labels=labels,
            time=t.span,
            time_source=t.source,
            qualifiers=qualifiers,
            unresolved=unresolved,
            surface=" ".join(self.article.text[start:end].split()),
            evidence=self.evidence(sentence, start, end),
        )


_OPENERS, _CLOSERS = "“«", "”»"


def in_quotation(text: str, at: int) -> bool:
    """Whether offset `at` of a sentence stands inside a direct quotation: after an opening mark not
    yet closed, before a closing mark with no opening one (a quote begun in the sentence before:
    "... a good deal,” Trump said"), or after an odd number of straight double quotes."""
    before = text[:at]
    opened = max(before.rfind(c) for c in _OPENERS)
    closed = max(before.rfind(c) for c in _CLOSERS)
    if opened > closed:
        return True
    if opened < 0 and closed < 0:
        after = text[at:]
        nxt_close = min((i for i in (after.find(c) for c in _CLOSERS) if i >= 0), default=-1)
        nxt_open = min((i for i in (after.find(c) for c in _OPENERS) if i >= 0), default=-1)
        if nxt_close >= 0 and (nxt_open < 0 or nxt_close < nxt_open):
            return True
    return before.count('"') % 2 == 1
