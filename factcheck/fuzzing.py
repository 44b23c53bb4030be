"""Generators of hostile inputs, shared by the property tests (tests/test_fuzz.py) and the long fuzz
run (benchmarks/fuzz.py): news-shaped articles built from the fragments that broke parsers before
(huge numbers and spans of years, weekdays with dates, nested quotes and parentheses, sums of money,
broken front matter), and rule files mutated line by line. Pure: a seeded random source in, text out.
"""

from __future__ import annotations

import random

FRAGMENTS = (
    "The Dow fell 1% over 9999 years.",
    "the first talks in 2100 years",
    "On Monday, Treasury Secretary Janet Yellen said",
    "Treasury Secretary Scott Bessent met He Lifeng in Geneva on May 10",
    "talks held in Beijing in October 2025",
    "after more than a year of limited dialogue",
    "the S&P 500 fell nearly 1.3% on Monday to 38,314.86",
    "its worst day since the 1987 crash",
    "a 145% tariff on Chinese goods, cut from 145% to 30%",
    "the truce expires at 12:01 a.m. on Nov. 10",
    "on Friday, Oct. 30, a Friday,",
    "916 billion yen ($62 billion)",
    "“We have a Geneva framework,” Bessent said.",
    "(((( nested ))))",
    '"" ". . . " ',
    "President Donald Trump's Asia tour",
    "Sept. 31, 2025",
    "0001-01-01",
    "99999999999999999999999999999999999999999999 percent",
    "\u202e\u0000\x1b[31m",
    "the fourth round",
    "Q5 2025",
    "from July 9 to Aug. 1",
    "between 2019 and 2018",
)
FRONT = (
    "published: 2025-10-15",
    "published: 2025-02-30",
    "published: 9999-12-31",
    "published: 0001-01-01",
    "published: 2025-10-03T23:30:00Z",
    "date: [unclosed",
    "title: {a: b}",
    "published: 2025..2024",
    "- a list",
    "x: " + "[" * 80 + "]" * 80,
)


def article(rng: random.Random) -> str:
    """A news-shaped article: optional front matter, then paragraphs of fragments and noise."""
    parts: list[str] = []
    if rng.random() < 0.5:
        parts.append("---\n" + "\n".join(rng.sample(FRONT, rng.randint(1, 3))) + "\n---\n")
    for _ in range(rng.randint(1, 6)):
        words = [rng.choice(FRAGMENTS) if rng.random() < 0.6 else _noise(rng) for _ in range(rng.randint(1, 8))]
        parts.append(" ".join(words) + rng.choice(["\n\n", "\n", " "]))
    return "".join(parts)


def _noise(rng: random.Random) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:%$€£¥()[]\"'“”’—–-\n"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))


def mutate_rules(text: str, rng: random.Random) -> str:
    """One rule file with a few random edits: lines dropped, doubled, swapped, values changed."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        action = rng.randrange(6)
        if action == 0:
            del lines[i]
        elif action == 1:
            lines.insert(i, lines[i])
        elif action == 2 and ":" in lines[i]:
            key, _, _ = lines[i].partition(":")
            lines[i] = f"{key}: {rng.choice(['', '-1', '.inf', 'true', '[]', '{}', '[x', 'nope', '9999-12-31'])}"
        elif action == 3:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == 4:
            lines[i] = " " * rng.randint(0, 6) + lines[i].lstrip()
        else:
            lines[i] = lines[i] + rng.choice(["{", "}", "'", '"', " #", ": x", "  "])
    return "\n".join(lines)
