"""The term_starts reference: the day someone is said to take an office against their terms."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.references import Verdict, terms
from factcheck.ruleset.ruleset import RuleSet
from tests.conftest import make_article

# rules/reference/offices.yaml: Scott Bessent Treasury Secretary from 2025-01-28, Janet Yellen from
# 2021-01-26 to 2025-01-20.


def verdicts(ruleset: RuleSet, text: str, published: str) -> list[tuple[str, Verdict]]:
    found = [c for c in extract_claims(make_article(text, published), ruleset) if c.kind == "office_holder"]
    return [(str(c.value["person"]), terms.judge_start(c, ruleset).verdict) for c in found]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Scott Bessent was sworn in as Treasury Secretary on Tuesday.", "2025-01-30", Verdict.CONSISTENT),
        ("Bessent took office as Treasury Secretary last week.", "2025-02-03", Verdict.CONSISTENT),
        ("In late January, Scott Bessent was sworn in as Treasury Secretary.", "2025-03-03", Verdict.UNKNOWN),
        ("Scott Bessent was sworn in as Treasury Secretary in January.", "2025-03-03", Verdict.CONSISTENT),
        ("Scott Bessent was sworn in as Treasury Secretary on Monday.", "2025-02-12", Verdict.CONTRADICTED),
        # not holding it then at all: office-vs-reference judges that, once
        ("Scott Bessent was sworn in as Treasury Secretary in December.", "2025-03-03", Verdict.UNKNOWN),
    ],
)
def test_the_day_of_the_hand_over(ruleset: RuleSet, text: str, published: str, expected: Verdict) -> None:
    assert verdicts(ruleset, text, published) == [("scott-bessent", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" stands for the one person the sentence names before it
        ("Bessent, 62, met reporters after he was sworn in as Treasury Secretary on Monday.", "scott-bessent"),
        ("Janet Yellen spoke on Monday before she was sworn in as Treasury Secretary on Tuesday.", "janet-yellen"),
    ],
)
def test_a_pronoun_takes_the_person_named_before(ruleset: RuleSet, text: str, expected: str) -> None:
    found = [c for c in extract_claims(make_article(text, "2025-02-12"), ruleset) if c.labels.get("took_office")]
    assert [c.value["person"] for c in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # two people before "he": which one?
        "Janet Yellen greeted Scott Bessent after he was sworn in as Treasury Secretary on Monday.",
        # a renewed term did not begin that day
        "Scott Bessent was sworn in as Treasury Secretary for a second term on Monday.",
        "Scott Bessent was reappointed as Treasury Secretary on Monday.",
        # being named is designation, not taking office
        "Scott Bessent was named as Treasury Secretary on Monday.",
    ],
)
def test_no_start_of_term_read(ruleset: RuleSet, text: str) -> None:
    found = extract_claims(make_article(text, "2025-02-12"), ruleset)
    assert not [c for c in found if c.labels.get("took_office")]
