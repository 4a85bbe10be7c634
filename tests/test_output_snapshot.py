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
