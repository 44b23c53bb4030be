"""Read rule directories into one RuleSet, reporting every problem with file:line:col and a hint.

Directories are layered: a later one (a project's own rules) replaces an entry with the same id
in an earlier one (the shipped defaults), and can switch a check off with `disable: [id, ...]`.
Reference events add up instead (see `_add_events`).
Within one directory an id may be defined once.
"""

from __future__ import annotations

import difflib
import gc
import hashlib
import itertools
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from factcheck.errors import RuleError, RuleFileError
from factcheck.io import display_path
from factcheck.ruleset.files import rule_files
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule, ReferenceEvents, RuleFile, RuleTest, Term
from factcheck.ruleset.yamlmarks import Marks, load_with_marks, mark_for

# Sections that map ids to entries (merged by id) and sections that are one block (the last wins).
DICT_SECTIONS = (
    "jurisdictions",
    "roles",
    "people",
    "places",
    "event_types",
    "indices",
    "metrics",
    "hedges",
    "goods",
    "deadlines",
    "claim_kinds",
)
SINGLE_SECTIONS = (
    "office_qualifiers",
    "event_cues",
    "directions",
    "statistic_cues",
    "comparison_cues",
    "vote_cues",
    "market_cues",
    "tariff_cues",
    "deadline_cues",
    "gap_cues",
    "matching",
    "reference_events",
    "reference_tariffs",
    "reference_deadlines",
    "reference_closes",
    "reference_rates",
)
# Reference tables that add up across files and layers, with each row's file:line: section -> list field.
ROW_TABLES = {
    "reference_tariffs": "tariffs",
    "reference_deadlines": "deadlines",
    "reference_closes": "closes",
    "reference_rates": "rates",
}


class RuleSetError(RuleError):
    """Several problems at once; `str()` names the first and how many follow."""

    def __init__(self, errors: Sequence[RuleFileError]) -> None:
        self.errors = list(errors)
        more = f" (and {len(errors) - 1} more problems; run `factcheck rules validate`)" if len(errors) > 1 else ""
        super().__init__(f"{errors[0]}{more}")


@dataclass
class _Layer:
    """What one directory defines, with where each entry came from."""

    sections: dict[str, dict[str, Any]] = field(default_factory=dict)  # section -> id -> model
    where: dict[tuple[str, str], tuple[str, Marks, tuple[str | int, ...]]] = field(default_factory=dict)
    singles: dict[str, Any] = field(default_factory=dict)
    terms_as_of: dict[str, Any] = field(default_factory=dict)  # role -> the as_of of its file
    tests: list[tuple[RuleTest, str, Marks, tuple[str | int, ...]]] = field(default_factory=list)
    events: tuple[ReferenceEvents, list[str]] | None = None  # reference events with each one's file:line
    disabled: list[str] = field(default_factory=list)
    disabled_at: list[tuple[str, str, int, int]] = field(default_factory=list)  # id, file, line, column
    rows: dict[str, tuple[Any, list[str]]] = field(default_factory=dict)  # ROW_TABLES, with each row's file:line
    broken: set[str] = field(default_factory=set)  # ids of entries that failed to validate


def _add_rows(have: tuple[Any, list[str]] | None, more: Any, rows: str, where: list[str]) -> tuple[Any, list[str]]:
    """Row tables (tariffs, deadlines) add up like reference events: rows are joined, a row listed
    twice counts once (quoted from the later file), `as_of` is the earliest, and a setting
    (`near_days`, `margin_days`, ...) is the later file's where it sets one, else the earlier's."""
    if have is None:
        return more, where
    base, sources = have
    joined: dict[str, tuple[Any, str]] = {}
    for row, at in [*zip(getattr(base, rows), sources, strict=True), *zip(getattr(more, rows), where, strict=True)]:
        joined[row.model_dump_json(exclude={"note"})] = (row, at)
    merged = more.model_copy(
        update={
            **_settings(base, more, skip=("as_of", rows)),
            "as_of": min(base.as_of, more.as_of),
            rows: [r for r, _ in joined.values()],
        }
    )
    return merged, [at for _, at in joined.values()]


