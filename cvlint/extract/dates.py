"""Dates as CVs write them: ``09/2023``, ``2023-09``, ``Sept. 2023``, ``Fall 2022``,
``2019–21``, ``Sep 2023 – Present``. A range whose end precedes its start is kept as
written: the rules must see it."""

from __future__ import annotations

from functools import lru_cache

import os
import re
from typing import Optional, Union

from .. import patterns
from ..model import PartialDate, record
from ..names import damerau
from ..rule_files import builtin_rules_dir, load_toml

def _calendar_words() -> tuple[dict[str, int], dict[str, int], str]:
    """Month and season names and the open-range words, from ``rules/data/dates.toml``."""
    data = load_toml(os.path.join(builtin_rules_dir(), "data", "dates.toml"))
    months = {word: int(number) for number, words in data["months"].items() for word in words}
    return months, dict(data["seasons"]), "|".join(regex_escape(w) for w in data["open"]["words"])


def regex_escape(word: str) -> str:
    return re.escape(word).replace("\\ ", " ")


MONTHS, SEASONS, OPEN_WORDS = _calendar_words()

# Any word of 3-10 letters stands where a month may; find_dates keeps only real month
# names. Spelling out the ~100 names made the date patterns slow to compile.
_MONTH_ALT = r"[^\W\d_]{3,10}"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_SINGLE = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH_ALT})(?![^\W\d_])\.?,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:{_YEAR}|['’]\d\d\b)"
    rf"|(?:spring|summer|fall|autumn|winter),?\s+{_YEAR}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}|\d{{1,2}}-\d{{1,2}}-{_YEAR}"
    rf"|\d{{1,2}}[/.-]{_YEAR}"
    rf"|{_YEAR}[./]\d{{1,2}}(?![\d.])"
    rf"|{_YEAR}-\d{{1,2}}(?:-\d{{1,2}})?(?!\d)"
    rf"|{_YEAR})"
)
# a range's words, in the languages read: its "to" ("2007 à 2013", "de 2019 a 2020", "dal 2007 al
# 2013", "de 2018 até 2020" — the short ones only between spaces), its "from" and its "since"
_TO_WORDS = "to|until|till|through|hasta|bis|até"
_TO_SHORT_WORDS = "à|a|al|au"
_FROM_WORDS = "from|de|du|dal|desde|von"
_SINCE_WORDS = "since|seit|depuis|desde"
_SEPARATOR = rf"\s*(?:-+>|–+|—+|-{{1,3}}|~|\b(?:{_TO_WORDS})\b|\s(?:{_TO_SHORT_WORDS})\s)\s*"
DATE_RE = patterns.compile(
    rf"(?<![\w/.-])(?P<start>{_SINGLE})"
    rf"(?:(?P<sep>{_SEPARATOR})(?P<end>{_SINGLE}|(?:{OPEN_WORDS})\b|\d\d(?![\w/.]))(?!\.?\d))?(?![\w/])",
    re.IGNORECASE,
)
# words that say a date is still to come ("Expected May 2026")
EXPECTED_WORDS = r"expected|anticipated|exp\.|est\.|estimated"
EXPECTED_RE = patterns.compile(rf"\b({EXPECTED_WORDS}|forthcoming|incoming|will (?:start|join|begin))", re.I)

_DIGIT = patterns.compile(r"\d")
_YEAR_ALONE = patterns.compile(_YEAR)
_OPEN_END = patterns.compile(OPEN_WORDS, re.I)  # an end that is no date: "present", in the languages read
_YEAR_DASH_TWO_DIGITS = patterns.compile(rf"({_YEAR})-(\d\d)")  # "2011-12": an academic year, or a month
_TWO_DIGITS = patterns.compile(r"\d\d")
_MM_YY_RANGE = patterns.compile(r"(?<![\w/.-])(\d{1,2})/(\d\d)\s*[-–—]\s*(\d{1,2})/(\d\d)(?![\w/])")
# "since 2016", and "since 2019/20" (an academic year: checked in the code)
_SINCE = patterns.compile(rf"(?<![\w])({_SINCE_WORDS})\s+((?:{_MONTH_ALT}\.?\s+)?{_YEAR}|\d{{1,2}}[/.]{_YEAR})"
                          rf"(/\d\d(?:\d\d)?)?(?![\w/])", re.I)
