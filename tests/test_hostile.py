"""Hostile input (issue #12): a checked file is never written, no link is followed out of the
folder being checked, nothing waits on a pipe, and no control character or newline from a CV or
a file name reaches a terminal or a CI runner as such."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from .helpers import rule_file
from .pdfgen import compressed_streams_pdf, deflated

CV = "# Jane Doe\n\njane@gmial.com\n"


def cvlint(cwd, *args, timeout=60):
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([sys.executable, "-m", "cvlint", *args], capture_output=True, cwd=cwd, env=env, timeout=timeout)


@pytest.mark.parametrize("args", [["check", "-o", "cv.md", "cv.md"],
                                  ["check", "--baseline", "cv.md", "--update-baseline", "cv.md"],
                                  ["check", "-o", "./sub/../cv.md", "."]])
def test_an_output_that_is_a_checked_file_is_refused_and_the_file_is_untouched(tmp_path, args):
    (tmp_path / "sub").mkdir()
    (tmp_path / "cv.md").write_text(CV)
    done = cvlint(tmp_path, *args)
    assert done.returncode == 2 and b"that is one of the files being checked; cvlint never writes to them" in done.stderr
    assert (tmp_path / "cv.md").read_text() == CV


def test_a_walk_follows_no_link_out_of_the_folder(tmp_path):
    (tmp_path / "private.md").write_text("# Private Person\n\nsecret-line-42 private@gmial.com\n")
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "cv.md").symlink_to(tmp_path / "private.md")
    (tmp_path / "repo" / "inside.md").write_text(CV)
    (tmp_path / "repo" / "alias.md").symlink_to(tmp_path / "repo" / "inside.md")  # a link inside the folder is read
    done = cvlint(tmp_path / "repo", "check", ".", "--format", "json")
    report = json.loads(done.stdout)
    assert b"secret-line-42" not in done.stdout
    assert sorted((f["path"], f["code"]) for f in report["findings"]) == [
        ("alias.md", "CV402"), ("cv.md", "CV001"), ("inside.md", "CV402")]
    assert "a link to a file outside the folder being checked; not read" in report["findings"][1]["message"]
    asked = json.loads(cvlint(tmp_path / "repo", "check", ".", "--format", "json", "--follow-links").stdout)
    assert asked["files"] == 3
    assert sorted((f["path"], f["code"]) for f in asked["findings"]) == [("alias.md", "CV402"), ("cv.md", "CV402"), ("inside.md", "CV402")]


def test_a_named_pipe_is_reported_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "cv.md")
    os.mkfifo(tmp_path / "resume.json")  # sniffed when walking: must not be opened either
    for args in (["check", "."], ["check", "cv.md"]):
        done = cvlint(tmp_path, *args, "--format", "concise", timeout=20)
        assert b"CV001 cannot read this file: not a regular file; not read" in done.stdout and done.returncode == 1


def test_control_characters_and_newlines_never_reach_the_terminal_or_the_runner(tmp_path):
    (tmp_path / "new\n::warning::x.md").write_text("# Jane Doe\n\njane@gmial.com\x1b[2J\u202e\n")
    with open(os.path.join(os.fsencode(tmp_path), b"raw-\xff.md"), "w") as handle:
        handle.write(CV)
    outputs = {fmt: cvlint(tmp_path, "check", ".", "--format", fmt) for fmt in ("text", "concise", "github", "json", "sarif", "junit")}
    for fmt, done in outputs.items():
        assert done.returncode == 1 and done.stderr == b"", fmt
        text = done.stdout.decode("utf-8")  # every format is valid UTF-8, whatever the file names
        assert "\x1b" not in text and "\u202e" not in text, fmt
        assert not any(line.startswith("::warning::") for line in text.splitlines()), fmt
    concise = outputs["concise"].stdout.decode().splitlines()
    assert concise[:2] == ["new\\n::warning::x.md:3:1: error CV402 email domain 'gmial.com' looks like a typo; did you mean jane@gmail.com?",
                           "raw-\\xff.md:3:1: error CV402 email domain 'gmial.com' looks like a typo; did you mean jane@gmail.com?"]
    text = outputs["text"].stdout.decode()
    assert "     3 │ jane@gmial.com\\x1b[2J\\u202e\n         ^^^^^^^^^^^^^^\n" in text
    json.loads(outputs["json"].stdout)
    json.loads(outputs["sarif"].stdout)


def test_a_nul_byte_deep_in_a_markdown_file_is_text(tmp_path):
    (tmp_path / "cv.md").write_bytes(b"# Jane Doe\n" + b"x" * 9000 + b"\n* a\x00b jane@gmial.com\n")
    done = cvlint(tmp_path, "check", "cv.md", "--format", "concise")
    assert done.returncode == 1 and done.stderr == b"" and b"CV402" in done.stdout


@pytest.mark.parametrize("name,text", [
    ("backticks.md", "* " + "`" * 16000 + "\n"),
    ("code.md", "* " + "`a" * 20000 + "\n"),
    ("cventry.tex", "\\cventry{" * 4000 + "\n"),
])
def test_inputs_that_made_patterns_backtrack_read_in_time(tmp_path, name, text):
    (tmp_path / name).write_text(text)
    done = cvlint(tmp_path, "check", name, "--format", "concise", timeout=10)
    assert done.returncode in (0, 1) and done.stderr == b""


def test_a_bibtex_string_doubling_chain_is_cut_and_said_once(tmp_path):
    lines = ['@string{s0 = "xxxxxxxxxx"}'] + [f"@string{{s{i} = s{i - 1} # s{i - 1}}}" for i in range(1, 40)]
    (tmp_path / "pubs.bib").write_text("\n".join(lines + ["@article{a, title = s39, author = {A B}, year = 2020}"]) + "\n")
    done = cvlint(tmp_path, "check", "pubs.bib", "--format", "concise", timeout=20)
    assert done.stdout.decode().splitlines()[0] == (
        "pubs.bib:11:1: error CV001 cannot read this file: @string s10 expands past 10,000 characters (limits.bibtex-string-chars); cut there")
    assert done.stdout.count(b"CV001") == 1


def test_rule_files_at_the_top_of_a_rules_folder_are_read_and_checked(tmp_path):
    (tmp_path / "cv.md").write_text(CV)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "my-rule.toml").write_text(rule_file(params="params = 5"))
    done = cvlint(tmp_path, "check", "--rules", "mine", "cv.md")
    assert done.returncode == 2 and b"mine/my-rule.toml: params must be a table, like [params] max_age_months = 12" in done.stderr
    (tmp_path / "mine" / "my-rule.toml").write_text(rule_file())
    done = cvlint(tmp_path, "rules", "--rules", "mine")
    assert done.returncode == 0 and b"MY901" in done.stdout


def test_a_baseline_nested_too_deep_or_written_into_no_folder_is_a_usage_error(tmp_path):
    (tmp_path / "cv.md").write_text(CV)
    (tmp_path / "deep.json").write_text('{"tool": "cvlint", "entries": ' + "[" * 100000 + "]" * 100000 + "}")
    done = cvlint(tmp_path, "check", "--baseline", "deep.json", "cv.md")
    assert done.returncode == 2 and b"deep.json: not a cvlint baseline" in done.stderr and b"Traceback" not in done.stderr
    done = cvlint(tmp_path, "check", "--baseline", "nodir/base.json", "--update-baseline", "cv.md")
    assert done.returncode == 2 and b"cannot write the baseline: nodir/base.json: the folder" in done.stderr


def test_reports_and_baselines_get_the_permissions_of_any_new_file(tmp_path):
    (tmp_path / "cv.md").write_text(CV)
    old = os.umask(0o022)
    try:
        cvlint(tmp_path, "check", "-o", "report.txt", "cv.md")
        cvlint(tmp_path, "check", "--baseline", "base.json", "--update-baseline", "cv.md")
    finally:
        os.umask(old)
    assert oct((tmp_path / "report.txt").stat().st_mode & 0o777) == oct(0o644)
    assert oct((tmp_path / "base.json").stat().st_mode & 0o777) == oct(0o644)


def test_phone_numbers_are_masked_in_the_source_lines_a_report_shows(tmp_path):
    (tmp_path / "cv.md").write_text("# Jane Doe\n\njane@gmial.com · +44 20 7946 0321 · Jun 2019 - Sep 2021\n")
    done = cvlint(tmp_path, "check", "cv.md")
    assert b"     3 \xe2\x94\x82 jane@gmial.com \xc2\xb7 \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2" in done.stdout  # "•••"
    assert b"7946" not in done.stdout and b"Jun 2019 - Sep 2021" in done.stdout


def _peak_kib() -> int:
    """The child's peak memory, from the rusage the run left behind."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


