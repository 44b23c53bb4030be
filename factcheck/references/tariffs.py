"""Reference tariffs: the rate each imposer charged on each side's goods, time-qualified.

A tariff_rate claim in force agrees when a reference row for its side (imposer, target, goods) in
force at its time has its rate. It is contradicted when the reference has rows for that side at that
time and none has the rate: a rate given to the wrong side ("30 percent on US goods" when China
charged 10% and the US 30%) or a wrong number. A side may hold several rows at once (a total and the
layers articles name on their own). An unstated imposer matches the rows on goods from everywhere,
not those on one country (any of its partners may charge it); an unstated target matches only rows
on goods from everywhere, and unstated goods only rows on all goods, so a steel rate is never judged
against the general one. A stated target matches its own rows and the rows on every country that
list their exceptions (`all_but`); so does a rate naming a side the vocabulary does not know ("on
Japanese cars", Japan unknown: `labels.target_unknown`), one country's rate. A claim whose time
starts or ends within `margin_days` of a change of the side's rate is not judged (the day a rate
changes, articles give either), unless it states the change on the day a row starts ("cut from 125%
to 30% on May 14": the new rate must be one starting then); nor are planned or former rates, claims
with no bounded time or after `as_of`; except a former rate its sentence says held since a time
("previously set at 25% since 2018"), which some rate of the side must be in the first year from
then.
"""

from __future__ import annotations

import datetime as dt
import itertools

from factcheck.models import Claim, ReferenceNote, Status, TimeSpan
from factcheck.references.verdict import Judgement, Verdict, join_sources
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import ReferenceTariff, ReferenceTariffs

_EPSILON = 1e-9


def tariff_span(row: ReferenceTariff) -> TimeSpan:
    return TimeSpan(start=row.start, end=row.end)


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    ref = ruleset.reference_tariffs
    if ref is None:
        return Judgement(Verdict.UNKNOWN, reason="no reference tariffs")
    span = claim.time
    former = _former_since(claim, ref)
    if former:
        # "The tariffs were previously set at 25% since 2018": a former rate with a stated start held
        # from then; its first year is judged, when some rate of the side then must be it
        assert span.start is not None and span.end is not None
        span = TimeSpan(start=span.start, end=min(span.end, span.start + dt.timedelta(days=364)))
    elif claim.qualifiers.status is not Status.CURRENT:
        return Judgement(Verdict.UNKNOWN, reason="a planned or former rate is not judged")
    if not span.is_bounded or span.end is None or span.end > ref.as_of:
        return Judgement(Verdict.UNKNOWN, reason="no bounded date for the rate, or past the reference's as_of")
    imposer, target, goods = (str(claim.key.get(k) or "") for k in ("imposer", "target", "goods"))
    if not target and not goods:  # "a 15% tariff": whose goods, the sentence does not say
        return Judgement(Verdict.UNKNOWN, reason="no side named for the rate")
    matching = [
        (i, row)
        for i, row in enumerate(ref.tariffs)
        if (not imposer or row.imposer == imposer) and (row.goods or "") == goods
    ]
    # Rows on goods from everywhere are not applied to one country: bilateral deals make exceptions
    # the table may not list (the UK's 10% on cars against the 25% on everyone's), unless the row
    # lists its exceptions (`all_but`).
    side = [(i, row) for i, row in matching if (row.target or "") == target or _covers(row, target)]
    if not target and claim.labels.get("target_unknown"):
        # "a 15% tariff on Japanese cars", Japan unknown to the vocabulary: one country's rate, judged
        # like a stated target's by the rows on every country that list their exceptions, not by the
        # others (a deal may have made that country an exception)
        side = [(i, row) for i, row in side if row.all_but is not None]
    if target and not imposer:
        # "a 10% tariff on US goods": any partner of the target may charge it, so only the rows on
        # goods from everywhere judge it ("the existing 25% duties on Japanese steel")
        side = [(i, row) for i, row in side if row.target is None]
    lo, hi = claim.value.get("lo"), claim.value.get("hi")
    if not isinstance(lo, (int, float)) or not isinstance(hi, (int, float)):
        return Judgement(Verdict.UNKNOWN, reason="no rate")
    during = [(i, row) for i, row in side if tariff_span(row).overlaps(span)]
    if not during:
        if claim.time_source != "sentence":  # dated by publication only: announced ahead of its start
            return Judgement(Verdict.UNKNOWN, reason="the reference records no rate for that side then")
        return _misdated(side, span, lo, hi, ref, ruleset)
    if former:
        held = [(i, row) for i, row in during if _overlap_days(tariff_span(row), span) > ref.margin_days]
        if not held:
            return Judgement(Verdict.UNKNOWN, reason="the reference records no rate for that side then")
        verdict = Verdict.CONSISTENT if any(_has(row, lo, hi) for _, row in held) else Verdict.CONTRADICTED
        return Judgement(verdict, note(held, ruleset))
    if (span.days or 0) > ref.long_span_days:  # "at 25% since 2018": every rate of the span must be it
        held = [(i, row) for i, row in during if _overlap_days(tariff_span(row), span) > ref.margin_days]
        if held and all(_has(row, lo, hi) for _, row in held):
            return Judgement(Verdict.CONSISTENT, note(held, ruleset))
        if _layered(held) and any(_has(row, lo, hi) for _, row in held):
            # several rates at once (a total and its layers): "Trump's 2018 tariffs of 25%" is one of them
            return Judgement(Verdict.CONSISTENT, note(held, ruleset))
        return Judgement(Verdict.CONTRADICTED, note(held or during, ruleset))
    if any(_has(row, lo, hi) for _, row in during):
        return Judgement(Verdict.CONSISTENT, note(during, ruleset))
    if (changed := _changed_on(claim, side, span)) is not None:
        # "China lowered its tariff from 125% to 30% on May 14", the day its rate changed: the new
        # rate is one that starts that day
        verdict = Verdict.CONSISTENT if any(_has(row, lo, hi) for _, row in changed) else Verdict.CONTRADICTED
        return Judgement(verdict, note(changed, ruleset))
    if _near_change(side, span, ref.margin_days):
        return Judgement(Verdict.UNKNOWN, reason="the rate changed within days of the claim")
    return Judgement(Verdict.CONTRADICTED, note(during, ruleset))


