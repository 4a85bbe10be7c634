"""Command line: check, rules, explain, parse, schema.

Exit codes: 0 no findings at or above the failing severity, 1 findings, 2 usage or
internal error."""

from __future__ import annotations

import io
import os
import sys
from datetime import date

import click

from .finding import SEVERITIES, severity_rank
from .reporters import FORMATS, render


def _write_report(path: str, fmt: str, result, rules) -> None:
    """The report to a file, whole or not at all (written beside it, then renamed)."""
    from .output import OutputError, write_atomically

    try:
        write_atomically(path, lambda stream: render(fmt, result, stream, rules), prefix=".cvlint-report-")
    except OutputError as error:
        raise click.UsageError(f"cannot write the report: {error}") from None


def _as_of(value: str | None) -> date:
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


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _load_rules(extra: tuple[str, ...]):
    from .registry import RuleError, load_rules

    try:
        return load_rules(extra)
    except RuleError as error:
        raise click.UsageError(str(error)) from None


def _inside(path: str, root: str) -> bool:
    return os.path.abspath(path).startswith(os.path.join(os.path.abspath(root), ""))


def _settings(config_path, no_config: bool, extra_rules):
    """The project's settings and the rule catalogue they extend."""
    from .config import Config, ConfigError, check_config, find_config, load_config

    path = None if no_config else (config_path or find_config())
    try:
        config = load_config(path) if path else Config()
        extra = tuple(extra_rules) + tuple(os.path.join(config.root, d) for d in config.extend_rules)
        rules = _load_rules(extra)
        check_config(config, rules)
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    from .limits import SETTINGS, configure

    configure(**{SETTINGS[key]: value for key, value in config.limits.items()})
    if config.extend_sections:
        from .headings import extend_sections

        extend_sections(config.extend_sections)
    return config, rules


def _selected(rules, config, select, ignore, extend_select):
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


def _cores() -> int:
    """The cores this process may run on (a container's CPU set, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _progress:
    """A progress bar on standard error while files are read, only on a terminal and only when
    the run takes more than a moment (never in a pipe, a CI log or a machine format)."""

    def __init__(self, options, enabled: bool, after_seconds: float = 1.0):
        import time

        self.bar = None
        self.started = time.monotonic()
        self.after = after_seconds
        self.count = 0
        if enabled and sys.stderr.isatty() and not os.environ.get("CI"):
            options.progress = self.advance

    def advance(self, path: str) -> None:
        import time

        self.count += 1
        if self.bar is None and time.monotonic() - self.started > self.after:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(transient=True, console=Console(stderr=True))
            self.bar.start()
            self.task = self.bar.add_task("reading CVs", total=None)
        if self.bar is not None:
            self.bar.update(self.task, completed=self.count, description=f"reading CVs ({self.count})")

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _options(config, **more):
    """What the settings file adds to a run (groups, owners, venues, files, ignores), and ``more``."""
    from .engine import Options

    return Options.from_config(config, **more)


def _stdin(paths, name):
    """The CV on standard input, when ``-`` is among the paths (as editors and pipes give it)."""
    if "-" not in paths:
        if name:
            raise click.UsageError("--stdin-filename is for a CV on standard input: give '-' among the paths")
        return None
    from . import limits

    most = max(limits.current().file_bytes, limits.current().pdf_bytes) + 1  # past it: reported as too large
    return (name or "stdin.md", click.get_binary_stream("stdin").read(most))


def _skipped_note(skipped) -> str:
    """``-v``: the files a folder walk found that do not look like a CV, each with what it showed."""
    lines = [f"cvlint: skipped {len(skipped)} file{'s' if len(skipped) != 1 else ''} found in folders that "
             f"{'do' if len(skipped) != 1 else 'does'} not look like a CV (name a file to check it anyway):"]
    lines += [f"  {path}: {', '.join(signs) if signs else 'no sign of a CV'}" for path, signs in skipped]
    return "\n".join(lines) + "\n"


def _statistics(findings) -> str:
    """``ruff --statistics``: a line a rule, the most frequent first."""
    from collections import Counter

    counts = Counter((f.code, f.name) for f in findings)
    width = len(str(max(counts.values(), default=0)))
    return "".join(f"{n:>{width}}  {code}  {name}\n" for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _use_color(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cvlint-audit")
def cli() -> None:
    """cvlint: check every version of a CV, alone and against each other."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Report format. Default: github when GITHUB_ACTIONS is set, else text.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the report to FILE instead of standard output.")
