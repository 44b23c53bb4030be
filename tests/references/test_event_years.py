"""Events a year off: a round at a recorded round's place and time, but in another year."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.references import Verdict, event_years
from factcheck.ruleset import load_ruleset
from factcheck.ruleset.ruleset import RuleSet
from tests.conftest import RULES, make_article

ANNUAL = """
places:
  lakeside: {name: Lakeside}
event_types:
  lakeside-forum:
    name: Lakeside forum
    triggers: [forum]
reference_events:
  as_of: 2025-12-31
  events:
    - {type: lakeside-forum, place: lakeside, start: 2024-06-10, end: 2024-06-12}
    - {type: lakeside-forum, place: lakeside, start: 2025-06-09, end: 2025-06-11}
"""


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder: Path = tmp_path_factory.mktemp("annual")
    (folder / "forum.yaml").write_text(ANNUAL, encoding="utf-8")
    return load_ruleset([RULES, folder])


def verdicts(rs: RuleSet, text: str, published: str = "2025-10-20") -> list[Verdict]:
    found = [c for c in extract_claims(make_article(text, published), rs) if c.kind == "event"]
    return [event_years.judge(c, rs).verdict for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "China and the U.S. held talks. The first round was held in Geneva in May 2024.",
        "U.S. and Chinese negotiators met in London on June 9, 2024, officials said.",
        "Trade talks between China and the U.S. took place in Stockholm in July 2024.",
        "China and the U.S. held talks in Madrid on September 14 and 15, 2024.",
    ],
)
def test_a_round_a_year_off_is_flagged(ruleset: RuleSet, text: str) -> None:
    assert Verdict.CONTRADICTED in verdicts(ruleset, text)


@pytest.mark.parametrize(
    "text",
    [
        "China and the U.S. held talks. The first round was held in Geneva in May 2025.",  # right
        "China and the U.S. held talks. Officials met in Geneva in March 2024.",  # no round near it
        "China and the U.S. held talks in Geneva in 2024.",  # a year says too little
        "China and the U.S. will hold talks in Geneva in May 2026.",  # a plan
    ],
)
def test_not_a_year_off(ruleset: RuleSet, text: str) -> None:
    assert Verdict.CONTRADICTED not in verdicts(ruleset, text)


def test_an_annual_event_is_never_a_year_off(annual: RuleSet) -> None:
    assert verdicts(annual, "The forum was held in Lakeside in June 2023.") == [Verdict.UNKNOWN]
    assert verdicts(annual, "The forum was held in Lakeside in June 2026.", "2026-07-01") == [Verdict.UNKNOWN]


def test_how_precise_a_year_off_must_be_is_the_table_s_setting(tmp_path: Path) -> None:
    # a month is precise enough by default; a table asking for a week leaves "in May 2024" alone
    text = "China and the U.S. held talks. The first round was held in Geneva in May 2024."
    (tmp_path / "events.yaml").write_text(
        "reference_events:\n  as_of: 2025-12-31\n  year_off_max_days: 7\n", encoding="utf-8"
    )
    strict = load_ruleset([RULES, tmp_path])
    assert Verdict.CONTRADICTED not in verdicts(strict, text)