def _former_since(claim: Claim, ref: ReferenceTariffs) -> bool:
    """A former rate over a long span its sentence states: "previously set at 25% since 2018"."""
    span = claim.time
    return (
        claim.qualifiers.status is Status.FORMER
        and claim.time_source == "sentence"
        and span.is_bounded
        and (span.days or 0) > ref.long_span_days
    )


def _layered(rows: list[tuple[int, ReferenceTariff]]) -> bool:
    """Whether two of the rows hold at once: the side has layers, not one rate after another."""
    spans = sorted((tariff_span(row) for _, row in rows), key=lambda t: t.start or dt.date.min)
    return any(_overlap_days(a, b) > 0 for a, b in itertools.pairwise(spans))


def _covers(row: ReferenceTariff, target: str) -> bool:
    """Whether a row on every country but its `all_but` holds for `target`."""
    return bool(target) and row.target is None and row.all_but is not None and target not in row.all_but


def _has(row: ReferenceTariff, lo: float, hi: float) -> bool:
    return lo - _EPSILON <= row.rate <= hi + _EPSILON


def _overlap_days(a: TimeSpan, b: TimeSpan) -> int:
    lo = max(a.start or dt.date.min, b.start or dt.date.min)
    hi = min(a.end or dt.date.max, b.end or dt.date.max)
    return (hi - lo).days + 1 if lo <= hi else 0


def _misdated(
    side: list[tuple[int, ReferenceTariff]],
    span: TimeSpan,
    lo: float,
    hi: float,
    ref: ReferenceTariffs,
    ruleset: RuleSet,
) -> Judgement:
    """No rate recorded for the side then; a rate its sentence dates days before its recorded start
    (or after its end) has its date wrong: "the 25% took effect on August 1" when it started on the
    7th. A rate dated only by publication is not: "China's own 34% tariff" is news days before it starts."""
    assert span.start is not None and span.end is not None
    if (span.days or 0) > ref.dated_days:  # "In February, an order to impose 25%": no day to be off by
        return Judgement(Verdict.UNKNOWN, reason="the reference records no rate for that side then")
    window = dt.timedelta(days=ref.misdated_days)
    near = [
        (i, row)
        for i, row in side
        if _has(row, lo, hi)
        and (
            span.end < row.start <= span.end + window
            or (row.end is not None and row.end < span.start and span.start - window <= row.end)
        )
    ]
    if near and not _near_change(side, span, ref.margin_days):
        return Judgement(Verdict.CONTRADICTED, note(near, ruleset))
    return Judgement(Verdict.UNKNOWN, reason="the reference records no rate for that side then")


def _changed_on(
    claim: Claim, side: list[tuple[int, ReferenceTariff]], span: TimeSpan
) -> list[tuple[int, ReferenceTariff]] | None:
    """The side's rows that start on the one day a change its sentence states ("from 125% to 30% on
    May 14") is dated to; None when the claim states no change, is not dated to one day by its
    sentence, or no row starts that day (an announcement days before the change is not judged)."""
    if not isinstance(claim.value.get("before"), (int, float)) or claim.time_source != "sentence":
        return None
    if span.start is None or span.start != span.end:
        return None
    return [(i, row) for i, row in side if row.start == span.start] or None


def _near_change(side: list[tuple[int, ReferenceTariff]], span: TimeSpan, margin_days: int) -> bool:
    assert span.start is not None and span.end is not None
    margin = dt.timedelta(days=margin_days)
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
        # "on steel", "on goods from China", "on steel from China", "on all goods"
        on = [ruleset.goods[row.goods].name if row.goods in ruleset.goods else row.goods] if row.goods else []
        if row.target:
            known = ruleset.jurisdictions.get(row.target)
            on = [*(on or ["goods"]), "from " + (known.name if known else row.target)]
        until = f" until {row.end}" if row.end else ""
        parts.append(f"{who} charged {row.rate:g}% on {' '.join(on) or 'all goods'} from {row.start}{until}")
    sources = join_sources(ruleset.source("reference_tariffs", str(i)) for i, _ in rows)
    return ReferenceNote(text="; ".join(parts), source=sources)
