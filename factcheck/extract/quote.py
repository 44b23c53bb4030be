"""quote claims: quoted speech and who said it.

Forms read:
- attribution after the quote: “...,” Bessent said. / "...," said Treasury Secretary Scott Bessent.
  / “...?” asked Bessent. / “...,” according to Bessent. / “...,” Bessent, the Treasury chief, said.
  / “...,” Jane Roe, CIO at Example Capital, said. / “...,” Jane Roe, Chief Economist, Example Bank,
  said (a capitalised title and its organisation: Roe speaks, not the bank). / “...,” said EU trade
  chief Jane Roe.
  / “...,” says Example Bureau of Statistics (EBS) head of research and analytics Jane Roe.
  A known surname after another first name is someone else: "said Ann Powell" is not Jerome Powell
  (a title or an honorific before it keeps the known person: "said Chair Powell", "Mr. Powell"); so
  too for the person a pronoun stands for ("Ann Powell expects ... “...,” she said").
- attribution before the quote: Bessent said, “...” / Bessent told reporters: "..." /
  According to Bessent, “...” / a lead-in sentence ending in a colon ("Bessent told reporters:");
  of two attributions before a quote, the nearer ("Xi said, while Modi confirmed: “...”": Modi's).
- pronouns: “...,” he said. / She added: “...”: the most recent sentence (the pronoun's own and
  the two before it) that names a person outside quotes, and of its people the first named, its
  subject ("Bessent met He Lifeng. “...,” he said": Bessent). A person the vocabulary does not know
  counts when named as a verb's subject ("Pete Hegseth outlined", or "Hegseth outlined" where the
  article names him in full; a lowercase aside may part them: "Hegseth, meanwhile, went"), so the
  "he" is not given to an earlier known person or an earlier speaker. A sentence whose
  subject is a person left unnamed ("The envoy added ...: “...,” he said", "A senior official said")
  is who the pronoun is: nobody named, no claim. Nobody named there: no claim.
- a one-word speaker not in the vocabulary ("Starmer said", "Sir Keir said") whom the article
  names in full once ("Keir Starmer") is that full name; with two full names fitting, as written.
- words the speaker repeats from someone else ("“...,” said Li, quoting Bessent", ", echoing
  Treasury Secretary Scott Bessent") are the one quoted's; quoted from someone the vocabulary does
  not know, the speaker stays, in doubt (a conflict on them is one severity lower).
- a quote split by its attribution (“A,” Bessent said. “B.”) gives two claims with one speaker; so
  does a quote running over paragraphs (an unclosed quote whose next paragraph reopens it).
Quotes are found on the article text by offsets, so one may span several sentences and lines, but
not a blank line. Curly (“ ”), straight (") and guillemet (« ») double quotes count; single quotes
do not (they cannot be told from apostrophes).

Not quotes: scare quotes and titles (“trade talks”, a “beautiful rebalancing”): fewer than
MIN_WORDS words, or no speech verb next to a name. Quotes in headings are skipped. A quote ending
in a period takes no attribution after it (“We are done.” Bessent said the next round...), since
news copy ends an attributed quote with a comma, "?" or "!".
"""

from __future__ import annotations

import bisect
import calendar
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.models import Claim, Qualifiers
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.vocab import Resolved, Vocabulary, vocabulary

KIND = "quote"
FIELDS = frozenset({"quote", "speaker"})  # key and value fields: what rules may name

# Quoted passages shorter than this are scare quotes, titles or coined terms ("trade talks"), not
# speech. The quote_attribution check has its own `min_words` (default the same) to raise it.
MIN_WORDS = 5

# Speech verbs are English grammar, not facts about the news domain, so they live here rather than
# in rules/ (whose schema has no section for them): past and present forms, plus "say" for
# "would say"/"will say". "according to" is handled apart, as it puts the name after "to".
SPEECH_VERBS = (
    "said says say told tells added adds noted notes stated states asked asks wrote writes "
    "explained explains argued argues insisted insists warned warns declared declares remarked remarks "
    "confirmed confirms stressed stresses emphasized emphasised emphasizes emphasises replied replies "
    "responded responds acknowledged acknowledges cautioned cautions"
).split()

