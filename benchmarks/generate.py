"""Write a synthetic corpus for benchmarks: news-like articles built from the seed sentences' shapes.

    python benchmarks/generate.py OUT_DIR --articles 2000 [--seed 1]

Deterministic for a given seed. Each article mixes office-holder mentions, events, market moves,
statistics and quotes with filler prose, and gets a publication date in a sources.yaml manifest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

OFFICES = [
    "Treasury Secretary Scott Bessent",
    "U.S. Treasury Secretary Janet Yellen",
    "Commerce Secretary Howard Lutnick",
    "Trade Representative Jamieson Greer",
    "China's Vice Premier He Lifeng",
    "President Xi Jinping",
    "former President Joe Biden",
]
PLACES = ["Geneva", "London", "Stockholm", "Madrid", "Kuala Lumpur", "Beijing", "Washington"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
INDICES = ["S&P 500", "Dow Jones Industrial Average", "Shanghai Composite", "Hang Seng", "Nikkei 225"]
FILLER = [
    "Analysts said the outcome would depend on implementation.",
    "Both sides described the atmosphere as constructive.",
    "Markets have been volatile in recent weeks as investors weighed the news.",
    "The ministry did not respond to a request for comment.",
    "Officials declined to give details of the proposals under discussion.",
]


def article(rng: random.Random) -> str:
    lines = ["US and China trade officials met again this week."]
    for _ in range(rng.randint(4, 9)):
        kind = rng.randrange(5)
        if kind == 0:
            lines.append(f"{rng.choice(OFFICES)} said the talks were useful.")
        elif kind == 1:
            lines.append(f"The talks were held in {rng.choice(PLACES)} in {rng.choice(MONTHS)}.")
        elif kind == 2:
            verb = rng.choice(["rose", "fell", "gained", "slipped"])
            lines.append(f"The {rng.choice(INDICES)} {verb} {rng.randint(1, 30) / 10}% on Monday.")
        elif kind == 3:
            lines.append(f"China's exports to the U.S. fell nearly {rng.randint(5, 20)}% year-on-year in 2024.")
        else:
            lines.append(f"“We are making progress on the framework,” {rng.choice(['Bessent', 'Greer'])} said.")
        lines.append(rng.choice(FILLER))
    return "\n\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = ["articles:"]
    start = dt.date(2025, 6, 1)
    for i in range(args.articles):
        name = f"article_{i:05d}.txt"
        (args.out / name).write_text(article(rng), encoding="utf-8")
        manifest.append(f"  {name}: {{published: {start + dt.timedelta(days=rng.randrange(150))}}}")
    (args.out / "sources.yaml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
