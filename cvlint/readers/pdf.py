"""PDF CVs: characters with their font, size and position from PDFium (pypdfium2), rebuilt
into lines, cells and columns, so extraction sees the layout the reader of the page sees.

- Characters on one baseline make a line, sorted left to right; a wide horizontal gap splits
  it into cells (a right-aligned date column), written three spaces apart.
- A left-margin column of section labels (``EDUCATION`` beside the first line of its
  section, or ``HONORS AND`` / ``AWARDS`` over two lines) is found from where the page's lines
  start, and each label becomes a line of its own, flagged ``margin``.
- Each line keeps its page, its bold ranges (from the font's name), its size relative to the
  body text, and the space above it in body line heights (``gap``): the rhythm that tells a
  paragraph break from a wrapped line.

Ligatures are split. An encrypted PDF, one with no text layer (a scan) or one PDFium cannot
parse is reported, never raised. Lines are numbered through the whole document."""

from __future__ import annotations

import ctypes
import math
import re
import statistics
import zlib
from collections.abc import Iterable
from typing import Optional

from .. import limits, patterns
from . import pdfium
from ..document import Document, HiddenText, Line, ReadProblem
from .inline import CELL_GAP
from .text import BULLET, ICONS, drop_marks

# ligatures split; and what broken font maps give for them in LaTeX PDFs ("Di↵erent" for "Different")
# ligatures as Unicode has them, as some fonts map "ff" (↵), and as a TeX font in T1 encoding
# without a Unicode map gives them (its codes 0x1B-0x1F: never text)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "↵": "ff",
                            "\x1b": "ff", "\x1c": "fi", "\x1d": "fl", "\x1e": "ffi", "\x1f": "ffl"})
_HYPHENATED = patterns.compile(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])")
_PDF_DATE = patterns.compile(r"D:(\d{4})(\d{2})?(\d{2})?")
_BOLD_FONT = patterns.compile(r"bold|black|heavy|semibold|demi|\bbx|cmbx|-b\b|,b\b|medium", re.I)


def clean_page_text(text: str) -> str:
    """Extracted text as a reader would see it: ligatures split, hyphenation undone."""
    text = text.translate(_LIGATURES).replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad\n", "")
    return _HYPHENATED.sub("", text)


class _Run:
    """Text PDFium keeps together on one line in one font (one of its text rectangles), and,
    if a reader of the page cannot see it, how it is hidden (``hidden``); ``obj`` is the page
    object it is drawn by, for what is drawn under and over it."""

    __slots__ = ("text", "x0", "x1", "y", "size", "bold", "hidden", "obj", "top")

    def __init__(self, text, x0, x1, y, size, bold, hidden=None, obj=None, top=None):
        self.text, self.x0, self.x1, self.y, self.size, self.bold = text, x0, x1, y, size, bold
        self.hidden, self.obj, self.top = hidden, obj, (y + size if top is None else top)


LIGHT = "light"  # a fill colour near white: hidden only if nothing darker is drawn under it
CUT_OFF = "cut off at the page's edge"  # text the layout pushed just past the page: still read as the CV's text


def how_hidden(size: float, mode: int, rgba, box, page_box, tiny: float = 4.0, light: int = 240,
               overflow: float = 36.0) -> str | None:
    """How a word is hidden from a reader of the page, or None: render mode 3 or 7 (no ink),
    a transparent fill, type under ``tiny`` points, a box off the page (``CUT_OFF`` within
    ``overflow`` points of its edge: a layout that ran over, not a hiding place), or a fill
    colour near white (``LIGHT``: to be judged against what is drawn under it)."""
    if mode in (3, 7):
        return "invisible (render mode 3)"
    if rgba is not None and rgba[3] == 0:
        return "transparent"
    if 0 < size < tiny:
        return f"{size:.1f} pt"
    left, bottom, right, top = page_box
    x0, y0, x1, y1 = box
    if x1 < left or x0 > right or y1 < bottom or y0 > top:
        near = x1 >= left - overflow and x0 <= right + overflow and y1 >= bottom - overflow and y0 <= top + overflow
        return CUT_OFF if near else "off the page"
    if rgba is not None and min(rgba[:3]) >= light and mode in (0, 2, 4, 6):  # filled glyphs in a near-white colour
        return LIGHT
    return None


class _Cell:
    """Runs side by side on one baseline, with no wide gap between them."""

    __slots__ = ("runs", "page")

    def __init__(self, runs: list, page: int):
        self.runs, self.page = runs, page

    @property
    def x0(self):
        return self.runs[0].x0

    @property
    def x1(self):
        return self.runs[-1].x1

    @property
    def y(self):
        return self.runs[0].y

    @property
    def size(self) -> float:
        return max(r.size for r in self.runs)

    def text(self) -> tuple[str, list[tuple[int, int]]]:
        """The cell's text, a space where two runs stand apart, and its bold ranges."""
        text, bold = "", []
        previous = None
        for run in self.runs:
            piece = run.text
            if previous is not None and text and not text.endswith(" ") and not piece.startswith((" ", ",", ".", ";", ":", ")")) \
                    and run.x0 - previous.x1 > 0.15 * max(run.size, 1):
                text += " "
            if run.bold and piece.strip():
                start = len(text) + len(piece) - len(piece.lstrip())
                bold.append((start, len(text) + len(piece.rstrip())))
            text += piece
            previous = run
        stripped = text.rstrip()
        lead = len(text) - len(text.lstrip())
        return stripped.lstrip(), [(max(b - lead, 0), min(e, len(stripped)) - lead) for b, e in bold if e - lead > 0]


