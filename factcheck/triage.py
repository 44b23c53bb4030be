"""Which conflicts a run counts: all of them, minus the suppressed, the baselined and, with
--changed-since, those that touch no changed article.

Pure: the engine's report in, a report out. Order of the steps matters to what a reviewer reads:
- a suppression (an inline `factcheck: ignore` or a configured ignore) covers a conflict when it
  names its rule (or `all`) and covers the line of any of its claims; one that covers nothing is
  listed as unused, as ruff lists unused `noqa`;
- a baseline accepts the conflicts it records by fingerprint; a recorded conflict that no longer
  occurs at all is listed as fixed (a suppressed one still occurs, so it is not fixed);
- a change keeps the conflicts with a claim in a changed article; the comparison itself saw every
  article, so a changed article is still checked against the unchanged ones.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Collection, Sequence

from factcheck.models import BaselineEntry, Claim, Conflict, Report, Severity, Suppression


def triage(
    report: Report,
    suppressions: Sequence[Suppression] = (),
    baseline: Sequence[BaselineEntry] | None = None,
    changed: Collection[str] | None = None,
) -> Report:
    if not suppressions and baseline is None and changed is None:
        return report
    occurring = {c.fingerprint for c in report.conflicts}
    kept: list[Conflict] = []
    suppressed: list[Conflict] = []
    used: set[Suppression] = set()
    for conflict in report.conflicts:
        hit = next((s for s in suppressions if _covers(s, conflict)), None)
        if hit is None:
            kept.append(conflict)
        else:
            used.add(hit)
            suppressed.append(conflict)
    outside = 0
    if changed is not None:
        inside = [c for c in kept if any(claim.evidence.path in changed for claim in c.claims)]
        outside = len(kept) - len(inside)
        kept = inside
    baselined: list[Conflict] = []
    fixed: list[BaselineEntry] = []
    if baseline is not None:
        known = {entry.fingerprint for entry in baseline}
        baselined = [c for c in kept if c.fingerprint in known]
        kept = [c for c in kept if c.fingerprint not in known]
        fixed = [entry for entry in baseline if entry.fingerprint not in occurring]
    counts = {s.value: sum(1 for c in kept if c.severity is s) for s in reversed(Severity)}
    summary = report.summary.model_copy(
        update={
            "conflicts": counts,
            "baselined": len(baselined),
            "fixed": len(fixed),
            "suppressed": len(suppressed),
            "outside_change": outside,
        }
    )
    return report.model_copy(
        update={
            "summary": summary,
            "conflicts": tuple(kept),
            "baselined": tuple(baselined),
            "fixed": tuple(sorted(fixed, key=lambda e: (e.rule, e.fingerprint))),
            "suppressed": tuple(suppressed),
            "unused_suppressions": tuple(s for s in suppressions if s not in used),
        }
    )


def baseline_entries(conflicts: Sequence[Conflict]) -> list[BaselineEntry]:
    """What a baseline records of each conflict, sorted so the file diffs well."""
    entries = {
        c.fingerprint: BaselineEntry(
            fingerprint=c.fingerprint,
            rule=c.rule,
            severity=c.severity,
            message=c.message,
            articles=tuple(sorted({claim.evidence.path for claim in c.claims})),
        )
        for c in conflicts
    }
    return sorted(entries.values(), key=lambda e: (e.rule, e.articles, e.fingerprint))


def _covers(s: Suppression, conflict: Conflict) -> bool:
    if "all" not in s.rules and conflict.rule not in s.rules:
        return False
    return any(_covers_claim(s, claim) for claim in conflict.claims)


def _covers_claim(s: Suppression, claim: Claim) -> bool:
    ev = claim.evidence
    if s.origin == "inline":
        if ev.path != s.path:
            return False
    elif not any(fnmatch.fnmatchcase(p, s.path) for p in (ev.path, os.path.abspath(ev.path), ev.article)):
        return False
    return s.first_line <= ev.line and (s.last_line == 0 or ev.line <= s.last_line)
