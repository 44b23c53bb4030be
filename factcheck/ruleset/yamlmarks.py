"""Load YAML while remembering where every key and item stood, so errors can say file:line:col."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import RuleFileError

# libyaml's parser when PyYAML was built with it: ten times faster on a big people file, same nodes
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]
Marks = dict[Path_, tuple[int, int]]


def load_with_marks(text: str, filename: str) -> tuple[Any, Marks]:
    """Parse one YAML document; return the data and a map from data path to 1-based (line, col)."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise RuleFileError(filename, line, col, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise RuleFileError(filename, 1, 1, f"invalid YAML: {exc}") from None
    marks: Marks = {}
    if node is None:
        return None, marks
    constructor = SafeConstructor()
    budget = _Budget(filename, MAX_NODES + len(text))
    return _build(node, (), marks, constructor, filename, budget), marks


MAX_DEPTH = 64  # nesting deeper than this is no rule file: a RecursionError later, or an attack
# Nodes after aliases expand, beyond one per character of the text: a big manifest written out in
# full (100,000 articles) is fine, while "billion laughs" anchors in a few bytes stop here.
MAX_NODES = 200_000


class _Budget:
    """How much a document may expand: bounded depth and node count, so anchors cannot explode."""

    def __init__(self, filename: str, limit: int) -> None:
        self.filename = filename
        self.limit = limit
        self.nodes = 0

    def spend(self, node: Node, depth: int) -> None:
        self.nodes += 1
        if depth > MAX_DEPTH or self.nodes > self.limit:
            line, col = _pos(node)
            deep = depth > MAX_DEPTH
            what = f"nested deeper than {MAX_DEPTH} levels" if deep else f"expands to over {MAX_NODES:,} values"
            raise RuleFileError(self.filename, line, col, f"the YAML {what} (anchors and aliases?); simplify it")


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node: Node, path: Path_, marks: Marks, ctor: SafeConstructor, filename: str, budget: _Budget) -> Any:
    budget.spend(node, len(path))
    marks.setdefault(path, _pos(node))
    if isinstance(node, MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build(key_node, path + ("<key>",), {}, ctor, filename, budget)
            if isinstance(key, bool):
                line, col = _pos(key_node)
                word = key_node.value if isinstance(key_node, ScalarNode) else str(key)
                raise RuleFileError(filename, line, col, f'key {word} reads as a boolean in YAML; quote it: "{word}"')
            if not isinstance(key, (str, int)):
                line, col = _pos(key_node)
                raise RuleFileError(filename, line, col, "a mapping key must be a plain string")
            if key in out:
                line, col = _pos(key_node)
                raise RuleFileError(filename, line, col, f'duplicate key "{key}"; each key may appear once')
            marks[path + (key,)] = _pos(key_node)
            out[key] = _build(value_node, path + (key,), marks, ctor, filename, budget)
        return out
    if isinstance(node, SequenceNode):
        return [_build(item, path + (i,), marks, ctor, filename, budget) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    try:
        return ctor.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError) as exc:  # "2025-02-30" reads as a date that does not exist
        line, col = _pos(node)
        raise RuleFileError(filename, line, col, f'cannot read "{node.value}": {exc}; fix or quote the value') from None


def mark_for(marks: Marks, loc: Path_) -> tuple[int, int]:
    """The mark of the longest prefix of `loc` that was recorded."""
    for n in range(len(loc), -1, -1):
        if loc[:n] in marks:
            return marks[loc[:n]]
    return (1, 1)
