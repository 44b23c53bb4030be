"""Rule files: loading, layering, and errors that say file:line:col, what, and what to do."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.checks.registry import CHECK_TYPES
from factcheck.errors import RuleError
from factcheck.ruleset import RuleSetError, load_ruleset
from tests.conftest import RULES

CHECK = """\
checks:
  - id: office-single-holder
    check: single_value
    claims: office_holder
    description: d
    key: [role]
    value: person
    message: "{key}: {a.value} vs {b.value}"
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleSetError) as info:
        load_ruleset([Path("rules")])
    return [str(e) for e in info.value.errors]


def test_shipped_rules_load(ruleset: object) -> None:
    rs = load_ruleset([RULES])
    assert {c.id for c in rs.checks} >= {"office-single-holder", "office-vs-reference"}
    assert rs.terms["us-treasury-secretary"][-1].person == "scott-bessent"
    assert rs.source("terms", "us-treasury-secretary", "0").startswith("rules/reference/offices.yaml:")


def test_unknown_key_names_place_and_nearest_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/checks.yaml", CHECK.replace("    value: person\n", "    value: person\n    windw_days: 3\n"))
    assert errors_of(tmp_path, monkeypatch) == [
        'rules/checks.yaml:8:5: unknown key "windw_days" in check "office-single-holder"; did you mean "window_days"?'
    ]


def test_unknown_check_type_lists_valid_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/checks.yaml", CHECK.replace("check: single_value", "check: single_valu"))
    assert errors_of(tmp_path, monkeypatch) == [
        f'rules/checks.yaml:3:5: unknown check type "single_valu"; expected one of [{", ".join(sorted(CHECK_TYPES))}]; '
        'did you mean "single_value"? (in check "office-single-holder")'
    ]


def test_missing_field_names_rule_and_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/checks.yaml", CHECK.replace('    message: "{key}: {a.value} vs {b.value}"\n', ""))
    assert errors_of(tmp_path, monkeypatch) == [
        'rules/checks.yaml:2:5: missing field "message" in check "office-single-holder"; add it'
    ]


@pytest.mark.parametrize("field", ["{a.value:d}", "{b.value!z}", "{key:>300000000}", "{a.value:{b.value}}"])
def test_a_message_field_takes_no_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str) -> None:
    """A format spec or conversion could fail or explode at report time: refused when the rules load."""
    write(tmp_path, "rules/checks.yaml", CHECK.replace("{b.value}", field))
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith("rules/checks.yaml:8:5: ") and "write plain fields only" in error


def test_malformed_yaml_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/bad.yaml", "roles:\n  x: [unclosed\n")
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith("rules/bad.yaml:3:1: invalid YAML:")


def test_bad_message_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/checks.yaml", CHECK.replace("{b.value}", "{b.person}"))
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith('rules/checks.yaml:8:5: unknown field "{b.person}" in message; available: {key}, {a.value}')


def test_cross_references_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path,
        "rules/vocab.yaml",
        "roles:\n  r1: {name: R, jurisdiction: mars}\npeople:\n  p1: {name: P}\n"
        "terms_of_office:\n  as_of: 2025-01-01\n  roles:\n    r1:\n      - {person: p2, start: 2020-01-01}\n"
        "      - {person: p1, start: 2019-01-01, end: 2021-01-01}\n",
    )
    errors = errors_of(tmp_path, monkeypatch)
    assert 'rules/vocab.yaml:2:17: role "r1" names unknown jurisdiction "mars"; expected one of []' in errors
    assert any(
        'rules/vocab.yaml:10:10: term of "r1" names unknown person "p2"; expected one of [p1]' in e for e in errors
    )
    assert any('terms of "r1" overlap: p1 (from 2019-01-01) and p2 (from 2020-01-01)' in e for e in errors)


def test_term_ending_before_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path,
        "rules/ref.yaml",
        "people:\n  p: {name: P}\nroles:\n  r: {name: R}\n"
        "terms_of_office:\n  as_of: 2025-01-01\n  roles:\n    r:\n"
        "      - {person: p, start: 2020-01-01, end: 2019-01-01}\n",
    )
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith('rules/ref.yaml:9:9: term 1 of "r": ')
    assert "term ends (2019-01-01) before it starts (2020-01-01)" in error


def test_duplicate_id_in_one_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/a.yaml", CHECK)
    write(tmp_path, "rules/b.yaml", CHECK)
    [error] = errors_of(tmp_path, monkeypatch)
    assert error == 'rules/b.yaml:2:5: "office-single-holder" is defined twice in checks (first at rules/a.yaml:2)'


