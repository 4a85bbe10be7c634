from __future__ import annotations

import json
from dataclasses import asdict

from ..finding import shown
from .common import summary
from .. import __version__


def finding_dict(finding) -> dict:
    span = finding.span
    out = {
        "code": finding.code,
        "name": finding.name,
        "category": finding.category,
        "severity": finding.severity,
        "message": shown(finding.message),
        "path": shown(span.path),
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "related": [{"path": shown(r.span.path), "line": r.span.line, "column": r.span.column, "message": shown(r.message),
                     **({"page": r.span.page} if r.span.page else {})}
                    for r in finding.related],
    }
    if span.page:
        out["page"] = span.page  # a PDF: lines count through the document, this is the page they are on
    if finding.fix and not finding.sensitive:
        out["fix"] = {"replacement": finding.fix.replacement, **{k: v for k, v in asdict(finding.fix.span).items() if k not in ("path", "page")}}
    return out


def render(result, stream) -> None:
    json.dump({"version": __version__, "files": len(result.files),
               "findings": [finding_dict(f) for f in result.findings],
               "summary": summary(result.findings)}, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
