"""CVs kept as data: JSON Resume (``resume.json``), RenderCV (``*_CV.yaml``, a ``cv:``
root) and al-folio's ``_data/cv.yml`` (a list of typed sections). Each section becomes a heading and each entry a header line (title in bold,
organisation, location, dates) with its summary and highlights under it, composed from the
fields so that every character still points at the JSON or YAML it came from."""

from __future__ import annotations

from typing import Optional

from ..document import Document, ReadProblem
from .compose import LineBuilder, Piece, joined
from .data import DataError, Node, parse_json, parse_yaml

# the fields an entry's parts are read from, first present wins (JSON Resume and RenderCV
# names, and the drift seen in real files: company for name, website for url)
_TITLE = ("position", "role", "title", "degree", "studyType", "study_type", "name", "label", "bullet", "language")
_AREA = ("area",)
_ORGANISATION = ("company", "organization", "organisation", "institution", "entity", "awarder", "issuer", "name", "details")
_LOCATION = ("location", "jobLocation", "schoolLocation", "city")
_START = ("startDate", "start_date")
_END = ("endDate", "end_date")
_DATE = ("date", "releaseDate", "release_date")
_SUMMARY = ("summary", "description")
_HIGHLIGHTS = ("highlights",)
_PUBLICATION_KEYS = {"authors", "journal", "doi", "publisher", "releaseDate"}
_SKIP_SECTIONS = {"basics", "meta", "$schema", "metaTheme", "settings", "design", "locale", "rendercv_settings"}


def _piece(node: Optional[Node], bold: bool = False, markdown: bool = False) -> Optional[Piece]:
    if node is None or not isinstance(node.value, str) or not node.value.strip():
        return None
    text = node.value.split("\n")[0] if "\n" in node.value.strip() else node.value
    if markdown:
        piece = Piece.markdown(text, node.row, node.col)
        if bold:
            piece.bold = [(0, len(piece.text))]
        return piece
    return Piece.at(text, node.row, node.col, bold)


class _Renderer:
    def __init__(self, document: Document, markdown: bool):
        self.builder = LineBuilder(document.source_lines)
        self.markdown = markdown  # RenderCV fields may hold Markdown emphasis

    def text(self, node: Optional[Node], bold: bool = False) -> Optional[Piece]:
        return _piece(node, bold, self.markdown)

    def heading(self, title: str, row: int, col: int, level: int = 2) -> None:
        self.builder.blank()
        self.builder.line([Piece.at(title, row, col)], kind="heading", level=level, role="heading")

    def dates(self, entry: Node) -> list[Piece]:
        start, end, single = entry.get(*_START), entry.get(*_END), entry.get(*_DATE)
        if start is not None:
            end_piece = self.text(end) or Piece.supplied("present", start.row, start.col)  # no end date: ongoing
            return [self.text(start), Piece.supplied(" – ", start.row, start.col), end_piece]
        return [p for p in (self.text(end) or self.text(single),) if p]

    def entry(self, entry: Node, section: str) -> None:
        if isinstance(entry.value, str):
            self.builder.line([self.text(entry)], kind="bullet")
            return
        if not isinstance(entry.value, dict):
            return
        if section == "publications" or _PUBLICATION_KEYS & set(entry.value):
            self.publication(entry)
            return
        title = entry.get(*_TITLE)
        organisation = next((n for n in (entry.get(k) for k in _ORGANISATION) if n is not None and n is not title), None)
        area = entry.get(*_AREA)
        parts = [("title", self.text(title, bold=True)), ("area", self.text(area)), ("org", self.text(organisation)),
                 ("location", self.text(entry.get(*_LOCATION)))]
        header = joined([piece for _, piece in parts], ", ")
        dates = [p for p in self.dates(entry) if p]
        if dates:
            header += [Piece.supplied(", ", dates[0].row, dates[0].cols[0])] + dates
        self.builder.blank()
        self.builder.line(header, role="header", named=parts)
        summary = entry.get(*_SUMMARY)
        if summary is not None:
            self.builder.line([self.text(summary)], kind="continuation", role="body")
        for highlight in _children(entry, *_HIGHLIGHTS):
            self.builder.line([self.text(highlight)], kind="bullet", depth=1)
        keywords = [self.text(k) for k in _children(entry, "keywords", "courses")]
        if any(keywords):
            self.builder.line(joined(keywords, ", "), kind="continuation", role="body")

    def publication(self, entry: Node) -> None:
        """``Authors. "Title." Venue, date. Summary`` — the shape the publication reader knows."""
        authors = [self.text(a) for a in _children(entry, "authors")]
        title = self.text(entry.get("title", "name"))
        if title is None:
            return
        pieces: list[Optional[Piece]] = []
        if any(authors):
            pieces += joined(authors, ", ") + [Piece.supplied(". ", title.row, title.cols[0])]
        pieces += [Piece.supplied('"', title.row, title.cols[0]), title, Piece.supplied('."', title.row, title.cols[-1])]
        venue = self.text(entry.get("journal", "publisher", "venue", "booktitle"))
        date = self.text(entry.get(*_DATE))
        tail = joined([venue, date], ", ")
        if tail:
            pieces += [Piece.supplied(" ", tail[0].row, tail[0].cols[0])] + tail + [Piece.supplied(".", tail[-1].row, tail[-1].cols[-1])]
        self.builder.blank()
        self.builder.line(pieces, kind="bullet", numbered=True)
        summary = entry.get(*_SUMMARY, "note")
        if summary is not None:
            self.builder.line([self.text(summary)], kind="continuation")

    def section(self, key: str, node: Node, key_row: int, key_col: int) -> None:
        heading = key.replace("_", " ")
        self.heading(heading, key_row, key_col)
        from ..headings import section_kind

        kind = section_kind(heading) or "other"
        for entry in node.items():
            self.entry(entry, kind)


