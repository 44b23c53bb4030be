"""CMS and crawler exports: JSON Lines (.jsonl, .ndjson) and JSON (.json), one article per record.

A record is an object; its fields are found by name, first match wins (case-insensitive), with
defaults for the common exports, replaceable per field in the configuration (`fields:`):
text (text, content, body, article_body, articleBody), title (title, headline), published (date,
published, published_at, publishedAt, datePublished, pubDate), url (url, link, canonical_url),
source (source, outlet, site, site_name, publisher). A value that is an object takes its `name`
("publisher": {"name": "Reuters"}). HTML in the text field is reduced to its paragraphs.
A JSON file is an array of records, or an object holding one under articles/items/data/records/
posts/results. A malformed record is reported with its file and record number (and line) and the
rest of the file is still read. Every line of a record's text points to the record's line in the
file. factcheck's own reports and baselines are not exports: such a file is skipped, named.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from html.parser import HTMLParser
from typing import Any

from factcheck.corpus.decode import Skip
from factcheck.corpus.plaintext import build
from factcheck.models import Article

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article_body", "articleBody", "content_text"),
    "title": ("title", "headline"),
    "published": ("date", "published", "published_at", "publishedAt", "datePublished", "pubDate", "pub_date"),
    "url": ("url", "link", "canonical_url", "canonicalUrl"),
    "source": ("source", "outlet", "site", "site_name", "siteName", "publisher"),
}
CONTAINERS = ("articles", "items", "data", "records", "posts", "results")
_HTML_HINT = re.compile(r"<(?:p|div|br|h[1-6]|li|article|section|span)\b[^>]*>", re.IGNORECASE)


def load_lines(
    article_id: str, shown: str, text: str, fields: Mapping[str, Sequence[str]], timezone: str | None = None
) -> tuple[list[Article], list[str]]:
    """One article per non-blank line; a bad line is a problem, and reading goes on."""
    records: list[tuple[int, int, Any]] = []
    problems: list[str] = []
    number = 0
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            records.append((number, line_no, json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(f"record {number} (line {line_no}): not valid JSON: {exc.msg} (column {exc.colno})")
    _refuse_own_output([r for _, _, r in records[:2]])
    return _articles(article_id, shown, records, fields, timezone, problems)


def load_array(
    article_id: str, shown: str, text: str, fields: Mapping[str, Sequence[str]], timezone: str | None = None
) -> tuple[list[Article], list[str]]:
    """The records of a JSON array (or of the array an object holds)."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [f"line {exc.lineno}: not valid JSON: {exc.msg}; nothing of the file was read"]
    if isinstance(doc, dict):
        _refuse_own_output([doc])
        inner = next((doc[k] for k in CONTAINERS if isinstance(doc.get(k), list)), None)
        items = inner if inner is not None else [doc]
    elif isinstance(doc, list):
        items = doc
    else:
        return [], ["not a JSON array or object of articles; nothing was read"]
    starts = list(_item_lines(text, len(items)))
    records = [(n, starts[n - 1] if n <= len(starts) else 1, item) for n, item in enumerate(items, start=1)]
    return _articles(article_id, shown, records, fields, timezone, [])


def _articles(
    article_id: str,
    shown: str,
    records: list[tuple[int, int, Any]],
    fields: Mapping[str, Sequence[str]],
    timezone: str | None,
    problems: list[str],
) -> tuple[list[Article], list[str]]:
    names = {key: tuple(fields.get(key) or default) for key, default in DEFAULT_FIELDS.items()}
    out: list[Article] = []
    for number, line, record in records:
        where = f"record {number} (line {line})"
        if not isinstance(record, dict):
            problems.append(f"{where}: not an object; skipped")
            continue
        body = _field(record, names["text"])
        if not isinstance(body, str) or not body.strip():
            problems.append(f"{where}: no text (looked for {', '.join(names['text'])}); skipped")
            continue
        if _HTML_HINT.search(body):
            body = html_to_text(body)
        meta = {key: _scalar(_field(record, names[key])) for key in ("title", "published", "url", "source")}
        article = build(f"{article_id}#{number}", shown, body, None, meta, timezone)
        lines = (line,) * (article.text.count("\n") + 1)
        out.append(article.model_copy(update={"record": number, "source_lines": lines}))
        problems += [f"{where}: {p}" for p in article.problems]
    return out, problems


def _field(record: Mapping[str, Any], names: Sequence[str]) -> Any:
    lowered = {k.lower(): v for k, v in record.items() if isinstance(k, str)}
    for name in names:
        if name in record and record[name] not in (None, ""):
            return record[name]
        if name.lower() in lowered and lowered[name.lower()] not in (None, ""):
            return lowered[name.lower()]
    return None


def _scalar(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("title")
    if isinstance(value, list):
        value = value[0] if value else None
    return None if value is None or isinstance(value, (dict, list)) else str(value)


def _refuse_own_output(first: Sequence[Any]) -> None:
    for doc in first:
        if not isinstance(doc, dict):
            continue
        if (
            doc.get("tool") == "factcheck"
            or {"summary", "conflicts"} <= set(doc)
            or "sarif" in str(doc.get("$schema", ""))
        ):
            raise Skip("a factcheck report or baseline, not an article export")
        if doc.get("type") in ("conflict", "summary", "fixed") and ("rule" in doc or "articles" in doc):
            raise Skip("a factcheck JSON Lines report, not an article export")


def _item_lines(text: str, count: int) -> Iterator[int]:
    """The line each top-level item of a JSON array (or of its container) starts on."""
    decoder = json.JSONDecoder()
    m = re.search(r"\[", text)
    if m is None:
        return
    pos = m.end()
    if not text[:pos].lstrip().startswith("["):  # an object holding the array: find the container's
        for key in CONTAINERS:
            km = re.search(rf'"{key}"\s*:\s*\[', text)
            if km:
                pos = km.end()
                break
    line, counted = 1, 0  # lines counted up to `counted`: each stretch once, so a big export stays linear
    for _ in range(count):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        line += text.count("\n", counted, pos)
        counted = pos
        yield line
        try:
            _, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return


class _Text(HTMLParser):
    """HTML to paragraphs: block ends become blank lines; scripts and styles are dropped."""

    BLOCKS = frozenset("p div br h1 h2 h3 h4 h5 h6 li blockquote section article tr figcaption".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p) + "\n"
