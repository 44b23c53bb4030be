"""Time the check stage alone on corpora built to stress it, at growing sizes, and print how the
time grows (the exponent between the smallest and the largest size: 1 is linear, 2 quadratic).

    python benchmarks/checks.py [--sizes 1000,2500,5000,10000] [--scenario NAME]

Scenarios (each article is a few sentences of our own, extracted as usual, then checked):
- talks-random-days: rounds of talks at a few venues on random days over two years (date_agreement);
- holders-archive: an archive naming Yellen in 2023 and Bessent in 2025 as Treasury Secretary
  (single_value: no clash, so every pair used to be tried);
- gaps: articles saying "after more than a year of limited dialogue" among articles reporting rounds
  (gap against every event);
- moves-one-day: the S&P 500's move on one day, reported with many different figures (numeric_tolerance).
Extraction is timed apart; only `engine.evaluate` is the check stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import time
from collections.abc import Callable

from factcheck import engine
from factcheck.extract import extract_claims
from factcheck.models import Article, Claim, TimeSpan
from factcheck.ruleset import load_ruleset
from factcheck.settings import default_rules_dir

PLACES = ["Geneva", "London", "Stockholm", "Madrid", "Kuala Lumpur"]
START = dt.date(2024, 1, 1)


def _day(rng: random.Random, span: int = 730) -> dt.date:
    return START + dt.timedelta(days=rng.randrange(span))


def talks_random_days(rng: random.Random, i: int) -> tuple[str, dt.date]:
    day = _day(rng)
    place = rng.choice(PLACES)
    return f"U.S. and Chinese officials met in {place} on {day:%B} {day.day}, {day.year} for trade talks.", day


def holders_archive(rng: random.Random, i: int) -> tuple[str, dt.date]:
    if i % 2:
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(300))
        return "Treasury Secretary Janet Yellen spoke to reporters about the economy.", day
    day = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(300))
    return "Treasury Secretary Scott Bessent spoke to reporters about the economy.", day


def gaps(rng: random.Random, i: int) -> tuple[str, dt.date]:
    day = dt.date(2025, 10, 1) + dt.timedelta(days=rng.randrange(30))
    if i % 2:
        return "China and the U.S. resumed trade talks after more than a year of limited dialogue.", day
    when = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(250))
    place = rng.choice(PLACES)
    return f"U.S. and Chinese officials met in {place} on {when:%B} {when.day}, {when.year} for trade talks.", day


def moves_one_day(rng: random.Random, i: int) -> tuple[str, dt.date]:
    pct = round(rng.uniform(0.5, 3.0), 1)
    return f"The S&P 500 fell {pct}% on Friday, its worst day in weeks.", dt.date(2025, 4, 5)


SCENARIOS: dict[str, Callable[[random.Random, int], tuple[str, dt.date]]] = {
    "talks-random-days": talks_random_days,
    "holders-archive": holders_archive,
    "gaps": gaps,
    "moves-one-day": moves_one_day,
}


def corpus(scenario: str, n: int) -> list[Article]:
    rng = random.Random(1)
    out = []
    for i in range(n):
        text, day = SCENARIOS[scenario](rng, i)
        out.append(Article(id=f"a{i:06d}.md", path=f"a{i:06d}.md", text=text, published=TimeSpan.day(day)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,2500,5000,10000")
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), action="append")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    ruleset = load_ruleset([default_rules_dir()])
    for scenario in args.scenario or list(SCENARIOS):
        timings = []
        for n in sizes:
            articles = corpus(scenario, n)
            claims: list[Claim] = [c for a in articles for c in extract_claims(a, ruleset)]
            t = time.perf_counter()
            conflicts = engine.evaluate(claims, ruleset)
            seconds = time.perf_counter() - t
            timings.append(seconds)
            sizes_text = f"{scenario:>18} {n:>7} articles {len(claims):>7} claims"
            print(f"{sizes_text}: check {seconds:7.2f} s, {len(conflicts)} conflicts")
        if len(sizes) > 1 and timings[0] > 0:
            growth = math.log(timings[-1] / timings[0]) / math.log(sizes[-1] / sizes[0])
            print(f"{scenario:>18} growth exponent {growth:.2f} ({sizes[0]} to {sizes[-1]} articles)")


if __name__ == "__main__":
    main()
