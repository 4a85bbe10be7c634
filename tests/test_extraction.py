"""Extraction, stage by stage, on fixtures written for each layout (tests/extraction/):
the document's rhythm and line features (stage 1), line roles (stage 2), sections and entries
(stage 3) and fields (stage 4), then end to end through a rule. The ``.roles`` files beside
the fixtures are the ``cvlint parse --explain`` view of each, reviewed as a diff when a
heuristic changes (``python scripts/update_extraction_fixtures.py`` rewrites them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cvlint.extract import analyse, extract
from cvlint.extract.explain import explain
from cvlint.extract.types import Role
from cvlint.readers import read_path

from .helpers import run, write_files
from .pdfgen import margin_column_cv

FIXTURES = Path(__file__).resolve().parent / "extraction"
LAYOUTS = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".tex"))


def _read(name: str):
    document = read_path(str(FIXTURES / name))
    return document, analyse(document), extract(document)


def _roles(analysis, *texts: str) -> list[str]:
    by_text = {t.info.text: t.role for t in analysis.tagged}
    return [by_text[text] for text in texts]


def _fields(entry) -> tuple:
    return (entry.section, entry.title.value, entry.org.value if entry.org else None,
            entry.location.value if entry.location else None, entry.dates.text if entry.dates else None)


def _entries_of(tmp_path, name: str, text: str) -> list:
    """The entries extracted from a file ``name`` written with ``text``."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return extract(read_path(str(tmp_path / name))).entries


# -- golden views, one per layout ------------------------------------------------------

@pytest.mark.parametrize("path", LAYOUTS, ids=[p.name for p in LAYOUTS])
def test_each_layout_reads_as_its_reviewed_role_view(path):
    document = read_path(str(path))
    expected = path.with_name(path.name + ".roles").read_text(encoding="utf-8")
    assert explain(analyse(document)) == expected


# -- a PDF exported to text with a blank line after every line -------------------------

def test_blank_lines_after_every_line_are_line_ends_not_breaks():
    _, analysis, _ = _read("blank_line_export.txt")
    assert not analysis.rhythm.blank_is_break and round(analysis.rhythm.blank_ratio, 2) == 0.96  # 26 of 27 lines
    # the wrapped halves of a bullet and of a paragraph go on the line above
    assert _roles(analysis, "traces from two cloud providers.", "their compaction cheaper on flash devices.") == [
        Role.CONTINUATION, Role.CONTINUATION]


def test_a_heading_over_two_lines_is_one_heading():
    _, analysis, profile = _read("blank_line_export.txt")
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("research", "Research Interests"), ("education", "Education:"), ("experience", "Research Experience"),
        ("publications", "Publications:")]
    assert _roles(analysis, "Research Interests", "Research Experience") == [Role.HEADING, Role.HEADING]


def test_a_header_of_three_lines_is_one_entry_with_its_fields():
    _, analysis, profile = _read("blank_line_export.txt")
    job = next(e for e in profile.entries if e.section == "experience")
    assert _fields(job) == ("experience", "Doctoral Researcher", "Log Systems Group", "London, UK",
                            "September 2019 – June 2024")
    assert job.header_lines == 3 and [b.value[:20] for b in job.bullets] == ["Designed a write-opt", "Mentored four master"]
    assert _roles(analysis, "London, UK") == [Role.HEADER]


def test_degrees_with_an_advisor_line_are_two_entries():
    _, _, profile = _read("blank_line_export.txt")
    assert [_fields(e) for e in profile.entries if e.section == "education"] == [
        ("education", "Ph.D.", "Department of Computer Science", None, "2024"),
        ("education", "M.Sc.", "School of Informatics", None, "2019")]


def test_multi_line_publications_are_one_entry_each_with_authors_venue_and_status():
    _, _, profile = _read("blank_line_export.txt")
    papers = [e for e in profile.entries if e.section == "publications"]
    assert [(p.title.value, p.year, p.self_position) for p in papers] == [
        ("Skew-aware compaction for log-structured merge trees", 2024, 1),
        ("Learned admission for flash caches", None, 2),
        ("Tail latency of compaction under mixed workloads", 2022, 2)]
    # the owner is found by name in the third, where the file does not make it bold
    assert [a.name for a in papers[2].authors] == ["Lindqvist P.", "Okafor L.", "D. Reyes"]
    assert [(c.kind, c.status, c.venue) for c in papers[1].claims] == [
        ("status", "submitted", None), ("status", "submitted", "acm transactions on storage")]
    assert [(c.kind, c.status, c.venue) for c in papers[0].claims] == [("status", "published", "VLDB")]
    assert [(c.kind, c.venue, c.text) for c in papers[2].claims] == [
        ("venue", "HotStorage", "Proceedings of the 13th USENIX Workshop on Hot Topics in Storage (HotStorage 2022)")]


def test_a_page_number_is_noise():
    _, analysis, _ = _read("blank_line_export.txt")
    assert _roles(analysis, "2") == [Role.NOISE]


# -- section labels a PDF export put at the start of a line, or stacked at a page top ---

def test_margin_labels_sharing_a_line_are_split_off():
    _, analysis, profile = _read("margin_label_export.txt")
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("education", "Education"), ("experience", "Research Experience"), ("publications", "Publications"),
        ("experience", "Professional Experience")]
    assert _fields(profile.entries[0]) == ("education", "M.S. in Data Science", "Danube University", "Budapest, Hungary",
                                           "June 2026")


def test_labels_stacked_at_a_page_top_open_where_the_content_changes():
    _, _, profile = _read("margin_label_export.txt")
    papers = [e.title.value for e in profile.entries if e.section == "publications"]
    assert papers == ["Robust Segmentation of Street Scenes under Fog", "Efficient Depth Completion for Low-Power Devices"]
    jobs = [_fields(e) for e in profile.entries if e.span.line > 36]
    assert jobs == [("experience", "Machine Learning Intern", "Northwind Analytics", "Remote", "June 2025 – August 2025"),
                    ("experience", "Teaching Assistant", "Danube University", None, "September 2024 – December 2024")]


def test_a_heading_over_its_smaller_sub_heading_at_a_page_top_opens_there(tmp_path):
    """"Presentations" over a smaller "Invited Talks" at the top of a PDF page: a section and
    its sub-heading, not labels stacked away from their content; the talks under them are no
    papers of the section before."""
    from .pdfgen import make_layout_pdf

    paper = "Falk, Ines and Arne Berg (2023). \u201cTidal turbines at low cost\u201d. In: Proceedings of Ocean Energy."
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([
        [(50, 40, "Ines Falk", True, 20), (50, 70, "Conference Proceedings", True, 13), (50, 90, paper, False, 10)],
        [(50, 40, "Presentations", True, 13), (50, 58, "Invited Talks", True, 11),
         (50, 76, "Harbour University, Lab Meeting, Tidal Turbines.", False, 10),
         (50, 90, "Fjord Institute, Lab Meeting, Tidal Turbines.", False, 10)]]))
    profile = extract(read_path(str(path)))
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("publications", "Conference Proceedings"), ("talks", "Presentations"), ("talks", "Invited Talks")]
    assert [(e.section, e.span.line) for e in profile.entries] == [("publications", 3)]


def test_a_status_without_a_venue_takes_the_venue_of_its_sentence():
    _, _, profile = _read("margin_label_export.txt")
    under_review = next(e for e in profile.entries if e.title.value.startswith("Efficient Depth"))
    assert [(c.status, c.venue) for c in under_review.claims] == [("submitted", "ECCV")]


# -- a whole CV in a plain-text code fence ----------------------------------------------

def test_a_cv_written_as_one_text_fence_is_read_as_text():
    _, _, profile = _read("plain_text_fence.md")
    assert [n.value for n in profile.person.names] == ["Mara Lindgren"]
    assert [_fields(e) for e in profile.entries] == [
        ("experience", "Staff Engineer", "NORDVIK PAYMENTS", None, "2022-"),
        ("experience", "Senior Engineer", "BALTIC LOGISTICS", None, "2017-2022"),
        ("experience", "Engineer", "FJORD SOFTWARE", None, "2014-2017"),
        ("education", "MSc Computer Science", "Lund University", None, None),
        ("education", "BSc Mathematics", "Lund University", None, None)]
    assert profile.entries[0].dates.open_end and len(profile.entries[1].lines) == 3  # its indented paragraph


def test_a_code_sample_fence_stays_out():
    document = read_path(str(FIXTURES / "markdown_entries_no_name.md"))
    assert all(line.kind != "meta" or not line.text for line in document.lines)


# -- academicpages: emoji headings, no name, nested bullets, link-first publications ----

def test_academicpages_page_with_emoji_headings_and_no_name():
    _, _, profile = _read("academicpages_cv.md")
    assert profile.person.names == [] and [s.kind for s in profile.sections] == ["education", "experience", "publications"]
    assert [_fields(e) for e in profile.entries if e.section != "publications"] == [
        ("education", "Ph.D. in Marine Biology", "Coral Coast University", None, "2021-now"),
        ("education", "M.Sc. in Ecology", "Lakeside University", None, "2018-2020"),
        ("experience", "Research assistant", "Lakeside Freshwater Institute", "Canada", "Mar 2019 - Aug 2020")]


def test_title_first_and_quoted_publications_with_bold_owner():
    _, _, profile = _read("academicpages_cv.md")
    first, second = [e for e in profile.entries if e.section == "publications"]
    assert (first.title.value, first.self_position, [(c.kind, c.status) for c in first.claims]) == (
        "Reef recovery after marine heatwaves", 1, [("status", "submitted")])
    assert (second.title.value, second.year, second.self_position) == ("Plankton counts from images", 2023, 2)
    assert [a.name for a in second.authors] == ["Duarte, M.", "Ansel, P.", "Ng, K."]
    assert [(c.kind, c.text) for c in second.claims] == [("venue", "Limnology and Oceanography")]


