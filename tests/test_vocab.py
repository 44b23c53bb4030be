"""Name folding, slugs, plurals and the people resolver over the shipped rule set."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.ruleset import load_ruleset
from factcheck.vocab import People, Vocabulary, alias_atoms, alias_pattern, fold, plural, slug, vocabulary

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return vocabulary(load_ruleset([RULES]))


@pytest.fixture(scope="module")
def people(vocab: Vocabulary) -> People:
    return vocab.people


# --- fold / slug -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Janet L. Yellen", "janet l yellen"),
        ("JANET   YELLEN", "janet yellen"),
        ("U.S.", "us"),
        ("Jánet Yéllen", "janet yellen"),
        ("O’Neill", "o'neill"),
        ("Vice‑Premier", "vice-premier"),
        ("Beijing, China", "beijing china"),
        ("  padded\ttext\n", "padded text"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    """Case, accents, periods, typographic apostrophes/dashes and spacing all compare equal."""
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Janet L. Yellen", "janet-l-yellen"),
        ("U.S. Treasury", "us-treasury"),
        ("Ministère des Finances", "ministere-des-finances"),
        ("O’Neill & Sons", "o-neill-sons"),
        ("!!!", ""),
    ],
)
def test_slug(text: str, expected: str) -> None:
    """Slugs are lower-case ASCII words joined by hyphens, stable across spelling variants."""
    assert slug(text) == expected


def test_slug_is_the_same_for_variant_spellings() -> None:
    """Ids made from names do not depend on accents, case or periods."""
    assert slug("Jánet  YELLEN") == slug("janet yellen") == "janet-yellen"


# --- plural ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Secretary", "Secretaries"),
        ("Treasury Secretary", "Treasury Secretaries"),
        ("Premier", "Premiers"),
        ("Vice Premier", "Vice Premiers"),
        ("Chief", "Chiefs"),
        ("Treasury chief", "Treasury chiefs"),
        ("Attorney", "Attorneys"),  # vowel + y keeps the y
        ("Boss", "Bosses"),
        ("Church", "Churches"),
        ("President", "Presidents"),
    ],
)
def test_plural(alias: str, expected: str) -> None:
    """'Vice Premiers He and Liu' is recognised through the plural of each title."""
    assert plural(alias) == expected


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Secretary of State", "Secretaries of State"),
        ("Secretary of the Treasury", "Secretaries of the Treasury"),
    ],
)
def test_plural_of_title_with_of_phrase(alias: str, expected: str) -> None:
    """'Secretaries of State Rubio and Blinken' pluralises the head noun, not the complement."""
    assert plural(alias) == expected


def test_roles_for_recognises_plural(vocab: Vocabulary) -> None:
    """A plural title maps to the same role and is flagged as plural."""
    assert vocab.roles_for("Treasury Secretaries") == ([("us-treasury-secretary", False)], True)
    assert vocab.roles_for("treasury secretary") == ([("us-treasury-secretary", False)], False)


# --- People.resolve --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "pid"),
    [
        ("Janet Yellen", "janet-yellen"),
        ("Yellen", "janet-yellen"),
        ("JANET YELLEN", "janet-yellen"),
        ("Scott Bessent", "scott-bessent"),
        ("Bessent", "scott-bessent"),
        ("J.D. Vance", "jd-vance"),
        ("Steve Mnuchin", "steven-mnuchin"),
        ("Li Qiang", "li-qiang"),
        ("Li Keqiang", "li-keqiang"),
    ],
)
def test_exact_alias_resolves(people: People, name: str, pid: str) -> None:
    """Every listed name and alias resolves to its person with a full score."""
    r = people.resolve(name)
    assert (r.id, r.known, r.score) == (pid, True, 100.0)
    assert r.label == people.names[pid]


@pytest.mark.parametrize(
    ("name", "pid"),
    [
        ("Janet L. Yellen", "janet-yellen"),
        ("Janet L Yellen", "janet-yellen"),
        ("Scott K. H. Bessent", "scott-bessent"),
        ("Jerome H. Powell", "jerome-powell"),
        ("Marco A. Rubio", "marco-rubio"),  # an initial not listed as an alias
    ],
)
def test_middle_initials_are_dropped(people: People, name: str, pid: str) -> None:
    """Middle initials do not stop a name from resolving."""
    r = people.resolve(name)
    assert (r.id, r.known) == (pid, True)


@pytest.mark.parametrize(
    ("name", "pid"),
    [
        ("Scot Bessent", "scott-bessent"),
        ("Scott Besent", "scott-bessent"),
        ("Janet Yelen", "janet-yellen"),
        ("Janet Yellin", "janet-yellen"),
        ("Jerome Powel", "jerome-powell"),
        ("Howard Lutnik", "howard-lutnick"),
    ],
)
def test_misspelling_resolves_fuzzily(people: People, name: str, pid: str) -> None:
    """A close misspelling of a known full name resolves, with a score below 100 but above the threshold."""
    r = people.resolve(name)
    assert (r.id, r.known) == (pid, True)
    assert people.min_score <= r.score < 100


@pytest.mark.parametrize(
    "name",
    ["Janet Yates", "Scott Bassett", "Scott Bennett", "Janet Allen", "Jerome Powers", "Mike Pena", "Jamie Greer"],
)
def test_different_name_is_not_a_known_person(people: People, name: str) -> None:
    """A different person who shares a first name or looks similar is not merged into a known one."""
    r = people.resolve(name)
    assert r.known is False
    assert r.score == 0.0


@pytest.mark.parametrize("name", ["Mike Spence", "Kamala Harrison", "Janet Yeltsin"])
def test_similar_real_surname_is_not_a_known_person(people: People, name: str) -> None:
    """A surname with another first letter or more than one edit names someone else: not Mike Pence."""
    assert people.resolve(name).known is False


@pytest.mark.parametrize(("name", "pid"), [("Marco Rubin", "marco-rubio"), ("Jamieson Green", "jamieson-greer")])
def test_one_edit_with_the_same_first_name_is_a_typo(people: People, name: str, pid: str) -> None:
    """The same first name and a surname one edit away is far likelier a typo than another person."""
    assert people.resolve(name).id == pid


def test_short_names_are_not_matched_fuzzily(people: People) -> None:
    """Names under six letters are too short to fuzz: 'Liu Ho' is not Liu He."""
    assert people.resolve("Liu Ho").known is False
    assert people.resolve("Bassett").known is False


@pytest.mark.parametrize(
    ("name", "pid", "label"),
    [
        ("Janet Yates", "janet-yates", "Janet Yates"),
        ("Jane  Doe", "jane-doe", "Jane Doe"),
        ("Jánet Q. Yátes", "janet-yates", "Jánet Q. Yátes"),
    ],
)
def test_unknown_name_gets_slug_id(people: People, name: str, pid: str, label: str) -> None:
    """An unknown person gets a slug id (initials dropped) and their name as written, spaces normalised."""
    r = people.resolve(name)
    assert (r.id, r.label, r.known) == (pid, label, False)


def test_vocabulary_is_cached_per_ruleset() -> None:
    """Loading the same rules twice reuses the compiled vocabulary."""
    assert vocabulary(load_ruleset([RULES])) is vocabulary(load_ruleset([RULES]))


_SEPARATORS = {r'[\s"“”]+', r"\s*[-‐‑–—]\s*", r"(?:\s+|\s*[-‐‑–—]\s*)"}


@given(st.text(alphabet=" \t-–.'’\"“aZé", min_size=1, max_size=30), st.booleans())
def test_no_alias_can_backtrack_over_a_run(alias: str, hyphen_is_space: bool) -> None:
    """Variable-width atoms never stand side by side with one accepting what the other repeats: a
    double space or " - " in a title is one separator, ".." one optional period. Otherwise a run of
    spaces in an article makes matching quadratic or worse."""
    atoms = alias_atoms(alias, hyphen_is_space)
    for first, second in itertools.pairwise(atoms):
        assert not (first in _SEPARATORS and second in _SEPARATORS)
        assert not (first == r"\.?" and second == r"\.?")
    assert all(a in _SEPARATORS or a in (r"\.?", r"['’]", "[-‐‑–—]") or len(a.replace("\\", "")) == 1 for a in atoms)


@pytest.mark.parametrize(
    ("alias", "text"),
    [
        ("Treasury  Secretary", "the Treasury Secretary said"),
        ("Treasury - Secretary", "the Treasury-Secretary said"),
        ("Treasury -- Secretary", "the Treasury – Secretary said"),
        ("U.S.. Treasury", "the US Treasury said"),
    ],
)
def test_an_alias_written_loosely_still_matches_plain_text(alias: str, text: str) -> None:
    regex = re.compile(alias_pattern(alias))
    assert regex.search(text)
    assert not regex.search("the Treasury" + " " * 5000 + "Undersecretary")


@pytest.mark.parametrize(
    "text",
    [
        'the "reciprocal" tariffs were paused',
        "the “reciprocal” tariffs were paused",
        "the “reciprocal tariffs” were paused",
        "the reciprocal tariffs were paused",
    ],
)
def test_a_word_in_quotes_still_matches_the_alias(text: str) -> None:
    """Copy puts scare quotes about a word of a name ('"reciprocal" tariffs'); the name is the same."""
    found = re.compile(alias_pattern("reciprocal tariffs"), re.IGNORECASE).search(text)
    assert found is not None and fold(found.group()) == "reciprocal tariffs"


def test_a_quote_inside_an_alias_is_a_separator() -> None:
    """An alias written with quotes matches with or without them, and cannot backtrack over them."""
    regex = re.compile(alias_pattern('"reciprocal" tariffs'))
    assert regex.search("the reciprocal tariffs") and regex.search('the "reciprocal" tariffs')
    assert not regex.search("the reciprocal" + '"' * 5000 + "duties")
