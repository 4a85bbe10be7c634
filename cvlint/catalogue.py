"""Where the rule catalogue lives, and reading its TOML files.

Parsed files are kept in a small cache (``marshal``, keyed by path, size and modification
time) because parsing the catalogue's TOML on every run cost more than checking a CV. The
cache lives in the user's cache folder; if it cannot be read or written, files are parsed."""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from typing import Optional

from . import __version__


@lru_cache(maxsize=1)
def builtin_rules_dir() -> str:
    """The installed ``cvlint/rules`` (the catalogue ships inside the package), or ``rules/``
    beside the package in a checkout or an editable install."""
    package = os.path.dirname(os.path.realpath(__file__))
    installed = os.path.join(package, "rules")
    if os.path.isdir(os.path.join(installed, "data")):
        return installed
    return os.path.join(os.path.dirname(package), "rules")


def parse_toml(text: str) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib.loads(text)


def load_toml(path: str, until: Optional[str] = None) -> dict:
    """A TOML file, or only the part before the first line that starts with ``until``."""
    key = f"{until or ''}:{os.path.abspath(path)}"
    stat = os.stat(path)
    cached = _cache().get(key)
    if cached and cached[0] == stat.st_mtime_ns and cached[1] == stat.st_size:
        return cached[2]
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    if until:
        text = re.split(rf"^{re.escape(until)}", text, maxsplit=1, flags=re.M)[0]
    data = parse_toml(text)
    _store(key, (stat.st_mtime_ns, stat.st_size, data))
    return data


def cache_file() -> Optional[str]:
    if os.environ.get("CVLINT_NO_CACHE"):
        return None
    base = os.environ.get("CVLINT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "cvlint", f"catalogue-{__version__}-py{sys.version_info[0]}{sys.version_info[1]}.marshal")


@lru_cache(maxsize=1)
def _cache() -> dict:
    path = cache_file()
    if path is None:
        return {}
    import marshal

    try:
        with open(path, "rb") as handle:
            data = marshal.load(handle)
        return data if isinstance(data, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


_changed: list[str] = []


def _store(key: str, value: tuple) -> None:
    import marshal

    try:
        marshal.dumps(value)
    except ValueError:  # a value marshal cannot hold (a TOML date): parse this file each time
        return
    if not _changed:
        import atexit

        atexit.register(_save)
    _cache()[key] = value
    _changed.append(key)


def _save() -> None:
    path = cache_file()
    if path is None:
        return
    import marshal
    import tempfile

    payload = marshal.dumps(_cache())
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".catalogue-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)  # atomic: a concurrent run reads the old or the new cache, never half
    except OSError:
        pass
