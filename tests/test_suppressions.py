"""Inline suppressions, each in its format's own comment syntax, with every rule running."""

from __future__ import annotations

from .helpers import run, write_files


def found(tmp_path, files, rules):
    result = run(write_files(tmp_path, files), rules)
    return sorted((f.code, f.span.path[len(str(tmp_path)) + 1:], f.span.line) for f in result.findings)


def test_comments_silence_the_findings_they_name(tmp_path, rules):
    files = {
        "cv.md": "# Mei Tanaka\n<!-- cvlint: disable-next-line CV101 -- the dates are right, the job was cancelled -->\n"
                 "* Intern, Acme, 09/2023 – 02/2023\n* Lecturer, Uni, 05/2024 – 01/2024 <!-- cvlint: disable-line dates -->\n"
                 "* Assistant, Lab, 05/2021 – 01/2021\n",
        "cv.tex": "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n"
                  "Intern, Acme, 09/2023 -- 02/2023 % cvlint: disable-line date-range-inverted\n\\end{document}\n",
        "Mei_CV.yaml": "# cvlint: disable-file CV1\ncv:\n  name: Mei Tanaka\n  sections:\n    experience:\n"
                       "      - company: Acme\n        position: Intern\n        start_date: 2023-09\n        end_date: 2023-02\n",
    }
    assert found(tmp_path, files, rules) == [("CV101", "cv.md", 5)]


def test_a_comment_that_silences_nothing_is_a_finding(tmp_path, rules):
    files = {"cv.md": "# Mei Tanaka\n<!-- cvlint: disable-next-line CV101 -->\n* Intern, Acme, 09/2022 – 02/2023\n"
                      "<!-- cvlint: disable-next-line email-domain-typo -->\nmei.tanaka@gmial.com\n"}
    assert found(tmp_path, files, rules) == [("CV004", "cv.md", 2)]


def test_comments_for_rules_left_out_of_the_run_are_not_judged(tmp_path, rules):
    files = {"cv.md": "# Mei Tanaka\n<!-- cvlint: disable-next-line CV101 -->\n* Intern, Acme, 09/2022 – 02/2023\n"}
    only = [r for r in rules if r.code == "CV004"]
    assert found(tmp_path, files, only) == []