# a gap between two words wider than this many ems ends a run (word spaces are a quarter to half
# an em): a column set a little apart from the text beside it (moderncv's dates) is a run of its
# own, and can be cut off as a cell (``_left_date_cells``); cells are still split at wider gaps
RUN_GAP_EMS = 0.8
_SEPARATOR = "\r\n\x00\ufffe\uffff"  # a line break or no character: ends a word
# a word: what a space or line break ends; a line-end hyphen ends one too (the word goes on on
# the next line, with no break between them in the characters)
_WORDS = patterns.compile(f"[^ \u00a0{_SEPARATOR}\u00ad]+\u00ad?|\u00ad")
_SURROGATE = patterns.compile("[\ud800-\udfff]")


def _page_characters(lib, handle: int, count: int) -> tuple[str, bool]:
    """The page's first ``count`` characters, one per PDFium index, and whether any index holds
    the second half of a character beyond the BMP (then left in, as a lone low surrogate, to be
    skipped). PDFium's whole-page text is used when it is one character per index — no
    character without Unicode dropped from it, none split in two halves — else each index is
    asked for its own."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = lib.FPDFText_GetText(handle, 0, count, buffer)
    if written == count + 1:
        text = ctypes.string_at(buffer, 2 * count).decode("utf-16-le", "surrogatepass")
        # one character an index, none in two halves; three indices asked, a cheap guard that both agree
        if len(text) == count and not _SURROGATE.search(text) \
                and all(ord(text[i]) == lib.FPDFText_GetUnicode(handle, i) for i in {0, count // 2, count - 1}):
            # U+FFFE is the whole-page text's mark for 0x02 (a line-end hyphen) and for no character
            marked = {i: lib.FPDFText_GetUnicode(handle, i) for i, ch in enumerate(text) if ch == "\ufffe"} if "\ufffe" in text else {}
            if all(code < 0xD800 or 0xE000 <= code < 0x110000 for code in marked.values()):
                if marked:
                    chars = list(text)
                    for i, code in marked.items():
                        chars[i] = chr(code)
                    text = "".join(chars)
                return text.replace("\x02", "\u00ad"), False
    get_unicode = lib.FPDFText_GetUnicode
    chars, halves = [], False
    for i in range(count):
        code = get_unicode(handle, i)
        ch = chr(code) if code < 0x110000 else "\ufffd"
        if "\ud800" <= ch <= "\udbff":  # a character beyond the BMP comes in two UTF-16 halves
            low = get_unicode(handle, i + 1) if i + 1 < count else 0
            ch = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) if 0xDC00 <= low <= 0xDFFF else "\ufffd"
        elif "\udc00" <= ch <= "\udfff":
            halves = True
        chars.append(ch)
    # what some fonts map a hyphen at a line's end to: a soft hyphen
    return "".join(chars).replace("\x02", "\u00ad"), halves


def _odd_word(x0: float, rise: float, last_x0: float, last_x1: float, length: int, em: float,
              rise_limit: float = 0.2, spread: float = 2.0) -> bool:
    """Whether a word's first and last glyphs say it is not set plainly left to right on one
    baseline — a raised footnote mark at its end (``Ph.D.¹``), a jump back, or a gap wider than
    ``spread`` ems beyond its length — so each of its characters must be placed on its own."""
    return abs(rise) > rise_limit * em or last_x0 < x0 - em or last_x1 - x0 > (length + spread) * em


def _each_character(handle, text: str, first: int, end: int, char_box, origin, boxes) -> list[tuple[int, float, float, float, float]]:
    """Index, left, right, top and baseline of each character of a word (halves skipped)."""
    left, right, bottom, top, x, y = boxes
    out = []
    for k in range(first, end):
        if "\udc00" <= text[k] <= "\udfff":
            continue
        char_box(handle, k, left, right, bottom, top)
        origin(handle, k, x, y)
        out.append((k, left.value, right.value, top.value, y.value))
    return out


def _page_runs(page, buffer, most: int) -> tuple[list[_Run], int]:
    """The page's characters (the first ``most`` of them) gathered into runs of one font on one
    line, left to right, a word at a time: of each word PDFium is asked the box and baseline of
    its first and last glyphs (of every glyph in an odd word, see ``_odd_word``), and of each
    text object the font's size and name, its colour and render mode."""
    lib = page.lib
    handle = page.text_page()
    count = min(max(lib.FPDFText_CountChars(handle), 0), max(most, 0))
    runs: list[_Run] = []
    if not count:
        return runs, 0
    text, halves = _page_characters(lib, handle, count)
    left, right, bottom, top, x, y = (ctypes.c_double() for _ in range(6))
    flags_ref = ctypes.byref(ctypes.c_int())
    char_box, origin = lib.FPDFText_GetCharBox, lib.FPDFText_GetCharOrigin
    font_size, font_info = lib.FPDFText_GetFontSize, lib.FPDFText_GetFontInfo
    scale = pdfium.Matrix()
    matrix, matrix_ref = lib.FPDFText_GetMatrix, ctypes.byref(scale)
    text_object, render_mode, fill = lib.FPDFText_GetTextObject, lib.FPDFTextObj_GetTextRenderMode, lib.FPDFText_GetFillColor
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    bold_of: dict[bytes, bool] = {}
    page_box = page.box()
    size = 0.0
    pieces: list[str] = []  # the open run: its text so far, and what it is drawn with and where
    r_x0 = r_x1 = r_base = r_size = r_top = 0.0
    r_bold = r_hidden = r_obj = None

    def close_run() -> None:
        joined = "".join(pieces)
        if halves:
            joined = _SURROGATE.sub("", joined)
        runs.append(_Run(joined.translate(_LIGATURES), r_x0, r_x1, round(r_base, 1), r_size, r_bold, r_hidden, r_obj, r_top))
        pieces.clear()

    end = 0
    previous_object = -1
    mode, rgba, bold, styled = 0, None, False, None
    page_left, page_bottom, page_right, page_top = page_box
    for word in _WORDS.finditer(text):
        start = word.start()
        spaced = False  # a space before it: a gap there may end a run (a missing ligature's may not)
        if start > end:
            if start == end + 1 and text[end] == " ":
                spaced = True
            else:
                spaced = any(ch not in _SEPARATOR for ch in text[end:start])
        if pieces and spaced:  # the spaces before it go with the open run
            if start == end + 1:
                pieces.append(" ")
            else:
                pieces.extend(" " for ch in text[end:start] if ch not in _SEPARATOR)
        end = first = word.end()
        last = end - 1
        if halves:  # not the second half of a character beyond the BMP
            first = next((k for k in range(start, end) if not "\udc00" <= text[k] <= "\udfff"), end)
            last = next((k for k in range(end - 1, first - 1, -1) if not "\udc00" <= text[k] <= "\udfff"), first)
            if first == end:
                continue
        else:
            first = start
        drawn_by = text_object(handle, first)
        if drawn_by != previous_object or drawn_by is None:  # font, size, colour, render mode: the text object's
            # the size on the page: the font's size times the text matrix's vertical scale (a PDF may
            # set its text in 1-point type scaled up, or 14.67-point type scaled by 0.75)
            previous_object = drawn_by
            matrix(handle, first, matrix_ref)
            size = (font_size(handle, first) * math.hypot(scale.c, scale.d)) or size
            font_info(handle, first, buffer, len(buffer), flags_ref)
            name = buffer.value
            bold = bold_of.get(name)
            if bold is None:
                bold = bold_of[name] = bool(_BOLD_FONT.search(name.decode("latin-1")))
            rgba = (red.value, green.value, blue.value, alpha.value) if fill(handle, first, red, green, blue, alpha) else None
            mode = render_mode(drawn_by) if drawn_by else 0
            styled = how_hidden(size, mode, rgba, page_box, page_box)  # as the object is drawn, wherever it is
        char_box(handle, first, left, right, bottom, top)  # the glyph's box (the "loose" box is wrong in some fonts)
        x0, x1, high = left.value, right.value, top.value
        if styled is not None and styled != LIGHT or x1 < page_left or x0 > page_right or high < page_bottom or bottom.value > page_top:
            hidden = how_hidden(size, mode, rgba, (x0, bottom.value, x1, high), page_box)
        else:  # on the page: only how it is drawn can hide it
            hidden = styled
        origin(handle, first, x, y)  # the baseline
        base = y.value
        steps: Iterable[tuple[int, float, float, float, float]] = ((first, x0, x1, high, base),)
        if last != first:  # where the word ends: its last glyph
            char_box(handle, last, left, right, bottom, top)
            origin(handle, last, x, y)
            if _odd_word(x0, y.value - base, left.value, right.value, last - first + 1, max(size, 1.0)):
                steps = _each_character(handle, text, first, end, char_box, origin, (left, right, bottom, top, x, y))
            else:
                steps = ((first, x0, max(x1, right.value), max(high, top.value), base),)
        piece = start
        for k, x0, x1, high, base in steps:
            if x1 < x0:
                x1 = x0
            if pieces:
                em = size if size > r_size else r_size
                if em < 1.0:
                    em = 1.0
                if bold != r_bold or hidden != r_hidden or abs(base - r_base) > 0.4 * em or x0 < r_x1 - em \
                        or x0 - r_x1 > (RUN_GAP_EMS if spaced and k == start else 2.0) * em:
                    pieces.append(text[piece:k])
                    close_run()
                    piece = k
            if not pieces:
                pieces.append("")
                r_x0, r_x1, r_base, r_size, r_bold, r_hidden, r_obj, r_top = x0, x1, base, size, bold, hidden, drawn_by, high
            else:
                if x1 > r_x1:
                    r_x1 = x1
                if high > r_top:
                    r_top = high
        pieces.append(text[piece:end])
    if pieces:
        close_run()
    return runs, count


