"""The `factcheck claims` listing: a readable table, or JSON with the same fields as reports."""

from __future__ import annotations

import json
from collections.abc import Sequence

from factcheck.models import Claim
from factcheck.report.json_format import claim_json


def render_claims(claims: Sequence[Claim], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([claim_json(c) for c in claims], indent=2, ensure_ascii=False) + "\n"
    rows = [("WHERE", "KIND", "ABOUT", "SAYS", "TIME", "STATUS", "TEXT")]
    for c in claims:
        about = ", ".join(c.label(k) for k in c.key)
        says = ", ".join(c.label(k) + ("?" if k in c.unresolved else "") for k, v in c.value.items() if v is not None)
        status = c.qualifiers.status.value + (" acting" if c.qualifiers.acting else "")
        rows.append((c.evidence.location, c.kind, about, says, c.time.label(), status, c.surface))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1] for r in rows]
    lines.append(f"{len(claims)} claims")
    return "\n".join(lines) + "\n"
