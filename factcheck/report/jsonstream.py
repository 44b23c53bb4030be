"""JSON written piece by piece, byte for byte what `json.dumps(doc, indent=2, ensure_ascii=False)` gives.

A report of 24,000 conflicts is a 64 MB document; built whole, as a tree of dicts and then one
string (with `indent`, the json module's pure-Python encoder makes millions of small pieces first),
it takes several times its size in memory. Here the document's big lists are generators, `Lazy`,
each item is made and encoded when its turn comes, and the pieces go straight to the file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring as _escape  # the C escaper where there is one
from typing import Any

INDENT = "  "


class Lazy:
    """A list in the document whose items are made one at a time, when written."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


class _Streamed(Exception):
    """Met a `Lazy` while encoding a value whole: the value must be streamed instead."""


def chunks(value: Any, level: int = 0) -> Iterator[str]:
    """The JSON text of `value`, in pieces; `Lazy` lists and dicts holding them are streamed. A
    value is encoded whole until a `Lazy` turns up in it (one walk, not a search for one first)."""
    if isinstance(value, Lazy):
        yield from _items(value.items, level)
        return
    out: list[str] = []
    try:
        _encode(value, level, out)
    except _Streamed:
        yield from _dict(value, level) if isinstance(value, dict) else _items(value, level)
        return
    yield "".join(out)


def _encode(value: Any, level: int, out: list[str]) -> None:
    """`json.dumps(value, indent=2, ensure_ascii=False)` at `level`, appended to `out` in pieces.

    Why not json.dumps: with `indent` it takes the module's pure-Python encoder, a generator per
    list and dict, and its text must then be indented again for its level; this direct walk, with
    the C string escaper, writes a report's conflicts in about half the time."""
    if isinstance(value, str):
        out.append(_escape(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = "\n" + INDENT * (level + 1)
        lead = "{"
        for key, item in value.items():
            out.append(lead + inner + _escape(_key(key)) + ": ")
            _encode(item, level + 1, out)
            lead = ","
        out.append("\n" + INDENT * level + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = "\n" + INDENT * (level + 1)
        lead = "["
        for item in value:
            out.append(lead + inner)
            _encode(item, level + 1, out)
            lead = ","
        out.append("\n" + INDENT * level + "]")
    elif isinstance(value, Lazy):
        raise _Streamed
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as json.dumps writes it."""
    if isinstance(key, str):
        return key
    if key is True or key is False or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    if isinstance(key, float):
        return _float(key)
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


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
