"""JSON Lines: a record per conflict, then the summary."""

from __future__ import annotations

import json

from factcheck.models import Report
from factcheck.report import jsonl


def test_a_record_per_line_ending_with_the_summary(report: Report) -> None:
    records = [json.loads(line) for line in jsonl.render(report).splitlines()]
    conflicts = [r for r in records if r["type"] == "conflict"]
    assert len(conflicts) == len(report.conflicts)
    assert all(r["state"] == "new" and r["fingerprint"] for r in conflicts)
    assert records[-1]["type"] == "summary" and records[-1]["articles"] == 2
