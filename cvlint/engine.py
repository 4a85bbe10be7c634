"""The pipeline, one way: paths → readers → profiles → groups → checks → findings."""

from __future__ import annotations

import os
from dataclasses import field, replace
from datetime import date
from typing import Optional

from .checks import CHECKS, Context
from .extract import extract
from .extract.signs import Against, cv_signs, looks_like_cv, named_as_cv
from .filters.suppress import suppress
from .finding import Finding, Related
from .group import Group, group_profiles, mark_self_authors, owner_names
from .model import Profile, finished, record
from .readers import discover, read_bytes, read_path, read_paths, refusals
from .registry import Rule
from .tables import load_tables


@record
class Options:
    """What a project's settings add to a run (see config.py)."""

    groups: list[list[str]] = field(default_factory=list)  # files that are versions of one person
    owners: list[str] = field(default_factory=list)  # the owner's names, for author lists
    venues: dict[str, list[str]] = field(default_factory=dict)  # more venue aliases
    include: list[str] = field(default_factory=list)  # globs of the files that are CVs
    exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)  # glob -> rule selectors
    root: str = "."  # what the globs are relative to
    follow_links: bool = False  # a walk reads files linked from outside the folder
    jobs: int = 1  # worker processes that read, extract and check single files
    stdin: Optional[tuple[str, bytes]] = None  # a CV given on standard input: (the name it is checked as, its bytes)
    edited: frozenset = frozenset()  # files being changed (a commit's): the newest versions, absolute paths
    progress: Optional[object] = None  # called with each file once it is read and checked (a progress bar)

    @classmethod
    def from_config(cls, config, **more) -> "Options":
        """The run's options from a project's settings (``config.Config``), and ``more``: made in
        one place, so a setting is never copied by hand into a second list."""
        root = config.root
        return cls(groups=[[os.path.join(root, p) for p in group] for group in config.groups],
                   owners=list(config.owner), venues=dict(config.extend_venues), include=list(config.files),
                   exclude=list(config.exclude), per_file_ignores=dict(config.per_file_ignores), root=root, **more)


@record
class Result:
    """What a run produced: the files, their profiles, the groups and the findings."""

    files: list[str] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    skipped: list[tuple[str, list[str]]] = field(default_factory=list)  # walked files that are not CVs, with the signs they showed


def _tables(options: Optional[Options]):
    tables = load_tables()
    if options and options.venues:
        tables = replace(tables, venues=tables.venues.extended(options.venues))
    return tables


def _matches(path: str, globs: list[str], root: str) -> bool:
    from fnmatch import fnmatch

    relative = os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
    return any(fnmatch(relative, glob) or fnmatch(relative, glob.rstrip("/") + "/*") or relative.startswith(glob.rstrip("/") + "/")
               for glob in globs)


def discover_files(paths: list[str], options: Optional[Options] = None) -> list[str]:
    if options and options.stdin:
        paths = [options.stdin[0] if path == "-" else path for path in paths]
    files = discover(paths, follow_links=bool(options and options.follow_links))
    if options and options.include:
        files = [f for f in files if _matches(f, options.include, options.root)]
    if options and options.exclude:
        files = [f for f in files if not _matches(f, options.exclude, options.root)]
    return files


def load_profiles(paths: list[str], options: Optional[Options] = None) -> tuple[list[str], list[Profile]]:
    files = discover_files(paths, options)
    tables = _tables(options)
    return files, [extract(document, tables) for document in read_paths(files)]


def single_file_findings(profile: Profile, rules: list[Rule], ctx: Context) -> list[Finding]:
    """The findings of the checks that look at one version alone, in the rules' order."""
    return [_finding(rule, hit) for rule in rules if CHECKS[rule.check].scope == "profile"
            for hit in CHECKS[rule.check].func(profile, rule.params, ctx)]


def analyse_files(files: list[str], rules: list[Rule], as_of: date, options: Optional[Options] = None
                  ) -> list[tuple[Profile, list[Finding]]]:
    """Each file read, extracted and checked alone, in the files' order: by ``options.jobs``
    worker processes when there are enough files to pay for them, else here."""
    from . import parallel

    ctx = Context(as_of=as_of, tables=_tables(options), rules=rules)
    planned = refusals(files)
    if options and options.stdin:  # read already: it is handed over as it is, like a refusal, never read from disk
        name, data = options.stdin
        planned = [read_bytes(name, data) if path == name else refusal for path, refusal in zip(files, planned)]
    jobs = parallel.worth(options.jobs if options else 1, sum(r is None for r in planned))
    done = options.progress if options and options.progress else None
    if jobs > 1:
        return parallel.analyse(files, planned, analyse_one, rules, ctx, jobs, done)
    analysed = []
    for path, refusal in zip(files, planned):
        analysed.append(analyse_one(path, refusal, rules, ctx))
        if done:
            done(path)
    return analysed


def analyse_one(path: str, refusal, rules: list[Rule], ctx: Context) -> tuple[Profile, list[Finding]]:
    profile = extract(refusal or read_path(path), ctx.tables)
    findings = single_file_findings(profile, rules, ctx)
    return finished(profile), findings


