"""The PDF reader's own stage: PDFium's characters, read a word at a time, gathered into runs.
Reading a word at once must give what placing each of its characters gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cvlint.readers import pdf, pdfium, read_bytes

from .pdfgen import make_layout_pdf, make_pdf, margin_column_cv

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def _superscript_cv() -> bytes:
    # Helvetica at 10 pt: "Ph.D." is 25.01 pt wide; the raised "1" (6 pt, 3.34 pt wide) touches it
    return make_layout_pdf([[(50, 60, "Ines Falk", True, 16),
                             (50, 100, "Education", True, 12),
                             (50, 120, "Ph.D.", False, 10), (75.01, 116, "1", False, 6), (78.35, 120, ", Harbour University", False, 10),
                             (470, 120, "2016 - 2020", False, 10),
                             (50, 140, "Wide   gaps   inside   a   line", False, 10)]])


FIXTURES = {
    "superscript": _superscript_cv(),
    "margin column": margin_column_cv("Ines Falk", [("EDUCATION", [("Harbour University", True, "2016 - 2020")]),
                                                    ("HONORS AND\nAWARDS", [("Best thesis", False, "2020")])]),
    "plain lines": make_pdf([["Ines Falk", "ines@example.se", "Experience", "• Engineer, Tidal Systems GmbH, 2021 – 2023 · Malmö"]]),
}


def _lines(data: bytes):
    document = read_bytes("cv.pdf", data)
    return [(l.number, l.text, l.kind, l.bold, l.size, l.gap, l.margin, l.page) for l in document.lines], document.hidden


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_a_word_at_once_reads_as_each_character_placed(name, monkeypatch):
    at_once = _lines(FIXTURES[name])
    monkeypatch.setattr(pdf, "_odd_word", lambda *args, **kwargs: True)  # every word's characters placed one by one
    assert _lines(FIXTURES[name]) == at_once


def test_a_raised_mark_at_a_words_end_is_placed_on_its_own():
    lines, _ = _lines(FIXTURES["superscript"])
    assert [text for _, text, *_ in lines] == ["Ines Falk", "Education", "Ph.D.1, Harbour University   2016 - 2020",
                                               "Wide gaps inside a line"]


@pytest.mark.parametrize("rise,last_x0,last_x1,odd", [
    (0.0, 80.0, 86.0, False),   # a six-letter word on its baseline
    (1.5, 80.0, 86.0, False),   # a rise under 0.2 em: kerning, not a mark
    (4.0, 80.0, 83.0, True),    # the last glyph raised: a footnote mark
    (0.0, 38.0, 44.0, True),    # the last glyph left of the first: drawn back over the word
    (0.0, 160.0, 166.0, True),  # a gap of over two ems inside the word
])
def test_odd_word(rise, last_x0, last_x1, odd):
    assert pdf._odd_word(50.0, rise, last_x0, last_x1, 6, 10.0) is odd


class _NoPageText:
    """PDFium, but its whole-page text unavailable: each character asked for by its index."""

    def __init__(self, lib):
        self._lib = lib

    def __getattr__(self, name):
        return getattr(self._lib, name)

    def FPDFText_GetText(self, *args):  # noqa: N802 - PDFium's name
        return 0


def _characters_both_ways(data: bytes) -> list[tuple[tuple[str, bool], tuple[str, bool]]]:
    document = pdfium.Document(data)
    out = []
    try:
        for number in range(len(document)):
            page = document.page(number)
            handle = page.text_page()
            count = document.lib.FPDFText_CountChars(handle)
            if count:
                out.append((pdf._page_characters(document.lib, handle, count), pdf._page_characters(_NoPageText(document.lib), handle, count)))
            page.close()
    finally:
        document.close()
    return out


def test_the_whole_page_text_is_each_characters_own():
    pairs = _characters_both_ways(make_pdf([["Ines Falk – Malmö · Curriculum Vitæ", "Éducation: 2016 – 2020 «Harbour»"]]))
    assert pairs and all(fast == slow for fast, slow in pairs)
    assert pairs[0][0][0].startswith("Ines Falk – Malmö · Curriculum Vitæ")


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside this checkout")
def test_the_whole_page_text_is_each_characters_own_on_real_pdfs():
    # real PDFs have line-end hyphens (0x02), which the whole-page text marks U+FFFE
    for path in sorted(SHARED.rglob("*.pdf")):
        for fast, slow in _characters_both_ways(path.read_bytes()):
            assert fast == slow, path.name


def test_pdfs_are_read_without_importing_pypdfium2(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(FIXTURES["plain lines"])
    code = ("import sys; from cvlint.readers import read_path; d = read_path(sys.argv[1]); "
            "print(d.lines[0].text, 'pypdfium2' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[0] == "Ines Falk False"


def test_a_page_of_text_scattered_at_random_x_is_not_searched_x_by_x():
    """Every x a cell starts at is a possible column edge; on a page of 10,000 rows at random
    x that search was quadratic (minutes). Only the most shared edges are tried there."""
    import random
    import time

    from cvlint.readers.pdf import _Cell, _Run, _in_columns

    rng = random.Random(7)
    rows = []
    for k in range(10_000):
        x = rng.uniform(30, 500)
        rows.append([_Cell([_Run("scattered words", x, x + rng.uniform(5, 80), 800 - k * 0.05, 10, False)], 1)])
    started = time.perf_counter()
    found = _in_columns(rows)
    assert time.perf_counter() - started < 10
    # every cell read once, whatever the order (random text may read as columns in places)
    assert sorted(id(c) for r in found for c in r) == sorted(id(c) for r in rows for c in r)
