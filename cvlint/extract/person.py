"""What a CV says about itself rather than its entries: the owner's names and emails, when the
version was written, every date in it, and the values a data file states in fields of their own."""

from __future__ import annotations

import os
import re

from .. import patterns
from ..document import Document
from ..headings import section_kind
from ..model import DateProblem, DateRange, Fact, Profile, Span, Suppression, Text
from .dates import EXPECTED_RE, find_dates
from .words import names_a_place, names_organisation, names_role

_EMAIL = patterns.compile(r"(?<![\w.+-])[\w.+'%-]+@[\w-]+(?:[.,][\w-]+)*(?![\w@])")
_UPDATED = patterns.compile(r"(?:last\s+)?updated(?:\s+(?:on|in))?\s*:?\s*", re.I)
# the small words inside a family name, never first or last ("Pius von Däniken", "Maria de la Cruz")
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "do", "dos", "du",
                             "la", "le", "bin", "binti", "ibn", "al", "el", "y", "zu", "ten", "ter"})
_NAME_WORD = patterns.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’.-]*$|^[A-ZÀ-Þ]{2,}$")
_NOT_A_NAME = patterns.compile(r"[\d@/:|]")
# a contact detail's label after the name on its line, in the languages read
_CONTACT_LABEL = patterns.compile(r"\s+(?:e-?mail|courriel|correo|phone|tel|t[ée]l[ée]phone|tel[ée]fono|mobile|cell|web(?:site)?"
                                  r"|linkedin|github|address|adresse)\s*:"
                                  r"|\s+(?:https?://|www\.|[\w.+-]+@[\w-]+\.)", re.I)  # or a link or an e-mail after the name
# words of a heading, a label, a link or pronouns, never of a name ("Current Position", "Contact Info", "Download CV",
# "He • Him • His")
_NOT_NAME_WORDS = frozenset({"contact", "info", "information", "details", "position", "current", "profile", "summary",
                             "objective", "personal", "address", "phone", "email", "download", "view", "cv", "resume",
                             "résumé", "pdf", "here", "he", "him", "his", "she", "her", "hers", "they", "them", "theirs"})
# what a CV calls itself, in the languages read: its title, never its owner's name
_DOCUMENT_TITLE_WORDS = (r"curriculum\s+vit(?:ae|æ|e)|currículum(?:\s+vitae)?|vita|c\.?\s?v\.?|r[eé]sum[eé]|lebenslauf"
                         r"|hoja\s+de\s+vida|个人简历|简历|履歷|履歴書|이력서")
_DOCUMENT_TITLE = patterns.compile(f"(?:{_DOCUMENT_TITLE_WORDS})", re.I)
# the document's title before or after the name on its line ("Curriculum Vitae – Jane Doe")
_CV_TITLE = patterns.compile(rf"^(?:{_DOCUMENT_TITLE_WORDS})\s*[-–—:|]\s*|\s*[-–—:|]\s*(?:{_DOCUMENT_TITLE_WORDS})$", re.I)
_ROLE_AFTER = patterns.compile(r"\s+[-–—|]\s+")
_BRACKETED_TAIL = patterns.compile(r"\s*\([^()]{1,30}\)$")
# a name in Han script: two to four characters (李文博), alone
_HAN_NAME = patterns.compile(r"[\u4e00-\u9fff]{2,4}")
_FILE_NAME_SEPARATORS = patterns.compile(r"_|(?<=[^\d])-|-(?=[^\d])")
# an academic title after the name: "Jane Doe, Ph.D." or "Jane Doe Ph.D. Candidate"
_NAME_SUFFIX = patterns.compile(r"[,\s]+(?:Ph\.?\s?D\.?|M\.?\s?Sc?\.?|MBA|M\.?D\.?|Dr\.?)(?:\s+(?:Candidate|Student))?\s*$")
# sections after which an e-mail belongs to someone else (referees, supervisors)
_OTHERS = {"references"}


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words that name no section, role or organisation; or two to four
    Han characters that name no section nor the document."""
    if _HAN_NAME.fullmatch(text):
        return not section_kind(text) and not _DOCUMENT_TITLE.fullmatch(text)
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or len(text) > 60:
        return False
    if _NOT_A_NAME.search(text) or section_kind(text) or names_role(text) or names_organisation(text) \
            or _DOCUMENT_TITLE.fullmatch(text.strip(" .:")) or any(w.lower() in _NOT_NAME_WORDS for w in words):
        return False
    particles = [k for k, w in enumerate(words) if not _NAME_WORD.match(w)]
    if any(not 0 < k < len(words) - 1 or words[k] not in _NAME_PARTICLES for k in particles):
        return False
    return not particles or not names_a_place(text)  # "Santiago de Chile" is a place


def read_source(document: Document, profile: Profile) -> None:
    """The text line by line, the file's own suppression comments and stated facts."""
    path = document.path
    pages = document.pages
    for number, raw in enumerate(document.source_lines, 1):
        page = pages[number - 1] if pages and number <= len(pages) else None
        profile.lines.append(Text(raw, Span(path, number, 1, number, len(raw) + 1, page)))
    if document.comment_lines:  # else the default, shared by every profile
        profile.comment_lines = frozenset(document.comment_lines)
    for scope, rules, row, start, end in document.directives:
        profile.suppressions.append(Suppression(scope, rules, Span(path, row, start + 1, row, end + 1)))
    for name, value, line, start, end, source in document.facts:
        profile.facts.append(Fact(name, value, line.span(path, start, end) if line else None, source))


