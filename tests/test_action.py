"""The GitHub Action (action.yml): current major versions of what it uses, and its run script
run here as the runner would run it — every input one argument, paths with spaces included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_the_action_uses_current_major_versions():
    uses = [step["uses"] for step in ACTION["runs"]["steps"] if "uses" in step]
    assert uses == ["actions/setup-python@v6", "actions/cache@v5", "github/codeql-action/upload-sarif@v4"]
    assert set(ACTION["inputs"]) >= {"paths", "config", "format", "fail-on", "against", "as-of", "baseline", "args",
                                     "upload-sarif", "sarif-file", "version"}


def _run_step(tmp_path, **inputs) -> subprocess.CompletedProcess:
    step = next(step for step in ACTION["runs"]["steps"] if step.get("name") == "Run cvlint")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    given = {**{k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}, "sarif-file": str(tmp_path / "out.sarif"), **inputs}
    for variable, expression in step["env"].items():  # as the runner fills them: ${{ inputs.NAME }}
        env[variable] = given[expression.removeprefix("${{ inputs.").removesuffix(" }}")]
    return subprocess.run(["bash", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True)


def test_the_run_step_passes_paths_with_spaces_and_extra_arguments(tmp_path):
    folder = tmp_path / "my CVs"
    folder.mkdir()
    (folder / "cv.md").write_text("# Jane Doe\n\n## Experience\n\n* **Engineer**, Acme, 2021 - 2019\n", encoding="utf-8")
    done = _run_step(tmp_path, paths="my CVs\n", **{"as-of": "2026-11-22", "format": "concise"})
    assert done.returncode == 1, done.stderr
    assert "my CVs/cv.md:5:" in done.stdout and "CV101" in done.stdout
    done = _run_step(tmp_path, paths="my CVs\n", args="--exit-zero --select CV1", **{"upload-sarif": "true"})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.sarif").exists()


def test_an_input_is_never_run_by_the_shell(tmp_path):
    done = _run_step(tmp_path, paths="$(touch pwned) ;touch pwned2", **{"as-of": "2026-11-22"})
    assert not (tmp_path / "pwned").exists() and not (tmp_path / "pwned2").exists()
    assert "no such file or folder" in done.stderr