_MONTH_SPAN = patterns.compile(rf"(?<![\w/.-])({_MONTH_ALT})\.?\s*[-–—]\s*({_MONTH_ALT})\.?,?\s+({_YEAR})(?![\w/])", re.I)
# the year first, as a left date column may set it: "2010 Jul.-Dec."
_YEAR_MONTH_SPAN = patterns.compile(rf"(?<![\w/.-])({_YEAR})\s+({_MONTH_ALT})\.?\s*[-–—]\s*({_MONTH_ALT})\.?(?![\w/-])", re.I)
_OPEN_DASH = patterns.compile(r"\s?([-–—])(?:\s{2,}|\s*$)")
_NUM_MONTH_YEAR = patterns.compile(rf"^(\d{{1,2}})[/.-]({_YEAR})$")
_DAY_MONTH_YEAR = patterns.compile(rf"^(\d{{1,2}})([/.-])(\d{{1,2}})\2({_YEAR})$")
_YEAR_MONTH = patterns.compile(rf"^({_YEAR})[-./](\d{{1,2}})(?:-(\d{{1,2}}))?$")
# "2018/19", "2019/2020", "2018-19": an academic year — a year and the next, the second in two
# digits or four; one end of a range ("2018/19 – 2020/21") or a range alone
_YEAR_PAIR = rf"{_YEAR}\s?[/-]\s?(?:{_YEAR}|\d\d)"
_ACADEMIC = patterns.compile(
    rf"(?<![\w/.-])(?P<start>{_YEAR_PAIR}|{_YEAR})(?:(?P<sep>{_SEPARATOR})(?P<end>{_YEAR_PAIR}|{_YEAR}|(?:{OPEN_WORDS})\b))?(?![\w/])",
    re.IGNORECASE)
_PAIR_PARTS = patterns.compile(r"(\d{4})\s?([/-])\s?(\d+)")
_WORDY = patterns.compile(rf"({_MONTH_ALT})(?![^\W\d_])\.?,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?({_YEAR}|['’]\d\d)$", re.I)


@record
class DateMatch:
    """A date or date range found in a text, or why date-like text is not a date."""

    start: int
    end: int
    text: str
    date: Optional[PartialDate] = None
    end_date: Optional[PartialDate] = None
    open_end: bool = False
    is_range: bool = False
    problem: Optional[str] = None
    start_text: str = ""
    end_text: str = ""


