"""academicpages collections: each ``_publications/*.md`` (``_talks``, ``_teaching``,
``_portfolio``) page is one entry of the site owner's profile, described by its front
matter: ``title``, ``venue``, ``date``, ``citation``. The page becomes a section heading and
one entry line composed from those fields; the body (an abstract) is kept as detail."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Optional

from .. import patterns
from ..document import Document, Line
from .compose import LineBuilder, Piece, joined

COLLECTIONS = {"publications": "Publications", "talks": "Talks", "teaching": "Teaching", "portfolio": "Projects"}
_FILE_DATE = patterns.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)-")
_MARKUP = patterns.compile(r"<[^>\n]{1,200}>|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_YEAR = patterns.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


_CONFIG_KEY = patterns.compile(r"^(\s*)(name|author)\s*:\s*(?:&(\S+)\s*)?(.*?)\s*(?:#.*)?$")


def _config_owner(text: str) -> Optional[str]:
    """``author: name:``, else top-level ``name:``, of a Jekyll ``_config.yml``. Read line by
    line (anchors and aliases included) so that a Markdown-only run never loads a YAML parser."""
    anchors: dict[str, str] = {}
    top_name = author_name = None
    in_author = False
    for raw in text.split("\n"):
        m = _CONFIG_KEY.match(raw)
        if raw.strip() and not raw[0].isspace():
            in_author = bool(m and m.group(2) == "author" and not m.group(4))
        if not m:
            continue
        indent, key, anchor, value = m.groups()
        value = value.strip().strip("'\"")
        if value.startswith("*"):
            value = anchors.get(value[1:], "")
        if anchor:
            anchors[anchor] = value
        if key == "name" and not indent:
            top_name = value or top_name
        elif key == "name" and in_author:
            author_name = value or author_name
    return (author_name or top_name or "").strip() or None


@lru_cache(maxsize=64)
def site_owner(folder: str) -> Optional[str]:
    """The owner's name from the ``_config.yml`` of the Jekyll site a page is in, looking up
    to four folders up; None if there is none."""
    for _ in range(5):
        config = os.path.join(folder, "_config.yml")
        if os.path.isfile(config):
            try:
                with open(config, "rb") as handle:
                    return _config_owner(handle.read(1 << 20).decode("utf-8", "replace"))
            except OSError:
                return None
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return None


# front-matter keys that describe a paper: a page with them is one publication, whatever its
# collection is called (``collection: preprints`` in a ``_preprints`` folder)
PAPER_KEYS = ("venue", "citation", "paperurl")


def is_collection_item(path: str, meta: dict[str, str]) -> bool:
    parts = os.path.normpath(path).split(os.sep)
    in_folder = any(f"_{name}" in parts for name in COLLECTIONS)
    named = meta.get("collection", "").strip("'\" ")
    return (named in COLLECTIONS or in_folder or (bool(named) and any(k in meta for k in PAPER_KEYS))) and "title" in meta


def _front_value(document: Document, key: str) -> Optional[Piece]:
    """The value of a front-matter key, with its place in the file (quotes and HTML removed)."""
    for row, raw in enumerate(document.source_lines[:400], 1):
        m = re.match(rf"{re.escape(key)}\s*:\s*", raw)
        if not m:
            continue
        start, value = m.end(), raw[m.end():].rstrip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            start, value = start + 1, value[1:-1]
        return _without_markup(value, row, start)
    return None


def _without_markup(value: str, row: int, col: int) -> Piece:
    """``&quot;Title&quot; <i>Venue</i>`` read as ``"Title" Venue``, columns kept."""
    text, cols = "", []
    position = 0
    for m in _MARKUP.finditer(value):
        text += value[position:m.start()]
        cols.extend(range(col + position, col + m.start()))
        if m.group().startswith("&"):
            import html  # only collection pages with entities pay for it

            decoded = html.unescape(m.group())
            text += decoded
            cols.extend([col + m.start()] * len(decoded))
        position = m.end()
    text += value[position:]
    cols.extend(range(col + position, col + len(value)))
    return Piece(text, row, cols)


def read_collection_item(document: Document) -> None:
    collection = document.meta.get("collection", "").strip("'\" ")
    if collection not in COLLECTIONS:
        parts = os.path.normpath(document.path).split(os.sep)
        collection = next((name for name in COLLECTIONS if f"_{name}" in parts), "publications")
    document.collection = collection
    builder = LineBuilder(document.source_lines)
    title = _front_value(document, "title")
    if title is None:
        return
    builder.line([Piece.supplied(COLLECTIONS[collection], title.row, 0)], kind="heading", level=2)
    citation = _front_value(document, "citation")
    venue = _front_value(document, "venue")
    date = _front_value(document, "date")
    if citation is not None and collection == "publications":
        entry = builder.line([citation], kind="bullet", numbered=True)
    elif collection == "publications":
        authors = _front_value(document, "authors")
        pieces = []
        if authors is not None:
            pieces += [authors, Piece.supplied(". ", authors.row, authors.cols[-1] if authors.cols else 0)]
        pieces += [Piece.supplied('"', title.row, title.cols[0]), title, Piece.supplied('."', title.row, title.cols[-1])]
        tail = joined([venue, date], ", ")
        if tail:
            pieces += [Piece.supplied(" ", tail[0].row, tail[0].cols[0] if tail[0].cols else 0), *tail]
        entry = builder.line(pieces, kind="bullet", numbered=True)
    else:
        entry = builder.line(joined([Piece(title.text, title.row, title.cols, [(0, len(title.text))]), venue, date], ", "))
    body = [line for line in document.lines if line.kind != "meta" and line.text]
    for line in body:
        line.kind, line.depth = "continuation", 1
    document.lines = builder.lines + body
    if entry is None:
        return
    _year_facts(document, date, citation)


def _year_facts(document: Document, date: Optional[Piece], citation: Optional[Piece]) -> None:
    """The year each field gives, for the check that they agree."""
    m = _FILE_DATE.search(os.path.basename(document.path))
    if m:
        document.facts.append(("year", m.group(1), None, 0, 0, f"the file name ({m.group(1)}-{m.group(2)}-{m.group(3)})"))
    for piece, source in ((date, "date:"), (citation, "citation:")):
        if piece is None:
            continue
        years = _YEAR.findall(piece.text)
        if not years:
            continue
        # the citation's year is the last one in it ("… (2024)."), a date's the first
        year = years[-1] if source == "citation:" else years[0]
        start = piece.text.rfind(year) if source == "citation:" else piece.text.find(year)
        document.facts.append(("year", year, Line(piece.row, "", piece.text, piece.cols), start, start + 4, source))

