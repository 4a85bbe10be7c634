"""``re.compile`` for cvlint's own patterns: compiled once per process and kept by pattern,
beyond the 512 that ``re`` keeps itself.

Nothing of a pattern is kept between runs: the cache (``cache.py``) holds data only, so whoever
can write it cannot change what a pattern matches or run code inside cvlint."""

from __future__ import annotations

import re

_compiled: dict[tuple, re.Pattern] = {}


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:  # noqa: A001  (the name re uses)
    key = (pattern, int(flags))
    compiled = _compiled.get(key)
    if compiled is None:
        compiled = _compiled[key] = re.compile(pattern, flags)
    return compiled