def _holds(box: tuple, run: _Run, tolerance: float) -> bool:
    """Whether a box (left, bottom, right, top) holds a run's box, give or take ``tolerance``."""
    return box[0] - tolerance <= run.x0 and run.x1 <= box[2] + tolerance and box[1] - tolerance <= run.y and run.top <= box[3] + tolerance


def _judge_by_drawing(page, runs: list[_Run], light: int = 240, tolerance: float = 1.0, max_segments: int = 6) -> None:
    """What is drawn under and over the text decides two ways of hiding it. A near-white word
    (``LIGHT``) is hidden only if nothing darker is drawn under it — white text on a dark
    header band is a design, on the white page a trick; an image, shading or form under it
    counts as dark. A word is hidden under a filled shape when an opaque rectangle (a path
    of at most ``max_segments`` segments) drawn after it covers its whole box."""
    lib, handle = page.lib, page.handle
    shapes: list[tuple[int, tuple, bool, bool]] = []  # (z-order, box, dark, opaque rectangle)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    get_object, get_type, text_kind = lib.FPDFPage_GetObject, lib.FPDFPageObj_GetType, pdfium.PAGEOBJ_TEXT
    count = lib.FPDFPage_CountObjects(handle)
    first_text = count  # shapes drawn before any text cover none of it
    for k in range(count):
        obj = get_object(handle, k)
        kind = get_type(obj)
        if kind == text_kind:
            first_text = min(first_text, k)
            continue
        if not lib.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        box = (left.value, bottom.value, right.value, top.value)
        if kind != pdfium.PAGEOBJ_PATH:  # an image, a shading, a form: drawn matter of unknown colour
            shapes.append((k, box, True, False))
            continue
        if not (lib.FPDFPath_GetDrawMode(obj, fill_mode, stroke) and fill_mode.value):
            continue
        if not lib.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha):
            continue
        dark = min(red.value, green.value, blue.value) < light and alpha.value > 0
        opaque = alpha.value == 255 and lib.FPDFPath_CountSegments(obj) <= max_segments
        shapes.append((k, box, dark, opaque))
    judged = []  # (run, the shapes whose box holds it)
    for run in runs:
        inside = [(k, dark, opaque) for k, box, dark, opaque in shapes if _holds(box, run, tolerance)]
        if run.hidden == LIGHT and not inside:
            run.hidden = "white on white"
        elif run.hidden == LIGHT and any(dark for k, dark, _ in inside if k < first_text):
            run.hidden = None
        elif inside and (run.hidden == LIGHT or run.hidden is None and any(opaque for k, _, opaque in inside if k > first_text)):
            judged.append((run, inside))
    if not judged:
        return
    # which is drawn first, the text or the shape: the page's objects in drawing order (one
    # more pass over them, made only for text that a shape's box holds)
    order = {get_object(handle, k): k for k in range(count)}
    clipped: dict[int, Optional[tuple]] = {}

    def seen_over(k: int, run: _Run) -> bool:
        """Whether the part of shape ``k`` its clip path lets be drawn still holds the run (a
        page's white background is a rectangle past the page clipped to the margins: a
        browser's header and footer in the margins are seen)."""
        if k not in clipped:
            clipped[k] = pdfium.clip_box(lib, get_object(handle, k))
        return clipped[k] is None or _holds(clipped[k], run, tolerance)

    for run, inside in judged:
        z = order.get(run.obj)  # None: drawn inside a form, its order unknown
        if run.hidden == LIGHT:
            run.hidden = None if any(dark for k, dark, _ in inside if z is None or k < z) else "white on white"
        elif z is not None and any(opaque and k > z and seen_over(k, run) for k, _, opaque in inside):
            run.hidden = "under a filled shape"