def read_dates(document: Document, profile: Profile) -> None:
    """Every date in the text, and every date-like string that is not one."""
    for line in document.lines:
        if not line.text or line.kind == "meta":
            continue
        expected = None  # asked only of a line with a date
        for found in find_dates(line.text):
            span = line.span(document.path, found.start, found.end)
            if found.problem:
                profile.date_problems.append(DateProblem(found.text, found.problem, span))
                continue
            if expected is None:
                expected = bool(EXPECTED_RE.search(line.text))
            profile.dates.append(DateRange(found.text, span, found.date, found.end_date, found.open_end, found.is_range,
                                           expected, found.start_text, found.end_text))


def _name_candidate(text: str) -> str:
    """What of a line may be a name: its first cell, before a contact label ("Adam Chader
    Email: …") or a link ("Yue Wu https://…"), without a CV title or an academic title after
    it; of a name written in two scripts ("李文博 / Wenbo Li"), the first; without a bracketed
    form or a role after it ("Bin Cheng (程斌)", "Jane Doe – Software Engineer")."""
    first_cell = _CONTACT_LABEL.split(text.split("   ")[0], 1)[0]
    candidate = _NAME_SUFFIX.sub("", _CV_TITLE.sub("", first_cell).strip("*_ ")).strip("*_ ,")
    if " /" in candidate and not looks_like_name(candidate):
        first = candidate.split(" /", 1)[0].strip("*_ ,")
        return first if looks_like_name(first) else candidate
    dash = _ROLE_AFTER.search(candidate)  # "LE KHAC DUY ANH - Software Engineer": the name, its role after a dash
    if dash and not looks_like_name(candidate) and looks_like_name(candidate[:dash.start()]) \
            and names_role(candidate[dash.end():]):
        return candidate[:dash.start()]
    bracketed = _BRACKETED_TAIL.search(candidate)  # "Bin Cheng (程斌)", "Robert Smith (Bob)"
    if bracketed and not looks_like_name(candidate) and looks_like_name(candidate[:bracketed.start()]):
        return candidate[:bracketed.start()]
    return candidate


