"""Fuzzing every reader (issue #12): generated documents — random bytes, random mutations of the
bundled samples, and documents built from each format's own pieces (Markdown, LaTeX, BibTeX, JSON
Resume, RenderCV, text exports, PDFs) — never raise, stay within a time budget, and give valid
output in every format.

Two profiles: ``ci`` (the default, a few dozen examples a test, well under three minutes in
all) and ``long`` (``CVLINT_FUZZ=long python -m pytest tests/test_fuzz.py``: 100,000 examples a
reader, run before a release)."""

from __future__ import annotations

import io
import json
import os
import time
from datetime import date
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from cvlint.engine import run_checks  # noqa: E402
from cvlint.extract import extract  # noqa: E402
from cvlint.readers import read_bytes  # noqa: E402
from cvlint.reporters import FORMATS, render  # noqa: E402

from .pdfgen import make_layout_pdf  # noqa: E402

settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=int(os.environ.get("CVLINT_FUZZ_EXAMPLES", 100_000)), deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("CVLINT_FUZZ", "ci"))

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.suffix in (".md", ".txt", ".tex", ".bib", ".json", ".yaml", ".pdf"))
EXTENSIONS = [".md", ".txt", ".tex", ".xtx", ".bib", ".json", ".yaml", ".pdf"]
BUDGET_SECONDS = 5.0  # one document: read, extracted, checked and reported in every format
BUDGET_MIB = 500  # what one example may add to the process's memory at its peak


def _check(documents: list[tuple[str, bytes]], rules) -> None:
    """Read, extract, check and render ``documents``; nothing may raise or take too long, and
    every machine format must parse; the process's memory stays within its budget."""
    start, before = time.perf_counter(), _rss_mib()
    profiles = [extract(read_bytes(name, data)) for name, data in documents]
    result = run_checks(profiles, rules, date(2026, 11, 22))
    result.files = [name for name, _ in documents]
    for fmt in FORMATS:
        stream = io.StringIO()
        render(fmt, result, stream, rules)
        text = stream.getvalue()
        text.encode("utf-8")  # every format is valid UTF-8
        if fmt in ("json", "sarif"):
            json.loads(text)
        assert "\x1b" not in text
    assert time.perf_counter() - start < BUDGET_SECONDS, [name for name, _ in documents]
    # the peak since the process began, less the memory held when this example began: what
    # this example took at most (hypothesis itself keeps a record of every example it tried)
    assert _peak_mib() - before < BUDGET_MIB, [name for name, _ in documents]


