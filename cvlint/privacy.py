"""Contact details no output needs to show: phone numbers are masked wherever text from a CV
is printed for its context (a report's source lines, a quote of hidden text)."""

from __future__ import annotations

from . import patterns

_PHONE = patterns.compile(r"(?<![\w/.-])(?:\+\(?\d{1,3}\)?[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,8}(?:[\s.-]\d{2,8}){1,5}(?![\w/-])")
_YEAR_GROUP = patterns.compile(r"(?:19|20)\d\d")
_DIGITS = patterns.compile(r"\d+")
PHONE_DIGITS = 9  # the fewest digits a phone number has


def is_phone(text: str, min_digits: int = PHONE_DIGITS) -> bool:
    """Nine digits or more, and not only years (``2019 - 2021 2022``)."""
    digits = _DIGITS.findall(text)
    if sum(len(g) for g in digits) < min_digits:
        return False
    return not all(len(g) == 4 and _YEAR_GROUP.fullmatch(g) for g in digits)


def phone_spans(text: str) -> list[tuple[int, int]]:
    """The 1-based (start, end) columns of each phone number in ``text``."""
    if sum(map(len, _DIGITS.findall(text))) < PHONE_DIGITS:  # a phone number's digits are the text's too
        return []
    return [(m.start() + 1, m.end() + 1) for m in _PHONE.finditer(text) if is_phone(m.group())]


def mask(text: str, spans) -> str:
    """``text`` with the characters of the 1-based ``spans`` written as ``•`` (spaces kept)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(max(start - 1, 0), min(end - 1, len(chars))):
            if not chars[i].isspace():
                chars[i] = "•"
    return "".join(chars)


def mask_phones(text: str) -> str:
    return mask(text, phone_spans(text))
