"""SARIF 2.1.0, for GitHub code scanning and other viewers: every rule with its short and
full description and help, every finding with a repo-relative location, its related
locations in other versions, and a fingerprint that survives edits elsewhere in the file."""

from __future__ import annotations

import json
import os

from ..finding import fingerprints, relative_path, shown
from .. import __version__

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _region(span) -> dict:
    return {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line,
            "endColumn": max(span.end_column, span.column + 1 if span.end_line == span.line else 1)}


def _location(span, message: str = "") -> dict:
    location = {"physicalLocation": {"artifactLocation": {"uri": _uri(span.path), "uriBaseId": "%SRCROOT%"},
                                     "region": _region(span)}}
    if message:
        location["message"] = {"text": shown(message)}
    return location


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(relative_path(path), safe="/")


def _help(rule) -> tuple[str, str]:
    docs = rule.docs
    text = "\n\n".join(p for p in (docs.get("what", ""), docs.get("why", "")) if p)
    markdown = text
    if docs.get("bad"):
        markdown += "\n\nBad:\n\n```\n" + docs["bad"] + "\n```"
    if docs.get("good"):
        markdown += "\n\nGood:\n\n```\n" + docs["good"] + "\n```"
    return text or rule.summary, markdown or rule.summary


def render(result, stream, rules) -> None:
    index = {rule.code: n for n, rule in enumerate(rules)}
    descriptors = []
    for rule in rules:
        text, markdown = _help(rule)
        descriptors.append({
            "id": rule.code, "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.docs.get("what") or rule.summary},
            "help": {"text": text, "markdown": markdown},
            **({"helpUri": rule.docs_url} if rule.docs_url else {}),
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": {"category": rule.category, "tags": [rule.category]},
        })
    results = []
    for finding, fingerprint in zip(result.findings, fingerprints(result)):
        entry = {
            "ruleId": finding.code, "level": LEVELS[finding.severity],
            "message": {"text": shown(finding.message)},
            "locations": [_location(finding.span)],
            "partialFingerprints": {"cvlintFingerprint/v1": fingerprint},
        }
        if finding.code in index:
            entry["ruleIndex"] = index[finding.code]
        if finding.related:
            entry["relatedLocations"] = [dict(_location(r.span, r.message), id=n) for n, r in enumerate(finding.related)]
        if finding.fix and not finding.sensitive:
            entry["fixes"] = [{"description": {"text": f"Replace with {finding.fix.replacement!r}"},
                               "artifactChanges": [{"artifactLocation": {"uri": _uri(finding.span.path), "uriBaseId": "%SRCROOT%"},
                                                    "replacements": [{"deletedRegion": _region(finding.fix.span),
                                                                      "insertedContent": {"text": finding.fix.replacement}}]}]}]
        results.append(entry)
    root = os.path.abspath(os.curdir).replace(os.sep, "/").rstrip("/") + "/"
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "cvlint", "version": __version__, "semanticVersion": __version__,
                                "rules": descriptors}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": "file://" + ("" if root.startswith("/") else "/") + root}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    json.dump(log, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