# -- '#' sections with '##' entries, and an equal-contribution legend -------------------

def test_second_level_headings_are_entries_not_the_name():
    _, _, profile = _read("markdown_entries_no_name.md")
    assert profile.person.names == []
    assert [_fields(e) for e in profile.entries if e.section == "experience"] == [
        ("experience", "Research Intern", "Tidewater Robotics Lab", None, "June 2023 – August 2023"),
        ("experience", "Software Engineer", "Harbour Systems", None, "2020 – 2022")]


def test_equal_contribution_marks_follow_the_legend():
    _, _, profile = _read("markdown_entries_no_name.md")
    swarm, sonar = [e for e in profile.entries if e.section == "publications"]
    assert [(a.name, a.equal_contribution) for a in swarm.authors] == [
        ("Ibsen, K.", True), ("Moreau, J.", True), ("Sato, H.", False)]
    # the legend says † marks the corresponding author, not an equal contribution
    assert [(a.name, a.equal_contribution) for a in sonar.authors] == [
        ("Moreau, J.", False), ("Sato, H.", False), ("Ibsen, K.", False)]


# -- a real PDF with a left-margin section column ---------------------------------------

MARGIN_PDF_SECTIONS = [
    ("EDUCATION", [("Harbour University", True, "2016 - 2020"), ("B.Sc. in Marine Engineering", False, "")]),
    ("WORK\nEXPERIENCE", [("Tidal Systems GmbH", True, "03/2021 - 02/2022"), ("Control Engineer", False, ""),
                          ("Tuned the pitch controllers of six turbines.", False, "")]),
    ("PUBLICATIONS", [("Falk I., Berg T. 2023. Wake steering in shallow seas. Submitted to Wind Energy Science.",
                       False, "")]),
]


def test_pdf_left_margin_labels_become_sections_and_date_columns_cells(tmp_path):
    path = tmp_path / "falk.pdf"
    path.write_bytes(margin_column_cv("Ines Falk", MARGIN_PDF_SECTIONS))
    document = read_path(str(path))
    assert [(l.text, l.margin) for l in document.lines[:3]] == [
        ("Ines Falk", False), ("EDUCATION", True), ("Harbour University   2016 - 2020", False)]
    assert document.lines[2].bold == [(0, len("Harbour University"))] and document.lines[0].size > 1.4
    profile = extract(document)
    assert [n.value for n in profile.person.names] == ["Ines Falk"]
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("education", "EDUCATION"), ("experience", "WORK EXPERIENCE"), ("publications", "PUBLICATIONS")]
    assert [_fields(e) for e in profile.entries[:2]] == [
        ("education", "B.Sc. in Marine Engineering", "Harbour University", None, "2016 - 2020"),
        ("experience", "Control Engineer", "Tidal Systems GmbH", None, "03/2021 - 02/2022")]
    paper = profile.entries[2]
    assert (paper.title.value, paper.self_position, [(c.status, c.venue) for c in paper.claims]) == (
        "Wake steering in shallow seas", 1, [("submitted", "wind energy science")])


# -- end to end: one person, a PDF text export and a Markdown page ----------------------

def test_a_venue_changed_between_a_blank_line_export_and_markdown_is_one_finding(tmp_path, rules):
    files = {"okafor/cv-export.txt": (FIXTURES / "blank_line_export.txt").read_text(encoding="utf-8"),
             "okafor/cv.md": (FIXTURES / "okafor_markdown.md").read_text(encoding="utf-8")}
    result = run(write_files(tmp_path, files), rules, date(2025, 1, 15))
    assert [(f.code, Path(f.span.path).name, f.span.line) for f in result.findings] == [("CV201", "cv.md", 20)]
    assert "'Submitted to FAST 2025'" in result.findings[0].message and "ACM Transactions on Storage" in result.findings[0].message


# -- LaTeX: the file's own macros, a margin heading, dated paragraphs, and templates ------

def test_latex_macros_the_file_defines_are_read_where_they_are_used():
    _, analysis, profile = _read("latex_own_macros.tex")
    assert [n.value for n in profile.person.names] == ["Saga Lindholm"]
    # \marginhead{…} typesets its argument as a margin note: a section heading
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("education", "education"), ("experience", "appointments"), ("other", "Fieldwork")]
    # no font options, lengths or column specifications leak into the text
    assert not any("=" in t.info.text or "OldStyle" in t.info.text for t in analysis.tagged)
    assert [_fields(e) for e in profile.entries] == [
        ("education", "Nordhavn University: M.Sc. Physical Oceanography", None, None, "Sep. 2018 – June 2020"),
        ("experience", "Research Scientist", "Baltic Climate Institute", None, "2021–2024"),
        ("experience", "Visiting Researcher", "Fjord Marine Station", None, "2020"),
        ("other", "Chief scientist's assistant on RV Polarlys", "Arctic Survey Cruise", None, "2019–2020"),
        ("other", "Data Engineer", "Skagen Analytics", "Remote", "Jan 2024 – Present")]
    # an argument that holds \item … is the entry's list, not a field of its header
    assert [b.value for b in profile.entries[-1].bullets] == [
        "Moved the nightly tide models to a streaming pipeline.", "Cut the cost of storage by half."]


def test_latex_template_macros_state_their_fields():
    _, _, profile = _read("latex_templates.tex")
    assert [n.value for n in profile.person.names] == ["Jonas Ekberg"]
    assert [_fields(e) for e in profile.entries] == [
        ("education", "MSc in Robotics", "Kattegat University", "Gothenburg, Sweden", "June 2019"),
        ("experience", "Control Engineer", "Skerry Robotics", "Malmo, Sweden", "Jan 2020 – Present"),
        ("experience", "Intern", "Harbor Automation", "Gothenburg, Sweden", "June 2018 – Aug 2018"),
        ("projects", "Open Gripper", "Kattegat University Robotics Club", "Gothenburg, Sweden", "2017 – 2018"),
        ("projects", "Sea Drone", "Kattegat University Robotics Club", "Gothenburg, Sweden", "2016 – 2017"),
        # \subsection{Org} + \entry{Title}{Dates}: the entry is titled by its role, not the organisation
        ("teaching", "Teaching Assistant", "Kattegat University", None, "Sep 2018 – Dec 2018"),
        ("teaching", "Lab Assistant", None, "Gothenburg, Sweden", "2015 – 2016")]
    assert [b.value for b in profile.entries[1].bullets] == ["Tuned the gait controller of a four-legged robot."]


def test_french_headings_and_month_abbreviations(tmp_path):
    (tmp_path / "cv.md").write_text(
        "# Claire Dubois\n\n## 💼 Expériences professionnelles\n\n### Chargée de communication / Agence Nord\n"
        "*📅 Fév 2021 - Maintenant*\n\n## 🎓 Formation\n\n### Master 2 Communication\n*📅 2020*\n\n"
        "## 🛠️ Compétences & Passions\n\n- Rédaction\n", encoding="utf-8")
    profile = extract(read_path(str(tmp_path / "cv.md")))
    assert [s.kind for s in profile.sections] == ["experience", "education", "skills"]
    assert [_fields(e) for e in profile.entries] == [
        ("experience", "Chargée de communication", "Agence Nord", None, "Fév 2021 - Maintenant"),
        ("education", "Master 2 Communication", None, None, "2020")]
    assert profile.entries[0].dates.open_end



# -- small layout rules ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Feb-Apr 2020: Research Assistant", ("Feb-Apr 2020", (2020, 2), (2020, 4))),
    ("June – August 2023", ("June – August 2023", (2023, 6), (2023, 8))),
    ("2024-   NORTHWIND", ("2024-", (2024, None), None)),
    ("Analyst 03/14-07/17", ("03/14-07/17", (2014, 3), (2017, 7))),
    ("March2012 - May2014", ("March2012 - May2014", (2012, 3), (2014, 5))),
    ("Member since 2016", ("since 2016", (2016, None), None)),
    ("2010 Jul.-Dec.   Technical assistant", ("2010 Jul.-Dec.", (2010, 7), (2010, 12))),
])
def test_ranges_written_in_short(text, expected):
    from cvlint.extract.dates import find_dates

    (found,) = find_dates(text)
    end = (found.end_date.year, found.end_date.month) if found.end_date else None
    assert (found.text, (found.date.year, found.date.month), end) == expected and found.is_range


def test_a_line_listing_several_years_gives_its_entry_no_date(tmp_path):
    (tmp_path / "cv.md").write_text("# Mei Tanaka\n## Awards\n* Honour Roll (2020, 2019, 2018)\n* Best Paper Award (2020)\n",
                                    encoding="utf-8")
    profile = extract(read_path(str(tmp_path / "cv.md")))
    assert [(e.title.value, e.dates.text if e.dates else None) for e in profile.entries] == [
        ("Honour Roll", None), ("Best Paper Award", "2020")]


@pytest.mark.parametrize("text,place", [("Lund, Sweden", True), ("Boston MA", True), ("Remote", True),
                                        ("Nantes (44)", True), ("Tester, Accenture", False), ("Staff Engineer", False)])
def test_places(text, place):
    from cvlint.extract.words import names_a_place

    assert names_a_place(text) is place


