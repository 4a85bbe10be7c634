"""A small cache kept between runs, for what is slow to rebuild and the same on every run: the
parsed TOML of the rule catalogue and its data tables, and the gates worked out for the tables'
patterns (``tables._GATES``). Nothing read from a CV goes in it, and it
holds data only — dicts, lists, strings, numbers —: no code object, no compiled pattern, nothing
that is run. Whoever can write the file (a CI cache restored from another branch) can at worst
make cvlint parse the catalogue again.

One ``marshal`` file per cvlint and Python version in the user's cache folder
(``$XDG_CACHE_HOME/cvlint``, or ``CVLINT_CACHE_DIR``; ``CVLINT_NO_CACHE=1`` turns it off).
It is read once, on first use, and written once at exit if something was added. If it cannot
be read or written, or an entry is not of the shape its user expects, everything is rebuilt:
the cache is never a reason to fail or to change an exit code."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from typing import Any, Optional

from . import __version__


def cache_file() -> Optional[str]:
    if os.environ.get("CVLINT_NO_CACHE"):
        return None
    base = os.environ.get("CVLINT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "cvlint", f"cache-{__version__}-py{sys.version_info[0]}{sys.version_info[1]}.marshal")


def enabled() -> bool:
    return cache_file() is not None


def get(key: str) -> Any:
    """The value kept under ``key``, or None; a value that is not plain data is dropped."""
    value = _entries().get(key)
    if value is not None and not _is_data(value):
        return None
    return value


def put(key: str, value: Any) -> None:
    """Keep ``value`` for later runs, if marshal can hold it (a TOML date it cannot)."""
    import marshal

    if not _is_data(value):
        return
    try:
        marshal.dumps(value)
    except ValueError:
        return
    if not _added:
        import atexit

        atexit.register(save)
    _entries()[key] = value
    _added.append(key)


def clear() -> None:
    """Forget what was read, as a new process would (tests)."""
    _entries.cache_clear()
    _added.clear()


@lru_cache(maxsize=1)
def _entries() -> dict:
    path = cache_file()
    if path is None:
        return {}
    import marshal

    try:
        with open(path, "rb") as handle:
            data = marshal.loads(handle.read())  # marshal.load(handle) reads piece by piece: 10x slower
    except (OSError, EOFError, ValueError, TypeError, MemoryError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return data  # each value is checked when it is asked for (get), not all of them here


_SCALARS = frozenset((str, int, float, bool, bytes, type(None)))


def _is_data(value, most_depth: int = 64) -> bool:
    """Plain data all the way down (what a TOML file parses to): never a code object. Exact
    types, one loop over a stack: every run checks the catalogue's entries this way."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        kind = type(item)
        if kind in _SCALARS:
            continue
        if depth >= most_depth:
            return False
        if kind is list or kind is tuple:
            stack.extend((child, depth + 1) for child in item if type(child) not in _SCALARS)
        elif kind is dict:
            for key, child in item.items():
                if type(key) is not str:
                    return False
                if type(child) not in _SCALARS:
                    stack.append((child, depth + 1))
        else:
            return False
    return True


_added: list[str] = []


def save() -> None:
    path = cache_file()
    if path is None or not _added:
        return
    import marshal
    import tempfile

    payload = marshal.dumps(_entries())
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".cache-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)  # atomic: a concurrent run reads the old or the new cache, never half
    except OSError:
        pass
    _added.clear()