# After an attribution, words saying the speaker repeats someone else's: ", quoting Bessent",
# ", echoing Treasury Secretary Scott Bessent" (English grammar, as the speech verbs are).
_SECONDHAND = re.compile(
    r"[^.;!?“”\"]{0,80}?,\s*(?:quoting|echoing|repeating|citing|paraphrasing)\s+"
    r"(?P<who>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4})",
    re.IGNORECASE,
)

# How far back a "he"/"she" looks for the person it stands for: sentences before the quote.
ANAPHORA_SENTENCES = 2
KEY_CHARS = 200  # the quote key is the first KEY_CHARS characters of the normalized quote
LABEL_CHARS = 160  # the quote label is trimmed to this many characters

_VERBS = "|".join(SPEECH_VERBS)
_SPEECH_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# Words that may stand between a name and its verb: "Bessent has said", "Bessent later told".
_AUX = r"(?:(?:has|had|have|would|will|also|later|then|again|once|[a-z]+ly)\s+){0,2}"
_PARTICLES = r"(?:de|del|della|der|di|da|du|van|von|bin|al|la|le|ten|ter)"
# A capitalised word, an initial or an abbreviation: Bessent, J., U.S., O’Brien, Sen.
_TOKEN = r"[A-Z](?:[\w’'\-]|\.(?=\w))*\.?"
_RUN = rf"{_TOKEN}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_TOKEN}){{0,7}}"
_PRONOUN = r"(?:[Hh]e|[Ss]he)\b(?!\s+[A-Z])"  # "He Lifeng" is a name, never the pronoun
# "Trump’s spokeswoman Karoline Leavitt": a possessive and a lowercase title before the name.
_POSSESSOR = rf"(?:{_TOKEN}['’]s\s+(?:[a-z][\w\-]*\s+){{1,3}})?"
# "former Treasury Secretary Janet Yellen said": lowercase words that may open a titled name.
_QUALIFIER = r"(?:(?:former|acting|outgoing|incoming|then-|ex-)\s*)?"
# "Bessent, the Treasury chief, said": a lowercase appositive between commas (or one opening on a
# possessive: "Li Chenggang, China's top trade negotiator, said"); or a title of an
# organisation, "Chris Roe, CIO at Northlight Asset Management, said" (capitalised, with at/of/for);
# or a capitalised title and its organisation as two appositives, "Chris Roe, Chief Economist,
# Northlight Group, said", "Chris Roe, Head of Research, Northlight, said" (the speaker is the name
# before them, not the organisation; a known person in the organisation's place is the speaker
# instead: "..., Local Government, Ann Roe, said" is Ann Roe's).
_APPOSITIVE = (
    r"(?:,\s+(?:[a-z][^,“”\"«»\n]{0,80}?|[A-Z][\w.\-]*['’]s\s+[a-z][^,“”\"«»\n]{0,70}?"
    r"|[A-Z][^,“”\"«»\n]{0,40}?\s(?:at|of|for|with)\s[^,“”\"«»\n]{1,60}?"
    r"|[A-Z][\w’'\-]*(?:[ \t]+(?:(?:of|for)[ \t]+)?[A-Z][\w’'\-]*){0,4},[ \t]+(?P<body>[A-Z][^,“”\"«»\n]{0,60}?)),)?"
)
_GAP = r"[ \t]*\n?[ \t]*"  # spacing that may hold one line break, never a blank line

