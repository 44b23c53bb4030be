"""Reference closes: each index's official close on a day, and its move from the previous close.

A market_move read as the day's move (its snapshot is the close, or unstated) agrees when the close
of a day it may be about matches its size (percent or points, within the table's tolerances, hedges
included) and its level; it is contradicted when the table has closes for those days and none
matches: an intraday figure reported as the day's move, a wrong number, a level of another day. The
days a move may be about: its own day when the sentence states one; else, dated only by its
article, the publication days and the `lookback_days` before them (a morning story reports
yesterday's close). Intraday and futures figures, moves over longer periods, and days the table
does not hold are UNKNOWN. A move dated to several days by its sentence ("on Thursday and Friday")
may be the move over them: it agrees when the closes' combined move matches.
"""

from __future__ import annotations

import datetime as dt

from factcheck.models import Claim, ReferenceNote, Status
from factcheck.references.verdict import Judgement, Verdict, join_sources
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import ReferenceClose, ReferenceCloses


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    ref = ruleset.reference_closes
    if ref is None or claim.value.get("session") != "close" or claim.qualifiers.status is not Status.CURRENT:
        return Judgement(Verdict.UNKNOWN)
    days = _days(claim, ref)
    if days is None:
        return Judgement(Verdict.UNKNOWN)
    rows = [(i, c) for i, c in enumerate(ref.closes) if c.index == claim.key.get("index") and c.date in days]
    if not rows:
        return Judgement(Verdict.UNKNOWN)
    agreeing = [(i, c) for i, c in rows if _agrees(claim, c, ref)]
    if agreeing:
        return Judgement(Verdict.CONSISTENT, note(agreeing, ruleset))
    if claim.time_source == "sentence" and len(rows) > 1:
        # "shed nearly 4,000 points on Thursday and Friday": perhaps the move over those days
        both = _over(sorted((c for _, c in rows), key=lambda c: c.date))
        if both is None or _agrees(claim, both, ref):
            return Judgement(Verdict.UNKNOWN if both is None else Verdict.CONSISTENT, note(rows, ruleset))
    return Judgement(Verdict.CONTRADICTED, note(rows, ruleset))


def _over(days: list[ReferenceClose]) -> ReferenceClose | None:
    """The move over consecutive closes, as one row: points added, percents compounded, the last
    close; None when a day lacks either figure, so the move over them is not known."""
    if any(c.points is None or c.percent is None for c in days):
        return None
    growth = 1.0
    for c in days:
        growth *= 1 + (c.percent or 0.0) / 100
    return ReferenceClose(
        index=days[-1].index,
        date=days[-1].date,
        close=days[-1].close,
        points=round(sum(c.points or 0.0 for c in days), 2),
        percent=round((growth - 1) * 100, 2),
    )


def _days(claim: Claim, ref: ReferenceCloses) -> set[dt.date] | None:
    span = claim.time
    if span.start is None or span.end is None:
        return None
    length = (span.end - span.start).days + 1
    if claim.time_source == "sentence":
        if length > ref.stated_days:
            return None
        start = span.start
    elif claim.time_source == "published":
        if length > ref.stated_days + ref.lookback_days:
            return None
        start = span.start - dt.timedelta(days=ref.lookback_days)
    else:
        return None
    return {start + dt.timedelta(days=n) for n in range((span.end - start).days + 1)}


def _agrees(claim: Claim, row: ReferenceClose, ref: ReferenceCloses) -> bool:
    direction, unit = claim.value.get("direction"), claim.value.get("unit")
    lo, hi, level = claim.value.get("lo"), claim.value.get("hi"), claim.value.get("level")
    sized = isinstance(lo, (int, float)) and isinstance(hi, (int, float))
    if not sized and not isinstance(level, (int, float)):
        return False
    stated = row.percent if unit == "percent" else row.points if unit == "points" else None
    if not sized:  # "the yield fell to 3.4%": the direction and the level, no size
        moved_by = row.points if row.points is not None else row.percent
        return (moved_by is None or direction == _moved(moved_by)) and _level_ok(level, row, ref)
    assert isinstance(lo, (int, float)) and isinstance(hi, (int, float))
    if stated is None:
        size_ok = True
    else:
        moved = _moved(stated)
        if direction != moved and not (direction == "flat" and abs(stated) < 0.05):
            return False
        tol = ref.percent_tolerance if unit == "percent" else ref.points_tolerance * abs(stated)
        size = claim.value.get("size")
        if isinstance(size, (int, float)) and not claim.qualifiers.hedge:
            tol = max(tol, rounding(size))  # "closed 9% lower" for -8.77%: a whole number is a rounded one
        size_ok = min(lo, hi) - tol <= abs(stated) <= max(lo, hi) + tol
    return size_ok and _level_ok(level, row, ref)


def _moved(change: float) -> str:
    return "up" if change > 0 else "down" if change < 0 else "flat"


def _level_ok(level: object, row: ReferenceClose, ref: ReferenceCloses) -> bool:
    return not isinstance(level, (int, float)) or abs(level - row.close) <= ref.level_tolerance * row.close


def rounding(size: float) -> float:
    """Half a unit of the last digit a figure states: 9 -> 0.5, 12.48 -> 0.005, 1,200 -> 50, 1,000 -> 50.

    Trailing zeros of a whole number are read as rounding ("1,200 points" for 1,233). A figure is as
    exact as its digits; the tables' tolerances cover only the writer's own slips on top of that.
    """
    if size != int(size):
        decimals = len(f"{size:.6f}".rstrip("0").split(".")[1])
        return 0.5 * 10.0**-decimals
    whole, step = int(abs(size)), 1
    cap = 10 ** max(0, len(str(whole)) - 2)  # two figures at least: "1,000" is 950..1,050, not 500..1,500
    while whole and whole % 10 == 0 and step < cap:
        whole, step = whole // 10, step * 10
    return 0.5 * step


def note(rows: list[tuple[int, ReferenceClose]], ruleset: RuleSet) -> ReferenceNote:
    parts = []
    for _, c in rows:
        name = ruleset.indices[c.index].name if c.index in ruleset.indices else c.index
        moves = [f"{c.points:+,.2f} points" if c.points is not None else "", f"{c.percent:+.2f}%" if c.percent else ""]
        moved = ", ".join(m for m in moves if m)
        parts.append(f"the {name} closed at {c.close:,.2f} on {c.date}" + (f" ({moved})" if moved else ""))
    sources = join_sources(ruleset.source("reference_closes", str(i)) for i, _ in rows)
    return ReferenceNote(text="; ".join(parts), source=sources)
