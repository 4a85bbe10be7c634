"""Project settings: ``[tool.cvlint]`` in ``pyproject.toml``, or ``cvlint.toml`` /
``.cvlint.toml``. The nearest file to the current folder wins (looking up to the
filesystem root), ``--config FILE`` names one, and command-line flags win over it.

Every key and value is checked: a typo in a key or a rule is an error that names the file,
the key and the nearest valid spelling, never a setting silently ignored."""

from __future__ import annotations

import os
from dataclasses import field
from datetime import date
from typing import Any, Optional

from .finding import SEVERITIES
from .model import record

CONFIG_FILES = ("cvlint.toml", ".cvlint.toml", "pyproject.toml")
RULE_LISTS = ("select", "ignore", "extend-select")


class ConfigError(Exception):
    """A settings file cvlint cannot use; the message names the file and the key."""


@record
class Config:
    """The settings of a project, as read from its settings file."""

    path: Optional[str] = None  # the file the settings came from
    where: str = ""  # how messages name it: "pyproject.toml [tool.cvlint]"
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # rule -> severity
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)  # glob -> rules
    as_of: Optional[date] = None
    fail_on: Optional[str] = None
    format: Optional[str] = None
    files: list[str] = field(default_factory=list)  # globs of the files that are CVs
    exclude: list[str] = field(default_factory=list)
    groups: list[list[str]] = field(default_factory=list)
    owner: list[str] = field(default_factory=list)  # the owner's names, as author lists write them
    extend_venues: dict[str, list[str]] = field(default_factory=dict)
    extend_sections: dict[str, list[str]] = field(default_factory=dict)  # section kind -> more headings that name it
    extend_rules: list[str] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)  # limits.Limits setting name -> value

    @property
    def root(self) -> str:
        """Paths in the settings are relative to the folder of the file they are in."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()


_TYPES: dict[str, Any] = {
    "select": list, "ignore": list, "extend-select": list, "severity": dict, "per-file-ignores": dict,
    "as-of": (str, date), "fail-on": str, "format": str, "files": list, "exclude": list, "groups": list,
    "owner": list, "extend-venues": dict, "extend-sections": dict, "extend-rules": list, "limits": dict,
}


def find_config(start: Optional[str] = None) -> Optional[str]:
    folder = os.path.abspath(start or os.getcwd())
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return b"[tool.cvlint" in handle.read()
    except OSError:
        return False


_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0"})


def _suggest(word: str, choices) -> str:
    choices = list(choices)
    for candidate in (word.upper(), word.lower(), word.translate(_LOOKALIKES).upper(), word.replace("_", "-")):
        if candidate in choices and candidate != word:  # "cv101", "CV10l", "fail_on"
            return f"; did you mean {candidate!r}?"
    import difflib  # only when there is a mistake to suggest a fix for

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def load_config(path: str) -> Config:
    """Read a settings file and check its keys and their types; ``check_config`` checks the
    values once the rules (with any ``extend-rules``) are known."""
    from .rule_files import parse_toml

    try:
        with open(path, "rb") as handle:
            data = parse_toml(handle.read().decode("utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8") from None
    except Exception as error:  # tomllib.TOMLDecodeError
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    where = path
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("cvlint", {})
        where = f"{path} [tool.cvlint]"
    config = Config(path=path)
    for key, value in data.items():
        if key not in _TYPES:
            raise ConfigError(f"{where}: unknown key {key!r}{_suggest(key, _TYPES)}")
        if not isinstance(value, _TYPES[key]):
            kind = _TYPES[key]
            wanted = {list: "a list", dict: "a table", str: "a string"}.get(kind, "a date")
            raise ConfigError(f"{where}: {key} must be {wanted}, not {value!r}")
        setattr(config, key.replace("-", "_"), value)
    config.where = where
    return config


def _rule_keys(rules) -> list[str]:
    from .registry import CATEGORIES

    return [r.code for r in rules] + [r.name for r in rules] + list(CATEGORIES) + ["ALL"]


def check_selector(key: str, rules, where: str, setting: str) -> None:
    from .registry import rule_matches

    if not any(rule_matches(rule, key) for rule in rules):
        raise ConfigError(f"{where}: {setting}: no rule, code prefix or category {key!r}{_suggest(key, _rule_keys(rules))}")


def check_config(config: Config, rules) -> None:
    from .reporters import FORMATS

    where = config.where
    for setting in RULE_LISTS:
        for key in getattr(config, setting.replace("-", "_")):
            check_selector(str(key), rules, where, setting)
    for key, value in config.severity.items():
        check_selector(key, rules, where, "severity")
        if value not in SEVERITIES:
            raise ConfigError(f"{where}: severity.{key}: {value!r} is not one of {', '.join(SEVERITIES)}{_suggest(str(value), SEVERITIES)}")
    for glob, keys in config.per_file_ignores.items():
        if not isinstance(keys, list):
            raise ConfigError(f"{where}: per-file-ignores.{glob!r} must be a list of rules")
        for key in keys:
            check_selector(str(key), rules, where, f"per-file-ignores.{glob!r}")
    if config.fail_on is not None and config.fail_on not in SEVERITIES:
        raise ConfigError(f"{where}: fail-on: {config.fail_on!r} is not one of {', '.join(SEVERITIES)}{_suggest(config.fail_on, SEVERITIES)}")
    if config.format is not None and config.format not in FORMATS:
        raise ConfigError(f"{where}: format: {config.format!r} is not one of {', '.join(FORMATS)}{_suggest(config.format, FORMATS)}")
    if isinstance(config.as_of, str):
        try:
            config.as_of = date.fromisoformat(config.as_of)
        except ValueError:
            raise ConfigError(f"{where}: as-of: {config.as_of!r} is not a date (YYYY-MM-DD)") from None
    for group in config.groups:
        if not (isinstance(group, list) and all(isinstance(p, str) for p in group)):
            raise ConfigError(f"{where}: groups must be a list of lists of paths, like [[\"cv.md\", \"cv.tex\"]]")
    for setting in ("files", "exclude", "owner", "extend-rules"):
        if not all(isinstance(v, str) for v in getattr(config, setting.replace("-", "_"))):
            raise ConfigError(f"{where}: {setting} must be a list of strings")
    kinds = ("education", "experience", "publications", "projects", "awards", "teaching", "talks", "service", "skills",
             "certifications", "hobbies", "research", "contact", "references", "appendix")
    for kind, names in config.extend_sections.items():
        if kind not in kinds:
            close = difflib_close(kind, kinds)
            raise ConfigError(f"{where}: extend-sections: no section kind {kind!r}{close}; the kinds are {', '.join(kinds)}")
        if not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
            raise ConfigError(f"{where}: extend-sections.{kind} must be a list of headings, like [\"Werdegang\"]")
    _check_limits(config.limits, where)
    for venue, aliases in config.extend_venues.items():
        if not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
            raise ConfigError(f"{where}: extend-venues.{venue} must be a list of names, like [\"MLSys\", \"Conference on Machine Learning and Systems\"]")


def _check_limits(values: dict, where: str) -> None:
    from .limits import SETTINGS

    for key, value in values.items():
        if key not in SETTINGS:
            raise ConfigError(f"{where}: limits: no limit {key!r}{_suggest(key, SETTINGS)}; the limits are {', '.join(SETTINGS)}")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"{where}: limits.{key} must be a whole number above 0, not {value!r}")


def difflib_close(word: str, choices) -> str:
    """"; did you mean X?" for a misspelt choice, or nothing."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean {close[0]}?" if close else ""