def test_alias_claimed_by_two_people(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path, "rules/p.yaml", "people:\n  a: {name: Ann Lee, aliases: [Lee]}\n  b: {name: Bo Lee, aliases: [Lee]}\n"
    )
    [error] = errors_of(tmp_path, monkeypatch)
    assert error == 'rules/p.yaml:3:21: alias "Lee" of "b" is also a name of "a"'


def test_later_directory_overrides_and_disables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(RULES, tmp_path / "base")
    write(
        tmp_path,
        "project/override.yaml",
        CHECK.replace("description: d", "description: mine") + "disable: [office-vs-reference]\n",
    )
    monkeypatch.chdir(tmp_path)
    rs = load_ruleset([Path("base"), Path("project")])
    ids = [c.id for c in rs.checks]
    assert "office-vs-reference" not in ids
    assert rs.check("office-single-holder") is not None
    assert rs.check("office-single-holder").description == "mine"


def test_missing_rules_directory(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="rules directory not found"):
        load_ruleset([tmp_path / "nope"])


def test_a_boolean_key_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """YAML 1.1 reads `no:` as false; say so instead of a confusing type error."""
    write(tmp_path, "rules/g.yaml", "gap_cues:\n  quantifiers: {no: 0}\n")
    assert errors_of(tmp_path, monkeypatch) == ['rules/g.yaml:2:17: key no reads as a boolean in YAML; quote it: "no"']


def test_tests_must_name_a_known_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/t.yaml", CHECK + "tests:\n  - rule: office-single-holdr\n    flag: []\n")
    assert errors_of(tmp_path, monkeypatch) == [
        'rules/t.yaml:10:5: test names unknown or disabled check "office-single-holdr"; '
        'did you mean "office-single-holder"?'
    ]


def test_an_impossible_date_names_its_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/r.yaml", "terms_of_office:\n  as_of: 2025-02-30\n")
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith('rules/r.yaml:2:10: cannot read "2025-02-30": day is out of range for month')


def test_reference_events_add_up_across_layers(tmp_path: Path) -> None:
    """A project lists its own events without copying the shipped ones; a repeated event counts once."""
    write(
        tmp_path,
        "mine/events.yaml",
        """\
reference_events:
  as_of: 2025-10-31
  complete_from: {g7-summit: 2020-01-01}
  events:
    - {type: us-china-trade-talks, place: geneva, start: 2025-05-10, end: 2025-05-11, ordinal: 1}
    - {type: trump-xi-meeting, place: busan, start: 2025-10-30, end: 2025-10-30}
""",
    )
    shipped = load_ruleset([RULES]).reference_events
    layered = load_ruleset([RULES, tmp_path / "mine"])
    ref = layered.reference_events
    assert shipped is not None and ref is not None
    assert len(ref.events) == len(shipped.events)  # both of mine were shipped already
    assert ref.as_of == min(shipped.as_of, ref.as_of) and str(ref.as_of) == "2025-10-31"
    assert ref.complete_from["g7-summit"].isoformat() == "2020-01-01"
    assert ref.complete_from["us-china-trade-talks"] == shipped.complete_from["us-china-trade-talks"]
    geneva = next(i for i, e in enumerate(ref.events) if e.place == "geneva")
    assert layered.sources[("events", str(geneva))].endswith("mine/events.yaml:5")


def test_an_exhaustive_event_type_contradicts_an_event_never_held(tmp_path: Path) -> None:
    """Elections are listed in full: "the 2021 presidential election" when none was held in 2021."""
    from factcheck import engine
    from tests.conftest import make_article

    write(
        tmp_path,
        "mine/elections.yaml",
        """\
places:
  france: {name: France}
event_types:
  french-presidential-election:
    name: French presidential election
    triggers: [presidential election, presidential elections]
    topic: [[France, French]]
reference_events:
  as_of: 2025-12-31
  exhaustive: [french-presidential-election]
  complete_from: {french-presidential-election: 2000-01-01}
  events:
    - {type: french-presidential-election, place: france, start: 2022-04-24, end: 2022-04-24}
""",
    )
    ruleset = load_ruleset([RULES, tmp_path / "mine"])
    wrong = make_article("French politics: he ran in the 2021 presidential election and lost.", "2024-09-05")
    right = make_article("French politics: he ran in the 2022 presidential election and lost.", "2024-09-05", "b.txt")
    flagged = {c.claims[0].evidence.article for c in engine.run([wrong, right], ruleset).conflicts}
    assert flagged == {"a.txt"}


def test_a_yaml_bomb_in_a_rule_file_is_a_clear_error(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]" for p, n in zip("abcdefg", "bcdefgh", strict=True)]
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleSetError) as info:
        load_ruleset([tmp_path])
    assert "expands to over 200,000 values" in str(info.value) and "bomb.yaml:" in str(info.value)