def test_pdf_running_heads_are_noise_and_scaled_type_has_its_size(tmp_path):
    from .pdfgen import make_layout_pdf

    head = [(50, 30, "Ines Falk - Curriculum Vitae", False, 8)]
    page_one = head + [(50, 80, "Ines Falk", True, 16), (50, 120, "Experience", True, 12),
                       (50, 140, "Tidal Systems GmbH   2021 - 2023", True, 10)]
    page_two = head + [(50, 80, "Publications", True, 12), (50, 100, "Falk I. 2023. Wake steering in shallow seas.", False, 10)]
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([page_one, page_two], scaled=True))
    document = read_path(str(path))
    analysis = analyse(document)
    assert _roles(analysis, "Ines Falk - Curriculum Vitae") == [Role.NOISE]
    # the name is set in 1-point type scaled 16 times: 1.6 times the body text
    assert next(l for l in document.lines if l.text == "Ines Falk").size == 1.6


@pytest.mark.parametrize("text,expected", [
    ("2023-11-31", "November 2023 has 30 days, not 31"),
    ("31.04.2020", "April 2020 has 30 days, not 31"),
    ("2023-02-29", "February 2023 has 28 days, not 29"),
    ("2024-02-29", None),
])
def test_calendar_dates_are_checked(text, expected):
    from cvlint.extract.dates import find_dates

    (found,) = find_dates(text)
    assert found.problem == expected


@pytest.mark.parametrize("text,expected", [
    # an academic year: a year and the next, the second in two digits or four
    ("Winter Semester 2018/19", [("2018/19", (2018, None), (2019, None), False)]),
    ("WS 2018/2019", [("2018/2019", (2018, None), (2019, None), False)]),
    ("2018/19 – 2020/21", [("2018/19 – 2020/21", (2018, None), (2021, None), False)]),
    ("2018-19 – 2020-21", [("2018-19 – 2020-21", (2018, None), (2021, None), False)]),
    ("2016 – 2019/20", [("2016 – 2019/20", (2016, None), (2020, None), False)]),
    ("2019/20 – present", [("2019/20 – present", (2019, None), None, True)]),
    ("since 2019/20", [("since 2019/20", (2019, None), None, True)]),
    ("Sep 2018 - 2019/20", [("Sep 2018 - 2019/20", (2018, 9), (2020, None), False)]),
    ("2018/19 – Sep 2020", [("2018/19 – Sep 2020", (2018, None), (2020, 9), False)]),
    # not academic years: a month (two digits up to 12), a pair of years that do not follow on
    ("2011/12 – 2013/03", [("2011/12 – 2013/03", (2011, 12), (2013, 3), False)]),
    # a range's "to" in French, Spanish, Italian and Portuguese
    ("2007 à 2013", [("2007 à 2013", (2007, None), (2013, None), False)]),
    ("de enero 2019 a marzo 2020", [("enero 2019 a marzo 2020", (2019, 1), (2020, 3), False)]),
    ("dal 2007 al 2013", [("2007 al 2013", (2007, None), (2013, None), False)]),
    ("2018 até 2020", [("2018 até 2020", (2018, None), (2020, None), False)]),
    ("2023/09", [("2023/09", (2023, 9), None, False)]),
])
def test_academic_years_are_ranges(text, expected):
    from cvlint.extract.dates import find_dates

    assert [(f.text, (f.date.year, f.date.month), f.end_date and (f.end_date.year, f.end_date.month), f.open_end)
            for f in find_dates(text)] == expected


@pytest.mark.parametrize("text,problem", [("2015/19", "month 19 is out of range"), ("since 2019/15", "month 15 is out of range"),
                                          ("2023/13", "month 13 is out of range")])
def test_a_year_pair_that_is_no_academic_year_stays_a_problem(text, problem):
    from cvlint.extract.dates import find_dates

    assert [f.problem for f in find_dates(text)] == [problem]


def test_a_publication_date_is_not_a_range_in_its_title_and_one_outside_it_comes_first(tmp_path):
    (tmp_path / "cv.md").write_text(
        "# Ines Falk\n\n## Publications\n\n"
        "* Ines Falk, Mei Lund. \"Storm surges of the 2015/16 winter in shallow seas.\" Under review at Ocean Science.\n"
        "* Ines Falk. \"Wake steering since 2016 revisited.\" Renewable Energy, 2023.\n"
        "* Ines Falk. \"Offshore wind in 2024: a review.\" Wind Energy Science.\n", encoding="utf-8")
    profile = extract(read_path(str(tmp_path / "cv.md")))
    assert [(e.title.value, e.dates and e.dates.text) for e in profile.entries] == [
        ("Storm surges of the 2015/16 winter in shallow seas", None),
        ("Wake steering since 2016 revisited", "2023"),
        ("Offshore wind in 2024: a review", "2024")]


def test_two_months_side_by_side_are_a_range():
    from cvlint.extract.dates import find_dates

    (found,) = find_dates("Research Assistant, Mar 2021 sep 2022")
    assert (found.text, found.is_range, found.end_date.month) == ("Mar 2021 sep 2022", True, 9)
    assert [f.text for f in find_dates("May 2020, June 2021")] == ["May 2020", "June 2021"]  # a list, not a range


def test_pdf_name_set_larger_between_contact_details_is_its_own_line(tmp_path):
    from .pdfgen import make_layout_pdf

    items = [(240, 50, "Ines Falk", True, 20), (140, 64, "Nationality: Swedish", False, 9), (260, 64, "ines@example.se", False, 9),
             (50, 100, "Experience", True, 12), (50, 120, "Tidal Systems GmbH   2021 - 2023", True, 10)]
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([items]))
    document = read_path(str(path))
    assert [l.text for l in document.lines[:2]] == ["Ines Falk", "Nationality: Swedish   ines@example.se"]
    assert [n.value for n in extract(document).person.names] == ["Ines Falk"]


def test_margin_labels_under_a_section_label_name_entries(tmp_path):
    from .pdfgen import make_layout_pdf

    items = [(150, 40, "Ines Falk", True, 16),
             (40, 80, "EDUCATION", True, 10), (150, 80, "Harbour University   2016 - 2020", False, 10),
             (40, 110, "EXPERIENCE", True, 10), (40, 123, "Control Engineer", True, 10),
             (150, 110, "Tidal Systems GmbH   03/2021 - 02/2022", False, 10),
             (150, 123, "Tuned the pitch controllers of six turbines.", False, 10)]
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([items]))
    profile = extract(read_path(str(path)))
    assert [s.heading.value for s in profile.sections] == ["EDUCATION", "EXPERIENCE"]
    job = profile.entries[-1]
    assert (job.section, job.title.value, job.dates.text) == ("experience", "Control Engineer", "03/2021 - 02/2022")


def test_parse_explain_shows_how_versions_were_matched_with_scores():
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "cvlint", "parse", "--explain", "samples/falk"], capture_output=True,
                          text=True, cwd=root)
    assert done.returncode == 0
    view = done.stdout[done.stdout.index("## versions of one person"):]
    assert view.splitlines()[:4] == [
        "## versions of one person, oldest first: samples/falk/cv-2023.md, samples/falk/cv-2025.md",
        "   'M.Sc. in Marine Engineering, Harbour University' (education)",
        "     100  samples/falk/cv-2023.md:9  M.Sc. in Marine Engineering (2016 - 2019)",
        "          samples/falk/cv-2025.md:9  M.Sc. in Marine Engineering (2016 - 2029)"]


def test_referees_emails_are_not_the_owners_and_a_title_after_the_name_is_dropped(tmp_path):
    (tmp_path / "cv.md").write_text("# Mei Tanaka, Ph.D. Candidate\n\nmei@example.org\n\n## Education\n\n"
                                    "* Ph.D., Example University, 2020 - 2025\n\n## References\n\n"
                                    "* Prof. Ana Lima, ana.lima@example.edu\n", encoding="utf-8")
    profile = extract(read_path(str(tmp_path / "cv.md")))
    assert [n.value for n in profile.person.names] == ["Mei Tanaka"]
    assert [e.value for e in profile.person.emails] == ["mei@example.org"]


def test_two_author_citations_of_a_blank_line_export_are_one_entry_each():
    """A PDF's text export with a blank line after every line: each citation starts with its
    author list, and a list of two authors ends in a full stop ("Ming Li, Jane Doe. Title")."""
    from cvlint.extract import extract
    from cvlint.readers import read_bytes

    text = ("Jane Doe\n\njane@example.org\n\nPublications\n\n"
            "Jane Doe, Wei Zhang, Ming Li. \"Tiered Compaction for Zoned Storage.\" Submitted to\n\nNeurIPS 2024.\n\n"
            "Jane Doe, Ana Lima. \"Learned Cache Admission for Edge Servers.\" Under review at ICML\n\n2024.\n\n"
            "Ming Li, Jane Doe. \"Energy-Aware Scheduling of Serverless Functions.\" Accepted to\n\nIJCAI 2024.\n")
    profile = extract(read_bytes("cv.txt", text.encode()))
    assert [(e.span.line, e.title.value, len(e.authors), e.self_position) for e in profile.entries] == [
        (7, "Tiered Compaction for Zoned Storage", 3, 1), (11, "Learned Cache Admission for Edge Servers", 2, 1),
        (15, "Energy-Aware Scheduling of Serverless Functions", 2, 2)]


def test_a_text_without_a_digit_holds_no_date_nor_date_like_text(monkeypatch):
    """find_dates answers () at once for a text with no digit; that holds while every form of
    date, and every date-like string reported as not one, has a digit."""
    import random
    import re

    from cvlint.extract import dates

    pieces = list("abcdefghijklmnopqrstuvwxyzSEPTJan /-–—.,'’()") + [
        "2019", "21", "09/", "Sep ", "since ", "Fall ", "Present", "٢٠٢٠", "03/14-07/17", "Spet 2023 - ", "May", "to"]
    rng = random.Random(14)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 24))) for _ in range(20_000)]
    gated = [repr(dates.find_dates.__wrapped__(t)) for t in texts]
    monkeypatch.setattr(dates, "_DIGIT", re.compile(""))  # every text looked at in full
    assert [repr(dates.find_dates.__wrapped__(t)) for t in texts] == gated
    assert sum(found != "()" for found in gated) > 3_000


