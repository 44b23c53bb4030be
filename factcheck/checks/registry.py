"""The closed list of check types a rule may name in `check:`."""

from __future__ import annotations

import difflib

from factcheck.checks import (
    birth,
    comparison,
    date_agreement,
    elapsed,
    future,
    gap,
    numeric,
    quote,
    reference,
    single_value,
    spelling,
    weekday,
)
from factcheck.checks.base import CheckType
from factcheck.errors import RuleError

CHECK_TYPES: dict[str, CheckType] = {
    module.NAME: CheckType(module.NAME, module.Rule, module.evaluate, (module.__doc__ or "").strip())
    for module in (
        single_value,
        reference,
        date_agreement,
        gap,
        quote,
        numeric,
        weekday,
        spelling,
        comparison,
        birth,
        elapsed,
        future,
    )
}


def get(name: str) -> CheckType:
    """The check type called `name`, or an error that lists the valid names."""
    try:
        return CHECK_TYPES[name]
    except KeyError:
        raise RuleError(unknown_check_message(name)) from None


def unknown_check_message(name: str) -> str:
    hint = difflib.get_close_matches(name, CHECK_TYPES, n=1)
    did = f'; did you mean "{hint[0]}"?' if hint else ""
    return f'unknown check type "{name}"; expected one of [{", ".join(sorted(CHECK_TYPES))}]{did}'
