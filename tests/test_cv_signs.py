"""What is a CV (issue #16): a file found by walking a folder is checked only if it shows two
signs of a CV (a name at the top, contact details at the top, kinds of CV section, dated
entries), or is a CV data format or a site's publication page; a file named is always checked."""

from __future__ import annotations

import subprocess
import sys

from cvlint.extract import extract
from cvlint.extract.signs import cv_signs, looks_like_cv
from cvlint.readers import read_path
from cvlint.tables import load_tables

CV = """# Mei Tanaka

mei.tanaka@example.org · +44 20 7946 0018

## Education
* PhD in Computer Science, Harbour University, 2019 – 2024

## Experience
* Research Engineer, Tidal Labs, 09/2023 – 02/2023
"""
CONTRIBUTING = """# Contributing to Tidal

Thanks for helping! Open an issue before a large change.

## Development

Run the tests with `make test`. Releases since 2019 – 2024 are listed in CHANGES.md.
Format the code with `make format` before you commit.

## Projects

The tools live in `tools/`, one folder each, with a README of their own.
A change to a tool needs a test in its own folder.

## Contact

Questions: maintainers@example.org
"""
CHANGES = """# Changes

## 2.0 (2024)
* Dropped Python 3.8, 2019 – 2024.
"""
PREPRINT = """---
title: 'Tiered Compaction for Zoned Storage'
collection: preprints
venue: 'FAST'
date: 2024-02-27
---
An abstract.
"""


def _signs(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    profile = extract(read_path(str(path)), load_tables())
    signs = cv_signs(profile)
    return signs, looks_like_cv(signs)


def test_signs_of_a_cv_and_of_other_documents(tmp_path):
    assert _signs(tmp_path, "cv.md", CV) == (
        ["a name at the top", "contact details at the top", "a section of education", "a section of experience",
         "dated entries"], True)
    # "Projects" is a CV heading, a title can read as a name: one sign is not enough
    assert _signs(tmp_path, "CONTRIBUTING.md", CONTRIBUTING) == (["a section of projects"], False)
    assert _signs(tmp_path, "CHANGES.md", CHANGES) == ([], False)
    assert _signs(tmp_path, "notes.md", "Call the plumber about the sink.\n") == ([], False)
    # a CV data format settles it alone
    assert _signs(tmp_path, "resume.json", '{"basics": {"label": "Engineer"}}\n') == (["a jsonresume file"], True)
    # a paper's page of a site collection, whatever the collection is called
    assert _signs(tmp_path, "2024-tiered.md", PREPRINT) == (["a page of the site's publications", "a section of publications"], True)


def _check(folder, *args):
    done = subprocess.run([sys.executable, "-m", "cvlint", "check", "--format", "concise", "--as-of", "2026-11-22",
                           "--no-config", *args], capture_output=True, text=True, cwd=folder)
    return done.returncode, done.stdout.splitlines(), done.stderr


def test_a_walk_skips_files_that_are_not_cvs_and_names_them_with_v(tmp_path):
    (tmp_path / "cv.md").write_text(CV)
    (tmp_path / "CHANGES.md").write_text(CHANGES)
    (tmp_path / "notes.md").write_text("Interview on 09/2023 – 02/2023, ask about the gap.\n")
    code, out, err = _check(tmp_path, ".")
    assert code == 1 and err == ""
    assert out == ["cv.md:9:34: error CV101 date range ends (02/2023) before it starts (09/2023)",
                   "Found 1 problem(s): 1 error."]
    code, out, err = _check(tmp_path, ".", "-v")
    assert err.splitlines() == [
        "cvlint: skipped 2 files found in folders that do not look like a CV (name a file to check it anyway):",
        "  CHANGES.md: no sign of a CV",
        "  notes.md: no sign of a CV"]
    # named, a file is checked whatever it looks like
    code, out, err = _check(tmp_path, "notes.md")
    assert (code, out[0]) == (1, "notes.md:1:14: error CV101 date range ends (02/2023) before it starts (09/2023)")


def test_a_folder_with_no_cv_warns_and_exits_0(tmp_path):
    (tmp_path / "CHANGES.md").write_text(CHANGES)
    code, out, err = _check(tmp_path, ".")
    assert (code, err) == (0, "cvlint: warning: no CV files found in .\n")


PAPER = """# Learned Cache Admission for Edge Servers

Mei Tanaka, Wei Zhang — mei.tanaka@example.org

## Abstract
We admit objects to an edge cache with a learned model.

## 1 Introduction
Edge caches serve most requests of a content network.

## 2 Related Work
Admission policies since 2015 – 2020 filter one-hit wonders.

## Education of the model
The model is trained on traces from 2019 – 2021.

## 5 Conclusion
A learned admission policy halves the misses.

## References
1. Wei Zhang. Caching. 2019.
"""


def test_a_research_paper_is_not_a_cv_whatever_else_it_shows(tmp_path):
    signs, is_cv = _signs(tmp_path, "paper.md", PAPER)
    assert (signs, is_cv) == ([
        "contact details at the top", "a section of references",
        "but a paper's sections (abstract, introduction, related work, conclusion)"], False)
    # a CV's own sections never read as a paper's: the sample CV has none of them
    assert _signs(tmp_path, "cv.md", CV)[1] is True


def test_slides_a_scanned_certificate_and_a_cv_in_one_walked_folder(tmp_path):
    """A portfolio's files/: slides (pages wider than tall) and a scanned certificate (no text)
    are skipped when the folder is walked; a CV's PDF with no text is reported, as its name
    says it is a CV."""
    from .pdfgen import drawn_pdf

    slide = ("BT /F1 24 Tf 60 520 Td (Mei Tanaka) Tj ET BT /F1 12 Tf 60 490 Td (mei.tanaka@example.org) Tj ET "
             "BT /F1 18 Tf 60 440 Td (Research) Tj ET BT /F1 12 Tf 60 410 Td (Tiered compaction, 2019 - 2021) Tj ET "
             "BT /F1 12 Tf 60 390 Td (Learned caches, 2021 - 2023) Tj ET").encode()
    (tmp_path / "talk-2023.pdf").write_bytes(drawn_pdf(slide, media_box="0 0 792 612"))
    (tmp_path / "certificate.pdf").write_bytes(drawn_pdf(b"0 0 1 rg 100 100 200 200 re f"))
    (tmp_path / "Mei_Tanaka_CV.pdf").write_bytes(drawn_pdf(b"0 0 1 rg 100 100 200 200 re f"))
    code, out, err = _check(tmp_path, ".", "-v")
    assert out == ["Mei_Tanaka_CV.pdf:1:1: error CV001 cannot read this file: the PDF has no text layer "
                   "(1 page(s) of images?); check the source it was made from instead", "Found 1 problem(s): 1 error."]
    assert err.splitlines() == [
        "cvlint: skipped 2 files found in folders that do not look like a CV (name a file to check it anyway):",
        "  certificate.pdf: no text to read, and not named as a CV",
        "  talk-2023.pdf: a name at the top, contact details at the top, a section of research, dated entries, "
        "but its pages are wider than tall (slides, a poster)"]
    # the same slides on portrait pages read as a CV
    (tmp_path / "talk-2023.pdf").write_bytes(drawn_pdf(slide))
    assert "talk-2023.pdf" not in _check(tmp_path, ".", "-v")[2]
