"""Streamed JSON is byte for byte the document json.dumps writes, however its lists are made."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.io import write_atomic
from factcheck.models import Precision, Severity
from factcheck.report.jsonstream import Lazy, chunks

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


def lazy(value: Any, wrap: bool) -> Any:
    """The same document with its lists as Lazy generators (every other level when `wrap` alternates)."""
    if isinstance(value, dict):
        return {k: lazy(v, not wrap) for k, v in value.items()}
    if isinstance(value, list):
        items = [lazy(v, not wrap) for v in value]
        return Lazy(iter(items)) if wrap else items
    return value


@given(documents, st.booleans())
def test_streamed_json_equals_json_dumps(doc: Any, wrap: bool) -> None:
    expected = json.dumps(doc, indent=2, ensure_ascii=False)
    assert "".join(chunks(lazy(doc, wrap))) == expected


def test_an_empty_lazy_list_is_an_empty_array() -> None:
    assert "".join(chunks({"conflicts": Lazy(iter([])), "n": 1})) == '{\n  "conflicts": [],\n  "n": 1\n}'


def test_a_report_that_fails_half_way_leaves_the_old_one_whole(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("old report\n", encoding="utf-8")

    def pieces() -> Any:
        yield '{"conflicts": ['
        raise RuntimeError("a renderer failed")

    with pytest.raises(RuntimeError):
        write_atomic(report, pieces())
    assert report.read_text(encoding="utf-8") == "old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


wide_scalars = scalars | st.floats() | st.sampled_from([Severity.ERROR, Precision.DAY]) | st.integers(-(10**30), 10**30)
wide_documents = st.recursive(
    wide_scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=6) | st.integers() | st.booleans() | st.none(), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(wide_documents)
def test_every_json_value_is_written_as_json_dumps_writes_it(doc: Any) -> None:
    """NaN and infinities, tuples, huge integers, str enums, keys that are not strings."""
    assert "".join(chunks(doc)) == json.dumps(doc, indent=2, ensure_ascii=False)


def test_what_json_cannot_write_is_refused() -> None:
    with pytest.raises(TypeError):
        "".join(chunks({"a": {1, 2}}))
    with pytest.raises(TypeError):
        "".join(chunks({(1, 2): 3}))
