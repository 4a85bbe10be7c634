"""The command's process-wide tuning (the garbage collector, see ``cvlint/__main__.py``) stays in
the command: a program that imports cvlint keeps its own settings."""

from __future__ import annotations

import subprocess
import sys


def test_importing_cvlint_leaves_the_garbage_collector_alone(tmp_path):
    code = ("import gc; before = gc.get_threshold()\n"
            "import cvlint, cvlint.cli, cvlint.engine\n"
            "print(gc.get_threshold() == before, gc.get_freeze_count() == 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.split() == ["True", "True"]


def test_python_dash_m_runs_the_command(tmp_path):
    out = subprocess.run([sys.executable, "-m", "cvlint", "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert (out.returncode, out.stdout.strip()) == (0, "cvlint, version 0.1.0")