def _rows(runs: list[_Run], page: int, baseline: float = 0.4, superscript: float = 0.7, wide_gap: float = 2.0,
          size_jump: float = 1.4) -> list[list[_Cell]]:
    """Runs on one baseline make a row (a smaller run a little above or below it, a footnote
    mark, joins it), left to right; a gap wider than ``wide_gap`` ems splits a row into cells.
    Text ``size_jump`` times larger than its neighbours on the same band (a name between two
    contact details) is a row of its own."""
    rows: list[list[_Run]] = []
    sizes: list[float] = []
    for run in sorted(runs, key=lambda r: (-r.y, r.x0)):
        for k in range(len(rows) - 1, max(len(rows) - 4, -1), -1):  # the last few rows: big and small text may share a band
            dy = abs(rows[k][0].y - run.y)
            alike = max(sizes[k], run.size) <= size_jump * max(min(sizes[k], run.size), 1)
            mark = run.size < 0.85 * sizes[k] and 0.15 * sizes[k] < dy <= superscript * sizes[k] and len(run.text.strip()) <= 3
            if (alike and dy <= baseline * max(sizes[k], run.size, 1)) or mark:
                rows[k].append(run)
                sizes[k] = max(sizes[k], run.size) if alike else sizes[k]
                break
        else:
            rows.append([run])
            sizes.append(run.size)
    out = []
    for row in rows:
        row.sort(key=lambda r: r.x0)
        cells = [[row[0]]]
        for run in row[1:]:
            last = cells[-1][-1]
            if run.x0 - last.x1 > wide_gap * max(min(run.size, last.size), 1):
                cells.append([run])
            else:
                cells[-1].append(run)
        out.append([_Cell(c, page) for c in cells])
    return out


