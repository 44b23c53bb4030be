"""Saved web pages (.html, .htm): the article's main text and metadata, with trafilatura.

trafilatura finds the main text (navigation, ads, related-story links and comments are left out)
and the title, outlet, canonical URL and publication date (meta tags, JSON-LD, visible dates, via
htmldate; htmldate again, on the whole page, where trafilatura gives none). A page whose main text
cannot be found (fewer than MIN_WORDS words) is skipped with a warning naming it. The text keeps
one paragraph per block, separated by blank lines, and every line remembers the line of the
page's element it came from, so evidence points into the HTML file (the column is the claim's
within its paragraph). Both libraries are imported only when a page is read.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from factcheck.corpus.decode import Skip
from factcheck.corpus.directives import parse_directive
from factcheck.corpus.manifest import Entry
from factcheck.corpus.plaintext import build
from factcheck.models import Article, Suppression

_SPACE = re.compile(r"\s+")
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
PREFIX = 40  # characters of a paragraph that find its element
MIN_WORDS = 12  # fewer words of main text than this: the page holds no article


def load(article_id: str, shown: str, text: str, entry: Entry | None, timezone: str | None = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    meta: dict[str, Any] = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    paragraphs = [p.strip() for p in str(meta.get("text") or "").split("\n") if p.strip()]
    if sum(len(p.split()) for p in paragraphs) < MIN_WORDS:  # a menu or a cookie notice is no article
        raise Skip("no main text found in the page")
    body = "\n\n".join(paragraphs) + "\n"
    published = meta.get("date") or _page_date(text)
    fields = {
        "title": meta.get("title"),
        "source": meta.get("sitename") or meta.get("hostname"),
        "url": meta.get("url"),
        "published": published,
    }
    article = build(article_id, shown, body, entry, fields, timezone)
    root = _parse(text)
    suppressions, problems = _directives(root, shown) if root is not None else ([], [])
    return article.model_copy(
        update={
            "source_lines": _source_lines(root, paragraphs) if root is not None else (),
            "suppressions": tuple(suppressions),
            "problems": article.problems + tuple(problems),
        }
    )


def _parse(html: str) -> Any:
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _directives(root: Any, shown: str) -> tuple[list[Suppression], list[str]]:
    """`<!-- factcheck: ignore RULE -- reason -->` in the page: for the element after the comment (its
    lines, up to the next element's), or the whole page with `ignore-file`. Lines are the page's."""
    import lxml.etree

    found: list[Suppression] = []
    problems: list[str] = []
    for comment in root.iter(lxml.etree.Comment):
        m = re.match(r"\s*factcheck\s*:(?P<body>.*)$", comment.text or "", re.S | re.IGNORECASE)
        if m is None:
            continue
        line = comment.sourceline or 1
        parsed = parse_directive(m["body"])
        if isinstance(parsed, str):
            problems.append(f"line {line}: {parsed}")
            continue
        verb, rules, reason = parsed
        first, last = (1, 0) if verb == "ignore-file" else _element_lines(comment)
        found.append(Suppression(rules=rules, path=shown, line=line, first_line=first, last_line=last, reason=reason))
    return found, problems


def _element_lines(comment: Any) -> tuple[int, int]:
    nxt = comment.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None:
        line = comment.sourceline or 1
        return line, line
    after = nxt.getnext()
    first = nxt.sourceline or 1
    last = (after.sourceline - 1) if after is not None and after.sourceline else first + _height(nxt)
    return first, max(first, last)


def _height(el: Any) -> int:
    import lxml.html

    return int(lxml.html.tostring(el, encoding="unicode").count("\n"))


def _page_date(html: str) -> str | None:
    from htmldate import find_date

    try:
        found: str | None = find_date(html, original_date=True, extensive_search=True)
    except (ValueError, TypeError):
        return None
    return found


def _source_lines(root: Any, paragraphs: list[str]) -> tuple[int, ...]:
    """The page line of each line of the article text: the element each paragraph came from, found in
    document order by its first words; the blank line after a paragraph takes the paragraph's line."""
    body = root.find("body")
    elements = [(el, _text(el)) for el in (body if body is not None else root).iter() if _block(el)]
    lines: list[int] = []
    cursor, last = 0, 1
    for paragraph in paragraphs:
        prefix = _norm(paragraph)[:PREFIX]
        found = next((i for i in range(cursor, len(elements)) if elements[i][1].startswith(prefix)), None)
        if found is not None:
            el = elements[found][0]
            while True:  # the innermost element that still starts with the paragraph
                child = next((c for c in el if _block(c) and _text(c).startswith(prefix)), None)
                if child is None:
                    break
                el = child
            last = el.sourceline or last
            cursor = found + 1
        lines += [last] * (paragraph.count("\n") + 2)  # the paragraph's lines and the blank line after it
    return tuple(lines)


def _block(el: Any) -> bool:
    return isinstance(el.tag, str) and el.tag.lower() not in _SKIP_TAGS


def _text(el: Any) -> str:
    return _norm(" ".join(el.itertext()))


def _norm(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
