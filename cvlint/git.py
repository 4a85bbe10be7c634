"""What cvlint asks of git, in one place: a git command's output, a file's repository, whether a
clone is shallow, and the contents of many files at given revisions from one
``git cat-file --batch``. Used by ``cvlint history`` and ``check --against``."""

from __future__ import annotations

import os
import subprocess
from typing import Optional


class GitError(Exception):
    """git is missing, or a git command failed; the message is git's own last line."""


def git(args: list[str], cwd: str, stdin: Optional[bytes] = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip().splitlines()[-1] if done.stderr.strip() else f"git {args[0]} failed")
    return done.stdout


def repository_of(path: str) -> str:
    """The top folder of the repository ``path`` is in."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        raise GitError(f"{path}: no such folder")
    return git(["rev-parse", "--show-toplevel"], folder).decode().strip()


def is_shallow(root: str) -> bool:
    return git(["rev-parse", "--is-shallow-repository"], root).decode().strip() == "true"


def is_commit(root: str, rev: str) -> bool:
    try:
        git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
    except GitError:
        return False
    return True


def blobs(root: str, wanted: list[tuple[str, str]]) -> list[Optional[tuple[str, bytes]]]:
    """For each (revision, path in the repository): the blob's id and content there, or None
    where the file does not exist at that revision; all from one ``git cat-file --batch``."""
    if not wanted:
        return []
    out = git(["cat-file", "--batch"], root, stdin="".join(f"{rev}:{path}\n" for rev, path in wanted).encode())
    found: list[Optional[tuple[str, bytes]]] = []
    position = 0
    for _ in wanted:
        end = out.index(b"\n", position)
        header = out[position:end].split()
        position = end + 1
        if len(header) == 2 and header[1] == b"missing":
            found.append(None)
            continue
        size = int(header[2])
        found.append((header[0].decode(), out[position:position + size]))
        position += size + 1
    return found