def test_text_that_cannot_hold_date_leftovers_is_left_as_it_is():
    """strip_found asks the leftover pattern only where ``may_leave_leftovers`` says it can
    match: on random texts of marks, spaces, brackets and the words it removes, each text it
    lets pass is one the pattern leaves unchanged, and it lets the ones the pattern changes in."""
    import random

    from cvlint.extract import layout

    pieces = list("abeElLmMsz0 \t\u00a0\u2003-–—|,:;()") + ["since", "FROM", "Until", "ſince", "untıl", " - ", "( )"]
    rng = random.Random(41)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(50_000)]
    changed = [t for t in texts if layout._DATE_LEFTOVER.sub(" ", t) != t]
    assert all(layout.may_leave_leftovers(t) for t in changed)
    assert len(changed) > 10_000
    assert sum(not layout.may_leave_leftovers(t) for t in texts) > 5_000  # it does let texts pass
    assert not layout.may_leave_leftovers("Research Assistant, Harbour University") and layout.may_leave_leftovers("Engineer since")


def _wrapped_date_column_pdf() -> bytes:
    """Entries with their dates in a narrow column at the right, wrapped onto the next line."""
    from .pdfgen import make_layout_pdf

    return make_layout_pdf([[
        (50, 40, "Ines Falk", True, 16), (50, 60, "ines@example.se", False, 10),
        (50, 90, "Experience", True, 12),
        (50, 110, "Control Engineer", True, 10), (470, 110, "September 2022 -", False, 10),
        (50, 123, "Tidal Systems GmbH", False, 10), (470, 123, "Present", False, 10),
        (50, 136, "Tuned the pitch controllers of six turbines.", False, 10),
        (50, 156, "Teaching Assistant", True, 10), (470, 156, "January 2020 - May", False, 10),
        (50, 169, "Held office hours for the control course and", False, 10), (470, 169, "2020; August 2020 -", False, 10),
        (50, 182, "graded the weekly assignments.", False, 10), (470, 182, "May 2021", False, 10),
        (50, 202, "Research Intern", True, 10), (470, 202, "June 2019 - August 2019", False, 10),
        (50, 215, "Harbour University", False, 10), (470, 215, "Lund, Sweden", False, 10),
    ]])


def test_a_date_wrapped_in_a_narrow_column_joins_the_line_it_starts_on(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(_wrapped_date_column_pdf())
    profile = extract(read_path(str(path)))
    assert [(e.title.value, e.dates.text, e.dates.span.line, e.dates.span.end_line) for e in profile.entries] == [
        ("Control Engineer", "September 2022 - Present", 4, 5),
        ("Teaching Assistant", "January 2020 - May 2020", 7, 8),
        ("Research Intern", "June 2019 - August 2019", 10, 10)]
    # the body text is left without the date's pieces; the last entry's place is no date
    assert [t.value for t in profile.entries[1].lines[1:]] == ["Held office hours for the control course and",
                                                               "graded the weekly assignments."]
    assert [d.text for d in profile.dates] == ["September 2022 - Present", "January 2020 - May 2020", "August 2020 - May 2021",
                                               "June 2019 - August 2019"]
    assert profile.lines[4].value == "Tidal Systems GmbH   Present"  # the source as read: findings point into it


def test_a_wrapped_date_column_in_a_plain_text_layout(tmp_path):
    (tmp_path / "cv.txt").write_text(
        "Ines Falk\n\nExperience\n\n"
        "Control Engineer                              September 2022 -\n"
        "Tidal Systems GmbH                            Present\n"
        "Research Intern                               June 2019 - August 2019\n"
        "Harbour University                            Lund, Sweden\n", encoding="utf-8")
    profile = extract(read_path(str(tmp_path / "cv.txt")))
    assert [(e.title.value, e.dates.text) for e in profile.entries] == [
        ("Control Engineer", "September 2022 - Present"), ("Research Intern", "June 2019 - August 2019")]


@pytest.mark.parametrize("text,left_open", [
    ("August 2020 -", True), ("Jan. 2021 –", True), ("January 2020 - May", True), ("Fall 2019 - Spring", True),
    ("December 2020;", True), ("2020; August 2020 -", True),
    ("May 2020 - May 2021", False), ("2019 - 2021", False), ("Boston, MA", False), ("Research in May", False),
    ("13/2023 -", False), ("Depuis", True), ("De 02/2015", True), ("From 2019", True), ("since 2019", False),
    ("De 02/2015 à 09/2022", False), ("2019", False)])
def test_a_date_left_open_at_a_cells_end(text, left_open):
    from cvlint.extract.dates import date_left_open

    assert date_left_open(text) is left_open


@pytest.mark.parametrize("text,goes_on", [("Present", True), ("now", True), ("2022", True), ("December 2020;", True),
                                          ("Presently at sea", False), ("Boston, MA", False), ("Tidal Systems", False),
                                          ("à 09/2022", True), ("– Present", True), ("to 2021", True), ("at Acme", False)])
def test_what_goes_on_with_a_date_cut_above(text, goes_on):
    from cvlint.extract.dates import date_goes_on

    assert date_goes_on(text) is goes_on


def test_a_cv_titled_curriculum_vitae_is_named_by_its_personal_information(tmp_path):
    from .pdfgen import make_layout_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([[
        (50, 40, "Curriculum Vitae", True, 18), (50, 70, "Personal Information", True, 12),
        (50, 90, "Ines Falk", False, 10), (50, 103, "ines@example.se", False, 10),
        (50, 130, "Experience", True, 12), (50, 150, "Tidal Systems GmbH   2021 - 2023", True, 10)]]))
    profile = extract(read_path(str(path)))
    assert [n.value for n in profile.person.names] == ["Ines Falk"]


@pytest.mark.parametrize("title", ["Curriculum Vitae", "Curriculum Vitæ", "Résumé", "Lebenslauf", "Hoja de Vida", "C.V.",
                                   "Download CV", "View Resume", "Full CV Here", "He Him His", "She Her Hers"])
def test_a_cvs_title_is_no_name(title):
    from cvlint.extract.person import looks_like_name

    assert not looks_like_name(title)


@pytest.mark.parametrize("text, name", [
    ("Pius von Däniken", True), ("Maria de la Cruz", True), ("Jan van der Berg", True), ("Ahmad bin Ali", True),
    ("von Neumann", False), ("Departamento de Física", False), ("Centro de Investigación", False), ("Head of Research", False)])
def test_a_name_may_hold_particles_inside_it(text, name):
    from cvlint.extract.person import looks_like_name

    assert looks_like_name(text) is name


@pytest.mark.parametrize("line", ["Lebenslauf – Jana Novak", "Jana Novak | Vita", "Curriculum Vitae: Jana Novak",
                                  "Jana Novak - Software Engineer", "Jana Novak | Research Scientist"])
def test_the_cvs_title_beside_the_name_is_cut_off(tmp_path, line):
    path = tmp_path / "cv.md"
    path.write_text(f"# {line}\n\n## Education\n\n**PhD**, Harbour University, 2019 – 2024\n", encoding="utf-8")
    profile = extract(read_path(str(path)))
    assert [(n.value, n.span.column) for n in profile.person.names] == [("Jana Novak", line.find("Jana") + 3)]


def test_a_line_at_the_top_of_two_pages_of_seven_is_no_running_head():
    """Two entries at one employer opening pages 4 and 5 of a seven-page CV: content; the
    footer on every page: a running foot."""
    from cvlint.document import Line
    from cvlint.extract.layout import running_lines

    lines = []
    for page in range(1, 8):
        first = "Tidal Systems GmbH" if page in (4, 5) else ["Harbour", "Lund", "Oslo", "", "", "Kiel", "Bergen"][page - 1]
        texts = [first, "Worked on " + "abcdefg"[page - 1] * 3, f"Ines Falk - {page}"]
        lines += [Line(len(lines) + 1, t, t, list(range(len(t))), page=page) for t in texts]
    assert sorted(l.text for l in lines if id(l) in running_lines(lines)) == [f"Ines Falk - {p}" for p in range(1, 8)]


def _sidebar_cv(name_in_sidebar: bool = False, stray: bool = False) -> bytes:
    """A page of two columns: a sidebar of contact details, skills and languages at the left,
    the main text (experience, education) at the right, each on baselines of its own (a few
    meet); the name across the top, or at the top of the sidebar in large type."""
    from .pdfgen import make_layout_pdf

    items = [(40, 40, "Ines Falk", True, 20)] if name_in_sidebar else [(200, 40, "Ines Falk", True, 20)]
    sidebar = ["Contact", "ines@example.se", "Lund, Sweden", "Skills", "Python, C++", "Control theory", "Wind tunnels",
               "Modelica", "Languages", "Swedish: native", "English: fluent", "German: basic"]
    for k, text in enumerate(sidebar):
        items.append((40, 93 + 16 * k, text, text in ("Contact", "Skills", "Languages"), 10))
    main = [("Experience", True), ("Control Engineer, Tidal Systems GmbH   03/2021 - 02/2023", True),
            ("Tuned the pitch controllers of six offshore turbines.", False),
            ("Research Assistant, Harbour University   09/2018 - 02/2021", True),
            ("Built a wave tank model of floating foundations.", False), ("Ran the tank's weekly tests.", False),
            ("Education", True), ("M.Sc. Marine Engineering, Harbour University   2016 - 2018", True),
            ("Thesis on the fatigue of mooring lines.", False)]
    for k, (text, bold) in enumerate(main):
        items.append((200, 80 + 19 * k, text, bold, 10))
    if stray:  # a sidebar word set so close to the text beside it that the two read as one cell
        items.append((40, 262, "Sailing, rowing and chess", False, 10))
        items.append((165, 262, "Thesis prize of the faculty, 2018.", False, 10))
        items.append((200, 290, "Publications", True, 10))
    return make_layout_pdf([items])