def _key_position(document: Document, key: str, near: Node) -> tuple[int, int]:
    """Where a mapping key is written: on the line of its value, or the line before."""
    lines = document.source_lines
    for row in (near.row, near.row - 1):
        if 0 < row <= len(lines):
            col = lines[row - 1].find(key)
            if col >= 0:
                return row, col
    return near.row, near.col


def _person(renderer: _Renderer, document: Document, person: Node) -> None:
    name = person.get("name")
    if name is not None:
        renderer.builder.line([renderer.text(name)], kind="heading", level=1)
    label = person.get("label")
    if label is not None:
        renderer.builder.line([renderer.text(label)])
    for key in ("email", "phone", "location", "url", "website"):
        node = person.get(key)
        if node is not None and isinstance(node.value, str):
            renderer.builder.line([renderer.text(node)])
    summary = person.get("summary")
    if summary is not None:
        renderer.builder.line([renderer.text(summary)])


def _parsed(document: Document, parse, language: str) -> Optional[Node]:
    """The data tree, or None with the problem reported where the parser stopped."""
    try:
        return parse(document.text)
    except DataError as error:
        document.problems.append(ReadProblem("malformed", f"not valid {language}: {error}", error.line, error.column))
        return None


def read_json_resume(document: Document) -> None:
    root = _parsed(document, parse_json, "JSON")
    if root is None:
        return
    if not isinstance(root.value, dict):
        document.problems.append(ReadProblem("malformed", "not a JSON Resume: the top level is not an object"))
        return
    renderer = _Renderer(document, markdown=False)
    basics = root.get("basics")
    if basics is not None:
        _person(renderer, document, basics)
    modified = (root.get("meta") or Node({}, 0, 0)).get("lastModified")
    if modified is not None:
        document.meta["last-updated"] = modified.text
    for key, node in root.value.items():
        if key not in _SKIP_SECTIONS and isinstance(node.value, list):
            row, col = _key_position(document, f'"{key}"', node)
            renderer.section(key, node, row, col + 1)
    document.lines = renderer.builder.lines


