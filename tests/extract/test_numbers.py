"""Quantities, hedges and periods in news prose: the shared reading of numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.extract.numbers import (
    Cue,
    Hedged,
    clause,
    find_quantities,
    hedge_after,
    hedge_before,
    interval,
    period,
    signed,
    week_of,
    year_to_date,
)
from factcheck.models import Precision, TimeSpan
from factcheck.ruleset import RuleSet
from factcheck.timeexpr import parse_date_value
from factcheck.vocab import vocabulary
from tests.conftest import make_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rose 3%", [("3%", 3.0, None, "percent")]),
        ("fell 3 percent", [("3 percent", 3.0, None, "percent")]),
        ("grew 3.2 per cent", [("3.2 per cent", 3.2, None, "percent")]),
        ("GDP growth of -0.4% in the quarter", [("-0.4%", -0.4, None, "percent")]),
        ("(−1.5%)", [("−1.5%", -1.5, None, "percent")]),
        ("added 3pc", [("3pc", 3.0, None, "percent")]),
        ("lost 120 points", [("120 points", 120.0, None, "points")]),
        ("lost 1,234.5 points", [("1,234.5 points", 1234.5, None, "points")]),
        ("a 300-point drop", [("300-point", 300.0, None, "points")]),
        ("rose 1.2 percentage points", [("1.2 percentage points", 1.2, None, "percentage points")]),
        ("a 2-percentage-point rise", [("2-percentage-point", 2.0, None, "percentage points")]),
        ("cut by 25 basis points", [("25 basis points", 0.25, None, "percentage points")]),
        ("tariffs of 10-15%", [("10-15%", 10.0, 15.0, "percent")]),
        ("between 2% and 3%", [("between 2% and 3%", 2.0, 3.0, "percent")]),
        ("ranging from 10% to 41%", [("ranging from 10% to 41%", 10.0, 41.0, "percent")]),
        ("25-percent auto tariffs", [("25-percent", 25.0, None, "percent")]),  # hyphenated before its noun
        ("a 10-per-cent levy", [("10-per-cent", 10.0, None, "percent")]),
        ("in the range of 10% and 41%", [("in the range of 10% and 41%", 10.0, 41.0, "percent")]),
        ("2 to 3 percent", [("2 to 3 percent", 2.0, 3.0, "percent")]),
        # two numbers, not a range: "from 2% to 3%" names two levels
        ("from 2% to 3%", [("2%", 2.0, None, "percent"), ("3%", 3.0, None, "percent")]),
        ("fell 1% and 2%", [("1%", 1.0, None, "percent"), ("2%", 2.0, None, "percent")]),
    ],
)
def test_quantities(text: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    assert [(q.text, q.value, q.high, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, trade slowed.",  # a year is never a number of anything
        "Data from 2024 points to a slowdown.",  # "points" the verb
        "The survey of 30 points to weaker demand.",
        "On October 3 the talks resumed.",  # a day
        "a 90-day truce",  # no unit
        "US$3 billion",  # money is not read
        "the 2024-25 season points",  # a season, not a range
    ],
)
def test_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_offsets_point_at_the_number() -> None:
    text = "The index fell 1.5% on Monday."
    [q] = find_quantities(text)
    assert text[q.start : q.end] == "1.5%"


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("The Dow fell 1,123 points to 42,326.20 on Wednesday.", 1123.0),
        ("The index rose 35 points to 5,120.", 35.0),
        ("It shed 716 points at 19,392 by the close.", 716.0),
    ],
)
def test_points_before_a_level_are_a_size_not_the_verb(text: str, size: float) -> None:
    """ "points to 42,326.20" is a move to a level: as the verb ("points to a slowdown") it had
    dropped the move, so a level of another day went unflagged."""
    assert [(q.value, q.unit) for q in find_quantities(text)][:1] == [(size, "points")]


def test_range_written_to_with_a_level_is_not_a_range() -> None:
    """ "fell 300 to 42,000 points" is a move and a level, not 300..42,000."""
    assert [q.text for q in find_quantities("fell 300 to 42,000 points")] == ["42,000 points"]


@pytest.mark.parametrize(
    ("text", "word", "bounds"),
    [
        ("fell nearly 12%", "nearly", (10.8, 12.0)),
        ("fell almost 12%", "almost", (10.8, 12.0)),
        ("rose about 10%", "about", (9.0, 11.0)),
        ("rose roughly 10%", "roughly", (9.0, 11.0)),
        ("rose more than 3%", "more than", (3.0, 4.5)),
        ("tariffs of up to 50%", "up to", (0.0, 50.0)),  # a ceiling: anything below it
        ("rose just over 3%", "just over", (3.0, 3.3)),
        ("rose 3%", None, (3.0, 3.0)),
    ],
)
def test_hedges_widen_numbers(ruleset: RuleSet, text: str, word: str | None, bounds: tuple[float, float]) -> None:
    lexicon = vocabulary(ruleset).lexicons["hedges"]
    [q] = find_quantities(text)
    hedge = hedge_before(text, q.start, lexicon, ruleset)
    assert (hedge.word if hedge else None) == word
    assert interval(*q.magnitude, hedge) == pytest.approx(bounds)


def test_hedge_after_the_number(ruleset: RuleSet) -> None:
    text = "rose 3% or more"
    [q] = find_quantities(text)
    hedge = hedge_after(text, q.end, vocabulary(ruleset).lexicons["hedges"], ruleset)
    assert hedge is not None and hedge.word == "or more"
    assert interval(*q.magnitude, hedge) == pytest.approx((3.0, 4.5))


def test_hedge_must_touch_the_number(ruleset: RuleSet) -> None:
    text = "about the trade war, exports fell 3%"
    [q] = find_quantities(text)
    assert hedge_before(text, q.start, vocabulary(ruleset).lexicons["hedges"], ruleset) is None


def test_signed_intervals_mirror() -> None:
    hedge = Hedged("nearly", 0, 6, 0.1, 0.0)
    assert signed(interval(12.0, 12.0, hedge), negative=True) == pytest.approx((-12.0, -10.8))
    assert signed((1.0, 2.0), negative=False) == (1.0, 2.0)


def _view(text: str, published: str = "2025-10-15") -> ArticleView:
    return ArticleView(make_article(text, published))


def test_period_is_the_nearest_time_expression() -> None:
    view = _view("In October, the index fell 2% on Monday.")
    [sentence] = view.sentences
    got = period(view, sentence, sentence.text.index("2%"))
    assert got.span == TimeSpan.day(dt.date(2025, 10, 13))
    assert got.source == "sentence"


def test_period_skips_a_dateline_and_a_comparison_base() -> None:
    view = _view("BEIJING, Oct 14 (Reuters) - Exports rose 8% in September from the same month last year.")
    [sentence] = view.sentences
    got = period(view, sentence, sentence.text.index("8%"))
    assert got.span.label() == "2025-09"


def test_period_stops_at_another_subject() -> None:
    text = "The Dow rose 1%, while the Nikkei fell 2% on Monday."
    view = _view(text)
    [sentence] = view.sentences
    got = period(view, sentence, text.index("1%"), barriers=[text.index("Nikkei")])
    assert got.source != "sentence"  # the sentence's claim time, not the Nikkei's Monday
    assert got.span != TimeSpan.day(dt.date(2025, 10, 13))
    assert got.span.contains(parse_date_value("2025-10-15"))


def test_since_runs_to_publication_and_looks_back() -> None:
    text = "The index has gained 30% since January."
    view = _view(text)
    [sentence] = view.sentences
    got = period(view, sentence, text.index("30%"))
    assert (got.span.start, got.span.end) == (dt.date(2025, 1, 1), dt.date(2025, 10, 15))


def test_cues_compete_by_distance() -> None:
    text = "The index rose 2% for the week."
    view = _view(text)
    [sentence] = view.sentences
    week = week_of(parse_date_value("2025-10-15"))
    cue = Cue(text.index("for the week"), text.index("for the week") + 12, week)
    got = period(view, sentence, text.index("2%"), cues=[cue])
    assert (got.span.start, got.span.end, got.span.precision) == (
        dt.date(2025, 10, 13),
        dt.date(2025, 10, 19),
        Precision.WEEK,
    )


def test_year_to_date() -> None:
    span = year_to_date(parse_date_value("2025-10-15"))
    assert (span.start, span.end) == (dt.date(2025, 1, 1), dt.date(2025, 10, 15))
    assert not year_to_date(TimeSpan.unknown()).is_known


def test_period_stays_in_its_clause() -> None:
    text = "The index rose 2%, after plunging 13% on Monday."
    view = _view(text)
    [sentence] = view.sentences
    assert period(view, sentence, text.index("13%")).span == TimeSpan.day(dt.date(2025, 10, 13))
    got = period(view, sentence, text.index("2%"))
    assert (got.span, got.source) == (parse_date_value("2025-10-15"), "published")


def test_possessive_time_is_not_a_period() -> None:
    text = "The index gained 2% to recover Friday's losses."
    view = _view(text)
    [sentence] = view.sentences
    assert period(view, sentence, text.index("2%")).span == parse_date_value("2025-10-15")


def test_clause_bounds() -> None:
    text = "Last week the index gained 1.9%, while on Friday it rose 0.8%."
    lo, hi = clause(text, text.index("1.9%"))
    assert text[lo:hi] == "Last week the index gained 1.9%"
    lo, hi = clause(text, text.index("0.8%"))
    assert text[lo:hi] == "while on Friday it rose 0.8%."
    one = "The Dow lost 300 points, or 0.8%, last week."
    assert clause(one, one.index("0.8%")) == (0, len(one))


def test_carried_period_when_the_sentence_names_none() -> None:
    view = _view("The index rose 2%.")
    [sentence] = view.sentences
    week = SentenceTime(week_of(parse_date_value("2025-10-15")), "sentence")
    assert period(view, sentence, sentence.text.index("2%"), carried=week) == week


@pytest.mark.parametrize(
    ("text", "at", "holds"),
    [
        # the comma of a serial "and" ends no clause: the list is one noun phrase
        ("The 25% duties on Japanese autos, steel, and aluminum stay.", "25%", "aluminum"),
        ("Levies of 10% on wheat, corn, and soybeans took effect.", "10%", "soybeans"),
        # dashes around a short aside end no clause
        ("Levies on Korean products—mainly chips—would climb to 25%.", "25%", "Levies"),
        ("Duties on steel — and on copper — climb to 50% in June.", "50%", "Duties"),
    ],
)
def test_a_list_or_an_aside_stays_in_its_clause(text: str, at: str, holds: str) -> None:
    lo, hi = clause(text, text.index(at))
    assert lo <= text.index(holds) < hi


@pytest.mark.parametrize(
    ("text", "at", "outside"),
    [
        # a clause of its own after ", and" still ends one
        ("Stocks rose 2%, and the dollar fell.", "2%", "dollar"),
        # digit grouping is no list item: ", marking" still opens a clause
        ("The index fell 3%, to close at 40,545.93, marking its worst day since 2020.", "3%", "2020"),
        # a long stretch between dashes is a clause of its own
        ("Exports grew 5% — the government said on Monday after weeks of delay — in June.", "5%", "Monday"),
        # a relative clause between commas ends at its closing comma
        ("The truce, which lowered tariffs to 30%, expires on Nov. 10.", "30%", "Nov. 10"),
        ("The index, which fell 2% last week, rose on Monday.", "2%", "Monday"),
    ],
)
def test_clauses_still_end_where_they_should(text: str, at: str, outside: str) -> None:
    lo, hi = clause(text, text.index(at))
    assert not lo <= text.index(outside) < hi