def test_a_sidebar_beside_the_main_text_is_read_column_by_column(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(_sidebar_cv())
    profile = extract(read_path(str(path)))
    assert [n.value for n in profile.person.names] == ["Ines Falk"]
    # the column with the name first: the main text here
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("experience", "Experience"), ("education", "Education"), ("contact", "Contact"), ("skills", "Skills"),
        ("skills", "Languages")]
    assert [(e.section, e.title.value, e.dates.text) for e in profile.entries] == [
        ("experience", "Control Engineer", "03/2021 - 02/2023"), ("experience", "Research Assistant", "09/2018 - 02/2021"),
        ("education", "M.Sc. Marine Engineering", "2016 - 2018")]
    assert [t.value for t in profile.entries[1].lines] == ["Research Assistant, Harbour University 09/2018 - 02/2021",
                                                           "Built a wave tank model of floating foundations.",
                                                           "Ran the tank's weekly tests."]


def test_the_column_with_the_name_is_read_first(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(_sidebar_cv(name_in_sidebar=True))
    document = read_path(str(path))
    assert [l.text for l in document.lines[:3]] == ["Ines Falk", "Contact", "ines@example.se"]
    assert [n.value for n in extract(document).person.names] == ["Ines Falk"]


def test_a_stray_row_across_the_gutter_goes_with_the_column_it_starts_in(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(_sidebar_cv(stray=True))
    texts = [l.text for l in read_path(str(path)).lines]
    assert texts.index("Sailing, rowing and chess Thesis prize of the faculty, 2018.") == texts.index("English: fluent") + 1
    assert texts.index("Publications") == texts.index("Thesis on the fatigue of mooring lines.") + 1


def test_a_date_column_at_the_left_is_no_sidebar(tmp_path):
    """Dates in a left column share the rows of the text beside them (a few wrap alone): the
    rows stay whole."""
    from .pdfgen import make_layout_pdf

    items = [(50, 40, "Ines Falk", True, 16), (50, 70, "Experience", True, 12)]
    for k in range(8):
        y = 90 + 30 * k
        items += [(50, y, f"{2010 + k} - {2011 + k}", False, 10), (150, y, f"Engineer at Harbour Works {k}", True, 10),
                  (150, y + 13, "Tuned the pitch controllers of the offshore turbines.", False, 10)]
        if k < 6:  # under six of the dates, a line of their own: as many rows as a sidebar needs
            items.append((50, y + 20, "(part-time)", False, 8))
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([items]))
    texts = [l.text for l in read_path(str(path)).lines]
    assert texts[2:6] == ["2010 - 2011   Engineer at Harbour Works 0", "Tuned the pitch controllers of the offshore turbines.",
                          "(part-time)", "2011 - 2012   Engineer at Harbour Works 1"]


@pytest.mark.parametrize("lines,name", [
    ([("Alan Fernando", 20), ("Rincón Vieyra", 20)], "Alan Fernando Rincón Vieyra"),
    ([("Ines", 20), ("Falk", 20)], "Ines Falk"),
    ([("Ines Falk", 20), ("Control Engineer", 20)], "Ines Falk"),  # a role, not more of the name
    ([("Ines Falk", 20), ("Lund Sweden", 10)], "Ines Falk"),  # smaller type: not the name
])
def test_a_name_set_large_on_two_lines_is_one_name(tmp_path, lines, name):
    from .pdfgen import make_layout_pdf

    items = [(40, 40 + 22 * k, text, True, size) for k, (text, size) in enumerate(lines)]
    items += [(40, 120, "Experience", True, 12), (40, 140, "Tidal Systems GmbH   2021 - 2023", True, 10),
              (40, 153, "Tuned the pitch controllers of six turbines.", False, 10)]
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([items]))
    assert [n.value for n in extract(read_path(str(path))).person.names] == [name]


def _left_date_column_cv(dated: bool = True) -> bytes:
    """moderncv's layout: dates right-aligned in a narrow column at the left, a little apart
    from the text (the title bold, the description slanted); a long date wraps onto the next
    line, beside the text's next line."""
    from .pdfgen import make_layout_pdf

    def right(y, text):  # a date ending at x = 130 (Helvetica 10 pt: about 5 points a character)
        return (130 - 5.0 * len(text), y, text, False, 10)

    firsts = ["De 02/2015", "à 09/2022", "Depuis", "10/2022", "2012 – 2014", "Sep 2010 –", "Present"] if dated else \
        ["Falk, I.,", "Falk, I.,", "Falk, I.,", "Lund, M.,", "Falk, I.,", "Falk, I.,", "Lund, M.,"]
    items = [(50, 40, "Ines Falk", True, 16), (140, 70, "Expérience", True, 12)]
    texts = ["Chercheuse, Harbour University, Lund", "• Wave tank models of floating foundations.",
             "Ingénieure, Tidal Systems GmbH, Kiel", "Pitch controllers of offshore turbines.",
             "Stagiaire, Lund Observatory, Lund", "Technicienne, Harbour Works, Malmö", "• Mooring line inspections."]
    for k, (first, text) in enumerate(zip(firsts, texts)):
        y = 90 + 14 * k
        items += [right(y, first), (140, y, text, True if k in (0, 2, 4, 5) else "italic", 10)]
    return make_layout_pdf([items])


def test_a_left_date_column_wrapped_over_two_lines_joins_its_date(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(_left_date_column_cv())
    profile = extract(read_path(str(path)))
    assert [(e.dates.text, e.dates.open_end, e.span.line) for e in profile.entries] == [
        ("02/2015 à 09/2022", False, 3), ("Depuis 10/2022", True, 5), ("2012 – 2014", False, 7),
        ("Sep 2010 – Present", True, 8)]
    lines = [l.value for l in profile.lines]
    assert lines[2:4] == ["De 02/2015   Chercheuse, Harbour University, Lund", "à 09/2022   • Wave tank models of floating foundations."]


def test_a_column_of_names_at_the_left_is_no_date_column():
    """A first run set a little apart from the text, at one edge on many rows, is made a cell
    of its own when most such runs hold a year (a date column), not otherwise (bold authors'
    names, list numbers)."""
    from cvlint.readers.pdf import _Cell, _Run, _left_date_cells

    def rows(firsts):
        return [[_Cell([_Run(first, 86, 131, 700 - 14 * k, 10, True), _Run("Tuned the pitch controllers.", 140, 300, 700 - 14 * k, 10, False)], 1)]
                for k, first in enumerate(firsts)]

    names = rows(["Falk, I.,", "Falk, I.,", "Lund, M.,", "Falk, I.,"])
    assert [len(row) for row in _left_date_cells(names)] == [1, 1, 1, 1]
    dates = rows(["2019 – 2021", "Present", "2015 – 2019", "Sep 2010 –"])
    assert [[cell.text()[0] for cell in row] for row in _left_date_cells(dates)][:2] == [
        ["2019 – 2021", "Tuned the pitch controllers."], ["Present", "Tuned the pitch controllers."]]


@pytest.mark.parametrize("text,cut,goes_on", [
    ("December 2020;", "August 2020 -", True), ("Present", "2022-", True), ("à 09/2022", "De 02/2015", True),
    ("2017-2022", "2022-", False),  # a whole range: the next entry's
    ("2016", "2022-", False),  # before the cut range's start: an open range, then an older entry
])
def test_what_goes_on_with_the_date_cut_above_it(text, cut, goes_on):
    from cvlint.extract.dates import date_goes_on

    assert date_goes_on(text, cut) is goes_on


def test_field_labels_are_not_fields(tmp_path):
    """``Date: 2019 – 2021   Location: Lund, Sweden``: a template's labels before its values."""
    (tmp_path / "cv.md").write_text("# Ines Falk\n\n## Experience\n\n"
                                    "**Control Engineer | Tidal Systems GmbH**\n\n"
                                    "Date: 03/2021 – 02/2023   Location: Kiel, Germany\n\n"
                                    "* Tuned the pitch controllers of six turbines.\n", encoding="utf-8")
    (entry,) = extract(read_path(str(tmp_path / "cv.md"))).entries
    assert (entry.title.value, entry.org.value, entry.location.value, entry.dates.text) == (
        "Control Engineer", "Tidal Systems GmbH", "Kiel, Germany", "03/2021 – 02/2023")


@pytest.mark.parametrize("text,name", [
    # a text export that put the side column first: the document's one top heading names it
    ("## INTERESTS\n\nWave energy\n\nControl theory\n\nSailing\n\n## LANGUAGES\n\nSwedish\n\n# Ines Falk\n\n"
     "## Experience\n\n**Control Engineer**, Tidal Systems GmbH, 2021 – 2023\n", "Ines Falk"),
    # a contact detail that the export set on the name's line
    ("# Ines Falk Email: ines@example.se\n\n## Experience\n\n**Control Engineer**, Tidal Systems GmbH, 2021 – 2023\n",
     "Ines Falk"),
    # a link the export set on the name's line, the contact column first
    ("ines@example.se\n\n+46 31 555 0123\n\ngithub.com/ifalk\n\n# Ines Falk https://www.example.se/in/ifalk\n\n"
     "## Experience\n\n**Control Engineer**, Tidal Systems GmbH, 2021 – 2023\n", "Ines Falk"),
    # two column labels side by side read as one line: no name
    ("**Current Position Contact Info**\n\nHarbour University Email: ines@example.se\n\n## Experience\n\n"
     "Control Engineer, Tidal Systems GmbH, 2021 – 2023\n", None),
])
def test_the_owners_name_in_a_text_export(tmp_path, text, name):
    (tmp_path / "cv.txt").write_text(text, encoding="utf-8")
    assert [n.value for n in extract(read_path(str(tmp_path / "cv.txt"))).person.names] == ([name] if name else [])


@pytest.mark.parametrize("title,name", [("## 李文博 <span class=\"en\">/Wenbo Li</span>", "李文博"),
                                        ("# Mei Tanaka / 田中芽衣", "Mei Tanaka"), ("# 个人简历", None),
                                        ("# Wenbo Li (李文博)", "Wenbo Li"), ("# Robert Smith (Bob)", "Robert Smith")])
def test_a_name_in_han_script_or_in_two_scripts(tmp_path, title, name):
    (tmp_path / "cv.md").write_text(f"{title}\n\nE-mail: mei@example.org\n\n### 工作经历\n\n"
                                    "#### 杭州港口科技有限公司 2017.10 - 2019.3\n", encoding="utf-8")
    assert [n.value for n in extract(read_path(str(tmp_path / "cv.md"))).person.names] == ([name] if name else [])


def test_a_title_over_the_document_that_names_a_section_is_no_section():
    """``# Resume`` (French for a summary) over ``### Summary:``, ``### Education:``…: the
    sections are the third-level headings, the name the heading under the title."""
    document, _, profile = _read("markdown_html_title.md")
    assert [n.value for n in profile.person.names] == ["Mirela T. Vasquez"]
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("research", "Summary:"), ("education", "Education:"), ("experience", "Experience:")]
    assert [_fields(e) for e in profile.entries] == [
        ("education", "Diploma in Naval Architecture", "Aegean Polytechnic", "Piraeus, Greece", "2020 - 2025"),
        ("experience", "Test Engineer", "Harbour Dynamics", "Piraeus, Greece", "June, 2023 - August, 2023")]


