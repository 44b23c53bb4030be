"""Packed claims come back equal to the claims packed: the checks and reports cannot tell."""

from __future__ import annotations

import datetime as dt

from factcheck.claimstore import ClaimStore
from factcheck.corpus import load_corpus
from factcheck.engine import extract_all
from factcheck.models import Claim, Evidence, Precision, Qualifiers, Status, TimeSpan
from factcheck.ruleset import RuleSet
from tests.conftest import ROOT


def claim(**changes: object) -> Claim:
    base = Claim(
        kind="tariff_rate",
        key={"imposer": "united-states", "target": "china"},
        value={"rate": 30.0, "before": None, "count": 3, "exact": True},
        labels={"imposer": "U.S."},
        time=TimeSpan(start=dt.date(2025, 5, 14), end=None, precision=Precision.DAY),
        time_source="sentence+published",
        surface="30% on Chinese goods",
        evidence=Evidence(
            article="a.md", path="corpus/a.md", line=3, column=9, start=40, end=60, sentence="It set 30%."
        ),
    )
    return base.model_copy(update=changes)


def test_every_field_survives_packing() -> None:
    unusual = [
        claim(),
        claim(qualifiers=Qualifiers(status=Status.PLANNED, hedge="about", negated=True, cue="plans", uncertain=True)),
        claim(time=TimeSpan(), time_source="none", unresolved=("target",)),
        claim(time=TimeSpan(start=dt.date.min, end=dt.date.max, precision=Precision.YEAR)),
        claim(evidence=claim().evidence.model_copy(update={"url": "https://example.org/a"})),
    ]
    store = ClaimStore()
    indices = [store.add(c) for c in unusual]
    for i, original in zip(indices, unusual, strict=True):
        back = store[i]
        assert back == original
        assert back.model_dump_json() == original.model_dump_json()
        assert type(back.value["count"]) is int and type(back.value["exact"]) is bool  # not 3.0, not 1
    assert list(store) == unusual


def test_the_claims_of_real_corpora_round_trip(ruleset: RuleSet) -> None:
    articles = [a for folder in ("seeds", "tests/e2e/true_corpus") for a in load_corpus([ROOT / folder]).articles]
    claims = extract_all(articles, ruleset, None)
    store = ClaimStore()
    for c in claims:
        store.add(c)
    assert len(store) == len(claims) > 200
    assert [c.model_dump_json() for c in store] == [c.model_dump_json() for c in claims]


def test_a_sentence_is_held_once_for_all_its_claims() -> None:
    store = ClaimStore()
    sentence = "A long sentence that three claims stand in. " * 40
    for start in (0, 10, 20):
        ev = claim().evidence.model_copy(update={"sentence": sentence, "start": start})
        store.add(claim(evidence=ev))
    assert store.packed_bytes < 3 * 300 < len(sentence)  # the sentence is an index into the table, not a copy
    assert all(store[i].evidence.sentence == sentence for i in range(3))