def _settings(base: Any, more: Any, skip: tuple[str, ...]) -> dict[str, Any]:
    """A table's settings across two files: the later file's where it sets one, else the earlier's."""
    return {
        f: getattr(more if f in more.model_fields_set else base, f) for f in type(more).model_fields if f not in skip
    }


def _add_events(
    have: tuple[ReferenceEvents, list[str]] | None, more: ReferenceEvents, where: list[str]
) -> tuple[ReferenceEvents, list[str]]:
    """Reference events add up across files and layers, so a project lists its own events without
    copying the shipped ones: the lists are joined (an event listed twice counts once, quoted from the
    later file), `complete_from` and `exhaustive` are merged (a later file wins per event type), and
    `as_of` is the earliest, so nothing is judged past a day some list was not verified for; a setting
    (`near_days`, `plan_max_days`, ...) is the later file's where it sets one, else the earlier's."""
    if have is None:
        return more, where
    base, sources = have
    index = {(e.type, e.place, e.start, e.end): i for i, e in enumerate(base.events)}
    events, joined = list(base.events), list(sources)
    for event, at in zip(more.events, where, strict=True):
        ident = (event.type, event.place, event.start, event.end)
        if ident in index:  # listed again: the later file is the one to quote
            events[index[ident]], joined[index[ident]] = event, at
            continue
        index[ident] = len(events)
        events.append(event)
        joined.append(at)
    merged = base.model_copy(
        update={
            **_settings(base, more, skip=("as_of", "complete_from", "exhaustive", "events")),
            "as_of": min(base.as_of, more.as_of),
            "complete_from": {**base.complete_from, **more.complete_from},
            "exhaustive": sorted({*base.exhaustive, *more.exhaustive}),
            "events": events,
        }
    )
    return merged, joined


def load_ruleset(directories: Sequence[Path | str]) -> RuleSet:
    """Load, merge and cross-check the rules; raise RuleSetError listing every problem found."""
    # Loading builds millions of small objects and frees none: the cycle collector would rescan
    # them again and again (40% of the time on a 15 MB people file) and find nothing to collect.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_ruleset(directories)
    finally:
        if enabled:
            gc.enable()


def _load_ruleset(directories: Sequence[Path | str]) -> RuleSet:
    errors: list[RuleFileError] = []
    layers: list[_Layer] = []
    files: list[str] = []
    digest = hashlib.sha256()
    discarded = False  # a whole file unread: what others name in it would all be "unknown"
    for directory in map(Path, directories):
        if not directory.is_dir():
            raise RuleError(f"{directory}: rules directory not found; pass an existing folder to --rules")
        layer = _Layer()
        for path in rule_files(directory):
            shown = display_path(path)
            files.append(shown)
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError) as exc:
                errors.append(RuleFileError(shown, 1, 1, f"cannot read rule file: {exc}"))
                discarded = True
                continue
            digest.update(shown.encode() + b"\0" + text.encode() + b"\0")
            try:
                _load_file(text, shown, layer, errors)
            except RuleFileError as exc:
                errors.append(exc)
                discarded = True
        layers.append(layer)
    ruleset = _merge(layers, tuple(files), digest.hexdigest()[:16], errors)
    broken = {key for layer in layers for key in layer.broken}
    # an entry that failed to validate is reported once, at its own line, never again as "unknown"
    # ... and a file that could not be read at all (a duplicate key, bad YAML) is its one cause: the
    # references into it are checked once it reads
    if not discarded:
        errors.extend(e for e in _cross_check(ruleset, layers) if not any(f'"{key}"' in e.message for key in broken))
    if errors:
        raise RuleSetError(sorted(errors, key=lambda e: (e.path, e.line, e.column, e.message)))
    return ruleset


