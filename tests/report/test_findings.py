"""Findings: the same cause in many articles is one finding in the Markdown report, with its first
instances quoted and the rest counted; the JSON report keeps every conflict and names its finding."""

from __future__ import annotations

import json

from factcheck import engine
from factcheck.models import Article
from factcheck.report import RENDERERS, RenderOptions
from factcheck.report.markdown import MAX_QUOTED
from factcheck.ruleset import RuleSet
from tests.conftest import make_article


def corpus(n: int) -> list[Article]:
    text = "U.S. Treasury Secretary Janet Yellen spoke to reporters in Washington."
    return [make_article(text, "2025-10-15", f"a{i:03d}.md") for i in range(n)]


def test_one_cause_in_many_articles_is_one_finding(ruleset: RuleSet) -> None:
    report = engine.run(corpus(MAX_QUOTED + 5), ruleset)
    yellen = [c for c in report.conflicts if c.rule == "office-vs-reference"]
    assert len(yellen) == MAX_QUOTED + 5  # every article is still a conflict: counts and exit codes hold
    md = RENDERERS["markdown"](report, RenderOptions())
    assert md.count("`office-vs-reference`") == 1
    assert f"`office-vs-reference` ({MAX_QUOTED + 5} instances)" in md
    assert "… and 5 more instances" in md
    assert md.count("> U.S. Treasury Secretary Janet Yellen") <= MAX_QUOTED + 1  # the quotes are capped
    doc = json.loads(RENDERERS["json"](report, RenderOptions()))
    of_rule = [c for c in doc["conflicts"] if c["rule"] == "office-vs-reference"]
    assert len(of_rule) == MAX_QUOTED + 5
    assert len({c["finding"] for c in of_rule}) == 1
    assert of_rule[0]["finding"] == of_rule[0]["fingerprint"]


def test_distinct_causes_stay_apart(ruleset: RuleSet) -> None:
    articles = [
        make_article("U.S. Treasury Secretary Janet Yellen spoke in Washington.", "2025-10-15", "a.md"),
        make_article("Former President Donald Trump spoke in Washington.", "2025-10-15", "b.md"),
    ]
    report = engine.run(articles, ruleset)
    doc = json.loads(RENDERERS["json"](report, RenderOptions()))
    assert len({c["finding"] for c in doc["conflicts"]}) == len(doc["conflicts"])
    assert "instances)" not in RENDERERS["markdown"](report, RenderOptions())


def test_the_summary_counts_findings_when_they_group(ruleset: RuleSet) -> None:
    md = RENDERERS["markdown"](engine.run(corpus(3), ruleset), RenderOptions())
    assert "3 conflicts in" in md.splitlines()[2]