class _Column(list):
    """A row's cells on one side of a page's two columns (see ``_in_columns``); ``first`` when
    it opens its column."""

    __slots__ = ("first",)

    def __init__(self, cells, first: bool = False):
        super().__init__(cells)
        self.first = first


def _in_columns(rows: list[list[_Cell]], min_rows: int = 6, gutter: float = 6.0, exclusive: float = 2.0,
                larger: float = 1.2, dated: float = 0.5, most_edges: int = 12, most_work: int = 50_000,
                bands: int = 3) -> list[list[_Cell]]:
    """A page's rows in reading order where two columns stand side by side, each with lines of
    its own (a sidebar of contact details and skills beside the main text): sorted by height,
    their lines interleave. The page is split at an ``x`` with a ``gutter`` of white space
    before it, over a stretch of rows that nothing crosses there (see ``_stretches``), when
    at least ``min_rows`` rows hold text on one side only, on each side, and ``exclusive``
    times as many as the rows with text on both (a margin label or a date column beside the
    text shares the text's rows: not split), and neither side is a column of dates (``dated``
    of its cells with a year: the dates of the entries beside them, set a little higher or
    lower). Of the ``x`` that do, a clean cut first, then the one with the most rows on one
    side only. The column whose largest type is ``larger`` times the other's comes first (the
    one with the name), else the left one; rows above and below the stretch keep their places
    (and are split in turn, ``bands`` times at most). Each x a cell starts at is tried, but on a
    page where that would pass ``most_work`` rows in all (text scattered at random x), only the
    ``most_edges`` x most cells start at, give or take a point."""
    if len(rows) < 2 * min_rows or bands <= 0:
        return rows
    starts: dict[int, int] = {}
    for r in rows:
        for c in r:
            starts[round(c.x0)] = starts.get(round(c.x0), 0) + 1
    edges = sorted(starts)
    if len(edges) * len(rows) > most_work:  # text scattered at random x: only the most shared edges
        support = {x: starts.get(x - 1, 0) + n + starts.get(x + 1, 0) for x, n in starts.items()}
        edges = sorted(sorted(support, key=lambda x: -support[x])[:most_edges])
    best = None
    for x in edges:
        left_only = sum(1 for r in rows if r[-1].x1 <= x - gutter)
        right_only = sum(1 for r in rows if r[0].x0 >= x - 0.5)
        if left_only < min_rows or right_only < min_rows:
            continue  # not even on the whole page: no stretch has them
        cut = [_parts(r, x, gutter) for r in rows]  # each row's two sides, worked out once an x
        for start, end in _stretches([found is None for found in cut]):
            parts = cut[start:end]
            left, right, both = _sides(parts)
            if left >= min_rows and right >= min_rows and left + right >= exclusive * both and not _date_column(parts, dated):
                score = (all(parts), left + right - both)
                if best is None or score > best[0]:
                    best = (score, x, start, end)
    if best is None:
        return rows
    _, x, start, end = best
    left, right = [], []
    for row in rows[start:end]:
        found = _parts(row, x, gutter)
        if found is None:  # a stray row that crosses goes whole with the column it starts in
            found = (row, []) if row[0].x0 < x - 0.5 else ([], row)
        left += [_Column(found[0])] if found[0] else []
        right += [_Column(found[1])] if found[1] else []
    first, second = (right, left) if max(c.size for r in right for c in r) > larger * max(c.size for r in left for c in r) \
        else (left, right)
    first[0].first = second[0].first = True
    return _in_columns(rows[:start], min_rows, gutter, exclusive, larger, dated, most_edges, most_work, bands - 1) \
        + first + second + _in_columns(rows[end:], min_rows, gutter, exclusive, larger, dated, most_edges, most_work, bands - 1)


def _parts(row: list[_Cell], x: float, gutter: float) -> Optional[tuple[list[_Cell], list[_Cell]]]:
    """A row's cells left of ``x`` and right of it; a cell whose runs lie on both sides (a
    label set so close to the text that they read as one cell) is cut between its runs.
    None when a run crosses ``x``."""
    left, right = [], []
    for cell in row:
        if cell.x1 <= x - gutter:
            left.append(cell)
        elif cell.x0 >= x - 0.5:
            right.append(cell)
        else:
            before = [r for r in cell.runs if r.x1 <= x - gutter]
            after = [r for r in cell.runs if r.x0 >= x - 0.5]
            if len(before) + len(after) < len(cell.runs):
                return None
            left.append(_Cell(before, cell.page))
            right.append(_Cell(after, cell.page))
    return left, right


