"""The rule catalogue: every ``*.toml`` under ``rules/<category>/`` declares one rule —
code, name, category, severity, the check it uses with which parameters, its message, its
documentation and its test cases. Users add rules by pointing ``--rules`` at a folder."""

from __future__ import annotations

import os
from dataclasses import field
from typing import Optional

from . import patterns
from .finding import SEVERITIES
from .model import record
from .rule_files import builtin_rules_dir, load_toml

CATEGORIES = ("dates", "venue", "authorship", "contact", "encoding", "privacy", "status",
              "identity", "integrity", "content")
_REQUIRED = ("code", "name", "category", "severity", "check", "summary", "message")
_CODE = patterns.compile(r"[A-Z]{2,4}\d{3}")  # CV101
_KEBAB_CASE = patterns.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DOC_PARTS = ("what", "why", "bad", "good")


class RuleError(Exception):
    """A rule file that cannot be used; names the file and what is wrong."""


@record
class Rule:
    """One rule of the catalogue: a check bound to a code, a name, a severity and a message."""

    code: str
    name: str
    category: str
    severity: str
    check: str
    summary: str
    message: str
    params: dict = field(default_factory=dict)
    docs: dict = field(default_factory=dict)
    cases: list = field(default_factory=list)
    path: Optional[str] = None
    opt_in: bool = False  # off unless selected by its code or name (``--extend-select``)
    once_per_person: bool = False  # one finding for a claim several versions repeat, on the newest
    fix: str = ""  # "safe" (applied by --fix) or "unsafe" (also --unsafe-fixes) when its findings carry a fix

    @property
    def anchor(self) -> str:
        """The rule's heading in docs/rules.md, as a link names it (``cv101-date-range-inverted``)."""
        return f"{self.code.lower()}-{self.name}"

    @property
    def docs_url(self) -> Optional[str]:
        """Where the rule's documentation is online, for this release; None for a project's own rule
        (its documentation is its rule file)."""
        from . import HOME, __version__
        from .rule_files import builtin_rules_dir

        if not self.path or os.path.dirname(os.path.dirname(os.path.abspath(self.path))) != os.path.abspath(builtin_rules_dir()):
            return None
        return f"{HOME}/blob/v{__version__}/docs/rules.md#{self.anchor}"

    def format_message(self, params: dict) -> str:
        try:
            return self.message.format(**params)
        except (KeyError, IndexError, ValueError) as error:
            raise RuleError(f"{self.path}: message needs {error} which check {self.check!r} does not give") from None


_TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "a string", list: "a list"}
_ITEM_NAMES = {int: "whole numbers", float: "numbers", str: "strings", bool: "true or false values"}


def _param_problem(value, default, choices) -> Optional[str]:
    """Why ``value`` cannot stand for a parameter whose default is ``default`` (its type is the
    default's: ``max_years = "10"`` is refused when the rule loads, not mid-run), or None."""
    kind = type(default)
    fits = isinstance(value, (int, float)) and not isinstance(value, bool) if kind is float else \
        isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
    if not fits:
        return f"must be {_TYPE_NAMES.get(kind, kind.__name__)}"
    if kind is list and default and not all(isinstance(item, type(default[0])) for item in value):
        return f"must be a list of {_ITEM_NAMES.get(type(default[0]), type(default[0]).__name__)}"
    if choices and value not in choices:
        return f"must be one of {', '.join(map(repr, choices))}"
    return None


def _message_problem(message: str, values: tuple) -> Optional[str]:
    """Why a rule's message cannot be made from the values its check gives, or None: checked
    when the rule loads, so a user's rule with a wrong placeholder fails at once, naming its file."""
    from _string import formatter_parser  # what string.Formatter.parse calls (importing string compiles a pattern)

    try:
        named = [name for _, name, _, _ in formatter_parser(message) if name is not None]
    except ValueError as error:
        return f"is not a valid template: {error}"
    for placeholder in named:
        name = placeholder.split(".")[0].split("[")[0]
        if not name or name.isdigit():
            return f"uses a positional placeholder {{{placeholder}}}; name a value: {', '.join('{' + v + '}' for v in values)}"
        if name not in values:
            return f"names {{{name}}}, which its check does not give; it gives {', '.join('{' + v + '}' for v in values)}"
    return None