def test_deep_nesting_in_a_rule_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "deep.yaml").write_text("roles: " + "[" * 200 + "]" * 200 + "\n", encoding="utf-8")
    with pytest.raises(RuleSetError) as info:
        load_ruleset([tmp_path])
    assert "nested deeper than 64 levels" in str(info.value)


def test_disabling_an_unknown_check_names_the_nearest(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text("disable: [office-single-holdr]\n", encoding="utf-8")
    with pytest.raises(RuleSetError) as info:
        load_ruleset([RULES, tmp_path])
    [error] = info.value.errors
    assert str(error).endswith(
        'mine.yaml:1:11: disable: unknown check "office-single-holdr"; did you mean "office-single-holder"?'
    )


def test_rule_files_are_found_whatever_the_case_of_their_suffix(tmp_path: Path) -> None:
    (tmp_path / "MINE.YAML").write_text("disable: [office-single-holder]\n", encoding="utf-8")
    ids = {c.id for c in load_ruleset([RULES, tmp_path]).checks}
    assert "office-single-holder" not in ids


def test_a_check_must_name_a_claim_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rules/checks.yaml", CHECK.replace("claims: office_holder", "claims: []"))
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith("rules/checks.yaml:") and "names no claim kind" in error


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ("    window_days: true\n", "window_days"),  # a boolean is no count of days
        ("    max_span_days: .inf\n", "max_span_days"),
        ("    window_days: -3\n", "window_days"),
    ],
)
def test_a_count_is_a_whole_number_in_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str, field: str
) -> None:
    write(tmp_path, "rules/checks.yaml", CHECK + extra)
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith("rules/checks.yaml:") and field in error


@pytest.mark.parametrize(
    "text",
    [
        "event_cues:\n  ordinals: {first: -1}\n",  # an ordinal counts from 1
        "gap_cues:\n  quantifiers: {few: -2}\n",
        "checks:\n  - id: n\n    check: numeric_tolerance\n    claims: statistic\n    description: d\n"
        "    key: [metric]\n    value: value\n    tolerance: .inf\n    message: m\n",
    ],
)
def test_negative_ordinals_and_infinite_tolerances_are_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    write(tmp_path, "rules/x.yaml", text)
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith("rules/x.yaml:")


def test_a_big_file_written_out_in_full_is_no_bomb(monkeypatch: pytest.MonkeyPatch) -> None:
    """The expansion budget is the text's own size plus MAX_NODES: a manifest of 100,000 articles
    loads, while a few bytes of anchors that expand to more than that still stop."""
    from factcheck.errors import RuleFileError
    from factcheck.ruleset import yamlmarks

    monkeypatch.setattr(yamlmarks, "MAX_NODES", 10)
    big = "a: [" + ", ".join(["1"] * 500) + "]\n"  # 501 nodes in 1,500 characters
    data, _ = yamlmarks.load_with_marks(big, "big.yaml")
    assert len(data["a"]) == 500
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    bomb += "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"  # about 900 values from 120 characters
    with pytest.raises(RuleFileError, match="expands to over 10 values"):
        yamlmarks.load_with_marks(bomb, "bomb.yaml")


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("key: [role]", "key: [rol]", 6),  # a misspelt key groups nothing: the check would pass on every corpus
        ("value: person", "value: persn", 7),
    ],
)
def test_a_check_names_only_fields_its_claims_carry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, line: int
) -> None:
    write(tmp_path, "rules/checks.yaml", CHECK.replace(old, new))
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith(f"rules/checks.yaml:{line}:5: ")
    assert "which no office_holder claim has" in error


def test_a_where_filter_names_a_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check = CHECK.replace("single_value", "numeric_tolerance").replace("office_holder", "market_move")
    check = check.replace("key: [role]", "key: [index]").replace("value: person", "value: size")
    write(tmp_path, "rules/checks.yaml", check + "    where: {sesion: close}\n")
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith("rules/checks.yaml:9:5: ") and 'did you mean "session"?' in error


def test_a_field_name_is_suggested_and_underscore_names_group_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "rules/checks.yaml", CHECK.replace("key: [role]", "key: [rol]"))
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.endswith('key names field "rol", which no office_holder claim has; did you mean "role"?')
    write(tmp_path, "rules/checks.yaml", CHECK.replace("key: [role]", "key: [_all]"))
    monkeypatch.chdir(tmp_path)
    assert [c.key for c in load_ruleset([Path("rules")]).checks if c.id == "office-single-holder"] == [["_all"]]


