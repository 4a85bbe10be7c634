"""The HTML report: one self-contained page (no request leaves it: its Content-Security-Policy
allows nothing but itself), made from ``cvlint/templates/report.html`` by Jinja2 with every
value escaped. For each person with several versions, the claims table of ``cvlint compare``
and a timeline of the versions; then every finding with the source line it is about, and the
lines of the other versions it names, side by side — personal data masked as in every output."""

from __future__ import annotations

import os

from .. import __version__
from ..finding import SEVERITIES, shown, source_lines
from .common import redact, sensitive_spans, summary


def _quotes(finding, sources: dict, sensitive: dict) -> list[dict]:
    """The finding's own line, then the line of each version it relates it to."""
    out = []
    for span, note in [(finding.span, "")] + [(r.span, r.message) for r in finding.related]:
        lines = sources.get(span.path, [])
        if 0 < span.line <= len(lines):
            text = redact(lines[span.line - 1], sensitive.get((span.path, span.line), [])).strip()
            out.append({"path": shown(span.path), "line": span.line, "note": shown(note), "text": shown(text)})
    return out


def findings_view(result, findings=None) -> list[dict]:
    findings = result.findings if findings is None else findings
    sources, sensitive = source_lines(result), sensitive_spans(result.findings)
    return [{"severity": f.severity, "code": f.code, "name": f.name, "category": f.category, "message": shown(f.message),
             "quotes": _quotes(f, sources, sensitive)} for f in findings]


def people_view(people) -> list[dict]:
    from .comparison import cell_lines

    return [{"name": shown(person.name),
             "versions": [{"path": shown(v.path), "written": v.written} for v in person.versions],
             "rows": [{"section": row.section, "title": shown(row.title), "change": row.change,
                       "cells": [None if cell is None else cell_lines(cell) for cell in row.cells]} for row in person.rows]}
            for person in people]


def page(title: str, people, result, as_of: str = "", findings=None) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    findings = result.findings if findings is None else findings
    environment = Environment(loader=FileSystemLoader(os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")),
                              autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    counts = summary(findings)
    said = ", ".join(f"{n} {severity}{'s' if n != 1 else ''}" for severity, n in counts.items() if n) or "no findings"
    return environment.get_template("report.html").render(
        title=title, version=__version__, as_of=as_of or "today", summary=f"{len(result.files)} files, {said}",
        people=people_view(people), findings=findings_view(result, findings),
        severities=[s for s in reversed(SEVERITIES) if counts.get(s)],
        categories=sorted({f.category for f in findings}))


def render(result, stream) -> None:
    """``cvlint check --format html``: the findings, and the claims table of every person with
    several versions among the files."""
    from ..compare import compare

    stream.write(page("cvlint report", compare(result.groups, result.findings), result))
