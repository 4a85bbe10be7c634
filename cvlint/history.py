"""The history of one CV file in git: every revision that changed it, read with two git
processes in all (``git log --follow`` for the revisions, ``git cat-file --batch`` for their
contents), and the cross-version rules run between each revision and the one before it, so
each change is reported at the commit that made it."""

from __future__ import annotations

import os
from typing import Optional

from .git import GitError, blobs, git, is_commit, is_shallow, repository_of
from .model import record


@record
class Revision:
    """One commit that changed the file, and the file's content there."""

    sha: str
    date: str  # ISO 8601, the author date
    subject: str
    path: str  # the file's path in that commit (it may have been renamed since)
    blob: str = ""
    data: Optional[bytes] = None


@record
class Event:
    """A change the cross-version rules saw between two consecutive revisions."""

    revision: Revision  # the commit that made the change
    previous: Revision  # the revision before it
    finding: object
    before: str = ""  # the text at the change, before and after
    after: str = ""


def _text_at(profile, span) -> str:
    from .finding import text_at

    return text_at([line.value for line in profile.lines], span)


def revisions(path: str, since: Optional[str] = None, max_count: Optional[int] = None) -> tuple[str, list[Revision]]:
    """The revisions that changed ``path`` (renames followed), oldest first, with contents."""
    root = repository_of(path)
    relative = os.path.relpath(os.path.abspath(path), root)
    args = ["log", "--follow", "-z", "--name-only", "--format=%x1e%H%x1f%aI%x1f%s"]
    if max_count:
        args.append(f"--max-count={max_count}")
    if since:
        # a revision, else a date ("2024-01-01", "2 years ago")
        args.append(f"{since}..HEAD" if is_commit(root, since) else f"--since={since}")
    out = git(args + ["--", relative], root).decode("utf-8", "replace")
    found: list[Revision] = []
    for record_text in out.split("\x1e")[1:]:
        header, _, names = record_text.partition("\0")
        sha, date, subject = (header.split("\x1f") + ["", ""])[:3]
        name = names.strip("\n\0").split("\0")[0] if names.strip("\n\0") else relative
        found.append(Revision(sha, date, subject, name))
    found.reverse()
    _contents(root, found)
    return root, [r for r in found if r.data is not None]


def _contents(root: str, revs: list[Revision]) -> None:
    """Every revision's content (None where the commit deleted the file)."""
    for revision, blob in zip(revs, blobs(root, [(r.sha, r.path) for r in revs])):
        if blob is not None:
            revision.blob, revision.data = blob


def history(path: str, rules, as_of, since=None, max_count=None, options=None) -> tuple[list[Event], list[str]]:
    """Each change the cross-version rules see between consecutive revisions; and notes
    (what could not be seen)."""
    from .engine import check_versions
    from .extract import extract
    from .readers import read_revision
    from .tables import load_tables

    root, revs = revisions(path, since, max_count)
    notes = []
    if is_shallow(root):
        notes.append("this is a shallow clone: revisions before its oldest commit are not seen (git fetch --unshallow)")
    if not revs:
        raise GitError(f"{path}: no committed revision in git")
    tables = load_tables()
    group_rules = [r for r in rules if _scope(r) == "group"]
    events: list[Event] = []
    previous = None
    for revision in revs:
        profile = extract(read_revision(revision.path, revision.sha[:7], revision.data), tables)
        # the cross-version rules look only at entries and emails: a commit that changed
        # neither (a typo in a summary, a "last updated" line) cannot change what they say
        if previous is not None and revision.blob != previous[0].blob and _claims(profile) != _claims(previous[1]):
            for finding in check_versions([previous[1], profile], group_rules, as_of, options):
                before = _text_at(previous[1], finding.related[0].span) if finding.related else ""
                after = "" if finding.sensitive else _text_at(profile, finding.span)
                events.append(Event(revision, previous[0], finding, before, after))
        previous = (revision, profile)
    notes.insert(0, f"{len(revs)} revision{'s' if len(revs) != 1 else ''} of {os.path.relpath(os.path.abspath(path))}")
    return events, notes


def _claims(profile) -> tuple:
    """What the cross-version rules read of a version: its entries and its emails."""
    return (tuple((e.section, e.title.value, e.dates.text if e.dates else "", tuple(c.text for c in e.claims),
                   tuple((a.name, a.is_self, a.equal_contribution) for a in e.authors)) for e in profile.entries),
            tuple(e.value for e in profile.person.emails), tuple(n.value for n in profile.person.names))


def _scope(rule) -> str:
    from .checks import CHECKS

    return CHECKS[rule.check].scope