_A_YEAR = patterns.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _date_column(parts: list, share: float) -> bool:
    """Whether the cells left of the cut, or those right of it, are ``share`` of them dated."""
    for side in (0, 1):
        cells = [c for found in parts if found for c in found[side]]
        if cells and sum(1 for c in cells if _A_YEAR.search(c.text()[0])) >= share * len(cells):
            return True
    return False


def _stretches(crossing: list[bool], stray: float = 0.1) -> list[tuple[int, int]]:
    """The runs of rows (start, end) that nothing crosses at the cut (``crossing``: whether a
    word of each row lies across it) but a stray row: one that crosses alone (a word of a label
    run into the text beside it), no more than ``stray`` of the run's rows. Two crossing rows in a
    row end a run."""
    found, start = [], 0
    for k in range(len(crossing) + 1):
        if k == len(crossing) or (crossing[k] and (k + 1 == len(crossing) or crossing[k + 1] or k == start)):
            end = k
            while end > start and crossing[end - 1]:
                end -= 1
            if end > start:
                found.append((start, end))
            start = k + 1 if k < len(crossing) else k
    return [(a, b) for a, b in found if sum(crossing[a:b]) <= stray * (b - a)]


def _sides(parts: list) -> tuple[int, int, int]:
    """Rows with text left of the cut only, right of it only, and on both sides (a row that
    crosses it counts with these)."""
    left = right = both = 0
    for found in parts:
        if found is None or (found[0] and found[1]):
            both += 1
        elif found[0]:
            left += 1
        else:
            right += 1
    return left, right, both


def _left_date_cells(rows: list[list[_Cell]], min_rows: int = 3, align: float = 2.0, min_gap: float = 3.0,
                     max_words: int = 4, dated: float = 0.5) -> list[list[_Cell]]:
    """Rows whose first cell opens with a column of dates at the left (moderncv's: ``De
    02/2015`` over ``à 09/2022``, ``Depuis`` over ``10/2022``) set too close to the text beside
    it to be a cell of its own: that first run is made one. A column is ``min_rows`` rows or
    more whose first run, of up to ``max_words`` words, is followed ``min_gap`` later by a run
    starting within ``align`` of the same x (the text column's edge), ``dated`` of those first
    runs with a year (not a column of bullets, list numbers or authors' bold names)."""
    candidates = sorted((row[0].runs[1].x0, k) for k, row in enumerate(rows)
                        if len(row[0].runs) >= 2 and row[0].runs[1].x0 - row[0].runs[0].x1 >= min_gap
                        and len(row[0].runs[0].text.split()) <= max_words)
    columns: list[list[list[_Cell]]] = []  # rows whose text starts within ``align`` of the first one's
    edge = None
    for start, k in candidates:
        if edge is None or start - edge > align:
            columns.append([])
            edge = start
        columns[-1].append(rows[k])
    out = {id(row): row for row in rows}
    for found in columns:
        if len(found) < min_rows or sum(1 for row in found if _A_YEAR.search(row[0].runs[0].text)) < dated * len(found):
            continue
        for row in found:
            first = row[0]
            out[id(row)] = [_DateCell(first.runs[:1], first.page), _Cell(first.runs[1:], first.page)] + row[1:]
    return [out[id(row)] for row in rows]


class _DateCell(_Cell):
    """A cell of a date column at the left (``Present``, ``Depuis``): never a margin label."""

    __slots__ = ()


