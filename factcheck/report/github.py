"""GitHub Actions workflow commands: one annotation per claim of each conflict, on its article line.

`::error file=PATH,line=N,col=C,title=TITLE::MESSAGE` (warning and notice for the lower severities).
Every side of a conflict is annotated, each naming the other sides, so the pull request shows the
contradiction on both files. Values are escaped as the runner expects (% CR LF in messages; also
: and , in properties), so no article text can end a command early or inject another. The job
summary (`$GITHUB_STEP_SUMMARY`) is the Markdown report; the CLI appends it.
"""

from __future__ import annotations

from factcheck.models import Conflict, Report, Severity
from factcheck.report.options import RenderOptions

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(report: Report, options: RenderOptions | None = None) -> str:
    lines = [line for conflict in report.conflicts for line in _annotations(conflict)]
    s = report.summary
    total = sum(s.conflicts.values())
    counts = ((s.baselined, "baselined"), (s.suppressed, "suppressed"), (s.fixed, "fixed"))
    tail = "".join(f", {n} {what}" for n, what in counts if n)
    lines.append(f"factcheck: {s.articles} articles, {s.claims} claims: {total} conflicts{tail}")
    return "\n".join(lines) + "\n"


def _annotations(conflict: Conflict) -> list[str]:
    """One annotation per line a conflict's claims stand on (three events on one line are one)."""
    places = list(dict.fromkeys((c.evidence.path, c.evidence.line, c.evidence.column) for c in conflict.claims))
    lines = list(dict.fromkeys((path, line) for path, line, _ in places))
    out = []
    for path, line in lines:
        column = next(col for p, n, col in places if (p, n) == (path, line))
        others = [f"{p}:{n}" for p, n in lines if (p, n) != (path, line)]
        message = conflict.message + (f" (other side: {', '.join(others)})" if others else "")
        here = [c for c in conflict.claims if (c.evidence.path, c.evidence.line) == (path, line)]
        url = next((c.evidence.url for c in here if c.evidence.url), None)
        message += f" <{url}>" if url else ""
        props = {"file": path, "line": str(line), "col": str(column), "title": f"factcheck {conflict.rule}"}
        joined = ",".join(f"{k}={_property(v)}" for k, v in props.items())
        out.append(f"::{COMMANDS[conflict.severity]} {joined}::{_data(message)}")
    return out


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
