"""office_holder claims: who holds an office, from titles written before or after a name.

Forms read (the words come from rules/vocab; none are written here):
- title before name: "U.S. Treasury Secretary Janet Yellen", "China's Vice Premier He Lifeng",
  "The Treasury Secretary, Scott Bessent, said" (or "..., Mr Bailey who says"), "Presidents Donald
  Trump and Xi Jinping", a plural title's list after a dash ("two former defense ministers — Iwaya as
  foreign minister and Nakatani as defense chief": their past, held before and not judged);
- appositive after name: "Scott Bessent, the Treasury chief,", "Yellen, a former Fed Chair."; a
  headline's known person before a colon: "Keir Starmer: Labour leader to become UK prime minister"
  (the title after the colon, and the purpose clause's);
- predicates: "Carney was sworn in as Canada's prime minister" (current from then on); "the
  Bundestag elected Merz as chancellor", "X was named Treasury Secretary", "Takaichi is set to
  become prime minister" (designated: future, not judged against a date); an office kept: "Ishiba
  retained Kishida's confidante, Yoshimasa Hayashi, as chief Cabinet secretary" (current); past service:
  "Hayashi previously served as defense minister", "Trudeau, who served as prime minister", "Nakatani
  had been defense minister" (historical), but "who has served as defence minister since 2022" (current);
  being: "Merz is Germany's chancellor", "King Charles, who is Canada's head of state" (current; not
  after "if", nor "is the chancellor's adviser"), "is Japan's first female prime minister" (a place in
  a line of holders: historical);
- coordinated titles: "a former justice and education minister" (a shared head noun), "governor of
  the Bank of Canada and Bank of England" (a shared "of"): both offices, when the conjunct names one;
- qualifiers: "former"/"ex-" (a claim that the person does not hold the office), "then-"
  (held at some earlier time), "nominee", "pick for", "-elect" (not yet held), "acting";
- succession: "will succeed Prime Minister X", "replacing Governor Y": X and Y are the outgoing
  holders of a hand-over, read as historical and never judged as current; so is Y in "Carney will
  succeed Y as prime minister", "Merz replaced Y as chancellor", "X won the vote and is set to replace
  Y as ...", whose incoming holder is future (a hand-over to come) or current (one done);
- blockers: "Deputy Treasury Secretary ..." names another office and yields nothing; but a blocker
  that is a preposition ("under PM Kishida", in lower case before a capitalised title) speaks of that
  holder's time: current while the reference has them in office, else historical;
- lists by analogy: "Britain's Keir Starmer, Germany's Friedrich Merz and Japan's Fumio Kishida",
  where all but one hold their country's office of a role group (`group: leader`) at the time,
  name the odd one as holding it too (uncertain: a conflict on it is one severity lower).
Names: particles ("Ursula von der Leyen"), honorifics dropped ("Sir Keir Starmer", "Mr. Bessent"),
a possessive ends the name ("President Donald Trump's Asia tour"), family name first ("Takaichi
Sanae"); an unknown name close to a recorded holder of the office ("Friedrich Merts") is that holder.
A generic title ("President") needs a jurisdiction in the text, a person with recorded terms for
exactly one office it may name, or a person whose recorded offices are all of one country where the
title names one office ("Premier He Lifeng", a vice premier: China's premier); otherwise the mention
is ambiguous and yields nothing.
Headings are skipped: in Title Case a name's end cannot be told from the next word.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.clauses import clause_bounds
from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.models import Claim, Qualifiers, Status, TimeSpan
from factcheck.references.terms import held_throughout, jurisdictions_of, term_spans
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.vocab import Resolved, Vocabulary, alias_pattern, fold, phrase_regex, vocabulary

KIND = "office_holder"
FIELDS = frozenset({"role", "person"})  # key and value fields: what rules may name

_PARTICLES = r"(?:de|del|della|der|di|da|du|van|von|bin|al|la|le|ten|ter)"
# A name token: an initial, a capitalised word, or an Arabic particle joined to one ("al-Busaidi").
_TOKEN = r"(?:[A-Z][a-z]?\.|(?:(?:al|el|ad|an|as|ash|at|az|ibn|abu|bint|ould)[-‐])?[A-Z][\w’'\-]*[\w])"
# Words that are capitalised but never part of a name after a title.
_STOP = frozenset(
    [m for m in calendar.month_name if m]
    + [d for d in calendar.day_name]
    + """
        The A An And But Or In On At Of For With To From By As Is Was Has Had Said Says Who I We
        It
        """.split()
)


@dataclass(frozen=True)
class _Name:
    text: str
    start: int  # offsets within the sentence text
    end: int


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    vocab = vocabulary(ruleset)
    max_tokens = ruleset.matching.max_name_tokens
    grouped = any(r.group for r in ruleset.roles.values())
    for sentence in view.sentences:
        if sentence.heading:
            continue
        if grouped:
            yield from _listed_holders(view, sentence, vocab, ruleset)
        seen: set[tuple[str, str, Status]] = set()
        for m in vocab.role_regex.finditer(sentence.text):
            for claim in _mentions(view, sentence, m, vocab, ruleset, max_tokens):
                ident = (str(claim.key["role"]), str(claim.value["person"]), claim.qualifiers.status)
                if ident not in seen:
                    seen.add(ident)
                    yield claim


def _mentions(
    view: ArticleView, sentence: Sentence, m: re.Match[str], vocab: Vocabulary, rs: RuleSet, max_tokens: int
) -> Iterator[Claim]:
    text = sentence.text
    roles, is_plural = vocab.roles_for(m.group())
    if not roles:
        return
    # What stands before the title: jurisdiction, qualifiers, an appositive's name.
    before = text[: m.start()]
    head = m.start()
    # "a former justice and education minister", "governor of the Bank of Canada and Bank of England":
    # one title shared by two offices, read as both
    also, before, tail = _coordinated(text, m, before, vocab)
    head, title_end = len(before), tail
    status, cue, acting = Status.CURRENT, None, False
    jurisdiction, era_of = None, None
    for _ in range(3):  # "former U.S. acting ..." in any order
        trimmed = before.rstrip()
        j = _jurisdiction_at_end(trimmed, vocab)
        if j is not None and jurisdiction is None:
            jurisdiction, before = j
            head = len(before)
            continue
        q = _qualifier_at_end(before, vocab)
        if q is None:
            break
        kind, word, rest = q
        if kind == "blockers" and word in rs.office_qualifiers.era_prepositions and m.group()[0].isupper():
            # "under PM Fumio Kishida": a preposition, not "Under Secretary"; the time of that holder
            era_of, before = word, rest
            break  # what stands before the preposition is not the title's: "relations with China under President X"
        before = rest
        head = len(before)
        if kind == "blockers":
            return
        if kind == "acting":
            acting = True
        elif status is Status.CURRENT:
            status = {"former": Status.FORMER, "historical": Status.HISTORICAL, "succession": Status.HISTORICAL}.get(
                kind, Status.FUTURE
            )
            cue = word
    if not era_of and _compound_title(before):
        return
    after = text[tail:]
    fa = vocab.qualifier_regexes["future_after"].match(after)
    if fa:
        status, cue = Status.FUTURE, fa.group().strip(" -‐‑–—")
        after = after[fa.end() :]
        tail += fa.end()
    names = _names_after(text, tail, is_plural, max_tokens, vocab)
    if names and status is Status.FORMER and _LIST_AFTER.match(text, tail):
        # "two former defense ministers — Iwaya as foreign minister and Nakatani as defense chief":
        # described by a past the sentence may renew; held before, not judged
        status = Status.HISTORICAL
    handover: SentenceTime | None = None
    taking: str | None = None  # the verb by which the person takes the office on the handover day
    succession: dict[int, tuple[Status, str]] = {}  # a hand-over's own status per name (by its start)
    if not names and not is_plural:
        name = _appositive_name(text, before, tail, max_tokens, vocab)
        if name is None and (pred := _predicate_name(text, before, after, rs, vocab)) is not None:
            name, given, verb = pred
            if given is not Status.CURRENT and status is Status.CURRENT:
                status, cue = given, verb
            if fold(verb) not in {fold(v) for v in rs.office_qualifiers.past_predicates}:
                handover = _predicate_time(view, sentence, m.end())
                taking = verb if handover is not None and not _AGAIN.search(text) else None
        names = [name] if name else []
        if name is None and (hand := _handover(text, before, rs, vocab)) is not None:
            # "Carney will succeed Justin Trudeau as prime minister": the incoming holder, and the
            # outgoing one (historical, as after "will succeed Prime Minister X")
            (incoming, verb), outgoing = hand
            names = [incoming, outgoing]
            succession[outgoing.start] = (Status.HISTORICAL, verb)
            if status is Status.CURRENT and _FUTURE_HANDOVER.search(verb):
                succession[incoming.start] = (Status.FUTURE, verb)
        if names:
            head = min(n.start for n in names)
    # "Treasury Secretary Janet Yellen said the tariffs imposed in 2024 ...": what she says is dated
    # by its own times, her title by the saying's
    speaker = (min([head, *(n.start for n in names)]), max([title_end, *(n.end for n in names)]))
    time = handover or view.claim_time(sentence, speaker)
    era = _era(text[: m.start()], vocab, rs)
    if era is not None:
        time = SentenceTime(era, "sentence")  # "Under President Joe Biden, ...": the claim is about his term
    own_clause = clause_bounds(text, m.start())
    if status is Status.CURRENT:
        context = _historical_context(text, before, vocab, rs, time.span, own_clause)
        if context is not None:
            status, cue = Status.HISTORICAL, context
    if status is Status.CURRENT and rs.office_qualifiers.future_context:
        # "President Trump won the election overnight": the title names the office he is to take
        won = phrase_regex(tuple(rs.office_qualifiers.future_context)).search(text, *own_clause)
        if won is not None:
            status, cue = Status.FUTURE, won.group()
    read: list[tuple[_Name, Resolved, str]] = []
    for name in names:
        person = _resolve(name.text, vocab)
        if person is None:
            continue
        if not person.known and name.start >= m.end():
            # a name recorded with its title: "King Charles" is an alias of Charles III, "Charles" is not
            titled = vocab.people.resolve(f"{m.group().strip()} {name.text}")
            person = titled if titled.known else person
        if not person.known:
            person = _holder_close_to(person, roles, jurisdiction, vocab, rs) or person
        for options in (roles, *also):
            role = _pick_role(options, jurisdiction, person, rs)
            if role is not None and (name, person, role) not in read:
                read.append((name, person, role))
    # "Treasury Secretaries Janet Yellen and Scott Bessent have both visited China": one person holds
    # such an office at a time, so a plural title naming two of them names its holders over time
    # ("Presidents Trump and Xi" hold two offices, one each)
    holders: dict[str, set[str]] = {}
    for _, person, role in read:
        holders.setdefault(role, set()).add(person.id)
    over_time = {r for r, ids in holders.items() if is_plural and len(ids) > 1 and rs.roles[r].single_holder}
    for name, person, role in read:
        held, held_cue = succession.get(name.start, (status, cue))
        if era_of and held is Status.CURRENT and not (person.known and held_throughout(person.id, role, time.span, rs)):
            # "under PM Kishida" in a later article speaks of his time: held then, not judged now
            held, held_cue = Status.HISTORICAL, era_of
        if status is Status.CURRENT and (said := _context_after(text, name.end, rs)) is not None:
            held, held_cue = Status.HISTORICAL, said  # "Defense Secretary X, who left office in 2023"
        if status is Status.CURRENT and role in over_time:
            held, held_cue = Status.HISTORICAL, m.group().strip()
        if (
            status is Status.FUTURE
            and cue is not None
            and _takes_office(cue, rs.roles[role].takes_office_on)
            and not _conditional(text[: name.start], rs)
        ):
            held = Status.CURRENT  # "the Diet elected Ishiba as prime minister": he holds it from then on
        took = taking if held is Status.CURRENT else None
        start = min(head, name.start)
        end = max(name.end, title_end)
        yield view.claim(
            KIND,
            sentence,
            sentence.start + start,
            sentence.start + end,
            key={"role": role},
            value={"person": person.id},
            # a name matched only by closeness keeps its spelling, for the name_spelling check
            labels={"role": rs.roles[role].name, "person": person.label}
            | ({"written": " ".join(name.text.split())} if person.known and person.score < 100 else {})
            # "was sworn in as prime minister on Friday": the day the term began (term_starts)
            | ({"took_office": took} if took else {}),
            qualifiers=Qualifiers(status=held, negated=held is Status.FORMER, acting=acting, cue=held_cue),
            unresolved=() if person.known else ("person",),
            time=time,
        )


# "justice and ": the first of two words sharing a title's head noun
_SHARED_HEAD = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)\s+and\s+$")
# " and Bank of England": a second object of a title's "of"
_SECOND_OBJECT = re.compile(
    r"\s+and\s+((?:the\s+)?(?:[A-Z](?:[\w’'-]|\.(?=\w))*\.?\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z](?:[\w’'-]|\.(?=\w))*)"
)


def _coordinated(
    text: str, m: re.Match[str], before: str, vocab: Vocabulary
) -> tuple[list[list[tuple[str, bool]]], str, int]:
    """The offices a coordinated title also names, the text before it without its first conjunct,
    and where the title ends: "former justice and education minister" (the head noun shared: also
    "justice minister"), "governor of the Bank of Canada and Bank of England" (the "of" shared: also
    "governor of the Bank of England"). A conjunct that names no office leaves the title alone."""
    also: list[list[tuple[str, bool]]] = []
    tail = m.end()
    words = m.group().split()
    shared = _SHARED_HEAD.search(before)
    if shared and len(words) > 1:
        roles, plural = vocab.roles_for(" ".join([shared.group(1), *words[1:]]))
        if roles and not plural:
            also.append(roles)
            before = before[: shared.start()]
    of = m.group().lower().find(" of ")
    second = _SECOND_OBJECT.match(text, m.end()) if of > 0 else None
    if second:
        lead = m.group()[: of + 4]
        for obj in (second.group(1), f"the {second.group(1)}"):
            roles, plural = vocab.roles_for(lead + obj)
            if roles and not plural:
                also.append(roles)
                tail = second.end()
                break
    return also, before, tail


# "Britain's Keir Starmer": a country's possessive right before a person.
_POSSESSIVE = re.compile(r"['’]s\s+")
_SPACE = re.compile(r"\s+")
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_MIN_LISTED = 3  # items in a list of countries' holders before one is read by analogy


def _listed_holders(view: ArticleView, sentence: Sentence, vocab: Vocabulary, rs: RuleSet) -> Iterator[Claim]:
    """ "Carney welcomes Britain's Keir Starmer, Germany's Friedrich Merz, Japan's Fumio Kishida and
    France's Emmanuel Macron": a list of at least three countries' people, all but one holding
    their country's office of a role group (`group: leader`) at the sentence's time, names the
    odd one as holding it too; claimed uncertain (the reading is by analogy), so a conflict on it
    is one severity lower. A person who never held an office of the group is not read."""
    text = sentence.text
    items: list[tuple[str, str, int, int]] = []  # (jurisdiction, person, start, end)
    for hit in vocab.lexicons["jurisdictions"].find(text):
        # the alias may hold the possessive itself ("Britain’s")
        owner = (_SPACE if hit.surface.endswith(("'s", "’s")) else _POSSESSIVE).match(text, hit.end)
        person = vocab.lexicons["people"].match(text, owner.end()) if owner else None
        if len(hit.ids) == 1 and person is not None and len(person.ids) == 1:
            items.append((hit.ids[0], person.ids[0], hit.start, person.end))
    runs: list[list[tuple[str, str, int, int]]] = []
    for item in items:
        if runs and _LIST_LINK.fullmatch(text, runs[-1][-1][3], item[2]):
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        if len(run) < _MIN_LISTED:
            continue
        time = view.claim_time(sentence)  # only for a list: the sentence's times cost more than the rest
        held = [(item, _group_roles(item[0], item[1], rs, time.span)) for item in run]
        current = [(item, roles) for item, roles in held if any(now for _, now in roles)]
        groups = {rs.roles[r].group for _, roles in current for r, now in roles if now}
        odd = [(item, roles) for item, roles in held if roles and not any(now for _, now in roles)]
        if len(groups) != 1 or len(odd) != 1 or len(current) != len(run) - 1:
            continue
        (_, pid, start, end), roles = odd[0]
        role = roles[0][0]
        yield view.claim(
            KIND,
            sentence,
            sentence.start + start,
            sentence.start + end,
            key={"role": role},
            value={"person": pid},
            labels={"role": rs.roles[role].name, "person": rs.people[pid].name, "read_as": "a list of office holders"},
            qualifiers=Qualifiers(status=Status.CURRENT, uncertain=True, cue="a list of office holders"),
            time=time,
        )


def _group_roles(jurisdiction: str, person: str, rs: RuleSet, span: TimeSpan) -> list[tuple[str, bool]]:
    """The offices of a role group in the jurisdiction the person ever held, with whether a term of
    theirs covers the span; open terms run to their office's as_of."""
    out = [
        (rid, held_throughout(person, rid, span, rs))
        for rid, terms in rs.terms.items()
        if (role := rs.roles.get(rid)) is not None
        and role.group
        and role.jurisdiction == jurisdiction
        and any(t.person == person for t in terms)
    ]
    return sorted(out, key=lambda r: (not r[1], r[0]))


