"""JSON output, schema version 1 (docs/output-schema.md). Field names here are a public contract."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from factcheck.models import Claim, Conflict, Report, findings
from factcheck.report import jsonstream
from factcheck.report.jsonstream import Lazy
from factcheck.report.options import RenderOptions


def claim_json(claim: Claim) -> dict[str, Any]:
    ev = claim.evidence
    return {
        "kind": claim.kind,
        "article": ev.article,
        "path": ev.path,
        "line": ev.line,
        "column": ev.column,
        "span": [ev.start, ev.end],
        "sentence": ev.sentence,
        "url": ev.url,
        "surface": claim.surface,
        "key": claim.key,
        "value": claim.value,
        "labels": claim.labels,
        "time": {
            "start": claim.time.start.isoformat() if claim.time.start else None,
            "end": claim.time.end.isoformat() if claim.time.end else None,
            "precision": claim.time.precision.value,
            "label": claim.time.label(),
            "source": claim.time_source,
        },
        "qualifiers": claim.qualifiers.model_dump(mode="json"),
        "unresolved": list(claim.unresolved),
    }


def conflict_json(conflict: Conflict, finding: str | None = None) -> dict[str, Any]:
    return {
        "rule": conflict.rule,
        "kind": conflict.kind,
        "severity": conflict.severity.value,
        "message": conflict.message,
        "fingerprint": conflict.fingerprint,
        # the fingerprint of the first conflict of its finding (same rule and cause): group by it
        "finding": finding or conflict.fingerprint,
        "claims": [claim_json(c) for c in conflict.claims],
        "reference": conflict.reference.model_dump(mode="json") if conflict.reference else None,
    }


def chunks(report: Report, options: RenderOptions | None = None) -> Iterator[str]:
    """The JSON report in pieces, each conflict encoded when its turn comes (see jsonstream)."""
    first = {group[0].finding_key: group[0].fingerprint for group in findings(report.conflicts)}
    doc = {
        "version": report.version,
        "summary": report.summary.model_dump(mode="json"),
        "conflicts": Lazy(conflict_json(c, first[c.finding_key]) for c in report.conflicts),
        "unchecked": [u.model_dump(mode="json") for u in report.unchecked],
        "warnings": list(report.warnings),
        "baselined": Lazy(conflict_json(c) for c in report.baselined),
        "fixed": [e.model_dump(mode="json") for e in report.fixed],
        "suppressed": Lazy(conflict_json(c) for c in report.suppressed),
        "unused_suppressions": [s.model_dump(mode="json") for s in report.unused_suppressions],
        "skipped": [k.model_dump(mode="json") for k in report.skipped],
    }
    yield from jsonstream.chunks(doc)
    yield "\n"


def render(report: Report, options: RenderOptions | None = None) -> str:
    return "".join(chunks(report, options))
