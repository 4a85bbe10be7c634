"""Bytes to text. Never raises: every failure is a ReadProblem."""

from __future__ import annotations

import codecs

from .. import limits
from ..document import ReadProblem

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of Latin script has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _chinese(data: bytes) -> str | None:
    """GB18030 text, if the bytes read as runs of Chinese characters. Latin-1 accents also
    decode as GB18030, but into lone ideographs between Latin letters."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    non_ascii = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if not non_ascii:
        return None
    in_runs = sum(1 for i in non_ascii if _is_cjk(text[i]) and (
        i > 0 and _is_cjk(text[i - 1]) or i + 1 < len(text) and _is_cjk(text[i + 1])))
    return text if in_runs >= 0.8 * len(non_ascii) else None


# letters and signs a Western-European text in Windows-1252 holds beyond ASCII, besides letters
_WESTERN_SIGNS = set("’‘“”„–—•…€£§°©®™·«»¿¡ºª ")


def _is_oem_code_page(encoding: str) -> bool:
    """A DOS (OEM) or old Mac code page: what a detector proposes for a few accented letters
    (``Universität`` as cp775 ``Universitõt``), rarely what a CV written today is in."""
    name = encoding.lower().replace("-", "").replace("_", "")
    return name.startswith("mac") or (name.startswith("cp") and name[2:].isdigit() and not name[2:].startswith("12"))


def _western(data: bytes, min_in_words: float = 0.8) -> str | None:
    """The Windows-1252 (Latin-1) reading of ``data`` when it looks like Western-European text:
    every character beyond ASCII a letter or a typographic sign, and most of those letters
    inside words of ASCII letters (``Universität``). A Cyrillic or Greek text read so gives runs
    of accented letters (``Ðåçþìå``) and fails; Polish gives signs (``³``, ``¹``) and fails."""
    import unicodedata

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = in_words = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        if ch in _WESTERN_SIGNS:
            continue
        if not unicodedata.category(ch).startswith("L"):
            return None
        letters += 1
        before, after = text[i - 1:i], text[i + 1:i + 2]
        in_words += (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
    return text if letters and in_words >= min_in_words * letters else None


def decode(data: bytes) -> tuple[str | None, str, list[ReadProblem]]:
    """Return (text or None if not text, encoding name, problems)."""
    # A CV is a few pages of text; a larger "CV" is a mistake or a log file, and reading it
    # whole would make a pre-commit run slow.
    most = limits.current().file_bytes
    if len(data) > most:
        return None, "", [
            ReadProblem(
                "too-large",
                f"file is {limits.show_bytes(len(data))}; cvlint reads text files up to "
                f"{limits.show_bytes(most)} (limits.file-bytes)",
            )
        ]
    if not data.strip():
        return None, "", [ReadProblem("empty", "file is empty")]

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as error:
                return None, encoding, [
                    ReadProblem("malformed", f"file starts with a {encoding} byte-order mark but is not valid {encoding}: {error.reason}")
                ]

    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, [
                ReadProblem("not-utf8", f"file is {utf16.upper()} without a byte-order mark; most tools expect UTF-8")
            ]
        except UnicodeDecodeError:
            pass

    if b"\x00" in data[:8192]:
        return None, "", [ReadProblem("binary", "file is binary, not text")]

    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        bad_offset = error.start

    chinese = _chinese(data)
    if chinese is not None:
        line = data.count(b"\n", 0, bad_offset) + 1
        return chinese, "gb18030", [ReadProblem("not-utf8", f"file is not valid UTF-8 (first bad byte on line {line}); read as GB18030", line=line)]

    # Only now pay for charset detection (~80 ms to import).
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "latin-1"
    western = _western(data) if _is_oem_code_page(encoding) or encoding in ("cp1250", "iso8859_2") else None
    if western is not None and (_is_oem_code_page(encoding) or western == data.decode(encoding, "replace")):
        # a few accented letters give the detector little to go on: a DOS code page gives way to
        # the Western reading; a Central-European one only where both read the same (ä, ö, ü, ß)
        encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding, text = "latin-1", data.decode("latin-1")
    line = data.count(b"\n", 0, bad_offset) + 1
    return text, encoding, [
        ReadProblem(
            "not-utf8",
            f"file is not valid UTF-8 (first bad byte on line {line}); read as {encoding}",
            line=line,
        )
    ]
