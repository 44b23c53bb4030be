"""Sentence splitting of news copy, with offsets every extractor relies on."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text import MAX_SENTENCE, Sentence, is_heading, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def assert_offsets(text: str, sentences: list[Sentence]) -> None:
    for s in sentences:
        assert text[s.start : s.end] == s.text


# --- abbreviations and initials --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. economy grew. Mr. Smith disagreed.", ["The U.S. economy grew.", "Mr. Smith disagreed."]),
        ("The vote was held Sept. 14 in Washington. Results came later.",
         ["The vote was held Sept. 14 in Washington.", "Results came later."]),
        ("Gov. Newsom and Sen. Warren spoke. Lt. Col. Smith listened.",
         ["Gov. Newsom and Sen. Warren spoke.", "Lt. Col. Smith listened."]),
        ("Prices rose 3.5 percent. Dr. Jones, of St. Louis, agreed.",
         ["Prices rose 3.5 percent.", "Dr. Jones, of St. Louis, agreed."]),
        ("The deal, signed at 10 a.m. Monday, holds. It ends in Dec. 2026.",
         ["The deal, signed at 10 a.m. Monday, holds.", "It ends in Dec. 2026."]),
        ("Janet L. Yellen said. Then she left.", ["Janet L. Yellen said.", "Then she left."]),
        ("Scott K. H. Bessent arrived. He spoke.", ["Scott K. H. Bessent arrived.", "He spoke."]),
    ],
)  # fmt: skip
def test_abbreviations_and_initials_do_not_end_sentences(text: str, expected: list[str]) -> None:
    """Titles, month abbreviations, U.S. and middle initials keep a name or date inside its sentence."""
    assert texts(text) == expected


# --- quotes and other terminal punctuation ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not back down," he said. The talks resumed.',
         ['"We will not back down," he said.', "The talks resumed."]),
        ("“We agree.” Then the meeting ended.", ["“We agree.”", "Then the meeting ended."]),
        ("He asked, “Will it hold?” No one answered.", ["He asked, “Will it hold?”", "No one answered."]),
        ("She said no!  Really? Yes.", ["She said no!", "Really?", "Yes."]),
        ("(This is parenthetical.) The next sentence.", ["(This is parenthetical.)", "The next sentence."]),
        ("Growth slowed... Officials worried.", ["Growth slowed...", "Officials worried."]),
    ],
)  # fmt: skip
def test_closing_quotes_and_brackets_stay_with_their_sentence(text: str, expected: list[str]) -> None:
    """A closing quote or bracket after the period belongs to the sentence it ends."""
    assert texts(text) == expected


def test_period_before_lowercase_word_does_not_split() -> None:
    """A period followed by a lower-case word is not a sentence end."""
    assert texts("The co. founder spoke. Then left.") == ["The co. founder spoke.", "Then left."]
    assert texts("It was ca. three weeks ago.") == ["It was ca. three weeks ago."]


# --- line structure --------------------------------------------------------------------------------------------------
def test_heading_without_punctuation_then_paragraph() -> None:
    """A headline on its own line is its own (heading) sentence, not glued to the lede."""
    text = "Trade Talks Resume in Geneva\nThe two sides met on Monday. They talked."
    got = split_sentences(text)
    assert [(s.text, s.heading) for s in got] == [
        ("Trade Talks Resume in Geneva", True),
        ("The two sides met on Monday.", False),
        ("They talked.", False),
    ]


def test_hard_wrapped_lines_join_into_one_sentence() -> None:
    """A single line break mid-sentence does not end the sentence."""
    text = "The Treasury secretary said the\nadministration would respond. Officials\nagreed."
    assert texts(text) == ["The Treasury secretary said the\nadministration would respond.", "Officials\nagreed."]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Treasury Secretary\nScott Bessent would travel to Geneva on Monday.",
        "Negotiators for the\nWhite House met again on Monday.",
    ],
)
def test_hard_wrap_before_a_name_joins(text: str) -> None:
    """A wrapped line in the middle of a sentence is not a heading, even when it ends in a title or name."""
    got = split_sentences(text)
    assert len(got) == 1
    assert not got[0].heading


def test_blank_line_always_ends_a_sentence() -> None:
    """Paragraphs never run together, even without terminal punctuation."""
    text = "the first paragraph has no period\n\nthe second one does."
    assert texts(text) == ["the first paragraph has no period", "the second one does."]


def test_whitespace_only_lines_separate_paragraphs() -> None:
    """Whitespace-only lines separate paragraphs too; empty input gives nothing."""
    text = "One. Two.\n   \nThree.\n\n\n"
    assert texts(text) == ["One.", "Two.", "Three."]
    assert split_sentences("") == []
    assert split_sentences("\n \n\t\n") == []


def test_bullet_items_are_separate_sentences() -> None:
    """Each '- item' line is its own sentence even without terminal punctuation."""
    text = "Markets:\n- Stocks fell\n- Bonds rose\n* Oil was flat"
    assert texts(text) == ["Markets:", "- Stocks fell", "- Bonds rose", "* Oil was flat"]


def test_numbered_items_without_period_are_separate() -> None:
    """A numbered line is not joined to the one before it."""
    text = "Key points\n1) Tariffs rise\n2) Talks stall"
    assert texts(text)[-2:] == ["1) Tariffs rise", "2) Talks stall"]


def test_numbered_list_marker_stays_with_its_item() -> None:
    """'1. Tariffs rise.' is one sentence, not '1.' followed by 'Tariffs rise.'."""
    text = "Key points:\n1. Tariffs rise.\n2. Talks stall."
    assert texts(text) == ["Key points:", "1. Tariffs rise.", "2. Talks stall."]


# --- offsets ---------------------------------------------------------------------------------------------------------
NEWS = """Trade Talks Resume in Geneva

