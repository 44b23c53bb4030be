"""JUnit XML, for CI systems that show test results: one test case per rule, a failure per conflict.

A rule with no conflict is a passing test case, so a dashboard shows what was checked, not only
what failed. Conflicts below the run's fail-on level are failures too (their `type` says the
severity); baselined and suppressed ones are not failures and are counted in the suite's
properties. Built with ElementTree, so every value from an article is escaped as XML requires.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.models import Conflict, Report
from factcheck.report.options import RenderOptions


def render(report: Report, options: RenderOptions | None = None) -> str:
    by_rule: dict[str, list[Conflict]] = {r.id: [] for r in report.rules}
    for conflict in report.conflicts:
        by_rule.setdefault(conflict.rule, []).append(conflict)
    failures = sum(len(v) for v in by_rule.values())
    suites = ET.Element("testsuites", name="factcheck", tests=str(len(by_rule)), failures=str(failures))
    suite = ET.SubElement(
        suites, "testsuite", name="factcheck", tests=str(len(by_rule)), failures=str(failures), errors="0"
    )
    props = ET.SubElement(suite, "properties")
    s = report.summary
    for name, value in (
        ("articles", s.articles),
        ("claims", s.claims),
        ("baselined", s.baselined),
        ("suppressed", s.suppressed),
        ("fixed", s.fixed),
    ):
        ET.SubElement(props, "property", name=name, value=str(value))
    kinds = {r.id: ",".join(r.kinds) for r in report.rules}
    for rule_id in sorted(by_rule):
        case = ET.SubElement(suite, "testcase", classname=f"factcheck.{kinds.get(rule_id, 'rules')}", name=rule_id)
        for conflict in by_rule[rule_id]:
            failure = ET.SubElement(case, "failure", type=conflict.severity.value, message=conflict.message)
            failure.text = "\n".join(
                f"{c.evidence.path}:{c.evidence.line}: {c.evidence.sentence}"
                + (f" <{c.evidence.url}>" if c.evidence.url else "")
                for c in conflict.claims
            )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