_AFTER_NAME_FIRST = re.compile(
    rf"{_GAP},?{_GAP}{_QUALIFIER}{_POSSESSOR}(?P<name>{_PRONOUN}|{_RUN}){_APPOSITIVE}\s+{_AUX}(?:{_VERBS})\b"
)
# "said EU trade chief Valdis Dombrovskis": a capitalised modifier and a lowercase title before the name
_TITLE_STOP = (
    "on|in|at|the|a|an|to|for|of|and|or|that|with|from|by|after|before|during|about|this|last|next|who|which|when|"
    "while|as"
)
# The modifier may hold "of" ("Bureau of Statistics") and end in an acronym ("(ABS)"); the title may
# join its words by "of", "and" or "for" ("head of prices statistics", "chief of research and economics").
_TITLE_WORD = rf"(?!(?:{_TITLE_STOP})\b)[a-z][\w\-]*[ \t]+"
_MODIFIED_TITLE = (
    rf"(?:{_TOKEN}(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?{_TOKEN}){{0,4}}(?:[ \t]+\([A-Z][A-Za-z.&]{{1,9}}\))?[ \t]+"
    rf"{_TITLE_WORD}(?:(?:(?:of|and|for)[ \t]+)?{_TITLE_WORD}){{0,4}}(?=[A-Z]))?"
)
_AFTER_VERB_FIRST = re.compile(
    rf"{_GAP},?{_GAP}(?:{_AUX}(?:{_VERBS})|according\s+to)\s+"
    rf"(?:(?P<pron>{_PRONOUN})|{_QUALIFIER}{_POSSESSOR}{_MODIFIED_TITLE}(?P<name>{_RUN}))"
)
_BEFORE = re.compile(
    rf"(?<![\w’'.\-])(?P<name>{_PRONOUN}|{_RUN}){_APPOSITIVE},?\s+{_AUX}(?:{_VERBS})\b(?P<tail>[^“”\"«»\n!?]{{0,60}})$"
)
_BEFORE_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+{_POSSESSOR}(?P<name>{_RUN})\s*,\s*$")
# What may stand between the verb and a quote with no comma: "said on Tuesday in Madrid that".
_LEAD_IN = re.compile(
    r"(?:(?:on|in|at|during|after|before|to|with|from|by|last|this|late|early)\b[^,;]*?\s+)?(?:that)?"
)
# "Trump and Bessent said": a joint statement, skipped. "... and Bessent said" alone is not one.
_JOINT = re.compile(r"[A-Z][\w’'.\-]*,?\s+(?:and|&|or)\s+$")
_QUOTE_MARKS = re.compile(r"[“”\"«»]|\n[ \t]*\n")
_OPENING = "“«"

# Capitalised words that start a clause or name a date, never a speaker's name.
_NOT_NAME = frozenset(
    [m for m in calendar.month_name if m]
    + list(calendar.day_name)
    + """
        The A An And But Or In On At For With From By As After Before When While Then Now Still Yet
        So Later Earlier Meanwhile However Asked Speaking Today Yesterday Tomorrow
        """.split()
)
_NOT_SPEAKER = frozenset({"I", "We", "You", "They", "It", "This", "That", "These", "Those", "Officials"})
# A capitalised name of one to three words as the subject of a verb: "Pete Hegseth outlined"; a
# lowercase aside between commas may part them ("Hegseth, meanwhile, went", "Hegseth, for his part,
# took").
_SUBJECT_NAME = re.compile(
    r"\b(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2})(?:,[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,3}[a-z][\w’'-]*,)?"
    r"[ \t]+(?:[a-z]+ed|said|says|told|tells|spoke|speaks|"
    r"wrote|writes|added|adds|met|meets|went|goes|came|comes|took|takes|gave|gives|made|makes)\b"
)
# A sentence whose subject is a person left unnamed, a determiner and a lowercase noun before a verb:
# "The regional envoy added", "A senior diplomat said", "One official, speaking on condition of anonymity,
# told": a "he" or "she" after it is that person, not someone named earlier.
_UNNAMED_SUBJECT = re.compile(
    r"[\s\"“”'‘’(]*(?:The|A|An|One|Another)\s+(?:[\w’'.\-]+\s+){0,4}?(?P<head>[a-z][a-z\-]+)"
    rf"(?:,[^,“”\"«»\n]{{1,60}},)?\s+{_AUX}(?:{_VERBS})\b"
)
# A capitalised word right before or after a one-word name: "Keir" of "Keir Starmer".
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+$")
_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’-]+)\b")
_HONORIFICS = frozenset("mr mrs ms dr prof sen rep gov gen lt col sgt capt rev hon amb sir dame".split())
_APOSTROPHES = re.compile(r"['’‘`]")