_ERA = re.compile(
    r"\b(?i:under|during)\s+(?:the\s+)?(?:(?:(?i:former\s+|then[\s-]))?President\s+)?"
    r"((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*?)(?:['’]s)?(?:\s+(?:administration|presidency|government|tenure|term))?\b",
)
# "Biden's", "the Biden administration's", "Trump's first-term" (the possessor's first term only)
_POSSESSOR = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*?)(?:\s+administration)?['’]s\s*"
    r"(?:(?P<first>first)[\s-](?:term|administration)\s+)?$"
)


def _terms_span(person: str, rs: RuleSet) -> TimeSpan | None:
    """The hull of every term a person held, in any office the reference records."""
    spans = term_spans(person, rs)
    if not spans:
        return None
    out = spans[0]
    for span in spans[1:]:
        out = out.hull(span)
    return out


def _era(before: str, vocab: Vocabulary, rs: RuleSet) -> TimeSpan | None:
    """ "Under President Joe Biden," / "During the Biden administration,": the era of a known person."""
    for m in _ERA.finditer(before):
        hit = _trailing_person(m.group(1), vocab)
        if hit is not None and (span := _terms_span(hit.id, rs)) is not None:
            return span
    return None


def _trailing_person(name: str, vocab: Vocabulary) -> Resolved | None:
    """The known person a name ends with: "The Biden" is Biden, "President Joe Biden" is Joe Biden."""
    tokens = name.split()
    for n in range(len(tokens), 0, -1):
        hit = vocab.people.resolve(" ".join(tokens[-n:]))
        if hit.known:
            return hit
    return None


