"""Our own corpus (tests/e2e/corpus): for each check a conflict, and a near miss that must stay quiet."""

from __future__ import annotations

import json

from tests.conftest import ROOT
from tests.e2e.test_cli import run

CORPUS = "tests/e2e/corpus"


def test_each_check_flags_its_conflict_and_nothing_else() -> None:
    result = run("check", CORPUS, "--format", "json", "--report", "-", cwd=ROOT)
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    found = sorted((c["rule"], tuple(sorted({x["article"] for x in c["claims"]}))) for c in doc["conflicts"])
    assert found == [
        ("event-date-agreement", ("event_madrid.txt", "event_madrid_late.txt")),
        ("event-vs-reference", ("event_madrid_late.txt",)),
        ("gap-vs-events", ("event_madrid.txt", "event_madrid_late.txt", "gap_wrong.txt")),
        ("market-move-agreement", ("market_near_miss.txt", "market_up.txt")),
        ("office-single-holder", ("office_bessent.txt", "office_yellen.txt")),
        ("office-vs-reference", ("office_yellen.txt",)),
        ("quote-attribution", ("quote_bessent.txt", "quote_lutnick.txt")),
        ("statistic-agreement", ("stat_5.txt", "stat_near_miss.txt")),
    ]
    # The near misses produced claims (they were read) and yet no conflict of their own.
    articles = {x["article"] for c in doc["conflicts"] for x in c["claims"]}
    for quiet in ("office_near_miss.txt", "event_near_miss.txt", "gap_near_miss.txt", "quote_near_miss.txt"):
        assert quiet not in articles
    assert doc["summary"]["claims_by_kind"] == {
        "event": 5,
        "gap": 2,
        "market_move": 4,
        "office_holder": 5,
        "quote": 3,
        "statistic": 3,
    }


def test_the_consensus_decides_which_number_is_the_outlier() -> None:
    """Two articles agree the S&P 500 fell about 1.2% on Monday; the one saying it rose is the outlier."""
    result = run("check", CORPUS, "--format", "json", "--report", "-", cwd=ROOT)
    [market] = [c for c in json.loads(result.stdout)["conflicts"] if c["rule"] == "market-move-agreement"]
    outliers = [x for x in market["claims"] if x["value"]["direction"] == "up"]
    assert [x["article"] for x in outliers] == ["market_up.txt"]