@pytest.mark.parametrize("name,streams", [
    ("zeros.pdf", lambda: [deflated(b"\0" * (1 << 20), 1024)]),  # 1 MiB on disk, 1 GiB inflated (row 3)
    ("many.pdf", lambda: [deflated(b" " * (1 << 20), 60)] * 40),  # 40 streams of 60 MiB, each small alone (row 4)
])
def test_a_pdf_decompression_bomb_is_reported_and_not_inflated(tmp_path, name, streams):
    (tmp_path / name).write_bytes(compressed_streams_pdf(streams()))
    started = time.monotonic()
    done = cvlint(tmp_path, "check", name, "--format", "concise", timeout=20)
    assert time.monotonic() - started < 10 and _peak_kib() < 500 * 1024
    assert done.returncode == 1 and done.stderr == b""
    assert done.stdout.decode().splitlines()[0] == (
        f"{name}:1:1: error CV001 cannot read this file: the PDF's compressed streams inflate to over 128 MiB "
        "(limits.pdf-inflated-bytes); not read: a decompression bomb, or no CV")


def test_a_pdf_with_one_huge_string_is_read_in_time(tmp_path):
    """One 40 MiB ``Tj`` string (row 4): PDFium keeps a text object's first 32,767 characters."""
    (tmp_path / "tj.pdf").write_bytes(compressed_streams_pdf([deflated(b"BT /F1 10 Tf 50 600 Td (" + b"a" * (40 << 20) + b") Tj ET", 1)]))
    started = time.monotonic()
    done = cvlint(tmp_path, "check", "tj.pdf", "--format", "concise", timeout=20)
    assert time.monotonic() - started < 10 and done.returncode == 0 and done.stderr == b""


