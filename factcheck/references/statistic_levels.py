"""Statistic levels: where a statistic stood over a period, per country (`levels:` on a metric).

A statistic claim of a level ("the debt ceiling now sits at $27.2 trillion") agrees when a declared
range for its metric, country and unit at its time holds the number (its hedge included), and is
contradicted when none does. Changes, claims with no country where the ranges name one, times no
range covers, and other units are UNKNOWN: the record says nothing about them.
"""

from __future__ import annotations

from factcheck.models import Claim, ReferenceNote, Status
from factcheck.references.closes import rounding
from factcheck.references.verdict import Judgement, Verdict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import Metric, MetricLevel


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    metric_id = str(claim.key.get("metric"))
    metric = ruleset.metrics.get(metric_id)
    lo, hi = claim.value.get("lo"), claim.value.get("hi")
    if (
        metric is None
        or claim.key.get("measure") != "level"
        or claim.qualifiers.status is not Status.CURRENT
        or not isinstance(lo, (int, float))
        or not isinstance(hi, (int, float))
    ):
        return Judgement(Verdict.UNKNOWN)
    rows = _rows_at(metric, claim)
    if not rows:
        return Judgement(Verdict.UNKNOWN, reason=f"no level of {metric.name} declared for then")
    where = ruleset.source("metrics", metric_id)
    stated = claim.value.get("value")
    slack = _rounding(stated) if isinstance(stated, (int, float)) and not claim.qualifiers.hedge else 0.0
    low, high = min(lo, hi) - slack, max(lo, hi) + slack  # "$31.4 trillion" is as exact as its digits
    held = [r for r in rows if r.low <= high and low <= r.high]
    verdict = Verdict.CONSISTENT if held else Verdict.CONTRADICTED
    return Judgement(verdict, ReferenceNote(text="; ".join(_span(metric, r) for r in held or rows), source=where))


def _rows_at(metric: Metric, claim: Claim) -> list[MetricLevel]:
    start, end = claim.time.start, claim.time.end
    if start is None or end is None or not claim.time.is_bounded:
        return []
    subject = claim.key.get("subject") or None
    return [
        r
        for r in metric.levels
        if r.unit == claim.value.get("unit")
        and (r.subject is None or r.subject == subject)
        and r.start <= start
        and (r.end is None or end <= r.end)
    ]


def _rounding(value: float) -> float:
    """Half a unit of the last digit written, in the scale the figure was written in: $31.4 trillion
    is 31.35..31.45 trillion, 4.2% is 4.15..4.25%."""
    scale = next((s for s in (1e12, 1e9, 1e6) if abs(value) >= s), 1.0)
    return rounding(value / scale) * scale


def _span(metric: Metric, r: MetricLevel) -> str:
    until = f" to {r.end}" if r.end else " on"
    amount = _amount(r.low, r.unit) if r.low == r.high else f"{_amount(r.low, r.unit)} to {_amount(r.high, r.unit)}"
    why = f" ({r.note})" if r.note else ""
    return f"{metric.name} stood at {amount} from {r.start}{until}{why}"


def _amount(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:g}%"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.6g} {word} {unit}"
    return f"{value:,g} {unit}"
