"""Reference tariffs: the rate each imposer charged on each side's goods, time-qualified.

A tariff_rate claim in force agrees when a reference row for its side (imposer, target, goods) in
force at its time has its rate. It is contradicted when the reference has rows for that side at
that time and none has the rate: a rate given to the wrong side ("30 percent on US goods" when
China charged 10% and the US 30%) or a wrong number. An unstated imposer matches every imposer of
the target; an unstated target matches only rows on goods from everywhere, and unstated goods only
rows on all goods, so a steel rate is never judged against the general one. A claim whose time
starts or ends within MARGIN_DAYS of a change of the side's rate is not judged (the day a rate changes, articles give
either), nor are planned or former rates, claims with no bounded time or after `as_of`.
"""

from __future__ import annotations

import datetime as dt

from factcheck.models import Claim, ReferenceNote, Status, TimeSpan
from factcheck.references.verdict import Judgement, Verdict, join_sources
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import ReferenceTariff

MARGIN_DAYS = 2  # articles written the day a rate changes may give the old or the new one
_EPSILON = 1e-9


def tariff_span(row: ReferenceTariff) -> TimeSpan:
    return TimeSpan(start=row.start, end=row.end)


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    ref = ruleset.reference_tariffs
    if ref is None:
        return Judgement(Verdict.UNKNOWN, reason="no reference tariffs")
    if claim.qualifiers.status is not Status.CURRENT:
        return Judgement(Verdict.UNKNOWN, reason="a planned or former rate is not judged")
    span = claim.time
    if not span.is_bounded or span.end is None or span.end > ref.as_of:
        return Judgement(Verdict.UNKNOWN, reason="no bounded date for the rate, or past the reference's as_of")
    imposer, target, goods = (str(claim.key.get(k) or "") for k in ("imposer", "target", "goods"))
    side = [
        (i, row)
        for i, row in enumerate(ref.tariffs)
        if (not imposer or row.imposer == imposer) and (row.target or "") == target and (row.goods or "") == goods
    ]
    during = [(i, row) for i, row in side if tariff_span(row).overlaps(span)]
    if not during:
        return Judgement(Verdict.UNKNOWN, reason="the reference records no rate for that side then")
    lo, hi = claim.value.get("lo"), claim.value.get("hi")
    if not isinstance(lo, (int, float)) or not isinstance(hi, (int, float)):
        return Judgement(Verdict.UNKNOWN, reason="no rate")
    if any(lo - _EPSILON <= row.rate <= hi + _EPSILON for _, row in during):
        return Judgement(Verdict.CONSISTENT, note(during, ruleset))
    if _near_change(side, span):
        return Judgement(Verdict.UNKNOWN, reason="the rate changed within days of the claim")
    return Judgement(Verdict.CONTRADICTED, note(during, ruleset))


def _near_change(side: list[tuple[int, ReferenceTariff]], span: TimeSpan) -> bool:
    assert span.start is not None and span.end is not None
    margin = dt.timedelta(days=MARGIN_DAYS)
    edges = (span.start, span.end)
    for _, row in side:
        for day in (row.start, row.end):
            if day is not None and any(abs(day - edge) <= margin for edge in edges):
                return True
    return False


def note(rows: list[tuple[int, ReferenceTariff]], ruleset: RuleSet) -> ReferenceNote:
    parts = []
    for _, row in rows:
        who = ruleset.jurisdictions[row.imposer].name if row.imposer in ruleset.jurisdictions else row.imposer
        on = []
        if row.goods:
            on.append(ruleset.goods[row.goods].name if row.goods in ruleset.goods else row.goods)
        if row.target:
            known = ruleset.jurisdictions.get(row.target)
            on.append("from " + (known.name if known else row.target))
        until = f" until {row.end}" if row.end else ""
        parts.append(f"{who} charged {row.rate:g}% on {' '.join(on) or 'all goods'} from {row.start}{until}")
    sources = join_sources(ruleset.source("reference_tariffs", str(i)) for i, _ in rows)
    return ReferenceNote(text="; ".join(parts), source=sources)