def test_a_pdf_is_read_up_to_the_character_limit_and_says_so(tmp_path):
    (tmp_path / "cvlint.toml").write_text("[limits]\npdf-chars = 100000\n")
    strings = b" ".join(b"BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (600 - 12 * i, b"a" * 30000) for i in range(10))
    (tmp_path / "long.pdf").write_bytes(compressed_streams_pdf([deflated(strings, 1)]))
    done = cvlint(tmp_path, "check", "long.pdf", "--format", "concise", timeout=20)
    assert done.stdout.decode().splitlines() == [
        "long.pdf:1:1: error CV001 cannot read this file: only 100,000 characters (limits.pdf-chars) were read, up to page 1 of 1",
        "Found 1 problem(s): 1 error."]


def test_limits_are_settings_and_a_wrong_one_is_a_usage_error(tmp_path):
    (tmp_path / "cv.md").write_text(CV + "x" * 2000 + "\n")
    (tmp_path / "cvlint.toml").write_text("[limits]\nfile-bytes = 1000\n")
    done = cvlint(tmp_path, "check", "cv.md", "--format", "concise")
    assert done.stdout.decode().splitlines()[0] == \
        "cv.md:1:1: error CV001 cannot read this file: file is 2,028 bytes; cvlint reads files up to 1,000 bytes (limits.file-bytes)"
    (tmp_path / "cvlint.toml").write_text("[limits]\nfile_bytes = 1000\n")
    done = cvlint(tmp_path, "check", "cv.md")
    assert done.returncode == 2 and b"cvlint.toml: limits: no limit 'file_bytes'; did you mean 'file-bytes'?" in done.stderr
    (tmp_path / "cvlint.toml").write_text("[limits]\nfile-bytes = \"5 MiB\"\n")
    done = cvlint(tmp_path, "check", "cv.md")
    assert done.returncode == 2 and b"cvlint.toml: limits.file-bytes must be a whole number above 0, not '5 MiB'" in done.stderr


def test_unreadable_files_and_folders_are_findings_named_or_walked(tmp_path, monkeypatch):
    """Row 15. Root reads a ``chmod 000`` file, so the refusal is made by ``open`` and
    ``os.scandir`` themselves, as the kernel makes it for anyone else."""
    import builtins

    from click.testing import CliRunner

    from cvlint.cli import cli

    (tmp_path / "cv.md").write_text(CV)
    (tmp_path / "locked.md").write_text(CV)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "cv.md").write_text(CV)
    real_open, real_scandir = builtins.open, os.scandir

    def denied(path):
        return PermissionError(13, "Permission denied", os.fsdecode(path))

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.path.basename(os.fsdecode(file)) == "locked.md":
            raise denied(file)
        return real_open(file, *args, **kwargs)

    def guarded_scandir(path="."):
        if os.path.basename(os.path.normpath(os.fsdecode(path))) == "sub":
            raise denied(path)
        return real_scandir(path)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(os, "scandir", guarded_scandir)
    named = CliRunner().invoke(cli, ["check", "--format", "concise", "locked.md", "cv.md"])
    walked = CliRunner().invoke(cli, ["check", "--format", "concise", "."])
    assert (named.exit_code, walked.exit_code) == (1, 1)
    assert "locked.md:1:1: error CV001 cannot read this file: Permission denied" in named.output.splitlines()
    assert "cv.md:3:1: error CV402 email domain 'gmial.com' looks like a typo; did you mean jane@gmail.com?" in named.output.splitlines()
    assert "locked.md:1:1: error CV001 cannot read this file: Permission denied" in walked.output.splitlines()
    assert "sub:1:1: error CV001 cannot read this file: a folder that cannot be read: Permission denied" in walked.output.splitlines()