def test_a_yaml_kind_offers_its_parts_as_fields(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kind = """\
claim_kinds:
  growth:
    description: d
    templates: ["{country} grew {size} in {period}"]
    parts:
      country: {vocabulary: jurisdictions}
      size: {number: percent}
      period: {time: true}
    key: [country]
    value: [size]
"""
    check = CHECK.replace("single_value", "numeric_tolerance").replace("office_holder", "growth")
    write(tmp_path, "rules/kind.yaml", kind)
    write(tmp_path, "rules/checks.yaml", check.replace("key: [role]", "key: [country]").replace("person", "size"))
    monkeypatch.chdir(tmp_path)
    assert load_ruleset([RULES, Path("rules")]).checks
    write(tmp_path, "rules/checks.yaml", check.replace("key: [role]", "key: [county]").replace("person", "size"))
    [error] = errors_of(tmp_path, monkeypatch)
    assert 'did you mean "country"?' in error


def test_one_broken_entry_is_one_error_not_a_cascade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other roles of a file with one bad role stay defined, and rules naming the bad one do not
    add an "unknown role" error each: the user sees the one cause."""
    roles = """\
jurisdictions:
  ruritania: {name: Ruritania}
roles:
  ruritania-king: {jurisdiction: ruritania, titles: [King of Ruritania]}
  ruritania-queen: {name: Queen of Ruritania, jurisdiction: ruritania, titles: [Queen of Ruritania]}
"""
    terms = """\
people:
  rudolf: {name: Rudolf Rassendyll}
terms_of_office:
  as_of: 2025-01-01
  roles:
    ruritania-king: [{person: rudolf, start: 2020-01-01}]
    ruritania-queen: [{person: rudolf, start: 2021-01-01}]
"""
    write(tmp_path, "rules/roles.yaml", roles)
    write(tmp_path, "rules/terms.yaml", terms)
    assert errors_of(tmp_path, monkeypatch) == [
        'rules/roles.yaml:4:3: missing field "name" in role "ruritania-king"; add it'
    ]


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        (
            "terms_of_office:\n  as_of: 9999-12-31\n  roles: {}\n",
            "rules/x.yaml:2:3: ",
            "9999-12-31 is outside the years 1000-2999",
        ),
        (
            CHECK + "    examples:\n      flag:\n        - {published: not a date, text: Treasury Secretary Yellen.}\n",
            "rules/x.yaml:11:12: ",
            "cannot read 'not a date' as a date",
        ),
    ],
)
def test_dates_in_rules_are_read_when_the_rules_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, where: str, says: str
) -> None:
    """A date factcheck cannot compute with is refused at its line, not a crash in `rules test`."""
    write(tmp_path, "rules/x.yaml", text)
    [error] = errors_of(tmp_path, monkeypatch)
    assert error.startswith(where) and says in error


def test_a_table_s_settings_survive_a_later_layer_that_only_adds_rows(tmp_path: Path) -> None:
    write(
        tmp_path,
        "strict/trade.yaml",
        "reference_tariffs:\n  as_of: 2025-12-31\n  margin_days: 0\n  tariffs: []\n"
        "reference_events:\n  as_of: 2025-12-31\n  year_off_max_days: 7\n",
    )
    write(
        tmp_path,
        "more/trade.yaml",
        "reference_tariffs:\n  as_of: 2025-12-31\n  tariffs:\n"
        "    - {imposer: us, target: china, rate: 99, start: 2030-01-01}\n"
        "reference_events:\n  as_of: 2025-12-31\n",
    )
    rs = load_ruleset([RULES, tmp_path / "strict", tmp_path / "more"])
    assert rs.reference_tariffs is not None and rs.reference_events is not None
    assert rs.reference_tariffs.margin_days == 0
    assert any(row.rate == 99 for row in rs.reference_tariffs.tariffs)
    assert rs.reference_events.year_off_max_days == 7


def test_a_file_that_cannot_be_read_is_its_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A duplicate key discards its whole file: the references other files make into it are not
    reported as "unknown" too (a duplicate `titles:` in the shipped roles once gave 12 errors)."""
    roles = """\
jurisdictions:
  ruritania: {name: Ruritania}
roles:
  ruritania-king:
    name: King of Ruritania
    jurisdiction: ruritania
    titles: [King]
    titles: [King of Ruritania]
"""
    terms = """\
people:
  rudolf: {name: Rudolf Rassendyll}
terms_of_office:
  as_of: 2025-01-01
  roles:
    ruritania-king: [{person: rudolf, start: 2020-01-01}]
"""
    write(tmp_path, "rules/roles.yaml", roles)
    write(tmp_path, "rules/terms.yaml", terms)
    assert errors_of(tmp_path, monkeypatch) == [
        'rules/roles.yaml:8:5: duplicate key "titles"; each key may appear once'
    ]