@pytest.mark.parametrize("heading, kind", [
    ("S U M M A R Y", "research"), ("E X P E R I E N C E", "experience"), ("W O R K  E X P E R I E N C E", "experience"),
    ("W O R K E X P E R I E N C E", "experience"), ("A W A R D S & H O N O R S", "awards"), ("J A N E D O E", None),
    ("A B C D", None), ("E D U", None)])
def test_a_heading_set_letter_by_letter_names_its_section(heading, kind):
    from cvlint.headings import section_kind

    assert section_kind(heading) == kind


def test_letter_spaced_headings_open_sections_in_a_pdf(tmp_path):
    from .pdfgen import make_layout_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([[
        (50, 40, "Oskar Lindqvist", True, 20), (50, 62, "oskar@example.se", False, 10),
        (50, 90, "S U M M A R Y", True, 12),
        (50, 106, "Engineer with six years of building tools for people who build boats.", False, 10),
        (50, 130, "E X P E R I E N C E", True, 12),
        (50, 146, "Lead Engineer, Keel Systems | Jun 2021 - Present", True, 10),
        (50, 160, "Led a team of four through two releases a year.", False, 10),
        (50, 176, "Engineer, Fjord Labs | Sep 2018 - May 2021", True, 10),
        (50, 204, "S K I L L S", True, 12), (50, 220, "Python, Rust, TypeScript", False, 10)]]))
    profile = extract(read_path(str(path)))
    assert [(s.kind, s.heading.value) for s in profile.sections] == [
        ("research", "S U M M A R Y"), ("experience", "E X P E R I E N C E"), ("skills", "S K I L L S")]
    assert [_fields(e) for e in profile.entries] == [
        ("experience", "Lead Engineer", "Keel Systems", None, "Jun 2021 - Present"),
        ("experience", "Engineer", "Fjord Labs", None, "Sep 2018 - May 2021")]


def test_a_pdf_name_set_large_beside_a_contact_column_read_first(tmp_path):
    """The name set in 40-point type, centred on the rows of a contact column at its right:
    the rows read first are the contact details; the line in the largest type is the name."""
    from .pdfgen import make_layout_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([[
        (400, 40, "ines@example.se", False, 10), (400, 54, "+46 31 555 0123", False, 10),
        (400, 68, "github.com/ifalk", False, 10), (400, 82, "example.se/in/ifalk", False, 10),
        (50, 96, "Ines Falk", False, 40), (50, 130, "Experience", True, 14),
        (50, 150, "Control Engineer, Tidal Systems GmbH   2021 - 2023", True, 10)]]))
    assert [n.value for n in extract(read_path(str(path))).person.names] == ["Ines Falk"]


def test_a_c1_control_character_before_a_line_is_its_bullet():
    """What a PDF font with no Unicode map gives its bullet (U+0088): a list mark, not text."""
    from cvlint.readers.text import plain_line

    line = plain_line(3, "\x88 B.S. in Computer Science 09/2016-06/2020")
    assert (line.kind, line.text) == ("bullet", "B.S. in Computer Science 09/2016-06/2020")



_PARAGRAPH = "\n\nBuilt the deployment pipelines of four product teams and taught them to run their own.\n\n"


@pytest.mark.parametrize("second", [
    # "…, Harbour Inc." ends on a full stop but is an entry's header, not a sentence
    "**Technical Marketing Manager - Service Providers, Harbour Inc.**\n\nJul 2020 - May 2021",
    # a plain title after the last entry's paragraph, its dates below it: the dates open the
    # entry and the title goes with them, not with the entry above
    "Technical Marketing Manager, Harbour Inc.\n\nJul 2020 - May 2021  10 months",
])
def test_an_entry_title_over_its_dates_after_a_paragraph(tmp_path, second):
    (tmp_path / "cv.txt").write_text("# Ines Falk\n\nines@example.se\n\n## Experience\n\n**Cloud Engineer, Harbour Inc.**\n\n"
                                     "May 2021 - May 2023" + _PARAGRAPH + second + _PARAGRAPH, encoding="utf-8")
    assert [_fields(e) for e in extract(read_path(str(tmp_path / "cv.txt"))).entries] == [
        ("experience", "Cloud Engineer", "Harbour Inc.", None, "May 2021 - May 2023"),
        ("experience", "Technical Marketing Manager", "Harbour Inc.", None, "Jul 2020 - May 2021")]

def test_icon_glyphs_in_a_pdf_are_no_text(tmp_path):
    """An icon font's glyphs (the private use area) beside headings and contact details: an
    icon alone on its row opens no section, one before a phone number is not part of it."""
    from .pdfgen import make_layout_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([[
        (50, 40, "Ines Falk", True, 20), (50, 60, "C", "icon", 10), (64, 60, "+46 31 555 0123", False, 10),
        (30, 86, "I", "icon", 14), (60, 92, "About", True, 14),
        (50, 110, "Engineer who builds the control software of tidal turbines.", False, 10),
        (30, 136, "J", "icon", 14), (60, 142, "Experience", True, 14),
        (50, 160, "Control Engineer, Tidal Systems GmbH   2021 - 2023", True, 10),
        (50, 180, "Python", False, 10), (88, 180, "K", "icon", 10), (100, 180, "Rust", False, 10)]]))
    document = read_path(str(path))
    assert [line.text for line in document.lines if line.text][:2] == ["Ines Falk", "+46 31 555 0123"]
    assert document.lines[-1].text == "Python Rust"  # an icon between two words: one space left
    profile = extract(document)
    assert [(s.kind, s.heading.value) for s in profile.sections] == [("research", "About"), ("experience", "Experience")]
    assert [_fields(e) for e in profile.entries] == [("experience", "Control Engineer", "Tidal Systems GmbH", None, "2021 - 2023")]


@pytest.mark.parametrize("raw, text", [("\ue608 ABOUT", "ABOUT"), ("\uf095 +46 31 555 0123", "+46 31 555 0123"),
                                       ("2026   \x88 Harbour University, Lab Meeting", "2026   Harbour University, Lab Meeting")])
def test_icon_glyphs_in_a_text_export_are_no_text(raw, text):
    from cvlint.readers.text import plain_line

    assert plain_line(1, raw).text == text


def test_titles_in_single_curly_quotes_and_a_group_label_between_papers(tmp_path):
    """‘Title’ after the authors' initials (an apostrophe inside it is no closing quote), and
    "Published" over "2025" between two papers: a label of the group below, not the end of
    the paper above."""
    (tmp_path / "cv.txt").write_text(
        "# Ines Falk\n\n## Publications\n\n**Under Review**\n\n"
        "[2] Berg, A., **Falk, I.**, and Lund, M. J. W. ‘Long-term drift of the tidal turbines’ blades over\n\n"
        "the North Sea’ Under Review at _Ocean Engineering_\n\n**Published**\n\n_2025_\n\n"
        "[1] **Falk, I.** and Berg, A. ‘Tidal forecasting at low cost’ _Renewable Energy_ 12.3\n", encoding="utf-8")
    papers = [e for e in extract(read_path(str(tmp_path / "cv.txt"))).entries if e.section == "publications"]
    assert [(e.title.value, [a.name for a in e.authors], [(c.kind, c.status) for c in e.claims]) for e in papers] == [
        ("Long-term drift of the tidal turbines’ blades over the North Sea", ["Berg, A.", "Falk, I.", "Lund, M. J. W."],
         [("status", "submitted")]),
        ("Tidal forecasting at low cost", ["Falk, I.", "Berg, A."], [("venue", None)])]