def _validate(data: dict, path: str) -> Rule:
    from .checks import CHECKS

    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise RuleError(f"{path}: missing {', '.join(missing)}")
    unknown = set(data) - set(_REQUIRED) - {"params", "docs", "cases", "opt-in", "once-per-person", "fix"}
    if unknown:
        raise RuleError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}")
    if not _CODE.fullmatch(data["code"]):
        raise RuleError(f"{path}: code {data['code']!r} is not like CV101")
    if not _KEBAB_CASE.fullmatch(data["name"]):
        raise RuleError(f"{path}: name {data['name']!r} is not kebab-case")
    if data["category"] not in CATEGORIES:
        raise RuleError(f"{path}: category {data['category']!r} is not one of {', '.join(CATEGORIES)}")
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"{path}: severity {data['severity']!r} is not one of {', '.join(SEVERITIES)}")
    check = CHECKS.get(data["check"])
    if check is None:
        raise RuleError(f"{path}: check {data['check']!r} does not exist; checks are {', '.join(sorted(CHECKS))}")
    for key, kind, like in (("params", dict, "[params] max_age_months = 12"), ("docs", dict, "[docs] what = \"…\""),
                            ("cases", list, "[[cases]] …")):
        if key in data and not isinstance(data[key], kind):
            raise RuleError(f"{path}: {key} must be a {'table' if kind is dict else 'list of tables'}, like {like}")
    for key in _REQUIRED:
        if not isinstance(data[key], str):
            raise RuleError(f"{path}: {key} must be a string")
    if data.get("fix", "") not in ("", "safe", "unsafe"):
        raise RuleError(f"{path}: fix must be \"safe\" or \"unsafe\"")
    for flag in ("opt-in", "once-per-person"):
        if not isinstance(data.get(flag, False), bool):
            raise RuleError(f"{path}: {flag} must be true or false")
    params = dict(check.defaults)
    for key, value in data.get("params", {}).items():
        if key not in check.defaults:
            known = ", ".join(sorted(check.defaults)) or "none"
            raise RuleError(f"{path}: check {data['check']!r} has no parameter {key!r} (its parameters: {known})")
        problem = _param_problem(value, check.defaults[key], check.choices.get(key))
        if problem:
            raise RuleError(f"{path}: parameter {key} = {value!r} {problem}")
        params[key] = value
    problem = _message_problem(data["message"], check.values(params))
    if problem:
        raise RuleError(f"{path}: message {problem}")
    return Rule(code=data["code"], name=data["name"], category=data["category"], severity=data["severity"],
                check=data["check"], summary=data["summary"], message=data["message"], params=params,
                docs=data.get("docs", {}), cases=data.get("cases", []), path=path, opt_in=data.get("opt-in", False),
                once_per_person=data.get("once-per-person", False), fix=data.get("fix", ""))


def rule_files(directory: str) -> list[str]:
    """Every ``<category>/<name>.toml`` of a rules folder, and every ``<name>.toml`` at its top
    (a user's folder of a few rules); ``data/`` holds tables, not rules."""
    top = [os.path.join(directory, name) for name in os.listdir(directory)
           if name.endswith(".toml") and os.path.isfile(os.path.join(directory, name))]
    nested = [os.path.join(directory, category, name)
              for category in os.listdir(directory) if category != "data" and os.path.isdir(os.path.join(directory, category))
              for name in os.listdir(os.path.join(directory, category)) if name.endswith(".toml")]
    return sorted(top + nested)



def read_rule_file(path: str, with_cases: bool) -> dict:
    """A rule file's declaration; its ``[[cases]]`` (always last) only when asked, as they are
    most of the text and only the tests need them."""
    return load_toml(path, until=None if with_cases else "[[cases]]")


def load_rules(extra_dirs: tuple[str, ...] = (), with_cases: bool = False) -> list[Rule]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for directory in (builtin_rules_dir(), *extra_dirs):
        if not os.path.isdir(directory):
            raise RuleError(f"{directory}: no such rules folder")
        for path in rule_files(directory):
            try:
                data = read_rule_file(path, with_cases)
            except Exception as error:  # tomllib.TOMLDecodeError, OSError, UnicodeDecodeError
                raise RuleError(f"{path}: {error}") from None
            rule = _validate(data, path)
            for key in (rule.code, rule.name):
                if key in seen:
                    raise RuleError(f"{path}: {key} is already declared in {seen[key]}")
                seen[key] = path
            rules.append(rule)
    rules.sort(key=lambda r: r.code)
    return rules


def find_rule(rules: list[Rule], key: str) -> Optional[Rule]:
    key = key.strip()
    for rule in rules:
        if key.upper() == rule.code or key.lower() == rule.name:
            return rule
    return None


def rule_matches(rule: Rule, key: str) -> bool:
    """Does a selector (code, code prefix, name, category or ALL) pick this rule?"""
    key = key.strip()
    return rule.code.startswith(key.upper()) or key.lower() in (rule.name, rule.category) or key.upper() == "ALL"


def selects(rule: Rule, keys) -> bool:
    """Does one of ``keys`` pick ``rule``? An opt-in rule is picked only by its code or name."""
    if rule.opt_in:
        return any(key.strip().upper() == rule.code or key.strip().lower() == rule.name for key in keys)
    return any(rule_matches(rule, key) for key in keys)


def select_rules(rules: list[Rule], select: tuple[str, ...], ignore: tuple[str, ...]) -> list[Rule]:
    """Rules picked by code, code prefix, name or category; an opt-in rule only by its own
    code or name."""
    chosen = [r for r in rules if (selects(r, select) if select else not r.opt_in)]
    return [r for r in chosen if not any(rule_matches(r, k) for k in ignore)]
