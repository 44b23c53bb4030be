"""The market_closes reference table: a move read as the day's against the official close."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.references import Verdict, closes
from factcheck.ruleset import load_ruleset
from factcheck.ruleset.ruleset import RuleSet
from factcheck.settings import default_rules_dir
from tests.conftest import make_article

# rules/reference/markets.yaml: 18 December 2024, Dow -1,123.03 (-2.58%) to 42,326.87,
# S&P 500 -2.95% to 5,872.16, Nasdaq -3.56% to 19,392.69.


def verdicts(ruleset: RuleSet, text: str, published: str = "2024-12-18") -> list[Verdict]:
    found = [c for c in extract_claims(make_article(text, published), ruleset) if c.kind == "market_move"]
    return [closes.judge(c, ruleset).verdict for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "The Dow fell 1,123 points, or 2.6%, on Wednesday.",
        "The Nasdaq closed 3.6% lower on Wednesday.",
        # a whole number is a rounded one: 4% for 3.56%, 1,100 points for 1,123
        "The Nasdaq closed 4% lower on Wednesday.",
        "The Dow shed 1,100 points on Wednesday.",
        "The S&P 500 ended the day down 3%.",
        "The Dow fell 1,123 points to 42,326.87 on Wednesday.",
        "The Dow closed at 42,326.87 on Wednesday, down 1,123 points.",
    ],
)
def test_a_rounded_close_agrees(ruleset: RuleSet, text: str) -> None:
    assert set(verdicts(ruleset, text)) == {Verdict.CONSISTENT}


@pytest.mark.parametrize(
    "text",
    [
        "The Dow fell 600 points on Wednesday.",
        "The Nasdaq closed 4.5% lower on Wednesday.",  # a stated decimal is no rounding of 3.56
        "The S&P 500 closed 2% lower on Wednesday.",  # 2.95 rounds to 3, not 2
        "The Dow fell 2.6% to 41,500.10 on Wednesday.",  # the size agrees, the level does not
        # a size in points, then the level: the level of another index or day
        "The S&P 500 lost 178 points to 5,972.16 on Wednesday.",
        "The Dow fell 1,123 points to 41,326.87 on Wednesday.",
        # the level first, its day before the comma
        "The Dow closed at 43,326.87 on Wednesday, down 1,123 points.",
        "The S&P 500 ended at 5,972.16 on Dec. 18, down 2.95%.",
    ],
)
def test_a_wrong_close_is_contradicted(ruleset: RuleSet, text: str) -> None:
    assert Verdict.CONTRADICTED in verdicts(ruleset, text)


@pytest.mark.parametrize(
    "text",
    [
        # figures reported with an intraday one are of the same moment
        "The Nasdaq tumbled 5% in early trade, while the S&P 500 lost 4.1%.",
        "When trading opened on Wednesday, the Dow sank 900 points. The S&P 500, meanwhile, fell 2%.",
    ],
)
def test_figures_of_another_moment_are_not_judged(ruleset: RuleSet, text: str) -> None:
    assert set(verdicts(ruleset, text)) == {Verdict.UNKNOWN}


@pytest.mark.parametrize(
    ("size", "half"),
    [(9.0, 0.5), (12.48, 0.005), (2.6, 0.05), (1200.0, 50.0), (2231.0, 0.5), (1000.0, 50.0), (20.0, 0.5)],
)
def test_rounding_is_half_the_last_stated_digit(size: float, half: float) -> None:
    assert closes.rounding(size) == pytest.approx(half)


@pytest.fixture(scope="module")
def with_a_yield_close(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    """The shipped rules and one made-up close of the 10-year yield: 4.21% on 18 December 2024, up 9 bp."""
    folder = tmp_path_factory.mktemp("yield")
    (folder / "closes.yaml").write_text(
        "reference_closes:\n  as_of: 2024-12-31\n  closes:\n"
        "    - {index: us-10y-yield, date: 2024-12-18, close: 4.21, points: 0.09}\n",
        encoding="utf-8",
    )
    return load_ruleset([default_rules_dir(), folder])


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The 10-year Treasury yield climbed to 4.21% on Wednesday.", Verdict.CONSISTENT),
        ("The 10-year Treasury yield rose 9 basis points to 4.21% on Wednesday.", Verdict.CONSISTENT),
        ("On Wednesday the 10-year Treasury yield fell to 4.21%.", Verdict.CONTRADICTED),  # the wrong way
        ("The 10-year Treasury yield climbed to 4.5% on Wednesday.", Verdict.CONTRADICTED),  # another level
    ],
)
def test_a_yield_level_against_its_close(with_a_yield_close: RuleSet, text: str, verdict: Verdict) -> None:
    assert verdicts(with_a_yield_close, text) == [verdict]


@pytest.fixture(scope="module")
def with_two_days(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    """Made-up closes of a Thursday and a Friday: 2 April 2026 -1,000 points (-2.00%), 3 April -2,000 (-4.08%)."""
    folder = tmp_path_factory.mktemp("two-days")
    (folder / "closes.yaml").write_text(
        "reference_closes:\n  as_of: 2026-04-30\n  closes:\n"
        "    - {index: dow, date: 2026-04-02, close: 49000.0, points: -1000.0, percent: -2.0}\n"
        "    - {index: dow, date: 2026-04-03, close: 47000.0, points: -2000.0, percent: -4.08}\n",
        encoding="utf-8",
    )
    return load_ruleset([default_rules_dir(), folder])


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the move over both days: 3,000 points, about 6%
        ("The Dow shed nearly 3,000 points on Thursday and Friday.", Verdict.CONSISTENT),
        ("Over Thursday and Friday the Dow lost 6%.", Verdict.CONSISTENT),
        ("The Dow fell 3,000 points over the Thursday-Friday sessions.", Verdict.CONSISTENT),
        # either day alone
        ("The Dow fell 2,000 points on Thursday and Friday.", Verdict.CONSISTENT),
        # neither day nor both
        ("The Dow fell 5,000 points on Thursday and Friday.", Verdict.CONTRADICTED),
        ("The Dow rose 3,000 points on Thursday and Friday.", Verdict.CONTRADICTED),
    ],
)
def test_a_move_over_two_days_against_both_closes(with_two_days: RuleSet, text: str, verdict: Verdict) -> None:
    assert verdicts(with_two_days, text, published="2026-04-04") == [verdict]


def test_the_span_a_move_may_cover_is_the_table_s_setting(tmp_path: Path) -> None:
    (tmp_path / "closes.yaml").write_text(
        "reference_closes:\n  as_of: 2026-04-30\n  stated_days: 1\n  closes:\n"
        "    - {index: dow, date: 2026-04-02, close: 49000.0, points: -1000.0, percent: -2.0}\n"
        "    - {index: dow, date: 2026-04-03, close: 47000.0, points: -2000.0, percent: -4.08}\n",
        encoding="utf-8",
    )
    rules = load_ruleset([default_rules_dir(), tmp_path])
    # a move over two days is judged only where the table allows spans that long
    assert verdicts(rules, "The Dow fell 5,000 points on Thursday and Friday.", published="2026-04-04") == [
        Verdict.UNKNOWN
    ]
