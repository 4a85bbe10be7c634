"""Command line: the ``cvlint`` group and ``check`` (the other commands: ``commands.py``).

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
from .cli_support import core_count, date_option, is_inside, load_settings, run_options, selected_rules, split_values, wants_color, write_report


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


class Commands(click.Group):
    """``check`` defined here; the other commands in ``commands.py``, imported only when one of
    them is run or listed (click's lazily loaded subcommands)."""

    LAZY = {"compare": "compare", "explain": "explain", "history": "history_command", "parse": "parse",
            "rules": "list_rules", "schema": "schema"}

    def list_commands(self, ctx) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.LAZY])

    def get_command(self, ctx, name: str):
        if name in self.LAZY:
            from . import commands

            return getattr(commands, self.LAZY[name])
        return super().get_command(ctx, name)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
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

    config, rules = load_settings(config_path, no_config, extra_rules)
    rules = selected_rules(rules, config, split_values(select), split_values(ignore), split_values(extend_select) + (("publication-missing",) if bib_complete else ()))
    for path in paths:
        if path != "-" and not os.path.exists(path):
            click.echo(f"cvlint: warning: {path}: no such file or folder", err=True)
    explicit = [list(split_values((g,))) for g in groups]
    root = config.root
    options = run_options(config, follow_links=follow_links, jobs=jobs or core_count(), stdin=_stdin(paths, stdin_filename),
                       edited=frozenset(os.path.abspath(p) for p in paths) if changed else frozenset())
    when = date_option(as_of) if as_of else (config.as_of or date.today())
    fail_on = fail_on or config.fail_on or "error"
    fmt = fmt or config.format
    targets = list(paths) or ["."]
    if changed:
        targets = [os.path.relpath(root)] + [p for p in paths if not is_inside(p, root)]
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
        write_report(output, fmt, result, rules)
    else:
        out = sys.stdout
        use_color = color == "always" or (color == "auto" and wants_color(out))
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
