"""The pre-commit hook, installed by the real pre-commit tool from this repository into a
scratch git repo: a commit that makes two versions of a CV disagree fails with the finding,
a clean commit passes. (Slow the first time: pre-commit builds the hook's environment.)"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import git, scratch_repo

ROOT = Path(__file__).resolve().parent.parent
CV = """# Mei Tanaka
## Publications
1. **Mei Tanaka**, Wei Zhang. "Tiered Compaction for Zoned Storage." In FAST 2025.
2. **Mei Tanaka**. "Learned Cache Admission for Edge Servers." Submitted to EuroSys 2027.
"""

pytestmark = pytest.mark.skipif(
    shutil.which("pre-commit") is None or shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs pre-commit, git and this project as a git checkout")


def try_hook(repo: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["pre-commit", "try-repo", str(ROOT), "cvlint"], cwd=repo, capture_output=True, text=True)


def test_hook_fails_a_commit_that_makes_versions_disagree_and_passes_a_clean_one(tmp_path):
    repo = scratch_repo(tmp_path / "portfolio")
    (repo / "cv.md").write_text(CV)
    (repo / "_pages").mkdir()
    (repo / "_pages" / "cv.md").write_text(CV)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "two versions that agree")

    # only cv.md changes, so only cv.md is given to the hook; _pages/cv.md is read for comparison
    (repo / "cv.md").write_text(CV.replace("In FAST 2025", "In ATC 2025"))
    git(repo, "add", "cv.md")
    done = try_hook(repo)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "CV202 venue-acceptance-conflict" in done.stdout and "'ATC 2025'" in done.stdout

    (repo / "cv.md").write_text(CV.replace("Wei Zhang", "Wei  Zhang"))
    git(repo, "add", "cv.md")
    done = try_hook(repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "cvlint" in done.stdout and "Passed" in done.stdout


def test_hook_and_action_declarations():
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert (hook["id"], hook["language"], hook["require_serial"], hook["entry"]) == ("cvlint", "python", True, "cvlint check --changed")
    import re

    assert all(re.search(hook["files"], name) for name in ("cv.md", "cv.tex", "pubs.bib", "resume.json", "CV.yaml", "cv.pdf"))
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    assert {"paths", "config", "format", "upload-sarif"} <= set(action["inputs"])
    script = "\n".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "--format sarif --output" in script and "github/codeql-action/upload-sarif@v4" in str(action["runs"]["steps"])