def _historical_context(
    text: str, before: str, vocab: Vocabulary, rs: RuleSet, time: TimeSpan, bounds: tuple[int, int]
) -> str | None:
    """Why a mention is about the past: a possessor out of office then ("Biden's Treasury secretary",
    "the Biden administration's Treasury secretary"), or a context phrase in the title's own clause
    ("in his first term"). A phrase in another clause is about someone else: "... to become prime
    minister after he was elected, succeeding a leader who stepped down"."""
    m = _POSSESSOR.search(before)
    hit = _trailing_person(m.group(1), vocab) if m else None
    if m and hit is not None:
        terms = term_spans(hit.id, rs)
        if m["first"]:
            terms = sorted(terms, key=lambda t: str(t.start))[:1]
        if terms and time.is_known and not any(t.overlaps(time) for t in terms):
            return m.group(0).strip()
    found = phrase_regex(tuple(rs.office_qualifiers.historical_context)).search(text, *bounds)
    return found.group() if found else None


def _context_after(text: str, end: int, rs: RuleSet) -> str | None:
    """A context phrase right after the holder's name: "Treasury Secretary Janet Yellen, who left
    office in January" (a relative clause of its own, about this holder)."""
    gap = re.match(r",?\s*", text[end:])
    found = phrase_regex(tuple(rs.office_qualifiers.historical_context)).match(text, end + (gap.end() if gap else 0))
    return found.group() if found else None