@click.option("--as-of", "as_of", metavar="DATE", help="Treat DATE as today (for stale and future dates). Default: today.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that makes the exit code 1. Default: error.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (2 still means an error).")
@click.option("--group", "groups", multiple=True, metavar="A,B,...",
              help="These files are versions of one person's CV (repeatable). Others are grouped by guess.")
@click.option("--select", multiple=True, metavar="RULES", help="Only these rules: codes, code prefixes, names or categories.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules: codes, code prefixes, names or categories.")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Add these rules to the selection.")
@click.option("--rules", "extra_rules", multiple=True, type=click.Path(file_okay=False),
              help="A folder of extra rule files (repeatable).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Settings file (default: the nearest cvlint.toml, .cvlint.toml or pyproject.toml [tool.cvlint]).")
@click.option("--no-config", is_flag=True, help="Ignore any settings file.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Do not report findings recorded in this baseline file; say which of its entries are gone.")
@click.option("--update-baseline", is_flag=True, help="Record today's findings in the --baseline file, and exit 0.")
@click.option("--against", "against", metavar="REV",
              help="Compare with the CVs' versions at REV (e.g. the base branch) and report only what is new since.")
@click.option("--changed", is_flag=True,
              help="PATHS are changed files (as pre-commit gives them): compare them with every other CV of the "
                   "project too, and report the findings that concern them.")
@click.option("--bib-complete", is_flag=True,
              help="The owner's .bib lists all their papers: say which of them a CV version with a publications "
                   "section leaves out (the opt-in rule publication-missing).")
@click.option("--stdin-filename", metavar="NAME", default=None,
              help="With '-' among the paths: the name the CV on standard input is checked and reported as "
                   "(its extension says its format; default: stdin.md).")
@click.option("--fix", is_flag=True, help="Apply the safe fixes (a mojibake repair) to the files, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also the unsafe ones (an e-mail domain typo).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff instead of applying them (exit 1 if there are any).")
@click.option("--statistics", is_flag=True,
              help="Print how many findings each rule has, most first, instead of the findings (as ruff does).")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings and nothing else: no summary line, no notes.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also say, on standard error, which files found in folders were skipped as not a CV, and why.")
@click.option("--color", "color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in the text report: on a terminal (auto; NO_COLOR turns it off), always, or never.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes that read and check files (default: the machine's cores; runs of few files "
                   "use fewer, a single file none). The output is the same for any N.")
@click.option("--follow-links", is_flag=True,
              help="When walking a folder, also read files that symbolic links point to outside it (by default "
                   "such a file is reported, not read).")