def parse_single(text: str) -> Union[PartialDate, str]:
    """A PartialDate, or a reason why the text is not a date."""
    text = text.strip()
    if _YEAR_ALONE.fullmatch(text):
        return PartialDate(int(text))
    m = _DAY_MONTH_YEAR.match(text)
    if m:
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        # day-first is the world's default; a first number over 12 settles it either way
        day, month = (first, second) if second <= 12 else (second, first)
        if month < 1 or month > 12 or day < 1 or day > 31:
            return f"no month {max(first, second)} in {text!r}"
        if day > days_in_month(year, month):
            return f"{_MONTH_NAMES[month - 1]} {year} has {days_in_month(year, month)} days, not {day}"
        return PartialDate(year, month)
    m = _NUM_MONTH_YEAR.match(text)
    if m:
        month = int(m.group(1))
        if not 1 <= month <= 12:
            return f"month {month} is out of range"
        return PartialDate(int(m.group(2)), month)
    m = _YEAR_MONTH.match(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            return f"month {month} is out of range"
        day = int(m.group(3)) if m.group(3) else 1
        if not 1 <= day <= days_in_month(year, month):  # "2023-11-31": November has 30 days
            return f"{_MONTH_NAMES[month - 1]} {year} has {days_in_month(year, month)} days, not {day}"
        return PartialDate(year, month)
    m = _WORDY.search(text)
    if m:
        word = m.group(1).lower()
        if word not in MONTHS and word not in SEASONS:
            return f"{m.group(1)!r} is not a month"
        year_text = m.group(2)
        year = int(year_text) if year_text[0].isdigit() else 2000 + int(year_text[1:])
        if word in SEASONS:
            return PartialDate(year, SEASONS[word], season=word)
        return PartialDate(year, MONTHS[word])
    return f"{text!r} is not a date"


_MONTH_NAMES = "January February March April May June July August September October November December".split()


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _year_range_end(start: PartialDate, two_digits: str) -> Optional[PartialDate]:
    """``2019–21``: the end shares the start's century."""
    century = start.year // 100 * 100
    return PartialDate(century + int(two_digits))


_LEADING_WORD = patterns.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([^\W\d_]{3,10})(?![^\W\d_])\.?")


def _month_words_ok(text: str) -> bool:
    m = _LEADING_WORD.match(text)
    return not m or m.group(1).lower() in MONTHS or m.group(1).lower() in SEASONS


def _short_spans(text: str) -> list[DateMatch]:
    """``03/14-07/17`` (months of two-digit years) and ``since 2016`` (a range still open)."""
    spans = []
    for m in _MM_YY_RANGE.finditer(text) if "/" in text else ():
        months = int(m.group(1)), int(m.group(3))
        if all(1 <= month <= 12 for month in months):
            start, end = PartialDate(_century(m.group(2)), months[0]), PartialDate(_century(m.group(4)), months[1])
            spans.append(DateMatch(m.start(), m.end(), m.group(), start, end, is_range=True,
                               start_text=text[m.start(1):m.end(2)], end_text=text[m.start(3):m.end()]))
    for m in _SINCE.finditer(text):
        if m.group(3) and academic_year(text[m.end(2) - 4:m.end()]) is None:
            continue
        start = parse_single(m.group(2))
        if not isinstance(start, str):
            spans.append(DateMatch(m.start(), m.end(), m.group(), start, open_end=True, is_range=True, start_text=m.group(2)))
    return spans


def academic_year(text: str, min_tail: int = 13) -> Optional[tuple[int, int]]:
    """``2018/19`` -> (2018, 2019): a year and the next one, the second written in four digits
    or two. Two digits at most 12 may be a month (``2011/12`` is December 2011 in an ISO-like
    date), and a four-digit pair joined by a dash is an ordinary range: neither is read here."""
    m = _PAIR_PARTS.fullmatch(text)
    if not m:
        return None
    year, mark, tail = int(m.group(1)), m.group(2), m.group(3)
    if len(tail) == 4:
        return (year, year + 1) if mark == "/" and int(tail) == year + 1 else None
    return (year, year + 1) if int(tail) >= min_tail and int(tail) == (year + 1) % 100 else None


def _academic_years(text: str) -> list[DateMatch]:
    """``Winter Semester 2018/19``, ``2019/20 – 2021/22``, ``2018/19 – present``: ranges of
    academic years (a plain year may stand at one end, a pair must stand at one)."""
    spans = []
    for m in _ACADEMIC.finditer(text):
        start_text, end_text = m.group("start"), m.group("end")
        first = academic_year(start_text)
        last = academic_year(end_text) if end_text else None
        if first is None and last is None:
            continue
        if first is None and _after_month_word(text, m.start()):
            continue  # "Sep 2018 – 2019/20": the month's range, not read here
        if end_text is None and (whole := DATE_RE.match(text, m.start())) and whole.group("end"):
            continue  # "2018/19 – Sep 2020": a range the date pattern reads
        if (first is None and not _YEAR_ALONE.fullmatch(start_text)) or (
                end_text and last is None and not _YEAR_ALONE.fullmatch(end_text) and not _OPEN_END.fullmatch(end_text)):
            continue  # "2015/19" at one end: not read here
        start_year = first[0] if first else int(start_text)
        if end_text is None:
            tail = _PAIR_PARTS.fullmatch(start_text)  # as "2011-12" has always been given: "2011" and "12"
            spans.append(DateMatch(m.start(), m.end(), m.group(), PartialDate(first[0]), PartialDate(first[1]), is_range=True,
                                   start_text=tail.group(1), end_text=tail.group(3)))
        elif _OPEN_END.fullmatch(end_text):
            spans.append(DateMatch(m.start(), m.end(), m.group(), PartialDate(start_year), open_end=True, is_range=True,
                                   start_text=start_text, end_text=end_text))
        else:
            end_year = last[1] if last else int(end_text)
            spans.append(DateMatch(m.start(), m.end(), m.group(), PartialDate(start_year), PartialDate(end_year), is_range=True,
                                   start_text=start_text, end_text=end_text))
    return spans


_WORD_BEFORE = patterns.compile(r"([^\W\d_]{3,10})\.?,?\s*$")


def _after_month_word(text: str, position: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, position - 14), position)
    return bool(m) and (m.group(1).lower() in MONTHS or m.group(1).lower() in SEASONS)


