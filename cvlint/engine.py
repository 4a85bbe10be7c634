"""The pipeline, one way: paths → readers → profiles → groups → checks → findings."""

from __future__ import annotations

from dataclasses import field
from datetime import date

from .checks import CHECKS, Context
from .extract import extract
from .finding import Finding
from .group import Group, group_profiles, mark_self_authors, owner_names
from .model import Profile, record
from .readers import discover, read_path
from .registry import Rule
from .tables import load_tables


@record
class Result:
    files: list[str] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def load_profiles(paths: list[str]) -> tuple[list[str], list[Profile]]:
    files = discover(paths)
    tables = load_tables()
    return files, [extract(read_path(path), tables) for path in files]


def run_checks(profiles: list[Profile], rules: list[Rule], as_of: date, groups: list[list[str]] = ()) -> Result:
    ctx = Context(as_of=as_of, tables=load_tables())
    result = Result(profiles=profiles)
    result.groups = group_profiles(profiles, as_of, list(groups))
    for group in result.groups:
        names = owner_names(group)
        for profile in group.profiles:
            mark_self_authors(profile, names)
    for rule in rules:
        check = CHECKS[rule.check]
        targets = result.profiles if check.scope == "profile" else [g for g in result.groups if len(g.profiles) > 1]
        for target in targets:
            for hit in check.func(target, rule.params, ctx):
                result.findings.append(Finding(
                    code=rule.code, name=rule.name, category=rule.category, severity=rule.severity,
                    message=rule.format_message(hit.params), span=hit.span, related=hit.related,
                    fix=hit.fix, sensitive=hit.sensitive))
    result.findings.sort(key=Finding.sort_key)
    return result


def check_paths(paths: list[str], rules: list[Rule], as_of: date, groups: list[list[str]] = ()) -> Result:
    files, profiles = load_profiles(paths)
    result = run_checks(profiles, rules, as_of, groups)
    result.files = files
    return result