def _jurisdiction_at_end(before: str, vocab: Vocabulary) -> tuple[str, str] | None:
    m = vocab.jurisdiction_regex.search(before)
    if not m or (m.start() > 0 and (before[m.start() - 1].isalnum() or before[m.start() - 1] in "-'’")):
        return None
    jid = vocab.jurisdiction(m.group())
    return (jid, before[: m.start()]) if jid else None


def _qualifier_at_end(before: str, vocab: Vocabulary) -> tuple[str, str, str] | None:
    for kind in ("blockers", "former", "historical", "future_before", "acting", "succession"):
        m = vocab.qualifier_regexes[kind].search(before)
        if m:
            return kind, m.group().strip(" -‐‑–—"), before[: m.start()]
    return None


def _compound_title(before: str) -> bool:
    """ "Fed President", "Ontario Premier": a capitalised word right before the title, mid-sentence,
    makes it a different office. A possessive ("Trump's") or a sentence start does not (nor one run
    into the sentence before: "in November.The former Prime Minister"), nor a word after an ordinal,
    which is a party or a kind ("the UK's first Labour prime minister")."""
    m = re.search(r"(\S+)\s+$", before)
    if not m:
        return False
    word = re.split(r"[.!?](?=[A-Z])", m.group(1))[-1]
    if not word[0].isupper() or word[-1] in ",;:—–(\"“'":
        return False
    if re.search(r"['’]s$", word) or word in _STOP:
        return False
    if _ORDINAL_END.search(before[: m.start()]):
        return False
    return bool(before[: m.start()].strip())  # not the first word of the sentence


