"""Checks that rules of several categories use: a file that could be read only in part or not at all (content: unreadable, empty; encoding: not UTF-8)."""

from __future__ import annotations

from ..finding import Hit
from .base import check


@check("read-problem", kinds=[])
def read_problem(profile, params, ctx):
    """The file could not be read, or only in part (binary, too large, wrong encoding)."""
    for problem in profile.problems:
        if problem.kind in params["kinds"]:
            yield Hit(problem.span, {"problem": problem.message, "kind": problem.kind})
