"""The statistic_levels reference: a statistic's level against where the record fixes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.references import Verdict, statistic_levels
from factcheck.ruleset import RuleSetError, load_ruleset
from factcheck.ruleset.ruleset import RuleSet
from tests.conftest import RULES, make_article

# A made-up statistic with a made-up record: Freedonia's vacancy rate, 6.2% through 2024.
LAYER = """
jurisdictions:
  freedonia: {name: Freedonia, aliases: [Freedonia, Freedonian]}
metrics:
  vacancy-rate:
    name: the vacancy rate
    aliases: [vacancy rate]
    measure: level
    levels:
      - {subject: freedonia, unit: percent, start: 2024-01-01, end: 2024-12-31, low: 6.2, high: 6.2}
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder: Path = tmp_path_factory.mktemp("rules")
    (folder / "metrics.yaml").write_text(LAYER, encoding="utf-8")
    return load_ruleset([RULES, folder])


def verdicts(rules: RuleSet, text: str, published: str) -> list[Verdict]:
    found = [c for c in extract_claims(make_article(text, published), rules) if c.kind == "statistic"]
    return [statistic_levels.judge(c, rules).verdict for c in found]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Freedonia's vacancy rate stood at 6.2% in March.", "2024-04-10", Verdict.CONSISTENT),
        # as exact as its digits: 6% is 5.5..6.5%
        ("Freedonia's vacancy rate was 6% in March.", "2024-04-10", Verdict.CONSISTENT),
        ("Freedonia's vacancy rate stood at 7.4% in March.", "2024-04-10", Verdict.CONTRADICTED),
        ("The Freedonian vacancy rate currently stands at 5.1%.", "2024-06-01", Verdict.CONTRADICTED),
        # the record says nothing of 2025
        ("Freedonia's vacancy rate stood at 7.4% in March.", "2025-04-10", Verdict.UNKNOWN),
        # a change is no level
        ("Freedonia's vacancy rate rose 1.2 percentage points in March.", "2024-04-10", Verdict.UNKNOWN),
    ],
)
def test_a_level_against_the_record(rules: RuleSet, text: str, published: str, expected: Verdict) -> None:
    assert verdicts(rules, text, published) == [expected]


def test_another_country_is_not_judged(rules: RuleSet) -> None:
    assert verdicts(rules, "The US vacancy rate stood at 4.1% in March.", "2024-04-10") == [Verdict.UNKNOWN]


def test_the_shipped_debt_limit(ruleset: RuleSet) -> None:
    def judged(text: str, published: str) -> list[Verdict]:
        found = [c for c in extract_claims(make_article(text, published), ruleset) if c.kind == "statistic"]
        return [statistic_levels.judge(c, ruleset).verdict for c in found]

    assert judged("The US debt ceiling now stands at $31.4 trillion.", "2023-05-02") == [Verdict.CONSISTENT]
    assert judged("The US debt ceiling now sits at $27.2 trillion.", "2023-05-02") == [Verdict.CONTRADICTED]
    assert judged("The US debt ceiling now stands at $41.1 trillion.", "2025-09-02") == [Verdict.CONSISTENT]


@pytest.mark.parametrize(
    ("row", "says"),
    [
        ("{subject: narnia, unit: percent, start: 2024-01-01, low: 1, high: 2}", 'unknown subject "narnia"'),
        ("{unit: percent, start: 2024-01-01, low: 3, high: 2}", "below low"),
        ("{unit: dollars, start: 2024-01-01, low: 1, high: 2}", "unit"),
    ],
)
def test_a_bad_level_is_an_error_at_its_line(tmp_path: Path, row: str, says: str) -> None:
    (tmp_path / "m.yaml").write_text(
        f"metrics:\n  vacancy-rate:\n    name: J\n    aliases: [vacancy rate]\n    levels:\n      - {row}\n"
    )
    with pytest.raises(RuleSetError) as error:
        load_ruleset([RULES, tmp_path])
    assert says in str(error.value) and str(error.value).startswith(f"{tmp_path}/m.yaml:")
