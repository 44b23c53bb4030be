"""One line per claim of each conflict, `path:line:col: severity rule: message`, as compilers and ruff
print them: for terminals, editors' problem matchers and pre-commit hooks."""

from __future__ import annotations

from factcheck.models import Report
from factcheck.report.options import RenderOptions


def render(report: Report, options: RenderOptions | None = None) -> str:
    lines = []
    for conflict in report.conflicts:
        seen: set[tuple[str, int]] = set()
        for claim in conflict.claims:
            ev = claim.evidence
            if (ev.path, ev.line) in seen:
                continue
            seen.add((ev.path, ev.line))
            message = " ".join(conflict.message.split())
            lines.append(f"{ev.path}:{ev.line}:{ev.column}: {conflict.severity.value} {conflict.rule}: {message}")
    return "".join(line + "\n" for line in lines)
