"""quote_attribution: one quote attributed to two speakers; must flag and must not flag."""

from __future__ import annotations

import random
from collections.abc import Callable

from factcheck.checks.quote import Rule, clusters, evaluate
from factcheck.models import Claim
from factcheck.ruleset import RuleSet
from tests.checks.conftest import Run

Claims = Callable[..., list[Claim]]

RULE = "quote-attribution"
QUOTE = "We have a Geneva framework, a London framework, a Stockholm framework, and now a Madrid framework"


def test_flags_one_quote_given_to_two_people(conflicts: Run) -> None:
    [c] = conflicts(
        (f"“{QUOTE},” Bessent said.", "2025-09-16"),
        (f"“{QUOTE},” said Trade Representative Jamieson Greer.", "2025-09-17"),
        rule=RULE,
    )
    assert [x.value["speaker"] for x in c.claims] == ["scott-bessent", "jamieson-greer"]
    assert c.severity.value == "warning"
    assert c.message == f"“{QUOTE}” is attributed to Scott Bessent in a0.txt:1 but to Jamieson Greer in a1.txt:1"


def test_flags_small_edits(conflicts: Run) -> None:
    found = conflicts(
        (f"“{QUOTE},” Bessent said.", "2025-09-16"),
        (
            "Greer said: “We have a Geneva framework, a London framework, a Stockholm framework and now "
            "the Madrid framework.”",
            "2025-09-17",
        ),
        rule=RULE,
    )
    assert [[x.value["speaker"] for x in c.claims] for c in found] == [["scott-bessent", "jamieson-greer"]]


def test_flags_two_unknown_speakers(conflicts: Run) -> None:
    found = conflicts(
        ("“We will publish the numbers next week as planned,” said Jane Roe.", "2025-10"),
        ("“We will publish the numbers next week as planned,” said Richard Doe.", "2025-10"),
        rule=RULE,
    )
    assert len(found) == 1


def test_one_conflict_per_pair_of_speakers(conflicts: Run) -> None:
    found = conflicts(
        (f"“{QUOTE},” Bessent said.", "2025-09-16"),
        (f"“{QUOTE},” Greer said.", "2025-09-17"),
        (f"“{QUOTE},” Lutnick said.", "2025-09-18"),
        (f"“{QUOTE},” Scott Bessent told reporters.", "2025-09-19"),
        rule=RULE,
    )
    pairs = sorted(tuple(sorted(str(x.value["speaker"]) for x in c.claims)) for c in found)
    assert pairs == [
        ("howard-lutnick", "jamieson-greer"),
        ("howard-lutnick", "scott-bessent"),
        ("jamieson-greer", "scott-bessent"),
    ]


def test_time_plays_no_part(conflicts: Run) -> None:
    found = conflicts((f"“{QUOTE},” Bessent said.", "2025-09-16"), (f"“{QUOTE},” Greer said.", "2023-01"), rule=RULE)
    assert len(found) == 1


def test_quiet_for_one_speaker_written_differently(conflicts: Run) -> None:
    assert not conflicts(
        (f"“{QUOTE},” Bessent said.", "2025-09-16"),
        (f"“{QUOTE},” said Treasury Secretary Scott Bessent.", "2025-09-17"),
        (f"Scott Bessent told reporters: “{QUOTE}.”", "2025-09-18"),
        rule=RULE,
    )


def test_quiet_for_an_unknown_short_name(conflicts: Run) -> None:
    assert not conflicts(
        ("“We will publish the numbers next week as planned,” said Jane Roe.", "2025-10"),
        ("“We will publish the numbers next week as planned,” Roe said.", "2025-10"),
        ("“We will publish the numbers next week as planned,” said Commerce Secretary Jane Roe.", "2025-10"),
        rule=RULE,
    )


def test_quiet_for_a_first_name_after_an_honorific(conflicts: Run) -> None:
    """ "Sir Jane" in an article naming "Jane Roe" in full is Jane Roe, as "Roe" is elsewhere."""
    assert not conflicts(
        (
            "Dame Jane Roe spoke at length.\n\n“We will publish the numbers next week as planned,” Dame Jane said.",
            "2025-10",
        ),
        ("“We will publish the numbers next week as planned,” Roe said.", "2025-10"),
        rule=RULE,
    )


def test_different_people_sharing_a_name_still_flag(conflicts: Run) -> None:
    [c] = conflicts(
        ("Ann Roe arrived.\n\n“We will publish the numbers next week as planned,” Ann said.", "2025-10"),
        ("“We will publish the numbers next week as planned,” said Bob Roe.", "2025-10"),
        rule=RULE,
    )
    assert sorted(str(x.value["speaker"]) for x in c.claims) == ["ann-roe", "bob-roe"]


def test_quiet_for_different_quotes(conflicts: Run) -> None:
    assert not conflicts(
        (f"“{QUOTE},” Bessent said.", "2025-09-16"),
        ("“We have no framework at all, and no plan for one in Madrid,” Greer said.", "2025-09-17"),
        rule=RULE,
    )


def test_quiet_for_scare_quotes(conflicts: Run) -> None:
    assert not conflicts(
        ("Bessent described the meetings simply as “trade talks,” officials said.", "2025-09-16"),
        ("Greer described the meetings simply as “trade talks,” officials said.", "2025-09-17"),
        ("“Trade talks,” Bessent said.", "2025-09-16"),
        ("“Trade talks,” Greer said.", "2025-09-17"),
        rule=RULE,
    )


def test_quiet_within_one_article(conflicts: Run, claims_of: Claims, ruleset: RuleSet) -> None:
    text = f"“{QUOTE},” Bessent said. Greer then said: “{QUOTE}.”"
    assert not conflicts((text, "2025-09-16"), rule=RULE)
    found = claims_of(text, kind="quote")
    assert [c.value["speaker"] for c in found] == ["scott-bessent", "jamieson-greer"]
    shipped = next(r for r in ruleset.checks if r.id == RULE)
    assert isinstance(shipped, Rule)
    within = shipped.model_copy(update={"across_articles_only": False})
    assert len(list(evaluate(found, within, ruleset))) == 1


def test_min_words_raises_the_bar(claims_of: Claims, ruleset: RuleSet) -> None:
    found = claims_of("“We will meet them again soon,” Bessent said. Greer said: “We will meet them again soon.”")
    shipped = next(r for r in ruleset.checks if r.id == RULE)
    assert isinstance(shipped, Rule)
    loose = shipped.model_copy(update={"across_articles_only": False})
    assert len(list(evaluate(found, loose, ruleset))) == 1
    strict = loose.model_copy(update={"min_words": 7})
    assert list(evaluate(found, strict, ruleset)) == []


def test_clusters_chain_close_texts_and_keep_others_apart() -> None:
    a = "we have a geneva framework a london framework and a madrid framework"
    b = "we have a geneva framework a london framework and the madrid framework"
    c = "we have no framework at all"
    found = clusters(sorted([a, b, c]), 90)
    assert found[a] == found[b] != found[c]


def test_clusters_stay_fast_for_thousands_of_quotes() -> None:
    rng = random.Random(7)
    words = "we the talks tariffs china trade will are not going to deal market jobs growth of in and".split()
    texts = sorted({" ".join(rng.choice(words) for _ in range(rng.randint(5, 30))) for _ in range(3000)})
    found = clusters(texts, 90)
    assert set(found) == set(texts)