def check(paths, fmt, output, as_of, fail_on, exit_zero, groups, select, ignore, extend_select, extra_rules,
          config_path, no_config, baseline_path, update_baseline, against, changed, bib_complete, stdin_filename, fix,
          unsafe_fixes, diff, statistics, quiet, verbose, color, jobs, follow_links) -> None:
    """Check CV files (folders are searched for CVs). Default: the current folder."""
    from .engine import check_paths

    config, rules = _settings(config_path, no_config, extra_rules)
    rules = _selected(rules, config, _split(select), _split(ignore), _split(extend_select) + (("publication-missing",) if bib_complete else ()))
    for path in paths:
        if path != "-" and not os.path.exists(path):
            click.echo(f"cvlint: warning: {path}: no such file or folder", err=True)
    explicit = [list(_split((g,))) for g in groups]
    root = config.root
    options = _options(config, follow_links=follow_links, jobs=jobs or _cores(), stdin=_stdin(paths, stdin_filename),
                       edited=frozenset(os.path.abspath(p) for p in paths) if changed else frozenset())
    when = _as_of(as_of) if as_of else (config.as_of or date.today())
    fail_on = fail_on or config.fail_on or "error"
    fmt = fmt or config.format
    targets = list(paths) or ["."]
    if changed:
        targets = [os.path.relpath(root)] + [p for p in paths if not _inside(p, root)]
    with _progress(options, enabled=not quiet and fmt in (None, "text")):
        result = check_paths(targets, rules, when, explicit, options)
    if verbose and result.skipped:
        click.echo(_skipped_note(result.skipped), err=True, nl=False)
    if not result.files and not changed:  # as ruff does: say so, exit 0 (nothing was found wrong)
        click.echo(f"cvlint: warning: no CV files found in {', '.join(targets)}", err=True)
    if changed:
        given = {os.path.abspath(p) for p in paths}
        result.findings = [f for f in result.findings
                           if os.path.abspath(f.span.path) in given or any(os.path.abspath(r.span.path) in given for r in f.related)]

    if against:
        from .against import new_since
        from .git import GitError

        try:
            result.findings = new_since(result, against, rules, when, options)
        except GitError as error:
            raise click.UsageError(f"--against: {error}") from None
    checked = {os.path.realpath(p.source.path) for p in result.profiles}
    for flag, target in (("-o/--output", output), ("--baseline", baseline_path if update_baseline else None)):
        if target and os.path.realpath(target) in checked:
            raise click.UsageError(f"{flag} {target}: that is one of the files being checked; cvlint never writes to them")
    if update_baseline:
        if not baseline_path:
            raise click.UsageError("--update-baseline needs --baseline FILE")
        from .filters.baseline import save

        from .output import OutputError

        try:
            count = save(baseline_path, result)
        except OutputError as error:
            raise click.UsageError(f"cannot write the baseline: {error}") from None
        click.echo(f"cvlint: recorded {count} finding{'s' if count != 1 else ''} in {baseline_path}", err=True)
        sys.exit(0)
    if baseline_path:
        from .filters.baseline import BaselineError, apply, load

        try:
            dropped, stale = apply(result, load(baseline_path))
        except BaselineError as error:
            raise click.UsageError(str(error)) from None
        if dropped and not quiet:
            click.echo(f"cvlint: {dropped} finding{'s' if dropped != 1 else ''} already in {baseline_path} not reported", err=True)
        for path, code, _ in stale:
            click.echo(f"cvlint: {baseline_path}: {code} in {path} is no longer found; --update-baseline to drop it", err=True)
    if fix or diff:
        from . import fixes

        if "-" in paths:
            raise click.UsageError("--fix and --diff rewrite files: not a CV on standard input")
        done, diffs = fixes.apply(result, rules, unsafe_fixes, write=fix and not diff)
        if diff:
            click.echo("".join(diffs), nl=False)
            sys.exit(1 if diffs else 0)
        fixed = {id(finding) for finding in done}
        result.findings = [finding for finding in result.findings if id(finding) not in fixed]
        if done and not quiet:
            click.echo(f"cvlint: fixed {len(done)} problem{'s' if len(done) != 1 else ''} in "
                       f"{len(diffs)} file{'s' if len(diffs) != 1 else ''}", err=True)
    fmt = fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    if statistics:
        click.echo(_statistics(result.findings), nl=False)
    elif output:
        _write_report(output, fmt, result, rules)
    else:
        out = sys.stdout
        use_color = color == "always" or (color == "auto" and _use_color(out))
        if quiet and fmt == "text":
            report = io.StringIO()
            render(fmt, result, report, rules, color=False)
            lines = report.getvalue().splitlines(keepends=True)
            # the findings only: the summary line (and the blank line before it) dropped
            click.echo("".join(lines[:-2] if result.findings else []), nl=False)
        else:
            render(fmt, result, out, rules, color=use_color)
    failing = [f for f in result.findings if severity_rank(f.severity) >= severity_rank(fail_on)]
    sys.exit(0 if exit_zero or not failing else 1)


