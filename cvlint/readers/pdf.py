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
import re
import statistics

from .. import regex
from ..document import Document, Line, ReadProblem
from .inline import CELL_GAP
from .text import BULLET

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_HYPHENATED = regex.compile(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])")
_PDF_DATE = regex.compile(r"D:(\d{4})(\d{2})?(\d{2})?")
_BOLD_FONT = regex.compile(r"bold|black|heavy|semibold|demi|\bbx|cmbx|-b\b|,b\b|medium", re.I)
MAX_CHARS = 2_000_000  # characters read from one PDF; past this the rest is reported as not read


def clean_page_text(text: str) -> str:
    """Extracted text as a reader would see it: ligatures split, hyphenation undone."""
    text = text.translate(_LIGATURES).replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad\n", "")
    return _HYPHENATED.sub("", text)


class _Char:
    __slots__ = ("text", "x0", "x1", "y", "size", "bold")

    def __init__(self, text, x0, x1, y, size, bold):
        self.text, self.x0, self.x1, self.y, self.size, self.bold = text, x0, x1, y, size, bold


class _Cell:
    """Characters side by side on one baseline, with no wide gap between them."""

    __slots__ = ("chars", "page")

    def __init__(self, chars: list, page: int):
        self.chars, self.page = chars, page

    @property
    def x0(self):
        return self.chars[0].x0

    @property
    def x1(self):
        return self.chars[-1].x1

    @property
    def y(self):
        return self.chars[0].y

    def text(self) -> tuple[str, list[tuple[int, int]]]:
        out, bold, start = [], [], None
        previous = None
        for c in self.chars:
            if previous is not None and c.x0 - previous.x1 > 0.3 * max(c.size, 1) and c.text != " " and previous.text != " ":
                out.append(" ")
            if c.bold and start is None:
                start = len("".join(out))
            if not c.bold and start is not None and c.text.strip():
                bold.append((start, len("".join(out))))
                start = None
            out.append(c.text)
            previous = c
        text = "".join(out)
        if start is not None:
            bold.append((start, len(text)))
        return text, bold


def _page_chars(page, raw, buffer) -> list[_Char]:
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    x, y = ctypes.c_double(), ctypes.c_double()
    flags = ctypes.c_int()
    chars: list[_Char] = []
    bold_of: dict[bytes, bool] = {}
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(handle, i)
        if code in (0, 0xFFFE, 0xFFFF) or code in (10, 13) or 0xDC00 <= code <= 0xDFFF:
            continue  # a low surrogate was read with its high half below
        if 0xD800 <= code <= 0xDBFF:  # UTF-16: a character beyond the BMP comes in two halves
            low = pdfium_c.FPDFText_GetUnicode(handle, i + 1) if i + 1 < count else 0
            if not 0xDC00 <= low <= 0xDFFF:
                continue
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        text = chr(code).translate(_LIGATURES)
        if pdfium_c.FPDFText_IsGenerated(handle, i) == 1:
            if text == " " and chars:
                chars.append(_Char(" ", chars[-1].x1, chars[-1].x1, chars[-1].y, chars[-1].size, chars[-1].bold))
            continue
        pdfium_c.FPDFText_GetCharBox(handle, i, left, right, bottom, top)
        pdfium_c.FPDFText_GetCharOrigin(handle, i, x, y)
        size = pdfium_c.FPDFText_GetFontSize(handle, i)
        pdfium_c.FPDFText_GetFontInfo(handle, i, buffer, len(buffer), ctypes.byref(flags))
        name = buffer.value
        bold = bold_of.get(name)
        if bold is None:
            bold = bold_of[name] = bool(_BOLD_FONT.search(name.decode("latin-1")))
        chars.append(_Char(text, left.value, max(right.value, left.value), round(y.value, 1), size, bold))
    textpage.close()
    return chars


def _cells(chars: list[_Char], page: int) -> list[_Cell]:
    """Characters in stream order → cells: a new cell where the baseline moves or a gap wider
    than two ems opens."""
    cells: list[_Cell] = []
    current: list[_Char] = []
    for c in chars:
        if current:
            last = next((p for p in reversed(current) if p.text != " "), current[-1])
            size = max(last.size, c.size, 1)
            if abs(c.y - last.y) > 0.4 * size or c.x0 < last.x1 - size or (c.text != " " and c.x0 - last.x1 > 2.0 * size):
                cells.append(_Cell(current, page))
                current = []
        if c.text == " " and not current:
            continue
        current.append(c)
    if current:
        cells.append(_Cell(current, page))
    for cell in cells:
        while cell.chars and cell.chars[-1].text == " ":
            cell.chars.pop()
    return [c for c in cells if c.chars]


def _rows(cells: list[_Cell]) -> list[list[_Cell]]:
    """Cells on one baseline (top to bottom), each row left to right."""
    rows: list[list[_Cell]] = []
    for cell in sorted(cells, key=lambda c: (-c.y, c.x0)):
        size = max(ch.size for ch in cell.chars)
        if rows and abs(rows[-1][0].y - cell.y) <= 0.35 * size:
            rows[-1].append(cell)
        else:
            rows.append([cell])
    return [sorted(r, key=lambda c: c.x0) for r in rows]


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
    return statistics.mode(starts)


