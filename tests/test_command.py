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


def test_an_opt_in_rule_runs_only_when_named(tmp_path):
    """publication-missing is opt-in: --bib-complete, or its code or name in --extend-select;
    a code prefix, a category or ALL does not pick it."""
    import subprocess
    import sys

    (tmp_path / "cv.md").write_text("# Jane Doe\n\njane@example.org\n\n## Publications\n"
                                    "1. **Jane Doe**, Wei Zhang. Tiered Compaction for Zoned Storage. FAST 2024.\n"
                                    "2. Wei Zhang, **Jane Doe**. Energy-Aware Scheduling of Serverless Functions. IJCAI 2023.\n")
    (tmp_path / "pubs.bib").write_text(
        "@inproceedings{a, title = {Tiered Compaction for Zoned Storage}, author = {Doe, Jane and Zhang, Wei}, booktitle = {FAST}, year = {2024}}\n"
        "@inproceedings{b, title = {Energy-Aware Scheduling of Serverless Functions}, author = {Zhang, Wei and Doe, Jane}, booktitle = {IJCAI}, year = {2023}}\n"
        "@article{c, title = {Learned Indexes for LSM Trees}, author = {Doe, Jane}, journal = {VLDB}, year = {2022}}\n")
    finding = "cv.md:5:4: info CV006 'Learned Indexes for LSM Trees' (pubs.bib, line 3) is not among this version's publications"

    def lines(*args):
        done = subprocess.run([sys.executable, "-m", "cvlint", "check", ".", "--format", "concise", "--fail-on", "warning", *args],
                              capture_output=True, cwd=tmp_path, text=True)
        return [line for line in done.stdout.splitlines() if "CV006" in line]

    assert lines() == [] and lines("--select", "CV0") == [] and lines("--select", "ALL") == []
    assert lines("--bib-complete") == [finding]
    assert lines("--extend-select", "publication-missing") == [finding] and lines("--select", "CV006") == [finding]


def test_no_cv_found_is_said_on_standard_error_and_exits_0(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "image.png").write_bytes(b"\x89PNG\r\n")
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", str(tmp_path / "notes")], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stderr == f"cvlint: warning: no CV files found in {tmp_path / 'notes'}\n"
    assert done.stdout == "All clean: 0 files checked, no problems.\n"


def _check(*args):
    from click.testing import CliRunner

    from cvlint.cli import cli

    return CliRunner().invoke(cli, ["check", *args, "--as-of", "2026-11-22", "--no-config"])


def test_statistics_count_each_rule_most_first(tmp_path):
    (tmp_path / "cv.md").write_text("# Jane Doe\n\n## Experience\n\n* **Engineer**, Acme, 2021 - 2019\n"
                                    "* **Intern**, Beta, 2018 - 2017\n* Submitted to ATC'23\n", encoding="utf-8")
    result = _check(str(tmp_path / "cv.md"), "--statistics")
    assert result.exit_code == 1
    assert result.output == "2  CV101  date-range-inverted\n1  CV701  status-stale\n"


def test_quiet_prints_the_findings_and_nothing_else(tmp_path):
    (tmp_path / "cv.md").write_text("# Jane Doe\n\n## Experience\n\n* **Engineer**, Acme, 2021 - 2019\n", encoding="utf-8")
    full, quiet = _check(str(tmp_path / "cv.md")).output, _check(str(tmp_path / "cv.md"), "-q").output
    assert full.endswith("\n\nFound 1 problem (1 error) in 1 file.\n")
    assert quiet == full[: -len("\nFound 1 problem (1 error) in 1 file.\n")]
    (tmp_path / "clean.md").write_text("# Jane Doe\n", encoding="utf-8")
    assert _check(str(tmp_path / "clean.md"), "-q").output == ""


def test_color_always_and_never(tmp_path):
    (tmp_path / "cv.md").write_text("# Jane Doe\n\n## Experience\n\n* **Engineer**, Acme, 2021 - 2019\n", encoding="utf-8")
    assert "\x1b[" in _check(str(tmp_path / "cv.md"), "--color", "always").output
    assert "\x1b[" not in _check(str(tmp_path / "cv.md"), "--color", "never").output


def test_a_cv_on_standard_input_is_checked_under_its_given_name(tmp_path):
    cv = b"# Jane Doe\n\n## Experience\n\n* **Engineer**, Acme, 2021 - 2019\n"
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", "-", "--stdin-filename", "site/cv.md", "--as-of", "2026-11-22",
                           "--format", "concise", "--no-config"], input=cv, capture_output=True, cwd=tmp_path)
    assert done.returncode == 1 and done.stderr == b""
    assert done.stdout.decode().splitlines()[0] == "site/cv.md:5:23: error CV101 date range ends (2019) before it starts (2021)"
    assert not (tmp_path / "site").exists()  # nothing written, nothing read from disk under that name
    # beside a file on disk: one person's two versions, compared
    (tmp_path / "cv-2023.md").write_bytes(cv.replace(b"2021 - 2019", b"2019 - 2021"))
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", "-", "cv-2023.md", "--stdin-filename", "cv-2024.md",
                           "--as-of", "2026-11-22", "--format", "concise", "--no-config"], input=cv, capture_output=True, cwd=tmp_path)
    assert {line.split()[2] for line in done.stdout.decode().splitlines() if line.startswith("cv-2024.md")} >= {"CV101", "CV104"}


def test_changed_places_a_cross_version_finding_on_the_file_being_changed(tmp_path):
    """pre-commit's --changed: the edited file is the newest version, whatever dates the others
    give, so the finding lands on it (the line the commit touched), not on the file it left alone."""
    head = "# Mei Tanaka\n\nmei.tanaka@example.org\n\n## Publications\n"
    paper = '1. **Mei Tanaka**, Wei Zhang. "Tiered Compaction for Zoned Storage." Accepted to {venue}.\n'
    (tmp_path / "cv.md").write_text(head + paper.format(venue="FAST 2025") + "\nLast updated: March 2025\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "cv.md").write_text(head + paper.format(venue="ATC 2025") + "\nLast updated: June 2026\n")
    (tmp_path / "cvlint.toml").write_text("")

    def findings(*args):
        done = subprocess.run([sys.executable, "-m", "cvlint", "check", "--format", "concise", "--as-of", "2026-11-22", *args],
                              capture_output=True, cwd=tmp_path, text=True)
        return done.returncode, [line.split(" '")[0] for line in done.stdout.splitlines() if "CV202" in line]

    # a plain run: the version dated last (the site page) is the newest
    assert findings(".") == (1, ["_pages/cv.md:6:70: error CV202"])
    # the commit changes cv.md: the finding is placed there
    assert findings("--changed", "cv.md") == (1, ["cv.md:6:70: error CV202"])
    assert findings("--changed", "_pages/cv.md") == (1, ["_pages/cv.md:6:70: error CV202"])
