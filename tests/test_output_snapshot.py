"""Output is byte-identical across refactoring (issue #14): every command's output on
``samples/`` and on ``../shared/corpus/``, compared with a stored snapshot.

Each file's output is kept as a digest; the corpus holds real people's CVs, so its file names
are kept as digests too (a failure names the files, found again at run time). A change that is meant to change output updates the snapshot on purpose:

    CVLINT_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_output_snapshot.py
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from cvlint.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SNAPSHOT = ROOT / "tests" / "snapshots" / "outputs.json"
AS_OF = ["--as-of", "2026-11-22"]
UPDATE = os.environ.get("CVLINT_UPDATE_SNAPSHOTS") == "1"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _invoke(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def _text_blocks(report: str) -> dict[str, str]:
    """The text report cut into one block a file (a block opens with the file's path, unindented)."""
    blocks: dict[str, list[str]] = defaultdict(list)
    current = ""
    for line in report.splitlines(keepends=True):
        if line.strip() and not line.startswith(" ") and not line.startswith("Found "):
            current = line.rstrip("\n")
        blocks[current].append(line)
    return {path: _digest("".join(lines)) for path, lines in blocks.items()}


def _outputs(folder: str, files: list[str]) -> dict[str, dict[str, str]]:
    text = _invoke(["check", folder, "--no-config", "--format", "text", *AS_OF])
    report = json.loads(_invoke(["check", folder, "--no-config", "--format", "json", *AS_OF]))
    findings: dict[str, list] = defaultdict(list)
    for finding in report["findings"]:
        findings[finding["path"]].append(finding)
    return {
        "check-text": _text_blocks(text),
        "check-json": {path: _digest(json.dumps(items, sort_keys=True)) for path, items in findings.items()}
        | {"summary": _digest(json.dumps(report["summary"], sort_keys=True))},
        "parse": {path: _digest(_invoke(["parse", path])) for path in files},
    }


def _files(folder: Path, base: Path) -> list[str]:
    return sorted(p.relative_to(base).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.name not in ("SOURCES.md", "README.md"))


def _compare(name: str, outputs: dict, hide_names: bool = False) -> None:
    names = {}
    if hide_names:
        names = {_digest(path): path for digests in outputs.values() for path in digests}
        outputs = {command: {_digest(path): value for path, value in digests.items()} for command, digests in outputs.items()}
    stored = json.loads(SNAPSHOT.read_text(encoding="utf-8")) if SNAPSHOT.exists() else {}
    if UPDATE:
        stored[name] = outputs
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return
    expected = stored[name]
    for command, digests in outputs.items():
        changed = sorted(k for k in digests.keys() | expected[command].keys() if digests.get(k) != expected[command].get(k))
        assert not changed, f"{command} output changed for: {[names.get(k, k) for k in changed[:10]]}"


def test_samples_output_is_unchanged(monkeypatch):
    monkeypatch.chdir(ROOT)
    _compare("samples", _outputs("samples", _files(ROOT / "samples", ROOT)))


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not present")
def test_corpus_output_is_unchanged(monkeypatch):
    monkeypatch.chdir(SHARED)
    _compare("corpus", _outputs("corpus", _files(SHARED / "corpus", SHARED)), hide_names=True)


def _plain_words(report: str) -> list[str]:
    """The words of a report, source lines and carets aside (those are cut, never wrapped)."""
    return [word for line in report.splitlines() if "│" not in line and set(line.strip()) - {"^", "…"}
            for word in line.split()]


@pytest.mark.parametrize("width", [60, 80, 120])
def test_the_terminal_report_fits_the_width_and_wraps_between_words(monkeypatch, width):
    """The colour report at 60, 80 and 120 columns (issue #16): no line longer than the width;
    its words are the plain report's words, none split (a file's path, one word, folds when it
    is longer than the width); and it reads as the stored snapshot (tests/snapshots/text-N.txt)."""
    import io
    import re

    from cvlint.engine import check_paths
    from cvlint.registry import load_rules
    from cvlint.reporters.text import render

    monkeypatch.chdir(ROOT)
    from datetime import date

    result = check_paths(["samples"], load_rules(), date(2026, 11, 22))
    plain, coloured = io.StringIO(), io.StringIO()
    render(result, plain, color=False)
    render(result, coloured, color=True, width=width)
    text = re.sub(r"\x1b\[[0-9;]*m", "", coloured.getvalue())
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width
    expected = _plain_words(plain.getvalue())
    words, known = [], set(expected)
    for word in _plain_words(text):
        # a path longer than the width folds: its two parts make one word of the plain report again
        if words and words[-1] not in known and words[-1] + word in known and "/" in words[-1]:
            words[-1] += word
        else:
            words.append(word)
    assert words == expected
    snapshot = ROOT / "tests" / "snapshots" / f"text-{width}.txt"
    if UPDATE:
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")


@pytest.mark.parametrize("raw, start, end, room, window", [
    ("short line", 1, 6, 20, ("short line", 1, 6)),
    ("a span at the start of a long line", 3, 7, 12, ("a span at t…", 3, 7)),
    ("a long line with its span at the very end", 37, 42, 12, ("…he very end", 8, 13)),
    ("a long line with its span in the middle of it", 22, 26, 20, ("… with its span in …", 12, 16)),
])
def test_a_source_line_is_cut_around_its_span(raw, start, end, room, window):
    from cvlint.reporters.text import source_window

    assert source_window(raw, start, end, room) == window
    visible, first, last = window
    assert len(visible) <= room and visible[first - 1:last - 1] == raw[start - 1:end - 1]
