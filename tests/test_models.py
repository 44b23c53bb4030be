"""TimeSpan interval logic, Article positions and Conflict fingerprints."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from factcheck.models import Article, Claim, Conflict, Evidence, Precision, Severity, TimeSpan

D = dt.date


def span(start: dt.date | None, end: dt.date | None, precision: Precision = Precision.DAY) -> TimeSpan:
    return TimeSpan(start=start, end=end, precision=precision)


OCT = span(D(2025, 10, 1), D(2025, 10, 31), Precision.MONTH)


# --- TimeSpan: validation --------------------------------------------------------------------------------------------
def test_span_ending_before_it_starts_is_rejected() -> None:
    """A span whose end precedes its start is a programming error caught at construction."""
    with pytest.raises(ValidationError, match="before it starts"):
        span(D(2025, 10, 2), D(2025, 10, 1))


def test_one_day_span_is_valid_and_one_day_long() -> None:
    """start == end is a single day, not an error."""
    assert TimeSpan.day(D(2025, 10, 2)).days == 1


def test_open_span_has_no_length() -> None:
    """A span with an open end has no finite length."""
    assert span(D(2025, 1, 1), None).days is None
    assert OCT.days == 31


# --- TimeSpan: overlaps / contains -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (TimeSpan.day(D(2025, 10, 15)), True),
        (TimeSpan.day(D(2025, 10, 31)), True),  # shares the last day
        (TimeSpan.day(D(2025, 11, 1)), False),  # the day after
        (span(D(2025, 9, 1), D(2025, 10, 1)), True),  # shares the first day
        (span(None, D(2025, 9, 30)), False),  # "until September"
        (span(D(2025, 10, 31), None), True),  # "since Oct 31"
        (span(None, None), False),  # unknown never overlaps
    ],
)
def test_overlaps(other: TimeSpan, expected: bool) -> None:
    """Closed-interval overlap, with open ends reaching to the edge of time."""
    assert OCT.overlaps(other) is expected


def test_open_spans_overlap_each_other() -> None:
    """'since 2020' and 'until 2024' share 2020-2024."""
    assert span(D(2020, 1, 1), None).overlaps(span(None, D(2024, 12, 31)))


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        (OCT, TimeSpan.day(D(2025, 10, 1)), True),
        (OCT, OCT, True),
        (OCT, span(D(2025, 10, 20), D(2025, 11, 2)), False),  # sticks out
        (TimeSpan.day(D(2025, 10, 1)), OCT, False),
        (span(D(2021, 1, 1), None), OCT, True),  # "since 2021" holds October 2025
        (OCT, span(D(2025, 10, 1), None), False),  # an open end is never inside a closed span
        (OCT, TimeSpan.unknown(), False),
        (TimeSpan.unknown(), OCT, False),
    ],
)
def test_contains(outer: TimeSpan, inner: TimeSpan, expected: bool) -> None:
    """contains() is true only when every day of the inner span is inside."""
    assert outer.contains(inner) is expected


# --- TimeSpan: gap_days ----------------------------------------------------------------------------------------------
def test_gap_days_between_separate_spans() -> None:
    """The gap is measured end-to-start in both directions; adjacent days are 1 apart."""
    nov_3 = TimeSpan.day(D(2025, 11, 3))
    assert OCT.gap_days(nov_3) == 3
    assert nov_3.gap_days(OCT) == 3
    assert OCT.gap_days(TimeSpan.day(D(2025, 11, 1))) == 1


def test_gap_days_is_zero_when_overlapping_and_none_when_unknown() -> None:
    """Overlap means no gap; an unknown time has no measurable gap."""
    assert OCT.gap_days(TimeSpan.day(D(2025, 10, 9))) == 0
    assert OCT.gap_days(TimeSpan.unknown()) is None
    assert TimeSpan.unknown().gap_days(OCT) is None


def test_gap_days_with_open_end() -> None:
    """An open start does not matter: the gap is measured from the closed end."""
    until = span(None, D(2024, 12, 31))
    assert until.gap_days(TimeSpan.day(D(2025, 1, 10))) == 10


# --- TimeSpan: hull --------------------------------------------------------------------------------------------------
def test_hull_spans_both_and_takes_coarser_precision() -> None:
    """The hull runs from the earlier start to the later end, at the coarser precision."""
    h = TimeSpan.day(D(2025, 9, 14)).hull(OCT)
    assert (h.start, h.end, h.precision) == (D(2025, 9, 14), D(2025, 10, 31), Precision.MONTH)


def test_hull_with_unknown_returns_the_known_side() -> None:
    """An unknown time adds nothing to a hull."""
    assert OCT.hull(TimeSpan.unknown()) == OCT
    assert TimeSpan.unknown().hull(OCT) == OCT


def test_hull_keeps_open_ends_open() -> None:
    """If either side is open at an end, the hull is open there too."""
    h = span(D(2021, 1, 1), None).hull(OCT)
    assert (h.start, h.end) == (D(2021, 1, 1), None)


# --- TimeSpan: label -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (TimeSpan.day(D(2025, 9, 14)), "2025-09-14"),
        (OCT, "2025-10"),
        (span(D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH), "2024-02"),
        (span(D(2025, 1, 1), D(2025, 12, 31), Precision.YEAR), "2025"),
        (span(D(2025, 9, 14), D(2025, 9, 15)), "2025-09-14..2025-09-15"),
        # month precision but not a whole calendar month: shown as the range it is
        (span(D(2025, 10, 1), D(2025, 10, 10), Precision.MONTH), "2025-10-01..2025-10-10"),
        (span(D(2021, 1, 20), None), "since 2021-01-20"),
        (span(None, D(2025, 1, 20)), "until 2025-01-20"),
        (TimeSpan.unknown(), "unknown time"),
    ],
)
def test_label(value: TimeSpan, expected: str) -> None:
    """Reports show spans in these short forms."""
    assert value.label() == expected


# --- TimeSpan: properties --------------------------------------------------------------------------------------------
_DATES = st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31))


@st.composite
def spans(draw: st.DrawFn, known: bool = False) -> TimeSpan:
    a, b = sorted((draw(_DATES), draw(_DATES)))
    start = draw(st.one_of(st.none(), st.just(a)))
    end = draw(st.one_of(st.none(), st.just(b)))
    if known and start is None and end is None:
        start = a
    return TimeSpan(start=start, end=end, precision=draw(st.sampled_from(list(Precision))))


@given(spans(), spans())
def test_overlaps_is_symmetric(a: TimeSpan, b: TimeSpan) -> None:
    """Whether two claims' times overlap cannot depend on which is compared first."""
    assert a.overlaps(b) == b.overlaps(a)


