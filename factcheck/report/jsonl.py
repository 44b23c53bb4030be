"""JSON Lines: one record per line, for log pipelines and `jq`: conflicts, then one summary record.

Each conflict is the JSON format's conflict object with `"type": "conflict"` and its `state`
("new", "baselined" or "suppressed"); fixed baseline entries are `"type": "fixed"`; the last line is
`"type": "summary"`. Streaming readers can stop at the summary.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Report
from factcheck.report.json_format import conflict_json
from factcheck.report.options import RenderOptions


def render(report: Report, options: RenderOptions | None = None) -> str:
    records: list[dict[str, Any]] = []
    for state, conflicts in (
        ("new", report.conflicts),
        ("baselined", report.baselined),
        ("suppressed", report.suppressed),
    ):
        records += [{"type": "conflict", "state": state, **conflict_json(c)} for c in conflicts]
    records += [{"type": "fixed", **e.model_dump(mode="json")} for e in report.fixed]
    records.append({"type": "summary", "version": report.version, **report.summary.model_dump(mode="json")})
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