_ORDINAL_END = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+$", re.IGNORECASE
)


def _name_regex(max_tokens: int) -> re.Pattern[str]:
    more = max(0, max_tokens - 1)
    return re.compile(
        rf"(?<![\w’'-])(?:{_PARTICLES}\s+){{0,2}}{_TOKEN}(?:\s+(?:{_PARTICLES}\s+){{0,2}}{_TOKEN}){{0,{more}}}"
        r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
    )


def _take_name(text: str, pos: int, max_tokens: int) -> _Name | None:
    m = _name_regex(max_tokens).match(text, pos)
    if not m:
        return None
    tokens = m.group().split()
    kept: list[str] = []
    for tok in tokens:
        if tok.rstrip(".,") in _STOP:
            break
        kept.append(tok)
        if re.search(r"['’]s$", tok):
            break  # a possessive ends the name: "Donald Trump's Asia tour"
    if not kept:
        return None
    raw = " ".join(kept)
    raw = re.sub(r"['’]s$", "", raw)
    end = pos + _span_len(text[pos:], kept)
    if text[pos:end].endswith(("'s", "’s")):
        end -= 2
    return _Name(raw, pos, end)


def _span_len(text: str, tokens: list[str]) -> int:
    i = 0
    for tok in tokens:
        i = text.index(tok, i) + len(tok)
    return i


