"""Adopting cvlint with a baseline: recorded findings are not reported, new ones are, edits
above a recorded finding do not bring it back, and fixed ones are named as stale."""

from __future__ import annotations

import json
import subprocess
import sys

CV = "# Mei Tanaka\nmei.tanaka@gmial.com\n## Experience\n* Intern, Acme, 09/2023 – 02/2023\n"


def cvlint(cwd, *args):
    return subprocess.run([sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22", "--format", "concise", *args],
                          capture_output=True, text=True, cwd=cwd)


def test_baseline_records_then_reports_only_new_and_stale(tmp_path):
    (tmp_path / "cv.md").write_text(CV)
    done = cvlint(tmp_path, "--baseline", "cvlint-baseline.json", "--update-baseline", "cv.md")
    assert done.returncode == 0 and "recorded 2 findings" in done.stderr
    entries = json.loads((tmp_path / "cvlint-baseline.json").read_text())["entries"]
    assert [(e["path"], e["code"]) for e in entries] == [("cv.md", "CV402"), ("cv.md", "CV101")]

    done = cvlint(tmp_path, "--baseline", "cvlint-baseline.json", "cv.md")
    assert (done.returncode, done.stdout) == (0, "")

    # a line added above, a new problem below, the email fixed
    (tmp_path / "cv.md").write_text(CV.replace("mei.tanaka@gmial.com\n", "mei.tanaka@gmail.com\n## Teaching\n* TA, 2022\n")
                                    + "* Lecturer, Uni, 05/2024 – 01/2024\n")
    done = cvlint(tmp_path, "--baseline", "cvlint-baseline.json", "cv.md")
    assert done.returncode == 1
    assert done.stdout.splitlines()[:-1] == ["cv.md:7:18: error CV101 date range ends (01/2024) before it starts (05/2024)"]
    assert "CV402 in cv.md is no longer found" in done.stderr


def test_a_broken_baseline_is_a_usage_error(tmp_path):
    (tmp_path / "cv.md").write_text(CV)
    (tmp_path / "b.json").write_text("[1, 2]")
    assert cvlint(tmp_path, "--baseline", "b.json", "cv.md").returncode == 2
    assert cvlint(tmp_path, "--baseline", "missing.json", "cv.md").returncode == 2
    assert cvlint(tmp_path, "--update-baseline", "cv.md").returncode == 2
