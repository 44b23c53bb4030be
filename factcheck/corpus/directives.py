"""`factcheck: ignore` comments in articles: read them, and blank them out of the text.

Forms (rule ids separated by commas or spaces; `all` for every rule; a reason after ` -- `):
- Markdown and HTML: `<!-- factcheck: ignore RULE_ID -- reason -->` covers the next paragraph (or,
  written at the end of a line of text, the paragraph it stands in),
  `<!-- factcheck: ignore-file RULE_ID -- reason -->` the whole file;
- plain text: the same words on a line of their own, in lower case, `factcheck: ignore RULE_ID -- reason`.
A comment is replaced by spaces, not cut, so offsets and line numbers still match the file and the
comment is never read as a sentence. A `factcheck:` comment that is neither form is a problem the
corpus reports (a misspelt directive must not silently ignore nothing).
"""

from __future__ import annotations

import re

from factcheck.models import Suppression

_HTML = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.S | re.IGNORECASE)
# In plain text only the exact lowercase form on its own line: "Factcheck: the claim is false" is prose.
_LINE = re.compile(r"^[ \t]*factcheck:(?P<body>[ \t]*ignore(?:-file)?[ \t][^\n]*)$", re.M)
_BODY = re.compile(r"\s*(?P<verb>ignore-file|ignore)\s+(?P<rules>[\w\s,.-]*?)\s*(?:--\s*(?P<reason>.*?))?\s*$", re.S)
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def read_directives(path: str, text: str) -> tuple[str, list[Suppression], list[str]]:
    """The text with its directives blanked, the suppressions they make, and problems with line numbers."""
    found: list[Suppression] = []
    problems: list[str] = []
    spans: list[tuple[int, int]] = []
    for rx in (_HTML, _LINE):
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in spans):
                continue  # a line form inside an HTML comment already read
            spans.append((m.start(), m.end()))
            line = text.count("\n", 0, m.start()) + 1
            parsed = parse_directive(m["body"])
            if isinstance(parsed, str):
                problems.append(f"line {line}: {parsed}")
                continue
            verb, rules, reason = parsed
            if verb == "ignore-file":
                first, last = 1, 0
            elif text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
                first, last = _paragraph_of(text, m.start())  # "Yellen spoke. <!-- factcheck: ... -->"
            else:
                first, last = _next_paragraph(text, m.end())
            found.append(
                Suppression(rules=rules, path=path, line=line, first_line=first, last_line=last, reason=reason)
            )
    for a, b in spans:
        text = text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]
    return text, sorted(found, key=lambda s: s.line), problems


def parse_directive(body: str) -> tuple[str, tuple[str, ...], str] | str:
    """(verb, rules, reason) of a comment's words after `factcheck:`, or the problem with them."""
    m = _BODY.match(body)
    if m is None:
        return f"unreadable factcheck comment {body.strip()[:60]!r}: write 'factcheck: ignore RULE_ID -- reason'"
    rules = tuple(r for r in re.split(r"[\s,]+", m["rules"]) if r)
    if not rules:
        return "a factcheck ignore comment names no rule: give a rule id (or 'all')"
    bad = [r for r in rules if not _RULE_ID.match(r)]
    if bad:
        return f"not a rule id in a factcheck ignore comment: {bad[0]!r}"
    return m["verb"].lower(), rules, (m["reason"] or "").strip()


def _next_paragraph(text: str, pos: int) -> tuple[int, int]:
    """Lines (1-based, inclusive) of the paragraph after `pos`: from its first non-blank line to the
    line before the next blank one."""
    lines = text[pos:].split("\n")
    base = text.count("\n", 0, pos) + 1
    i = 0
    if lines and not lines[0].strip():
        i = 1  # the rest of the comment's own line
        while i < len(lines) and not lines[i].strip():
            i += 1
    first = base + i
    while i < len(lines) and lines[i].strip():
        i += 1
    return first, max(first, base + i - 1)


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    """Lines of the paragraph holding `pos`, for a comment written at the end of one of its lines."""
    lines = text.split("\n")
    at = text.count("\n", 0, pos)
    first = at
    while first > 0 and lines[first - 1].strip():
        first -= 1
    last = at
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return first + 1, last + 1
