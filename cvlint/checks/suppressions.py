"""Suppression comments that silence nothing: left behind after a fix, or naming the wrong
rule; either way they would hide the next real problem on that line."""

from __future__ import annotations

from . import check
from ..finding import Hit


@check("suppression-unused", scope="suppressions")
def suppression_unused(profile, params, ctx):
    """A ``cvlint: disable-…`` comment that silenced no finding in this run. Judged only when
    every rule it names was run (``--select`` may have left them out)."""
    from ..registry import rule_matches

    for suppression in profile.suppressions:
        if id(suppression) in ctx.used_suppressions:
            continue
        if suppression.rules and not all(any(rule_matches(r, key) for r in ctx.rules) for key in suppression.rules):
            continue
        what = ", ".join(suppression.rules) or "all rules"
        yield Hit(suppression.span, {"rules": what, "scope": suppression.scope.replace("-", " ")})
