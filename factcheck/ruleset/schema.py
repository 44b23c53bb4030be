"""The shape of rule files: pydantic models with extra="forbid", so a misspelt key is an error.

A rule file is a YAML mapping whose top-level keys are sections. Any file may hold any section;
by convention vocabularies live in rules/vocab/, reference facts in rules/reference/ and checks
in rules/checks/. Checks are validated in two steps: the `check` field picks a check type from the
registry, whose own model (a subclass of `CheckRule`) then validates the rest.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.models import Severity


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Jurisdiction(Strict):
    """A country or body whose name qualifies a title: "U.S." in "U.S. Treasury Secretary"."""

    name: str
    aliases: list[str] = []


class Role(Strict):
    """An office. `aliases` name it unambiguously; `titles` are generic ("President") and need a
    jurisdiction in the text or a person whose terms the reference knows."""

    name: str
    jurisdiction: str | None = None
    aliases: list[str] = []
    titles: list[str] = []
    single_holder: bool = True
    description: str | None = None


class Person(Strict):
    name: str
    aliases: list[str] = []


class OfficeQualifiers(Strict):
    """Words around a title that say the mention is not about a current holder."""

    former: list[str] = []  # "former", "ex-": not holding at the claim's time
    historical: list[str] = []  # "then-": held at some earlier time
    future_before: list[str] = []  # "nominee for", "incoming"
    future_after: list[str] = []  # "-elect", "nominee", "pick"
    acting: list[str] = []  # "acting", "interim": holding, on an acting basis
    blockers: list[str] = []  # "deputy", "assistant": a different office altogether


class Matching(Strict):
    """Thresholds for fuzzy name matching (rapidfuzz scores, 0-100)."""

    person_min_score: float = Field(90.0, ge=50, le=100)
    max_name_tokens: int = Field(4, ge=1, le=8)


class Term(Strict):
    person: str
    start: dt.date
    end: dt.date | None = None
    acting: bool = False
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Term:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"term ends ({self.end}) before it starts ({self.start}); swap or fix the dates")
        return self


class TermsOfOffice(Strict):
    """Who held each office when. `as_of` is the day the data was last verified: claims after it
    are not judged against the reference."""

    as_of: dt.date
    roles: dict[str, list[Term]] = {}


class RuleFile(Strict):
    """One YAML file of rules. Every section is optional."""

    jurisdictions: dict[str, Jurisdiction] = {}
    roles: dict[str, Role] = {}
    people: dict[str, Person] = {}
    office_qualifiers: OfficeQualifiers | None = None
    matching: Matching | None = None
    terms_of_office: TermsOfOffice | None = None
    checks: list[dict[str, Any]] = []


ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"


class CheckRule(Strict):
    """Fields every check has. A check type subclasses this with its parameters and a `check`
    literal naming it."""

    id: str = Field(pattern=ID_PATTERN)
    check: str
    claims: str
    description: str
    severity: Severity = Severity.ERROR
    message: str
    enabled: bool = True

    # Names a message template may use; "a" and "b" are the claims, with .value, .article, .line ...
    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ()