def read_person(document: Document, profile: Profile, other_lines: set[int] = frozenset(), max_name_line: int = 4,
                max_title_line: int = 80) -> None:
    """Names (front matter, the site's owner, or the first line that looks like a name) and
    emails (any line but those of a References section: ``other_lines``)."""
    path = document.path
    person = profile.person
    meta = document.meta
    name = " ".join(v for v in (meta.get("name"), meta.get("surname")) if v) or meta.get("author", "")
    if name and not name.startswith(("{", "[")):
        front = next((l for l in document.lines if l.raw.lstrip().lower().startswith(("name:", "author:"))), None)
        if front:
            person.names.append(Text(name, Span(path, front.number, 1, front.number, len(front.raw) + 1)))
    if not person.names and meta.get("owner"):  # named by the site's _config.yml, not by this file
        person.names.append(Text(meta["owner"], Span(path, 1, 1, 1, 1)))
    # the name is the first thing a CV says; a PDF may put a contact line above it, a right-aligned
    # column beside it ("Jane Doe   +1 555 0100"), a repository page a title and a sentence
    firsts = [l for l in document.lines if l.kind in ("heading", "text") and l.text][:max_name_line]
    if not person.names:  # a side column read first puts the name lower: the document's one top heading
        tops = _top_lines(document.lines[:max_title_line])
        if len(tops) == 1 and tops[0] not in firsts and looks_like_name(_name_candidate(tops[0].text)):
            firsts = [tops[0]] + firsts
    for k, line in enumerate(firsts):
        candidate = _name_candidate(line.text)
        rest = _name_goes_on(candidate, line, firsts[k + 1] if k + 1 < len(firsts) else None)
        if looks_like_name(candidate) or rest:
            start = line.text.find(candidate)
            span = line.span(path, start, start + len(candidate))
            if rest:  # the name set large on two lines, as a narrow column does
                end = firsts[k + 1].span(path, 0, len(rest))
                candidate, span = f"{candidate} {rest}", Span(path, span.line, span.column, end.end_line, end.end_column, span.page)
            person.names.append(Text(candidate, span))
            break
        if section_kind(line.text) not in (None, "contact") and not _DOCUMENT_TITLE.fullmatch(line.text.strip(" :")):
            break  # the first section but the owner's contact details: a name after it is someone else's
    for source in profile.lines:
        if "@" not in source.value or source.span.line in other_lines:
            continue
        seen = set()
        for m in _EMAIL.finditer(source.value):
            value = m.group().rstrip(".,;")
            if value in seen or value.startswith("@") or "." not in value.split("@")[-1].replace(",", "."):
                continue
            seen.add(value)
            n = source.span.line
            person.emails.append(Text(value, Span(path, n, m.start() + 1, n, m.start() + len(value) + 1, source.span.page)))


def _top_lines(lines: list, large: float = 1.5) -> list:
    """The lines that stand over the document: its top-level headings, or where a PDF measured
    the type, the lines of its first page set in the largest type, at least ``large`` times
    the body's (a name set large beside a column of contact details read before it)."""
    headings = [l for l in lines if l.kind == "heading" and l.level == 1 and l.text]
    if headings:
        return headings
    first_page = [l for l in lines if l.text and l.page == lines[0].page] if lines else []
    largest = max((l.size for l in first_page), default=0.0)
    return [l for l in first_page if l.size == largest] if largest >= large else []


def _name_goes_on(name: str, line, following, large: float = 1.2, alike: float = 0.05, max_words: int = 2) -> str:
    """``Alan Fernando`` over ``Rincón Vieyra``: the next line, when it is set in the same
    ``large`` type as the name (a PDF's measure) and holds up to ``max_words`` more of it."""
    if following is None or line.size < large or abs(following.size - line.size) > alike * line.size \
            or not 1 <= len(name.split()) <= 3 or not all(_NAME_WORD.match(w) for w in name.split()):
        return ""
    rest = following.text.strip()
    words = rest.split()
    if not 1 <= len(words) <= max_words or not all(_NAME_WORD.match(w) for w in words) or not looks_like_name(f"{name} {rest}"):
        return ""
    return rest if following.text.startswith(rest) else ""


def read_version_date(document: Document, profile: Profile) -> None:
    """When this version was written: "Last updated …", the front matter, else a date in the file name."""
    source = profile.source
    for line in document.lines:
        m = _UPDATED.search(line.text) if line.text and "updated" in line.text.lower() else None
        if m and source.version_date is None:
            dates = find_dates(line.text[m.end():m.end() + 30])
            if dates and dates[0].date:
                source.version_date = dates[0].end_date or dates[0].date
    if source.version_date is None and document.meta.get("last-updated"):
        dates = find_dates(document.meta["last-updated"])
        if dates and dates[0].date:
            source.version_date = dates[0].date
    if source.version_date is None:
        stem = _FILE_NAME_SEPARATORS.sub(" ", os.path.splitext(os.path.basename(document.path))[0])
        dates = find_dates(stem)
        if dates and dates[-1].date and dates[-1].date.year >= 1990:
            source.version_date = dates[-1].end_date or dates[-1].date
