"""``cvlint check --against REV``, for CI on pull requests: the working tree's CVs are
checked, compared with their own versions at REV (the base branch), and only what is new
since REV is reported: a finding REV already had is not, a change REV did not have is."""

from __future__ import annotations

import os
from collections import Counter

from .git import GitError, blobs, is_commit, repository_of


def versions_at(rev: str, paths: list[str]) -> dict[str, bytes]:
    """The content at ``rev`` of each file that existed there (a file new since has none)."""
    if not paths:
        return {}
    root = repository_of(paths[0])
    if not is_commit(root, rev):
        raise GitError(f"{rev!r} is not a commit in {root} (in a shallow clone, fetch it first: git fetch --depth=1 origin {rev})")
    relative = [os.path.relpath(os.path.abspath(p), root).replace(os.sep, "/") for p in paths]
    return {path: blob[1] for path, blob in zip(paths, blobs(root, [(rev, r) for r in relative])) if blob is not None}


def new_since(result, rev: str, rules, as_of, options=None) -> list:
    """The findings of ``result`` that ``rev`` did not have, and the changes since ``rev``."""
    from .engine import check_versions, run_checks
    from .extract import extract
    from .readers import read_revision
    from .finding import fingerprints, relative_path
    from .tables import load_tables

    tables = load_tables()
    old_data = versions_at(rev, [p.source.path for p in result.profiles])
    old = {path: extract(read_revision(path, rev, data), tables) for path, data in old_data.items()}
    before = run_checks(list(old.values()), rules, as_of, [], options)
    rename = {f"{path}@{rev}": path for path in old}
    known = Counter((relative_path(rename.get(f.span.path, f.span.path)), f.code, fp)
                    for f, fp in zip(before.findings, fingerprints(before, rename)))
    fresh = []
    for finding, fp in zip(result.findings, fingerprints(result)):
        key = (relative_path(finding.span.path), finding.code, fp)
        if known[key] > 0:
            known[key] -= 1
        else:
            fresh.append(finding)
    for profile in result.profiles:
        if profile.source.path in old:
            fresh += check_versions([old[profile.source.path], profile], rules, as_of, options)
    fresh.sort(key=lambda f: f.sort_key())
    return fresh
