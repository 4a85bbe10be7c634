"""The bad-input corpus (issue #12, "what passed and must stay so"): each input is made by a small
generator here (no large file in the repo), checked by the command as a user runs it, and its
exact outcome asserted — the finding, or the silence of a file read as it should be."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from .pdfgen import make_pdf


def _laughs() -> str:
    lines = ["cv:", "  name: Jane Doe", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


_PDF = make_pdf([["Jane Doe", "jane@example.org"]])

CASES = {
    # name: (bytes, the concise report's finding lines)
    "empty.md": (b"", ["empty.md:1:1: warning CV002 file is empty"]),
    "binary.txt": (bytes(range(256)) * 8, ["binary.txt:1:1: error CV001 cannot read this file: file is binary, not text"]),
    "truncated.pdf": (_PDF[:len(_PDF) // 2], [
        "truncated.pdf:1:1: error CV001 cannot read this file: the PDF cannot be read: Failed to load document (PDFium: Data format error)."]),
    "corrupt.pdf": (b"%PDF-1.4\n" + b"\x00garbage" * 100, [
        "corrupt.pdf:1:1: error CV001 cannot read this file: the PDF cannot be read: Failed to load document (PDFium: Data format error)."]),
    "deep.json": (b'{"basics": {"name": "Jane"}, "work": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                  ["deep.json:1:538: error CV001 cannot read this file: not valid JSON: nested too deeply"]),
    "deep.yaml": (b"cv:\n  name: Jane\n  sections: " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
                  ["deep.yaml:3:1011: error CV001 cannot read this file: not valid YAML: exceeded maximum nesting depth"]),
    "laughs.yaml": (_laughs().encode(), ["laughs.yaml:1:1: error CV001 cannot read this file: not valid YAML: more than 200,000 "
                                         "values once aliases are followed (limits.yaml-nodes); refused"]),
    "tag.yaml": (b"cv:\n  name: !!python/object/apply:os.system ['touch pwned']\n", []),
    "longline.md": (b"# Jane Doe\n\n" + b"word " * (2 * 1024 * 1024) + b"\n",
                    ["longline.md:1:1: error CV001 cannot read this file: file is 10 MiB; cvlint reads files up to 5 MiB (limits.file-bytes)"]),
    "input.tex": (b"\\documentclass{moderncv}\n\\name{Jane}{Doe}\n\\begin{document}\n\\input{/etc/passwd}\n\\end{document}\n", []),
    "utf16.md": ("# Jane Doe\r\n\r\njane@example.org\r\n".encode("utf-16"), []),
    "cr.txt": ("Jane Doe\rRésumé\rjane@example.org\r".encode("latin-1"),
               ["cr.txt:1:1: warning CV003 file is not valid UTF-8 (first bad byte on line 1); read as cp1252"]),
}


def cvlint(cwd, *args, timeout=60):
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([sys.executable, "-m", "cvlint", *args], capture_output=True, cwd=cwd, env=env, timeout=timeout)


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gives_its_exact_finding(tmp_path, name):
    data, expected = CASES[name]
    (tmp_path / name).write_bytes(data)
    done = cvlint(tmp_path, "check", name, "--format", "concise", "--as-of", "2026-11-22", timeout=10)
    lines = done.stdout.decode().splitlines()
    assert done.stderr == b"" and done.returncode == (1 if any(" error " in line for line in expected) else 0)
    assert [line for line in lines if line.startswith(name)] == expected
    assert not (tmp_path / "pwned").exists()
    assert (tmp_path / name).read_bytes() == data  # never written


def test_a_2000_page_pdf_is_read_in_time(tmp_path):
    pages = [[f"Jane Doe page {i}", "Education", "Harbour University 2019 - 2021"] for i in range(2000)]
    (tmp_path / "pages.pdf").write_bytes(make_pdf(pages))
    started = time.monotonic()
    done = cvlint(tmp_path, "check", "pages.pdf", "--format", "json", timeout=30)
    assert time.monotonic() - started < 10 and done.returncode in (0, 1) and done.stderr == b""


def test_symlink_loops_end_the_walk(tmp_path):
    (tmp_path / "cv.md").write_text("# Jane Doe\n\njane@gmial.com\n")
    (tmp_path / "loop").mkdir()
    os.symlink("..", tmp_path / "loop" / "up")
    os.symlink("self", tmp_path / "loop" / "self")
    done = cvlint(tmp_path, "check", ".", "--format", "concise", timeout=10)
    assert done.stdout.decode().splitlines() == [
        "cv.md:3:1: error CV402 email domain 'gmial.com' looks like a typo; did you mean jane@gmail.com?",
        "Found 1 problem(s): 1 error."]


@pytest.mark.parametrize("settings,message", [
    ("[tool.cvlint\n", "not valid TOML"),
    ("[tool.cvlint]\nselect = 5\n", "pyproject.toml [tool.cvlint]: select must be a list, not 5"),
    ("[tool.cvlint]\nfail-on = \"errror\"\n", "fail-on: 'errror' is not one of"),
])
def test_malformed_settings_are_usage_errors(tmp_path, settings, message):
    (tmp_path / "cv.md").write_text("# Jane Doe\n")
    (tmp_path / "pyproject.toml").write_text(settings)
    done = cvlint(tmp_path, "check", "cv.md")
    assert done.returncode == 2 and message in done.stderr.decode() and b"Traceback" not in done.stderr


def test_eight_parallel_runs_share_one_cache(tmp_path):
    (tmp_path / "cv.md").write_text("# Jane Doe\n\njane@gmial.com\n")
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env.update(CVLINT_CACHE_DIR=str(tmp_path / "cache"))
    runs = [subprocess.Popen([sys.executable, "-m", "cvlint", "check", "cv.md", "--format", "concise"], cwd=tmp_path, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(8)]
    outputs = [run.communicate(timeout=60) + (run.returncode,) for run in runs]
    assert {out for out in outputs} == {(b"cv.md:3:1: error CV402 email domain 'gmial.com' looks like a typo; "
                                         b"did you mean jane@gmail.com?\nFound 1 problem(s): 1 error.\n", b"", 1)}