def normalize(text: str) -> str:
    """The quote as a key: accents, case, apostrophes and punctuation folded away, KEY_CHARS long."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[\W_]+", " ", _APOSTROPHES.sub("", text))
    return " ".join(text.split())[:KEY_CHARS].strip()


@dataclass(frozen=True)
class _Quote:
    open: int  # offset of the opening mark
    end: int  # just past the closing mark; for an unclosed quote, the end of its text
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.end - 1 if self.closed else self.end


@dataclass(frozen=True)
class _Speaker:
    person: Resolved
    start: int  # the attribution's words ("Bessent said") in the article text
    end: int
    name_at: int  # where the name (or pronoun) stands
    form: str  # "after", "before", "carried"
    time: SentenceTime | None = None


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    reader = _Reader(view, ruleset)
    yield from reader.claims()


class _Reader:
    def __init__(self, view: ArticleView, ruleset: RuleSet) -> None:
        self.view = view
        self.text = view.article.text
        self.vocab: Vocabulary = vocabulary(ruleset)
        self.max_tokens = ruleset.matching.max_name_tokens
        self.sentences = view.sentences
        self.starts = [s.start for s in self.sentences]
        self.quotes = find_quotes(self.text)
        # honorifics and the words of every office title, folded: built when first needed
        self.title_words: frozenset[str] | None = None
        self.full_names: dict[str, Resolved | None] = {}  # a one-word speaker's full name in this article
        self.speakers: list[_Speaker | None] = []

    def claims(self) -> Iterator[Claim]:
        for i, q in enumerate(self.quotes):
            self.speakers.append(None if self._in_heading(q.open) else self._attribute(i, q))
        for i in range(len(self.quotes) - 2, -1, -1):  # a quote over paragraphs, attributed at its end
            p, q = self.quotes[i], self.quotes[i + 1]
            later = self.speakers[i + 1]
            if self.speakers[i] is None and later is not None and _continues(self.text, p, q):
                self.speakers[i] = _Speaker(
                    later.person, p.open, p.open, later.name_at, "carried", self._time_of(later)
                )
        for q, speaker in zip(self.quotes, self.speakers, strict=True):
            if speaker is None:
                continue
            inner_start, inner_end = q.inner
            written = self.text[inner_start:inner_end]
            key = normalize(written)
            if len(key.split()) < MIN_WORDS:
                continue
            yield self._claim(q, speaker, key, written)

    # --- attribution ---------------------------------------------------------------------------

    def _attribute(self, i: int, q: _Quote) -> _Speaker | None:
        return self._after(q) or self._before(i, q) or self._carried(i, q)

    def _after(self, q: _Quote) -> _Speaker | None:
        """“...,” Bessent said. / “...,” said Bessent. A quote ending in a period takes none."""
        if not q.closed:
            return None
        inner_start, inner_end = q.inner
        content = self.text[inner_start:inner_end].rstrip()
        ends_open = content[-1:] in tuple(",?!—–-…:;")
        if not ends_open and not re.match(r"[ \t]*,", self.text[q.end :]):
            return None
        m = _AFTER_NAME_FIRST.match(self.text, q.end)
        group = "name"
        if m is None:
            m = _AFTER_VERB_FIRST.match(self.text, q.end)
            if m is not None and m.group("pron"):
                group = "pron"
        if m is None:
            return None
        person = self._person(m.group(group), m.start(group))
        if person is None:
            return None
        return _Speaker(person, _skip_space(self.text, m.start()), m.end(), m.start(group), "after")

    def _before(self, i: int, q: _Quote) -> _Speaker | None:
        """Bessent said, “...” / According to Bessent, “...” / Bessent told reporters:\\n“...”"""
        k = self._sentence_index(q.open)
        lo = self.sentences[k].start if k >= 0 else 0
        previous = self.quotes[i - 1].end if i > 0 else 0
        lo = max(lo, previous)
        before = self.text[lo : q.open]
        if not before.strip() and k > 0 and self.sentences[k - 1].text.endswith(":"):
            lead = self.sentences[k - 1]  # "Bessent told reporters:" then the quote as a new sentence
            if previous <= lead.start:
                lo, before = lead.start, self.text[lead.start : lead.end]
        m = _BEFORE_ACCORDING.search(before)
        if m is None:
            m = _BEFORE.search(before)
            while m is not None and (
                _SPEECH_VERB.search(m.group("tail")) or self._person_as_body(m, lo)
            ):  # "X said, while Y confirmed: “...”": Y's; "..., Title, Ann Roe, said": Ann Roe's
                m = _BEFORE.search(before, m.start("body") if m.group("body") else m.start("tail"))
            if m is None:
                return None
            tail = m.group("tail").strip()
            if not (tail.endswith((",", ":")) or _LEAD_IN.fullmatch(tail)):
                return None  # "Bessent said the plan was “...”": a partial quote in reported speech
        if _JOINT.search(before[: m.start("name")]):
            return None
        name_at = lo + m.start("name")
        person = self._person(m.group("name"), name_at)
        if person is None:
            return None
        return _Speaker(person, lo + m.start(), lo + len(before.rstrip()), name_at, "before")

    def _person_as_body(self, m: re.Match[str], lo: int) -> bool:
        """Whether a "Name, Title, Organisation, said" match misreads a list of titles ending in the
        speaker: its "name" follows a lowercase word ("the Secretary for Housing, Local Government,
        Ann Roe, said": "Housing" is no speaker), or its organisation is a known person."""
        if not m.group("body"):
            return False
        if re.search(r"\b[a-z][\w’'\-]*[ \t]+$", self.text[lo : lo + m.start("name")]):
            return True
        at, end = lo + m.start("body"), lo + m.end("body")
        return any(hit.start == at for hit in self.vocab.lexicons["people"].find(self.text, at, end))

    def _carried(self, i: int, q: _Quote) -> _Speaker | None:
        """A quote with no attribution of its own continues the one before it: “A,” Bessent said. “B.”"""
        if i == 0 or self.speakers[i - 1] is None:
            return None
        p, speaker = self.quotes[i - 1], self.speakers[i - 1]
        assert speaker is not None
        if not p.closed:  # a quote running over paragraphs, reopened at the next one
            if not _continues(self.text, p, q):
                return None
            return _Speaker(speaker.person, q.open, q.open, speaker.name_at, "carried", self._time_of(speaker))
        if speaker.form == "after":  # only the attribution's tail may stand between: “A,” X said. “B.”
            gap = self.text[speaker.end : q.open]
            ok = re.fullmatch(r"[^.!?“”\"«»\n]{0,60}[.,:;]?[ \t]*", gap) is not None
        else:
            ok = re.fullmatch(r"[ \t]*", self.text[p.end : q.open]) is not None
        if not ok:
            return None
        return _Speaker(speaker.person, q.open, q.open, speaker.name_at, "carried", self._time_of(speaker))

    # --- names -----------------------------------------------------------------------------------

    def _person(self, raw: str, at: int) -> Resolved | None:
        if raw in ("he", "she", "He", "She"):
            return self._antecedent(at)
        person = _resolve_name(raw, self.vocab, self.max_tokens)
        return self._in_full(person) if person is not None and not person.known else person

    def _in_full(self, person: Resolved) -> Resolved:
        """An unknown speaker named by one word ("Starmer said", "Sir Keir said") whom the article
        names in full once ("Keir Starmer"): the full name, so that two articles shortening it
        differently name one speaker. Two full names fitting the word ("Lee Jae-myung", "Lee
        Hsien Loong") leave it as written."""
        word = person.label.strip()
        if " " in word or not word[:1].isupper():
            return person
        if word not in self.full_names:  # one scan of the article per word, however many quotes
            self.full_names[word] = self._full_name(word)
        found = self.full_names[word]
        return person if found is None else found

    def _full_name(self, word: str) -> Resolved | None:
        full: set[str] = set()
        for m in re.finditer(rf"\b{re.escape(word)}\b", self.text):
            before = _NAME_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            after = _NAME_AFTER.match(self.text, m.end())
            if before is not None and not self._not_a_name_word(before.group(1)):
                full.add(f"{before.group(1)} {word}")
            if after is not None and not self._not_a_name_word(after.group(1)):
                full.add(f"{word} {after.group(1)}")
        if len(full) != 1:
            return None
        found = self.vocab.people.resolve(full.pop())
        return found if found.known else Resolved(found.id, found.label, False)

    def _not_a_name_word(self, token: str) -> bool:
        """An honorific, a word of an office title ("Minister" of "Prime Minister Starmer"), or a
        capitalised word no name has ("The", "Monday")."""
        bare = token.rstrip(".")
        if bare.endswith(("'s", "’s")):
            return True  # "Britain's Starmer": an owner, not a first name
        if self.title_words is None:
            self.title_words = _HONORIFICS | {w for alias in self.vocab.role_entries for w in alias.split()}
        return bare in _NOT_NAME or bare in _NOT_SPEAKER or bare.lower() in self.title_words

    def _antecedent(self, pronoun_at: int) -> Resolved | None:
        """Who "he" or "she" is: the nearest sentence, within the pronoun's own sentence and the
        ANAPHORA_SENTENCES before it, that names a person outside quotes; of its people, the first
        named (the subject: "Bessent met He Lifeng. “...,” he said" is Bessent). People are known
        aliases and earlier speakers. Nobody there, or an alias of several people: None."""
        k = self._sentence_index(pronoun_at)
        counted = 0
        for j in range(k, -1, -1):
            s = self.sentences[j]
            lo, hi = s.start, min(s.end, pronoun_at)
            quoted = [q.inner for q in self.quotes if q.open < hi and q.end > lo]

            def outside(pos: int, quoted: list[tuple[int, int]] = quoted) -> bool:
                return not any(a <= pos < b for a, b in quoted)

            mentions: list[tuple[int, Resolved | None]] = []
            for hit in self.vocab.lexicons["people"].find(self.text, lo, hi):
                if outside(hit.start):
                    pid = hit.ids[0]
                    known = Resolved(pid, self.vocab.people.names[pid], True) if len(hit.ids) == 1 else None
                    first = _NAME_BEFORE.search(self.text, max(lo, hit.start - 40), hit.start)
                    if " " not in self.text[hit.start : hit.end] and first and _given_name(first.group(1), self.vocab):
                        # "Ann Powell expects ...": another first name before a known surname is someone else
                        other = self.vocab.people.resolve(f"{first.group(1)} {self.text[hit.start : hit.end]}")
                        mentions.append((first.start(1), other))
                        continue
                    mentions.append((hit.start, known))
            for sp in self.speakers:
                if sp is not None and sp.form != "carried" and lo <= sp.name_at < hi and outside(sp.name_at):
                    mentions.append((sp.name_at, sp.person))
            mentions += [(at, who) for at, who in self._unknown_subjects(lo, hi) if outside(at)]
            unnamed = _UNNAMED_SUBJECT.match(self.text, lo, hi)
            if unnamed is not None and not any(unnamed.start() <= at < unnamed.end() for at, _ in mentions):
                mentions.append((unnamed.start(), None))  # "The envoy added: “...,” he said": nobody named
            if mentions:
                return min(mentions, key=lambda m: m[0])[1]
            if j < k and any(ch.isalnum() and outside(lo + i) for i, ch in enumerate(self.text[lo:hi])):
                counted += 1
                if counted >= ANAPHORA_SENTENCES:
                    break
        return None

    def _unknown_subjects(self, lo: int, hi: int) -> list[tuple[int, Resolved]]:
        """People the vocabulary does not know, named as the subject of a verb between `lo` and `hi`
        ("Pete Hegseth outlined", "Hegseth outlined" where the article names Pete Hegseth): a "he"
        after them is theirs, not an earlier known person's. A name of one word counts only when the
        article gives it in full; countries and places are no people."""
        out = []
        places = [
            *self.vocab.lexicons["jurisdictions"].find(self.text, lo, hi),
            *self.vocab.lexicons["places"].find(self.text, lo, hi),
        ]
        for m in _SUBJECT_NAME.finditer(self.text, lo, hi):
            name = m.group("name")
            if any(self._not_a_name_word(t) for t in name.split()) or any(
                p.start < m.end("name") and m.start() < p.end for p in places
            ):
                continue
            found = self.vocab.people.resolve(name)
            if found.known:
                continue  # a known person is found by the lexicon above
            full = self._in_full(found) if " " not in name else found
            if " " in full.label:
                out.append((m.start(), Resolved(full.id, full.label, False)))
        return out

    # --- claim assembly --------------------------------------------------------------------------

    def _claim(self, q: _Quote, speaker: _Speaker, key: str, written: str) -> Claim:
        start = min(q.open, speaker.start) if speaker.form != "carried" else q.open
        end = max(q.end, speaker.end) if speaker.form != "carried" else q.end
        first = self.sentences[max(0, self._sentence_index(start))]
        last = self.sentences[max(0, self._sentence_index(max(start, end - 1)))]
        lo, hi = min(first.start, start), max(last.end, end)
        context = Sentence(lo, hi, self.text[lo:hi])
        label = " ".join(written.split()).rstrip(",")
        if len(label) > LABEL_CHARS:
            label = label[: LABEL_CHARS - 1].rstrip() + "…"
        person, qualifiers = speaker.person, Qualifiers()
        secondhand = _SECONDHAND.match(self.text, speaker.end, min(len(self.text), last.end, speaker.end + 120))
        if secondhand is not None:
            # "“...,” said Li, quoting Bessent", "“...,” he said, echoing Bessent": the words are the
            # one quoted's; someone the vocabulary does not know leaves the speaker in doubt
            source = _resolve_name(secondhand["who"], self.vocab, self.max_tokens)
            if source is not None and source.known:
                person = source
            else:
                qualifiers = Qualifiers(uncertain=True)
        return self.view.claim(
            KIND,
            context,
            start,
            end,
            key={"quote": key},
            value={"speaker": person.id},
            labels={"speaker": person.label, "quote": label},
            qualifiers=qualifiers,
            unresolved=() if person.known else ("speaker",),
            time=speaker.time or self._time_of(speaker),
        )

    def _time_of(self, speaker: _Speaker) -> SentenceTime:
        """The time of the attribution's words, not of the quote's: “In May we met,” he said."""
        if speaker.time is not None:
            return speaker.time
        k = self._sentence_index(speaker.start)
        if speaker.form == "after":
            end = self.sentences[k].end if k >= 0 else speaker.end
            lo, hi = speaker.start, max(end, speaker.end)
        else:  # from the sentence's start, or the quote before: "In March 2024, Yellen said: “...”"
            lo = min(self.sentences[k].start, speaker.start) if k >= 0 else 0
            lo = max([lo, *(q.end for q in self.quotes if q.end <= speaker.start)])
            hi = speaker.end
        return self.view.claim_time(Sentence(lo, hi, self.text[lo:hi]))

    def _sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def _in_heading(self, offset: int) -> bool:
        k = self._sentence_index(offset)
        return k >= 0 and self.sentences[k].heading and offset < self.sentences[k].end


def find_quotes(text: str) -> list[_Quote]:
    """Double-quoted passages in order. A blank line ends an open quote; so does a line that opens
    a new one (the convention for a quote running over paragraphs)."""
    out: list[_Quote] = []
    open_at: int | None = None
    for m in _QUOTE_MARKS.finditer(text):
        mark = m.group()
        if mark.startswith("\n"):
            if open_at is not None:
                out.append(_Quote(open_at, _rstrip_at(text, m.start()), False))
                open_at = None
            continue
        if open_at is None:
            if mark in _OPENING or mark == '"':
                open_at = m.start()
            continue
        if mark in _OPENING or (mark == '"' and _starts_line(text, open_at, m.start())):
            newline = text.rfind("\n", open_at, m.start())
            if newline != -1:
                out.append(_Quote(open_at, _rstrip_at(text, newline), False))
            open_at = m.start()  # else a stray opening mark: start again from here
            continue
        out.append(_Quote(open_at, m.end(), True))
        open_at = None
    if open_at is not None:
        out.append(_Quote(open_at, _rstrip_at(text, len(text)), False))
    return out


def _continues(text: str, p: _Quote, q: _Quote) -> bool:
    """`q` reopens the unclosed quote `p` at the next paragraph: one quote over several paragraphs."""
    return not p.closed and not text[p.end : q.open].strip()


def _starts_line(text: str, open_at: int, pos: int) -> bool:
    """A straight quote that begins a later line, before a word, reopens rather than closes."""
    line_start = text.rfind("\n", 0, pos) + 1
    return line_start > open_at and not text[line_start:pos].strip() and text[pos + 1 : pos + 2].strip() != ""


def _rstrip_at(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] == ","):
        pos += 1
    return pos


