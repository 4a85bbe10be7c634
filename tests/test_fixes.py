"""--fix, --unsafe-fixes and --diff (issue #16): a rule declares its fix safe or unsafe; fixes
keep the file's encoding, line endings and permissions, never touch a PDF, and leave alone a
line that changed since it was checked."""

from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from cvlint.cli import cli

from .helpers import AS_OF, run

BROKEN = "* Planned to submit to FAST\u00e2\u20ac\u2122 25, with M\u00c3\u00bcller."  # FAST’25 and Müller, encoded twice
CV = "# Jane Doe\r\n\r\njane@gmial.com\r\n\r\n## Publications\r\n" + BROKEN + "\r\n"


def _check(path, *options):
    return CliRunner().invoke(cli, ["check", str(path), "--as-of", "2026-11-22", "--no-config", "--format", "concise",
                                    *options])


@pytest.fixture
def cv(tmp_path):
    path = tmp_path / "cv.md"
    path.write_bytes(CV.encode("utf-8"))
    path.chmod(0o640)
    return path


def test_fix_applies_the_safe_fixes_keeping_line_endings_and_permissions(cv):
    result = _check(cv, "--fix")
    assert result.exit_code == 1  # the e-mail typo is left: its fix is unsafe
    assert cv.read_bytes() == CV.replace(BROKEN, "* Planned to submit to FAST\u2019 25, with M\u00fcller.").encode("utf-8")
    assert stat.S_IMODE(os.stat(cv).st_mode) == 0o640
    # left: the e-mail typo, and the plan to submit to FAST'25, stale (read whole before the fix too)
    assert [line.split()[2] for line in result.stdout.splitlines() if line.startswith(str(cv))] == ["CV402", "CV701"]
    assert "cvlint: fixed 1 problem in 1 file" in result.stderr


def test_unsafe_fixes_also_rewrite_the_address(cv):
    _check(cv, "--fix", "--unsafe-fixes")
    assert b"jane@gmail.com\r\n" in cv.read_bytes() and "\u00e2\u20ac" not in cv.read_text(encoding="utf-8")


def test_diff_shows_the_fixes_and_writes_nothing(cv):
    result = _check(cv, "--diff")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [f"--- {cv}", f"+++ {cv}"]
    assert f"\n-{BROKEN}" in result.stdout and cv.read_bytes() == CV.encode("utf-8")


def test_a_line_changed_since_it_was_checked_is_left_alone(cv, rules):
    from cvlint import fixes

    result = run([str(cv)], rules, AS_OF)
    cv.write_bytes(CV.replace("with", "and").encode("utf-8"))  # edited between the check and the fix
    done, diffs = fixes.apply(result, rules, unsafe=True, write=True)
    assert [f.code for f in done] == ["CV402"]
    assert "FAST\u00e2\u20ac\u2122" in cv.read_text(encoding="utf-8")  # the mojibake's line changed: not fixed


def test_mixed_line_endings_and_pdfs_are_never_rewritten(tmp_path):
    mixed = tmp_path / "cv.md"
    mixed.write_bytes(CV.replace("\r\n", "\n", 2).encode("utf-8"))
    assert _check(mixed, "--fix", "--unsafe-fixes").exit_code == 1
    assert mixed.read_bytes() == CV.replace("\r\n", "\n", 2).encode("utf-8")


def test_rules_say_which_are_fixable():
    listing = CliRunner().invoke(cli, ["rules"]).output.splitlines()
    fixable = [line.split()[0] for line in listing if "  fix  " in line]
    assert fixable == ["CV402", "CV501"]
    assert "Fix: safe (--fix)" in CliRunner().invoke(cli, ["explain", "mojibake"]).output


def test_a_second_run_of_the_fixes_changes_nothing(cv):
    _check(cv, "--fix", "--unsafe-fixes")
    fixed = cv.read_bytes()
    again = _check(cv, "--fix", "--unsafe-fixes")
    assert cv.read_bytes() == fixed and "fixed" not in again.stderr
    # what is left is the plan's staleness, which no fix can settle
    assert [line.split()[2] for line in again.stdout.splitlines() if line.startswith(str(cv))] == ["CV701"]


def test_a_fix_keeps_the_files_legacy_encoding(tmp_path):
    legacy = "# Jörg Müller\n\njoerg.mueller@gmial.com\n\n## Education\n* Diplom, Universität Köln, 2015 - 2019\n"
    path = tmp_path / "cv.md"
    path.write_bytes(legacy.encode("cp1252"))
    result = _check(path, "--fix", "--unsafe-fixes")
    assert path.read_bytes() == legacy.replace("gmial.com", "gmail.com").encode("cp1252")
    assert [line.split()[2] for line in result.stdout.splitlines() if line.startswith(str(path))] == ["CV003"]


def test_a_pdf_is_never_rewritten(tmp_path):
    from .pdfgen import make_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf([["Jane Doe", "jane@gmial.com", "Publications", "Planned to submit to FAST\u00e2\u20ac\u2122 25"]]))
    before = path.read_bytes()
    result = _check(path, "--fix", "--unsafe-fixes")
    assert path.read_bytes() == before
    assert "CV402" in [line.split()[2] for line in result.stdout.splitlines() if line.startswith(str(path))]
