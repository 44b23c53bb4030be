"""Index levels: where each index can plausibly stand over a period (`levels:` on an index).

A market_move claim with a level ("fell 2.6% to 38,703.27") agrees when the index's declared range
for its time holds the level, and is contradicted when it does not: the level was misread, or it
belongs to another index (the note names the indices whose range for that time holds it: a Dow level
reported for the S&P 500 is a mislabelled index). Claims with no level, no bounded time, or a time
no declared range covers are UNKNOWN.
"""

from __future__ import annotations

from factcheck.models import Claim, ReferenceNote
from factcheck.references.verdict import Judgement, Verdict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import LevelRange, MarketIndex


def _range_at(index: MarketIndex, claim: Claim) -> LevelRange | None:
    start = claim.time.start
    if start is None or not claim.time.is_bounded:
        return None
    return next((r for r in index.levels if r.start <= start and (r.end is None or start <= r.end)), None)


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    level = claim.value.get("level")
    index_id = str(claim.key.get("index"))
    index = ruleset.indices.get(index_id)
    if not isinstance(level, (int, float)) or index is None:
        return Judgement(Verdict.UNKNOWN)  # a move with no level: nothing to judge, no blind spot
    known = _range_at(index, claim)
    if known is None:
        return Judgement(Verdict.UNKNOWN, reason=f"no plausible range of the {index.name} declared for then")
    where = ruleset.source("indices", index_id)
    if known.low <= level <= known.high:
        return Judgement(Verdict.CONSISTENT, ReferenceNote(text=_span(index, known), source=where))
    others = sorted(
        other.name
        for oid, other in ruleset.indices.items()
        if oid != index_id and (r := _range_at(other, claim)) is not None and r.low <= level <= r.high
    )
    scale = f"; {level:,g} is on the scale of {', '.join(others)}" if others else ""
    return Judgement(Verdict.CONTRADICTED, ReferenceNote(text=_span(index, known) + scale, source=where))


def _span(index: MarketIndex, r: LevelRange) -> str:
    until = f" to {r.end}" if r.end else " on"
    pct = "%" if index.quoted_in == "percent" else ""
    return f"the {index.name} stood between {r.low:,g}{pct} and {r.high:,g}{pct} from {r.start}{until}"
