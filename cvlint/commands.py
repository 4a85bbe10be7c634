"""The commands besides ``check`` (history, rules, explain, parse, compare, schema), loaded
only when one of them is run (``cli.Commands``): defining their options cost every ``check``
run ~1 ms."""

from __future__ import annotations

import os
import sys
from datetime import date

import click

from .cli_support import core_count, date_option, load_settings, run_options, selected_rules, split_values, wants_color
from .finding import SEVERITIES, severity_rank


@click.command("history")
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

    config, rules = load_settings(config_path, no_config, ())
    rules = selected_rules(rules, config, split_values(select), split_values(ignore), ())
    when = date_option(as_of) if as_of else (config.as_of or date.today())
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


@click.command("rules")
@click.option("--rules", "extra_rules", multiple=True, type=click.Path(file_okay=False), help="Also list rules from this folder.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="markdown: every rule's documentation, as docs/rules.md holds it.")
def list_rules(extra_rules, fmt) -> None:
    """List the rule catalogue."""
    _, rules = load_settings(None, False, extra_rules)  # with the project's extend-rules
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


@click.command()
@click.argument("rule")
@click.option("--rules", "extra_rules", multiple=True, type=click.Path(file_okay=False))
def explain(rule, extra_rules) -> None:
    """Show a rule's documentation, by code (CV101) or name (date-range-inverted)."""
    from .registry import find_rule

    _, rules = load_settings(None, False, extra_rules)
    found = find_rule(rules, rule)
    if not found:
        import difflib

        close = difflib.get_close_matches(rule.lower(), [r.name for r in rules] + [r.code.lower() for r in rules], n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise click.UsageError(f"no rule {rule!r}{hint} (see `cvlint rules`)")
    click.echo(rule_doc(found))


@click.command()
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


@click.command()
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

    config, rules = load_settings(config_path, no_config, ())
    rules = selected_rules(rules, config, (), (), ())
    options = run_options(config, jobs=core_count())
    when = date_option(as_of) if as_of else (config.as_of or date.today())
    result = check_paths(list(paths) or ["."], rules, when, [list(split_values((g,))) for g in groups], options)
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
        color = not output and wants_color(out)
        comparison.render_text(people, stream, width or shutil.get_terminal_size((80, 24)).columns, color)
    if output:
        try:
            write_atomically(output, lambda target: target.write(stream.getvalue()))
        except OutputError as error:
            raise click.UsageError(str(error)) from None
    else:
        click.echo(stream.getvalue(), nl=False)


@click.command()
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
