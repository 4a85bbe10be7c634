"""Every format read into the same profile shape, with every value pointing at its place in
the source: JSON Resume, RenderCV YAML, BibTeX, LaTeX, PDF and academicpages collections."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cvlint.extract import extract
from cvlint.readers import discover, read_path

from .helpers import run, write_files
from .pdfgen import make_pdf

JSON_RESUME = """{
  "basics": {
    "name": "Mei Tanaka",
    "email": "mei.tanaka@example.org"
  },
  "work": [
    {
      "company": "Acme Storage",
      "position": "Research Intern",
      "website": "https://acme.example",
      "startDate": "2023-09-01",
      "endDate": "2023-02-01",
      "highlights": ["Built a tiered cache"]
    }
  ],
  "publications": [
    {"name": "Tiered Compaction for Zoned Storage", "publisher": "FAST", "releaseDate": "2025-02-01"}
  ]
}
"""

RENDERCV = """cv:
  name: Mei Tanaka
  email: mei.tanaka@example.org
  sections:
    experience:
      - company: Acme Storage
        position: Research Intern
        start_date: 2023-09
        end_date: present
    publications:
      - title: Tiered Compaction for Zoned Storage
        authors:
          - Wei Zhang
          - '***Mei Tanaka***'
        journal: FAST
        date: 2025-02
settings:
  current_date: 2025-03-01
