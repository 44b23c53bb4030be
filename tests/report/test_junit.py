"""JUnit XML, read back with a real XML parser: a test case per rule, a failure per conflict."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.models import Report
from factcheck.report import junit


def test_one_case_per_rule_and_a_failure_per_conflict(report: Report) -> None:
    root = ET.fromstring(junit.render(report))
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {r.id for r in report.rules}
    assert int(suite.get("tests", "0")) == len(cases)
    failures = [f for c in cases.values() for f in c.findall("failure")]
    assert len(failures) == len(report.conflicts) == int(suite.get("failures", "-1"))
    single = cases["office-single-holder"].findall("failure")
    assert single[0].get("type") == "error"
    assert "news/a.md:1" in (single[0].text or "") and "news/b.md:1" in (single[0].text or "")
    quiet = {r.id for r in report.rules} - {c.rule for c in report.conflicts}
    assert quiet and all(not cases[r].findall("failure") for r in quiet)  # a rule with no conflict passes


def test_article_text_is_escaped(report: Report) -> None:
    text = junit.render(report)
    assert "<b>" not in text  # markup from an article is character data, never elements
    failures = ET.fromstring(text).iter("failure")
    assert any("<b>bold</b> & more" in (f.text or "") for f in failures)
