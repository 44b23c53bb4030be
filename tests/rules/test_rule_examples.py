"""Every shipped rule's examples, one test each: a failure is a false positive or a false negative."""

from __future__ import annotations

import pytest

from factcheck.ruleset import load_ruleset
from factcheck.ruletest import ExampleResult, run_examples
from tests.conftest import RULES

RESULTS = run_examples(load_ruleset([RULES]))


@pytest.mark.parametrize("result", RESULTS, ids=[r.name for r in RESULTS])
def test_example(result: ExampleResult) -> None:
    assert result.ok, result.explain()


def test_a_failing_example_is_reported_with_what_was_found() -> None:
    """The runner itself: a `pass` example that does flag is a false positive, shown with the conflict."""
    import dataclasses

    ruleset = load_ruleset([RULES])
    rule = ruleset.check("office-vs-reference")
    assert rule is not None
    flipped = rule.model_copy(update={"examples": rule.examples.model_copy(update={"pass_": rule.examples.flag})})
    [result, *_] = [r for r in run_examples(dataclasses.replace(ruleset, checks=(flipped,))) if r.expectation == "pass"]
    assert not result.ok
    assert result.verdict == "false positive"
    assert "contradicts the terms of office" in result.explain()
