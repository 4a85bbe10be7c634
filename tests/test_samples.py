"""The bundled samples: the exact findings (code, path, line) of the quick-start command."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from .helpers import AS_OF, run

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

EXPECTED = [
    # a second person, two versions: a mistyped end year, an old job left open, a rank that changed
    ("CV104", "falk/cv-2025.md", 9),
    ("CV106", "falk/cv-2025.md", 9),
    ("CV107", "falk/cv-2025.md", 15),
    ("CV005", "falk/cv-2025.md", 20),
    ("CV904", "falk/cv-2025.md", 26),  # an award copied twice
    # a line in white on the white page, addressed to screening software
    ("CV901", "okafor/cv.pdf", 5),
    ("CV902", "okafor/cv.pdf", 5),
    ("CV003", "yao/application-2024.txt", 3),
    ("CV903", "yao/cv-2025.txt", 2),  # +1 555 0100: the fictional range, a placeholder in a real CV
    ("CV601", "yao/cv-2025.txt", 3),
    ("CV101", "yao/cv-2025.txt", 14),
    ("CV102", "yao/cv-2025.txt", 26),
    # the blank-line text export of a 2026 PDF, and the 2026 PDF with a left-margin column
    ("CV701", "yao/cv-2026-export.txt", 21),
    ("CV702", "yao/cv-2026-export.txt", 39),
    ("CV108", "yao/cv-2026.pdf", 19),  # IJCAI 2023 here, 2024 in pubs.bib
    # opt-in publication-missing (run here, as every rule is; the command needs --bib-complete)
    ("CV006", "yao/cv-2026.pdf", 15),
    ("CV006", "yao/resume.json", 25),
    ("CV006", "yao/resume.json", 25),
    ("CV401", "yao/cv.md", 3),
    ("CV402", "yao/cv.md", 3),
    ("CV403", "yao/cv.md", 3),
    ("CV404", "yao/cv.md", 3),
    ("CV104", "yao/cv.md", 15),
    ("CV201", "yao/cv.md", 17),
    ("CV301", "yao/cv.md", 17),
    ("CV701", "yao/cv.md", 17),  # stale claims the older versions repeat are named there, not reported again
    ("CV104", "yao/cv.md", 22),
    ("CV302", "yao/cv.md", 27),
    ("CV701", "yao/cv.md", 27),
    ("CV701", "yao/cv.md", 28),
    ("CV202", "yao/cv.md", 29),
    ("CV303", "yao/resume.json", 30),
    ("CV501", "yao/site/_pages/cv.md", 18),
    ("CV701", "yao/site/_pages/cv.md", 18),
    ("CV103", "yao/site/_pages/cv.md", 25),
    ("CV004", "yao/site/_pages/cv.md", 27),
    ("CV105", "yao/site/_publications/2024-05-20-tiered-compaction.md", 5),
]


def _relative(path: str) -> str:
    return Path(path).resolve().relative_to(SAMPLES).as_posix()


def test_samples_exact_findings(rules):
    result = run([str(SAMPLES)], rules, AS_OF)
    found = sorted((f.code, _relative(f.span.path), f.span.line) for f in result.findings)
    assert found == sorted(EXPECTED)


def test_samples_group_the_versions_of_each_person(rules):
    result = run([str(SAMPLES)], rules, AS_OF)
    groups = sorted(sorted(_relative(p.source.path) for p in g.profiles) for g in result.groups)
    assert groups == [
        ["clean/ana-lima/Ana_Lima_CV.yaml", "clean/ana-lima/cv.md", "clean/ana-lima/cv.txt"],
        ["clean/omar-haddad/resume.md", "clean/omar-haddad/resume.tex"],
        ["falk/cv-2023.md", "falk/cv-2025.md"],
        ["okafor/cv.pdf"],
        ["yao/application-2024.txt", "yao/cv-2025.txt", "yao/cv-2026-export.txt", "yao/cv-2026.pdf", "yao/cv.md",
         "yao/pubs.bib", "yao/resume.json", "yao/site/_pages/cv.md", "yao/site/_publications/2024-05-20-tiered-compaction.md"],
    ]


def test_every_rule_fires_in_the_samples(rules):
    """The quick start shows every rule, except the two about files cvlint cannot read:
    samples hold no junk files on purpose (those rules fire in their own cases)."""
    fired = {code for code, _, _ in EXPECTED}
    assert fired == {r.code for r in rules} - {"CV001", "CV002"}


def test_clean_people_have_no_findings(rules):
    result = run([str(SAMPLES / "clean")], rules, AS_OF)
    assert result.findings == []


def test_pdf_export_and_margin_column_pdf_take_part_in_cross_version_findings(rules):
    result = run([str(SAMPLES)], rules, AS_OF)
    related = {(f.code, f.span.line): sorted(_relative(r.span.path) for r in f.related)
               for f in result.findings if _relative(f.span.path) == "yao/cv.md"}
    # the Cloudline dates as each version gives them: the export's "Jun. 2022 – Sep. 2022", the PDF's "06/2022 - 09/2022"
    assert related[("CV104", 22)] == ["yao/cv-2025.txt", "yao/cv-2026-export.txt", "yao/cv-2026.pdf", "yao/site/_pages/cv.md"]
    typo = next(f for f in result.findings if f.code == "CV403")
    # it writes the one-character-off address; each version named with the date it was written
    assert "yao/cv-2026-export.txt (06/2026), " in typo.message


def test_cross_version_finding_names_the_other_versions(rules):
    result = run([str(SAMPLES)], rules, AS_OF)
    venue = next(f for f in result.findings if f.code == "CV201")
    assert sorted((_relative(r.span.path), r.span.line) for r in venue.related) == [
        ("yao/application-2024.txt", 15), ("yao/cv-2025.txt", 16), ("yao/cv-2026-export.txt", 21),
        ("yao/site/_pages/cv.md", 18)]


def cvlint(*args, env=None):
    return subprocess.run([sys.executable, "-m", "cvlint", *args], capture_output=True, text=True, cwd=ROOT, env=env)


def test_quick_start_text_report_snapshot():
    done = cvlint("check", "samples/yao/cv-2025.txt", "--as-of", "2026-11-22")
    assert done.returncode == 1
    assert done.stdout == (
        "samples/yao/cv-2025.txt\n"
        "  2:32  warning  CV903 template-residue  a placeholder phone number left from a template: '555 0100'\n"
        "     2 │ ✉ yzhenyao.cs@gmail.com | ☎ +1 555 0100 | in linkedin.com/in/yizhenyao\n"
        "                                        ^^^^^^^^\n"
        "  3:16  error  CV601 personal-data-exposed  date of birth ('Date of birth') in a CV; remove it from public versions\n"
        "     3 │ Date of birth: ••••••••••\n"
        "                        ^^^^^^^^^^\n"
        "  14:1  error  CV101 date-range-inverted  date range ends (02/2023) before it starts (09/2023)\n"
        "    14 │ 09/2023 – 02/2023\n"
        "         ^^^^^^^^^^^^^^^^^\n"
        "  26:1  warning  CV102 date-unreadable  cannot read date '13/2023 – 05/2024': month 13 is out of range\n"
        "    26 │ 13/2023 – 05/2024\n"
        "         ^^^^^^^^^^^^^^^^^\n"
        "  29:78  warning  CV701 status-stale  'Submitted to NeurIPS 2024' is stale: 2024 is past\n"
        "    29 │ [1] Wei Zhang*, Yizhen Yao*, Ming Li. \"Tiered Compaction for Zoned Storage.\" Submitted to NeurIPS 2024.\n"
        "                                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "\n"
        "Found 5 problems (2 errors, 3 warnings) in 1 file.\n"
    )


def test_json_report_shape_and_no_personal_data():
    done = cvlint("check", "samples", "--as-of", "2026-11-22", "--format", "json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert set(report) == {"version", "files", "findings", "summary"}
    assert report["summary"] == {"error": 11, "warning": 22, "info": 1}
    first = report["findings"][0]
    for key in ("code", "name", "category", "severity", "message", "path", "line", "column",
                "end_line", "end_column", "related"):
        assert key in first
    mojibake = next(f for f in report["findings"] if f["code"] == "CV501")
    assert mojibake["fix"]["replacement"] == "’"
    assert "14.03.2003" not in done.stdout


def test_exit_codes():
    assert cvlint("check", "samples/clean", "--as-of", "2026-11-22").returncode == 0
    assert cvlint("check", "samples/yao/site", "--as-of", "2026-11-22", "--fail-on", "error").returncode == 1
    assert cvlint("check", "samples/yao/site/_pages/cv.md", "--select", "CV103", "--as-of", "2026-11-22").returncode == 0
    assert cvlint("check", "samples/yao/site/_pages/cv.md", "--select", "CV103", "--fail-on", "warning", "--as-of", "2026-11-22").returncode == 1
    assert cvlint("check", "samples", "--exit-zero", "--as-of", "2026-11-22").returncode == 0
    assert cvlint("check", "samples", "--as-of", "not-a-date").returncode == 2
    assert cvlint("check", "samples", "--select", "CV999").returncode == 2
    assert cvlint("explain", "no-such-rule").returncode == 2


def test_explain_by_code_and_by_name():
    by_code = cvlint("explain", "CV101")
    by_name = cvlint("explain", "date-range-inverted")
    assert by_code.returncode == 0 and by_code.stdout == by_name.stdout
    assert by_code.stdout.startswith("CV101 date-range-inverted\n")
    assert "Bad:" in by_code.stdout and "Good:" in by_code.stdout
    assert by_code.stdout.splitlines()[-1] == \
        "Documentation: https://github.com/cvlint-audit/cvlint/blob/v0.1.0/docs/rules.md#cv101-date-range-inverted"


def test_rules_lists_every_rule_from_the_catalogue(rules):
    done = cvlint("rules")
    assert [line.split()[0] for line in done.stdout.splitlines()] == [r.code for r in rules]


def test_parse_and_schema_are_json():
    parsed = json.loads(cvlint("parse", "samples/yao/cv.md").stdout)
    assert parsed[0]["person"]["names"][0]["value"] == "YAO Yizhen"
    schema = json.loads(cvlint("schema").stdout)
    assert "person" in schema["properties"]


def test_readme_rules_table_matches_the_catalogue(rules):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (CV\d{3}) \| ([a-z0-9-]+) \| (\w+) \| (\w+) \|$", readme, re.M)
    assert rows == [(r.code, r.name, r.category, r.severity) for r in rules]


# the samples not in UTF-8, and the encoding each was written in
LEGACY_SAMPLES = {"samples/yao/application-2024.txt": "latin-1"}


def test_every_sample_is_decoded_as_its_author_wrote_it():
    """No mojibake that cvlint made (issue #16): each sample's text as read equals its original
    (a Latin-1 letter decoded once with its own encoding), and every source line the quick
    start's report quotes is a line of that text."""
    from cvlint.readers.decode import decode

    originals = {}
    for path in sorted(SAMPLES.rglob("*")):
        name = path.relative_to(ROOT).as_posix()
        if not path.is_file() or path.suffix == ".pdf":
            continue
        originals[name] = path.read_bytes().decode(LEGACY_SAMPLES.get(name, "utf-8"))
        assert decode(path.read_bytes())[0] == originals[name], name
    assert "Universität Nordbrück" in originals["samples/yao/application-2024.txt"]
    report = cvlint("check", "samples", "--as-of", "2026-11-22").stdout
    current, quoted = None, 0
    for line in report.splitlines():
        if line.startswith("samples/"):
            current = line.strip()
        elif "│ " in line and current in originals:
            shown = line.split("│ ", 1)[1]
            # personal data is masked (•), a long line cut (…): the rest must be as written
            pattern = "".join("." if ch == "•" else re.escape(ch) for ch in shown.rstrip("…"))
            assert any(re.fullmatch(pattern + (".*" if shown.endswith("…") else ""), text)
                       for text in originals[current].splitlines()), (current, line)
            quoted += 1
    assert quoted > 20


def test_a_claim_is_quoted_whole_through_a_broken_apostrophe():
    """'Planned to submit to FASTâ€™25' (the site page's mojibake) is one claim, quoted whole —
    not cut at the broken character ('…to FASTâ') — and read as FAST 2025."""
    report = cvlint("check", "samples/yao/site/_pages/cv.md", "--as-of", "2026-11-22", "--select", "CV701",
                    "--format", "concise").stdout
    assert report.splitlines()[0] == ("samples/yao/site/_pages/cv.md:18:5: warning CV701 "
                                      "'Planned to submit to FAST\u00e2\u20ac\u212225' is stale: 2025 is past")