def _body_left(rows: list[list[_Cell]], min_rows: int = 2, gap: float = 8.0) -> float:
    """The left edge of the text column. Where a margin column of short labels stands beside
    it (``EDUCATION   Harbour University``), the edge where the cells after the labels start,
    if other lines start there too; else where most lines start."""
    starts = [round(r[0].x0) for r in rows]
    if not starts:
        return 0.0
    beside: dict[int, int] = {}
    for r in rows:
        if len(r) >= 2 and r[1].x0 - r[0].x1 > gap and _label_like(r[0]):
            beside[round(r[1].x0)] = beside.get(round(r[1].x0), 0) + 1
    if beside:
        column, count = max(beside.items(), key=lambda item: item[1])
        if count >= min_rows and sum(1 for s in starts if abs(s - column) <= 2) >= 1:
            return float(column)
    # where most lines start, if many do; else the leftmost start (no margin column then)
    common = statistics.multimode(starts)
    column = min(common)
    if sum(1 for s in starts if abs(s - column) <= 2) >= max(3, len(starts) // 4):
        return float(column)
    return float(min(starts))


def _label_like(cell: _Cell, max_words: int = 4) -> bool:
    if isinstance(cell, _DateCell):
        return False
    text = cell.text()[0]
    return 0 < len(text.split()) <= max_words and not any(ch.isdigit() for ch in text)


def _split_label_at_column(row: list[_Cell], left: float, gap: float = 8.0, align: float = 2.0) -> Optional[_Cell]:
    """``PEER-REVIEWED`` set so wide in the margin that the text beside it runs on in one cell
    (``PEER-REVIEWED Ajinkya S. Bankar, …``): where a run starts in the text column after
    label-like runs set apart (bold or capitals) that end at its edge, the cell is cut there.
    The label's cell, if cut."""
    first = row[0] if row else None
    if first is None or isinstance(first, _DateCell) or first.x0 >= left - gap or len(first.runs) < 2:
        return None
    for k in range(1, len(first.runs)):
        if first.runs[k].x0 >= left - align:
            head = _Cell(first.runs[:k], first.page)
            label = head.text()[0]
            if head.x1 <= left + align and _label_like(head) and (label.isupper() or all(r.bold for r in head.runs)) \
                    and not label.endswith((",", ";", "-", "–")):
                row[0:1] = [head, _Cell(first.runs[k:], first.page)]
                return head
            return None
    return None


def _margin_labels(rows: list[list[_Cell]], left: float, min_labels: int = 2, gap: float = 8.0) -> set[int]:
    """Ids of the cells that are section labels in a left margin: they end before the text
    column starts, and there are at least ``min_labels`` of them on the page or document."""
    labels = {id(r[0]) for r in rows if r[0].x1 < left - gap and _label_like(r[0])}
    return labels if len(labels) >= min_labels else set()


_STREAM = patterns.compile(rb">>[ \t\r\n]*stream\r?\n")
_IMAGE = patterns.compile(rb"/Subtype\s*/Image\b")
_FLATE = patterns.compile(rb"/(?:FlateDecode|Fl)\b")


def inflated_size(data: bytes, most: int, dictionary_span: int = 4096, chunk: int = 1 << 16) -> int:
    """What the PDF's Flate streams inflate to, together, counted up to just past ``most``
    without keeping it. Images are left out: reading text, PDFium never decodes them. Content,
    font and object streams are what PDFium inflates whole, so a 1 MiB file whose one stream
    is 1 GiB of zeros is caught here, before PDFium takes the memory."""
    total = 0
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - dictionary_span):match.start()]
        head = head[head.rfind(b"obj") + 1:] if b"obj" in head else head
        if not _FLATE.search(head) or _IMAGE.search(head):
            continue
        inflater, position, pending = zlib.decompressobj(), match.end(), b""
        while total <= most and not inflater.eof:
            if not pending:
                if position >= len(data):
                    break
                pending, position = data[position:position + chunk], position + chunk
            try:
                total += len(inflater.decompress(pending, chunk))
            except zlib.error:  # not Flate data after all: PDFium will say so, or skip it
                break
            pending = inflater.unconsumed_tail
        if total > most:
            break
    return total


def read_pdf(document: Document, data: bytes) -> None:
    try:
        pdfium.library()
    except (ImportError, OSError, AttributeError) as error:  # pragma: no cover - pypdfium2 is a dependency
        document.problems.append(ReadProblem("unsupported", f"reading PDF needs pypdfium2 (pip install pypdfium2): {error}"))
        return
    limit = limits.current()
    if inflated_size(data, limit.pdf_inflated_bytes) > limit.pdf_inflated_bytes:
        document.problems.append(ReadProblem("too-large", f"the PDF's compressed streams inflate to over "
                                                          f"{limits.show_bytes(limit.pdf_inflated_bytes)} (limits.pdf-inflated-bytes); "
                                                          "not read: a decompression bomb, or no CV"))
        return
    try:
        pdf = pdfium.Document(data)
    except pdfium.PdfiumError as error:
        if error.args[1:] == (pdfium.PASSWORD_ERROR,):
            document.problems.append(ReadProblem("unreadable", "the PDF is encrypted with a password; cvlint cannot read its text"))
        else:
            document.problems.append(ReadProblem("malformed", f"the PDF cannot be read: {error.args[0]}"))
        return
    try:
        buffer = ctypes.create_string_buffer(256)
        pages: list[list[list[_Cell]]] = []
        hidden: list[list[_Cell]] = []  # rows of text a reader of the page does not see
        read = 0
        total = len(pdf)
        wide = 0  # pages wider than tall: slides, a poster — no CV is set so
        for number in range(total):
            page = pdf.page(number)
            try:
                runs, count = _page_runs(page, buffer, limit.pdf_chars - read)
                _judge_by_drawing(page, runs)
                left, bottom, right, top = page.box()
                wide += right - left > 1.05 * (top - bottom)
            finally:
                page.close()
            read += count
            pages.append(_in_columns(_left_date_cells(_rows([r for r in runs if r.hidden in (None, CUT_OFF)], number + 1))))
            hidden += _rows([r for r in runs if r.hidden is not None and r.text.strip()], number + 1)
            if read >= limit.pdf_chars:
                document.problems.append(ReadProblem("too-large", f"only {limit.pdf_chars:,} characters (limits.pdf-chars) were read, "
                                                                  f"up to page {number + 1} of {total}"))
                break
        metadata = pdf.metadata()
    except (pdfium.PdfiumError, ValueError, OSError, MemoryError) as error:
        document.problems.append(ReadProblem("malformed", f"the PDF cannot be read: {type(error).__name__}"))
        return
    finally:
        pdf.close()
    if not any(pages):
        document.hidden = [_hidden_text(row, []) for row in hidden]
        document.problems.append(ReadProblem("unreadable", f"the PDF has no text layer ({len(pages)} page(s) of images?); "
                                                           "check the source it was made from instead"))
        return
    if wide * 2 > len(pages):
        document.meta["page-shape"] = "landscape"
    where = _lay_out(document, pages)
    document.hidden = [_hidden_text(row, where) for row in hidden]
    stamp = metadata.get("ModDate") or metadata.get("CreationDate")
    if stamp:
        m = _PDF_DATE.match(str(stamp))
        if m:
            document.meta["last-updated"] = "-".join(g for g in m.groups() if g)


