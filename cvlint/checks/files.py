from __future__ import annotations

from . import check
from ..finding import Hit


@check("read-problem", kinds=[])
def read_problem(profile, params, ctx):
    """The file could not be read, or only in part (binary, too large, wrong encoding)."""
    for problem in profile.problems:
        if problem.kind in params["kinds"]:
            yield Hit(problem.span, {"problem": problem.message, "kind": problem.kind})