def run_checks(profiles: list[Profile], rules: list[Rule], as_of: date, groups: list[list[str]] = (),
               options: Optional[Options] = None, single_file: Optional[list[list[Finding]]] = None) -> Result:
    """Every check on ``profiles``; ``single_file`` holds the findings of the one-version
    checks when they were already run (file by file, see ``analyse_files``)."""
    ctx = Context(as_of=as_of, tables=_tables(options))
    result = Result(profiles=profiles)
    result.groups = group_profiles(profiles, as_of, list(groups) + list(options.groups if options else []),
                                   options.edited if options else frozenset())
    for group in result.groups:
        names = owner_names(group) + list(options.owners if options else [])
        for profile in group.profiles:
            mark_self_authors(profile, names)
    ctx.rules = rules
    if single_file is None:
        single_file = [single_file_findings(profile, rules, ctx) for profile in profiles]
    result.findings = [finding for findings in single_file for finding in findings]
    for rule in rules:  # the checks of groups of versions
        check = CHECKS[rule.check]
        if check.scope == "group":
            for group in result.groups:
                if len(group.profiles) > 1:
                    result.findings += [_finding(rule, hit) for hit in check.func(group, rule.params, ctx)]
    # then the filters: what the suppression comments silence, and the comments that silenced nothing
    result.findings, unused = suppress(result.findings, result.profiles, rules)
    result.findings += [_finding(rule, hit) for rule in rules if rule.check == "suppression-unused" for hit in unused]
    if options and options.per_file_ignores:
        result.findings = [f for f in result.findings if not _ignored(f, rules, options)]
    result.findings = once_per_person(result.findings, result.groups, rules)
    result.findings.sort(key=Finding.sort_key)
    return result


def once_per_person(findings: list[Finding], groups: list[Group], rules: list[Rule]) -> list[Finding]:
    """For a rule marked ``once-per-person``: the findings with one message in several versions
    of one person (a stale claim each version repeats) become the newest version's findings,
    each naming the older versions' lines where the same was found."""
    codes = {rule.code for rule in rules if rule.once_per_person}
    if not codes:
        return findings
    from collections import defaultdict

    rank = {p.source.path: (k, i) for k, group in enumerate(groups) if len(group.profiles) > 1
            for i, p in enumerate(group.profiles)}
    alike: dict[tuple, list[Finding]] = defaultdict(list)  # (code, person, message) -> findings
    for finding in findings:
        if finding.code in codes and finding.span.path in rank:
            alike[(finding.code, rank[finding.span.path][0], finding.message)].append(finding)
    dropped: set[int] = set()
    merged: dict[int, Finding] = {}
    for same in alike.values():
        newest = max(rank[f.span.path][1] for f in same)
        kept = [f for f in same if rank[f.span.path][1] == newest]
        older = sorted((f for f in same if rank[f.span.path][1] < newest), key=lambda f: (-rank[f.span.path][1], f.span.line))
        if not older:
            continue
        for k, finding in enumerate(kept):
            also = [Related(f.span, f"{f.span.path} says the same") for f in older[k::len(kept)]]
            merged[id(finding)] = replace(finding, related=list(finding.related) + also)
        dropped.update(id(f) for f in older)
    return [merged.get(id(f), f) for f in findings if id(f) not in dropped]


def _finding(rule: Rule, hit) -> Finding:
    return Finding(code=rule.code, name=rule.name, category=rule.category, severity=rule.severity,
                   message=rule.format_message(hit.params), span=hit.span, related=hit.related,
                   fix=hit.fix, sensitive=hit.sensitive)


def check_versions(profiles: list[Profile], rules: list[Rule], as_of: date, options: Optional[Options] = None) -> list[Finding]:
    """The cross-version rules on versions whose order is known (oldest first), such as one
    file at two commits: no guessing who they belong to or which is newer."""
    from .group import Group, align

    group = Group(list(profiles))
    group.clusters = align(group.profiles)
    names = owner_names(group) + list(options.owners if options else [])
    for profile in group.profiles:
        mark_self_authors(profile, names)
    ctx = Context(as_of=as_of, tables=_tables(options), rules=rules)
    findings = []
    for rule in rules:
        check = CHECKS[rule.check]
        if check.scope != "group":
            continue
        findings += [_finding(rule, hit) for hit in check.func(group, rule.params, ctx)]
    return findings


def _ignored(finding: Finding, rules: list[Rule], options: Options) -> bool:
    from .registry import rule_matches

    rule = next(r for r in rules if r.code == finding.code)
    return any(_matches(finding.span.path, [glob], options.root) and any(rule_matches(rule, k) for k in keys)
               for glob, keys in options.per_file_ignores.items())


def check_paths(paths: list[str], rules: list[Rule], as_of: date, groups: list[list[str]] = (),
                options: Optional[Options] = None) -> Result:
    files = discover_files(paths, options)
    analysed = analyse_files(files, rules, as_of, options)
    named = _named(paths, groups, options)
    kept, skipped = [], []
    for path, (profile, findings) in zip(files, analysed):
        if os.path.abspath(path) in named:
            signs = None
        elif not profile.lines:  # unreadable: reported, but a PDF with no text (a scanned certificate) named as no CV
            signs = None if not _textless(profile) or named_as_cv(path) else [Against("no text to read, and not named as a CV")]
        else:
            signs = cv_signs(profile)
        if signs is None or looks_like_cv(signs):
            kept.append((path, profile, findings))
        else:
            skipped.append((path, signs))
    result = run_checks([profile for _, profile, _ in kept], rules, as_of, groups, options,
                        single_file=[findings for _, _, findings in kept])
    result.files = [path for path, _, _ in kept]
    result.skipped = skipped
    return result


def _textless(profile: Profile) -> bool:
    """A file read whole but with no text in it (a PDF of scanned pages)."""
    return any(problem.kind == "unreadable" and "no text layer" in problem.message for problem in profile.problems)


def _named(paths: list[str], groups: list[list[str]], options: Optional[Options]) -> set[str]:
    """The files a user named (absolute paths): always checked, CV-like or not. A folder's
    files are checked only if they look like a CV (unreadable ones are reported whatever they are)."""
    named = {os.path.abspath(p) for p in paths if not os.path.isdir(p)}
    named.update(os.path.abspath(p) for group in (*groups, *(options.groups if options else ())) for p in group)
    if options:
        named.update(options.edited)
    return named
