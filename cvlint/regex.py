"""``re.compile`` for cvlint's own patterns, kept compiled between runs.

Compiling a pattern has two steps: parsing it into opcodes (pure Python, slow) and building the
matcher from them (``_sre.compile``, C, fast). cvlint's ~90 patterns spent ~20 ms a run in the
first step — a sixth of a pre-commit run. The opcodes are kept in the cache (``cache.py``), so
later runs only take the fast step.

Safe by construction: a pattern's opcodes are kept only when the matcher built from them equals
(same flags, same program) what ``re.compile`` gives, and under a key holding the exact Python
and regex engine versions, so another Python never reads them. Anything unexpected — another
Python's internals, a damaged cache — falls back to ``re.compile``. Only constant patterns (from code or the rule
catalogue) belong here, never one built from a CV's text: the cache must not hold CV content.
"""

from __future__ import annotations

import re
import sys

try:
    import _sre
except ImportError:  # pragma: no cover  (not CPython: plain re.compile)
    _sre = None

from . import cache

# the exact Python (a bug-fix release may compile a pattern differently) and regex engine
_PREFIX = f"re:{sys.hexversion}:{getattr(_sre, 'MAGIC', '')}:"
_compiled: dict[tuple[str | bytes, int], re.Pattern] = {}


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:  # noqa: A001  (the name re uses)
    flags = int(flags)
    compiled = _compiled.get((pattern, flags))
    if compiled is None:
        compiled = _from_cache(pattern, flags) if _sre else None
        compiled = _compiled[(pattern, flags)] = compiled or _compile_and_keep(pattern, flags)
    return compiled


def _key(pattern: str | bytes, flags: int) -> str:
    return f"{_PREFIX}{flags}:{pattern}"


def _from_cache(pattern: str | bytes, flags: int):
    parts = cache.get(_key(pattern, flags))
    if parts is None:
        return None
    try:
        return _sre.compile(pattern, *parts)
    except Exception:  # the engine rejects opcodes it did not make; re.compile decides instead
        return None


def _compile_and_keep(pattern: str | bytes, flags: int) -> re.Pattern:
    compiled = re.compile(pattern, flags)
    if _sre is None or not cache.enabled():  # nowhere to keep it: no need to compile twice
        return compiled
    try:
        from re import _compiler, _parser  # the two steps of re.compile (CPython 3.11–3.13)

        parsed = _parser.parse(pattern, flags)
        state = parsed.state
        names: list = [None] * state.groups
        for name, index in state.groupdict.items():
            names[index] = name
        parts = (int(flags | state.flags), [int(op) for op in _compiler._code(parsed, flags)],
                 state.groups - 1, dict(state.groupdict), tuple(names))
        if _sre.compile(pattern, *parts) != compiled:
            return compiled
    except Exception:  # not the internals this was written for: compile every run, as re does
        return compiled
    cache.put(_key(pattern, flags), parts)
    return compiled
