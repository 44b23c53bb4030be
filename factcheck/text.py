"""Split article text into sentences with character offsets, the unit every extractor reads.

Line breaks are honoured the way news copy uses them: a blank line always ends a sentence; a single
line break ends one after terminal punctuation or after a heading-like line, and otherwise joins a
hard-wrapped line to the next.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence (lower-cased, without the final dot).
ABBREVIATIONS = frozenset(
    """
        mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr co corp inc ltd no vs etc e.g
        i.e u.s u.k u.n e.u u.s.a d.c a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec
        mt ft approx est dept univ assn bros
        """.split()
)

# A sentence ends at terminal punctuation before a space; or at a period run into the next
# sentence's capitalised word, as some pages print them ("cut to 3.5% on Monday.The board").
_TERMINAL = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s)|(?<=[a-z0-9%])(?<!www)\.(?=[A-Z][a-z]{2,})""")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_HEADING_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SMALL_WORDS = frozenset(
    """
        a an and as at but by for from in into of on or the to vs with amid after over
        """.split()
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    heading: bool = False


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with those spans turned to spaces, every offset kept: a reading can then look past
    a phrase ("exports between April and June fell", "the additional 25% duty") as if it were absent."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def is_heading(line: str) -> bool:
    """A title-like line: no terminal punctuation and most words capitalised."""
    s = line.strip()
    if not s or s[-1] in '.!?:;,"”’' or len(s) > 160:
        return False
    words = _HEADING_WORD.findall(s)
    if not words:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    if words[-1].lower() in _SMALL_WORDS:
        return False  # "Negotiators for the" is a wrapped line, not a title
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised == len(content)


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Spans of text that no sentence may cross, with whether the block is a heading."""
    out: list[tuple[int, int, bool]] = []
    start = None
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            if start is not None:
                out.append((start, line_start - 1, False))
                start = None
            continue
        heading = is_heading(line)
        if heading:
            if start is not None:
                out.append((start, line_start - 1, False))
                start = None
            out.append((line_start, line_start + len(line), True))
            continue
        if start is None:
            start = line_start
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        ends = line.rstrip()[-1:] in tuple('.!?…"”’):;')
        if ends or not nxt.strip() or _starts_item(nxt) or is_heading(nxt):
            out.append((start, line_start + len(line), False))
            start = None
    if start is not None:
        out.append((start, len(text), False))
    return out


def _starts_item(line: str) -> bool:
    return bool(re.match(r"\s*(?:[-*•–]\s|\d+[.)]\s)", line))


_LIST_MARKER = re.compile(r"\s*(?:\d{1,3}|[a-zA-Z])")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order, each with its [start, end) offsets in `text` and its text stripped."""
    out: list[Sentence] = []
    for b_start, b_end, heading in _blocks(text):
        chunk = text[b_start:b_end]
        if heading:
            out.extend(_make(text, b_start, b_end, True))
            continue
        cut = 0
        for m in _TERMINAL.finditer(chunk):
            if m.group().startswith(".") and _is_abbreviation(chunk, m.start()):
                continue
            if m.start() - cut <= 8 and _LIST_MARKER.fullmatch(chunk, cut, m.start()):
                continue  # a list marker: "1. Tariffs rise." (short: never a slice of the whole paragraph)
            nxt = _NEXT_CHAR.match(chunk, m.end())
            if nxt and not (nxt[1].isupper() or nxt[1].isdigit() or nxt[1] in "\"“‘'(["):
                continue
            out.extend(_make(text, b_start + cut, b_start + m.end(), False))
            cut = m.end()
        out.extend(_make(text, b_start + cut, b_end, False))
    return out


_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(chunk: str, dot: int) -> bool:
    if not dot or not (chunk[dot - 1].isalnum() or chunk[dot - 1] in "._"):
        return False  # ". . ." or "?.": no word before the dot
    m = _WORD_BEFORE.search(chunk[max(0, dot - 40) : dot])  # a window: paragraphs can be long
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Janet L. Yellen"
    return word in ABBREVIATIONS


# A sentence of prose is rarely over 1,000 characters; a longer one is a table or list a CMS flattened,
# or hostile input. It is read in pieces cut at a clause break, so the work per sentence is bounded
# and a whole article stays linear in its size however its text runs on.
MAX_SENTENCE = 3000
_PIECE_BREAKS = (re.compile(r"[;,]\s"), re.compile(r"\s"))  # a clause break, else any space
_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S")


def _make(text: str, start: int, end: int, heading: bool) -> list[Sentence]:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return []
    s = start + len(raw) - len(raw.lstrip())
    e = s + len(stripped)
    out: list[Sentence] = []
    while e - s > MAX_SENTENCE:
        window = text[s : s + MAX_SENTENCE]
        cut = next((m.end() for r in _PIECE_BREAKS for m in _last(r.finditer(window, MAX_SENTENCE // 2))), None)
        if cut is None:  # one token thousands of characters long is never cut inside: no word is made up
            space = _SPACE.search(text, s + MAX_SENTENCE, e)
            cut = (space.end() if space else e) - s
        piece = text[s : s + cut].rstrip()
        out.append(Sentence(s, s + len(piece), piece, heading))
        nxt = _NON_SPACE.search(text, s + cut, e)
        s = nxt.start() if nxt else e
    if e > s:
        out.append(Sentence(s, e, text[s:e], heading))
    return out


def _last(matches: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """The last of `matches`, or none."""
    return list(deque(matches, maxlen=1))
