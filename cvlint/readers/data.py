"""JSON and YAML read into trees that remember where each value is written, so a finding
about a field can point at its line and column."""

from __future__ import annotations

import json
from typing import Optional, Union

from .. import limits, patterns
from ..document import line_and_column, line_starts



class DataError(Exception):
    """A JSON or YAML file that cannot be read; ``line`` and ``column`` are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.line, self.column = line, column


class Node:
    """A value and where it starts: ``row`` 1-based, ``col`` 0-based, at the first character
    of the value's text (inside any quotes)."""

    __slots__ = ("value", "row", "col")

    def __init__(self, value: Union[str, list, dict, None], row: int, col: int):
        self.value, self.row, self.col = value, row, col

    def get(self, *keys: str) -> Optional["Node"]:
        """The first of ``keys`` this mapping has with a non-empty value."""
        if isinstance(self.value, dict):
            for key in keys:
                node = self.value.get(key)
                if node is not None and node.value not in (None, "", [], {}):
                    return node
        return None

    @property
    def text(self) -> str:
        return self.value if isinstance(self.value, str) else ""

    def items(self) -> list["Node"]:
        return self.value if isinstance(self.value, list) else []


# -- JSON ------------------------------------------------------------------------------

_NUMBER = patterns.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_STRING = patterns.compile(r'"(?:[^"\\\n]|\\.)*"')
_PLAIN_STRING = patterns.compile(r'"[^"\\\x00-\x1f]*"')  # no escape, no control character: its text is its value
_SPACE = patterns.compile(r"[ \t\r\n]*")


def parse_json(text: str) -> Node:
    """A JSON document as Nodes; numbers, booleans and null become their source text."""
    starts = line_starts(text)

    def where(offset: int) -> tuple[int, int]:
        return line_and_column(starts, offset)

    def fail(message: str, offset: int):
        row, col = where(offset)
        raise DataError(message, row, col + 1)

    def string_at(i: int, missing: str) -> tuple[str, int]:
        """The string that starts at ``text[i] == '"'`` and where it ends."""
        m = _PLAIN_STRING.match(text, i)
        if m:  # most strings: taken as they are, json.loads asked only to undo escapes
            return text[i + 1:m.end() - 1], m.end()
        m = _STRING.match(text, i)
        if not m:
            fail(missing, i)
        try:
            return json.loads(m.group()), m.end()
        except ValueError as error:  # a raw control character, a bad escape: in a key as in a value
            fail("a raw control character or a bad escape in a string", i + error.pos)

    def value(i: int, depth: int) -> tuple[Node, int]:
        if depth > 500:
            fail("nested too deeply", i)
        i = _SPACE.match(text, i).end()
        if i >= len(text):
            fail("unexpected end of file", i)
        c = text[i]
        if c == "{":
            items: dict[str, Node] = {}
            row, col = where(i)
            i = _SPACE.match(text, i + 1).end()
            if text.startswith("}", i):
                return Node(items, row, col), i + 1
            while True:
                key, i = string_at(i, "expected a quoted key")
                i = _SPACE.match(text, i).end()
                if not text.startswith(":", i):
                    fail("expected ':'", i)
                items[key], i = value(i + 1, depth + 1)
                i = _SPACE.match(text, i).end()
                if text.startswith(",", i):
                    i = _SPACE.match(text, i + 1).end()
                    continue
                if text.startswith("}", i):
                    return Node(items, row, col), i + 1
                fail("expected ',' or '}'", i)
        if c == "[":
            elements: list[Node] = []
            row, col = where(i)
            i = _SPACE.match(text, i + 1).end()
            if text.startswith("]", i):
                return Node(elements, row, col), i + 1
            while True:
                element, i = value(i, depth + 1)
                elements.append(element)
                i = _SPACE.match(text, i).end()
                if text.startswith(",", i):
                    continue_at = i + 1
                    i = continue_at
                    continue
                if text.startswith("]", i):
                    return Node(elements, row, col), i + 1
                fail("expected ',' or ']'", i)
        if c == '"':
            row, col = where(i + 1)
            string, end = string_at(i, "unterminated string")
            return Node(string, row, col), end
        m = _NUMBER.match(text, i)
        word = m.group() if m else next((w for w in ("true", "false", "null") if text.startswith(w, i)), None)
        if not word:
            fail(f"unexpected {c!r}", i)
        row, col = where(i)
        return Node(None if word == "null" else word, row, col), i + len(word)

    node, end = value(0, 0)
    end = _SPACE.match(text, end).end()
    if end != len(text):
        fail("text after the end of the JSON value", end)
    return node


# -- YAML ------------------------------------------------------------------------------

def parse_yaml(text: str) -> Node:
    """A YAML document as Nodes. Composed, never constructed: no tag runs code, and aliases
    are followed only up to ``limits.yaml_nodes`` values (a "billion laughs" is refused)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise DataError(f"{error.problem or error.context}", (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1) from None
    except yaml.YAMLError as error:
        raise DataError(str(error).splitlines()[0]) from None
    if root is None:
        return Node(None, 1, 0)
    count, most = 0, limits.current().yaml_nodes

    def convert(node) -> Node:
        nonlocal count
        count += 1
        if count > most:
            raise DataError(f"more than {most:,} values once aliases are followed (limits.yaml-nodes); refused")
        row, col = node.start_mark.line + 1, node.start_mark.column
        if isinstance(node, yaml.ScalarNode):
            if node.style in ("'", '"'):
                col += 1
            value = None if node.tag.endswith(":null") and node.value in ("", "~", "null", "Null", "NULL") else node.value
            return Node(value, row, col)
        if isinstance(node, yaml.SequenceNode):
            return Node([convert(item) for item in node.value], row, col)
        mapping: dict[str, Node] = {}
        for key, item in node.value:
            mapping[str(key.value) if isinstance(key, yaml.ScalarNode) else "?"] = convert(item)
        return Node(mapping, row, col)

    return convert(root)
