"""JSON written piece by piece, byte for byte what `json.dumps(doc, indent=2, ensure_ascii=False)` gives.

A report of 24,000 conflicts is a 64 MB document; built whole, as a tree of dicts and then one
string (with `indent`, the json module's pure-Python encoder makes millions of small pieces first),
it takes several times its size in memory. Here the document's big lists are generators, `Lazy`,
each item is made and encoded when its turn comes, and the pieces go straight to the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

INDENT = "  "


class Lazy:
    """A list in the document whose items are made one at a time, when written."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def chunks(value: Any, level: int = 0) -> Iterator[str]:
    """The JSON text of `value`, in pieces; `Lazy` lists and dicts holding them are streamed."""
    if isinstance(value, Lazy):
        yield from _items(value.items, level)
    elif isinstance(value, list) and any(_streams(v) for v in value):
        yield from _items(value, level)
    elif isinstance(value, dict) and any(_streams(v) for v in value.values()):
        yield from _dict(value, level)
    else:
        text = json.dumps(value, indent=2, ensure_ascii=False)
        yield text.replace("\n", "\n" + INDENT * level) if level else text


def _streams(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_streams(v) for v in value.values())
    if isinstance(value, list):
        return any(_streams(v) for v in value)
    return isinstance(value, Lazy)


def _dict(value: dict[str, Any], level: int) -> Iterator[str]:
    inner = "\n" + INDENT * (level + 1)
    first = True
    for key, item in value.items():
        yield ("{" if first else ",") + inner + json.dumps(key, ensure_ascii=False) + ": "
        yield from chunks(item, level + 1)
        first = False
    yield "{}" if first else "\n" + INDENT * level + "}"


def _items(items: Iterable[Any], level: int) -> Iterator[str]:
    inner = "\n" + INDENT * (level + 1)
    first = True
    for item in items:
        yield ("[" if first else ",") + inner
        yield from chunks(item, level + 1)
        first = False
    yield "[]" if first else "\n" + INDENT * level + "]"
