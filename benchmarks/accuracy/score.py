"""Score factcheck on the real-page development corpus against the gold labels in this folder.

    python benchmarks/accuracy/score.py [CORPUS_DIR] [--slices a,b,c] [--show-misses] [--json]

CORPUS_DIR (default $FACTCHECK_DEVCORPUS or /work/scratch/devcorpus) holds one folder per slice
(`a/`, `b/`, ...) with the saved pages and their sources.yaml; the pages are third-party text and are
never committed: manifest/<slice>.yaml says where each came from and how to rebuild it. gold/<slice>.yaml
holds what a careful reader finds in each page; rules/<slice>/ the YAML a user would add for its
stories, layered over the shipped rules. Each slice is run on its own, as its user would run it.

Printed, per claim kind: extraction precision and recall (a claim matches a gold claim on the
same article and line with the same key and value); for events found, how often place and date are
right; and conflicts: precision at severity error (a conflict is true when one of its claims stands
on a line the gold marks as a hard or soft error), and recall on hard errors (an error is found when
a conflict of any severity touches its line).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factcheck import engine
from factcheck.corpus import load_corpus
from factcheck.extract import extract_claims
from factcheck.models import Claim, Conflict, Severity, Status, TimeSpan
from factcheck.ruleset import load_ruleset
from factcheck.settings import default_rules_dir
from factcheck.timeexpr import parse_date_value

HERE = Path(__file__).parent
SCORED_KINDS = ("office_holder", "event", "tariff_rate", "deadline", "market_move", "statistic")
# The kinds a gold file labels unless it says otherwise (`labelled:` at its top): claims of other kinds
# found in its pages are not counted as spurious.
DEFAULT_LABELLED = ("office_holder", "event")
# Claim kinds with checks today; errors of other kinds (quotes, free text) are counted apart.
CHECKED_KINDS = ("office_holder", "event", "weekday", "tariff_rate", "deadline", "market_move", "statistic")
HELD = {"held": Status.CURRENT, "planned": Status.PLANNED}


@dataclass
class Gold:
    article: str  # "<slice>/<file>", as factcheck names articles under CORPUS_DIR
    kind: str
    line: int
    fields: dict[str, Any]


@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched_predicted: int = 0
    matched_gold: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0

    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0


def load_gold(slices: list[str]) -> tuple[list[Gold], list[dict[str, Any]]]:
    claims: list[Gold] = []
    errors: list[dict[str, Any]] = []
    for s in slices:
        data = _gold_file(s)
        for name, entry in (data.get("articles") or {}).items():
            article = f"{s}/{name}"
            for c in entry.get("claims") or []:
                claims.append(Gold(article, c["kind"], int(c["line"]), c))
            for e in entry.get("errors") or []:
                errors.append({**e, "article": article})
    return claims, errors


def _gold_file(s: str) -> dict[str, Any]:
    return yaml.safe_load((HERE / "gold" / f"{s}.yaml").read_text(encoding="utf-8")) or {}


def labelled(slices: list[str]) -> dict[str, set[str]]:
    """Per claim kind, the slices whose gold labels it."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in slices:
        for kind in _gold_file(s).get("labelled") or DEFAULT_LABELLED:
            out[kind].add(s)
    return out


def _span(value: Any) -> TimeSpan | None:
    if value in (None, "", "null"):
        return None
    try:
        return parse_date_value(str(value))
    except ValueError:
        return None


def _office_key(c: Claim) -> tuple[str, str, str]:
    status = "former" if c.qualifiers.status is Status.FORMER else c.qualifiers.status.value
    return (str(c.key["role"]), _person(c), status)


def _person(c: Claim) -> str:
    return str(c.value["person"]) if not c.unresolved else " ".join(c.labels.get("person", "").lower().split())


def _gold_office_key(g: Gold) -> tuple[str, str, str]:
    status = {"current": "current", "former": "former", "future": "future"}.get(g.fields.get("status", "current"))
    person = str(g.fields["person"])
    if " " in person or person[:1].isupper():
        person = " ".join(person.lower().split())
    return (str(g.fields["role"]), person, status or "current")


def _office_matches(c: Claim, g: Gold) -> bool:
    ck, gk = _office_key(c), _gold_office_key(g)
    if ck[:2] != gk[:2]:
        return False
    # "then-" and historical mentions are not judged as current: either reading of a past mention is fine
    past = {"former", "historical"}
    return (
        ck[2] == gk[2]
        or (ck[2] in past and gk[2] == "former")
        or (ck[2] in ("future", "historical") and gk[2] == "future")
    )


def _event_matches(c: Claim, g: Gold) -> bool:
    return str(c.key["event_type"]) == str(g.fields["event_type"])