def _century(two_digits: str, pivot: int = 50) -> int:
    """``15`` is 2015, ``98`` is 1998."""
    value = int(two_digits)
    return 2000 + value if value < pivot else 1900 + value


def _month_spans(text: str) -> list[DateMatch]:
    """``Feb-Apr 2020``, ``June–August 2023``, ``2010 Jul.-Dec.``: two months of one year."""
    spans = []
    for m in _MONTH_SPAN.finditer(text):
        first, last = m.group(1).lower(), m.group(2).lower()
        if first in MONTHS and last in MONTHS:
            year = int(m.group(3))
            spans.append(DateMatch(m.start(), m.end(), m.group(), PartialDate(year, MONTHS[first]), PartialDate(year, MONTHS[last]),
                               is_range=True, start_text=m.group(1), end_text=text[m.start(2):m.end()]))
    for m in _YEAR_MONTH_SPAN.finditer(text):
        first, last = m.group(2).lower(), m.group(3).lower()
        if first in MONTHS and last in MONTHS and not any(s.start < m.end() and m.start() < s.end for s in spans):
            year = int(m.group(1))
            spans.append(DateMatch(m.start(), m.end(), m.group(), PartialDate(year, MONTHS[first]), PartialDate(year, MONTHS[last]),
                               is_range=True, start_text=text[m.start():m.end(2)], end_text=text[m.start(3):m.end()]))
    return spans


