"""YAML: a safe, strict loader and a deterministic dumper (libyaml's C classes when present).

Records need none of YAML's riskier features, so the loader refuses them outright:
anchors and aliases (the "billion laughs" bomb), tags that construct objects, duplicate
keys, and YAML 1.1's implicit dates and yes/no booleans, which would turn a date string
or a name like "No" into another type behind the user's back.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import yaml

from engagement_schema.errors import Path, Problem, SyntaxProblem

__all__ = ["dumps", "locate", "parse"]

MAX_DEPTH = 64
MAX_NODES = 1_000_000

_CLoader = getattr(yaml, "CSafeLoader", None)
_CDumper = getattr(yaml, "CSafeDumper", None)
_Base: type[yaml.SafeLoader] = _CLoader or yaml.SafeLoader
_Dumper: type[yaml.SafeDumper] = _CDumper or yaml.SafeDumper


class _StrictLoader(_Base):  # type: ignore[misc,valid-type]
    """Safe loader that keeps only JSON-like scalars and rejects aliases and duplicates."""

    def construct_document(self, node: yaml.Node) -> Any:
        _check_tree(node)
        return super().construct_document(node)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise _marked(f"keys must be strings, not {type(key).__name__}", key_node)
            if key in seen:
                raise _marked(f"duplicate key {key!r}", key_node)
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except ValueError:  # `!!int x`, or an integer longer than int() converts
            raise _marked(f"cannot read {_short(node.value)} as {_tag_name(node)}", node) from None


class _StrictDumper(_Dumper):  # type: ignore[misc,valid-type]
    """Quotes every string the strict loader would read as another type ("09", "1e5"),
    as well as those YAML 1.1 readers would ("yes", "2018-05-11")."""


_StrictLoader.yaml_implicit_resolvers = {}
for _tag, _regexp in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$"),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$"),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$"),
):
    for _class in (_StrictLoader, _StrictDumper):
        _class.add_implicit_resolver(_tag, re.compile(_regexp), [*"-+0123456789.tTfFnN~", ""])

#: The tags of JSON's types; any other (!!timestamp, !!binary, !!set, ...) builds an object.
_JSON_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map"))


def parse(text: str) -> Any:
    """Plain data from one YAML document; malformed or unsafe input raises `SyntaxProblem`."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.reader.ReaderError as err:  # it gives an offset, not a line and column
        found = yaml.reader.Reader.NON_PRINTABLE.search(text)
        line, col = _line_col(text, found.start()) if found else (None, None)
        raise SyntaxProblem(Problem((), f"invalid YAML: {err.reason}", line, col)) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        message = " ".join(m for m in (err.context, err.problem) if m)
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        if line is not None and _char_at(text, line, col) == "\t":
            message += " (a tab: YAML indents with spaces)"
        raise SyntaxProblem(Problem((), f"invalid YAML: {message}", line, col)) from None
    except yaml.YAMLError as err:
        raise SyntaxProblem(Problem((), f"invalid YAML: {err}")) from None


def dumps(data: Any) -> str:
    """Deterministic block-style YAML, keys in model order, Unicode kept."""
    text: str = yaml.dump(
        data, Dumper=_StrictDumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    return text


def locate(text: str, path: Path) -> tuple[int, int] | None:
    """The line and column (1-based) where the value at `path` starts, if it exists."""
    node = _composed(text)
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            node = None
        if node is None:
            return None
    return (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else None


@functools.lru_cache(maxsize=1)
def _composed(text: str) -> yaml.Node | None:
    # Composed once for all the problems of a document, not once for each.
    try:
        return yaml.compose(text, Loader=_StrictLoader)
    except yaml.YAMLError:
        return None


def _check_tree(root: yaml.Node) -> None:
    """Reject aliases (a node reached twice), too-deep nesting and too many nodes."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise _marked("anchors and aliases are not allowed in records", node)
        seen.add(id(node))
        if node.tag not in _JSON_TAGS:
            raise _marked(f"tag {_tag_name(node)} is not allowed in records", node)
        if depth > MAX_DEPTH:
            raise _marked(f"nesting deeper than {MAX_DEPTH} levels", node)
        if len(seen) > MAX_NODES:
            raise _marked(f"more than {MAX_NODES} nodes in one document", node)
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend((child, depth + 1) for pair in node.value for child in pair)


def _marked(problem: str, node: yaml.Node) -> yaml.MarkedYAMLError:
    return yaml.constructor.ConstructorError(None, None, problem, node.start_mark)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _char_at(text: str, line: int, column: int | None) -> str:
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    return text[start + (column or 1) - 1 : start + (column or 1)]


def _tag_name(node: yaml.Node) -> str:
    return str(node.tag).replace("tag:yaml.org,2002:", "!!")


def _short(value: str) -> str:
    return repr(value if len(value) <= 20 else value[:20] + "…")
