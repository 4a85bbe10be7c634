"""Where the rule catalogue lives, and reading its TOML files."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@lru_cache(maxsize=1)
def builtin_rules_dir() -> Path:
    """The installed ``cvlint.rules`` package, or ``rules/`` beside the package in a checkout."""
    from importlib.util import find_spec

    spec = find_spec("cvlint.rules")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / "data").is_dir():
                return Path(location)
    return Path(__file__).resolve().parent.parent / "rules"


def load_toml(path: Path) -> dict:
    with open(path, "rb") as handle:
        return tomllib.load(handle)
