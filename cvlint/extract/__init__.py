"""Document to Profile, in stages (each a pure function with its own type, see ``types.py``):

0. ``layout``       lines → lines: repairs of what a layout broke (a date column's wrapped cell)
1. ``layout``       lines → LineInfo: features computed once, the document's rhythm
2. ``roles``        LineInfo → Tagged: one role per line, by scored features
3. ``entries``      Tagged → sections → EntryDraft: header block + details
4. ``fields`` and ``publications``   EntryDraft → Entry: title, organisation, role, location,
   dates, claims; a publication's authors, title, year and venue

``person`` reads what the CV says about its owner and itself. Format-agnostic: everything
here sees only ``Line`` objects. This module is the pipeline in order, and nothing else.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..document import Document
from ..model import Hidden, Problem, Profile, Section, Source, Span, Text
from ..tables import Tables, load_tables
from .entries import group_entries, split_sections
from .fields import build_entry
from .layout import document_rhythm, join_wrapped_date_cells, line_infos
from .person import read_dates, read_person, read_source, read_version_date
from .publications import Legend, build_publication
from .roles import tag_lines
from .types import Analysis


def repaired(document: Document) -> Document:
    """``document`` with its lines repaired (0.), or itself when nothing needed it."""
    lines = join_wrapped_date_cells(document.lines)
    return document if lines is document.lines else replace(document, lines=lines)


def analyse(document: Document, repair: bool = True) -> Analysis:
    document = repaired(document) if repair else document           # 0. layout repairs
    rhythm = document_rhythm(document.lines, fmt=document.format)   # 1. layout
    tagged = tag_lines(line_infos(document.lines, rhythm), rhythm)  # 2. roles
    sections = split_sections(tagged)                               # 3. sections …
    drafts = [d for s in sections for d in group_entries(s, rhythm)]  # … and entries
    return Analysis(rhythm, tagged, sections, drafts)


def extract(document: Document, tables: Optional[Tables] = None, analysis: Optional[Analysis] = None) -> Profile:
    tables = tables or load_tables()
    path = document.path
    profile = Profile(source=Source(path=path, format=document.format, encoding=document.encoding, collection=document.collection,
                                    shape=document.meta.get("page-shape")))
    for problem in document.problems:
        profile.problems.append(Problem(problem.kind, problem.message, Span(path, problem.line, problem.column,
                                                                            problem.line, problem.column)))
    read_source(document, profile)
    document = repaired(document)
    for hidden in document.hidden:
        profile.hidden.append(Hidden(hidden.text, hidden.how, Span(path, hidden.line, 1, hidden.line, 1, hidden.page)))
    if not document.lines:
        return profile
    read_dates(document, profile)
    analysis = analysis or analyse(document, repair=False)  # (repaired above)
    others = {t.info.line.number for s in analysis.sections if s.kind == "references" for t in s.lines}
    read_person(document, profile, others)
    read_version_date(document, profile)
    for section in analysis.sections:
        if section.heading is not None:
            profile.sections.append(Section(section.kind, Text(section.heading.info.text, section.heading.info.span(path))))
    owner = [n.value for n in profile.person.names]
    legend = Legend([line.text for line in document.lines if line.text and len(line.text) < 200])
    for draft in analysis.drafts:                                   # 4. fields
        if draft.publication:
            entry = build_publication(draft, path, tables, owner, legend)
        else:
            entry = build_entry(draft, path, tables)
        if entry is not None:
            profile.entries.append(entry)
    return profile
