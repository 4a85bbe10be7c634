"""The pre-commit hook, installed by the real pre-commit tool from this repository into a
scratch git repo with the README's own configuration: a commit that makes two versions of a CV
disagree fails or passes exactly as the README says. (Slow the first time: pre-commit builds
the hook's environment.)"""

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


def readme_example() -> str:
    """The README's ``.pre-commit-config.yaml``, as a user copies it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    after = readme.index("**pre-commit** — add to `.pre-commit-config.yaml`:")
    start = readme.index("```yaml\n", after) + len("```yaml\n")
    return readme[start:readme.index("```", start)]


def install(repo: Path, config: str) -> None:
    """The README's config pointed at this checkout's last commit (pre-commit clones it)."""
    assert "https://github.com/cvlint-audit/cvlint" in config and "rev: v0.1.0" in config
    head = git(ROOT, "rev-parse", "HEAD").strip()
    (repo / ".pre-commit-config.yaml").write_text(
        config.replace("https://github.com/cvlint-audit/cvlint", str(ROOT)).replace("rev: v0.1.0", f"rev: {head}"))


def commit_check(repo: Path, text: str) -> subprocess.CompletedProcess:
    """``pre-commit run`` on a staged change of cv.md: what ``git commit`` runs."""
    (repo / "cv.md").write_text(text)
    git(repo, "add", "cv.md")
    return subprocess.run(["pre-commit", "run"], cwd=repo, capture_output=True, text=True)


def test_the_readme_example_fails_and_passes_as_the_readme_says(tmp_path):
    """As the README says: a commit that changes an accepted paper's venue in cv.md but not in
    _pages/cv.md fails with CV202; a changed target of a submitted paper (CV201, a warning)
    passes, and fails once ``args: [--fail-on, warning]`` is uncommented; a clean commit passes.
    (The hook is this checkout's last commit: commit before running this test.)"""
    repo = scratch_repo(tmp_path / "portfolio")
    (repo / "cv.md").write_text(CV)
    (repo / "_pages").mkdir()
    (repo / "_pages" / "cv.md").write_text(CV)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "two versions that agree")
    config = readme_example()
    install(repo, config)

    done = commit_check(repo, CV.replace("In FAST 2025", "In ATC 2025"))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "cv.md:3:" in done.stdout and "CV202 venue-acceptance-conflict" in done.stdout and "'ATC 2025'" in done.stdout

    submitted_elsewhere = CV.replace("Submitted to EuroSys 2027", "Submitted to OSDI 2027")
    done = commit_check(repo, submitted_elsewhere)
    assert done.returncode == 0 and "Passed" in done.stdout, done.stdout + done.stderr
    install(repo, config.replace("# args: [--fail-on, warning]", "args: [--fail-on, warning]"))
    done = commit_check(repo, submitted_elsewhere)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "cv.md:4:" in done.stdout and "CV201 venue-changed" in done.stdout and "'Submitted to OSDI 2027'" in done.stdout

    done = commit_check(repo, CV.replace("Wei Zhang", "Wei  Zhang"))
    assert done.returncode == 0 and "Passed" in done.stdout, done.stdout + done.stderr


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
