"""Where the rule files and data tables live (``rules/``), and reading their TOML; the
catalogue itself (rule files made into validated Rules) is ``registry.py``.

Parsed files are kept in the cache between runs (keyed by path, size and modification time)
because parsing the catalogue's TOML on every run cost more than checking a CV."""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from typing import Optional

from . import cache


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
    key = f"toml:{until or ''}:{os.path.abspath(path)}"
    stat = os.stat(path)
    cached = cache.get(key)
    if isinstance(cached, tuple) and len(cached) == 3 and cached[:2] == (stat.st_mtime_ns, stat.st_size) \
            and isinstance(cached[2], dict):
        return cached[2]
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    if until:
        text = re.split(rf"^{re.escape(until)}", text, maxsplit=1, flags=re.M)[0]
    data = parse_toml(text)
    cache.put(key, (stat.st_mtime_ns, stat.st_size, data))
    return data
