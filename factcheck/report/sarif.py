"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: each conflict annotates its claims' lines.

One run; the driver lists every rule of the run with its description, help and default level. A
result stands at the conflict's first claim; the other claims are related locations, so a viewer
shows both sides. `partialFingerprints` carry factcheck's fingerprint (stable across line moves),
so code scanning tracks a conflict across commits. Baselined conflicts are results with
`baselineState: unchanged`, suppressed ones carry an in-source suppression with its reason; new
conflicts have `baselineState: new` when the run has a baseline. URIs are the articles' paths
relative to the working directory (`%SRCROOT%`), so the file is the same on every machine.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.models import Claim, Conflict, Report, RuleInfo, Severity
from factcheck.report import jsonstream
from factcheck.report.jsonstream import Lazy
from factcheck.report.options import RenderOptions

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFO_URI = "https://github.com/factcheck/factcheck"


def chunks(report: Report, options: RenderOptions | None = None) -> Iterator[str]:
    """The SARIF log in pieces, each result encoded when its turn comes (see jsonstream)."""
    rules = sorted(report.rules, key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}
    has_baseline = bool(report.baselined or report.fixed or report.summary.baselined or report.summary.fixed)
    results = itertools.chain(
        (_result(c, index, "new" if has_baseline else None) for c in report.conflicts),
        (_result(c, index, "unchanged") for c in report.baselined),
        (_result(c, index, None, suppressed=True) for c in report.suppressed),
    )
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFO_URI,
                "rules": [_rule(r) for r in rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": Lazy(results),
    }
    if report.warnings:
        run["invocations"] = [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [{"level": "warning", "message": {"text": w}} for w in report.warnings],
            }
        ]
    doc = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    yield from jsonstream.chunks(doc)
    yield "\n"


def render(report: Report, options: RenderOptions | None = None) -> str:
    return "".join(chunks(report, options))


def _rule(rule: RuleInfo) -> dict[str, Any]:
    help_text = f"{rule.description}\n\nCheck type: {rule.check}; claims: {', '.join(rule.kinds)}."
    if rule.source:
        help_text += f" Defined in {rule.source}. Run `factcheck explain {rule.id}` for its parameters and examples."
    return {
        "id": rule.id,
        "name": _camel(rule.id),
        "shortDescription": {"text": _first_sentence(rule.description)},
        "fullDescription": {"text": rule.description},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"check": rule.check, "claims": list(rule.kinds)},
    }


def _result(conflict: Conflict, index: dict[str, int], state: str | None, suppressed: bool = False) -> dict[str, Any]:
    first, *others = conflict.claims
    out: dict[str, Any] = {
        "ruleId": conflict.rule,
        "level": LEVELS[conflict.severity],
        "message": {"text": conflict.message},
        "locations": [_location(first)],
        "partialFingerprints": {"factcheck/v1": conflict.fingerprint},
    }
    if conflict.rule in index:
        out["ruleIndex"] = index[conflict.rule]
    if others:
        out["relatedLocations"] = [
            {**_location(c), "id": i, "message": {"text": f"{c.surface} ({c.time.label()})"}}
            for i, c in enumerate(others, start=1)
        ]
    if state is not None:
        out["baselineState"] = state
    if suppressed:
        out["suppressions"] = [{"kind": "inSource"}]
    properties: dict[str, Any] = {}
    if conflict.reference is not None:
        properties = {"reference": conflict.reference.text, "referenceSource": conflict.reference.source}
    urls = list(dict.fromkeys(c.evidence.url for c in conflict.claims if c.evidence.url))
    if urls:
        properties["urls"] = urls  # the articles' addresses, where known
    if properties:
        out["properties"] = properties
    return out


def _location(claim: Claim) -> dict[str, Any]:
    ev = claim.evidence
    if ev.path.startswith("/"):  # outside the working directory: an absolute file URI
        artifact: dict[str, Any] = {"uri": PurePosixPath(ev.path).as_uri()}
    else:
        artifact = {"uri": quote(ev.path), "uriBaseId": "%SRCROOT%"}
    region: dict[str, Any] = {"startLine": ev.line, "startColumn": ev.column}
    if len(claim.surface) == ev.end - ev.start:  # the claim's words stand on one line
        region["endColumn"] = ev.column + len(claim.surface)
    region["snippet"] = {"text": claim.surface}
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


def _first_sentence(text: str) -> str:
    head = text.split(". ")[0].strip()
    return head if head.endswith(".") else head + "."


def _camel(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.replace("_", "-").split("-") if part)
