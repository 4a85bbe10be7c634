"""A minimal PDF writer for test fixtures: pages of Helvetica text lines, nothing else.
Enough for pypdf to extract the text back, without a PDF library that writes."""

from __future__ import annotations


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[str]], mod_date: str = "", encrypt_note: bool = False) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages) + 1  # placeholder, fixed below
    page_ids = []
    kids_placeholder = []
    for lines in pages:
        stream = b"BT /F1 10 Tf 14 TL 50 780 Td " + b" ".join(b"(" + _escape(line) + b") Tj T*" for line in lines) + b" ET"
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"PAGE %d" % content))
        kids_placeholder.append(content)
    pages_id = add(b"")
    for index, content in zip(page_ids, kids_placeholder):
        objects[index - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                              b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font))
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % len(page_ids)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Producer (cvlint tests) " + (b"/ModDate (D:" + mod_date.encode() + b")" if mod_date else b"") + b" >>")
    return _assemble(objects, catalog, info)


def make_layout_pdf(pages: list[list[tuple[float, float, str, bool, float]]], mod_date: str = "", scaled: bool = False) -> bytes:
    """A PDF whose text sits where the page says: each page a list of (x, y from the top,
    text, bold, size) in points on a US Letter page, in Helvetica and Helvetica-Bold
    (``bold`` may also be ``"italic"``: Helvetica-Oblique; or ``"icon"``: an icon font whose
    letters A-Z are the private use area's U+E600…). Enough to lay out a left-margin
    section column, a right-aligned date column or a bold header. With ``scaled``, text is
    set in 1-point type scaled by the text matrix, as some PDFs do."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    italic = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>")
    # an icon font: its letters A-Z map to the private use area (U+E600…), as icon fonts' glyphs do
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Icons def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <41> <5A> <E600> endbfrange "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    icons = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode %d 0 R >>" % to_unicode)

    def font(style) -> bytes:
        return b"F3" if style == "italic" else b"F4" if style == "icon" else b"F2" if style else b"F1"

    page_ids = []
    for items in pages:
        stream = b" ".join(
            b"BT /%s 1 Tf %g 0 0 %g %g %g Tm (%s) Tj ET" % (font(is_bold), size, size, x, 792 - y, _escape(text))
            if scaled else b"BT /%s %g Tf 1 0 0 1 %g %g Tm (%s) Tj ET" % (font(is_bold), size, x, 792 - y, _escape(text))
            for x, y, text, is_bold, size in items)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append((add(b""), content))
    pages_id = add(b"")
    for page, content in page_ids:
        objects[page - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                             b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R /F4 %d 0 R >> >> >>"
                             % (pages_id, content, regular, bold, italic, icons))
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p, _ in page_ids) + b"] /Count %d >>" % len(page_ids)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Producer (cvlint tests) " + (b"/ModDate (D:" + mod_date.encode() + b")" if mod_date else b"") + b" >>")
    return _assemble(objects, catalog, info)


def margin_column_cv(name: str, sections: list[tuple[str, list[tuple[str, bool, str]]]], mod_date: str = "") -> bytes:
    """A one-page CV laid out as many LaTeX CVs are: the name on top, each section's label in a
    left margin column beside its first line, and each line (text, bold, right-aligned date)
    in a text column from x = 150."""
    items = [(150, 60, name, True, 16)]
    y = 100
    for label, lines in sections:
        labels = label.split("\n")  # a label over two lines in a narrow column
        for k, part in enumerate(labels):
            items.append((50, y + 13 * k, part, True, 10))
        for text, is_bold, date in lines:
            items.append((150, y, text, is_bold, 10))
            if date:
                items.append((470, y, date, False, 10))
            y += 13
        y += max(13 * (len(labels) - len(lines)), 0) + 10
    return make_layout_pdf([items], mod_date)


def _assemble(objects: list[bytes], catalog: int, info: int) -> bytes:
    """The file: numbered objects, the cross-reference table and the trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, info, xref)
    return bytes(out)


def deflated(piece: bytes, times: int) -> bytes:
    """``piece`` repeated ``times`` times, Flate-compressed without holding the whole."""
    import zlib

    compressor = zlib.compressobj(9)
    out = [compressor.compress(piece) for _ in range(times)]
    out.append(compressor.flush())
    return b"".join(out)


def compressed_streams_pdf(streams: list[bytes]) -> bytes:
    """One page whose content is the given Flate-compressed streams, in order: a one-line
    CV first, then whatever a test inflates (a decompression bomb is a stream of zeros)."""
    objects: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    ids = []
    for body in [deflated(b"BT /F1 10 Tf 50 700 Td (Jane Doe) Tj ET\n", 1)] + streams:
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream")
        ids.append(len(objects))
    pages, page = len(objects) + 1, len(objects) + 2
    objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents [%s] /Resources << /Font << /F1 1 0 R >> >> >>"
                   % (pages, b" ".join(b"%d 0 R" % i for i in ids)))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    objects.append(b"<< >>")
    return _assemble(objects, len(objects) - 1, len(objects))


def drawn_pdf(content: bytes, media_box: str = "0 0 612 792", inherited: bool = False) -> bytes:
    """One page drawn by ``content``, raw PDF operators with /F1 (Helvetica) at hand: for
    text a reader cannot see — white on white, 1-point, off the page, render mode 3, under a
    rectangle — and its visible controls. With ``inherited``, the page takes its MediaBox
    from its parent, as many PDF writers set it."""
    box = b"/MediaBox [" + media_box.encode() + b"]"
    objects = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Pages /Kids [4 0 R] /Count 1 " + (box if inherited else b"") + b" >>",
               b"<< /Type /Page /Parent 3 0 R " + (b"" if inherited else box) + b" /Contents 2 0 R "
               b"/Resources << /Font << /F1 1 0 R >> >> >>",
               b"<< /Type /Catalog /Pages 3 0 R >>", b"<< >>"]
    return _assemble(objects, 5, 6)
