"""What the commands share: a run's settings and rules, dates and lists from options, the
run's options, colour, writing a report. (``cli.py`` holds the group and ``check``;
``commands.py`` the other commands, loaded only when one is run.)"""

from __future__ import annotations

import os
from datetime import date

import click

from .reporters import render


def write_report(path: str, fmt: str, result, rules) -> None:
    """The report to a file, whole or not at all (written beside it, then renamed)."""
    from .output import OutputError, write_atomically

    try:
        write_atomically(path, lambda stream: render(fmt, result, stream, rules), prefix=".cvlint-report-")
    except OutputError as error:
        raise click.UsageError(f"cannot write the report: {error}") from None


def date_option(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    from dateutil import parser  # only for dates not written as YYYY-MM-DD

    try:
        return parser.parse(value, default=parser.parse("2000-01-01")).date()
    except (ValueError, OverflowError):
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)", param_hint="--as-of") from None


def split_values(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def load_rules_or_exit(extra: tuple[str, ...]):
    from .registry import RuleError, load_rules

    try:
        return load_rules(extra)
    except RuleError as error:
        raise click.UsageError(str(error)) from None


def is_inside(path: str, root: str) -> bool:
    return os.path.abspath(path).startswith(os.path.join(os.path.abspath(root), ""))


def load_settings(config_path, no_config: bool, extra_rules):
    """The project's settings and the rule catalogue they extend."""
    from .config import Config, ConfigError, check_config, find_config, load_config

    path = None if no_config else (config_path or find_config())
    try:
        config = load_config(path) if path else Config()
        extra = tuple(extra_rules) + tuple(os.path.join(config.root, d) for d in config.extend_rules)
        rules = load_rules_or_exit(extra)
        check_config(config, rules)
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    from .limits import SETTINGS, configure

    configure(**{SETTINGS[key]: value for key, value in config.limits.items()})
    if config.extend_sections:
        from .headings import extend_sections

        extend_sections(config.extend_sections)
    return config, rules


def selected_rules(rules, config, select, ignore, extend_select):
    """Command-line selections win over the settings file; severities come from it."""
    from dataclasses import replace

    from .config import ConfigError, check_selector
    from .registry import rule_matches, select_rules, selects

    try:
        for key in select + ignore + extend_select:
            check_selector(key, rules, "command line", "--select/--ignore")
    except ConfigError as error:
        raise click.UsageError(str(error).replace("command line: --select/--ignore: ", "")) from None
    chosen = select_rules(rules, select or tuple(config.select), ignore or tuple(config.ignore))
    extra = tuple(config.extend_select) + extend_select
    if extra:
        codes = {r.code for r in chosen}
        chosen += [r for r in rules if r.code not in codes and selects(r, extra)]
        chosen.sort(key=lambda r: r.code)
    if config.severity:
        chosen = [replace(r, severity=next((sev for key, sev in config.severity.items() if rule_matches(r, key)), r.severity))
                  for r in chosen]
    return chosen


def core_count() -> int:
    """The cores this process may run on (a container's CPU set, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_options(config, **more):
    """What the settings file adds to a run (groups, owners, venues, files, ignores), and ``more``."""
    from .engine import Options

    return Options.from_config(config, **more)


def wants_color(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()