def _same_number(a: Any, b: Any) -> bool:
    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(float(a) - float(b)) < 1e-6


def _tariff_matches(c: Claim, g: Gold) -> bool:
    return (c.key["target"] or None) == (g.fields.get("target") or None) and _same_number(
        c.value.get("rate"), g.fields.get("rate")
    )


def _deadline_matches(c: Claim, g: Gold) -> bool:
    gspan = _span(g.fields.get("date"))
    return c.key["subject"] == g.fields.get("subject") and gspan is not None and c.time.overlaps(gspan)


def _market_matches(c: Claim, g: Gold) -> bool:
    if c.key["index"] != g.fields.get("index") or c.value["direction"] != g.fields.get("direction"):
        return False
    if c.value["direction"] == "flat":
        return True
    if "size" not in c.value:  # a level alone: "the 10-year yield fell to 3.4%"
        return _same_number(c.value.get("level"), g.fields.get("level"))
    gold_size = g.fields.get("points") if c.value["unit"] == "points" else g.fields.get("percent")
    return _same_number(c.value["size"], gold_size)


_SCALE = {"billion": 1e9, "trillion": 1e12, "million": 1e6}
_PARTNER_METRIC = re.compile(r"^(?P<metric>.+?)-(?:to|from|with)-(?P<partner>[a-z]+)$")


def _statistic_matches(c: Claim, g: Gold) -> bool:
    """The gold names a partner's figure as its own metric ("exports-to-us"); factcheck keys it by the
    metric and a partner. Gold amounts are in their unit's scale ("usd-billion")."""
    metric, partner = str(g.fields.get("metric")), None
    m = _PARTNER_METRIC.match(metric)
    if m is not None:
        metric, partner = m["metric"], m["partner"]
    if c.key["metric"] != metric or (partner is not None and c.key.get("partner") != partner):
        return False
    value = g.fields.get("value")
    unit = str(g.fields.get("unit") or "")
    scale = _SCALE.get(unit.rpartition("-")[2], 1.0)
    return isinstance(value, (int, float)) and _same_number(c.value.get("value"), value * scale)


MATCHERS = {
    "office_holder": _office_matches,
    "event": _event_matches,
    "tariff_rate": _tariff_matches,
    "deadline": _deadline_matches,
    "market_move": _market_matches,
    "statistic": _statistic_matches,
}


def _status_name(c: Claim) -> str:
    return {Status.CURRENT: "in_force", Status.PLANNED: "planned", Status.FORMER: "former"}.get(
        c.qualifiers.status, c.qualifiers.status.value
    )


def _same_span(c: Claim, value: Any) -> bool:
    gspan = _span(value)
    return (gspan is None and not c.time.is_known) or (
        gspan is not None and c.time.start == gspan.start and c.time.end == gspan.end
    )


# Per kind, the fields of a matched claim checked one by one ("snapshot right 0.9").
FIELDS: dict[str, dict[str, Any]] = {
    "tariff_rate": {
        "imposer": lambda c, g: (c.key["imposer"] or None) in (None, g.fields.get("imposer")),
        "goods": lambda c, g: (c.key["goods"] or None) == (g.fields.get("goods") or None),
        "status": lambda c, g: _status_name(c) == g.fields.get("status", "in_force"),
    },
    "deadline": {"date": lambda c, g: _same_span(c, g.fields.get("date"))},
    "market_move": {
        "snapshot": lambda c, g: c.value.get("snapshot") == g.fields.get("snapshot"),
        "level": lambda c, g: c.value.get("level") == g.fields.get("level"),
        "date": lambda c, g: g.fields.get("date") is None or _same_span(c, g.fields.get("date")),
    },
    "statistic": {"period": lambda c, g: _same_span(c, g.fields.get("period"))},
}


def _describe(c: Claim) -> str:
    where = f"{c.evidence.article}:{c.evidence.line}"
    return f"{where} {c.kind} {dict(c.key)} {dict(c.value)} {c.time.label()} {c.qualifiers.status.value} «{c.surface}»"


def _run_slice(corpus: Path, s: str) -> tuple[list[Claim], list[Conflict], int]:
    """One slice as its user would run it: the shipped rules and that slice's own, on its pages only."""
    rule_dirs = [default_rules_dir()] + ([HERE / "rules" / s] if (HERE / "rules" / s).is_dir() else [])
    ruleset = load_ruleset(rule_dirs)
    loaded = load_corpus([corpus / s])
    articles = [a.model_copy(update={"id": _slice_id(a.path, corpus)}) for a in loaded.articles]
    claims = [c for a in articles for c in extract_claims(a, ruleset)]
    return claims, list(engine.run(articles, ruleset).conflicts), len(articles)