def _peak_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _rss_mib() -> float:
    """The memory the process holds now (Linux), or its peak so far elsewhere."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1048576
    except (OSError, ValueError, IndexError):
        return _peak_mib()


# -- random bytes and mutated samples -------------------------------------------------------

@given(extension=st.sampled_from(EXTENSIONS), data=st.binary(max_size=4096))
def test_random_bytes(rules, extension, data):
    _check([(f"cv{extension}", data)], rules)


@st.composite
def mutated_sample(draw):
    path = draw(st.sampled_from(SAMPLE_FILES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "repeat"]))
        blob = draw(st.binary(min_size=1, max_size=16))
        if action == "insert":
            data[at:at] = blob
        elif action == "delete":
            del data[at:at + len(blob)]
        elif action == "replace":
            data[at:at + len(blob)] = blob
        else:  # a piece of the file many times over
            data[at:at] = bytes(data[at:at + 32]) * draw(st.integers(2, 200))
    return path.name, bytes(data)


@given(document=mutated_sample())
def test_mutated_samples(rules, document):
    _check([document], rules)


# -- documents built from each format's pieces ----------------------------------------------

WORDS = st.sampled_from(["Jane", "Doe", "University", "Research", "Intern", "Engineer", "Acme", "Lab", "of", "and",
                         "Submitted", "to", "FAST'25", "accepted", "in", "press", "first", "authorship", "Remote",
                         "Lund,", "Sweden", "Ph.D.", "M.Sc.", "**", "*", "_", "`", "[", "]", "(", ")", "|", "—", "–",
                         "-", "/", ":", ";", ",", ".", "†", "‡", "é", "ü", "中", "😀", "\\", "{", "}", "$", "&", "#",
                         "%", "@", "\t", "\x00", "\x1b", "jane@example.org", "jane@gmial.com", "+44 20 7946 0321"])
DATES = st.sampled_from(["2019 – 2021", "09/2023 – 02/2023", "Sep 2020 - present", "2024-09-31", "13/2023", "Fall 2022",
                         "Jun 2022 aug 2023", "03/14-07/17", "since 2016", "2016-2029", "2021", "Jan. 2020 -- May 2024",
                         "October2011", "Ene 2018 – Dic 2018", "2019-21", "(expected 2027)"])
PHRASE = st.lists(st.one_of(WORDS, DATES), min_size=0, max_size=14).map(" ".join)
HEADINGS = st.sampled_from(["Education", "Experience", "Publications", "Awards", "Research Experience", "Skills",
                            "References", "🎓 Formation", "Expériences professionnelles", "Berufserfahrung", "Other"])


@st.composite
def markdown_cv(draw):
    lines = [draw(st.sampled_from(["# Jane Doe", "Jane Doe", "---\ntitle: CV\n---", ""]))]
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["heading", "bullet", "nested", "text", "blank", "table", "fence", "setext", "html"]))
        phrase = draw(PHRASE)
        lines.append({"heading": f"## {draw(HEADINGS)}", "bullet": f"* {phrase}", "nested": f"  * {phrase}",
                      "text": phrase, "blank": "", "table": f"| {phrase} | {phrase} |\n|---|---|",
                      "fence": f"```text\n{phrase}\n```", "setext": f"{draw(HEADINGS)}\n======",
                      "html": f"<span class=\"x\">{phrase}</span>&nbsp"}[kind])
    return "cv.md", "\n".join(lines).encode("utf-8", "surrogatepass")


@st.composite
def latex_cv(draw):
    macros = [r"\section{%s}", r"\subsection{%s}", r"\cventry{%s}{%s}{%s}{%s}{%s}{%s}", r"\resumeSubheading{%s}{%s}{%s}{%s}",
              r"\cvevent{%s}{%s}{%s}{%s}", r"\entry{%s}{%s}", r"\item %s", r"\textbf{%s}", r"\begin{itemize}", r"\end{itemize}",
              r"\newcommand{\mine}[2]{\textbf{#1} #2}", r"\mine{%s}{%s}", r"\def\zero{%s}", r"\zero", r"\marginpar{%s}",
              r"\begin{tabular*}{0.9\textwidth}{l r} %s & %s \end{tabular*}", r"\cvdate{%s}", r"\name{%s}{%s}", "%s", "{", "}"]
    body = []
    for _ in range(draw(st.integers(0, 14))):
        macro = draw(st.sampled_from(macros))
        body.append(macro % tuple(draw(PHRASE) for _ in range(macro.count("%s"))))
    return "cv.tex", ("\\documentclass{article}\n\\begin{document}\n" + "\n".join(body) + "\n\\end{document}\n").encode()


@st.composite
def bibtex_file(draw):
    entries = []
    for i in range(draw(st.integers(0, 6))):
        fields = ", ".join(f"{name} = {{{draw(PHRASE)}}}" for name in draw(st.lists(
            st.sampled_from(["title", "author", "year", "booktitle", "journal", "note"]), max_size=6)))
        entries.append(draw(st.sampled_from([f"@article{{k{i}, {fields}}}", f"@string{{s{i} = \"{draw(PHRASE)}\"}}",
                                              f"@inproceedings{{k{i}, {fields}", f"@misc{{k{i}, title = s{i} # s{i}}}"])))
    return "pubs.bib", "\n".join(entries).encode()


JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), PHRASE),
                           lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(
                               st.sampled_from(["name", "position", "company", "startDate", "endDate", "highlights",
                                                "title", "authors", "date", "summary", "studyType", "institution"]), inner,
                               max_size=5)), max_leaves=30)


@st.composite
def json_resume(draw):
    resume = {"basics": {"name": draw(PHRASE), "email": draw(WORDS)},
              draw(st.sampled_from(["work", "education", "publications", "awards", "projects"])): draw(JSON_VALUES)}
    return "resume.json", json.dumps(resume).encode()


@st.composite
def rendercv_file(draw):
    sections = {draw(HEADINGS): draw(JSON_VALUES) for _ in range(draw(st.integers(0, 3)))}
    import yaml

    return "Jane_CV.yaml", yaml.safe_dump({"cv": {"name": draw(PHRASE), "sections": sections}}, allow_unicode=True).encode()


ALFOLIO_VALUES = st.recursive(st.one_of(st.none(), st.integers(), PHRASE),
                               lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(
                                   st.sampled_from(["name", "value", "title", "institution", "year", "description",
                                                    "items", "contents"]), inner, max_size=4)), max_leaves=30)


@st.composite
def alfolio_file(draw):
    sections = [{"title": draw(HEADINGS), "type": draw(st.sampled_from(["map", "time_table", "list", "nested_list", None])),
                 "contents": draw(ALFOLIO_VALUES)} for _ in range(draw(st.integers(1, 3)))]
    import yaml

    return "cv.yml", yaml.safe_dump(sections, allow_unicode=True, sort_keys=False).encode()  # title first, as al-folio writes it


@st.composite
def text_export(draw):
    lines = [draw(st.one_of(PHRASE, HEADINGS.map(str), st.just("1"))) for _ in range(draw(st.integers(0, 30)))]
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return "cv.txt", separator.join(lines).encode()


@st.composite
def pdf_cv(draw):
    items = [(draw(st.integers(0, 600)), draw(st.integers(0, 780)), draw(PHRASE).encode("cp1252", "ignore").decode("cp1252"),
              draw(st.booleans()), draw(st.sampled_from([6, 10, 12, 20]))) for _ in range(draw(st.integers(0, 25)))]
    return "cv.pdf", make_layout_pdf([items], scaled=draw(st.booleans()))


@pytest.mark.parametrize("strategy", [markdown_cv, latex_cv, bibtex_file, json_resume, rendercv_file, alfolio_file, text_export, pdf_cv],
                         ids=lambda s: s.__name__)
def test_documents_built_from_the_formats_pieces(rules, strategy):
    @given(document=strategy(), second=markdown_cv())
    def check(document, second):
        _check([document, second], rules)  # with a second version: grouping and cross-version rules run too

    check()
