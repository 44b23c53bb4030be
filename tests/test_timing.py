"""The stopwatch behind `check --timings`: stages that add up, rules slowest first, a stable record."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

from factcheck import engine
from factcheck.models import Article
from factcheck.ruleset import RuleSet
from factcheck.timing import Stopwatch
from tests.conftest import make_article


def _slow(items: list[int], seconds: float) -> Iterator[int]:
    for item in items:
        time.sleep(seconds)
        yield item


def test_pulls_counts_the_time_spent_producing_each_item() -> None:
    watch = Stopwatch()
    assert list(watch.pulls(_slow([1, 2, 3], 0.01), "read")) == [1, 2, 3]
    assert 0.03 <= watch.stages["read"] < 1.0


def test_time_spent_by_the_consumer_is_not_the_producers() -> None:
    watch = Stopwatch()
    for _ in watch.pulls([1, 2], "read"):
        time.sleep(0.02)  # the consumer's work, between pulls
    assert watch.stages["read"] < 0.02


def test_rules_count_in_the_check_stage_and_come_slowest_first() -> None:
    watch = Stopwatch()
    with watch.rule("fast"):
        pass
    with watch.rule("slow"):
        time.sleep(0.02)
    with watch.rule("fast"):
        pass
    record = json.loads(watch.to_json(total=1.0))
    assert list(record["rules"]) == ["slow", "fast"]
    assert record["stages"]["check"] >= record["rules"]["slow"] >= 0.02
    assert record["total"] == 1.0


def test_stages_are_listed_in_the_order_a_run_goes_through_them() -> None:
    watch = Stopwatch()
    for name in ("report", "check", "read", "extract", "start"):
        watch.add(name, 0.5)
    assert list(json.loads(watch.to_json())["stages"]) == ["start", "read", "extract", "check", "report"]


def test_a_run_records_every_stage_and_rule_without_changing_its_report(ruleset: RuleSet) -> None:
    articles: list[Article] = [
        make_article("On Monday, the S&P 500 closed down 1.2% at 5,000.", "2025-09-03", "a.md"),
        make_article("Treasury Secretary Janet Yellen spoke on Tuesday.", "2025-09-03", "b.md"),
    ]
    watch = Stopwatch()
    timed = engine.run(articles, ruleset, stopwatch=watch)
    assert timed == engine.run(articles, ruleset)
    assert {"read", "extract", "route", "check", "assemble"} <= set(watch.stages)
    assert all(seconds >= 0 for seconds in watch.stages.values())
    assert set(watch.rules) == {rule.id for rule in ruleset.checks}
    assert watch.counts == {"articles": 2, "claims": timed.summary.claims}


def test_rules_timed_elsewhere_add_to_the_rules_and_to_no_stage() -> None:
    watch = Stopwatch()
    with watch.rule("here"):
        pass
    watch.add_rules({"here": 1.0, "fork": 2.0})
    assert watch.rules["fork"] == 2.0 and watch.rules["here"] >= 1.0
    assert watch.stages["check"] < 1.0
