"""numeric_tolerance on market moves and statistics: must flag and must not flag."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks import numeric
from factcheck.models import Claim, Evidence, Qualifiers, Status, TimeSpan
from factcheck.ruleset import RuleSet
from factcheck.timeexpr import parse_date_value
from tests.checks.conftest import Run

MARKET = "market-move-agreement"
STATISTIC = "statistic-agreement"
Articles = Sequence[tuple[str, str | None]]


# --- market moves ----------------------------------------------------------------------------------------------------
def test_flags_opposite_directions_on_the_same_day(conflicts: Run) -> None:
    [c] = conflicts(
        ("The S&P 500 fell 1.2% on Monday.", "2025-10-15"),
        ("Wall Street rallied, with the S&P 500 up 0.4% on Monday.", "2025-10-14"),
        rule=MARKET,
    )
    assert c.message == ("S&P 500: down 1.2% (2025-10-13) in a0.txt:1 but up 0.4% (2025-10-13) in a1.txt:1")
    assert c.severity.value == "warning"
    assert [x.value["direction"] for x in c.claims] == ["down", "up"]


def test_flags_sizes_apart_in_the_same_week(conflicts: Run) -> None:
    [c] = conflicts(
        ("The Nasdaq rose 3% last week.", "2025-10-15"),
        ("Last week the Nasdaq Composite gained 1%.", "2025-10-16"),
        rule=MARKET,
    )
    assert "up 3% (2025-10-06..2025-10-12)" in c.message
    assert "up 1% (2025-10-06..2025-10-12)" in c.message


def test_flags_flat_against_a_large_move(conflicts: Run) -> None:
    assert conflicts(
        ("The DAX was unchanged on Monday.", "2025-10-15"),
        ("Germany's DAX jumped 2% on Monday.", "2025-10-15"),
        rule=MARKET,
    )


@pytest.mark.parametrize(
    "articles",
    [
        # a hedge covers the difference: "nearly 3%" is 2.7..3
        [("The Nasdaq rose nearly 3% last week.", "2025-10-15"), ("The Nasdaq gained 2.8% last week.", "2025-10-16")],
        # within the tolerance of 0.5 points
        [("The Dow fell 1.2% on Monday.", "2025-10-15"), ("The Dow fell 1.5% on Monday.", "2025-10-14")],
        # different days
        [("The S&P 500 fell 1.2% on Monday.", "2025-10-15"), ("The S&P 500 rose 0.4% on Tuesday.", "2025-10-15")],
        # different indices
        [("The S&P 500 fell 1.2% on Monday.", "2025-10-15"), ("The Dow rose 0.4% on Monday.", "2025-10-15")],
        # the week's move against one day's
        [("The S&P 500 rose 2% for the week.", "2025-10-17"), ("The S&P 500 fell 1% on Monday.", "2025-10-15")],
        # points against percent are not compared
        [("The Dow lost 300 points on Monday.", "2025-10-15"), ("The Dow lost 2% on Monday.", "2025-10-15")],
        # a move since January says too little
        [("The Hang Seng has surged 30% since January.", "2025-10-15"), ("The Hang Seng rose 2%.", "2025-10-15")],
        # an article without a date
        [("The S&P 500 fell 1.2% on Monday.", None), ("The S&P 500 rose 0.4% on Monday.", "2025-10-15")],
        # a drawdown from a peak is not a move over a period
        [("The Nasdaq is down 20% from its peak.", "2025-10-15"), ("The Nasdaq rose 1%.", "2025-10-15")],
    ],
)
def test_market_quiet(conflicts: Run, articles: Articles) -> None:
    assert not conflicts(*articles, rule=MARKET)


def test_quiet_within_one_article(conflicts: Run) -> None:
    text = "The S&P 500 fell 1.2% on Monday. Correction: the S&P 500 rose 0.4% on Monday."
    assert not conflicts((text, "2025-10-15"), rule=MARKET)


def test_points_agree_within_the_relative_tolerance(conflicts: Run) -> None:
    assert not conflicts(
        ("The Dow lost 300 points on Monday.", "2025-10-15"),
        ("The Dow shed 320 points on Monday.", "2025-10-15"),
        rule=MARKET,
    )
    assert conflicts(
        ("The Dow lost 300 points on Monday.", "2025-10-15"),
        ("The Dow shed 600 points on Monday.", "2025-10-15"),
        rule=MARKET,
    )


# --- statistics ------------------------------------------------------------------------------------------------------
SEED = "China’s exports to the U.S. fell nearly 12% year-on-year in 2024."


def test_flags_two_figures_for_the_same_year(conflicts: Run) -> None:
    [c] = conflicts(
        (SEED, "2025-10"), ("Chinese exports to the United States dropped 20% in 2024.", "2025-09"), rule=STATISTIC
    )
    assert c.message == (
        "Exports / China / United States / change: down nearly 12% year-on-year (2024) in a0.txt:1 "
        "but down 20% (2024) in a1.txt:1"
    )


def test_flags_a_level_against_another(conflicts: Run) -> None:
    assert conflicts(
        ("The U.S. unemployment rate stood at about 5.5% in October.", "2025-11-20"),
        ("The U.S. unemployment rate was 3% in October.", "2025-11-21"),
        rule=STATISTIC,
    )


@pytest.mark.parametrize(
    "articles",
    [
        # "nearly 12%" is 10.8..12: 11% agrees
        [(SEED, "2025-10"), ("Chinese exports to the United States dropped 11% in 2024.", "2025-09")],
        # another year
        [(SEED, "2025-10"), ("Chinese exports to the United States dropped 20% in 2023.", "2025-09")],
        # a month's figure against the year's
        [(SEED, "2025-10"), ("Chinese exports to the U.S. fell 20% in October 2024.", "2025-09")],
        # another partner
        [(SEED, "2025-10"), ("China's exports fell 2% in 2024.", "2025-09")],
        # a month-on-month change against a year-on-year one
        [
            ("China's exports rose 8% year-on-year in September.", "2025-10"),
            ("China's exports rose 1% month-on-month in September.", "2025-10"),
        ],
        # a level against a change
        [
            ("The unemployment rate rose to 4.3% in August.", "2025-09"),
            ("Unemployment rose 0.2 percentage points in August.", "2025-09"),
        ],
    ],
)
def test_statistic_quiet(conflicts: Run, articles: Articles) -> None:
    assert not conflicts(*articles, rule=STATISTIC)


# --- the mechanism on hand-made claims -------------------------------------------------------------------------------
def claim(
    article: str,
    lo: float,
    hi: float,
    *,
    direction: str = "up",
    time: TimeSpan | None = None,
    status: Status = Status.CURRENT,
    **extra: str,
) -> Claim:
    return Claim(
        kind="market_move",
        key={"index": "x"},
        value={"direction": direction, "size": lo, "lo": lo, "hi": hi, "unit": "percent", **extra},
        time=time or parse_date_value("2025-10-13"),
        qualifiers=Qualifiers(status=status),
        surface="x",
        evidence=Evidence(article=article, path=article, line=1, column=1, start=0, end=1, sentence="x"),
    )


def rule(**fields: object) -> numeric.Rule:
    base: dict[str, object] = {
        "id": "t",
        "check": "numeric_tolerance",
        "claims": "market_move",
        "description": "d",
        "message": "{key}: {a.value} / {b.value}",
        "key": ["index"],
        "value": "size",
        "direction": "direction",
        "tolerance": 0.5,
    }
    return numeric.Rule.model_validate({**base, **fields})


def judge(claims: list[Claim], **fields: object) -> int:
    return len(list(numeric.evaluate(claims, rule(**fields), RuleSet())))


@pytest.mark.parametrize(
    ("a", "b", "flags"),
    [
        ((3.0, 3.0), (2.5, 2.5), False),  # exactly the tolerance apart
        ((3.0, 3.0), (2.4, 2.4), True),
        ((2.7, 3.0), (2.1, 2.1), True),  # the nearer end is 0.6 away
        ((1.5, 3.0), (1.0, 1.0), False),  # "less than 3%" reaches down to 1.5
    ],
)
def test_interval_gap_against_tolerance(a: tuple[float, float], b: tuple[float, float], flags: bool) -> None:
    assert judge([claim("a", *a), claim("b", *b)]) == int(flags)


def test_relative_tolerance_takes_the_larger_allowance() -> None:
    pair = [claim("a", 300.0, 300.0), claim("b", 330.0, 330.0)]
    assert judge(pair) == 1
    assert judge(pair, tolerance_relative=0.1) == 0


def test_opposite_directions_flag_even_when_sizes_agree() -> None:
    assert judge([claim("a", 0.1, 0.1, direction="up"), claim("b", 0.1, 0.1, direction="down")]) == 1
    assert judge([claim("a", 0.1, 0.1, direction="up"), claim("b", 0.1, 0.1, direction="flat")]) == 0


def test_same_fields_must_agree_when_both_state_them() -> None:
    a, b = claim("a", 8.0, 8.0, basis="year-on-year"), claim("b", 1.0, 1.0, basis="month-on-month")
    assert judge([a, b], same=["unit", "basis"]) == 0
    assert judge([a, claim("b", 1.0, 1.0)], same=["unit", "basis"]) == 1


def test_not_current_and_vague_claims_are_skipped() -> None:
    year = parse_date_value("2025")
    assert judge([claim("a", 3.0, 3.0, status=Status.FORMER), claim("b", 1.0, 1.0)]) == 0
    assert judge([claim("a", 3.0, 3.0, time=year), claim("b", 1.0, 1.0, time=year)], max_span_days=7) == 0
    assert judge([claim("a", 3.0, 3.0, time=TimeSpan.unknown()), claim("b", 1.0, 1.0)]) == 0


def test_repeated_statements_are_one_conflict() -> None:
    assert judge([claim("a", 3.0, 3.0), claim("a", 3.0, 3.0), claim("b", 1.0, 1.0)]) == 1


def test_rule_fields_are_validated() -> None:
    with pytest.raises(ValueError, match="tolerance"):
        rule(tolerance=-1)
    with pytest.raises(ValueError, match="treshold"):
        rule(treshold=1)


sizes = st.floats(min_value=0, max_value=50, allow_nan=False)
tolerances = st.floats(min_value=0, max_value=5, allow_nan=False)


@given(sizes, sizes, sizes, sizes, tolerances)
def test_agreement_is_symmetric(a1: float, a2: float, b1: float, b2: float, tol: float) -> None:
    a, b = claim("a", min(a1, a2), max(a1, a2)), claim("b", min(b1, b2), max(b1, b2))
    assert judge([a, b], tolerance=tol) == judge([claim("a", *_bounds(b)), claim("b", *_bounds(a))], tolerance=tol)


@given(sizes, sizes, tolerances, tolerances)
def test_a_wider_tolerance_never_adds_conflicts(x: float, y: float, t1: float, t2: float) -> None:
    pair = [claim("a", x, x), claim("b", y, y)]
    assert judge(pair, tolerance=max(t1, t2)) <= judge(pair, tolerance=min(t1, t2))


@given(sizes, tolerances)
def test_overlapping_intervals_always_agree(x: float, tol: float) -> None:
    assert judge([claim("a", x * 0.9, x), claim("b", x, x * 1.5)], tolerance=tol) == 0


def _bounds(c: Claim) -> tuple[float, float]:
    lo, hi = c.value["lo"], c.value["hi"]
    assert isinstance(lo, float) and isinstance(hi, float)
    return lo, hi


def test_market_moves_dated_only_by_their_article_are_not_compared(conflicts: Run) -> None:
    """A morning story's "rose 1.6%" may be yesterday's close: without a stated day it is not compared."""
    assert not conflicts(
        ("The S&P 500 rose 1.6% and the Nasdaq gained 2.2%, Asian markets followed.", "2025-10-14"),
        ("The S&P 500 fell 0.2% on Tuesday as bank shares slid.", "2025-10-14"),
        rule="market-move-agreement",
    )


# --- policy rates: instruments ---------------------------------------------------------------------------------------
POLICY = "policy-rate-agreement"


@pytest.mark.parametrize(
    "articles",
    [
        [
            ("The ECB cut its benchmark interest rate to 2% on Thursday.", "2025-06-05"),
            ("The ECB cut its main refinancing rate to 2.15% on Thursday.", "2025-06-05"),
        ],
        [
            ("The European Central Bank lowered its key rate to 2% on Thursday.", "2025-06-05"),
            ("The ECB lowered the marginal lending facility rate to 2.4% on Thursday.", "2025-06-05"),
        ],
        [
            ("The ECB cut its deposit rate to 2% on Thursday.", "2025-06-05"),
            ("The ECB cut interest rates to 2.15% on Thursday.", "2025-06-05"),
        ],
    ],
)
def test_a_named_instrument_is_not_compared_with_a_rate_naming_none(conflicts: Run, articles: Articles) -> None:
    """A rate with no instrument named may be any of the bank's (a claim's null instrument is none
    stated, which `same_strict` keeps apart from a stated one)."""
    assert conflicts(*articles, rule=POLICY) == []


@pytest.mark.parametrize(
    "articles",
    [
        [
            ("The ECB cut its deposit rate to 2% on Thursday.", "2025-06-05"),
            ("The ECB lowered its deposit facility rate to 2.25% on Thursday.", "2025-06-05"),
        ],
        [
            ("The Federal Reserve held its benchmark rate at 4.5% on Wednesday.", "2025-07-31"),
            ("The Fed kept interest rates unchanged at 5.5% on Wednesday.", "2025-07-31"),
        ],
    ],
)
def test_rates_of_one_instrument_or_none_are_compared(conflicts: Run, articles: Articles) -> None:
    assert conflicts(*articles, rule=POLICY)
