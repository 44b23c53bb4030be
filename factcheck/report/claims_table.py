"""The `factcheck claims` listing: a readable table, or JSON with the same fields as reports."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from factcheck.models import Claim
from factcheck.report.json_format import claim_json

# Control characters (escape sequences, bidi overrides) from articles and file names must not drive
# the terminal: shown as their code, "\x1b", "\u202e".
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def render_claims(claims: Sequence[Claim], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([claim_json(c) for c in claims], indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    rows: list[tuple[str, ...]] = [("WHERE", "KIND", "ABOUT", "SAYS", "TIME", "STATUS", "TEXT")]
    for c in claims:
        about = ", ".join(c.label(k) for k in c.key)
        says = ", ".join(c.label(k) + ("?" if k in c.unresolved else "") for k, v in c.value.items() if v is not None)
        status = c.qualifiers.status.value + (" acting" if c.qualifiers.acting else "")
        row = (c.evidence.location, c.kind, about, says, c.time.label(), status, c.surface)
        rows.append(tuple(terminal_safe(cell) for cell in row))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1] for r in rows]
    lines.append(f"{len(claims)} claims")
    return "\n".join(lines) + "\n"