def score(corpus: Path, slices: list[str]) -> dict[str, Any]:
    claims: list[Claim] = []
    conflicts: list[Conflict] = []
    count = 0
    for s in slices:
        found, raised, n = _run_slice(corpus, s)
        claims += found
        conflicts += raised
        count += n
    gold, errors = load_gold(slices)
    out: dict[str, Any] = {"articles": count, "kinds": {}, "events": {}, "conflicts": {}}

    event_right = {"found": 0, "place": 0, "date": 0, "both": 0}
    event_wrong: list[str] = []
    fields_right: dict[str, Counter[str]] = defaultdict(Counter)
    fields_wrong: list[str] = []
    labels = labelled(slices)
    for kind in SCORED_KINDS:
        t = Tally()
        pred = [c for c in claims if c.kind == kind and c.evidence.article.split("/")[0] in labels.get(kind, set())]
        golds = [g for g in gold if g.kind == kind]
        by_line: dict[tuple[str, int], list[Gold]] = defaultdict(list)
        for g in golds:
            by_line[(g.article, g.line)].append(g)
        used: set[int] = set()
        t.predicted, t.gold = len(pred), len(golds)
        for c in sorted(pred, key=lambda c: (c.evidence.article, c.evidence.start)):
            candidates = [g for g in by_line[(c.evidence.article, c.evidence.line)] if MATCHERS[kind](c, g)]
            free = [g for g in candidates if id(g) not in used]
            if kind == "event" and free:  # several events on a line: pair by place first
                free.sort(key=lambda g: g.fields.get("place") != c.value.get("place"))
            if candidates:
                t.matched_predicted += 1
            else:
                t.spurious.append(_describe(c))
            if free:
                g = free[0]
                used.add(id(g))
                if kind in FIELDS:
                    fields_right[kind]["matched"] += 1
                    for name, right in FIELDS[kind].items():
                        ok = bool(right(c, g))
                        fields_right[kind][name] += ok
                        if not ok:
                            fields_wrong.append(f"{_describe(c)}  gold {name}: {g.fields.get(name)}")
                if kind == "event":
                    place_ok = (g.fields.get("place") or None) == c.value.get("place")
                    gspan = _span(g.fields.get("date"))
                    date_ok = (gspan is None and not c.time.is_known) or (
                        gspan is not None and c.time.start == gspan.start and c.time.end == gspan.end
                    )
                    event_right["found"] += 1
                    event_right["place"] += place_ok
                    event_right["date"] += date_ok
                    event_right["both"] += place_ok and date_ok
                    if not (place_ok and date_ok):
                        event_wrong.append(
                            f"{_describe(c)}  gold: place={g.fields.get('place')} date={g.fields.get('date')}"
                        )
        t.matched_gold = len(used)
        if kind == "event":  # the gold events that give a place or a date: the ones there is something to check in
            checkable = [g for g in golds if g.fields.get("place") or g.fields.get("date")]
            out["events_checkable"] = (sum(id(g) in used for g in checkable), len(checkable))
        t.misses = [f"{g.article}:{g.line} {kind} {g.fields}" for g in golds if id(g) not in used]
        out["kinds"][kind] = t
    out["events"] = {**event_right, "wrong": event_wrong}
    out["fields"] = {k: dict(v) for k, v in fields_right.items()}
    out["fields_wrong"] = fields_wrong

    out["conflicts"] = _score_conflicts(conflicts, errors)
    return out


def _slice_id(path: str, corpus: Path) -> str:
    p = Path(path)
    try:
        return str(p.resolve().relative_to(corpus.resolve()))
    except ValueError:
        return path


def _lines(conflict: Conflict) -> set[tuple[str, int]]:
    return {(c.evidence.article, c.evidence.line) for c in conflict.claims}


def _score_conflicts(conflicts: list[Conflict], errors: list[dict[str, Any]]) -> dict[str, Any]:
    flagged_lines = {(e["article"], int(e["line"])) for e in errors if e.get("class") in ("hard", "soft")}
    errs = [c for c in conflicts if c.severity is Severity.ERROR]
    true_errs = [c for c in errs if _lines(c) & flagged_lines]
    false_errs = [c for c in errs if not _lines(c) & flagged_lines]
    # below error: warnings and infos on no line the gold marks as an error (a trap's line is none),
    # the noise a reviewer reads past
    unlabelled = [c for c in conflicts if c.severity is not Severity.ERROR and not _lines(c) & flagged_lines]
    touched = set().union(*(_lines(c) for c in conflicts)) if conflicts else set()
    hard = [e for e in errors if e.get("class") == "hard"]
    found = [e for e in hard if (e["article"], int(e["line"])) in touched]
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for e in hard:
        by_kind[e.get("kind", "other")]["hard"] += 1
        by_kind[e.get("kind", "other")]["found"] += (e["article"], int(e["line"])) in touched
    return {
        "total": len(conflicts),
        "by_severity": dict(Counter(c.severity.value for c in conflicts)),
        "error": len(errs),
        "error_true": len(true_errs),
        "error_false": [f"{c.rule}: {c.message}" for c in false_errs],
        "below_error_unlabelled": [f"{c.severity.value} {c.rule}: {c.message}" for c in unlabelled],
        "hard_errors": len(hard),
        "hard_found": len(found),
        "hard_by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
        "hard_missed": [f"{e['article']}:{e['line']} {e.get('kind')}: {e.get('says')}" for e in hard if e not in found],
    }


