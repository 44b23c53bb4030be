"""Markdown for a person reviewing conflicts: a summary, then each conflict with both sides quoted.

Conflicts of one rule and cause in many articles (the same wrong holder in 300 articles) are one
finding: its message once, its first instances quoted, the count of the rest."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from factcheck.models import Claim, Conflict, Report, Unchecked, findings
from factcheck.report.options import RenderOptions

# Section titles for the built-in claim kinds; a kind declared in rules gets its name capitalised.
KIND_TITLES = {
    "office_holder": "Office holders",
    "event": "Events",
    "gap": "Gaps in time",
    "market_move": "Market moves",
    "statistic": "Statistics",
    "quote": "Quotes",
    "tariff_rate": "Tariff rates",
    "deadline": "Deadlines",
    "weekday": "Weekdays",
    "conversion": "Currency conversions",
}

MAX_QUOTED = 10  # instances of one finding quoted in full; the JSON report holds every one
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_SPACES = re.compile(r"\s+")  # a line break from outside must not open a Markdown block
_LABEL = re.compile(r"([\\`*\[\]<>|#])")  # a file name in a link: an underscore inside a name is no emphasis


def escape(text: str) -> str:
    """Text from outside (sentences, names, file names) as literal Markdown on one line: no markup,
    no HTML, no line break that could open a block."""
    return _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text))


def render(report: Report, options: RenderOptions | None = None) -> str:
    opts = options or RenderOptions()
    s = report.summary
    total = sum(s.conflicts.values())
    by_sev = ", ".join(f"{n} {sev}" for sev, n in s.conflicts.items())
    grouped = len(findings(report.conflicts))
    in_findings = f" in {grouped} finding{'' if grouped == 1 else 's'}" if grouped < len(report.conflicts) else ""
    lines = [
        "# Consistency report",
        "",
        f"**{s.articles} articles · {s.claims} claims · {s.rules} rules · {total} conflicts{in_findings}** ({by_sev})",
        "",
    ]
    if s.undated_articles:
        lines.append(
            "Articles without a publication date (relative times not resolved): "
            + ", ".join(escape(p) for p in s.undated_articles)
        )
    else:
        lines.append("Every article has a publication date.")
    lines.append("")
    for warning in report.warnings:
        lines.append(f"> Warning: {escape(warning)}")
    if report.warnings:
        lines.append("")
    if s.claims_by_kind:
        lines += ["| claims | " + " | ".join(title(k) for k in s.claims_by_kind) + " |"]
        lines += ["| --- |" + " ---: |" * len(s.claims_by_kind)]
        lines += ["| found | " + " | ".join(str(n) for n in s.claims_by_kind.values()) + " |", ""]
    lines += _triage_line(report)
    if not report.conflicts:
        lines += ["## Conflicts", "", "No new conflicts found." if report.baselined else "No conflicts found.", ""]
    n = 0
    for kind in sorted({c.kind for c in report.conflicts}, key=_kind_order):
        lines += [f"## {title(kind)}", ""]
        for finding in findings([c for c in report.conflicts if c.kind == kind]):
            n += 1
            lines += _finding(n, finding, opts)
    lines += _known(n, report, opts)
    if report.skipped:
        lines += ["## Skipped files", "", "Not read as articles:", ""]
        lines += [f"- {_link(k.path, None, opts)}: {escape(k.reason)}" for k in report.skipped]
        lines.append("")
    if report.unchecked:
        lines += ["## Not checked", "", "What this run could not judge, so its silence here means nothing:", ""]
        lines += [_unchecked(u, opts) for u in report.unchecked]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _triage_line(report: Report) -> list[str]:
    s = report.summary
    parts = [
        (s.baselined, "known (in the baseline)"),
        (s.suppressed, "suppressed"),
        (s.fixed, "fixed since the baseline"),
    ]
    parts += [(s.outside_change, "outside the changed articles, not shown")]
    said = [f"{n} {what}" for n, what in parts if n]
    return [f"Not counted: {', '.join(said)}.", ""] if said else []


def _known(n: int, report: Report, opts: RenderOptions) -> list[str]:
    """Conflicts the run does not count, listed apart so a reviewer still sees them."""
    out: list[str] = []
    if report.baselined:
        out += ["## Known conflicts (baseline)", ""]
        for conflict in report.baselined:
            n += 1
            out += _conflict(n, conflict, opts)
    if report.fixed:
        out += ["## Fixed since the baseline", "", "Run with `--update-baseline` to drop them from the baseline:", ""]
        out += [f"- `{e.fingerprint}` `{escape(e.rule)}`: {escape(e.message)}" for e in report.fixed]
        out.append("")
    if report.suppressed:
        out += ["## Suppressed", ""]
        out += [
            f"- `{escape(c.rule)}` at {', '.join(_link(x.evidence.path, x.evidence.line, opts) for x in c.claims)}: "
            f"{escape(c.message)}"
            for c in report.suppressed
        ]
        out.append("")
    if report.unused_suppressions:
        out += ["## Unused suppressions", "", "These ignore no conflict; remove them or fix the rule id:", ""]
        for sup in report.unused_suppressions:
            where = _link(sup.path, sup.line, opts) if sup.origin == "inline" else f"`{escape(sup.origin)}`"
            out.append(f"- {where}: ignore {', '.join(f'`{escape(r)}`' for r in sup.rules)}")
        out.append("")
    return out


def title(kind: str) -> str:
    return KIND_TITLES.get(kind, kind.replace("_", " ").capitalize())


def _kind_order(kind: str) -> tuple[int, str]:
    order = list(KIND_TITLES)
    return (order.index(kind) if kind in order else len(order), kind)


def _conflict(n: int, conflict: Conflict, opts: RenderOptions) -> list[str]:
    return _finding(n, [conflict], opts)


def _finding(n: int, group: list[Conflict], opts: RenderOptions) -> list[str]:
    """A finding: the message once, the sides of its first MAX_QUOTED instances quoted, the count of
    the rest (all of them are in the JSON report, each with the fingerprint of its finding). A
    finding of one conflict is that conflict."""
    first = group[0]
    count = f" ({len(group)} instances)" if len(group) > 1 else ""
    out = [f"### {n}. {first.severity.value}: `{first.rule}`{count}", "", escape(first.message), ""]
    for conflict in group[:MAX_QUOTED]:
        for claim in conflict.claims:
            out += _side(claim, opts)
    if len(group) > MAX_QUOTED:
        out += [f"… and {len(group) - MAX_QUOTED} more instances: see the JSON report (`--format json`).", ""]
    if first.reference:
        out += [
            f"**Reference** ({_source_link(first.reference.source, opts)}): {escape(first.reference.text)}",
            "",
        ]
    more = f" and {len(group) - 1} more" if len(group) > 1 else ""
    out += [f"<sub>fingerprint `{first.fingerprint}`{more}</sub>", ""]
    return out


def _side(claim: Claim, opts: RenderOptions) -> list[str]:
    ev = claim.evidence
    time = f"{claim.time.label()} ({claim.time_source.replace('+', ' and ')})"
    q = claim.qualifiers
    status = "" if q.status.value == "current" else f" · {q.status.value}" + (f' ("{q.cue}")' if q.cue else "")
    url = f" · [{escape(_host(ev.url))}]({_url(ev.url)})" if ev.url else ""
    return [
        f"- {_link(ev.path, ev.line, opts)} · {escape(claim.surface)} · {time}{status}{url}",
        "",
        f"  > {_quote(claim)}",
        "",
    ]


def _host(url: str) -> str:
    return urlsplit(url).netloc or "source"


def _url(url: str) -> str:
    """Only http(s) addresses become links, with the characters Markdown would misread encoded."""
    if urlsplit(url).scheme not in ("http", "https"):
        return "#"
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _quote(claim: Claim) -> str:
    """The sentence with the claim's words in bold."""
    sentence = claim.evidence.sentence
    surface = claim.surface
    i = sentence.find(surface)
    if i < 0:
        return escape(sentence)
    return escape(sentence[:i]) + "**" + escape(surface) + "**" + escape(sentence[i + len(surface) :])


def _link(path: str, line: int | None, opts: RenderOptions) -> str:
    label = _LABEL.sub(r"\\\1", _SPACES.sub(" ", f"{path}:{line}" if line else path))
    if path.startswith("/"):
        return label
    plain = "?plain=1" if path.endswith((".md", ".markdown")) else ""
    anchor = f"#L{line}" if line else ""
    return f"[{label}]({opts.link_prefix}{quote(path)}{plain}{anchor})"


def _source_link(source: str, opts: RenderOptions) -> str:
    links = []
    for item in source.split(", "):
        path, _, line = item.rpartition(":")
        links.append(_link(path, int(line), opts) if line.isdigit() and path else escape(item))
    return ", ".join(links)


def _unchecked(u: Unchecked, opts: RenderOptions) -> str:
    return f"- {_link(u.article, u.line, opts)}: {escape(u.reason)}"