def test_a_collection_pages_abstract_is_part_of_its_paper(tmp_path):
    (tmp_path / "paper.md").write_text(
        "---\ntitle: \"Tidal forecasting at low cost\"\ncollection: publications\ndate: 2024-10-09\n"
        "citation: 'Falk, I., Berg, A. &quot;Tidal forecasting at low cost.&quot; <i>Renewable Energy</i> (2024).'\n---\n\n"
        "**Abstract**<br>\nTidal power is predictable but its forecasts cost more than the turbines they serve. We show "
        "a forecast that runs on a harbour's own gauges.<br><br>\n", encoding="utf-8")
    entries = extract(read_path(str(tmp_path / "paper.md"))).entries
    assert [(e.section, e.title.value) for e in entries] == [("publications", "Tidal forecasting at low cost")]


def test_a_bulleted_paper_whose_author_list_wraps_in_a_pdf_is_one_paper(tmp_path):
    """The second line of a bulleted item starts like a citation ("Johnston, D. T., & …"),
    set right under the first: the item goes on."""
    from .pdfgen import make_layout_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([[
        (50, 40, "Ines Falk", True, 20), (50, 70, "Publications", True, 13),
        (50, 90, "\u2022 Farrell, U., ... Falk, I. ... Whiteside, J. H., Gill, B. H., Mehra, A. K., Lau, K. V., Berg, A.,", False, 10),
        (58, 102, "Johnston, D. T., & Lund, M. \u2018The Tidal Turbine Project Phase 2 Data Release\u2019. Ocean Engineering 4.", False, 10),
        (50, 116, "\u2022 Falk, I. and Berg, A. \u2018Tidal forecasting at low cost\u2019. Renewable Energy 12.", False, 10)]]))
    papers = [e for e in extract(read_path(str(path))).entries if e.section == "publications"]
    assert [(e.title.value, len(e.authors)) for e in papers] == [
        ("The Tidal Turbine Project Phase 2 Data Release", 9), ("Tidal forecasting at low cost", 2)]



@pytest.mark.parametrize("text, long", [
    ("Dec 2018 - May 2025 Assistant Professor ( Adjunkt ), National Centre for Tidal Energy Research, Bergen, Norway", False),
    ("We built the forecasting service that the harbour authority now runs on its own gauges every night of the year", True)])
def test_a_line_is_as_long_as_a_paragraph_by_its_words_not_its_dates(text, long):
    """Dates are no words of a paragraph: "Dec 2018 - May 2025 Assistant Professor …" (sixteen
    tokens, eleven words besides its dates) is an entry's header, not a paragraph's line."""
    from cvlint.document import Line
    from cvlint.extract.layout import describe
    from cvlint.extract.roles import Context, paragraph_length
    from cvlint.extract.types import Rhythm

    info = describe(Line(1, text, text, list(range(len(text)))))
    assert paragraph_length(Context(info, None, None, Rhythm(), None)) is long



def test_ligatures_of_a_tex_font_without_a_unicode_map_are_letters():
    """A T1-encoded TeX font with no Unicode map gives its ligatures as codes 0x1B-0x1F."""
    from cvlint.readers.pdf import clean_page_text

    assert clean_page_text("After E\x1bects, a \x1cnal \x1dow, an o\x1ece, a wa\x1fe") == "After Effects, a final flow, an office, a waffle"


def test_a_left_date_column_line_ending_on_a_full_stop_is_an_entry(tmp_path):
    """``2021 – 2023   Postdoctoral researcher, Department of …, Denmark.``: the date in its
    own cell at the line's start makes it an entry's header though it ends like a sentence."""
    from .pdfgen import make_layout_pdf

    path = tmp_path / "cv.pdf"
    rows = [("2023 - 2025", "Statistical Advisor, Department of Infectious Diseases, Harbour Hospital, Denmark."),
            ("2021 - 2023", "Postdoctoral researcher in Biostatistics, Department of Public Health, Aarhus, Denmark."),
            ("2018 - 2020", "Consultant doctoral student, Biomarker team, Fjord Pharma, Paris, France.")]
    items = [(50, 40, "Ines Falk", True, 20), (50, 70, "Experience", True, 13)]
    for k, (dates, text) in enumerate(rows):
        items += [(50, 90 + 40 * k, dates, False, 10), (120, 90 + 40 * k, text, False, 10),
                  (120, 104 + 40 * k, "Planned the analyses of the trials and taught the clinicians to run them.", False, 10)]
    path.write_bytes(make_layout_pdf([items]))
    entries = extract(read_path(str(path))).entries
    assert [(e.title.value, e.dates.text) for e in entries] == [
        ("Statistical Advisor", "2023 - 2025"), ("Postdoctoral researcher in Biostatistics", "2021 - 2023"),
        ("Consultant doctoral student", "2018 - 2020")]


@pytest.mark.parametrize("sub_item, org", [
    ("Section of Biostatistics, Harbour University, Denmark.", "Harbour University"),  # ends on a full stop, no sentence
    ("Built the storage layer of the trial database.", None),  # a sentence: the entry's detail
])
def test_a_first_sub_item_naming_the_organisation_joins_the_header(tmp_path, sub_item, org):
    (tmp_path / "cv.md").write_text(f"# Ines Falk\n\nWork experience\n======\n* Jan 2022-current: Assistant Professor in Biostatistics\n"
                                    f"  * {sub_item}\n", encoding="utf-8")
    entry, = extract(read_path(str(tmp_path / "cv.md"))).entries
    assert (entry.title.value, entry.org.value if entry.org else None, entry.dates.text) == (
        "Assistant Professor in Biostatistics", org, "Jan 2022-current")


def test_a_latex_description_lists_labels_are_its_items_first_words(tmp_path):
    """``\\item[Bachelor of Science in …] Harbour University, …``: the label is the degree; two
    degrees of one university and year were one entry twice without it."""
    (tmp_path / "cv.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n{\\LARGE Ines Falk}\n\n\\section*{Education}\n\\begin{description}\n"
        "  \\item[Bachelor of Science in Computer Engineering] Harbour University,\n    Lund, Highest Honors --- \\textit{2017}\n"
        "  \\item[Bachelor of Science in Computer Science] Harbour University, Lund, Honors --- \\textit{2017}\n"
        "  \\item[Exchange term at Fjord Institute, 2016]\n  \\item[GPA] 3.67 (as of Fall 2015)\n\\end{description}\n"
        "\\end{document}\n", encoding="utf-8")
    document = read_path(str(tmp_path / "cv.tex"))
    assert [(line.kind, line.text) for line in document.lines if line.kind == "bullet"] == [
        ("bullet", "Bachelor of Science in Computer Engineering, Harbour University,"),
        ("bullet", "Bachelor of Science in Computer Science, Harbour University, Lund, Honors — 2017"),
        ("bullet", "Exchange term at Fjord Institute, 2016"), ("bullet", "GPA, 3.67 (as of Fall 2015)")]
    assert [(e.title.value, e.org.value if e.org else None, e.dates.text if e.dates else None) for e in extract(document).entries] == [
        ("Bachelor of Science in Computer Engineering", "Harbour University", "2017"),
        ("Bachelor of Science in Computer Science", "Harbour University", "2017"),
        ("Exchange term", "Fjord Institute", "2016")]


@pytest.mark.parametrize("text, listed", [
    ("Keywords: CI/CD, Docker, Elixir, Go, Kubernetes", True), ("Courses: Robust NLP, Applied NLP, Representation Learning", True),
    ("CI/CD, Docker, Elixir, Go, Kubernetes, Linux, Python, Rust", True),
    ("Software Engineer, Harbour Systems, Mountain View, CA, USA", False), ("Role: Data Scientist", False)])
def test_a_list_of_things_is_a_detail(text, listed):
    from cvlint.document import Line
    from cvlint.extract.layout import describe
    from cvlint.extract.roles import Context, labelled_list
    from cvlint.extract.types import Rhythm

    assert labelled_list(Context(describe(Line(1, text, text, list(range(len(text))))), None, None, Rhythm(), None)) is listed


def test_a_keywords_line_under_a_job_stays_with_it(tmp_path):
    (tmp_path / "cv.md").write_text(
        "# Ines Falk\n\n## Work Experience\n\n**Senior consultant**, Combo Tech, 2021 – current\n\n* Reviewed the backends of clients.\n\n"
        "Keywords: CI/CD, Docker, Elixir, Go, Kubernetes\n\n**Punters Lounge** 2016 – 2021\n\n* Modernised the servers.\n", encoding="utf-8")
    entries = extract(read_path(str(tmp_path / "cv.md"))).entries
    assert [(e.title.value, e.span.line) for e in entries] == [("Senior consultant", 5), ("Punters Lounge", 11)]


def test_jakes_subheading_with_the_role_and_dates_first(tmp_path):
    """``\\resumeSubheading{Role}{Dates}{Organisation}{Place}``, as many files fill Jake's
    template in: the year in the second argument says so."""
    (tmp_path / "cv.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\resumeSubHeadingListStart\n"
        "  \\resumeSubheading\n    {Senior Software Engineer}{June 2021 -- Mar. 2025}\n    {Keel Systems}{Gilbert, AZ (Hybrid)}\n"
        "  \\resumeSubheading{Harbour University}{Lund, Sweden}{Research Assistant}{Sep. 2018 -- May 2020}\n"
        "\\resumeSubHeadingListEnd\n\\end{document}\n", encoding="utf-8")
    assert [_fields(e) for e in extract(read_path(str(tmp_path / "cv.tex"))).entries] == [
        ("experience", "Senior Software Engineer", "Keel Systems", "Gilbert, AZ (Hybrid)", "June 2021 – Mar. 2025"),
        ("experience", "Research Assistant", "Harbour University", "Lund, Sweden", "Sep. 2018 – May 2020")]


