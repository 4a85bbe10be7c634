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


def _japanese(data: bytes, min_kana: float = 0.05) -> str | None:
    """Shift-JIS (Windows code page 932) text, if it decodes so and holds kana: GB18030 reads
    Shift-JIS bytes as runs of ideographs too (``履歴書`` as ``棜楌彂``), but Chinese text
    rarely decodes as Shift-JIS, and never into kana (it gives half-width katakana if any)."""
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return None
    non_ascii = kana = half_width = 0
    for ch in text:
        if ord(ch) > 127:
            non_ascii += 1
            kana += "\u3040" <= ch <= "\u30ff"
            half_width += "\uff61" <= ch <= "\uff9f"
    return text if kana >= 2 and kana >= min_kana * non_ascii and half_width < kana else None


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
    inside words of ASCII letters (``Universität``) or a word of their own (French "à", Italian
    "è"). A Cyrillic or Greek text read so gives runs
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
        in_words += ((before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
                     or (ch.islower() and not before.isalpha() and not after.isalpha()))  # a word of its own: "à", "è"
    return text if letters and in_words >= min_in_words * letters else None


# The letters beyond ASCII of the languages written in the Windows Western (1252),
# Central-European (1250) and Turkish (1254) code pages, from their orthographies. The right
# reading of a legacy file spells one language: French read as cp1250 mixes Slovak "ŕ", Czech
# "č" and French "ç" ("ŕ Genčve, français"); Czech read as cp1252 mixes Danish "ø" and French
# "è" ("Jiøí, Èeské").
_ALPHABETS = {
    "French": "àâæçéèêëîïôœùûüÿ", "Italian": "àèéìíîòóùú", "Spanish": "áéíñóúüç", "Portuguese": "áâãàçéêíóôõú",
    "Catalan": "àçéèíïóòúü", "German": "äöüß", "Dutch": "éëïóöüèáà", "Swedish": "åäöé", "Danish": "æøåé",
    "Norwegian": "æøåéèóô", "Finnish": "äöå", "Icelandic": "áðéíóúýþæö",
    "Czech": "áčďéěíňóřšťúůýž", "Slovak": "áäčďéíĺľňóôŕšťúýž", "Polish": "ąćęłńóśźż", "Hungarian": "áéíóöőúüű",
    "Croatian": "čćđšž", "Slovene": "čšž", "Romanian": "ăâîşţșț", "Turkish": "çğıİöşü", "Albanian": "çë",
}
# the Windows readings weighed, in the order that wins a tie (Western-European CVs are the commonest)
_READINGS = ("cp1252", "cp1250", "cp1254")
# proposals of a detector that one of those readings replaces when the text reads as letters in
# words in cp1252 (a Baltic, Greek or Cyrillic proposal stands)
_REPLACEABLE = ("cp1250", "iso8859_2", "cp1252", "latin_1", "iso8859_15", "cp1258", "hp_roman8", "iso8859_3",
                "iso8859_10", "iso8859_16", "iso8859_14", "iso8859_9")


def _one_language_share(text: str) -> float:
    """The share of ``text``'s letters beyond ASCII (and signs among letters) that the one
    language that spells most of them spells."""
    from collections import Counter

    counts = Counter(ch if len(ch.lower()) > 1 else ch.lower() for ch in text if ord(ch) > 127 and ch not in _WESTERN_SIGNS)
    total = sum(counts.values())
    if not total:
        return 1.0
    return max(sum(n for ch, n in counts.items() if ch in letters) for letters in _ALPHABETS.values()) / total


def _windows_reading(data: bytes) -> str:
    """Which Windows code page of ``_READINGS`` the text is in: the reading that spells one
    language best (``_ALPHABETS``); a reading with a byte its code page lacks is out."""
    best, best_share = "cp1252", -1.0
    for name in _READINGS:
        text = data.decode(name, "replace")
        if "\ufffd" in text:
            continue
        share = _one_language_share(text)
        if share > best_share:
            best, best_share = name, share
    return best


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

    for read, encoding in ((_japanese, "cp932"), (_chinese, "gb18030")):
        text = read(data)
        if text is not None:
            line = data.count(b"\n", 0, bad_offset) + 1
            return text, encoding, [ReadProblem("not-utf8", f"file is not valid UTF-8 (first bad byte on line {line}); "
                                                            f"read as {encoding}{' (Shift-JIS)' if encoding == 'cp932' else ''}", line=line)]

    # Only now pay for charset detection (~80 ms to import).
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "latin-1"
    western = _western(data) if _is_oem_code_page(encoding) or encoding in _REPLACEABLE else None
    if western is not None:
        # a few accented letters give the detector little to go on: its proposal gives way to the
        # Windows reading the letters say (à, å, ñ: Western; ě, ő: Central; ı, ş: Turkish)
        encoding = _windows_reading(data)
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
