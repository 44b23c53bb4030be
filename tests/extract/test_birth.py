"""birth extraction: birth dates and ages of recorded people, in several phrasings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]


def read(claims: list[Claim]) -> list[tuple[str, dict[str, object]]]:
    return [(str(c.key["person"]), dict(c.value)) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Born on June 14, 1946, Trump grew up in Queens.", ("donald-trump", {"born": "1946-06-14"})),
        ("Born on 14 June 1946 in New York, Donald Trump grew up in Queens.", ("donald-trump", {"born": "1946-06-14"})),
        (
            "Born on June 14, 1946, in Queens, Donald Trump studied at Wharton.",
            ("donald-trump", {"born": "1946-06-14"}),
        ),
        ("Janet Yellen, born on August 13, 1946, led the Fed.", ("janet-yellen", {"born": "1946-08-13"})),
        ("Janet Yellen (born August 13, 1946) led the Fed.", ("janet-yellen", {"born": "1946-08-13"})),
        ("Yellen was born in 1946 in Brooklyn.", ("janet-yellen", {"born": "1946"})),
        ("Jerome Powell, 72, spoke on Tuesday.", ("jerome-powell", {"age": 72})),
        ("Jerome Powell, aged 72, spoke on Tuesday.", ("jerome-powell", {"age": 72})),
        ("Powell (72) spoke on Tuesday.", ("jerome-powell", {"age": 72})),
        ("The 72-year-old Powell spoke on Tuesday.", ("jerome-powell", {"age": 72})),
        ("Powell, a 72-year-old lawyer, spoke on Tuesday.", ("jerome-powell", {"age": 72})),
    ],
)
def test_birth_dates_and_ages(claims_of: Claims, sentence: str, expected: tuple[str, dict[str, object]] | None) -> None:
    assert read(claims_of(sentence, kind="birth")) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe, 45, spoke on Tuesday.",  # an unknown person: nothing to judge by
        "Powell, 72 percent of economists said, will cut.",  # a share, not an age
        "Trump, 2024 was a good year.",
        "Powell said on June 14, 1946 nothing happened.",  # a date that is no birth
        "Born on June 14, 1946, the law made Trump's family rich.",  # the sentence is not about a person
    ],
)
def test_not_birth_claims(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, kind="birth") == []


def test_an_age_is_as_of_its_sentence_s_time(claims_of: Claims) -> None:
    [c] = claims_of("In 2008, Obama, 47, won the election.", published="2025-10-21", kind="birth")
    assert c.time.label() == "2008"
