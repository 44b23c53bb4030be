"""What a reference table says about one claim."""

from __future__ import annotations

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