def _alfolio_sections(root: Node) -> bool:
    """al-folio's ``_data/cv.yml``: a list of sections, each a title, a type and its contents."""
    return isinstance(root.value, list) and bool(root.value) and all(
        isinstance(item.value, dict) and "title" in item.value and "contents" in item.value for item in root.value)


def read_alfolio(document: Document, root: Node) -> None:
    """al-folio's CV: sections of type ``map`` (name/value pairs: the owner's name, contact
    details), ``time_table`` (entries: title, institution, year, description), ``list`` and
    ``nested_list`` (items, or titled groups of items)."""
    document.format = "alfolio"
    renderer = _Renderer(document, markdown=True)
    for section in root.items():
        kind, title = section.get("type"), section.get("title")
        if kind is not None and kind.text == "map":
            for pair in _children(section, "contents"):
                name, value = pair.get("name") or Node("", 0, 0), pair.get("value")
                if value is not None and name.text.lower() in ("full name", "name"):
                    renderer.builder.line([renderer.text(value)], kind="heading", level=1)
                elif value is not None and renderer.text(name) is not None and renderer.text(value) is not None:
                    label = renderer.text(name)  # "Date of Birth: …": what the value is, as the page shows it
                    renderer.builder.line([label, Piece.supplied(": ", label.row, label.cols[-1]), renderer.text(value)])
            continue
        if title is not None:
            renderer.heading(title.text, title.row, title.col)
        for item in _children(section, "contents"):
            if isinstance(item.value, dict) and "items" in item.value:  # nested_list: a titled group
                renderer.builder.line([renderer.text(item.get("title"))], role="header")
                for sub in _children(item, "items"):
                    renderer.builder.line([renderer.text(sub)], kind="bullet", depth=1)
            elif isinstance(item.value, dict):
                _alfolio_entry(renderer, item)
            else:
                renderer.builder.line([renderer.text(item)], kind="bullet")
    document.lines = renderer.builder.lines


def _children(node: Node, *keys: str) -> list[Node]:
    """The items of the list under the first of ``keys`` there: none when missing, empty or no list."""
    found = node.get(*keys)
    return found.items() if found is not None else []


def _alfolio_entry(renderer: _Renderer, entry: Node) -> None:
    """``title, institution, year`` as a header line, the description's items as bullets."""
    parts = [("title", renderer.text(entry.get("title"), bold=True)), ("org", renderer.text(entry.get("institution")))]
    header = joined([piece for _, piece in parts], ", ")
    year = renderer.text(entry.get("year", "date"))
    if year is not None and header:
        header += [Piece.supplied(", ", year.row, year.cols[0]), year]
    renderer.builder.blank()
    renderer.builder.line(header, role="header", named=parts)
    for line in _children(entry, "description"):
        if isinstance(line.value, dict):  # a titled sub-list
            renderer.builder.line([renderer.text(line.get("title"))], kind="bullet", depth=1)
            for sub in _children(line, "contents"):
                renderer.builder.line([renderer.text(sub)], kind="bullet", depth=2)
        else:
            renderer.builder.line([renderer.text(line)], kind="bullet", depth=1)


def read_rendercv(document: Document) -> None:
    root = _parsed(document, parse_yaml, "YAML")
    if root is None:
        return
    if _alfolio_sections(root):
        read_alfolio(document, root)
        return
    cv = root.get("cv")
    if cv is None:
        document.problems.append(ReadProblem("malformed", "not a RenderCV file: no top-level 'cv:'"))
        return
    renderer = _Renderer(document, markdown=True)
    _person(renderer, document, cv)
    for settings_key in ("settings", "rendercv_settings", "design"):
        settings = root.get(settings_key)
        current = settings.get("current_date", "date") if settings is not None else None
        if current is not None and current.text and current.text != "today":
            document.meta["last-updated"] = current.text
    sections = cv.get("sections")
    if sections is not None and isinstance(sections.value, dict):
        for key, node in sections.value.items():
            if isinstance(node.value, list):
                row, col = _key_position(document, key, node)
                renderer.section(key, node, row, col)
    document.lines = renderer.builder.lines
