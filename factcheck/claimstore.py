"""Claims held for checking in about a tenth of the memory of the models themselves.

A `Claim` is about 4 KB in memory (pydantic keeps a dict and a fields-set per model, and a claim
holds four models); a corpus of 100,000 articles has about 750,000 of them. Checking needs them all
at once, grouped by rule, but only one group at a time as models. So the engine packs each claim
into a short `marshal` record as it arrives, its long strings (the sentence, the surface, the paths)
kept once in a shared table, and unpacks a group's claims when its check runs. Unpacking gives a
claim equal to the one packed, field for field, so the report is the same byte for byte.
"""

from __future__ import annotations

import datetime as dt
import marshal
from array import array
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from pydantic import BaseModel

from factcheck.models import Claim, Evidence, Precision, Qualifiers, Status, TimeSpan

_DEFAULT_QUALIFIERS = Qualifiers()
_PRECISIONS = {p.value: p for p in Precision}  # a dict lookup: calling the Enum costs 10 us a claim
_STATUSES = {s.value: s for s in Status}
_M = TypeVar("_M", bound=BaseModel)
_set = object.__setattr__


_ALL_SET: dict[type[BaseModel], set[str]] = {}


def lean(model: _M, **changes: Any) -> _M:
    """The same frozen model (with `changes`, values of its own types), sharing its class's
    fields-set: for what a run keeps many of."""
    return _build(type(model), {**model.__dict__, **changes})


def _build(cls: type[_M], values: dict[str, Any]) -> _M:
    """A model from trusted values, every field given: what `model_construct` does, without its
    per-field walk over aliases and defaults (it was most of the time a group took to unpack).
    The models are frozen, so all of a class share one fields-set (pydantic copies it on
    `model_copy`): 700 bytes a model less for the claims a report keeps."""
    fields = _ALL_SET.get(cls)
    if fields is None:  # once per class: reading `model_fields` goes through a pydantic descriptor
        fields = _ALL_SET[cls] = set(cls.model_fields)
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", fields)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


class ClaimStore:
    """An append-only list of claims, packed: `add` returns the claim's index, `[i]` unpacks it."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._strings: list[str] = []
        # the records end to end in one buffer, not one bytes object each: 750,000 small objects
        # living as long as the run would pin the memory of the models freed around them
        self._data = bytearray()
        self._ends = array("Q")
        self._shape_ids: dict[bytes, int] = {}
        self._shapes: list[bytes] = []
        self._times: dict[tuple[int | None, int | None, str], TimeSpan] = {}  # one instance per span

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> Claim:
        return self._unpack(self._record(index), {})

    def group(self, indices: Iterable[int]) -> list[Claim]:
        """Claims unpacked together: those that say the same (a role's holder in many articles)
        share their key, value and labels, so a large group costs a fraction of its models."""
        shapes: dict[int, tuple[Any, ...]] = {}
        return [self._unpack(self._record(i), shapes) for i in indices]

    def _record(self, index: int) -> tuple[Any, ...]:
        start = self._ends[index - 1] if index else 0
        record: tuple[Any, ...] = marshal.loads(self._data[start : self._ends[index]])
        return record

    def __iter__(self) -> Iterator[Claim]:
        for index in range(len(self._ends)):
            yield self[index]

    @property
    def packed_bytes(self) -> int:
        """The size of the packed records, the tables of long strings and shapes aside."""
        return len(self._data)

    def add(self, claim: Claim) -> int:
        self._data += marshal.dumps(self._pack(claim))
        self._ends.append(len(self._data))
        return len(self._ends) - 1

    def _id(self, text: str | None) -> int:
        if text is None:
            return -1
        found = self._ids.get(text)
        if found is None:
            found = self._ids[text] = len(self._strings)
            self._strings.append(text)
        return found

    def _shape(self, c: Claim) -> int:
        """What the claim says (kind, key, value, labels), which many claims of a corpus share:
        an index into a table of them, each packed once."""
        data = marshal.dumps((c.kind, c.key, c.value, c.labels, c.unresolved))
        found = self._shape_ids.get(data)
        if found is None:
            found = self._shape_ids[data] = len(self._shapes)
            self._shapes.append(data)
        return found

    def _text(self, index: int) -> str | None:
        return None if index < 0 else self._strings[index]

    def _pack(self, c: Claim) -> tuple[Any, ...]:
        t, q, e = c.time, c.qualifiers, c.evidence
        qualifiers = (
            None
            if q == _DEFAULT_QUALIFIERS
            else (q.status.value, q.hedge, q.negated, q.acting, q.cue, q.uncertain, q.provisional)
        )
        return (
            self._shape(c),
            None if t.start is None else t.start.toordinal(),
            None if t.end is None else t.end.toordinal(),
            t.precision.value,
            c.time_source,
            qualifiers,
            self._id(c.surface),
            (self._id(e.article), self._id(e.path), e.line, e.column, e.start, e.end, self._id(e.sentence)),
            self._id(e.url),
        )

    def _unpack(self, r: tuple[Any, ...], shapes: dict[int, tuple[Any, ...]]) -> Claim:
        # every field given, each from a claim that was validated once already, in declaration order
        shape, start, end, precision, source, qual, surface, ev, url = r
        said = shapes.get(shape)
        if said is None:
            said = shapes[shape] = marshal.loads(self._shapes[shape])
        kind, key, value, labels, unresolved = said
        time = self._times.get((start, end, precision))
        if time is None:
            time = self._times[(start, end, precision)] = _build(
                TimeSpan,
                dict(
                    start=None if start is None else dt.date.fromordinal(start),
                    end=None if end is None else dt.date.fromordinal(end),
                    precision=_PRECISIONS[precision],
                ),
            )
        if qual is None:
            qualifiers = _DEFAULT_QUALIFIERS
        else:
            status, hedge, negated, acting, cue, uncertain, provisional = qual
            qualifiers = _build(
                Qualifiers,
                dict(
                    status=_STATUSES[status],
                    hedge=hedge,
                    negated=negated,
                    acting=acting,
                    cue=cue,
                    uncertain=uncertain,
                    provisional=provisional,
                ),
            )
        article, path, line, column, begin, finish, sentence = ev
        evidence = _build(
            Evidence,
            dict(
                article=self._text(article),
                path=self._text(path),
                line=line,
                column=column,
                start=begin,
                end=finish,
                sentence=self._text(sentence),
                url=self._text(url),
            ),
        )
        return _build(
            Claim,
            dict(
                kind=kind,
                key=key,
                value=value,
                labels=labels,
                time=time,
                time_source=source,
                qualifiers=qualifiers,
                unresolved=unresolved,
                surface=self._text(surface),
                evidence=evidence,
            ),
        )
