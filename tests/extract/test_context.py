"""ArticleView's claim helpers: what every extractor's claims share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract.context import in_quotation
from factcheck.models import Claim

Claims = Callable[..., list[Claim]]


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("“Treasury Secretary Janet Yellen was right,” Bessent said.", "Treasury", True),
        ("“We agree,” Treasury Secretary Janet Yellen said.", "Treasury", False),
        ("It was a good deal,” Treasury Secretary Janet Yellen said.", "good", True),  # begun a sentence before
        ("It was a good deal,” Treasury Secretary Janet Yellen said.", "Treasury", False),
        ('"Treasury Secretary Janet Yellen was right," Bessent said.', "Treasury", True),
        ('Bessent said "the deal holds" and Treasury Secretary Janet Yellen agreed.', "Treasury", False),
        ("Treasury Secretary Janet Yellen said so.", "Treasury", False),
    ],
)
def test_in_quotation(text: str, word: str, inside: bool) -> None:
    assert in_quotation(text, text.index(word)) is inside


def test_a_claim_inside_a_quotation_is_the_speaker_s(claims_of: Claims) -> None:
    """A faithfully quoted speaker is not the article's error: the claim is uncertain (its conflicts
    one severity lower), never hidden."""
    quoted = '"Treasury Secretary Janet Yellen was right about China," Bessent said.'
    [claim] = claims_of(quoted, published="2025-10-20", kind="office_holder")
    assert claim.qualifiers.uncertain
    [plain] = claims_of(
        "Treasury Secretary Janet Yellen was right about China.", published="2025-10-20", kind="office_holder"
    )
    assert not plain.qualifiers.uncertain