def _load_file(text: str, shown: str, layer: _Layer, errors: list[RuleFileError]) -> None:
    data, marks = load_with_marks(text, shown)
    if data is None:
        return
    if not isinstance(data, dict):
        raise RuleFileError(shown, 1, 1, "a rule file must be a mapping of sections (roles:, people:, checks:, ...)")
    disabled = data.pop("disable", [])
    if not isinstance(disabled, list) or not all(isinstance(d, str) for d in disabled):
        line, col = mark_for(marks, ("disable",))
        errors.append(RuleFileError(shown, line, col, "disable: expects a list of rule ids"))
    else:
        layer.disabled += disabled
        layer.disabled_at += [(d, shown, *mark_for(marks, ("disable", i))) for i, d in enumerate(disabled)]
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        errors.extend(_pydantic_errors(exc, RuleFile, shown, marks, data, ()))
        _define_valid_entries(data, layer, shown, marks)
        return
    for section in DICT_SECTIONS:
        for key, model in getattr(parsed, section).items():
            _define(layer, section, key, model, shown, marks, (section, key), errors)
    for single in SINGLE_SECTIONS:
        value = getattr(parsed, single)
        if value is not None and single != "reference_events" and single not in ROW_TABLES:
            layer.singles[single] = value
            layer.where[(single, "")] = (shown, marks, (single,))
    for table, rows in ROW_TABLES.items():
        value = getattr(parsed, table)
        if value is not None:
            where = [f"{shown}:{mark_for(marks, (table, rows, i))[0]}" for i in range(len(getattr(value, rows)))]
            layer.rows[table] = _add_rows(layer.rows.get(table), value, rows, where)
    if parsed.reference_events is not None:
        where = [
            f"{shown}:{mark_for(marks, ('reference_events', 'events', i))[0]}"
            for i in range(len(parsed.reference_events.events))
        ]
        layer.events = _add_events(layer.events, parsed.reference_events, where)
    if parsed.terms_of_office is not None:
        for role, terms in parsed.terms_of_office.roles.items():
            layer.terms_as_of[role] = parsed.terms_of_office.as_of
            _define(layer, "terms", role, terms, shown, marks, ("terms_of_office", "roles", role), errors)
    layer.tests += [(test, shown, marks, ("tests", i)) for i, test in enumerate(parsed.tests)]
    for index, raw in enumerate(parsed.checks):
        rule = _validate_check(raw, shown, marks, ("checks", index), errors)
        if rule is not None:
            _define(layer, "checks", rule.id, rule, shown, marks, ("checks", index), errors)


def _define_valid_entries(data: dict[str, Any], layer: _Layer, shown: str, marks: Marks) -> None:
    """A file with one bad entry still defines its good ones, so one missing `name` in a role is one
    error, not one more for every rule that names that file's other roles."""
    for section in DICT_SECTIONS:
        entries = data.get(section)
        if not isinstance(entries, dict):
            continue
        model = RuleFile.model_fields[section].annotation
        item_model = typing.get_args(model)[1]
        for key, raw in entries.items():
            try:
                entry = item_model.model_validate(raw)
            except ValidationError:
                layer.broken.add(str(key))
                continue
            _define(layer, section, str(key), entry, shown, marks, (section, key), [])


def _define(
    layer: _Layer,
    section: str,
    key: str,
    model: Any,
    shown: str,
    marks: Marks,
    loc: tuple[str | int, ...],
    errors: list[RuleFileError],
) -> None:
    entries = layer.sections.setdefault(section, {})
    if key in entries:
        first = layer.where[(section, key)]
        line, col = mark_for(marks, loc)
        fline, _ = mark_for(first[1], first[2])
        errors.append(
            RuleFileError(shown, line, col, f'"{key}" is defined twice in {section} (first at {first[0]}:{fline})')
        )
        return
    entries[key] = model
    layer.where[(section, key)] = (shown, marks, loc)