def _hidden_text(row: list[_Cell], where: list[tuple[int, float]]) -> HiddenText:
    """A row of hidden text, placed at the visible line nearest to it on its page."""
    page, y = row[0].page, row[0].y
    text = " ".join(cell.text()[0] for cell in row)
    hows = list(dict.fromkeys(run.hidden for cell in row for run in cell.runs))
    near = min(((abs(line_y - y), number) for number, (line_page, line_y) in enumerate(where, 1) if line_page == page),
               default=(0, 1))[1]
    return HiddenText(text, ", ".join(hows), near, page)


def _lay_out(document: Document, pages: list[list[list[_Cell]]]) -> list[tuple[int, float]]:
    """Rows of cells → numbered Lines with their layout features and the document's text; the
    page and height of each line."""
    all_rows = [r for rows in pages for r in rows]
    # the body text's size: the size most characters are set in
    weight: dict[float, int] = {}
    for run in (run for r in all_rows for cell in r for run in cell.runs):
        weight[round(run.size, 1)] = weight.get(round(run.size, 1), 0) + len(run.text.strip())
    body_size = max(weight, key=weight.get) if weight else 10.0
    # a page's columns are no margin column of labels
    left = _body_left([r for r in all_rows if not isinstance(r, _Column)])
    labels = _margin_labels([r for r in all_rows if not isinstance(r, _Column)], left)
    if labels:  # a margin column of labels: one set as wide as the margin may run into the text beside it
        labels |= {id(cut) for cut in (_split_label_at_column(r, left) for r in all_rows if not isinstance(r, _Column)) if cut}
    pitches = [a[0].y - b[0].y for rows in pages for a, b in zip(rows, rows[1:]) if 0 < a[0].y - b[0].y < 3 * body_size]
    pitch = statistics.median(pitches) if pitches else body_size * 1.2
    items: list[tuple[str, list, int, dict]] = []  # (text, bold ranges, page, layout features), in reading order
    where: list[tuple[int, float]] = []  # (page, height on it) of each item

    for page_number, rows in enumerate(pages, 1):
        previous_y = None
        label_at = -1  # where the last margin label went
        label_y = None
        for row in rows:
            cells = row
            if isinstance(row, _Column) and row.first:
                previous_y = None  # a column's top: as a page's
            if id(row[0]) in labels:
                words, label_bold = row[0].text()
                features = dict(size=round(row[0].size / body_size, 2) if body_size else 1.0, margin=True, gap=1.0)
                if label_at >= 0 and label_y is not None and label_y - row[0].y <= 1.3 * pitch:
                    # the next line of a label block ("HONORS AND" / "AWARDS", or a label under a section
                    # label): right after the one above it, before the text beside them
                    label_at += 1
                    items.insert(label_at, (words, label_bold, page_number, features))
                    where.insert(label_at, (page_number, row[0].y))
                else:
                    items.append((words, label_bold, page_number, features))
                    where.append((page_number, row[0].y))
                    label_at = len(items) - 1
                label_y = row[0].y
                cells = row[1:]
            if not cells:
                previous_y = row[0].y
                continue
            text, bold = "", []
            for cell in cells:
                cell_text, cell_bold = cell.text()
                if text:
                    text += CELL_GAP
                bold += [(b + len(text), e + len(text)) for b, e in cell_bold]
                text += cell_text
            size = max(cell.size for cell in cells) / body_size if body_size else 1.0
            gap = (previous_y - row[0].y - pitch) / pitch if previous_y is not None else 1.0
            items.append((text, bold, page_number, dict(size=round(size, 2), gap=round(max(gap, 0.0), 2))))
            where.append((page_number, row[0].y))
            previous_y = row[0].y
    lines: list[Line] = []
    for number, (text, bold, page, features) in enumerate(items, 1):
        kind, start, numbered = "text", 0, False
        m = BULLET.match(text)
        if m:
            kind, start, numbered = "bullet", m.end(), m.group(2)[0] in "0123456789["
        line = Line(number, text, text[start:], list(range(start, len(text))), kind=kind, numbered=numbered, page=page,
                    bold=[(max(b - start, 0), e - start) for b, e in bold if e > start], **features)
        lines.append(drop_marks(line, ICONS) if ICONS.search(text, start) else line)  # an icon font's glyphs: no text
    document.text = "\n".join(item[0] for item in items) + "\n"
    document.pages = [item[2] for item in items]
    document.lines = lines
    return where