def _resolve_name(raw: str, vocab: Vocabulary, max_tokens: int) -> Resolved | None:
    """A speaker from capitalised words before or after a speech verb. Titles go: the longest
    trailing part that is a known person wins ("Treasury Secretary Scott Bessent"); otherwise the
    words after a known title or an honorific ("Sen."), at most `max_tokens` of them."""
    tokens = raw.split()
    while tokens and tokens[0].rstrip(".,") in _NOT_NAME:
        tokens.pop(0)
    while tokens and tokens[-1].rstrip(".,") in _NOT_NAME:
        tokens.pop()
    owners = [i for i, t in enumerate(tokens) if re.search(r"['’]s$", t)]
    if owners:
        tokens = tokens[owners[-1] + 1 :]  # "China’s Commerce Ministry" -> "Commerce Ministry"
    if tokens and tokens[-1].endswith(".") and len(tokens[-1].rstrip(".")) > 1 and "." not in tokens[-1][:-1]:
        tokens[-1] = tokens[-1][:-1]  # a sentence's period, not an initial or "U.S."
    if not tokens or (len(tokens) == 1 and tokens[0] in _NOT_SPEAKER):
        return None
    for i in range(len(tokens)):
        hit = vocab.people.resolve(" ".join(tokens[i:]))
        if hit.known:
            if i > 0 and i == len(tokens) - 1 and _given_name(tokens[i - 1], vocab):
                # "Dr Nicola Powell": another first name before a known surname is someone else
                return vocab.people.resolve(" ".join(tokens[i - 1 :]))
            return hit
    joined = " ".join(tokens)
    titles = list(vocab.role_regex.finditer(joined))
    if titles and joined[titles[-1].end() :].strip():
        tokens = joined[titles[-1].end() :].split()
    while len(tokens) > 1 and tokens[0].rstrip(".").lower() in _HONORIFICS:
        tokens.pop(0)
    tokens = tokens[-max_tokens:]
    if tokens[0] in _NOT_SPEAKER:
        return None
    return vocab.people.resolve(" ".join(tokens))


def _given_name(token: str, vocab: Vocabulary) -> bool:
    """Whether a capitalised word before a surname is a first name: not an honorific, a word of an
    office title ("Chair Powell", "Secretary Bessent"), an initial or a word no name has."""
    bare = token.rstrip(".")
    if len(bare) < 2 or not bare[:1].isupper() or not bare[1:].islower() or bare in _NOT_NAME:
        return False
    words = {w.lower() for alias in vocab.role_entries for w in alias.split()}
    return bare.lower() not in _HONORIFICS and bare.lower() not in words