# A main verb that achieved its purpose: past ("won the vote to become", "Ishiba, 67, received 291
# votes to become"), or a headline's present ("Takaichi wins vote to become").
_PAST_VERB = re.compile(
    r"(?:,\s+\d{2},)?\s+(?:[a-z]+ed|won|wins|beat|beats|took|takes|got|gets|rose|swept|sweeps|clinch(?:ed|es)|secures)\b"
)
# A term renewed, not begun: "was re-elected as", "reappointed", "sworn in for a second term".
_AGAIN = re.compile(
    r"\bre-?(?:elect|appoint|confirm|nominat|install)|\b(?:second|third|fourth|fifth|another|new|consecutive|fresh)"
    r"\s+(?:(?:\w+-year|full)\s+)?(?:term|mandate)\b",
    re.IGNORECASE,
)
# Between a predicate and its title: "as the country's new", "as its 104th".
_FILLER = (
    r"(?:as\s+)?(?:(?:the|a|an|its|their|his|her|new|next|now|also|still|currently|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|last|female|male|youngest|oldest|longest-serving|interim|caretaker|"
    r"\w+['’]s|\d+(?:st|nd|rd|th))\s+){0,5}"
    # a kind after an ordinal, right before the title (what _compound_title lets through): "first Labour"
    r"(?:[A-Z][\w’'-]*\s+)?"
)
# Between a subject and its predicate: an appositive, a relative "who" ("Trudeau, who served as"),
# auxiliaries and adverbs ("was formally elected", "also previously served as"); the auxiliaries are
# captured, for the tense of a past predicate.
_AUX = (
    r"(?:,[^,]{1,80},(?!\s*who\b)|,?\s+who\b)?\s+"
    r"(?P<aux>(?:(?:has|have|had|was|is|were|been|be|formally|officially|finally|then|also|now|today|previously|"
    r"formerly|once|currently|still|on\s+\w+)\s+)*)"
)
# A perfect of service is current when the title's clause says since when: "who has served as
# defence minister since 2022"; without it, it is experience ("has served as finance minister twice").
_SINCE = re.compile(r"\s*(?:,\s*)?since\b", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _predicate_regexes(
    subject_first: tuple[str, ...],
    object_first: tuple[str, ...],
    future: tuple[str, ...],
    past: tuple[str, ...],
    max_tokens: int,
) -> tuple[re.Pattern[str], ...]:
    name = _name_regex(max_tokens).pattern
    verbs = (
        "|".join(alias_pattern(v) for v in sorted({*subject_first, *future, *past}, key=len, reverse=True)) or "(?!x)x"
    )
    objects = "|".join(alias_pattern(v) for v in sorted(object_first, key=len, reverse=True)) or "(?!x)x"
    infinitives = sorted((v for v in future if v.lower().startswith("to ")), key=len, reverse=True)
    purpose = "|".join(alias_pattern(v) for v in infinitives) or "(?!x)x"
    return (
        re.compile(rf"(?P<name>{name}){_AUX}(?P<verb>{verbs})\s+{_FILLER}$"),
        # "named Kato as finance minister and Abe as education minister": the verb gives each pair;
        # "named two veterans — Rubio as secretary of state and ...": the pairs may
        # follow the verb's object after a dash or colon
        re.compile(
            rf"(?<![\w])(?P<verb>{objects})\s+(?:[^;:.!?—–]{{1,80}}?(?:\s*[—–:]|\s+-)\s*)?"
            rf"(?:[^;:.!?]{{1,160}}?\s+as\s+[^;:!?]{{1,80}}?(?:,\s*and|,|\s+and)\s+)?"
            # "names the veteran negotiator Michel Barnier as ...": a description ending in a common noun
            # ("retained Kishida's top confidante, Yoshimasa Hayashi, as ...": the name set off by commas)
            rf"(?:(?:[^\s;:.!?]+\s+){{0,3}}?[a-z][\w’'-]*,?\s+)?"
            rf"(?P<name>{name})(?:,[^,;:.!?]{{1,80}},|,)?\s+(?:as|to\s+be)\s+{_FILLER}$"
        ),
        # "only two are women: Junko Mihara as children's policy minister, and Toshiko Abe as ...":
        # pairs listed after a colon or a dash, with no verb of their own; read as designated
        re.compile(
            rf"(?P<verb>[:—–])\s*(?:[^;:.!?]{{1,160}}?\s+as\s+[^;:!?]{{1,80}}?(?:,\s*and|,|\s+and)\s+)?"
            rf"(?:(?:[^\s;:.!?]+\s+){{0,3}}?[a-z][\w’'-]*\s+)?"
            rf"(?P<name>{name})\s+as\s+{_FILLER}$"
        ),
        # "Ishiba received 291 votes to become prime minister": the subject of a purpose clause, past
        # lowercase words only (a capitalised one would be another person)
        re.compile(
            rf"(?P<name>{name})(?:,\s+\d{{2}},)?(?:\s+(?:[a-z][\w’'-]*|\d[\d,.]*)){{1,6}}\s+(?P<verb>{purpose})\s+{_FILLER}$"
        ),
        # "Tanaka ... after she was chosen as party leader": a pronoun for a person named before
        re.compile(rf"(?<![\w])(?P<pronoun>[Hh]e|[Ss]he){_AUX}(?P<verb>{verbs})\s+{_FILLER}$"),
        # a headline's subject before a colon: "Keir Starmer: Labour leader to become UK prime minister"
        re.compile(rf"^\s*(?P<name>{name}):\s+(?:[^\s:;.!?]+\s+){{0,4}}?(?P<verb>{purpose})\s+{_FILLER}$"),
    )


def _predicate_time(view: ArticleView, sentence: Sentence, after: int) -> SentenceTime | None:
    """ "X was sworn in as prime minister on Friday": the day the verb gives the office is the claim's
    time, not the publication date widened to it; the first time of the title's own clause after it."""
    mentions = [m for m in view.times(sentence) if m.span.is_known and m.bound == "at"]
    _, hi = clause_bounds(sentence.text, after, {m.start - sentence.start for m in mentions})
    later = [m.span for m in mentions if after <= m.start - sentence.start < hi]
    days = later[0].days if later else None
    return SentenceTime(later[0], "sentence") if days is not None and days <= 31 else None


def _predicate_name(
    text: str, before: str, after: str, rs: RuleSet, vocab: Vocabulary
) -> tuple[_Name, Status, str] | None:
    """ "Carney was sworn in as Canada's prime minister", "the Bundestag elected Merz as chancellor",
    "Takaichi is set to become prime minister", "Hayashi previously served as defense minister": the
    person a verb gives the office to, the status it gives (current; future for a verb that only
    designates: elected, named, will become; historical for past service), and the verb."""
    q, max_tokens = rs.office_qualifiers, rs.matching.max_name_tokens
    if re.match(r"['’]s\b", after):
        return None  # "Carney became the prime minister's adviser": the title owns another noun
    subject_rx, object_rx, listed_rx, purpose_rx, pronoun_rx, headline_rx = _predicate_regexes(
        tuple(q.predicates + q.copulas),
        tuple(q.object_predicates + q.keeping_predicates),
        tuple(q.future_predicates),
        tuple(q.past_predicates),
        max_tokens,
    )
    future = {fold(v) for v in q.future_predicates}
    m = subject_rx.search(before) or object_rx.search(before) or listed_rx.search(before)
    m = m or headline_rx.search(before) or purpose_rx.search(before)
    if m is None:
        m = pronoun_rx.search(before)
        if m is None:
            return None
        name = _antecedent(text[: m.start()], max_tokens, vocab)
        if name is None:
            return None
        verb = " ".join(m["verb"].split())
        if fold(verb) in {fold(v) for v in q.copulas}:
            return None if _conditional(text[: name.start], rs) else (name, _being(m), verb)
        return name, _service(m, verb, after, rs) or (Status.FUTURE if fold(verb) in future else Status.CURRENT), verb
    name = _take_name(text, m.start("name"), max_tokens)
    if name is None or name.end != m.end("name") or name.text in _STOP:
        return None
    tokens = name.text.split()
    if not vocab.people.resolve(name.text).known:
        for n in range(len(tokens) - 1, 0, -1):  # a title before the subject is not its name
            if vocab.people.resolve(" ".join(tokens[-n:])).known:
                name = _Name(" ".join(tokens[-n:]), text.index(tokens[-n], name.start), name.end)
                break
    if m.re in (purpose_rx, headline_rx) and not vocab.people.resolve(name.text).known:
        return None  # "Labour leader to become prime minister": a purpose clause needs a known person
    verb = " ".join(m["verb"].split())
    if m.re is subject_rx and (served := _service(m, verb, after, rs)) is not None:
        return name, served, verb
    if m.re is subject_rx and fold(verb) in {fold(v) for v in q.copulas}:
        return None if _conditional(text[: name.start], rs) else (name, _being(m), verb)
    keeping = m.re is object_rx and fold(verb) in {fold(v) for v in q.keeping_predicates}
    designated = not keeping and (m.re in (object_rx, listed_rx) or fold(verb) in future)
    if m.re is purpose_rx and _PAST_VERB.match(before, m.end("name")):
        designated = False  # "Carney won the race to become leader": a past verb achieved its purpose
    if not designated and verb.split()[0].endswith("ing"):
        # an -ing predicate has the tense of the clause it hangs on: "Carney plans to reshape his
        # Cabinet, with Champagne taking over as finance minister" is a plan
        main = before[: name.start].rsplit(",", 1)[0] if "," in before[: name.start] else ""
        designated = bool(main) and phrase_regex(tuple(q.plans)).search(main) is not None
    return name, Status.FUTURE if designated else Status.CURRENT, verb


# A place in a line of holders, not holding now: "is the first female", "the youngest", "its 104th".
_SEQUENCE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|youngest|oldest|longest-serving|"
    r"\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _being(m: re.Match[str]) -> Status:
    """The status a copula gives: "Bessent is the Treasury Secretary" is current; "Takaichi is the
    first female prime minister" names a place in a line of holders (historical, not judged)."""
    return Status.HISTORICAL if _SEQUENCE.search(m.string, m.end("verb")) else Status.CURRENT


def _service(m: re.Match[str], verb: str, after: str, rs: RuleSet) -> Status | None:
    """The status a past predicate of service gives, None for any other verb: "previously served
    as", "had been" are historical; after "has"/"have" the service goes on when the title's clause
    says since when ("has served as defence minister since 2022"), else it is experience."""
    if fold(verb) not in {fold(v) for v in rs.office_qualifiers.past_predicates}:
        return None
    aux = set(fold(m["aux"] or "").split())
    return Status.CURRENT if aux & {"has", "have"} and _SINCE.match(after) else Status.HISTORICAL


# A hand-over still to come: "will succeed", "is set to replace", "to take over from".
_FUTURE_HANDOVER = re.compile(r"\b(?:will|would|to|shall)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _handover_regex(succession: tuple[str, ...], plans: tuple[str, ...], max_tokens: int) -> re.Pattern[str]:
    name = _name_regex(max_tokens).pattern
    verbs = "|".join(alias_pattern(v) for v in sorted(succession, key=len, reverse=True)) or "(?!x)x"
    plan = "|".join(alias_pattern(v) for v in sorted(plans, key=len, reverse=True)) or "(?!x)x"
    aux = _AUX.replace("(?P<aux>", "(?:")
    return re.compile(
        rf"(?:(?P<subject>{name}){aux}|(?<![\w])(?P<conj>and){aux})(?P<verb>(?:(?:{plan})\s+)?(?:{verbs}))\s+"
        rf"(?P<name>{name})(?:,[^,;:.!?]{{1,80}},)?\s+as\s+{_FILLER}$"
    )


def _handover(text: str, before: str, rs: RuleSet, vocab: Vocabulary) -> tuple[tuple[_Name, str], _Name] | None:
    """ "Carney will succeed Justin Trudeau as prime minister", "Merz replaced Scholz as chancellor",
    "X won the race and will succeed Y as prime minister" (the subject of a verb after "and" is the
    one known person the sentence names before it): the incoming holder with the verb, and the
    outgoing one."""
    max_tokens = rs.matching.max_name_tokens
    q = rs.office_qualifiers
    m = _handover_regex(tuple(q.succession), tuple(q.plans), max_tokens).search(before)
    if m is None:
        return None
    outgoing = _take_name(text, m.start("name"), max_tokens)
    if outgoing is None or outgoing.end != m.end("name") or outgoing.text in _STOP:
        return None
    if m["subject"] is not None:
        incoming = _take_name(text, m.start("subject"), max_tokens)
        if incoming is None or incoming.end != m.end("subject") or incoming.text in _STOP:
            return None
    else:
        incoming = _antecedent(text[: m.start()], max_tokens, vocab)
        if incoming is None:
            return None
    return (incoming, " ".join(m["verb"].split())), outgoing


def _antecedent(before: str, max_tokens: int, vocab: Vocabulary) -> _Name | None:
    """The person a "he" or "she" stands for: the one known person the sentence names before it
    ("Tanaka, 58, won the vote after she was elected"); none when it names two or none."""
    found: dict[str, _Name] = {}
    for m in _name_regex(max_tokens).finditer(before):
        person = vocab.people.resolve(m.group())
        if person.known:
            found.setdefault(person.id, _Name(m.group(), m.start(), m.end()))
    return next(iter(found.values())) if len(found) == 1 else None


def _holder_close_to(
    person: Resolved, roles: list[tuple[str, bool]], jurisdiction: str | None, vocab: Vocabulary, rs: RuleSet
) -> Resolved | None:
    """The one recorded holder of an office the title names whose name is close to an unknown one:
    "Chancellor Friedrich Merts" is Friedrich Merz; the surname keeps its first letter."""
    holders = {
        term.person
        for rid, _ in roles
        if jurisdiction is None or rs.roles[rid].jurisdiction in (None, jurisdiction)
        for term in rs.terms.get(rid, ())
    }
    return vocab.people.closest_of(person.label, holders, rs.matching.holder_min_score)


_LIST_AFTER = re.compile(r"\s*(?:[—–:]|\s-)\s*")  # a plural title's list after a dash or colon
_LISTED_SEP = r"(?:\s+as\s+[^,;:.!?—–()]{1,60}?)?(?:,?\s+and\s+|,\s+)"  # "Iwaya as foreign minister and "


def _names_after(text: str, pos: int, plural: bool, max_tokens: int, vocab: Vocabulary) -> list[_Name]:
    """The names a title stands before: "Treasury Secretary Scott Bessent", "The Treasury Secretary,
    Scott Bessent, said", "Presidents Trump and Xi", "two former defense ministers — Iwaya as foreign
    minister and Nakatani as defense chief" (a plural title's list after a dash or colon)."""
    dash = _LIST_AFTER.match(text, pos) if plural else None
    m = None if dash else re.match(r"(,?)\s+", text[pos:])
    if not m and not dash:
        return []
    comma = bool(m and m.group(1))
    first = _take_name(text, dash.end() if dash else pos + m.end(), max_tokens)  # type: ignore[union-attr]
    if first is None:
        return []
    if comma and not re.match(r"\s*(?:[,;:.)!?—–]|$)|\s+who\b", text[first.end :]):
        return []  # "the Treasury Secretary, Scott Bessent, said" needs the closing comma (or "who")
    names = [first]
    if plural:
        cursor = first.end
        while True:
            # in a list after a dash, each name may take its new office: "Iwaya as foreign minister and ..."
            sep = re.match(_LISTED_SEP if dash else r",?\s+and\s+|,\s+", text[cursor:])
            if not sep:
                break
            nxt = _take_name(text, cursor + sep.end(), max_tokens)
            if nxt is None:
                break
            names.append(nxt)
            cursor = nxt.end
    return names


def _appositive_name(text: str, before: str, tail: int, max_tokens: int, vocab: Vocabulary) -> _Name | None:
    """ "Scott Bessent, the Treasury chief," : a name, a comma, an optional article (and an age: "a
    59-year-old former governor", a possessor and an ordinal: "the country's 102nd"), the title,
    then a break); or a headline's "Keir Starmer: Labour leader to become ..." (a known person, a
    colon opening the sentence, then the title, whatever follows)."""
    lead = re.fullmatch(rf"\s*({_name_regex(max_tokens).pattern}):\s+(?:(?:the|a|an)\s+)?", before)
    if lead and vocab.people.resolve(lead.group(1)).known:
        return _Name(lead.group(1), lead.start(1), lead.end(1))
    if not re.match(r"\s*(?:[,;:.()!?—–]|$)", text[tail:]):  # "president of the ECB (ECB), said"
        return None
    m = re.search(
        r",\s+(?:(?:the|a|an)\s+)?(?:\d+-year-old\s+)?(?:(?:[A-Z]\w*|country|nation)['’]s\s+)?"
        r"(?:(?:new|current|\d+(?:st|nd|rd|th))\s+)*$",
        before,
    )
    if not m:
        return None
    found = re.search(rf"(?:{_name_regex(max_tokens).pattern})$", before[: m.start()])
    if not found:
        return None
    start = found.start()
    for tok in found.group().split():  # drop a sentence-initial "The" or "In"
        if tok not in _STOP:
            break
        start = text.index(tok, start) + len(tok)
        start += len(text[start:]) - len(text[start:].lstrip())
    name = _take_name(text, start, max_tokens)
    if name is None or name.end != m.start():
        return None
    return name


def _resolve(name: str, vocab: Vocabulary) -> Resolved | None:
    """The longest leading part of the name that is a known person, else the whole as unknown.
    Honorifics are not part of a name: "Sir Keir Starmer" is Keir Starmer."""
    name = vocab.qualifier_regexes["honorifics"].sub("", name)
    tokens = name.split()
    if not tokens:
        return None
    for n in range(len(tokens), 0, -1):
        hit = vocab.people.resolve(" ".join(tokens[:n]))
        if hit.known:
            return hit
    return vocab.people.resolve(name)


# Auxiliaries of a done choice ("was elected", "has been named"); a modal ("will be") never matches.
_DONE_AUX = frozenset({"is", "was", "were", "has", "have", "had", "been"})


def _takes_office(verb: str, installing: list[str]) -> bool:
    """Whether a verb of choice ("was elected as", "named as") is one of those after which the role's
    holder holds it at once; "elect" (President-elect) and "will become" never are."""
    words = fold(verb).split()
    if words and words[-1] == "as":
        words.pop()
    while len(words) > 1 and words[0] in _DONE_AUX:
        words.pop(0)
    return len(words) == 1 and words[0] in {form for v in installing for form in _forms(fold(v))}


def _forms(participle: str) -> set[str]:
    """A headline's present beside the participle the role lists: "elected" also reads "elects",
    "named" also "names"."""
    if not participle.endswith("ed"):
        return {participle}
    return {participle, participle[:-2] + "s", participle[:-1] + "s"}


def _conditional(before: str, rs: RuleSet) -> bool:
    """ "If Merz is elected chancellor, ...": a conditional word opens the name's own clause."""
    clause = before[max(before.rfind(p) for p in ",;:") + 1 :]
    return bool(phrase_regex(tuple(rs.office_qualifiers.conditional)).search(clause))


def _pick_role(roles: list[tuple[str, bool]], jurisdiction: str | None, person: Resolved, rs: RuleSet) -> str | None:
    candidates = [
        (r, generic) for r, generic in roles if jurisdiction is None or rs.roles[r].jurisdiction in (None, jurisdiction)
    ]
    ids = sorted({r for r, _ in candidates})
    if not ids:
        return None
    generic = any(g for _, g in candidates)
    if len(ids) == 1 and (not generic or jurisdiction is not None):
        return ids[0]
    held = [r for r in ids if any(t.person == person.id for t in rs.terms.get(r, ()))]
    if len(held) == 1:
        return held[0]
    if held or jurisdiction is not None or person.id is None:
        return None
    # the country of the person's recorded offices supplies the title's: "Premier He Lifeng" (a vice
    # premier of China) names China's premier, a claim the terms then judge
    own = jurisdictions_of(person.id, rs)
    if len(own) != 1:
        return None
    theirs = [r for r in ids if rs.roles[r].jurisdiction in own]
    return theirs[0] if len(theirs) == 1 else None
