"""The concise format: one `path:line:col: severity rule: message` line per side."""

from __future__ import annotations

import re

from factcheck.models import Report
from factcheck.report import concise


def test_a_line_per_side(report: Report) -> None:
    lines = concise.render(report).splitlines()
    assert all(re.match(r"^news/[ab]\.md:\d+:\d+: (error|warning|info) [a-z0-9-]+: \S", line) for line in lines)
    single = [line for line in lines if " office-single-holder: " in line]
    assert [line.split(":")[0] for line in single] == ["news/a.md", "news/b.md"]


def test_terminal_control_characters_are_shown_not_run() -> None:
    from factcheck.report.claims_table import terminal_safe

    assert terminal_safe("a\x1b[31mred\u202eb\tc") == "a\\x1b[31mred\\u202eb\tc"
