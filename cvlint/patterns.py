"""``re.compile`` for cvlint's own patterns, compiled when first used, once per process.

cvlint declares ~170 patterns at module level (a name for each, as a reader should see them);
a run uses a third of them. Each is compiled on its first use, from the program made for it
ahead of time when there is one (``programs/``, shipped in the package), else by ``re``. Nothing
of a pattern is kept between runs: the cache (``cache.py``) holds data only, so whoever can
write it cannot change what a pattern matches."""

from __future__ import annotations

import re

from . import programs

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_ATTRIBUTES = ("pattern", "flags", "groups", "groupindex")


class Pattern:
    """A compiled pattern that compiles itself on first use: once compiled, its methods are the
    compiled pattern's own (bound into the slots, so a call costs what ``re`` costs)."""

    __slots__ = ("_source", "_compiled") + _METHODS + _ATTRIBUTES

    def __init__(self, pattern, flags: int):
        self._source = (pattern, flags)
        self._compiled = None

    def _compile(self) -> re.Pattern:
        compiled = programs.compiled(*self._source)
        if compiled is None:
            compiled = re.compile(*self._source)
            compiled_by_re.append(self._source)
        self._compiled = compiled
        for name in _METHODS + _ATTRIBUTES:
            object.__setattr__(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name):  # only for a slot not filled yet: the first use
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._compile(), name)

    def compiled(self) -> re.Pattern:
        return self._compiled or self._compile()

    def __eq__(self, other):
        return self.compiled() == (other.compiled() if isinstance(other, Pattern) else other)

    def __hash__(self):
        return hash(self._source)

    def __repr__(self):
        return f"patterns.compile({self._source[0]!r}, {self._source[1]})"


_declared: dict[tuple, Pattern] = {}
compiled_by_re: list[tuple] = []  # the patterns no stored program served (a project's own, or a stale table)


def compile(pattern: str | bytes, flags: int = 0) -> Pattern:  # noqa: A001  (the name re uses)
    key = (pattern, int(flags))
    found = _declared.get(key)
    if found is None:
        found = _declared[key] = Pattern(pattern, int(flags))
    return found