@lru_cache(maxsize=2048)  # lines recur across versions and revisions; the result is read, never changed
def find_dates(text: str) -> tuple[DateMatch, ...]:
    if not _DIGIT.search(text):  # every date, and every date-like string that is not one, has a digit
        return ()
    found: list[DateMatch] = _month_spans(text) if "-" in text or "–" in text or "—" in text else []
    found += [f for f in _short_spans(text) if not any(s < f.end and f.start < e for s, e in ((g.start, g.end) for g in found))]
    if "/" in text or "-" in text:
        found += [f for f in _academic_years(text) if not any(s < f.end and f.start < e for s, e in ((g.start, g.end) for g in found))]
    taken = [(f.start, f.end) for f in found]
    position = 0
    while True:
        m = DATE_RE.search(text, position)
        if not m:
            break
        if any(s <= m.start() < e for s, e in taken):
            position = max(e for s, e in taken if s <= m.start() < e)
            continue
        start_text = m.group("start")
        end_text = m.group("end")
        if not _month_words_ok(start_text):
            # only in a range is "Spet 2023" a misspelt month: alone, "Jane 2020" is a name
            if end_text and (misspelt := _misspelt_month(start_text)):
                found.append(DateMatch(m.start(), m.end("start"), start_text, problem=misspelt))
            position = m.start() + _LEADING_WORD.match(start_text).end()  # "Intern 2020": try after the word
            continue
        position = m.end()
        if end_text and not _month_words_ok(end_text) and not _OPEN_END.fullmatch(end_text):
            if misspelt := _misspelt_month(end_text):
                found.append(DateMatch(m.start("end"), m.end("end"), end_text, problem=misspelt))
            end_text = None
            position = m.end("start")
            m_start, m_end, whole = m.start(), m.end("start"), start_text
        else:
            m_start, m_end, whole = m.start(), m.end(), m.group()
        # "2011-12" is an academic year, "2023-09" a month: a number one past the year's
        # last two digits, or any number above 12, is the end of a year range.
        iso = _YEAR_DASH_TWO_DIGITS.fullmatch(start_text)
        if iso and not end_text:
            year, tail = int(iso.group(1)), int(iso.group(2))
            if tail > 12 or tail == (year + 1) % 100:
                found.append(DateMatch(m_start, m_end, whole, PartialDate(year), PartialDate(year // 100 * 100 + tail), is_range=True,
                                   start_text=start_text[:4], end_text=start_text[5:]))
                continue
        start = parse_single(start_text)
        if isinstance(start, str) and end_text and (pair := academic_year(start_text)):
            start = PartialDate(pair[0])  # "2018/19 – Sep 2020": from the academic year's start
        if not end_text and not isinstance(start, str):
            # "2024-   Company": a range left open by a trailing dash, before a wide gap or the line's end
            dash = _OPEN_DASH.match(text, m_end)
            if dash:
                found.append(DateMatch(m_start, dash.end(1), text[m_start:dash.end(1)], start, open_end=True, is_range=True,
                                   start_text=start_text, end_text=""))
                position = dash.end(1)
                continue
        item = DateMatch(m_start, m_end, whole)
        if isinstance(start, str):
            item.problem = start
            found.append(item)
            continue
        item.date = start
        if end_text:
            item.is_range = True
            item.start_text, item.end_text = start_text, end_text
            if _OPEN_END.fullmatch(end_text):
                item.open_end = True
            elif _TWO_DIGITS.fullmatch(end_text):
                if start.month is not None or start.season:
                    # "Sep 2019 - 21" is not a year range; keep only the start
                    item = DateMatch(m_start, m.end("start"), start_text, start)
                else:
                    item.end_date = _year_range_end(start, end_text)
            else:
                end = parse_single(end_text)
                if isinstance(end, str) and (pair := academic_year(end_text)):
                    end = PartialDate(pair[1])  # "Sep 2018 – 2019/20": to the academic year's end
                if isinstance(end, str):
                    item.problem = end
                else:
                    item.end_date = end
        found.append(item)
    found.sort(key=lambda f: f.start)
    return tuple(_join_adjacent(text, found))


def _join_adjacent(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``Mar 2021 sep 2022``: two months side by side with nothing but a space between them are
    a range whose dash was left out."""
    out: list[DateMatch] = []
    for item in found:
        last = out[-1] if out else None
        if last is not None and not last.is_range and not item.is_range and not last.problem and not item.problem \
                and last.date and item.date and last.date.month and item.date.month and not text[last.end:item.start].strip() \
                and last.end < item.start:
            out[-1] = DateMatch(last.start, item.end, text[last.start:item.end], last.date, item.date, is_range=True,
                            start_text=last.text, end_text=item.text)
            continue
        out.append(item)
    return out


_ENDS_WITH_MONTH = patterns.compile(rf"{_SEPARATOR}({_MONTH_ALT})\.?$", re.I)


# a range's first word, with nothing after it or its start alone after it ("Depuis" / "10/2022",
# "De 02/2015" / "à 09/2022"): the rest of the range is on the next line
_FROM_ALONE = patterns.compile(f"(?:{_SINCE_WORDS}|{_FROM_WORDS})", re.I)
_FROM_FIRST = patterns.compile(rf"(?:{_FROM_WORDS})\s+", re.I)
# what goes on with a range cut above: its "to" ("à 09/2022", "– Present", "to 2021")
_TO_FIRST = patterns.compile(rf"(?:[-–—]+|{_TO_WORDS}|{_TO_SHORT_WORDS})\s+", re.I)


def date_left_open(text: str) -> bool:
    """Whether ``text`` ends in a date that goes on beyond it: a range cut after its dash
    (``August 2020 -``) or after its end's month or season (``January 2020 - May``), a list of
    dates cut after a semicolon or comma (``December 2020;``), or a range cut after its first
    word or its start (``Depuis``, ``De 02/2015``)."""
    text = text.strip()
    if _FROM_ALONE.fullmatch(text):
        return True
    found = find_dates(text)
    if not found:
        return False
    first = _FROM_FIRST.match(text)
    if first and len(found) == 1 and found[0].start == first.end() and found[0].end == len(text) \
            and not found[0].is_range and not found[0].problem:
        return True
    last = found[-1]
    if last.problem:
        return False
    if last.end == len(text) and last.open_end and not last.end_text and last.text[-1:] in "-–—":
        return True  # a trailing dash ("since 2019" is whole)
    if text[-1:] in ";," and last.end == len(text) - 1:
        return True
    month = _ENDS_WITH_MONTH.search(text, last.end)
    return bool(month) and month.start() == last.end and not last.is_range and (
        month.group(1).lower() in MONTHS or month.group(1).lower() in SEASONS)


def date_goes_on(text: str, cut: str = "") -> bool:
    """Whether ``text`` starts with what may end or continue the date ``cut`` short on the line
    above: a year, a month or season with its year, or an open end (``Present``), after a
    range's "to" or none (``à 09/2022``). Not a range (``2017-2022`` is the next entry's) but
    after a list's semicolon, nor a date before the cut one's start (``2022-`` over ``2016``:
    an open range, then an older entry)."""
    text = text.lstrip()
    to = _TO_FIRST.match(text)
    if to and not _OPEN_END.match(text):
        text = text[to.end():]
    found = find_dates(text)
    if found and found[0].start == 0 and found[0].date and not found[0].problem:
        if found[0].is_range and not cut.rstrip()[-1:] in (";", ","):  # a list of dates goes on with any
            return False
        before = [f.date for f in find_dates(cut) if f.date and not f.problem]
        return not before or found[0].date.ordinal(end=True) >= before[-1].ordinal()
    opening = _OPEN_END.match(text)
    return bool(opening) and not text[opening.end():opening.end() + 1].isalnum()


# the names a misspelt month is compared with ("Spet", "Febuary")
_ENGLISH_MONTHS = "january february march april june july august september sept october november december".split()
_FULL_MONTHS = sorted(set(_ENGLISH_MONTHS) | set(SEASONS))


def _misspelt_month(text: str) -> Optional[str]:
    """``Spet``, ``Febuary``: a word one edit from a month name, leading a date."""
    leading = _LEADING_WORD.match(text)
    word = leading.group(1)
    if text[leading.end():leading.end() + 1] == ",":
        return None  # "Karch, 2014-2015": a name before a comma, as a citation writes it
    folded = word.lower()
    if not (4 <= len(word) <= 10 and word.isascii()) or folded in MONTHS or folded in SEASONS:
        return None
    for month in _FULL_MONTHS:
        if abs(len(month) - len(folded)) <= 1 and damerau(folded, month) == 1:
            return f"{word!r} looks like a misspelt {month.capitalize()}"
    return None
