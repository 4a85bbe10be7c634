"""Stage 3: tagged lines → sections → entries.

Sections open at HEADING lines (a Markdown heading deeper than the document's section level
is an entry header instead). Within a section, entries are grouped by one small state
machine: header parts (title, organisation, role, dates, location: one to four lines, in any
order) open an entry, details (bullets, paragraphs) follow it, and the next strong header
after the details opens the next. A publication is one entry however many lines it spans;
in a document whose blank lines say nothing, a new one starts where an author list starts
after a complete citation.
"""

from __future__ import annotations

import re
from typing import Optional

from .. import patterns
from ..headings import section_kind
from .layout import LABEL_START
from .person import looks_like_name
from .publications import QUOTED_TITLE
from .types import EntryDraft, Rhythm, Role, SectionDraft, Tagged

# sections whose lines are not entries
NO_ENTRIES = {"header", "skills", "contact", "references", "appendix", "hobbies"}
# sections whose entries count only when dated (a "Research" heading may hold interests or positions)
DATED_ONLY = {"research"}

_NAME = r"(?:[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:[ -](?:de|da|van|von|der|del|la|le|di|dos|du)\b)?(?:[ -][A-ZÀ-ÞĀ-Ž][\w'’-]+)?)"
_INITIALS = r"(?:[A-Z]\.?\s?-?){1,4}"
# "Berg S.W.,", "Park, J.Y.,", "J. Smith,", "Zhang W, ", "Ana Lima, Wei Zhang" at a line's start
_CITATION_START = patterns.compile(
    rf"^(?:\*\*)?(?:{_NAME},?\s{_INITIALS}[,.;]|{_INITIALS}\s{_NAME}[,;*†]|{_NAME}\s{_NAME}[*†‡]*,\s*{_NAME}\s{_NAME}[*†‡]*[,&]"
    rf"|{_NAME}\s{_INITIALS}(?:,|\s+(?:and|&)\s)"
    rf"|{_NAME}\s{_NAME}[*†‡]*,\s*{_NAME}\s{_NAME}[*†‡]*\.\s)")  # two authors: "Ming Li, Yizhen Yao. Title"
_NUMBERED = patterns.compile(r"^\s*(?:\[\s*[A-Z]?\d{1,3}\s*\]|[A-Z]?\d{1,3}\.)\s")
_SENTENCE_BREAK = patterns.compile(r"[.?!](?<![A-Z].)(?<!\b(?:al|vs|pp|Dr).)(?<!\beds.)[\"”’)_*]*\s+")  # the mark first: see publications
_YEAR_OR_STATUS = patterns.compile(r"\(?(?:19|20)\d\d[a-z]?\)?\.?$|^_?(?:submitted|in review|under review|in revision|accepted|in press)\b",
                                re.I)


def split_sections(tagged: list[Tagged]) -> list[SectionDraft]:
    """Sections in order; lines before the first heading form the "header" section. Section
    labels stacked at the top of a PDF page with nothing under them (a margin column the
    export moved) are held back and open where the content changes kind."""
    level = _section_level(tagged)
    sections = [SectionDraft("header", None)]
    pending: list[Tagged] = []
    for i, t in enumerate(tagged):
        if i == 0 and t.role in (Role.HEADING, Role.HEADER) and looks_like_name(t.info.text):
            t.role, t.why = Role.HEADER, [("the CV's title: its owner's name", 0)]
            sections[0].lines.append(t)
            continue
        if t.info.kind == "heading" and not t.info.margin and level is not None:
            if t.info.line.level > level:
                t.role, t.why = Role.HEADER, [("heading deeper than the section level", 0)]
            elif t.info.line.level < level and len(sections) == 1:
                t.role, t.why = Role.HEADER, [("title above the section level", 0)]  # the CV's title: its owner's name
            elif t.role != Role.HEADING:
                t.role, t.why = Role.HEADING, [("heading at the section level", 0)]
        if t.role == Role.HEADING:
            if _stacked_at_page_top(tagged, i):
                pending.append(t)
                continue
            sections.append(SectionDraft(_kind(t), t))
            continue
        current = sections[-1]
        if pending and current.kind == "publications" and t.role in Role.HEADER_PARTS and t.info.bold_start \
                and not _starts_citation(t.info.text):
            opened = pending.pop(0)
            current = SectionDraft(_kind(opened), opened)
            sections.append(current)
        current.lines.append(t)
    return sections


def _kind(t: Tagged) -> str:
    return t.info.heading_kind or section_kind(t.info.text) or "other"


def _section_level(tagged: list[Tagged]) -> Optional[int]:
    """The Markdown heading level that opens sections: that of the headings naming a known
    section, else the shallowest heading below a lone top-level title."""
    marked = [t for t in tagged if t.info.kind == "heading" and not t.info.margin]
    if not marked:
        return None
    named = sorted(t.info.line.level for t in marked if t.info.heading_kind)
    if named:
        return _past_a_lone_title(named, marked)
    levels = sorted({t.info.line.level for t in marked})
    if len(levels) > 1 and sum(1 for t in marked if t.info.line.level == levels[0]) == 1:
        return levels[1]
    return levels[0]


def _past_a_lone_title(named: list[int], marked: list[Tagged], min_deeper: int = 2) -> int:
    """The shallowest level of the headings that name a section (``named``, sorted), but for a
    lone title over the document that happens to be a section's name ("# Resume" is the French
    for a summary) when ``min_deeper`` headings below it name sections."""
    top = named[0]
    lone_title = marked[0].info.line.level == top and sum(1 for t in marked if t.info.line.level == top) == 1
    deeper = [level for level in named if level > top]
    return deeper[0] if lone_title and len(deeper) >= min_deeper else top


def _stacked_at_page_top(tagged: list[Tagged], i: int) -> bool:
    """Two or more headings in a row right after a page break, nothing under the first, set
    alike (a margin column's labels)."""
    run_start = i
    while run_start > 0 and tagged[run_start - 1].role == Role.HEADING:
        run_start -= 1
    run_end = i
    while run_end + 1 < len(tagged) and tagged[run_end + 1].role == Role.HEADING:
        run_end += 1
    if run_end == run_start:
        return False
    if len({round(t.info.size, 1) for t in tagged[run_start:run_end + 1]}) > 1:
        return False  # "Presentations" over a smaller "Invited Talks": a heading and its sub-heading
    first = tagged[run_start]
    before = tagged[run_start - 1] if run_start else None
    return first.info.page_top or (before is not None and before.role == Role.NOISE and before.why[:1] == [("noise", 0)]
                                   and before.info.text.strip().isdigit())


# -- entries ---------------------------------------------------------------------------

def group_entries(section: SectionDraft, rhythm: Rhythm) -> list[EntryDraft]:
    if section.kind in NO_ENTRIES:
        return []
    lines = [t for t in section.lines if t.role != Role.NOISE]
    if not lines:
        return []
    if section.kind == "publications":
        drafts = _publication_groups(section, lines, rhythm)
    elif _is_list_section(lines):
        drafts = _list_groups(section, lines)
    else:
        drafts = _header_groups(section, lines, rhythm)
    drafts = [d for d in drafts if d.header]
    if section.kind in DATED_ONLY:
        drafts = [d for d in drafts if d.has_dates()]
    return drafts


def _is_list_section(lines: list[Tagged]) -> bool:
    """Items are the list's top-level bullets: the first line is one, and no header line
    stands above a bullet at that level."""
    first = lines[0]
    if first.role != Role.BULLET:
        return False
    top = min(t.info.line.depth for t in lines if t.role == Role.BULLET)
    return first.info.line.depth == top


def _list_groups(section: SectionDraft, lines: list[Tagged]) -> list[EntryDraft]:
    top = min(t.info.line.depth for t in lines if t.role == Role.BULLET)
    drafts: list[EntryDraft] = []
    for t in lines:
        if t.role == Role.BULLET and t.info.line.depth == top and drafts and _GRADE_LINE.match(t.info.text):
            drafts[-1].details.append(t)  # "GPA: 3.67 (as of Fall 2015)": the degree's above, no entry
        elif t.role == Role.BULLET and t.info.line.depth == top or not drafts:
            drafts.append(EntryDraft(section, header=[t]))
        elif t.role == Role.CONTINUATION and not drafts[-1].details:
            drafts[-1].header.append(t)
        else:
            drafts[-1].details.append(t)
    for draft in drafts:
        _promote_organisation(draft)
    return drafts


_GRADE_LINE = patterns.compile(r"(?:c?gpa|grade point average|overall gpa|moyenne|nota media)\b", re.I)


def _promote_organisation(draft: EntryDraft, max_words: int = 8, capitalised: float = 0.6) -> None:
    """``* Research Intern (2023)`` over ``  * Some Lab (City)``: a short first sub-item
    that is no sentence (or ends on a full stop but is mostly capitalised words: ``Section of
    Biostatistics, University of Copenhagen, Denmark.``) names the organisation, so it
    belongs to the header."""
    if draft.details and not any(t.role == Role.CONTINUATION for t in draft.header):
        first = draft.details[0]
        words = first.info.text.split()
        if first.role == Role.BULLET and len(words) <= max_words and first.info.text[:1].isupper() \
                and not _GRADE_LINE.match(first.info.text) and (
                not first.info.ends_sentence or sum(1 for w in words if w[:1].isupper()) >= capitalised * len(words)):
            draft.header.append(draft.details.pop(0))


def _header_groups(section: SectionDraft, lines: list[Tagged], rhythm: Rhythm) -> list[EntryDraft]:
    drafts: list[EntryDraft] = []
    current: Optional[EntryDraft] = None
    plain = not any(t.info.bold_start or t.info.kind == "heading" for t in lines if t.role in Role.HEADER_PARTS)
    for t in lines:
        if t.role == Role.CONTINUATION and current is not None:
            (current.details if current.details else current.header).append(t)
            continue
        if t.role in Role.HEADER_PARTS or t.role == Role.HEADING or _dated_paragraph(t, rhythm):
            if current is None or _opens_entry(t, current, rhythm, plain):
                above = _title_lines_over(current.details, t) if current is not None else []
                if above:
                    del current.details[-len(above):]
                current = EntryDraft(section, header=above)
                drafts.append(current)
            (current.details if current.details else current.header).append(t)
            continue
        if current is None:
            current = EntryDraft(section)
            drafts.append(current)
            if t.role == Role.BULLET:  # a list with a paragraph above: the bullet names the entry
                current.header.append(t)
                continue
        current.details.append(t)
    return drafts


def _title_lines_over(details: list[Tagged], t: Tagged, max_other_words: int = 2, max_lines: int = 2) -> list[Tagged]:
    """``Sales Engineer, Scalar Decisions`` over ``Jun 2008 - Jun 2014  6 years``: a line of
    dates (and at most ``max_other_words`` other words) opens an entry whose title is the
    undated header lines (``max_lines`` at most) right above it, left among the details of the
    entry before. Those lines, in order; none if more stand there."""
    if not t.info.dates or t.info.words > max_other_words:
        return []
    k = len(details)
    while k > 0 and len(details) - k <= max_lines and details[k - 1].role == Role.HEADER and not details[k - 1].info.dates:
        k -= 1
    return details[k:] if len(details) - k <= max_lines else []


def _dated_paragraph(t: Tagged, rhythm: Rhythm, max_words: int = 24) -> bool:
    """``Ph.D., Geology, Example University, 2001.`` on a paragraph of its own: a CV whose
    entries are dated sentences. Only after a real paragraph break."""
    return t.role == Role.BODY and bool(t.info.dates) and t.info.break_before and rhythm.blank_is_break \
        and len(t.info.text.split()) <= max_words and not t.info.starts_lower


def _opens_entry(t: Tagged, current: EntryDraft, rhythm: Rhythm, plain: bool, max_header: int = 4,
                 min_complete: int = 2) -> bool:
    """Whether header line ``t`` starts a new entry rather than adding to ``current``."""
    info = t.info
    if info.starts_lower:
        return False  # "tension and dark energy": a header goes on, no entry starts in lower case
    strong = bool(info.dates) or info.bold_start or info.kind == "heading"
    if current.details:
        if strong:
            return True
        # a plain-text CV: a title-shaped line after a paragraph break
        return plain and info.break_before and rhythm.blank_is_break
    if not current.header:
        return False
    if info.line.role == Role.HEADER and any(h.info.line.role == Role.HEADER for h in current.header):
        return True  # a data format's item is one header line: the next item's opens the next entry
    if info.dates and current.has_dates():
        return True
    if len(current.header) >= max_header:
        return True
    if _is_row(info.line.text) and all(_is_row(h.info.line.text) and not h.info.dates for h in current.header) and not info.dates:
        return True  # "Title ---- Organisation" rows: one entry each
    if info.break_before and rhythm.blank_is_break and current.has_dates():
        # a paragraph break after a complete header (dated, two lines or more): a new entry
        return strong or (len(current.header) >= min_complete and t.role == Role.HEADER
                          and _same_shape(info, current.header[0].info))
    if info.bold_start and current.has_dates() and len(current.header) >= min_complete and not current.header[-1].info.bold_start \
            and _same_shape(info, current.header[0].info) and not LABEL_START.match(info.text):
        # "**Org** City" over "Degree  Date", then "**Org** City" again: the first line of the next entry
        # ("Thesis: …", "GPA: …" under it are lines of the entry above)
        return True
    return False


def _same_shape(a, b) -> bool:
    """Two lines set alike (kind, bold, capitals, size): the first lines of two entries."""
    return (a.kind, a.bold_start, a.all_bold, a.caps, round(a.size, 1)) == (b.kind, b.bold_start, b.all_bold, b.caps, round(b.size, 1))


_ROW = patterns.compile(r"\S\s*(?:-{4,}|\.{4,}|_{4,}|\s\|\s)\s*\S")


def _is_row(text: str) -> bool:
    """A header written as a row of cells: ``Title ------ Organisation``, ``Org | City``."""
    return bool(_ROW.search(text))


# -- publications ----------------------------------------------------------------------

def _publication_groups(section: SectionDraft, lines: list[Tagged], rhythm: Rhythm, max_lines: int = 12) -> list[EntryDraft]:
    drafts: list[EntryDraft] = []
    current: Optional[EntryDraft] = None
    bullets = any(t.role == Role.BULLET for t in lines)
    top = min((t.info.line.depth for t in lines if t.role == Role.BULLET), default=0)
    complete = False  # whether the current item has its title yet: once it has, it keeps it

    def has_title() -> bool:
        nonlocal complete
        if not complete and current is not None:
            # past max_lines an item is no citation still missing its title: let the next one start
            complete = len(current.lines) > max_lines or _complete(_joined(current))
        return complete

    for t in lines:
        text = t.info.text
        starts = (t.role == Role.BULLET and t.info.line.depth == top) or bool(_NUMBERED.match(text))
        if not starts and _is_subheading(t) and not t.info.starts_lower and (current is None or has_title()):
            current = None  # "Journal Articles", "2024", "Book chapters" between items
            continue
        if not starts and current is not None:
            if t.info.break_before and rhythm.blank_is_break and not bullets:
                starts = True
            elif _wraps_a_bulleted_item(t, current, top):
                pass  # "…, Lipp, A. G. …" over "Johnston, D. T., & Sperling, E. A. 'The …": one item's authors
            elif not rhythm.blank_is_break or t.info.line.gap is not None or not bullets:
                starts = _starts_citation(text) and has_title()
        if starts or current is None:
            current = EntryDraft(section, publication=True)
            complete = False
            drafts.append(current)
            current.header.append(t)
        else:
            current.details.append(t)
    return drafts


def _wraps_a_bulleted_item(t: Tagged, current: EntryDraft, top: int, max_gap: float = 0.3) -> bool:
    """A line wrapped from a bulleted item above it, with no space between them (a PDF's
    measure): it goes on with the item, even where it reads like the start of a citation."""
    first = current.header[0] if current.header else None
    return t.role in (Role.CONTINUATION, Role.BODY) and first is not None and first.role == Role.BULLET and first.info.line.depth == top \
        and t.info.line.gap is not None and t.info.line.gap < max_gap


def _joined(draft: EntryDraft) -> str:
    return " ".join(t.info.text for t in draft.lines)


def _starts_citation(text: str) -> bool:
    return bool(_CITATION_START.match(text))


# labels of a part of one publication (a collection page's "**Abstract**"), never of a group of them
_ITEM_PARTS = frozenset({"abstract", "description", "summary", "keywords", "citation", "recommended citation", "bibtex",
                         "download", "links"})


def _is_subheading(t: Tagged, max_words: int = 5) -> bool:
    """"Journal Articles", "2024", "Book chapters": a label of a group of publications."""
    text = t.info.text.strip("*_: ")
    return t.role != Role.BULLET and 0 < len(text.split()) <= max_words and not t.info.ends_sentence \
        and text.lower() not in _ITEM_PARTS \
        and not _starts_citation(t.info.text) and (text[:1].isupper() or text[:1].isdigit())


def _complete(text: str, min_title_words: int = 3) -> bool:
    """A citation that already has its title: one in quotes, or after the author list and a
    year or status, a sentence of at least ``min_title_words`` words."""
    if QUOTED_TITLE.search(text):
        return True
    pieces = [p.strip(" _*") for p in _SENTENCE_BREAK.split(text)]
    seen_authors = False
    for piece in pieces:
        words = piece.split()
        if not words:
            continue
        if not seen_authors:
            seen_authors = True
            continue
        if _YEAR_OR_STATUS.search(piece) and len(words) <= 3:
            continue
        if len(words) >= min_title_words and not _all_names(piece):
            return True
    return False


_ONE_NAME = patterns.compile(rf"\s*(?:and\s+|&\s*)?(?:{_INITIALS}\s?)?{_NAME}?\s*(?:{_INITIALS})?\s*")


def _all_names(text: str) -> bool:
    return all(_ONE_NAME.fullmatch(p) for p in text.split(",") if p.strip())
