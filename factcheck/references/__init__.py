"""Reference facts as judges: given a claim, say whether the reference agrees, and why.

Each reference table kind is one module with a pure `judge(claim, ruleset) -> Judgement`;
`TABLES` maps the name a rule gives in `reference:` to it.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.models import Claim
from factcheck.references import (
    closes,
    deadlines,
    event_years,
    events,
    levels,
    planned,
    rates,
    rounds,
    statistic_levels,
    tariffs,
    terms,
)
from factcheck.references.verdict import Judgement, Verdict
from factcheck.ruleset.ruleset import RuleSet

Judge = Callable[[Claim, RuleSet], Judgement]

TABLES: dict[str, Judge] = {
    "terms_of_office": terms.judge,
    "term_starts": terms.judge_start,
    "events": events.judge,
    "event_years": event_years.judge,
    "rounds": rounds.judge,
    "planned_events": planned.judge,
    "tariffs": tariffs.judge,
    "deadlines": deadlines.judge,
    "index_levels": levels.judge,
    "market_closes": closes.judge,
    "exchange_rates": rates.judge,
    "statistic_levels": statistic_levels.judge,
}

__all__ = ["TABLES", "Judge", "Judgement", "Verdict"]