def _validate_check(
    raw: dict[str, Any], shown: str, marks: Marks, loc: tuple[str | int, ...], errors: list[RuleFileError]
) -> CheckRule | None:
    from factcheck.checks.base import template_problem
    from factcheck.checks.registry import CHECK_TYPES, unknown_check_message

    name = raw.get("check")
    rule_id = raw.get("id", f"#{int(loc[-1]) + 1}")
    if not isinstance(name, str):
        line, col = mark_for(marks, loc)
        errors.append(RuleFileError(shown, line, col, f'missing field "check" in check "{rule_id}"'))
        return None
    if name not in CHECK_TYPES:
        line, col = mark_for(marks, loc + ("check",))
        errors.append(RuleFileError(shown, line, col, f'{unknown_check_message(name)} (in check "{rule_id}")'))
        return None
    model = CHECK_TYPES[name].rule
    try:
        rule = model.model_validate(raw)
    except ValidationError as exc:
        errors.extend(_pydantic_errors(exc, model, shown, marks, raw, loc))
        return None
    problem = template_problem(rule.message, model.TEMPLATE_FIELDS)
    if problem:
        line, col = mark_for(marks, loc + ("message",))
        errors.append(RuleFileError(shown, line, col, f'{problem} (in check "{rule.id}")'))
        return None
    return rule


def _pydantic_errors(
    exc: ValidationError, model: type[BaseModel], shown: str, marks: Marks, data: Any, base: tuple[str | int, ...]
) -> list[RuleFileError]:
    out = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        full = base + loc
        line, col = mark_for(marks, full)
        root = {"checks": {base[-1]: data}} if base else data
        where = _context(full, root)
        name = str(loc[-1]) if loc else ""
        if err["type"] == "extra_forbidden":
            valid = _field_names(model, loc[:-1])
            hint = difflib.get_close_matches(name, valid, n=1, cutoff=0.6)
            tail = f'; did you mean "{hint[0]}"?' if hint else f"; expected one of [{', '.join(valid)}]"
            msg = f'unknown key "{name}" in {where}{tail}'
        elif err["type"] == "missing":
            msg = f'missing field "{name}" in {where}; add it'
        else:
            field_name = ".".join(str(p) for p in loc if not isinstance(p, int)) or "value"
            msg = f'{where}: field "{field_name}": {err["msg"]}'
        out.append(RuleFileError(shown, line, col, msg))
    return out


