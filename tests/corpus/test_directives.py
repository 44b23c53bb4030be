"""`factcheck: ignore` comments: their forms, the lines they cover, and what a misspelt one does."""

from __future__ import annotations

from factcheck.corpus.directives import read_directives


def test_html_comment_covers_the_next_paragraph() -> None:
    text = (
        "Intro line.\n"
        "\n"
        "<!-- factcheck: ignore office-single-holder -- quoted from a 2024 speech -->\n"
        "Treasury Secretary Janet Yellen said so.\n"
        "A second line of the same paragraph.\n"
        "\n"
        "Another paragraph.\n"
    )
    blanked, [s], problems = read_directives("a.md", text)
    assert problems == []
    assert (s.rules, s.line, s.first_line, s.last_line) == (("office-single-holder",), 3, 4, 5)
    assert s.reason == "quoted from a 2024 speech"
    assert "factcheck" not in blanked and len(blanked) == len(text)  # offsets and lines unchanged
    assert blanked.count("\n") == text.count("\n")


def test_ignore_file_covers_every_line_and_names_several_rules() -> None:
    _, [s], _ = read_directives("a.md", "<!-- factcheck: ignore-file a-rule, b-rule -->\nText.\n")
    assert (s.rules, s.first_line, s.last_line) == (("a-rule", "b-rule"), 1, 0)


def test_plain_text_line_form() -> None:
    text = "First paragraph.\n\nfactcheck: ignore market-close-vs-reference -- intraday figure\nThe Dow fell 2%.\n"
    _, [s], _ = read_directives("a.txt", text)
    assert (s.rules, s.first_line, s.last_line, s.reason) == (
        ("market-close-vs-reference",),
        4,
        4,
        "intraday figure",
    )


def test_a_comment_on_the_line_of_its_paragraph_covers_that_paragraph() -> None:
    _, [s], _ = read_directives("a.md", "Yellen spoke. <!-- factcheck: ignore all -->\nMore.\n\nNext.\n")
    assert (s.rules, s.first_line, s.last_line) == (("all",), 1, 2)


def test_prose_is_no_directive() -> None:
    text = "Factcheck: the claim is false.\nfactcheck: a word of prose\n"
    blanked, found, problems = read_directives("a.txt", text)
    assert (blanked, found, problems) == (text, [], [])


def test_a_misspelt_html_directive_is_a_problem_with_its_line() -> None:
    _, found, problems = read_directives("a.md", "Text.\n<!-- factcheck: ignroe some-rule -->\n")
    assert found == []
    assert problems and problems[0].startswith("line 2: unreadable factcheck comment")


def test_a_directive_naming_no_rule_is_a_problem() -> None:
    _, found, problems = read_directives("a.md", "<!-- factcheck: ignore -- no rule given -->\n")
    assert found == [] and "names no rule" in problems[0]