@given(spans(known=True), spans(known=True))
def test_gap_is_zero_exactly_when_overlapping(a: TimeSpan, b: TimeSpan) -> None:
    """For known spans, gap_days is 0 iff they overlap, positive otherwise, and symmetric."""
    gap = a.gap_days(b)
    assert gap is not None
    assert (gap == 0) == a.overlaps(b)
    assert gap >= 0
    assert gap == b.gap_days(a)


@given(spans(known=True), spans(known=True))
def test_hull_contains_both(a: TimeSpan, b: TimeSpan) -> None:
    """The hull of two known spans contains each of them."""
    h = a.hull(b)
    assert h.contains(a)
    assert h.contains(b)


def test_hull_of_opposite_open_spans_contains_both() -> None:
    """'since 2000' and 'until 2000' together cover all time; their hull must still contain each."""
    since, until = span(D(2000, 1, 1), None), span(None, D(2000, 1, 1))
    h = since.hull(until)
    assert h.is_known
    assert h.contains(since)
    assert h.contains(until)


@given(spans(known=True), spans(known=True))
def test_contains_implies_overlaps(a: TimeSpan, b: TimeSpan) -> None:
    """A span that contains another also overlaps it."""
    if a.contains(b):
        assert a.overlaps(b)


# --- Article.position ------------------------------------------------------------------------------------------------
ARTICLE = Article(id="a.txt", path="a.txt", text="First line\nsecond one\n\nlast line here")


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (0, (1, 1)),  # very first character
        (6, (1, 7)),  # "line" on the first line
        (10, (1, 11)),  # the newline ending line 1 belongs to line 1
        (11, (2, 1)),  # first character of line 2
        (22, (3, 1)),  # the empty line 3
        (23, (4, 1)),  # start of the last line
        (36, (4, 14)),  # last character of the text
    ],
)
def test_position_is_one_based_line_and_column(offset: int, expected: tuple[int, int]) -> None:
    """file:line:col links in reports come from Article.position."""
    assert ARTICLE.position(offset) == expected


def test_position_of_last_word() -> None:
    """A word on the last line (no trailing newline) gets that line and column."""
    text = ARTICLE.text
    assert ARTICLE.position(text.index("here")) == (4, 11)


# --- Conflict fingerprint --------------------------------------------------------------------------------------------
def claim(person: str, line: int, start: int) -> Claim:
    sentence = f"Treasury Secretary {person} spoke."
    return Claim(
        kind="office_holder",
        key={"role": "us-treasury-secretary"},
        value={"person": person.lower().replace(" ", "-")},
        surface=f"Treasury Secretary {person}",
        evidence=Evidence(
            article="a.txt",
            path="a.txt",
            line=line,
            column=1,
            start=start,
            end=start + len(sentence),
            sentence=sentence,
        ),
    )


def conflict(*claims: Claim) -> Conflict:
    return Conflict(rule="single-holder", severity=Severity.ERROR, message="two holders", claims=claims)


def test_fingerprint_survives_line_moves() -> None:
    """Editing text above a claim moves it but must not change the conflict's identity."""
    before = conflict(claim("Scott Bessent", 3, 40), claim("Janet Yellen", 9, 200))
    after = conflict(claim("Scott Bessent", 30, 400), claim("Janet Yellen", 12, 520))
    assert before.fingerprint == after.fingerprint
    assert len(before.fingerprint) == 16


def test_fingerprint_ignores_claim_order() -> None:
    """The same pair of claims listed in the other order is the same conflict."""
    a, b = claim("Scott Bessent", 3, 40), claim("Janet Yellen", 9, 200)
    assert conflict(a, b).fingerprint == conflict(b, a).fingerprint


def test_fingerprint_changes_when_a_value_changes() -> None:
    """A claim that now names someone else is a different conflict."""
    before = conflict(claim("Scott Bessent", 3, 40), claim("Janet Yellen", 9, 200))
    after = conflict(claim("Scott Bessent", 3, 40), claim("Steven Mnuchin", 9, 200))
    assert before.fingerprint != after.fingerprint


def test_fingerprint_survives_json_round_trip() -> None:
    """A baseline saved as JSON still matches the conflict it came from."""
    c = conflict(claim("Scott Bessent", 3, 40), claim("Janet Yellen", 9, 200))
    assert Conflict.model_validate_json(c.model_dump_json()).fingerprint == c.fingerprint
