"""PDF CVs: the text layer extracted with pypdf (pure Python, and the fastest well-kept
extractor on generated PDFs), page by page, then read like any plain-text CV. Ligatures
(``ﬁ``) are split and words hyphenated across a line end are joined. Lines are numbered
through the whole document; each remembers its page.

An encrypted PDF, one with no text layer (a scan) or one pypdf cannot parse is reported,
never raised."""

from __future__ import annotations

import io

from .. import regex
from ..document import Document, ReadProblem

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_HYPHENATED = regex.compile(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])")
_PDF_DATE = regex.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def clean_page_text(text: str) -> str:
    """Extracted text as a reader would see it: ligatures split, hyphenation undone."""
    text = text.translate(_LIGATURES).replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad\n", "")
    return _HYPHENATED.sub("", text)


def read_pdf(document: Document, data: bytes) -> None:
    import logging

    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        document.problems.append(ReadProblem("unsupported", "reading PDF needs pypdf: pip install pypdf"))
        return
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd PDFs are not the user's problem
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many "encrypted" PDFs only restrict printing
            except Exception:  # noqa: BLE001 - pypdf raises several kinds for unsupported ciphers
                opened = 0
            if not opened:
                document.problems.append(ReadProblem("unreadable", "the PDF is encrypted with a password; cvlint cannot read its text"))
                return
        pages = [clean_page_text(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata or {}
        stamp = info.get("/ModDate") or info.get("/CreationDate")
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as error:
        document.problems.append(ReadProblem("malformed", f"the PDF cannot be read: {str(error).splitlines()[0] if str(error) else type(error).__name__}"))
        return
    lines: list[str] = []
    page_of: list[int] = []
    for number, text in enumerate(pages, 1):
        for line in text.split("\n"):
            lines.append(line)
            page_of.append(number)
    if not any(line.strip() for line in lines):
        document.problems.append(ReadProblem("unreadable", f"the PDF has no text layer ({len(pages)} page(s) of images?); "
                                                           "check the source it was made from instead"))
        return
    document.text = "\n".join(lines) + "\n"
    document.pages = page_of
    if stamp:
        m = _PDF_DATE.match(str(stamp))
        if m:
            document.meta["last-updated"] = "-".join(g for g in m.groups() if g)

    from .text import read_text

    read_text(document, lines)
    for line in document.lines:
        line.page = page_of[line.number - 1]
