"""``--fix``, ``--unsafe-fixes`` and ``--diff``, as ruff has them.

A finding of a rule that declares ``fix = "safe"`` (mojibake: the file's own text, encoded twice)
or ``fix = "unsafe"`` (an e-mail domain typo: the typo may be the real address) carries its
repair. Fixes are applied only to text files (never a PDF), only where the line still reads as it
did when it was checked (a file edited since is left alone), in the file's own encoding and line
endings; the file is replaced whole, keeping its permissions."""

from __future__ import annotations

import difflib
import os
import stat
from collections import defaultdict

from .output import write_atomically


def fixable(result, rules, unsafe: bool) -> dict[str, list]:
    """path -> the findings to fix in it, by the rules' declared safety."""
    allowed = {r.code for r in rules if r.fix == "safe" or (unsafe and r.fix == "unsafe")}
    formats = {p.source.path: p.source.format for p in result.profiles}
    by_path = defaultdict(list)
    for finding in result.findings:
        span = finding.fix.span if finding.fix else None
        if finding.code in allowed and span and span.line == span.end_line and formats.get(span.path) not in (None, "pdf"):
            by_path[span.path].append(finding)
    return by_path


def _fixed_text(text: str, checked: list[str], findings: list) -> tuple[str, list]:
    """``text`` with the findings' fixes applied, and the findings fixed. A fix is skipped when
    its line differs from the line that was checked, or when it overlaps one already taken."""
    lines = text.split("\n")
    applied, taken = [], defaultdict(list)
    for finding in sorted(findings, key=lambda f: (f.fix.span.line, -f.fix.span.column)):
        span = finding.fix.span
        index, start, end = span.line - 1, span.column - 1, span.end_column - 1
        if not (0 <= index < len(lines) and index < len(checked) and lines[index] == checked[index]):
            continue  # the file changed since it was read
        if any(start < e and s < end for s, e in taken[index]):
            continue
        taken[index].append((start, end))
        applied.append((index, start, end, finding))
    for index, start, end, finding in sorted(applied, key=lambda a: (a[0], -a[1])):  # right to left on a line
        lines[index] = lines[index][:start] + finding.fix.replacement + lines[index][end:]
    return "\n".join(lines), [a[3] for a in applied]


def _line_ending(text: str):
    """The file's one line ending (\\n where it has none), or None when it mixes them."""
    crlf = text.count("\r\n")
    found = [ending for ending, n in (("\r\n", crlf), ("\r", text.count("\r") - crlf), ("\n", text.count("\n") - crlf)) if n]
    return None if len(found) > 1 else (found[0] if found else "\n")


def apply(result, rules, unsafe: bool, write: bool) -> tuple[list, list[str]]:
    """Fix the files (``write``) or only say how (``--diff``): the findings fixed, and a unified
    diff a file."""
    checked = {p.source.path: [line.value for line in p.lines] for p in result.profiles}
    encodings = {p.source.path: p.source.encoding for p in result.profiles}
    fixed, diffs = [], []
    for path, findings in sorted(fixable(result, rules, unsafe).items()):
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            text = data.decode(encodings[path])
        except (OSError, UnicodeDecodeError, LookupError):
            continue  # unreadable now, or no longer in its encoding: left as it is
        bom = text.startswith("\ufeff") and encodings[path] != "utf-8-sig"
        body = text[1:] if bom else text
        newline = _line_ending(body)
        if newline is None:
            continue  # mixed line endings: rewriting the file would change lines no fix is about
        new, done = _fixed_text(body.replace(newline, "\n"), checked[path], findings)
        if not done:
            continue
        new = new.replace("\n", newline)
        fixed += done
        diffs.append("".join(difflib.unified_diff(body.splitlines(keepends=True), new.splitlines(keepends=True),
                                                  fromfile=path, tofile=path)))
        if write:
            data = (("\ufeff" if bom else "") + new).encode(encodings[path])
            write_atomically(path, lambda stream: stream.write(data), prefix=".cvlint-fix-",
                             mode=stat.S_IMODE(os.stat(path).st_mode), binary=True)
    return fixed, diffs
