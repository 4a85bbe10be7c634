"""A baseline: today's findings recorded in a file, so a repo can adopt cvlint and fail only
on new problems. Entries are keyed by file, rule and a fingerprint of the text the finding is
about (not its line), so editing elsewhere in the file does not bring them back."""

from __future__ import annotations

import json
from collections import Counter

from ..finding import fingerprints, relative_path

FORMAT_VERSION = 1


class BaselineError(Exception):
    pass


def _keys(result) -> list[tuple[str, str, str]]:
    return [(relative_path(f.span.path), f.code, fp) for f, fp in zip(result.findings, fingerprints(result))]


def save(path: str, result) -> int:
    entries = [{"path": p, "code": code, "fingerprint": fp, "message": f.message}
               for (p, code, fp), f in zip(_keys(result), result.findings)]
    data = {"tool": "cvlint", "version": FORMAT_VERSION, "entries": entries}
    from ..output import write_atomically

    def write(handle) -> None:
        json.dump(data, handle, indent=2, ensure_ascii=False)
        handle.write("\n")

    write_atomically(path, write, prefix=".cvlint-baseline-")
    return len(entries)


def load(path: str) -> Counter:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file (create it with --update-baseline)") from None
    except (OSError, ValueError, RecursionError) as error:
        raise BaselineError(f"{path}: not a cvlint baseline: {str(error)[:200] or type(error).__name__}") from None
    if not isinstance(data, dict) or data.get("tool") != "cvlint" or not isinstance(data.get("entries"), list):
        raise BaselineError(f"{path}: not a cvlint baseline (no 'tool': 'cvlint' and 'entries')")
    try:
        return Counter((e["path"], e["code"], e["fingerprint"]) for e in data["entries"])
    except (KeyError, TypeError):
        raise BaselineError(f"{path}: an entry lacks path, code or fingerprint") from None


def apply(result, known: Counter) -> tuple[int, list[tuple[str, str, str]]]:
    """Drop the findings the baseline knows; return how many, and the entries that match
    nothing any more (fixed problems: the baseline can be updated)."""
    remaining = Counter(known)
    kept, dropped = [], 0
    for key, finding in zip(_keys(result), result.findings):
        if remaining[key] > 0:
            remaining[key] -= 1
            dropped += 1
        else:
            kept.append(finding)
    result.findings = kept
    stale = sorted(key for key, count in remaining.items() for _ in range(count))
    return dropped, stale
