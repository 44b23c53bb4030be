"""The loaded rule set: every vocabulary, reference table and check, merged and cross-checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcheck.ruleset.schema import (
    CheckRule,
    ClaimKind,
    ComparisonCues,
    DeadlineCues,
    DeadlineSubject,
    Directions,
    EventCues,
    EventType,
    GapCues,
    Goods,
    Hedge,
    Jurisdiction,
    MarketCues,
    MarketIndex,
    Matching,
    Metric,
    OfficeQualifiers,
    Person,
    Place,
    ReferenceCloses,
    ReferenceDeadlines,
    ReferenceEvents,
    ReferenceRates,
    ReferenceTariffs,
    Role,
    RuleTest,
    StatisticCues,
    TariffCues,
    Term,
    VoteCues,
)


@dataclass(frozen=True)
class RuleSet:
    """Pure data. Extractors and checks read it; nothing writes it after loading."""

    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    event_types: dict[str, EventType] = field(default_factory=dict)
    indices: dict[str, MarketIndex] = field(default_factory=dict)
    metrics: dict[str, Metric] = field(default_factory=dict)
    hedges: dict[str, Hedge] = field(default_factory=dict)
    goods: dict[str, Goods] = field(default_factory=dict)
    deadlines: dict[str, DeadlineSubject] = field(default_factory=dict)
    office_qualifiers: OfficeQualifiers = field(default_factory=OfficeQualifiers)
    event_cues: EventCues = field(default_factory=EventCues)
    directions: Directions = field(default_factory=Directions)
    statistic_cues: StatisticCues = field(default_factory=StatisticCues)
    comparison_cues: ComparisonCues = field(default_factory=ComparisonCues)
    vote_cues: VoteCues = field(default_factory=VoteCues)
    market_cues: MarketCues = field(default_factory=MarketCues)
    tariff_cues: TariffCues = field(default_factory=TariffCues)
    deadline_cues: DeadlineCues = field(default_factory=DeadlineCues)
    gap_cues: GapCues = field(default_factory=GapCues)
    reference_events: ReferenceEvents | None = None
    reference_tariffs: ReferenceTariffs | None = None
    reference_deadlines: ReferenceDeadlines | None = None
    reference_closes: ReferenceCloses | None = None
    reference_rates: ReferenceRates | None = None
    claim_kinds: dict[str, ClaimKind] = field(default_factory=dict)
    matching: Matching = field(default_factory=lambda: Matching())
    terms: dict[str, tuple[Term, ...]] = field(default_factory=dict)
    terms_as_of: dict[str, dt.date] = field(default_factory=dict)  # per office: the day its terms were verified
    checks: tuple[CheckRule, ...] = ()
    tests: tuple[RuleTest, ...] = ()  # examples for checks defined elsewhere (a project testing shipped rules)
    # "file:line" of each reference fact, keyed like ("terms", role, index), for evidence in reports.
    sources: dict[tuple[str, ...], str] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    version: str = ""

    def check(self, rule_id: str) -> CheckRule | None:
        return next((c for c in self.checks if c.id == rule_id), None)

    def hedge_named(self, word: str | None) -> Hedge | None:
        """The hedge a word belongs to ("nearly", "more than"), matched without case."""
        if not word:
            return None
        folded = word.lower()
        return next((h for h in self.hedges.values() if folded in (w.lower() for w in h.words)), None)

    def source(self, *key: str) -> str:
        return self.sources.get(key, "rules")