def _print(result: dict[str, Any], show: bool) -> None:
    print(f"{result['articles']} articles")
    print(f"{'kind':<14} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7}")
    for kind, t in result["kinds"].items():
        if t.gold or t.predicted:
            print(f"{kind:<14} {t.gold:>5} {t.predicted:>6} {t.precision():>10.2f} {t.recall():>7.2f}")
    for kind, counts in result["fields"].items():
        n = counts.get("matched", 0) or 1
        shown = ", ".join(f"{name} {counts.get(name, 0) / n:.2f}" for name in FIELDS[kind])
        print(f"{kind} found and labelled: {counts.get('matched', 0)}; right: {shown}")
    found, total = result.get("events_checkable", (0, 0))
    print(f"event recall on gold events that give a place or a date: {found}/{total} ({found / (total or 1):.2f})")
    ev = result["events"]
    n = ev["found"] or 1
    print(
        f"events found and labelled: {ev['found']}; place right {ev['place'] / n:.2f}, "
        f"date right {ev['date'] / n:.2f}, both {ev['both'] / n:.2f}"
    )
    cf = result["conflicts"]
    precision = cf["error_true"] / cf["error"] if cf["error"] else 1.0
    recall = cf["hard_found"] / cf["hard_errors"] if cf["hard_errors"] else 1.0
    print(
        f"conflicts: {cf['total']} {cf['by_severity']}; at error: {cf['error']}, false {len(cf['error_false'])} "
        f"(precision {precision:.2f}); hard errors found {cf['hard_found']}/{cf['hard_errors']} (recall {recall:.2f})"
    )
    below = cf["by_severity"].get("warning", 0) + cf["by_severity"].get("info", 0)
    print(f"warnings and infos on no hard or soft error's line: {len(cf['below_error_unlabelled'])} of {below}")
    checked = [c for kind, c in cf["hard_by_kind"].items() if kind in CHECKED_KINDS]
    hard, found = sum(c["hard"] for c in checked), sum(c.get("found", 0) for c in checked)
    print(f"hard errors in kinds factcheck checks ({', '.join(CHECKED_KINDS)}): {found}/{hard}"
          f" (recall {found / hard if hard else 1.0:.2f})")  # fmt: skip
    for kind, c in cf["hard_by_kind"].items():
        print(f"  hard {kind:<13} {c.get('found', 0)}/{c['hard']}")
    if show:
        for t in result["kinds"].values():
            for line in t.spurious:
                print(f"  spurious {line}")
            for line in t.misses:
                print(f"  missed   {line}")
        for line in ev["wrong"]:
            print(f"  event wrong {line}")
        for line in result["fields_wrong"]:
            print(f"  field wrong {line}")
        for line in cf["error_false"]:
            print(f"  false error {line}")
        for line in cf["below_error_unlabelled"]:
            print(f"  unlabelled {line}")
        for line in cf["hard_missed"]:
            print(f"  hard missed {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("FACTCHECK_DEVCORPUS", "/work/scratch/devcorpus")
    parser.add_argument("corpus", nargs="?", default=default)
    parser.add_argument("--slices", default=None, help="comma-separated slice letters (default: every gold file)")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    slices = args.slices.split(",") if args.slices else sorted(p.stem for p in (HERE / "gold").glob("*.yaml"))
    missing = [s for s in slices if not (corpus / s).is_dir()]
    if missing:
        sys.exit(f"no pages for slice(s) {', '.join(missing)} under {corpus}: rebuild them from manifest/ (see README)")
    result = score(corpus, slices)
    if args.json:
        kinds = {
            k: {"gold": t.gold, "found": t.predicted, "precision": t.precision(), "recall": t.recall()}
            for k, t in result["kinds"].items()
        }
        print(json.dumps({**result, "kinds": kinds}, indent=2, default=str))
    else:
        _print(result, args.show_misses)


if __name__ == "__main__":
    main()
