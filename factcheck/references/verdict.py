"""What a reference table says about one claim."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from factcheck.models import ReferenceNote


class Verdict(str, Enum):
    CONSISTENT = "consistent"
    CONTRADICTED = "contradicted"
    UNKNOWN = "unknown"  # the reference does not cover it: no judgement, never a conflict


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    note: ReferenceNote | None = None
    reason: str = ""  # why UNKNOWN, for the report's "not checked" list


def join_sources(places: Iterable[str]) -> str:
    """ "file:line" places, once each, in file then line order: events.yaml:9 before events.yaml:10."""

    def order(place: str) -> tuple[str, int]:
        path, _, line = place.rpartition(":")
        return (path, int(line)) if line.isdigit() else (place, 0)

    return ", ".join(sorted(set(places), key=order))
