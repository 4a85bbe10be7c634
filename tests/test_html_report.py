"""The HTML report (issue #15): a self-contained page, opened in a real headless browser
(Chromium from the system's packages; ``.ci/run`` installs it). It must load with no console
error and no request leaving the file, show the claims table and every finding, and print."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from cvlint.cli import cli

ROOT = Path(__file__).resolve().parent.parent
BROWSER = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no Chromium on this machine (.ci/run installs Debian's chromium)")
AS_OF = ["--as-of", "2026-11-22", "--no-config"]


def _browser(page: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                           *options, page.as_uri()], capture_output=True, text=True, timeout=120)


@pytest.fixture
def report(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(ROOT)
    page = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["compare", "samples/yao", "--format", "html", "-o", str(page), *AS_OF])
    assert result.exit_code == 0, result.output
    return page


def test_the_page_asks_for_nothing_outside_itself(report):
    html = report.read_text(encoding="utf-8")
    assert "default-src 'none'" in html  # the page's own policy: a request to anywhere is refused
    assert not re.search(r"""\b(?:src|href)\s*=""", html)  # and it makes none: no link, image, script or style file
    assert "<script>" in html and "<style>" in html  # its behaviour and look are inside it


def test_values_are_escaped(tmp_path):
    (tmp_path / "a").mkdir()
    cv = "# Mara Quist\n\nmara@quist.example.org\n\n## Experience\n\n* **Engineer <script>alert(1)</script>**, Acme, 2019 - 2021\n"
    (tmp_path / "a" / "cv-2023.md").write_text(cv, encoding="utf-8")
    (tmp_path / "a" / "cv-2024.md").write_text(cv.replace("2021", "2022"), encoding="utf-8")
    page = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "a"), "--format", "html", "-o", str(page), *AS_OF])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@needs_browser
def test_the_page_loads_in_a_browser_with_the_table_and_every_finding(report, tmp_path):
    shot = tmp_path / "report.png"
    done = _browser(report, "--window-size=1280,2400", f"--screenshot={shot}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.stat().st_size > 10_000  # saved for inspection
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []  # no script error, no refused request
    dom = _browser(report, "--dump-dom").stdout
    assert dom.count('<table class="claims">') == 1
    assert "experience: Research Assistant, Storage Systems Lab" in dom
    assert re.search(r'<div class="changed">planned · OSDI 2025</div>', dom)
    findings = json.loads(CliRunner().invoke(cli, ["compare", "samples/yao", "--format", "json", *AS_OF]).output)
    expected = len(findings["people"][0]["findings"])
    assert dom.count('<li class="') - dom.count('<li class="timeline') == expected
    assert "Date of birth: ••••••••••" in dom  # masked as in every output


@needs_browser
def test_the_page_prints_to_a_readable_document(report, tmp_path):
    from pypdf import PdfReader

    pdf = tmp_path / "report.pdf"
    done = _browser(report, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Research Assistant, Storage Systems Lab" in " ".join(text.split())
    assert "CV303" in text and "severity" not in text  # the filters are not printed


def test_check_writes_the_same_page_for_all_its_files(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    page = tmp_path / "check.html"
    result = CliRunner().invoke(cli, ["check", "samples", "--format", "html", "-o", str(page), *AS_OF])
    assert result.exit_code == 1  # findings at the failing severity: as with every format
    html = page.read_text(encoding="utf-8")
    summary = json.loads(CliRunner().invoke(cli, ["check", "samples", "--format", "json", *AS_OF]).output)["summary"]
    assert html.count('<li class="') == sum(summary.values()) == 34
    assert html.count('<table class="claims">') == 4  # the four people of samples/ with several versions