def _context(loc: tuple[str | int, ...], data: Any) -> str:
    """A phrase naming what a location belongs to: check "x", role "y", term 2 of "z"."""
    if len(loc) >= 2 and loc[0] == "checks" and isinstance(loc[1], int):
        try:
            ident = data["checks"][loc[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            ident = None
        return f'check "{ident}"' if ident else f"check #{loc[1] + 1}"
    singular = {"roles": "role", "people": "person", "jurisdictions": "jurisdiction"}
    if len(loc) >= 2 and loc[0] in singular:
        return f'{singular[str(loc[0])]} "{loc[1]}"'
    if len(loc) >= 4 and loc[:2] == ("terms_of_office", "roles") and isinstance(loc[3], int):
        return f'term {loc[3] + 1} of "{loc[2]}"'
    if loc and isinstance(loc[0], str) and len(loc) > 1:
        return f'section "{loc[0]}"'
    return "rule file"


def _field_names(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The valid keys at `loc` inside `model`, for did-you-mean hints."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            current = info.annotation if info else None
        elif typing.get_origin(current) in (dict, list):
            current = typing.get_args(current)[-1]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return sorted(current.model_fields)
    return []


def _unwrap(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else tp
    return tp


def _merge(layers: list[_Layer], files: tuple[str, ...], version: str, errors: list[RuleFileError]) -> RuleSet:
    merged: dict[str, dict[str, Any]] = {}
    singles: dict[str, Any] = {}
    sources: dict[tuple[str, ...], str] = {}
    terms_as_of: dict[str, Any] = {}
    disabled: set[str] = set()
    tests: list[RuleTest] = []
    events: tuple[ReferenceEvents, list[str]] | None = None
    rows: dict[str, tuple[Any, list[str]]] = {}
    for layer in layers:
        for table, (value, where) in layer.rows.items():
            rows[table] = _add_rows(rows.get(table), value, ROW_TABLES[table], where)
        for section, entries in layer.sections.items():
            merged.setdefault(section, {}).update(entries)
        singles.update(layer.singles)
        terms_as_of.update(layer.terms_as_of)
        tests += [test for test, *_ in layer.tests]
        if layer.events is not None:
            events = _add_events(events, *layer.events)
        disabled.update(layer.disabled)
        for (section, key), (shown, marks, loc) in layer.where.items():
            if section == "terms":  # indexed in start order, as RuleSet.terms holds them
                order = sorted(range(len(merged["terms"][key])), key=lambda i: merged["terms"][key][i].start)
                for n, i in enumerate(order):
                    sources[("terms", key, str(n))] = f"{shown}:{mark_for(marks, loc + (i,))[0]}"
            else:
                sources[(section, key)] = f"{shown}:{mark_for(marks, loc)[0]}"
    if events is not None:
        singles["reference_events"] = events[0]
        sources.update({("events", str(i)): where for i, where in enumerate(events[1])})
    for table, (value, where) in rows.items():
        singles[table] = value
        sources.update({(table, str(i)): at for i, at in enumerate(where)})
    checks = tuple(c for _, c in sorted(merged.get("checks", {}).items()) if c.id not in disabled and c.enabled)
    terms: dict[str, tuple[Term, ...]] = {
        role: tuple(sorted(ts, key=lambda t: t.start)) for role, ts in merged.get("terms", {}).items()
    }
    sections: dict[str, Any] = {name: dict(sorted(merged.get(name, {}).items())) for name in DICT_SECTIONS}
    return RuleSet(
        **sections,
        **{name: singles[name] for name in SINGLE_SECTIONS if name in singles},
        terms=terms,
        terms_as_of=terms_as_of,
        checks=checks,
        tests=tuple(tests),
        sources=sources,
        files=files,
        version=version,
    )


def _cross_check(rs: RuleSet, layers: list[_Layer]) -> list[RuleFileError]:
    """References between entries: every id a rule names must exist, and the facts must be coherent."""
    from factcheck.extract.pattern import PatternError, compile_kind
    from factcheck.extract.registry import EXTRACTORS, FIELDS
    from factcheck.references import TABLES

    where: dict[tuple[str, str], tuple[str, Marks, tuple[str | int, ...]]] = {}
    for layer in layers:
        where.update(layer.where)
    out: list[RuleFileError] = []
    defined = {key for layer in layers for key in layer.sections.get("checks", {})}
    for layer in layers:
        for rule_id, shown, at_line, at_col in layer.disabled_at:
            if rule_id not in defined:  # a misspelt id would leave the check it meant running
                message = f'disable: unknown check "{rule_id}"' + _suggest(rule_id, defined)
                out.append(RuleFileError(shown, at_line, at_col, message))

    def err(section: str, key: str, extra: tuple[str | int, ...], message: str) -> None:
        shown, marks, loc = where[(section, key)]
        line, col = mark_for(marks, loc + extra)
        out.append(RuleFileError(shown, line, col, message))

    for key, role_def in rs.roles.items():
        if role_def.jurisdiction and role_def.jurisdiction not in rs.jurisdictions:
            err(
                "roles",
                key,
                ("jurisdiction",),
                f'role "{key}" names unknown jurisdiction "{role_def.jurisdiction}"'
                + _suggest(role_def.jurisdiction, rs.jurisdictions),
            )
    owners: dict[str, str] = {}
    for key, person in rs.people.items():
        for alias in [person.name, *person.aliases]:
            folded = alias.casefold()
            if folded in owners and owners[folded] != key:
                err("people", key, ("aliases",), f'alias "{alias}" of "{key}" is also a name of "{owners[folded]}"')
            owners.setdefault(folded, key)
    for role, terms in rs.terms.items():
        if role not in rs.roles:
            err("terms", role, (), f'terms of office for unknown role "{role}"' + _suggest(role, rs.roles))
            continue
        for i, term in enumerate(terms):
            if term.person not in rs.people:
                err(
                    "terms",
                    role,
                    (i, "person"),
                    f'term of "{role}" names unknown person "{term.person}"' + _suggest(term.person, rs.people),
                )
        if rs.roles[role].single_holder:
            for a, b in itertools.pairwise(terms):
                if a.end is None or b.start < a.end:
                    err(
                        "terms",
                        role,
                        (),
                        f'terms of "{role}" overlap: {a.person} (from {a.start}) and '
                        f"{b.person} (from {b.start}); a single-holder office has one holder at a time",
                    )
    for key, place in rs.places.items():
        if place.within and place.within not in rs.places:
            err(
                "places",
                key,
                ("within",),
                f'place "{key}" lies within unknown place "{place.within}"' + _suggest(place.within, rs.places),
            )
    for key, etype in rs.event_types.items():
        for pid in etype.participants:
            if pid not in rs.people:
                err(
                    "event_types",
                    key,
                    ("participants",),
                    f'event type "{key}" names unknown person "{pid}"' + _suggest(pid, rs.people),
                )
    if rs.reference_events is not None:
        for i, event in enumerate(rs.reference_events.events):
            where_i = rs.sources.get(("events", str(i)), "rules:1")
            path, _, line = where_i.rpartition(":")
            if event.type not in rs.event_types:
                out.append(
                    RuleFileError(
                        path,
                        int(line),
                        5,
                        f'reference event names unknown event type "{event.type}"'
                        + _suggest(event.type, rs.event_types),
                    )
                )
            if event.place is not None and event.place not in rs.places:
                out.append(
                    RuleFileError(
                        path,
                        int(line),
                        5,
                        f'reference event names unknown place "{event.place}"' + _suggest(event.place, rs.places),
                    )
                )
    out.extend(_cross_check_rows(rs))
    for key in rs.tariff_cues.imposers:
        if key not in rs.jurisdictions and ("tariff_cues", "") in where:
            err("tariff_cues", "", ("imposers", key), f'tariff_cues.imposers names unknown jurisdiction "{key}"'
                + _suggest(key, rs.jurisdictions))  # fmt: skip
    known = {c.id for c in rs.checks}
    for layer in layers:
        for test, file, test_marks, test_loc in layer.tests:
            if test.rule not in known:
                t_line, t_col = mark_for(test_marks, test_loc + ("rule",))
                out.append(
                    RuleFileError(
                        file,
                        t_line,
                        t_col,
                        f'test names unknown or disabled check "{test.rule}"' + _suggest(test.rule, known),
                    )
                )
    for key, claim_kind in rs.claim_kinds.items():
        try:
            compile_kind(key, claim_kind, rs)
        except PatternError as exc:
            err("claim_kinds", key, exc.where, str(exc))
    for rule in rs.checks:
        for kind in rule.kinds:
            if kind not in EXTRACTORS and kind not in rs.claim_kinds:
                err(
                    "checks",
                    rule.id,
                    ("claims",),
                    f'check "{rule.id}" applies to unknown claim kind "{kind}"'
                    + _suggest(kind, [*EXTRACTORS, *rs.claim_kinds]),
                )
        _check_fields(rule, rs, FIELDS, err)
        ref = getattr(rule, "reference", None)
        if ref is not None and ref not in TABLES:
            err(
                "checks",
                rule.id,
                ("reference",),
                f'check "{rule.id}" names unknown reference "{ref}"' + _suggest(ref, TABLES),
            )
    return out


# The check parameters that name claim fields; a name starting with "_" is no field on purpose
# (quote_attribution's key "_all" puts every quote in one group).
_FIELD_PARAMS = ("key", "value", "direction", "same", "required", "where")


def _check_fields(
    rule: CheckRule, rs: RuleSet, builtin: Mapping[str, frozenset[str]], err: Callable[..., None]
) -> None:
    """A field a check names must be one its claim kinds carry: a misspelt "rol" would group nothing
    and the check would pass silently on every corpus."""
    fields: set[str] = set()
    for kind in rule.kinds:
        if kind in builtin:
            fields |= builtin[kind]
        elif kind in rs.claim_kinds:
            fields |= {*rs.claim_kinds[kind].parts, "lo", "hi"}
        else:
            return  # an unknown kind is reported on its own
    for param in _FIELD_PARAMS:
        if param not in rule.model_fields_set:
            continue  # defaults hold for every kind they apply to
        given = getattr(rule, param)
        names = [given] if isinstance(given, str) else list(given or ())
        for name in names:
            if not name.startswith("_") and name not in fields:
                kinds = " and ".join(rule.kinds)
                err("checks", rule.id, (param,), f'check "{rule.id}": {param} names field "{name}", which no '
                    f"{kinds} claim has" + _suggest(name, fields))  # fmt: skip


def _cross_check_rows(rs: RuleSet) -> list[RuleFileError]:
    """Every id a reference tariff or deadline, a deadline's tariff side or a metric's level names must
    exist in the vocabularies."""
    out: list[RuleFileError] = []

    def err(table: str, i: int | str, message: str, column: int = 7) -> None:
        path, _, line = rs.sources.get((table, str(i)), "rules:1").rpartition(":")
        out.append(RuleFileError(path, int(line), column, message))

    if rs.reference_tariffs is not None:
        for i, row in enumerate(rs.reference_tariffs.tariffs):
            for name, value in (("imposer", row.imposer), ("target", row.target)):
                if value is not None and value not in rs.jurisdictions:
                    err("reference_tariffs", i, f'reference tariff names unknown {name} "{value}"'
                        + _suggest(value, rs.jurisdictions))  # fmt: skip
            for name in row.all_but or ():
                if name not in rs.jurisdictions:
                    err("reference_tariffs", i, f'reference tariff all_but names unknown jurisdiction "{name}"'
                        + _suggest(name, rs.jurisdictions))  # fmt: skip
            if row.goods is not None and row.goods not in rs.goods:
                err("reference_tariffs", i, f'reference tariff names unknown goods "{row.goods}"'
                    + _suggest(row.goods, rs.goods))  # fmt: skip
    for key, subject in rs.deadlines.items():
        for side in subject.sides:
            for name, value in (("imposer", side.imposer), ("target", side.target)):
                if value is not None and value not in rs.jurisdictions:
                    err("deadlines", key, f'deadline "{key}": its tariff names unknown {name} "{value}"'
                        + _suggest(value, rs.jurisdictions), column=3)  # fmt: skip
            if side.goods is not None and side.goods not in rs.goods:
                err("deadlines", key, f'deadline "{key}": its tariff names unknown goods "{side.goods}"'
                    + _suggest(side.goods, rs.goods), column=3)  # fmt: skip
    for key, metric in rs.metrics.items():
        if metric.share is not None and metric.share.of not in rs.metrics:
            err("metrics", key, f'metric "{key}": its share is of unknown metric "{metric.share.of}"'
                + _suggest(metric.share.of, rs.metrics), column=3)  # fmt: skip
        for level in metric.levels:
            if level.subject is not None and level.subject not in rs.jurisdictions:
                err("metrics", key, f'metric "{key}": a level names unknown subject "{level.subject}"'
                    + _suggest(level.subject, rs.jurisdictions), column=3)  # fmt: skip
    if rs.reference_closes is not None:
        for i, c in enumerate(rs.reference_closes.closes):
            if c.index not in rs.indices:
                err("reference_closes", i, f'reference close names unknown index "{c.index}"'
                    + _suggest(c.index, rs.indices))  # fmt: skip
    if rs.reference_deadlines is not None:
        for i, d in enumerate(rs.reference_deadlines.deadlines):
            if d.subject not in rs.deadlines:
                err("reference_deadlines", i, f'reference deadline names unknown subject "{d.subject}"'
                    + _suggest(d.subject, rs.deadlines))  # fmt: skip
    return out


def _suggest(name: str, valid: Iterable[str]) -> str:
    options = sorted(valid)
    hint = difflib.get_close_matches(name, options, n=1)
    if hint:
        return f'; did you mean "{hint[0]}"?'
    return f"; expected one of [{', '.join(options[:12])}{', ...' if len(options) > 12 else ''}]"
