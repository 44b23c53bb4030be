"""quote_attribution: one quote, one speaker.

What it checks: `quote` claims, i.e. quoted speech with the person it is attributed to ("“We have a
Geneva framework, ...,” Bessent said."). Quotes whose words match, exactly or nearly, must name
the same speaker in every article that carries them.

Why: a quote that travels between outlets picks up the wrong name now and then. A line said by the
Treasury Secretary and attributed to the Trade Representative in a rewrite is a factual error even
when every other detail of both articles is right, and no single article shows it.

How quotes are matched: each quote is compared as its normalized text (case, accents, apostrophes,
punctuation and spacing folded away; the first 200 characters). Two quotes match when the rapidfuzz
`fuzz.ratio` of their texts is at least `min_similarity` (0-100), so a changed word, a dropped
comma or "we're"/"we are" still match, while a quote cut to half its length does not. Matches are
chained: if A matches B and B matches C, all three are one quote. The comparison is blocked by
length (two texts can only reach the ratio if their lengths are close), so thousands of quotes stay
fast.

What flags: a quote cluster whose claims name two different speakers, in two different articles:
- two known people ("Scott Bessent" in one article, "Jamieson Greer" in another);
- two names not in the vocabulary that differ and where neither is a short form of the other
  ("Jane Roe" and "Richard Doe");
- a known person and an unknown name ("Scott Bessent" and "Commerce Ministry").
One conflict per pair of speakers per quote: a quote given to three people yields three. The two
claims shown are the closest pair of quotes between the two speakers.

What does not flag:
- one speaker written differently: "Bessent", "Scott Bessent", "Treasury Secretary Scott Bessent"
  resolve to one person through rules/vocab/people.yaml; an unknown short name that fits a longer
  one ("Roe" and "Jane Roe") is the same speaker;
- different quotes by different people, however close in topic;
- scare quotes and short phrases: the extractor skips quotes under five words ("trade talks", a
  "beautiful rebalancing") and quotes with no speech verb next to a name; `min_words` may raise
  that bar for this check;
- two speakers for one quote inside one article, unless `across_articles_only: false` (an article
  may quote a speaker who repeats someone else's words);
- quotes whose speaker the extractor could not tell ("a spokesperson said", "they said", a "he"
  with nobody named in the sentences before it): they yield no claim at all.
Time plays no part: a quote is misattributed whenever it was reported.

Fields:
- `min_similarity` (default 90): the fuzz.ratio two normalized quotes need to count as one.
  Lower it to catch heavier paraphrase at the cost of matching different quotes that share
  a stock phrase; 100 matches only identical texts.
- `min_words` (default 5): quotes with fewer words are ignored.
- `across_articles_only` (default true): compare only quotes from different articles.
- `key` (default ["_all"]): how the engine groups claims before this check sees them. No claim
  has a field named "_all", so every quote lands in one group and fuzzy matching can find pairs
  across all of them. Leave it; `key: [quote]` would compare only exactly equal quotes.

Message fields: {key} (the quote as written in the first article), {a.value} and {b.value} (the
two speakers), {a.article}, {a.line}, {a.time}, {a.surface} and the same for {b.*}.

Example:

    checks:
      - id: quote-attribution
        check: quote_attribution
        claims: quote
        description: One quote attributed to different people in different articles.
        min_similarity: 90
        severity: warning
        message: "“{key}”: {a.value} in {a.article}:{a.line} but {b.value} in {b.article}:{b.line}"
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from pydantic import Field
from rapidfuzz import fuzz, process

from factcheck.checks.base import DisjointSets, render_message, side
from factcheck.models import Claim, Conflict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "quote_attribution"

QUOTE = "quote"  # the claim's key field holding the normalized quote
SPEAKER = "speaker"  # the claim's value field holding the speaker's id


class Rule(CheckRule):
    check: Literal["quote_attribution"]
    # The engine groups claims by these key fields before evaluate() sees them. No claim has a
    # field "_all", so all quotes share one group and are matched fuzzily below.
    key: list[str] = Field(default_factory=lambda: ["_all"])
    min_similarity: float = Field(90.0, ge=50, le=100)
    min_words: int = Field(5, ge=1)
    across_articles_only: bool = True

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("key", "a", "b")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    claims = sorted((c for c in group if len(_text(c).split()) >= rule.min_words), key=Claim.sort_key)
    if len({_speaker(c) for c in claims}) < 2:
        return
    cluster_of = clusters(sorted({_text(c) for c in claims}), rule.min_similarity)
    members: dict[str, list[Claim]] = {}
    for claim in claims:
        members.setdefault(cluster_of[_text(claim)], []).append(claim)
    for cluster in members.values():  # in order of each cluster's first claim
        by_speaker: dict[str, list[Claim]] = {}
        for claim in cluster:
            by_speaker.setdefault(_speaker(claim), []).append(claim)
        speakers = sorted(by_speaker, key=lambda s: by_speaker[s][0].sort_key())
        for i, sa in enumerate(speakers):
            for sb in speakers[i + 1 :]:
                if same_speaker(by_speaker[sa][0], by_speaker[sb][0]):
                    continue
                pair = _closest(by_speaker[sa], by_speaker[sb], rule)
                if pair is None:
                    continue
                a, b = sorted(pair, key=Claim.sort_key)
                fields = {"key": a.label(QUOTE), "a": side(a, SPEAKER), "b": side(b, SPEAKER)}
                yield Conflict(
                    rule=rule.id,
                    severity=rule.severity,
                    message=render_message(rule.message, fields),
                    claims=(a, b),
                )


def clusters(texts: list[str], min_similarity: float) -> dict[str, str]:
    """Each text mapped to its cluster's representative: texts joined when fuzz.ratio >= the cutoff,
    and chained. Only texts of close length are compared: ratio = 2·matches / (len a + len b), so a
    pair reaches the cutoff s only if the longer is at most (200 - s) / s times the shorter."""
    order = sorted(texts, key=lambda t: (len(t), t))
    lengths = [len(t) for t in order]
    sets = DisjointSets(len(order))

    stretch = (200 - min_similarity) / min_similarity
    for pos, text in enumerate(order):
        hi = bisect.bisect_right(lengths, len(text) * stretch)
        window = order[pos + 1 : hi]
        for _, _, j in process.extract(text, window, scorer=fuzz.ratio, score_cutoff=min_similarity, limit=None):
            sets.join(pos, pos + 1 + j)
    return {text: order[sets.root(i)] for i, text in enumerate(order)}


def same_speaker(a: Claim, b: Claim) -> bool:
    """One speaker: the same id, or an unknown name that is a short form of the other ("Roe", "Jane Roe")."""
    sa, sb = _speaker(a), _speaker(b)
    if sa == sb:
        return True
    if SPEAKER not in a.unresolved and SPEAKER not in b.unresolved:
        return False
    ta, tb = set(sa.split("-")), set(sb.split("-"))
    return ta <= tb or tb <= ta


def _closest(xs: list[Claim], ys: list[Claim], rule: Rule) -> tuple[Claim, Claim] | None:
    """The two most alike quotes of two speakers (the first found, in order, among equals)."""
    best: tuple[float, Claim, Claim] | None = None
    scores: dict[tuple[str, str], float] = {}
    for x in xs:
        for y in ys:
            if rule.across_articles_only and x.evidence.article == y.evidence.article:
                continue
            pair = (_text(x), _text(y))
            score = scores.get(pair)
            if score is None:
                score = scores[pair] = fuzz.ratio(*pair)
            if best is None or score > best[0]:
                best = (score, x, y)
                if score >= 100:
                    return x, y  # word for word: nothing can be closer
    return None if best is None else (best[1], best[2])


def _text(claim: Claim) -> str:
    return str(claim.key.get(QUOTE) or "")


def _speaker(claim: Claim) -> str:
    return str(claim.value.get(SPEAKER))
