"""Alias indexes over the rule set's vocabularies, and the fuzzy resolver for names.

Compiled once per rule set (keyed by its version) because every article of a run reuses them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from factcheck.ruleset.ruleset import RuleSet

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, periods and spacing folded away: "Janet L. Yellen" -> "janet l yellen"."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)  # "u.s" -> "us"
    text = re.sub(r'[.,"“”]', " ", text)  # a quoted word in a name: 'the "reciprocal" tariffs'
    return " ".join(text.split())


def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))


# An alias is read as atoms: a run of spaces and hyphens is one separator, a run of periods one
# optional period, anything else one literal character (either apostrophe for "'"). A space may be
# written with double quotes about it: 'the "reciprocal" tariffs' names "reciprocal tariffs".
_ATOM = re.compile(r'[\s"“”-]+|\.+|.', re.DOTALL)
_DASHES = "[-‐‑–—]"


def alias_atoms(alias: str, hyphen_is_space: bool = False) -> list[str]:
    """The regex atoms of an alias in running text: flexible spaces, optional periods, either
    apostrophe. With `hyphen_is_space`, a space may also be written as a hyphen ("Vice-Premier").

    Why no alias can backtrack badly: the only atoms of variable width are separators (spaces with
    at most one hyphen) and optional periods, a run of either in the alias is one atom, so no two
    of them are adjacent; what a separator repeats (spaces, double quotes) no neighbouring atom accepts, so each
    character of the text belongs to one atom and a failed match costs at most the run it scanned.
    """
    atoms: list[str] = []
    for m in _ATOM.finditer(alias.translate(_APOSTROPHES)):
        run = m.group()
        if run[0].isspace() or run[0] in '-"“”':
            run = "".join(ch if ch == "-" else " " for ch in run)  # a quote in an alias is a space
            if hyphen_is_space:
                atoms.append(rf"(?:\s+|\s*{_DASHES}\s*)")
            elif run == "-":
                atoms.append(_DASHES)
            elif "-" in run:
                atoms.append(rf"\s*{_DASHES}\s*")
            else:
                atoms.append(r'[\s"“”]+')
        elif run[0] == ".":
            atoms.append(r"\.?")
        elif run == "'":
            atoms.append(r"['’]")
        else:
            atoms.append(re.escape(run))
    return atoms


def alias_pattern(alias: str, hyphen_is_space: bool = False) -> str:
    """A regex for an alias in running text (see `alias_atoms`)."""
    return "".join(alias_atoms(alias, hyphen_is_space))


@functools.lru_cache(maxsize=256)
def phrase_regex(phrases: tuple[str, ...], ignore_case: bool = True) -> re.Pattern[str]:
    """Any of the phrases as whole words, longest first; never matches when there are none."""
    return re.compile(rf"(?<![\w])(?:{_alternation(phrases)})(?![\w])", re.IGNORECASE if ignore_case else 0)


def plural(alias: str) -> str:
    """ "Vice Premier" -> "Vice Premiers", "Secretary of State" -> "Secretaries of State"."""
    noun, sep, rest = alias.partition(" of ")
    if sep:
        return f"{plural(noun)} of {rest}"
    head, _, last = alias.rpartition(" ")
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(s|sh|ch|x)$", last):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


@dataclass(frozen=True)
class Resolved:
    id: str
    label: str
    known: bool
    score: float = 100.0


@dataclass
class People:
    index: dict[str, str]
    names: dict[str, str]
    fuzzy_choices: dict[str, str]
    min_score: float
    surname_max_edits: int = 1

    def _same_surname(self, a: str, b: str) -> bool:
        return _surname_close(a, b, self.surname_max_edits)

    def closest_of(self, name: str, candidates: set[str], min_score: float) -> Resolved | None:
        """The one candidate person whose name, or an alias of the same length, is close to `name`
        with the same surname initial, and the same first-name initial when both have one: a looser
        match than `resolve`, for a short list of suspects (the recorded holders of the office a title
        names). A misspelt first name keeps its initial ("Jerom Powell"); another one ("Ann Powell")
        is someone else of the same surname."""
        key = _drop_initials(fold(name))
        found = {
            pid
            for alias, pid in self.index.items()
            if pid in candidates
            and len(alias.split()) == len(key.split())
            and alias.split()[-1][:1] == key.split()[-1][:1]
            and (len(key.split()) < 2 or alias[:1] == key[:1])
            and fuzz.ratio(key, alias) >= min_score
        }
        if len(found) != 1:
            return None
        pid = found.pop()
        score = max(fuzz.ratio(key, alias) for alias, p in self.index.items() if p == pid)
        return Resolved(pid, self.names[pid], True, float(score))

    def resolve(self, name: str) -> Resolved:
        key = fold(name)
        if key in self.index:
            pid = self.index[key]
            return Resolved(pid, self.names[pid], True)
        bare = _drop_initials(key)
        if bare in self.index:
            pid = self.index[bare]
            return Resolved(pid, self.names[pid], True)
        tokens = bare.split()
        if len(tokens) == 2 and (swapped := f"{tokens[1]} {tokens[0]}") in self.index:
            pid = self.index[swapped]  # family name first: "Takaichi Sanae", "Xi Jinping" written either way
            return Resolved(pid, self.names[pid], True)
        if len(bare.replace(" ", "")) >= 6:
            hit = process.extractOne(bare, self.fuzzy_choices.keys(), scorer=fuzz.ratio, score_cutoff=self.min_score)
            if hit is not None and self._same_surname(bare, hit[0]):
                pid = self.fuzzy_choices[hit[0]]
                return Resolved(pid, self.names[pid], True, float(hit[1]))
        return Resolved(slug(bare) or slug(name), " ".join(name.split()), False, 0.0)


def _surname_close(a: str, b: str, max_edits: int) -> bool:
    """A misspelt surname keeps its first letter and is a few edits away: "Yelen" and "Yellin" are
    Yellen, but "Spence" is not Pence and "Harrison" is not Harris."""
    x, y = a.split()[-1], b.split()[-1]
    return x[:1] == y[:1] and Levenshtein.distance(x, y) <= max_edits


def _drop_initials(key: str) -> str:
    tokens = key.split()
    kept = [t for i, t in enumerate(tokens) if not (len(t) == 1 and 0 < i < len(tokens) - 1)]
    return " ".join(kept)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    ids: tuple[str, ...]  # every entry the surface may name, sorted
    surface: str


_MEMO = 512  # searches a lexicon remembers
_MEMO_TEXT = 4000  # ... of texts up to this long: sentences, never whole articles


@dataclass
class Lexicon:
    """Aliases of vocabulary entries, found in text as whole words, longest first."""

    regex: re.Pattern[str]
    index: dict[str, tuple[str, ...]]
    # Several extractors search one sentence for the same names (countries, metrics, triggers): the
    # last searches are remembered, and a sentence is scanned once per lexicon and span.
    _seen: dict[tuple[str, int, int], tuple[Hit, ...]] = field(default_factory=dict, repr=False, compare=False)

    def find(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Hit]:
        end = len(text) if endpos is None else endpos
        key = (text, pos, end)
        hits = self._seen.get(key) if len(text) <= _MEMO_TEXT else None
        if hits is None:
            hits = tuple(self._hit(m) for m in self.regex.finditer(text, pos, end) if fold(m.group()) in self.index)
            if len(text) <= _MEMO_TEXT:
                if len(self._seen) >= _MEMO:
                    self._seen.clear()
                self._seen[key] = hits
        return list(hits)

    def match(self, text: str, pos: int = 0) -> Hit | None:
        m = self.regex.match(text, pos)
        return self._hit(m) if m and fold(m.group()) in self.index else None

    def lookup(self, surface: str) -> tuple[str, ...]:
        return self.index.get(fold(surface), ())

    def _hit(self, m: re.Match[str]) -> Hit:
        return Hit(m.start(), m.end(), self.index[fold(m.group())], m.group())


def lexicon(entries: dict[str, list[str]], *, ignore_case: bool = True) -> Lexicon:
    """A lexicon from {id: [alias, ...]}; an alias shared by several ids names all of them."""
    index: dict[str, set[str]] = {}
    for ident, aliases in entries.items():
        for alias in aliases:
            index.setdefault(fold(alias), set()).add(ident)
    surfaces = {a for aliases in entries.values() for a in aliases}
    flags = re.IGNORECASE if ignore_case else 0
    regex = re.compile(rf"(?<![\w])(?:{_alternation(surfaces)})(?![\w])", flags)
    return Lexicon(regex, {k: tuple(sorted(v)) for k, v in index.items()})


@dataclass
class Vocabulary:
    people: People
    role_regex: re.Pattern[str]
    role_entries: dict[str, list[tuple[str, bool]]]  # folded alias -> [(role id, generic title?)]
    plural_aliases: set[str]
    jurisdiction_regex: re.Pattern[str]
    jurisdiction_index: dict[str, str]
    qualifier_regexes: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # Plain lexicons: places, indices, metrics, event triggers, directions, hedges, people by alias.
    lexicons: dict[str, Lexicon] = field(default_factory=dict)

    def roles_for(self, surface: str) -> tuple[list[tuple[str, bool]], bool]:
        """The roles an alias may name, and whether it was written as a plural."""
        key = title_key(surface)
        return self.role_entries.get(key, []), key in self.plural_aliases

    def jurisdiction(self, surface: str) -> str | None:
        key = re.sub(r"\s*'s$", "", fold(surface))
        return self.jurisdiction_index.get(key)


_CACHE: dict[str, Vocabulary] = {}


def vocabulary(ruleset: RuleSet) -> Vocabulary:
    """The compiled vocabulary for a rule set; built once per rule-set version."""
    cached = _CACHE.get(ruleset.version) if ruleset.version else None
    if cached is not None:
        return cached
    vocab = _compile(ruleset)
    if ruleset.version:
        _CACHE[ruleset.version] = vocab
    return vocab


def _alternation(aliases: Iterable[str], hyphen_is_space: bool = False) -> str:
    """One regex for many aliases, as a trie of their atoms, longest first: "Janet Yellen" and
    "Janet L. Yellen" share "Janet ". Python's `re` tries alternatives one by one, so a flat list of
    150,000 names costs every one at every capital letter and minutes to compile; a trie costs the
    length of the longest alias. A shorter alias that ends where a longer one goes on is tried after
    it (a greedy optional group), as the flat list sorted by length did."""
    trie: dict[str, Any] = {}
    for alias in sorted(set(aliases)):
        node = trie
        for atom in alias_atoms(alias, hyphen_is_space):
            node = node.setdefault(atom, {})
        node[_END] = {}
    return _emit(trie)[0] or r"(?!x)x"


_END = ""  # the trie key that marks where an alias ends (no atom is empty)


def _emit(node: dict[str, Any]) -> tuple[str, int]:
    """The regex for a trie node and the most atoms below it."""
    children = sorted(((atom, *_emit(sub)) for atom, sub in node.items() if atom != _END), key=lambda c: (-c[2], c[0]))
    if not children:
        return "", 0
    body = "|".join(atom + rest for atom, rest, _ in children)
    if len(children) > 1 or _END in node:
        body = f"(?:{body})" + ("?" if _END in node else "")
    return body, 1 + children[0][2]


def title_key(surface: str) -> str:
    """An office title folded so that "Vice-Premier" and "Vice Premier" are one key."""
    return " ".join(fold(surface).replace("-", " ").split())


def _compile(rs: RuleSet) -> Vocabulary:
    index: dict[str, str] = {}
    names: dict[str, str] = {}
    fuzzy_choices: dict[str, str] = {}
    for pid, person in rs.people.items():
        names[pid] = person.name
        for alias in [person.name, *person.aliases]:
            key = fold(alias)
            index.setdefault(key, pid)
            index.setdefault(_drop_initials(key), pid)
            if " " in key:
                fuzzy_choices.setdefault(_drop_initials(key), pid)
    people = People(index, names, fuzzy_choices, rs.matching.person_min_score, rs.matching.surname_max_edits)

    entries: dict[str, list[tuple[str, bool]]] = {}
    plurals: set[str] = set()
    for rid, role in rs.roles.items():
        for alias, generic in [(a, False) for a in [role.name, *role.aliases]] + [(t, True) for t in role.titles]:
            for form, is_plural in ((alias, False), (plural(alias), True)):
                key = title_key(form)
                if (rid, generic) not in entries.setdefault(key, []):
                    entries[key].append((rid, generic))
                if is_plural:
                    plurals.add(key)
    surfaces = {a for role in rs.roles.values() for a in [role.name, *role.aliases, *role.titles]}
    surfaces |= {plural(a) for a in surfaces}
    role_regex = re.compile(rf"(?<![\w])(?:{_alternation(surfaces, hyphen_is_space=True)})(?![\w])", re.IGNORECASE)

    j_index: dict[str, str] = {}
    j_surfaces: set[str] = set()
    for jid, jur in rs.jurisdictions.items():
        for alias in [jur.name, *jur.aliases]:
            j_index.setdefault(fold(alias), jid)
            j_surfaces.add(alias)
    jurisdiction_regex = re.compile(rf"(?:{_alternation(j_surfaces)})(?:['’]s)?$")

    q = rs.office_qualifiers
    qualifier_regexes = {
        "former": _words_before(q.former),
        "historical": _words_before(q.historical),
        "future_before": _words_before(q.future_before),
        "acting": _words_before(q.acting),
        "blockers": _words_before(q.blockers),
        "succession": _words_before(q.succession),
        "honorifics": re.compile(
            rf"^(?:(?:{_alternation(set(rs.matching.honorifics))})\.?\s+)+(?=[A-Z])"
            if rs.matching.honorifics
            else r"(?!x)x"
        ),
        "future_after": re.compile(rf"^(?:[-‐‑–—]|\s+)(?:{_alternation(set(q.future_after))})\b", re.IGNORECASE),
    }
    triggers: dict[str, list[str]] = {}
    for tid, etype in rs.event_types.items():
        triggers[tid] = [*etype.triggers, *etype.verbs]
    d = rs.directions
    lexicons = {
        "places": lexicon({k: [v.name, *v.aliases] for k, v in rs.places.items()}, ignore_case=False),
        "indices": lexicon({k: [v.name, *v.aliases] for k, v in rs.indices.items()}, ignore_case=False),
        "metrics": lexicon({k: v.aliases for k, v in rs.metrics.items()}),
        "implied_metrics": lexicon({k: v.implied_by for k, v in rs.metrics.items() if v.implied_by}),
        "event_triggers": lexicon(triggers),
        "directions": lexicon({"up": d.up, "down": d.down, "flat": d.flat}),
        "hedges": lexicon({k: v.words for k, v in rs.hedges.items()}),
        "people": lexicon({k: [v.name, *v.aliases] for k, v in rs.people.items()}, ignore_case=False),
        "jurisdictions": lexicon(
            {k: [v.name, *v.aliases, *(f"{a}'s" for a in [v.name, *v.aliases])] for k, v in rs.jurisdictions.items()},
            ignore_case=False,
        ),
        "goods": lexicon({k: [v.name, *v.aliases] for k, v in rs.goods.items()}),
        "tariff_nouns": lexicon({"tariff": rs.tariff_cues.nouns}),
        "tariff_verbs": lexicon({"tariff": rs.tariff_cues.verbs}),
        # Who can impose a tariff: a jurisdiction by its names, or an actor standing for one ("Trump").
        "imposers": lexicon(
            {
                k: [n for a in [v.name, *v.aliases, *rs.tariff_cues.imposers.get(k, [])] for n in (a, f"{a}'s")]
                for k, v in rs.jurisdictions.items()
            },
            ignore_case=False,
        ),
        "deadlines": lexicon({k: [v.name, *v.aliases] for k, v in rs.deadlines.items()}),
        "snapshots": lexicon(dict(rs.market_cues.snapshots)),
        "market_anaphors": lexicon({"index": rs.market_cues.anaphors}),
        "vote_cues": lexicon({"unanimous": rs.vote_cues.unanimous, "dissent": rs.vote_cues.dissent}),
        "deadline_cues": lexicon(
            {
                "expires": rs.deadline_cues.expires,
                "takes_effect": rs.deadline_cues.takes_effect,
                "due": rs.deadline_cues.due,
            }
        ),
    }
    return Vocabulary(people, role_regex, entries, plurals, jurisdiction_regex, j_index, qualifier_regexes, lexicons)


def _words_before(words: list[str]) -> re.Pattern[str]:
    """Matches a qualifier at the end of the text before a title: "former ", "ex-", "then-"."""
    return re.compile(rf"(?<![\w])(?:{_alternation(set(words))})(?:\s+|\s*[-‐‑–—]\s*)$", re.IGNORECASE)