@pytest.mark.parametrize("text,column", [('{"basics": {"name": "Jane"}, "\x01education": []}\n', 31),
                                         ('{"basics": {"name": "Jane"}, "x": "a\\qb"}\n', 37)])
def test_a_control_character_or_bad_escape_in_a_json_key_or_value_is_a_finding(tmp_path, text, column):
    """Found by the fuzzing suite: a control character in a key raised out of the JSON reader."""
    (tmp_path / "resume.json").write_text(text)
    done = cvlint(tmp_path, "check", "resume.json", "--format", "concise")
    assert done.stdout.decode().splitlines()[0] == (
        f"resume.json:1:{column}: error CV001 cannot read this file: not valid JSON: a raw control character or a bad escape in a string")


def test_files_past_the_run_byte_limit_are_reported_not_read(tmp_path):
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text("# Jane Doe\n\njane@gmial.com\n" + "x" * 600 + "\n")
    (tmp_path / "cvlint.toml").write_text("[limits]\nrun-bytes = 1500\n")
    done = cvlint(tmp_path, "check", ".", "--format", "concise")
    assert done.stdout.decode().splitlines() == [
        "a.md:3:1: error CV402 email domain 'gmial.com' looks like a typo; did you mean jane@gmail.com?",
        "b.md:3:1: error CV402 email domain 'gmial.com' looks like a typo; did you mean jane@gmail.com?",
        "c.md:1:1: error CV001 cannot read this file: not read: the files before it came to 1,256 bytes and this one "
        "would pass 1,500 bytes (limits.run-bytes)",
        "Found 3 problem(s): 3 error."]


@pytest.mark.parametrize("name,text", [
    ("phantoms.tex", "\\begin{document}" + "\\phantom{" * 300_000 + "\n"),
    ("comments.md", "<!--" * 1_000_000 + " style\n"),
    ("spans.md", '<span style="display:none">' * 100_000 + "\n"),
    ("hidden-lines.md", '<span style="display:none">one two three</span>\n' * 50_000),  # was > 60 s at 100,000
])
def test_hiding_constructs_by_the_hundred_thousand_read_in_time(tmp_path, name, text):
    (tmp_path / name).write_text(text)
    started = time.monotonic()
    done = cvlint(tmp_path, "check", name, "--format", "concise", timeout=20)
    assert time.monotonic() - started < 10 and done.returncode in (0, 1) and done.stderr == b""
