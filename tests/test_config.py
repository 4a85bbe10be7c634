"""Project settings: where they are found, what each key does, and that every mistake in
them stops the run with the file, the key and a suggestion."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from .helpers import write_files

CV = """# Mei Tanaka
mei.tanaka@gmial.com
## Experience
* Research Intern, Acme, 09/2023 – 02/2023
* Award, 2027
"""


def cvlint(cwd, *args):
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22", "--format", "concise", *args],
                          capture_output=True, text=True, cwd=cwd, env=env)
    findings = [m.group(1) for m in re.finditer(r"^\S+:\d+:\d+: (\w+ [A-Z]+\d+)", done.stdout, re.M)]
    return done.returncode, findings, done.stderr.strip()


def codes(findings):
    return [f.split()[1] for f in findings]


def test_pyproject_settings_select_ignore_and_severity(tmp_path):
    write_files(tmp_path, {"cv.md": CV, "pyproject.toml": '[project]\nname = "site"\n\n[tool.cvlint]\n'
                           'ignore = ["email-domain-typo"]\nseverity = { CV101 = "warning" }\n'})
    status, findings, _ = cvlint(tmp_path, "cv.md")
    assert (status, findings) == (0, ["warning CV101"])


def test_nearest_settings_file_wins_and_flags_win_over_it(tmp_path):
    write_files(tmp_path, {"pyproject.toml": '[tool.cvlint]\nselect = ["CV402"]\n',
                           "site/cvlint.toml": 'select = ["dates"]\nfail-on = "warning"\n', "site/cv.md": CV})
    status, findings, _ = cvlint(tmp_path / "site", "cv.md")
    assert (status, codes(findings)) == (1, ["CV101"])
    status, findings, _ = cvlint(tmp_path / "site", "cv.md", "--select", "contact")
    assert (status, codes(findings)) == (1, ["CV402"])
    status, findings, _ = cvlint(tmp_path / "site", "cv.md", "--config", str(tmp_path / "pyproject.toml"))
    assert codes(findings) == ["CV402"]
    status, findings, _ = cvlint(tmp_path / "site", "cv.md", "--no-config")
    assert codes(findings) == ["CV402", "CV101"]


def test_per_file_ignores_files_and_exclude(tmp_path):
    write_files(tmp_path, {".cvlint.toml": 'files = ["cvs/*"]\nexclude = ["cvs/old/*"]\n'
                           '[per-file-ignores]\n"cvs/draft*.md" = ["dates"]\n',
                           "cvs/cv.md": CV, "cvs/draft.md": CV, "cvs/old/cv.md": CV, "notes/todo.md": CV})
    status, findings, _ = cvlint(tmp_path, ".")
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22", "--format", "concise", "."],
                          capture_output=True, text=True, cwd=tmp_path)
    located = sorted(line.split(": ")[0].rsplit(":", 2)[0] + " " + line.split()[2] for line in done.stdout.splitlines() if " CV" in line)
    assert located == ["cvs/cv.md CV101", "cvs/cv.md CV402", "cvs/draft.md CV402"]


def test_groups_owner_and_extra_venues(tmp_path):
    old = '# Mei Tanaka\nLast updated: 2024\n## Publications\n1. Wei Zhang, M. Tanaka. "Tiered Compaction." Submitted to MLSys 2027.\n'
    new = '## Publications\n1. M. Tanaka, Wei Zhang. "Tiered Compaction." Submitted to Conference on Machine Learning and Systems 2027.\n'
    write_files(tmp_path, {"a.md": old, "b.md": new, "cvlint.toml": 'groups = [["a.md", "b.md"]]\nowner = ["M. Tanaka"]\n'
                           '[extend-venues]\nMLSys = ["Conference on Machine Learning and Systems"]\n'})
    status, findings, _ = cvlint(tmp_path, "a.md", "b.md")
    # one paper, same venue by its alias: only the author order differs, and it is found
    assert codes(findings) == ["CV302"]


def test_extend_rules_adds_a_rule_without_python(tmp_path):
    rule = ('code = "XY101"\nname = "award-in-future"\ncategory = "dates"\nseverity = "error"\ncheck = "date-in-future"\n'
            'summary = "s"\nmessage = "{why} in the future"\n[docs]\nwhat = "w"\nwhy = "y"\nbad = "b"\ngood = "g"\n')
    write_files(tmp_path, {"my-rules/dates/award.toml": rule, "cvlint.toml": 'extend-rules = ["my-rules"]\nselect = ["XY101"]\n',
                           "cv.md": "# Mei Tanaka\n## Awards\n* Best Paper Award, 2027\n"})
    status, findings, _ = cvlint(tmp_path, "cv.md")
    assert (status, codes(findings)) == (1, ["XY101"])


def test_mistakes_in_settings_name_the_file_the_key_and_a_suggestion(tmp_path):
    cases = {
        'selct = ["CV101"]\n': "cvlint.toml: unknown key 'selct'; did you mean 'select'?",
        'ignore = ["CV10l"]\n': "cvlint.toml: ignore: no rule, code prefix or category 'CV10l'; did you mean 'CV101'?",
        '[severity]\nCV101 = "eror"\n': "cvlint.toml: severity.CV101: 'eror' is not one of info, warning, error; did you mean 'error'?",
        'select = "CV101"\n': "cvlint.toml: select must be a list, not 'CV101'",
        'as-of = "yesterday"\n': "cvlint.toml: as-of: 'yesterday' is not a date (YYYY-MM-DD)",
        'select = [\n': "cvlint.toml: not valid TOML",
    }
    write_files(tmp_path, {"cv.md": CV})
    for text, message in cases.items():
        (tmp_path / "cvlint.toml").write_text(text)
        status, _, stderr = cvlint(tmp_path, "cv.md")
        assert status == 2 and message in stderr, (text, stderr)
    (tmp_path / "cvlint.toml").unlink()
    write_files(tmp_path, {"pyproject.toml": "[tool.cvlint]\nfail_on = 'warning'\n"})
    status, _, stderr = cvlint(tmp_path, "cv.md")
    assert status == 2 and "pyproject.toml [tool.cvlint]: unknown key 'fail_on'; did you mean 'fail-on'?" in stderr


def test_rules_and_explain_list_the_projects_own_rules(tmp_path):
    rule = ('code = "XY101"\nname = "award-in-future"\ncategory = "dates"\nseverity = "error"\ncheck = "date-in-future"\n'
            'summary = "An award dated after today."\nmessage = "{why} in the future"\n[docs]\nwhat = "w"\nwhy = "y"\nbad = "b"\ngood = "g"\n')
    write_files(tmp_path, {"my-rules/dates/award.toml": rule, "cvlint.toml": 'extend-rules = ["my-rules"]\n'})
    listed = subprocess.run([sys.executable, "-m", "cvlint", "rules"], capture_output=True, text=True, cwd=tmp_path).stdout
    assert "XY101  award-in-future" in listed
    shown = subprocess.run([sys.executable, "-m", "cvlint", "explain", "XY101"], capture_output=True, text=True, cwd=tmp_path)
    assert shown.stdout.splitlines()[:3] == ["XY101 award-in-future", "", "An award dated after today."]
    # its documentation is its own file, not the project's online page
    assert shown.stdout.splitlines()[-1] == f"Rule file: {os.path.join('my-rules', 'dates', 'award.toml')}"


def test_extend_sections_names_a_heading_the_vocabulary_does_not_know(tmp_path):
    cv = "# Mei Tanaka\n\n## Kleine Ehren\n\n* Best Poster, 2027\n"
    write_files(tmp_path, {"cv.md": cv})
    # an unknown heading: a future date under it is not judged as an award's
    assert cvlint(tmp_path, "cv.md")[:2] == (0, [])
    write_files(tmp_path, {"cvlint.toml": '[extend-sections]\nawards = ["Kleine Ehren"]\n'})
    assert cvlint(tmp_path, "cv.md")[:2] == (0, ["warning CV103"])


def test_extend_sections_rejects_an_unknown_kind_with_a_suggestion(tmp_path):
    write_files(tmp_path, {"cv.md": CV, "cvlint.toml": '[extend-sections]\nexperiance = ["Werdegang"]\n'})
    status, _, error = cvlint(tmp_path, "cv.md")
    assert status == 2 and "no section kind 'experiance'; did you mean experience?" in error


def test_extend_sections_reaches_headings_set_letter_by_letter():
    """Added once headings were read: the words known for letter-spaced headings are the new
    vocabulary's too (a cache of them is cleared with the others)."""
    from cvlint import headings

    assert headings.section_kind("K L E I N E  E H R E N") is None
    saved = {kind: list(phrases) for kind, phrases in headings._EXTRA.items()}
    try:
        headings.extend_sections({"awards": ["Kleine Ehren"]})
        assert headings.section_kind("K L E I N E E H R E N") == "awards"
    finally:
        headings._EXTRA.clear()
        headings._EXTRA.update(saved)
        headings.extend_sections({})