def _label_like(cell: _Cell, max_words: int = 4) -> bool:
    text = cell.text()[0]
    return 0 < len(text.split()) <= max_words and not any(ch.isdigit() for ch in text)


def _margin_labels(rows: list[list[_Cell]], left: float, min_labels: int = 2, gap: float = 8.0) -> set[int]:
    """Ids of the cells that are section labels in a left margin: they end before the text
    column starts, and there are at least ``min_labels`` of them on the page or document."""
    labels = {id(r[0]) for r in rows if r[0].x1 < left - gap and _label_like(r[0])}
    return labels if len(labels) >= min_labels else set()


def read_pdf(document: Document, data: bytes) -> None:
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - pypdfium2 is a dependency
        document.problems.append(ReadProblem("unsupported", "reading PDF needs pypdfium2: pip install pypdfium2"))
        return
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error)
        if "password" in message.lower():
            document.problems.append(ReadProblem("unreadable", "the PDF is encrypted with a password; cvlint cannot read its text"))
        else:
            document.problems.append(ReadProblem("malformed", f"the PDF cannot be read: {message.splitlines()[0] if message else 'PDFium error'}"))
        return
    try:
        buffer = ctypes.create_string_buffer(256)
        pages: list[list[list[_Cell]]] = []
        read = 0
        for number in range(len(pdf)):
            page = pdf[number]
            chars = _page_chars(page, None, buffer)
            page.close()
            read += len(chars)
            pages.append(_rows(_cells(chars, number + 1)))
            if read > MAX_CHARS:
                document.problems.append(ReadProblem("too-large", f"only the first {number + 1} of {len(pdf)} pages were read "
                                                                  f"(over {MAX_CHARS:,} characters)"))
                break
        metadata = pdf.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, ValueError, OSError, MemoryError) as error:
        document.problems.append(ReadProblem("malformed", f"the PDF cannot be read: {type(error).__name__}"))
        return
    finally:
        pdf.close()
    if not any(pages):
        document.problems.append(ReadProblem("unreadable", f"the PDF has no text layer ({len(pages)} page(s) of images?); "
                                                           "check the source it was made from instead"))
        return
    _lay_out(document, pages)
    stamp = metadata.get("ModDate") or metadata.get("CreationDate")
    if stamp:
        m = _PDF_DATE.match(str(stamp))
        if m:
            document.meta["last-updated"] = "-".join(g for g in m.groups() if g)


def _lay_out(document: Document, pages: list[list[list[_Cell]]]) -> None:
    """Rows of cells → numbered Lines with their layout features and the document's text."""
    all_rows = [r for rows in pages for r in rows]
    sizes = [c.size for r in all_rows for cell in r for c in cell.chars if c.text.strip()]
    body_size = statistics.median(sizes) if sizes else 10.0
    left = _body_left(all_rows)
    labels = _margin_labels(all_rows, left)
    pitches = [a[0].y - b[0].y for rows in pages for a, b in zip(rows, rows[1:]) if 0 < a[0].y - b[0].y < 3 * body_size]
    pitch = statistics.median(pitches) if pitches else body_size * 1.2
    raw_lines: list[str] = []
    lines: list[Line] = []
    page_of: list[int] = []

    def emit(text: str, bold: list, page: int, **features) -> None:
        number = len(raw_lines) + 1
        raw_lines.append(text)
        page_of.append(page)
        kind, start, depth, numbered = "text", 0, 0, False
        m = BULLET.match(text)
        if m:
            kind, start, numbered = "bullet", m.end(), m.group(2)[0] in "0123456789["
        shown = text[start:]
        cols = list(range(start, len(text)))
        lines.append(Line(number, text, shown, cols, kind=kind, depth=depth, numbered=numbered, page=page,
                          bold=[(max(b - start, 0), e - start) for b, e in bold if e > start], **features))

    for page_number, rows in enumerate(pages, 1):
        previous_y = None
        label: list[str] = []
        label_at = -1  # index of the label line being built
        label_y = None
        for row in rows:
            cells = row
            if id(row[0]) in labels:
                words = row[0].text()[0]
                # a label over two lines ("HONORS AND" / "AWARDS") is one label
                if label and label_y is not None and label_y - row[0].y <= 1.3 * pitch:
                    label.append(words)
                    joined = " ".join(label)
                    raw_lines[label_at] = joined
                    lines[label_at].raw = lines[label_at].text = joined
                    lines[label_at].cols = list(range(len(joined)))
                else:
                    label = [words]
                    label_at = len(lines)
                    emit(words, [], page_number, size=1.0, margin=True, gap=1.0)
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
            size = max(c.size for cell in cells for c in cell.chars if c.text.strip()) / body_size if body_size else 1.0
            gap = (previous_y - row[0].y - pitch) / pitch if previous_y is not None else 1.0
            emit(text, bold, page_number, size=round(size, 2), gap=round(max(gap, 0.0), 2))
            previous_y = row[0].y
    document.text = "\n".join(raw_lines) + "\n"
    document.pages = page_of
    document.lines = lines

