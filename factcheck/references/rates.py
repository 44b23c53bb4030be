"""Exchange rates: where one currency stood in another over a period (`reference_rates`).

A conversion claim ("916 billion yen ($6.2 billion)") agrees when the rate it implies, hedges
included, meets the period's range for the pair (either way round), widened by the table's
`tolerance`; it is contradicted when it does not ("916 billion yen ($62 billion)" implies 14.8 yen
to the dollar). The period is the article's date; a claim with no date, or a pair or time the
table does not cover, is UNKNOWN.
"""

from __future__ import annotations

from factcheck.models import Claim, ReferenceNote
from factcheck.references.verdict import Judgement, Verdict, join_sources
from factcheck.ruleset.ruleset import RuleSet


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    ref = ruleset.reference_rates
    day = claim.time.start
    lo, hi = claim.value.get("lo"), claim.value.get("hi")
    if ref is None or day is None or not claim.time.is_bounded:
        return Judgement(Verdict.UNKNOWN)
    if not isinstance(lo, (int, float)) or not isinstance(hi, (int, float)) or lo <= 0:
        return Judgement(Verdict.UNKNOWN)
    src, dst = str(claim.key.get("from")), str(claim.key.get("to"))
    for i, row in enumerate(ref.rates):
        if not (row.start <= day and (row.end is None or day <= row.end)) or day > ref.as_of:
            continue
        if (row.base, row.quote) == (dst, src):  # "1 trillion yen ($7 billion)": yen per dollar
            lo, hi = 1 / hi, 1 / lo
        elif (row.base, row.quote) != (src, dst):
            continue
        low, high = row.low / (1 + ref.tolerance), row.high * (1 + ref.tolerance)
        note = ReferenceNote(
            text=(
                f"1 {row.base} was {row.low:g} to {row.high:g} {row.quote} from {row.start} to {row.end or ref.as_of}; "
                f"the text implies {_rate(lo, hi)} {row.quote} per {row.base}"
            ),
            source=join_sources([ruleset.source("reference_rates", str(i))]),
        )
        verdict = Verdict.CONSISTENT if hi >= low and lo <= high else Verdict.CONTRADICTED
        return Judgement(verdict, note)
    return Judgement(Verdict.UNKNOWN)


def _rate(lo: float, hi: float) -> str:
    return f"{lo:.3g}" if abs(hi - lo) <= 0.005 * max(abs(hi), 1e-9) else f"{lo:.3g} to {hi:.3g}"
