"""Inline suppression comments (``cvlint: disable-line``, ``disable-next-line``,
``disable-file``), applied once every check has run, as ruff applies ``noqa``: the findings a
comment silences are dropped, and a comment that silenced nothing is itself reported (the
``suppression-unused`` check) — left behind after a fix, or naming the wrong rule, it would hide
the next real problem on that line."""

from __future__ import annotations

from ..finding import Finding, Hit
from ..registry import Rule, rule_matches


def suppress(findings: list[Finding], profiles, rules: list[Rule]) -> tuple[list[Finding], list[Hit]]:
    """The findings no comment silences, and a Hit for each comment that silenced none. A comment
    is judged unused only when every rule it names was run (``--select`` may have left them out)."""
    by_path = {p.source.path: p.suppressions for p in profiles if p.suppressions}
    if not by_path:
        return findings, []
    by_code = {r.code: r for r in rules}
    kept, used = [], set()
    for finding in findings:
        line = finding.span.line
        silencing = next((s for s in by_path.get(finding.span.path, ())
                          if (s.scope == "file" or (s.scope == "line" and s.span.line == line)
                              or (s.scope == "next-line" and s.span.line + 1 == line))
                          and (not s.rules or any(rule_matches(by_code[finding.code], k) for k in s.rules))), None)
        if silencing is None:
            kept.append(finding)
        else:
            used.add(id(silencing))
    unused = []
    for profile in profiles:
        for suppression in profile.suppressions:
            if id(suppression) in used:
                continue
            if suppression.rules and not all(any(rule_matches(r, key) for r in rules) for key in suppression.rules):
                continue
            what = ", ".join(suppression.rules) or "all rules"
            unused.append(Hit(suppression.span, {"rules": what, "scope": suppression.scope.replace("-", " ")}))
    return kept, unused