By Jane Doe
Published: March 4, 2025

WASHINGTON — The U.S. Treasury said on Monday that talks with
China would resume. “We agree,” said Treasury Secretary Scott Bessent. Janet L. Yellen, his
predecessor, declined to comment.

- Tariffs stay at 30%.
- Talks resume Sept. 14.

"It is a start," Mr. Bessent said.
"""


def test_offsets_match_text_for_a_news_article() -> None:
    """text[s.start:s.end] == s.text for every sentence, so evidence quotes and positions agree."""
    got = split_sentences(NEWS)
    assert_offsets(NEWS, got)
    assert got[0].text == "Trade Talks Resume in Geneva"
    assert got[-1].text == '"It is a start," Mr. Bessent said.'
    assert any(s.text.startswith("Janet L. Yellen, his\npredecessor") for s in got)
    starts = [s.start for s in got]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(got))


def test_offsets_exclude_leading_whitespace() -> None:
    """Leading spaces and indentation are outside the sentence's offsets."""
    text = "   Indented start. Next one.\n\n\tTabbed paragraph."
    got = split_sentences(text)
    assert_offsets(text, got)
    assert [s.text for s in got] == ["Indented start.", "Next one.", "Tabbed paragraph."]


_WORDS = st.sampled_from(
    ["The", "U.S.", "Mr.", "said", "Yellen", "L.", "talks", "“We", "agree.”", "2025.", "-", "1.", "Sept.", "Geneva"]
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", ". ", "? ", "  "])


@given(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=40))
def test_offsets_always_match(parts: list[tuple[str, str]]) -> None:
    """For any mix of news-like tokens, sentences are stripped, non-empty, ordered slices of the text."""
    text = "".join(w + sep for w, sep in parts)
    got = split_sentences(text)
    assert_offsets(text, got)
    for s in got:
        assert s.text and s.text == s.text.strip()
    assert all(a.end <= b.start for a, b in pairwise(got))


# --- is_heading ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Trade Talks Resume in Geneva",
        "Yellen Says Inflation Is Easing",
        "U.S.-China Trade War Heats Up",
        "BREAKING NEWS",
        "  Bessent to Meet He Lifeng in Madrid  ",
    ],
)
def test_is_heading_true(line: str) -> None:
    """Title-case lines without terminal punctuation are headings."""
    assert is_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "2025",
        "the talks resumed on monday",
        "Officials said the deal was done.",
        "Trade Talks Resume in Geneva.",
        "What to Know:",
        "Why It Matters?",
        "Trade Talks Resume " * 20,
    ],
)
def test_is_heading_false(line: str) -> None:
    """Prose, punctuated lines, bare numbers and very long lines are not headings."""
    assert not is_heading(line)


def test_a_run_on_sentence_is_read_in_pieces_cut_at_clause_breaks() -> None:
    """A CMS-flattened table or hostile text has no full stop for pages: pieces keep the work per
    sentence bounded, and each piece ends at a comma or semicolon rather than inside a clause."""
    text = "Talks were held in " + "Geneva on May 10, " * 400 + "and the rest followed."
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(p.text == text[p.start : p.end] for p in pieces)
    assert all(p.text.endswith(",") for p in pieces[:-1])
    assert pieces[-1].text.endswith("the rest followed.")


def test_a_long_token_is_never_cut_inside() -> None:
    token = "a" * (MAX_SENTENCE * 2)
    assert [p.text for p in split_sentences(f"Intro {token} tail.")] == [f"Intro {token}", "tail."]


def test_prose_sentences_are_never_cut() -> None:
    sentence = "The ECB cut rates on Thursday, " + "as expected by markets, " * 30 + "officials said."
    assert len(sentence) < MAX_SENTENCE
    assert [p.text for p in split_sentences(sentence)] == [sentence]


def test_blanked_spans_keep_every_offset() -> None:
    from factcheck.text import blanked

    text = "exports between April and June fell 3%"
    out = blanked(text, [(8, 30)])
    assert len(out) == len(text) and out.index("fell") == text.index("fell")
    assert out.split() == ["exports", "fell", "3%"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a period run into the next sentence's capitalised word, as some pages print them
        (
            "Rates were cut to 3.5% on Monday.The board voted 6-3.",
            ["Rates were cut to 3.5% on Monday.", "The board voted 6-3."],
        ),
        ("Exports rose 2.5%.Imports fell.", ["Exports rose 2.5%.", "Imports fell."]),
        # not an abbreviation, an acronym or an address
        ("He met Mr.Smith and the U.S.Treasury staff.", ["He met Mr.Smith and the U.S.Treasury staff."]),
        ("See www.Example.com now.", ["See www.Example.com now."]),
    ],
)
def test_a_sentence_run_into_the_next(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences
