"""Stage 2: one role per line, decided by scoring features (as OpenResume's parser scores
text items), not by a cascade of special cases.

Each feature is a small named predicate; ``FEATURES`` gives it a weight for each role it
speaks for or against. A line's role is the one with the highest total; every total and the
features behind the winner are kept on the ``Tagged`` line for ``cvlint parse --explain``.
A role the reader states (a list item, a line wrapped under one) is kept, not guessed.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from .. import patterns
from ..names import fold
from ..readers.inline import CELL_GAP
from .layout import LABEL_START, is_legend, is_page_number, is_table_header, is_updated_note
from .types import LineInfo, Rhythm, Role, Tagged

# a word set letter by letter ("S U M M A R Y"), as designed headings are
_LETTER_SPACED = patterns.compile(r"(?<!\w)(?:\w ){3,}\w(?!\w)")
_CONNECTOR_END = patterns.compile(r"(?:[,&:/-]|\b(?:and|of|the|for|in|on|at|to|with|from|a|an|&))$", re.I)


class Context:
    """What a feature may look at besides the line: its neighbours and the document's rhythm."""

    __slots__ = ("info", "previous", "following", "rhythm", "previous_role")

    def __init__(self, info: LineInfo, previous: Optional[LineInfo], following: Optional[LineInfo], rhythm: Rhythm,
                 previous_role: Optional[str] = None):
        self.info, self.previous, self.following, self.rhythm = info, previous, following, rhythm
        self.previous_role = previous_role  # the role already decided for the line above


# -- features: small named predicates, thresholds as parameters ------------------------------

def names_a_section(c: Context) -> bool:
    return c.info.heading_kind is not None


def heading_markup(c: Context) -> bool:
    return c.info.kind == "heading"


def margin_label(c: Context) -> bool:
    """A section label in a PDF's margin column: it names a section, or is set apart (capitals,
    bold). A plain label there ("Research Assistant" under "EXPERIENCE") names an entry."""
    if not c.info.margin:
        return False
    if c.rhythm.margin_caps:  # the document's section labels are capitals: a label in lower case is an entry's
        return c.info.caps
    return c.info.heading_kind is not None or c.info.caps or c.info.all_bold


def entry_label_in_margin(c: Context) -> bool:
    return c.info.margin and not margin_label(c) and c.info.heading_kind is None


def emphasised_line(c: Context) -> bool:
    return c.info.all_bold or c.info.caps


def ends_with_colon(c: Context) -> bool:
    return c.info.text.rstrip(" *_").endswith(":")


def large_font(c: Context, ratio: float = 1.1) -> bool:
    return c.info.size >= ratio


def short(c: Context, max_words: int = 4) -> bool:
    return _word_count(c.info.text, max_words) <= max_words


def many_words(c: Context, min_words: int = 7) -> bool:
    return _word_count(c.info.text, min_words - 1) >= min_words


def _word_count(text: str, up_to: int) -> int:
    """The words of a line, a word set letter by letter counted once (looked for only where
    the plain count passes ``up_to``, and so might be such letters)."""
    count = len(text.split())
    return len(_LETTER_SPACED.sub("x", text).split()) if count > up_to and _LETTER_SPACED.search(text) else count


def has_dates(c: Context, max_other_words: int = 16) -> bool:
    return bool(c.info.dates) and c.info.words <= max_other_words


def only_dates(c: Context, max_other_words: int = 0) -> bool:
    return bool(c.info.dates) and c.info.words <= max_other_words


def bold_start(c: Context) -> bool:
    return c.info.bold_start


def title_shaped(c: Context, max_words: int = 10, capitalised: float = 0.5) -> bool:
    """A short line, most of its words capitalised, not a sentence: a name, a title, an organisation."""
    words = c.info.rest.split()
    if not words or len(words) > max_words or c.info.ends_sentence and len(words) > 3:
        return False
    upper = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha())
    return upper / len(words) >= capitalised


def opens_with_a_date_cell(c: Context) -> bool:
    """``2021 – 2023   Postdoctoral researcher, …``: a date in a cell of its own at the line's
    start, a left date column's: an entry's header, whatever the text beside it says."""
    first = c.info.dates[0] if c.info.dates else None
    return first is not None and first.start == 0 and c.info.text.startswith(CELL_GAP, first.end)


# labels of the parts of one entry's details, in the languages read (folded, no colon)
_DETAIL_LABELS = frozenset({
    "responsibilities", "key responsibilities", "main responsibilities", "accomplishments", "key accomplishments",
    "achievements", "key achievements", "highlights", "tasks", "main tasks", "duties", "technologies",
    "technologies used", "tools", "tech stack", "stack", "keywords", "environment", "skills used", "impact",
    "missions", "realisations", "taches", "responsabilites", "responsabilidades", "funciones", "logros", "tareas",
    "aufgaben", "erfolge", "verantwortlichkeiten"})


def detail_label(c: Context, max_words: int = 3) -> bool:
    """``Responsibilities:`` or ``Accomplishments`` over an entry's bullets: a label of its
    details, never an entry of its own however it is set."""
    text = c.info.text.strip(" :*_").rstrip(":：")
    return len(text.split()) <= max_words and fold(text) in _DETAIL_LABELS


def labelled_list(c: Context, min_commas: int = 2, min_bare_commas: int = 6, max_item_words: int = 3) -> bool:
    """``Keywords: CI/CD, Docker, Elixir, Go``: a label and a list of things, or with no label a
    long list of short things and no date (``CI/CD, Docker, Elixir, Go, Kubernetes, Linux,
    Python``): an entry's detail however capitalised its words."""
    text = c.info.text
    m = LABEL_START.match(text)
    if m is not None:
        return text.count(",", m.end()) >= min_commas
    if c.info.dates or text.count(",") < min_bare_commas:
        return False
    return all(len(item.split()) <= max_item_words for item in text.split(","))


def sentence(c: Context, min_words: int = 8) -> bool:
    """A line that ends a sentence of ``min_words`` words, its dates aside."""
    return c.info.ends_sentence and c.info.words >= min_words


def paragraph_length(c: Context, min_words: int = 16) -> bool:
    """A line as long as a paragraph's, its dates aside ("Dec 2018 - May 2025" is no five words)."""
    return c.info.words >= min_words


def starts_lower(c: Context) -> bool:
    return c.info.starts_lower


def after_break(c: Context) -> bool:
    return c.info.break_before


def previous_wrapped(c: Context) -> bool:
    """The line above filled the width and did not end its sentence: this one goes on with it."""
    p = c.previous
    return bool(p) and c.rhythm.wrap_length > 0 and len(p.text) >= c.rhythm.wrap_length and not p.ends_sentence \
        and c.previous_role not in (Role.HEADING, Role.NOISE)


def previous_unfinished(c: Context) -> bool:
    """The line above stops on a comma, "and", "of"…: its sentence is not over."""
    p = c.previous
    return bool(p) and not c.rhythm.blank_is_break and bool(_CONNECTOR_END.search(p.text.rstrip(" *_"))) \
        and c.previous_role not in (Role.HEADING, Role.NOISE)


# feature -> {role: weight}
FEATURES: list[tuple[Callable[[Context], bool], dict[str, int]]] = [
    (names_a_section, {Role.HEADING: 3}),
    (heading_markup, {Role.HEADING: 2, Role.HEADER: 2}),
    (margin_label, {Role.HEADING: 3}),
    (entry_label_in_margin, {Role.HEADING: -4, Role.HEADER: 2}),
    (emphasised_line, {Role.HEADING: 1, Role.HEADER: 1}),
    (ends_with_colon, {Role.HEADING: 1}),
    (large_font, {Role.HEADING: 1}),
    (short, {Role.HEADING: 1}),
    (many_words, {Role.HEADING: -3}),
    (has_dates, {Role.HEADING: -4, Role.HEADER: 2, Role.BODY: -1}),
    (only_dates, {Role.DATES: 5}),
    (opens_with_a_date_cell, {Role.HEADER: 2, Role.BODY: -1}),
    (labelled_list, {Role.HEADER: -2, Role.BODY: 2}),
    (detail_label, {Role.HEADING: -4, Role.HEADER: -4, Role.BODY: 3}),
    (bold_start, {Role.HEADER: 2, Role.CONTINUATION: -2}),
    (title_shaped, {Role.HEADER: 1}),
    (sentence, {Role.HEADING: -2, Role.HEADER: -2, Role.BODY: 2}),
    (paragraph_length, {Role.HEADER: -3, Role.BODY: 2}),
    (starts_lower, {Role.HEADING: -3, Role.HEADER: -2, Role.BODY: 1, Role.CONTINUATION: 2}),
    (after_break, {Role.CONTINUATION: -4}),
    (previous_wrapped, {Role.CONTINUATION: 2}),
    (previous_unfinished, {Role.CONTINUATION: 3}),
]
# the least a role needs to win; BODY is what a line is when nothing speaks for anything else
MINIMUM = {Role.HEADING: 4, Role.HEADER: 1, Role.DATES: 5, Role.CONTINUATION: 2, Role.BODY: 0}
_TIE_ORDER = [Role.HEADING, Role.DATES, Role.HEADER, Role.CONTINUATION, Role.BODY]


def tag_lines(infos: list[LineInfo], rhythm: Rhythm) -> list[Tagged]:
    tagged: list[Tagged] = []
    for i, info in enumerate(infos):
        previous = infos[i - 1] if i else None
        following = infos[i + 1] if i + 1 < len(infos) else None
        tagged.append(tag(Context(info, previous, following, rhythm, tagged[-1].role if tagged else None)))
    return tagged


def tag(c: Context) -> Tagged:
    info = c.info
    given = _given_role(info)
    if given:
        said = f"format says {info.line.role}" if info.line.role else f"reader: {info.kind}" if given != Role.NOISE else "noise"
        return Tagged(info, given, given=True, why=[(said, 0)])
    scores = {role: 0 for role in _TIE_ORDER}
    fired: dict[str, list] = {role: [] for role in _TIE_ORDER}
    for feature, weights in FEATURES:
        if feature(c):
            for role, weight in weights.items():
                scores[role] += weight
                fired[role].append((feature.__name__, weight))
    role = max((r for r in _TIE_ORDER if scores[r] >= MINIMUM[r]), key=lambda r: scores[r], default=Role.BODY)
    return Tagged(info, role, scores=scores, why=fired[role])


def _given_role(info: LineInfo) -> Optional[str]:
    if info.line.role:
        return info.line.role
    if is_page_number(info.text) or is_updated_note(info.text) or info.running or is_legend(info.text) \
            or CELL_GAP in info.text and is_table_header(info.text):
        return Role.NOISE
    if info.kind == "bullet":
        return Role.BULLET
    if info.kind == "continuation":
        return Role.CONTINUATION
    return None
