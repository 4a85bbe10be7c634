"""cvlint history on a scratch git repo: each change at the commit that made it, across a
rename and a file name with spaces; --since and --max-count; a shallow clone says what it
cannot see."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from .helpers import git, scratch_repo

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

CV = """# Mei Tanaka
mei.tanaka@uni.example
## Education
* PhD, Northbridge University, 2020 – 2025
## Publications
1. **Mei Tanaka**, Wei Zhang. "Tiered Compaction for Zoned Storage." Submitted to EuroSys 2027.
2. **Mei Tanaka**. "Learned Cache Admission for Edge Servers." In FAST 2025.
"""


def commit(repo, name, text, message):
    (repo / name).write_text(text)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path):
    repo = scratch_repo(tmp_path / "site")
    commit(repo, "my cv.md", CV, "first version")
    commit(repo, "my cv.md", CV.replace("EuroSys 2027", "OSDI 2027"), "retarget the paper")
    commit(repo, "my cv.md", CV.replace("EuroSys 2027", "OSDI 2027") + "\n## Skills\nGo, Rust\n", "add skills")
    git(repo, "mv", "my cv.md", "cv.md")
    git(repo, "commit", "-q", "-m", "rename")
    later = CV.replace("EuroSys 2027", "OSDI 2027").replace("**Mei Tanaka**, Wei Zhang", "Wei Zhang, **Mei Tanaka**")
    commit(repo, "cv.md", later.replace("mei.tanaka@uni.example", "mei@acme.example"), "new job, author order fixed")
    return repo


def history(repo, *args):
    done = subprocess.run([sys.executable, "-m", "cvlint", "history", "--as-of", "2026-11-22", "--format", "json", *args],
                          capture_output=True, text=True, cwd=repo)
    return done.returncode, json.loads(done.stdout) if done.stdout else None, done.stderr


def test_each_change_at_the_commit_that_made_it(repo):
    status, report, _ = history(repo, "cv.md")
    assert status == 1  # an author-order change is an error
    assert report["notes"] == ["5 revisions of cv.md"]
    assert [(c["subject"], c["code"], c["before"], c["after"]) for c in report["changes"]] == [
        ("retarget the paper", "CV201", "Submitted to EuroSys 2027", "Submitted to OSDI 2027"),
        ("new job, author order fixed", "CV302", "Mei Tanaka**, Wei Zhang.", "Wei Zhang, **Mei Tanaka**."),
        ("new job, author order fixed", "CV404", "mei.tanaka@uni.example", "mei@acme.example"),
    ]
    assert [c["path"] for c in report["changes"]] == ["my cv.md", "cv.md", "cv.md"]


def test_since_and_max_count(repo):
    first = git(repo, "rev-list", "--max-parents=0", "HEAD").strip()
    _, report, _ = history(repo, "cv.md", "--since", first)
    assert report["notes"] == ["4 revisions of cv.md"] and [c["code"] for c in report["changes"]] == ["CV302", "CV404"]
    _, report, _ = history(repo, "cv.md", "--max-count", "2")
    assert report["notes"] == ["2 revisions of cv.md"] and [c["code"] for c in report["changes"]] == ["CV302", "CV404"]


def test_shallow_clone_says_what_it_cannot_see(repo, tmp_path):
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{repo}", str(clone))
    _, report, _ = history(clone, "cv.md")
    assert report["notes"][1].startswith("this is a shallow clone")
    assert [c["code"] for c in report["changes"]] == ["CV302", "CV404"]


def test_not_in_git_is_a_usage_error(tmp_path):
    (tmp_path / "cv.md").write_text(CV)
    done = subprocess.run([sys.executable, "-m", "cvlint", "history", "cv.md"], capture_output=True, text=True,
                          cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "GIT_CEILING_DIRECTORIES": str(tmp_path.parent)})
    assert done.returncode == 2 and "not a git repository" in done.stderr.lower()


def test_check_against_reports_only_what_is_new_since_rev(repo):
    text = (repo / "cv.md").read_text()
    commit(repo, "cv.md", text.replace("2020 – 2025", "2020 – 2025\n* Lecturer, Uni, 05/2024 – 01/2024"), "an old problem")
    base = git(repo, "rev-parse", "HEAD").strip()
    # a line above the old problem, and a new problem and a venue change in the working tree
    changed = (repo / "cv.md").read_text().replace("## Education", "Systems researcher.\n## Education")
    changed = changed.replace("2020 – 2025", "2020 – 2025\n* Intern, Acme, 09/2023 – 02/2023").replace("OSDI 2027", "SOSP 2027")
    (repo / "cv.md").write_text(changed)
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22", "--format", "concise",
                           "--against", base, "cv.md"], capture_output=True, text=True, cwd=repo)
    assert done.returncode == 1
    assert [line.split(": ", 1)[1] for line in done.stdout.splitlines()[:-1]] == [
        "error CV101 date range ends (02/2023) before it starts (09/2023)",
        "warning CV201 'Tiered Compaction for Zoned Storage': this version says 'Submitted to SOSP 2027'; "
        f"cv.md@{base} says 'Submitted to OSDI 2027'",
    ]
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", "--against", "no-such-rev", "cv.md"],
                          capture_output=True, text=True, cwd=repo)
    assert done.returncode == 2 and "is not a commit" in done.stderr


LATEX_CV = r"""\documentclass{article}
\begin{document}
\name{Mei}{Tanaka}
\section{Publications}
\begin{itemize}
\item \textbf{Mei Tanaka}, Wei Zhang. ``Tiered Compaction for Zoned Storage.'' Submitted to EuroSys 2027.
\end{itemize}
\section{Experience}
\begin{itemize}
\item Research Intern, Acme Storage, 06/2023 -- 09/2023
\end{itemize}
\end{document}
"""


def test_a_revision_is_read_as_its_file_name_says(tmp_path):
    """``cv.tex@abc1234`` names no format: each revision of a LaTeX CV is read as LaTeX (it was
    read as plain text, its markup in the entries' titles), in history and with --against."""
    repo = scratch_repo(tmp_path / "site")
    commit(repo, "cv.tex", LATEX_CV, "first version")
    first = git(repo, "rev-parse", "HEAD").strip()
    commit(repo, "cv.tex", LATEX_CV.replace("EuroSys", "OSDI"), "retarget the paper")
    _, report, _ = history(repo, "cv.tex")
    assert [(c["code"], c["message"]) for c in report["changes"]] == [
        ("CV201", "'Tiered Compaction for Zoned Storage': this version says 'Submitted to OSDI 2027'; "
                  f"cv.tex@{first[:7]} says 'Submitted to EuroSys 2027'")]
    (repo / "cv.tex").write_text(LATEX_CV.replace("EuroSys", "SOSP"))
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22", "--format", "concise",
                           "--against", first, "cv.tex"], capture_output=True, text=True, cwd=repo)
    assert [line.split(": ", 1)[1] for line in done.stdout.splitlines()[:-1]] == [
        "warning CV201 'Tiered Compaction for Zoned Storage': this version says 'Submitted to SOSP 2027'; "
        f"cv.tex@{first} says 'Submitted to EuroSys 2027'"]
