"""The machine formats: SARIF valid against the official 2.1.0 schema with stable
fingerprints, GitHub annotations escaped, concise lines, JUnit XML, reports written to a
file; and none of them imports rich."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree


from .helpers import AS_OF, run, write_files

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
CV = """# Mei Tanaka
mei.tanaka@gmial.com
## Experience
* Research Intern, Acme, 09/2023 – 02/2023
"""


def cvlint(*args, cwd, env=None):
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22", *args],
                          capture_output=True, text=True, cwd=cwd, env=environment)


def test_sarif_is_valid_and_locates_findings_relative_to_the_repo(tmp_path):
    import jsonschema  # in the test extras: never skip the schema check
    write_files(tmp_path, {"site/cv.md": CV})
    done = cvlint("--format", "sarif", "site", cwd=tmp_path)
    log = json.loads(done.stdout)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"CV101", "CV402"}
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["markdown"]
               for r in run["tool"]["driver"]["rules"])
    # each rule links to its heading in docs/rules.md, at this release
    headings = {line[3:].lower().replace(" ", "-") for line in (ROOT / "docs" / "rules.md").read_text().splitlines()
                if line.startswith("## ")}
    base = "https://github.com/cvlint-audit/cvlint/blob/v0.1.0/docs/rules.md#"
    assert all(r["helpUri"].startswith(base) and r["helpUri"][len(base):] in headings for r in run["tool"]["driver"]["rules"])
    assert next(r["helpUri"] for r in run["tool"]["driver"]["rules"] if r["id"] == "CV101") == base + "cv101-date-range-inverted"
    located = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in run["results"]]
    assert located == [("CV402", "site/cv.md", 2), ("CV101", "site/cv.md", 4)]


def test_sarif_fingerprints_survive_lines_added_above(tmp_path):
    write_files(tmp_path, {"cv.md": CV})
    before = json.loads(cvlint("--format", "sarif", "cv.md", cwd=tmp_path).stdout)["runs"][0]["results"]
    write_files(tmp_path, {"cv.md": CV.replace("## Experience\n", "## Experience\n* Teaching assistant, 2022\n\n")})
    after = json.loads(cvlint("--format", "sarif", "cv.md", cwd=tmp_path).stdout)["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] == [2, 6]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]


def test_github_annotations_are_escaped_and_chosen_on_actions(tmp_path):
    write_files(tmp_path, {"a, b.md": CV})
    done = cvlint("a, b.md", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})
    assert done.stdout.splitlines() == [
        "::error file=a%2C b.md,line=2,col=1,endColumn=21,title=CV402 email-domain-typo::"
        "email domain 'gmial.com' looks like a typo; did you mean mei.tanaka@gmail.com?",
        "::error file=a%2C b.md,line=4,col=26,endColumn=43,title=CV101 date-range-inverted::"
        "date range ends (02/2023) before it starts (09/2023)",
    ]


def test_concise_is_one_line_per_finding(tmp_path):
    write_files(tmp_path, {"cv.md": CV})
    assert cvlint("--format", "concise", "cv.md", cwd=tmp_path).stdout.splitlines() == [
        "cv.md:2:1: error CV402 email domain 'gmial.com' looks like a typo; did you mean mei.tanaka@gmail.com?",
        "cv.md:4:26: error CV101 date range ends (02/2023) before it starts (09/2023)",
        "Found 2 problem(s): 2 error.",
    ]


def test_junit_has_a_failing_case_per_finding(tmp_path):
    write_files(tmp_path, {"cv.md": CV, "clean.md": "# Jonas Berg\n## Experience\n* Intern, Acme, 2021 – 2022\n"})
    root = ElementTree.fromstring(cvlint("--format", "junit", ".", cwd=tmp_path).stdout)
    assert (root.get("tests"), root.get("failures")) == ("3", "2")
    cases = [(c.get("classname"), c.get("name"), c.find("failure") is not None) for c in root.iter("testcase")]
    assert cases == [("clean.md", "cvlint", False), ("cv.md", "CV402 email-domain-typo at 2:1", True),
                     ("cv.md", "CV101 date-range-inverted at 4:26", True)]


def test_output_writes_the_report_to_a_file(tmp_path):
    write_files(tmp_path, {"cv.md": CV})
    done = cvlint("--format", "json", "--output", "report.json", "cv.md", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert [f["code"] for f in json.loads((tmp_path / "report.json").read_text())["findings"]] == ["CV402", "CV101"]


def test_machine_formats_never_import_rich(tmp_path):
    (path,) = write_files(tmp_path, {"cv.md": CV})
    code = ("import sys; from cvlint.cli import main\n"
            "for fmt in ('json', 'sarif', 'github', 'junit', 'concise'):\n"
            f"    sys.argv = ['cvlint', 'check', '--format', fmt, {path!r}]\n"
            "    try:\n        main()\n    except SystemExit:\n        pass\n"
            "print('rich' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_the_colour_report_fits_the_terminal_width_wrapping_between_words(tmp_path, rules):
    import io
    import re

    from cvlint.reporters.text import render

    cv = tmp_path / "cv.md"
    cv.write_text("# Jane Doe\n\n## Experience\n\n* **Research Engineer in the distributed storage group**, "
                  "Harbourline Logistics and Shipping Company, 2021 - 2019\n", encoding="utf-8")
    out = io.StringIO()
    render(run([str(cv)], rules, AS_OF), out, color=True, width=60)
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.getvalue().splitlines()]
    assert max(len(line) for line in lines) <= 60
    finding = [line for line in lines if "CV101" in line][0]
    assert finding.startswith("  5:") and finding.split()[-1] in "date range ends (2019) before it starts (2021)".split()
    assert any(line.startswith("      ") and "(2021)" in line for line in lines)  # the rest, indented under it
    # a source line is cut around its span, never wrapped: the caret stays under its text
    at = next(k for k, line in enumerate(lines) if "│" in line)
    source, caret = lines[at], lines[at + 1]
    assert source.startswith("     5 │ …") and len(source) <= 60
    assert source[caret.index("^"):len(caret)] == "2021 - 2019"