@cli.command("history")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--since", metavar="REV", help="Only revisions after REV (a commit, tag or branch; or a date).")
@click.option("-n", "--max-count", type=click.IntRange(min=1), metavar="N", help="Only the last N revisions.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--as-of", "as_of", metavar="DATE", help="Treat DATE as today. Default: today.")
@click.option("--select", multiple=True, metavar="RULES", help="Only these rules.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), metavar="FILE", help="Settings file.")
@click.option("--no-config", is_flag=True, help="Ignore any settings file.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None, help="Lowest severity that makes the exit code 1.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
def history_command(path, since, max_count, fmt, as_of, select, ignore, config_path, no_config, fail_on, exit_zero) -> None:
    """How one CV file changed in git: each change the cross-version rules see (a venue, an
    authorship claim, an email), at the commit that made it, with the text before and after."""
    from .engine import Options
    from .git import GitError
    from .history import history

    config, rules = _settings(config_path, no_config, ())
    rules = _selected(rules, config, _split(select), _split(ignore), ())
    when = _as_of(as_of) if as_of else (config.as_of or date.today())
    options = Options.from_config(config)
    try:
        events, notes = history(path, rules, when, since, max_count, options)
    except GitError as error:
        raise click.UsageError(str(error)) from None
    out = sys.stdout
    if fmt == "json":
        import json

        json.dump({"notes": notes, "changes": [{
            "commit": e.revision.sha, "date": e.revision.date, "subject": e.revision.subject, "path": e.revision.path,
            "previous_commit": e.previous.sha, "code": e.finding.code, "name": e.finding.name,
            "severity": e.finding.severity, "message": e.finding.message, "line": e.finding.span.line,
            "before": e.before, "after": e.after} for e in events]}, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for note in notes:
            click.echo(f"cvlint: {note}", err=True)
        for e in events:
            r, f = e.revision, e.finding
            click.echo(f"{r.date[:10]}  {r.sha[:7]}  {r.subject}")
            click.echo(f"  {f.severity}  {f.code} {f.name}  {f.message}")
            if e.before:
                click.echo(f"    before ({e.previous.sha[:7]}): {e.before}")
            if e.after:
                click.echo(f"    after  ({r.sha[:7]}, line {f.span.line}): {e.after}")
        click.echo(f"{len(events)} change{'s' if len(events) != 1 else ''} found.")
    failing = [e for e in events if severity_rank(e.finding.severity) >= severity_rank(fail_on or config.fail_on or "error")]
    sys.exit(0 if exit_zero or not failing else 1)


@cli.command("rules")
@click.option("--rules", "extra_rules", multiple=True, type=click.Path(file_okay=False), help="Also list rules from this folder.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="markdown: every rule's documentation, as docs/rules.md holds it.")
def list_rules(extra_rules, fmt) -> None:
    """List the rule catalogue."""
    _, rules = _settings(None, False, extra_rules)  # with the project's extend-rules
    if fmt == "markdown":
        click.echo(rules_markdown(rules), nl=False)
        return
    if fmt == "json":
        import json

        click.echo(json.dumps([{"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
                                "opt_in": r.opt_in, "fix": r.fix or None, "summary": r.summary} for r in rules], indent=2))
        return
    width = max(len(r.name) for r in rules)
    for r in rules:
        click.echo(f"{r.code}  {r.name:<{width}}  {r.category:<10}  {r.severity:<7}  {'fix' if r.fix else '   '}  {r.summary}")


def rules_markdown(rules) -> str:
    """The catalogue as one Markdown page (docs/rules.md): made from rules/, never edited by hand."""
    out = ["# cvlint rules", "", "Generated from `rules/` by `cvlint rules --format markdown`; a test keeps it current.", "",
           "| code | name | category | severity |", "|---|---|---|---|"]
    out += [f"| [{r.code}](#{r.anchor}) | {r.name} | {r.category} | {r.severity} |" for r in rules]
    for r in rules:
        docs = r.docs
        out += ["", f"## {r.code} {r.name}", "", r.summary, "",
                f"Category: {r.category} · default severity: {r.severity}" + (" · opt-in: runs only when selected" if r.opt_in else "")
                + (f" · fix: {r.fix} (`--fix`{' --unsafe-fixes' if r.fix == 'unsafe' else ''})" if r.fix else "")
                + (" · parameters: " + ", ".join(f"`{k} = {v!r}`" for k, v in r.params.items()) if r.params else "")]
        for title, key in (("What it flags", "what"), ("Why it matters", "why")):
            if docs.get(key):
                out += ["", f"**{title}.** {docs[key]}"]
        for title, key in (("Bad", "bad"), ("Good", "good")):
            if docs.get(key):
                out += ["", f"{title}:", "", "```text", *docs[key].splitlines(), "```"]
    return "\n".join(out) + "\n"


def rule_doc(rule) -> str:
    from .checks import CHECKS

    docs = rule.docs
    parts = [f"{rule.code} {rule.name}", "", rule.summary, "",
             f"Category: {rule.category}    Default severity: {rule.severity}    Check: {rule.check} ({CHECKS[rule.check].where})"
             + ("    Opt-in: runs only when selected by its code or name" if rule.opt_in else "")
             + ({"safe": "    Fix: safe (--fix)", "unsafe": "    Fix: unsafe (--fix --unsafe-fixes)"}.get(rule.fix, ""))]
    if rule.params:
        parts.append("Parameters: " + ", ".join(f"{k} = {v!r}" for k, v in rule.params.items()))
    for title, key in (("What it flags", "what"), ("Why it matters", "why")):
        if docs.get(key):
            parts += ["", f"{title}:", "  " + docs[key]]
    for title, key in (("Bad", "bad"), ("Good", "good")):
        if docs.get(key):
            parts += ["", f"{title}:"] + ["    " + line for line in docs[key].splitlines()]
    parts += ["", f"Documentation: {rule.docs_url}" if rule.docs_url else f"Rule file: {os.path.relpath(rule.path)}"]
    return "\n".join(parts)


@cli.command()
@click.argument("rule")
@click.option("--rules", "extra_rules", multiple=True, type=click.Path(file_okay=False))
def explain(rule, extra_rules) -> None:
    """Show a rule's documentation, by code (CV101) or name (date-range-inverted)."""
    from .registry import find_rule

    _, rules = _settings(None, False, extra_rules)
    found = find_rule(rules, rule)
    if not found:
        import difflib

        close = difflib.get_close_matches(rule.lower(), [r.name for r in rules] + [r.code.lower() for r in rules], n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise click.UsageError(f"no rule {rule!r}{hint} (see `cvlint rules`)")
    click.echo(rule_doc(found))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--explain", is_flag=True, help="Show each line's role and the features that decided it, and the "
              "sections and entries it was grouped into, instead of the profile.")
def parse(paths, explain) -> None:
    """Print the profile cvlint extracts from each file, as JSON."""
    if explain:
        from .extract import analyse, extract
        from .extract.explain import explain as explained
        from .readers import discover, read_paths

        profiles = []
        for document in read_paths(discover(list(paths))):
            click.echo(f"=== {document.path} ({document.format})")
            for problem in document.problems:
                click.echo(f"# {problem.kind}: {problem.message}")
            analysis = analyse(document)
            click.echo(explained(analysis))
            profiles.append(extract(document, analysis=analysis))
        if len(profiles) > 1:  # and how the versions of one person were matched, with the scores
            from datetime import date

            from .extract.explain import explain_versions
            from .group import group_profiles

            click.echo(explain_versions(group_profiles(profiles, date.today())))
        return
    from pydantic import TypeAdapter

    from .engine import load_profiles
    from .model import Profile

    _, profiles = load_profiles(list(paths))
    adapter = TypeAdapter(list[Profile])
    click.echo(adapter.dump_json(profiles, indent=2).decode())


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json", "html"]), default="text", show_default=True,
              help="text: a table that fits the terminal; markdown: to paste into a review; json: see `cvlint schema "
                   "compare`; html: one self-contained page (with -o) that works offline and prints.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the comparison to FILE instead of standard output.")
@click.option("--as-of", "as_of", metavar="DATE", help="Treat DATE as today (for stale and future dates). Default: today.")
@click.option("--group", "groups", multiple=True, metavar="A,B,...",
              help="These files are versions of one person (repeatable); others are grouped as `check` groups them.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), metavar="FILE", help="Read settings from FILE.")
@click.option("--no-config", is_flag=True, help="Ignore any settings file.")
@click.option("--width", type=click.IntRange(min=40), default=None, help="Width of the text table (default: the terminal's).")
def compare(paths, fmt, output, as_of, groups, config_path, no_config, width) -> None:
    """Show one person's versions side by side: every entry, what each version says of it
    (dates, status, venue, authorship), what changed, and the findings about that person.
    Exit 0 unless the command cannot run (2): a comparison is a report, not a gate."""
    import io
    import shutil

    from .compare import compare as compared
    from .engine import check_paths
    from .output import OutputError, write_atomically
    from .reporters import comparison

    config, rules = _settings(config_path, no_config, ())
    rules = _selected(rules, config, (), (), ())
    options = _options(config, jobs=_cores())
    when = _as_of(as_of) if as_of else (config.as_of or date.today())
    result = check_paths(list(paths) or ["."], rules, when, [list(_split((g,))) for g in groups], options)
    people = compared(result.groups, result.findings)
    if output and os.path.realpath(output) in {os.path.realpath(p.source.path) for p in result.profiles}:
        raise click.UsageError(f"-o/--output {output}: that is one of the files being compared; cvlint never writes to them")
    stream = io.StringIO()
    if fmt == "html":
        from .reporters import html

        about = [finding for person in people for finding in person.findings]
        stream.write(html.page("cvlint compare", people, result, when.isoformat(), about))
    elif fmt == "json":
        comparison.render_json(people, stream)
    elif fmt == "markdown":
        comparison.render_markdown(people, stream)
    else:
        out = sys.stdout
        color = not output and _use_color(out)
        comparison.render_text(people, stream, width or shutil.get_terminal_size((80, 24)).columns, color)
    if output:
        try:
            write_atomically(output, lambda target: target.write(stream.getvalue()))
        except OutputError as error:
            raise click.UsageError(str(error)) from None
    else:
        click.echo(stream.getvalue(), nl=False)


@cli.command()
@click.argument("what", type=click.Choice(["profile", "compare"]), default="profile")
def schema(what) -> None:
    """Print a JSON Schema: of the profile (``cvlint parse``) or of ``cvlint compare --format json``."""
    import json

    if what == "compare":
        from .reporters.comparison import json_schema

        click.echo(json.dumps(json_schema(), indent=2))
        return
    from pydantic import TypeAdapter

    from .model import Profile

    click.echo(json.dumps(TypeAdapter(Profile).json_schema(), indent=2))


def main() -> None:
    try:
        cli.main(standalone_mode=False, prog_name="cvlint")  # also when run as "python -m cvlint"
    except click.exceptions.Exit as exit_:
        sys.exit(exit_.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(2)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(2)
    except (BrokenPipeError, KeyboardInterrupt):
        sys.exit(2)
    except Exception as error:  # an internal error: say so plainly, exit 2
        from .registry import RuleError

        if isinstance(error, RuleError):
            click.echo(f"cvlint: error: {error}", err=True)
        else:
            import traceback

            click.echo(f"cvlint: internal error: {type(error).__name__}: {error}", err=True)
            if os.environ.get("CVLINT_DEBUG"):
                traceback.print_exc()
        sys.exit(2)