"""

BIBTEX = r"""@string{fast = "USENIX FAST"}
% a comment line
@inproceedings{zhang2025,
  title = {Tiered Compaction for {Zoned} Storage},
  author = {Zhang, Wei$^*$ and Tanaka, Mei$^*$ and Se\'{a}n M{\"u}ller},
  booktitle = fast,
  year = {2025}
}
@article{tanaka2026,
  title = "Learned Cache Admission",
  author = "\textbf{Mei Tanaka} and Wei Zhang",
  journal = {ACM TOS},
  year = {in press}
}
"""

MODERNCV = r"""\documentclass[11pt]{moderncv}
\moderncvstyle{classic}
\name{Mei}{Tanaka}
\email{mei.tanaka@example.org}
\begin{document}
\section{Education}
\cventry{2019--2023}{Ph.D. in Computer Science}{Universit\"at Nordbr\"uck}{Nordbr\"uck}{}{Thesis on storage}
% \cventry{2017--2016}{Commented out}{Nowhere}{}{}{}
\section{Experience}
\cventry{09/2023 -- 02/2023}{Research Intern}{Acme Storage}{Remote}{}{}
\end{document}
"""

AWESOME_CV = r"""\documentclass{awesome-cv}
\name{Mei}{Tanaka}
\begin{document}
\cvsection{Experience}
\cventry
  {Research Intern} % position
  {Acme Storage}
  {Remote}
  {Sep. 2023 -- Feb. 2023}
  {
    \begin{cvitems}
      \item {Built a tiered cache}
    \end{cvitems}
  }
\end{document}
"""

JAKES = r"""\documentclass{article}
\begin{document}
\textbf{\Huge \scshape Mei Tanaka}
\section{Experience}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Acme Storage}{Remote}
      {Research Intern}{Sep 2023 -- Feb 2023}
      \resumeItemListStart
        \resumeItem{Built a tiered cache for \textbf{object stores}}
      \resumeItemListEnd
  \resumeSubHeadingListEnd
\end{document}
"""

COLLECTION_ITEM = """---
title: "Tiered Compaction for Zoned Storage"
collection: publications
date: 2025-02-01
venue: 'FAST'
citation: 'Zhang, W., &amp; Tanaka, M. (2025). &quot;Tiered Compaction for Zoned Storage.&quot; <i>FAST</i>.'
---
Abstract text.
"""


def profile_of(tmp_path, name, text):
    (path,) = write_files(tmp_path, {name: text})
    document = read_path(path)
    return document, extract(document)


def spans(items):
    return [(i.span.line, i.span.column) for i in items]


def test_json_resume_fields_point_at_their_json_lines(tmp_path):
    document, profile = profile_of(tmp_path, "resume.json", JSON_RESUME)
    assert document.format == "jsonresume" and not document.problems
    assert [n.value for n in profile.person.names] == ["Mei Tanaka"]
    assert [(e.section, e.title.value, e.title.span.line, e.title.span.column) for e in profile.entries] == [
        ("experience", "Research Intern", 9, 20), ("publications", "Tiered Compaction for Zoned Storage", 17, 15)]
    dates = profile.entries[0].dates
    assert (dates.start_text, dates.end_text, dates.span.line, dates.span.end_line) == ("2023-09-01", "2023-02-01", 11, 12)


def test_json_resume_inverted_range_is_found_on_its_line(tmp_path, rules):
    result = run(write_files(tmp_path, {"resume.json": JSON_RESUME}), rules)
    assert [(f.code, f.span.line) for f in result.findings] == [("CV101", 11)]


def test_malformed_json_is_a_finding_with_its_place(tmp_path, rules):
    result = run(write_files(tmp_path, {"resume.json": '{"basics": {"name": "Mei"},\n  "work": [1,, 2]}'}), rules)
    assert [(f.code, f.span.line, f.span.column) for f in result.findings] == [("CV001", 2, 14)]


def test_rendercv_authors_marked_bold_are_the_owner(tmp_path):
    document, profile = profile_of(tmp_path, "Mei_Tanaka_CV.yaml", RENDERCV)
    assert document.format == "rendercv" and not document.problems
    experience, publication = profile.entries
    assert (experience.title.value, experience.dates.open_end, experience.dates.span.line) == ("Research Intern", True, 8)
    assert [(a.name, a.is_self) for a in publication.authors] == [("Wei Zhang", False), ("Mei Tanaka", True)]
    assert publication.self_position == 2
    assert profile.source.version_date.year == 2025 and profile.source.version_date.month == 3


def test_yaml_is_composed_not_constructed_and_bombs_are_refused(tmp_path, rules):
    evil = "cv:\n  name: !!python/object/apply:os.system ['touch pwned']\n"
    layers = ["a: &a ['x','x','x','x','x','x','x','x','x']"]
    layers += [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(7)]
    bomb = "cv:\n  name: Mei Tanaka\n" + "\n".join(layers) + "\nsections: {x: [*h]}\n"
    result = run(write_files(tmp_path, {"a_CV.yaml": evil, "b_CV.yaml": bomb.replace("sections: {x: [*h]}", "z: [*h, *h]")}), rules)
    assert not (tmp_path / "pwned").exists()
    document = read_path(str(tmp_path / "b_CV.yaml"))
    assert [p.kind for p in document.problems] == ["malformed"] and "refused" in document.problems[0].message
    assert [(f.code, f.span.path.endswith("b_CV.yaml")) for f in result.findings] == [("CV001", True)]


def test_bibtex_authors_accents_marks_and_status_words(tmp_path):
    document, profile = profile_of(tmp_path, "pubs.bib", BIBTEX)
    assert document.format == "bibtex" and not document.problems
    first, second = profile.entries
    assert [(a.name, a.equal_contribution) for a in first.authors] == [
        ("Wei Zhang", True), ("Mei Tanaka", True), ("Seán Müller", False)]
    assert (first.title.value, first.title.span.line, first.year) == ("Tiered Compaction for Zoned Storage", 4, 2025)
    assert [(c.status, c.venue) for c in first.claims] == [("published", "FAST")]
    assert [(a.name, a.is_self) for a in second.authors] == [("Mei Tanaka", True), ("Wei Zhang", False)]
    assert "in press" in second.lines[0].value


@pytest.mark.parametrize("name,text", [("moderncv.tex", MODERNCV), ("awesome.tex", AWESOME_CV), ("jakes.tex", JAKES)])
def test_latex_templates_give_entries_on_their_source_lines(tmp_path, rules, name, text):
    document, profile = profile_of(tmp_path, name, text)
    assert document.format == "latex" and not document.problems
    assert [n.value for n in profile.person.names] == ["Mei Tanaka"]
    intern = next(e for e in profile.entries if e.title.value in ("Research Intern", "Acme Storage"))
    line = {"moderncv.tex": 10, "awesome.tex": 6, "jakes.tex": 8}[name]  # the role's own line
    assert intern.title.span.line == line
    result = run(write_files(tmp_path, {name: text}), rules)
    inverted = {"moderncv.tex": 10, "awesome.tex": 9, "jakes.tex": 8}[name]
    assert [(f.code, f.span.line) for f in result.findings] == [("CV101", inverted)]


def test_latex_accents_and_commented_out_blocks(tmp_path):
    document, profile = profile_of(tmp_path, "cv.tex", MODERNCV)
    assert profile.entries[0].lines[0].value == "Ph.D. in Computer Science, Universität Nordbrück, Nordbrück, 2019–2023"
    assert "Commented out" not in "\n".join(l.text for l in document.lines)


def test_pdf_pages_lines_and_version_date(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf([["Mei Tanaka", "Experience", "• Research Intern, Acme, 09/2023 – 02/2023"],
                               ["Publications", "[1] Wei Zhang, Mei Tanaka. \"Tiered Compaction.\" In FAST'25."]],
                              mod_date="20250301120000"))
    document = read_path(str(path))
    profile = extract(document)
    assert document.format == "pdf" and not document.problems
    assert [(l.number, l.page, l.text) for l in document.lines if l.text] == [
        (1, 1, "Mei Tanaka"), (2, 1, "Experience"), (3, 1, "Research Intern, Acme, 09/2023 – 02/2023"),
        (4, 2, "Publications"), (5, 2, "Wei Zhang, Mei Tanaka. \"Tiered Compaction.\" In FAST'25.")]
    assert [(e.title.value, e.org.value if e.org else None, e.title.span.line, e.title.span.page) for e in profile.entries] == [
        ("Research Intern", "Acme", 3, 1), ("Tiered Compaction", None, 5, 2)]
    assert (profile.source.version_date.year, profile.source.version_date.month) == (2025, 3)


def test_pdf_ligatures_and_hyphenation():
    from cvlint.readers.pdf import clean_page_text

    assert clean_page_text("ﬁle system ef-\nﬁciency\nWell-\nKnown") == "file system efficiency\nWell-\nKnown"


def test_bad_pdfs_are_findings(tmp_path, rules):
    scanned = make_pdf([[]])
    files = {"scan.pdf": scanned, "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage",
             "fake.pdf": b"not a pdf at all"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = run([str(tmp_path / n) for n in files], rules)
    assert sorted((f.code, f.span.path.rsplit("/", 1)[-1]) for f in result.findings) == [
        ("CV001", "broken.pdf"), ("CV001", "fake.pdf"), ("CV001", "scan.pdf")]


def test_encrypted_pdf_is_a_finding(tmp_path, rules):
    from pypdf import PdfReader, PdfWriter

    source = tmp_path / "plain.pdf"
    source.write_bytes(make_pdf([["Mei Tanaka"]]))
    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(tmp_path / "locked.pdf", "wb") as handle:
        writer.write(handle)
    result = run([str(tmp_path / "locked.pdf")], rules)
    assert [(f.code, "encrypted" in f.message) for f in result.findings] == [("CV001", True)]


def test_collection_item_is_one_publication_of_the_owner(tmp_path):
    document, profile = profile_of(tmp_path, "_publications/2025-02-01-tiered.md", COLLECTION_ITEM)
    (entry,) = profile.entries
    assert (entry.section, entry.title.value, entry.title.span.line, entry.year) == (
        "publications", "Tiered Compaction for Zoned Storage", 6, 2025)
    assert [a.name for a in entry.authors] == ["Zhang, W.", "Tanaka, M."]
    assert [(f.source, f.value) for f in profile.facts] == [
        ("the file name (2025-02-01)", "2025"), ("date:", "2025"), ("citation:", "2025")]


def test_folder_walk_finds_every_format_and_skips_other_data(tmp_path):
    files = {"cv.tex": MODERNCV, "resume.json": JSON_RESUME, "Mei_CV.yaml": RENDERCV, "pubs.bib": BIBTEX,
             "package.json": '{"name": "site", "version": "1.0.0"}', "_config.yml": "title: My site\n",
             "_publications/2025-02-01-tiered.md": COLLECTION_ITEM}
    write_files(tmp_path, files)
    (tmp_path / "cv.pdf").write_bytes(make_pdf([["Mei Tanaka"]]))
    found = sorted(p[len(str(tmp_path)) + 1:] for p in discover([str(tmp_path)]))
    assert found == ["Mei_CV.yaml", "_publications/2025-02-01-tiered.md", "cv.pdf", "cv.tex", "pubs.bib", "resume.json"]


def test_parse_gives_the_same_shape_for_every_format(tmp_path):
    files = {"cv.tex": MODERNCV, "resume.json": JSON_RESUME, "Mei_CV.yaml": RENDERCV, "pubs.bib": BIBTEX,
             "_publications/2025-02-01-tiered.md": COLLECTION_ITEM}
    paths = write_files(tmp_path, files)
    (tmp_path / "cv.pdf").write_bytes(make_pdf([["Mei Tanaka", "Experience", "• Intern, Acme, 2023 – 2024"]]))
    paths.append(str(tmp_path / "cv.pdf"))
    out = subprocess.run([sys.executable, "-m", "cvlint", "parse", *paths], capture_output=True, text=True, check=True)
    profiles = json.loads(out.stdout)
    assert sorted(p["source"]["format"] for p in profiles) == ["bibtex", "jsonresume", "latex", "markdown", "pdf", "rendercv"]
    assert {tuple(sorted(p)) for p in profiles} == {tuple(sorted(profiles[0]))}
    assert all(p["entries"] for p in profiles)


def test_checking_markdown_never_imports_pdf_or_yaml_libraries(tmp_path):
    (path,) = write_files(tmp_path, {"cv.md": "# Mei Tanaka\n## Experience\n* Intern, Acme, 2023 – 2024\n"})
    code = ("import sys; from cvlint.cli import main\n"
            f"sys.argv = ['cvlint', 'check', {path!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pypdf', 'yaml', 'rich', 'pydantic', 'ftfy', 'charset_normalizer') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_pdf_not_rebuilt_from_its_latex_source_is_found(tmp_path, rules):
    """The most common drift: the source moved on, the compiled PDF in the repo did not."""
    source = MODERNCV.replace(r"\section{Experience}", "\\section{Publications}\n\\begin{enumerate}\n"
                              "\\item \\textbf{Mei Tanaka}, Wei Zhang. ``Tiered Compaction for Zoned Storage.'' Submitted to EuroSys 2027.\n"
                              "\\end{enumerate}\n\\section{Experience}")
    paths = write_files(tmp_path, {"cv.tex": source})
    (tmp_path / "cv.pdf").write_bytes(make_pdf([[
        "Mei Tanaka", "Publications",
        "[1] Mei Tanaka, Wei Zhang. \"Tiered Compaction for Zoned Storage.\" Submitted to FAST 2027."]],
        mod_date="20240101000000"))
    result = run(paths + [str(tmp_path / "cv.pdf")], rules)
    venue = [f for f in result.findings if f.code == "CV201"]
    assert [(f.span.path.rsplit("/", 1)[-1], f.span.line) for f in venue] == [("cv.tex", 11)]
    assert [(r.span.path.rsplit("/", 1)[-1], r.span.line, r.span.page) for r in venue[0].related] == [("cv.pdf", 3, 1)]


FRIGGERI = r"""\documentclass[]{friggeri-cv}
\begin{document}
\header{\hspace{1cm}Mei}{ Tanaka}{Storage systems researcher}
\fcolorbox{white}{gray}{\parbox{\dimexpr\textwidth-2\fboxsep}{Open to postdoctoral positions}}
\section{Experience}
\begin{entrylist}
\entry{2021--2023}{Research Intern}{Acme Storage}{Tiered compaction for zoned disks.}
\end{entrylist}
\end{document}
"""


def test_latex_friggeri_header_names_the_owner_and_layout_arguments_are_no_text(tmp_path):
    document, profile = profile_of(tmp_path, "cv.tex", FRIGGERI)
    assert [n.value for n in profile.person.names] == ["Mei Tanaka"]
    assert [l.text for l in document.lines if l.text][:3] == ["Mei Tanaka", "Storage systems researcher",
                                                              "Open to postdoctoral positions"]


@pytest.mark.parametrize("tex,text", [
    (r"{\LARGE \textbf{Mei Tanaka}} \\[2pt]", "Mei Tanaka"), (r"Lund \\*[-1ex] Sweden", "Lund   Sweden"),
    (r"Lund \\[0.5\baselineskip] Sweden", "Lund   Sweden"), (r"Lund \\ [remote] Sweden", "Lund   [remote] Sweden"),
    (r"\colorbox{gray}{Skills}", "Skills"), (r"\parbox{3cm}{Lund, Sweden}", "Lund, Sweden"),
    (r"\nobreakvspace{0.4em}\bodytext{Kernel upgrades}", "Kernel upgrades"), (r"\years{2019} Lund", "2019 Lund"),
    (r"\multirow{5}{*}{{\fontsize{50}{60}\selectfont Mei Tanaka}}", "Mei Tanaka"),
    (r"\multirow[t]{2}{3cm}{Lund}", "Lund"), (r"\multicolumn{2}{@{}l@{}}{\textbf{Harbour Lab}}", "Harbour Lab")])
def test_tex_layout_lengths_and_colours_are_no_text(tex, text):
    from cvlint.readers.tex import tex_to_text

    assert tex_to_text(tex)[0] == text


HIPSTER = r"""\documentclass[pastel]{simplehipstercv}
\begin{document}
\simpleheader{headercolour}{Mei}{Tanaka}{Storage engineer}{white}
\columnratio{0.23}[0.75]
\section*{Experience}
\cvevent{2021--2023}{Research Intern}{Acme Storage}{Lund (Sweden)}{Tiered compaction for zoned disks.}{pictures/acme.png}
\cvevent{Sept. 2019 -- 2020}{Teaching Assistant}{Harbour University}{Lund (Sweden)}{Operating systems.}{}
\end{document}
"""


def test_latex_simple_hipster_cvevent_puts_its_dates_first(tmp_path):
    document, profile = profile_of(tmp_path, "cv.tex", HIPSTER)
    assert [(e.title.value, e.org.value, e.location.value, e.dates.text, e.title.span.line) for e in profile.entries] == [
        ("Research Intern", "Acme Storage", "Lund (Sweden)", "2021–2023", 6),
        ("Teaching Assistant", "Harbour University", "Lund (Sweden)", "Sept. 2019 – 2020", 7)]
    assert "0.23" not in "\n".join(l.text for l in document.lines)  # \columnratio{0.23}[0.75]: layout


ALFOLIO = """- title: General Information
  type: map
  contents:
    - name: Full Name
      value: Mei Tanaka
    - name: Email
      value: mei.tanaka@example.org
- title: Education
  type: time_table
  contents:
    - title: PhD in Computer Science
      institution: Harbour University, Lund, Sweden
      year: 2019 - 2024
      description:
        - Thesis on tiered compaction for zoned storage.
        - title: Teaching
          contents:
            - Operating systems, two terms.
- title: Experience
  type: time_table
  contents:
    - title: Research Intern
      institution: Acme Storage
      year: 09/2023 - 02/2023
- title: Skills
  type: nested_list
  contents:
    - title: Languages
      items:
        - Rust, C++
- title: Service
  type: list
  contents:
    - Reviewer for a storage workshop, 2024.
"""


def test_alfolio_cv_data_gives_entries_on_their_source_lines(tmp_path, rules):
    document, profile = profile_of(tmp_path, "cv.yml", ALFOLIO)
    assert document.format == "alfolio" and not document.problems
    assert [n.value for n in profile.person.names] == ["Mei Tanaka"]
    assert [e.value for e in profile.person.emails] == ["mei.tanaka@example.org"]
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("education", "Education"), ("experience", "Experience"), ("skills", "Skills"), ("service", "Service")]
    phd, intern = profile.entries[:2]
    assert (phd.title.value, phd.org.value, phd.dates.text, phd.title.span.line) == (
        "PhD in Computer Science", "Harbour University, Lund, Sweden", "2019 - 2024", 11)
    assert [t.value for t in phd.lines[1:]] == ["Thesis on tiered compaction for zoned storage.", "Teaching",
                                                "Operating systems, two terms."]
    result = run(write_files(tmp_path, {"_data/cv.yml": ALFOLIO}), rules)
    assert [(f.code, f.span.line) for f in result.findings] == [("CV101", 24)]
    # found when its folder is walked, as a RenderCV file is
    from cvlint.readers import discover

    assert [p.rsplit("/", 1)[-1] for p in discover([str(tmp_path / "_data")])] == ["cv.yml"]


ALFOLIO_GAPS = """- title: General Information
  type: map
  contents:
    - name: Full Name
      value: Mei Tanaka
    - name: Email
- title: Awards
  type: nested_list
  contents:
    - items:
        - Best poster award, 2021.
    - title: 2019
      items:
- title: Experience
  type: time_table
  contents:
    - title: Research Intern
      year: 2022
      description:
        - title:
          contents: 3
- title: Other
  type: list
  contents: 5
"""


def test_alfolio_cv_data_with_empty_and_missing_lists_is_read_without_loss(tmp_path, rules):
    """A value left out, a list left empty or a number where a list goes: read around, never a crash."""
    document, profile = profile_of(tmp_path, "cv.yml", ALFOLIO_GAPS)
    assert document.format == "alfolio" and not document.problems
    assert [n.value for n in profile.person.names] == ["Mei Tanaka"]
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("awards", "Awards"), ("experience", "Experience"), ("other", "Other")]
    assert [(e.title.value, e.dates.text, e.title.span.line) for e in profile.entries if e.section == "experience"] == [
        ("Research Intern", "2022", 17)]
    assert run(write_files(tmp_path, {"_data/cv.yml": ALFOLIO_GAPS}), rules).findings == []


TWENTY_VARIANTS = r"""\documentclass{twentysecondcv}
\begin{document}
\section{Experience}
\begin{twenty}
\twentyitem{Jun 2019}{Present}{DevOps Consultant}{Nordvik Systems}{Lund, Sweden}{Pipelines for the build farm.}
\twentyitem{Sep 2018 - }{Jun 2019}{Research Assistant}{Harbour University}{Lund, Sweden}{Wave tank models.}
\twentyitem{Avril 2018}{\textit{\small{6 mois}}}{Stage ingénieur}{Tidal Systems}{Kiel}{Simulateur de trajectoires.}
\twentyitem{2015 -- 2016}{Lab Assistant}{Gothenburg, Sweden}{Kept the robotics lab running.}
\end{twenty}
\end{document}
"""


def test_latex_twentyitem_as_the_file_redefines_it(tmp_path):
    """A twentysecondcv file's own \\twentyitem: the dates in two arguments (an end that is
    "Present"), a duration beside the date, an organisation before the place; the original's
    four arguments still read as they were."""
    document, profile = profile_of(tmp_path, "cv.tex", TWENTY_VARIANTS)
    assert [(e.title.value, e.org.value if e.org else None, e.location.value if e.location else None, e.dates.text)
            for e in profile.entries] == [
        ("DevOps Consultant", "Nordvik Systems", "Lund, Sweden", "Jun 2019 – Present"),
        ("Research Assistant", "Harbour University", "Lund, Sweden", "Sep 2018 - Jun 2019"),
        ("Stage ingénieur", "Tidal Systems", "Kiel", "Avril 2018"),
        ("Lab Assistant", None, "Gothenburg, Sweden", "2015 – 2016")]