def test_labels_of_an_entrys_details_open_no_entry(tmp_path):
    entries = _entries_of(tmp_path, "cv.md",
        "# Ines Falk\n\n## Work Experience\n\n**Harbour Systems – Database Engineer** August 2023 – Present\n\n"
        "Moved from the data platform team to the kernel team.\n\n**Responsibilities:**\n\n* Kept the optimizer fast.\n\n"
        "**Accomplishments:**\n\n* Cut the statistics refresh from hours to seconds.\n\n"
        "**Fjord Labs – Full-Stack Engineer** Aug 2020 – July 2023\n\n**Réalisations :**\n\n* Built the billing pages.\n")
    assert [(e.span.line, e.dates.text) for e in entries] == [(5, "August 2023 – Present"), (17, "Aug 2020 – July 2023")]


def test_each_item_of_a_data_format_is_an_entry_even_undated(tmp_path):
    """RenderCV's undated items (``label``/``details``, a degree with no date) are one header
    line each: each is an entry, not four items stacked into one."""
    (tmp_path / "cv.yaml").write_text(
        "cv:\n  name: Ines Falk\n  sections:\n    education:\n      - institution: Harbour University\n        area: Physics\n"
        "        degree: BSc\n      - institution: Fjord High School\n        area: Sciences\n        degree: Diploma\n"
        "    certificates:\n      - label: Ocean Safety Certificate\n        details: Harbour Sailing School\n"
        "      - label: '[Cloud Engineer](https://example.org/badge/1)'\n        details: Fjord Cloud\n"
        "      - label: Diving Licence\n        details: Reef Club\n", encoding="utf-8")
    entries = extract(read_path(str(tmp_path / "cv.yaml"))).entries
    assert [(e.section, e.title.value) for e in entries] == [
        ("education", "BSc"), ("education", "Diploma"), ("certifications", "Ocean Safety Certificate"),
        ("certifications", "Cloud Engineer"), ("certifications", "Diving Licence")]


def test_a_margin_label_as_wide_as_the_margin_is_cut_from_the_text_beside_it(tmp_path):
    """``PEER-REVIEWED`` set so wide that it nearly touches the text column: it still is a
    margin label, not the first word of the paper beside it."""
    from .pdfgen import make_layout_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_layout_pdf([[
        (50, 40, "Ines Falk-Lindqvist", True, 20),
        (50, 70, "EDUCATION", True, 9), (156, 70, "Aegean Polytechnic, PhD in Oceanography   2021", False, 10),
        (76, 100, "PEER-REVIEWED", True, 9),
        (156, 100, "Arne Berg and Ines Falk. 2020. \u201cTidal forecasting at low cost.\u201d Ocean Engineering 12.", False, 10),
        (50, 112, "PUBLICATIONS", True, 9),
        (156, 112, "Arne Berg and Ines Falk. 2019. \u201cSonar odometry for small boats.\u201d Marine Robotics 3.", False, 10),
        (156, 124, "Arne Berg. 2018. \u201cWave loads on moored buoys.\u201d Ocean Engineering 9.", False, 10)]]))
    document = read_path(str(path))
    assert [(line.text[:24], line.margin) for line in document.lines] == [
        ("Ines Falk-Lindqvist", False), ("EDUCATION", True), ("Aegean Polytechnic, PhD ", False), ("PEER-REVIEWED", True),
        ("PUBLICATIONS", True), ("Arne Berg and Ines Falk.", False), ("Arne Berg and Ines Falk.", False),
        ("Arne Berg. 2018. “Wave l", False)]


@pytest.mark.parametrize("note", ["(corresponding author)", "(*: equal contribution)", "(alphabetical order)"])
def test_a_note_on_the_authors_is_no_part_of_the_title(tmp_path, note):
    (tmp_path / "cv.md").write_text(
        "# Ines Falk\n\n## Publications\n\n"
        f"1. Ines Falk*, Arne Berg*, Mei Tanaka. {note} Tidal Forecasting at Low Cost. Ocean Engineering, 2024.\n",
        encoding="utf-8")
    paper, = extract(read_path(str(tmp_path / "cv.md"))).entries
    assert (paper.title.value, [a.name for a in paper.authors]) == ("Tidal Forecasting at Low Cost", ["Ines Falk", "Arne Berg", "Mei Tanaka"])


def test_marks_of_no_letter_in_a_markdown_export_are_no_text(tmp_path):
    """An exporter's "�" for an icon glyph standing alone, and an icon font's private glyphs,
    are no text; a C1 character inside a word (mojibake's "Ã\\x81lvaro") stays as written."""
    (tmp_path / "cv.md").write_text(
        "# Ines Falk\n\n� _+46 31 555 0123_\n\n## Talks\n\n2024 � **Harbour University**, Lab Meeting, _Tidal Turbines_ .\n\n"
        "\ue608 Fjord Institute\n\nwith \u00c3\x81lvaro\n", encoding="utf-8")
    texts = [line.text for line in read_path(str(tmp_path / "cv.md")).lines if line.text]
    assert texts == ["Ines Falk", "+46 31 555 0123", "Talks", "2024 Harbour University, Lab Meeting, Tidal Turbines .",
                     "Fjord Institute", "with \u00c3\x81lvaro"]


def test_a_tables_row_of_column_names_is_no_part_of_an_entry(tmp_path):
    entries = _entries_of(tmp_path, "cv.tex",
        "\\documentclass{article}\n\\begin{document}\n{\\Large Ines Falk}\n\n\\section{Education}\n"
        "\\begin{tabular}{l l l c c}\nEXAMINATION & UNIVERSITY & INSTITUTE & YEAR & CPI/\\% \\\\ \\hline\n"
        "Graduation & Harbour University & Harbour University & 2016 & 8.1/10.0 \\\\ \\hline\n"
        "Intermediate & Fjord Board & Fjord School & 2012 & 94.8\\% \\\\ \\hline\n\\end{tabular}\n\\end{document}\n")
    assert [(e.title.value, e.org.value if e.org else None, e.dates.text) for e in entries] == [
        ("Graduation", "Harbour University", "2016"), ("Intermediate", "Fjord School", "2012")]
    assert all("UNIVERSITY" not in line.value for e in entries for line in e.lines)


@pytest.mark.parametrize("text, header", [
    ("EXAMINATION   UNIVERSITY   INSTITUTE   YEAR   CPI/%", True), ("Degree   Institute   Year   CGPA", True),
    ("Graduation   Harbour University   2016   8.1/10.0", False), ("Python   Java   Rust", False)])
def test_a_row_of_column_names(text, header):
    from cvlint.extract.layout import is_table_header

    assert is_table_header(text) is header


@pytest.mark.parametrize("mark", ["·", "⋄", "•"])
def test_a_middle_dot_or_a_diamond_separates_a_headers_parts(tmp_path, mark):
    entries = _entries_of(tmp_path, "cv.md", f"# Ines Falk\n\n## Experience\n\n**Security Intern**, Fjord Systems {mark} Palo Alto, CA, "
                          "Mar 2013 - Jun 2013\n\n* Audited the build servers.\n")
    assert [_fields(e) for e in entries] == [("experience", "Security Intern", "Fjord Systems", "Palo Alto, CA", "Mar 2013 - Jun 2013")]


def test_a_text_export_of_dated_jobs_and_their_indented_sub_roles(tmp_path):
    """``2019 – Now ⋄ Research Scientist Manager, Harbour Labs.`` is no sentence (its words
    without its dates are six); the roles an exporter set in under ``Internal roles:`` are its
    items, not entries of their own."""
    entries = _entries_of(tmp_path, "cv.txt",
        "# Ines Falk\n\n## Employment History\n\n2019 – Now _⋄_ **Research Scientist Manager,** Harbour Labs.\n\n"
        "Part of the vision team, developing models for products.\n\nInternal roles:\n\n"
        "             Jul. 2019 - Dec. 2019: Visiting researcher\n\n             Jan. 2020 - Oct. 2021: Research scientist (L4)\n\n"
        "2015 – 2019 _⋄_ **Ph.D.** Fjord University.\n")
    assert [(e.title.value, e.dates.text, len(e.bullets)) for e in entries] == [
        ("Research Scientist Manager", "2019 – Now", 2), ("Ph.D.", "2015 – 2019", 0)]


def test_a_text_export_of_degrees_under_their_universities(tmp_path):
    """``**University** City`` over ``Degree  Date``, four times, one line after another: each
    university opens its degree's entry (the second MA was the first university's)."""
    entries = _entries_of(tmp_path, "cv.txt",
        "# Ines Falk\n\n**EDUCATION**\n\n**Harbour University** Lund, Sweden\n\nMS in Business Research Expected May 2026\n\n"
        "**Fjord University** Bergen, Norway\n\nMA in Economics August 2025\n\n**Tidal Institute** Oslo, Norway\n\n"
        "MA in Economics May 2024\n")
    assert [(e.title.value, e.org.value if e.org else None, e.dates.text) for e in entries] == [
        ("MS in Business Research", "Harbour University", "May 2026"), ("MA in Economics", "Fjord University", "August 2025"),
        ("MA in Economics", "Tidal Institute", "May 2024")]



@pytest.mark.parametrize("line, title", [("MS in Oceanography Expected May 2026", "MS in Oceanography"),
                                         ("PhD in Oceanography, Harbour University, 2026 (expected)", "PhD in Oceanography")])
def test_the_word_expected_goes_with_its_date_not_the_title(tmp_path, line, title):
    entries = _entries_of(tmp_path, "cv.md", f"# Ines Falk\n\n## Education\n\n**Harbour University**\n\n{line}\n")
    assert [e.title.value for e in entries] == [title]
