"""A publication entry's fields: its author list (with the owner's place and
equal-contribution marks), title, year and venue claims, from the text of all its lines.

Three layouts are read: ``Authors. (Year). Title. Venue.``, ``Authors. "Title." Venue.`` and
``Title. Authors (Year) in Venue`` (academicpages' link-first items).
"""

from __future__ import annotations

import re
from typing import Optional

from .. import patterns
from ..document import TextRun
from ..model import Author, Claim, DateRange, Entry, Text
from ..names import name_tokens
from ..tables import Tables
from .claims import find_claims, find_venue
from .dates import find_dates
from .types import EntryDraft

_NUMBER = patterns.compile(r"^\s*(?:\[\s*[A-Z]?\d{1,3}\s*\]|[A-Z]?\d{1,3}\.)\s*")
# a title in quotes: double, or single curly ones closed where no letter follows, nor a word in
# lower case but "in" (not the apostrophe of "children’s" or "the turbines’ blades")
QUOTED_TITLE = patterns.compile(r"[\"“]([^\"”]{8,})[\"”]|‘([^‘]{8,}?)’(?!\w)(?!\s+(?!in\b)[a-z])")
_MARKS = "*†‡§¹²³#"
_WORD = r"(?:[A-ZÀ-ÞĀ-Ž][\w'’`-]*|(?:de|da|van|von|der|del|la|le|di|dos|du|y|ten|ter)\b)"
_INITIAL = r"(?:[A-Z][a-z]?\.|[A-Z]{1,4}\b)"
# a name: up to six words and initials in any order ("Ana T. Q. Lima", "Berg S.W.", "J. D. Okafor")
_NAME_PIECE = patterns.compile(rf"(?:(?:{_INITIAL}|{_WORD})[\s-]?){{1,6}}|et\.? al\.?")
# between two authors: a comma, "and", "&", or an ellipsis for names left out ("Farrell, U., … Lipp, A. G. … Gill, B.")
_SEPARATOR = patterns.compile(r",\s*(?:(?:\.\.\.|…)\s*)?(?:and\s+|&\s*)?|;\s*|\s+and\s+|\s*&\s*|\s+(?:\.\.\.|…)\s+")
_BRACKET = patterns.compile(r"\[[^\]]*\]")
# the mark first, then what may not stand before it (a search skips other characters at once)
_SENTENCE_BREAK = patterns.compile(r"[.?!](?<![A-Z].)(?<!\b(?:al|vs|pp|Dr|No).)(?<!\b(?:eds|Vol).)[\"”’]?(?=\s|$)|\s(?=\((?:19|20)\d\d)")
_YEAR_IN_TEXT = patterns.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d|[/.-]\d)")
_LEAD_IN = patterns.compile(r"[\s.,;:\"”’*_–—-]*(?:\(?(?:19|20)\d\d[a-z]?\)?[\s.,;:]*)?(?:in\s+|at\s+)?", re.I)
_SKIPPABLE = patterns.compile(r"^\(?(?:19|20)\d\d[a-z]?\)?$|^(?:submitted|in review|under review|in revision|revision|accepted|in press"
                           r"|to appear|forthcoming|in prep(?:aration)?)$", re.I)
_PREPRINT = patterns.compile(r"\b(?:preprint|arxiv|biorxiv|medrxiv|ssrn|in preparation|working paper|manuscript)\b", re.I)
_ACRONYM = patterns.compile(r"\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*(?:['’]?\d{2,4})?\s*\)")
_SHORT_VENUE = patterns.compile(r"^([A-Z][A-Za-z]*[A-Z][A-Za-z-]*)\s*['’]?(?:19|20)?\d\d$")  # "WACV 2026", "ICRA'25"
_TRAILING_NUMBERS = patterns.compile(r"(?:\s*[,:;]\s*\(?\d[\d():\s–-]*\)?)+[\s.,]*$|[\s,.:;]*(?:doi\S*|https?://\S*)[\s,.:;]*$", re.I)


class Legend:
    """What the marks next to authors mean in this CV (``* equal contribution``,
    ``† corresponding author``); a mark no legend explains counts as equal contribution."""

    _LINE = patterns.compile(r"([*†‡§#])\s*(?:=|:|denotes|indicates|marks)?\s*(equal(?:ly)? contribut\w*|joint first|co-first|shared first"
                          r"|corresponding|student|mentee|advisee)", re.I)

    def __init__(self, texts: list[str]):
        self.equal = set("*†‡")
        for text in texts:
            for m in self._LINE.finditer(text):
                if m.group(2).lower().startswith(("equal", "joint", "co-first", "shared")):
                    self.equal.add(m.group(1))
                else:
                    self.equal.discard(m.group(1))


def build_publication(draft: EntryDraft, path: str, tables: Tables, owner: list[str], legend: Legend) -> Optional[Entry]:
    run = TextRun(path)
    for t in draft.lines:
        run.add(t.info.line, t.info.start)
    text = run.text
    number = _NUMBER.match(text)
    offset = number.end() if number else 0
    if len(text) - offset < 15:
        return None
    authors: list[Author] = []
    authors_span = None
    title_range: Optional[tuple[int, int]] = None
    quoted = QUOTED_TITLE.search(text, offset)
    block = author_block(text, offset)
    if quoted and (block is None or block[1] <= quoted.start() + 1):
        inner = 1 if quoted.group(1) is not None else 2
        title_range = quoted.start(inner), quoted.end(inner)
        if block is None:
            block = author_block(text, _skip_punctuation(text, quoted.end()))
    elif block is not None:
        title_range = _next_sentence(text, block[1])
    else:  # title first: "Title. Authors (2023) in Venue"
        title_range = _sentence_at(text, offset)
        if title_range:
            block = author_block(text, _skip_punctuation(text, title_range[1]))
    if block is not None:
        names, end = block
        authors = _authors(run, names, owner, legend)
        authors_span = run.span(names[0][0], end) if names else None
    if not title_range:
        return None
    start, end = title_range
    lead = _LEADING_YEAR.match(text, start, end)  # "(2021) Tidal Forecasting …": the year is no part of it
    if lead:
        start = lead.end()
    note = _AUTHOR_NOTE.match(text, start, end)  # "(corresponding author) Title …": a note on the authors
    if note and note.end() < end:
        start = note.end()
    tail = _STATUS_TAIL.search(text, start, end)  # "Title — Under Review": the status is no part of it
    if tail:
        end = tail.start()
    title = text[start:end].strip(" .,\"“”‘’*_")
    if not title:
        return None
    start = start + text[start:end].find(title)
    after = max(end, block[1] if block and block[1] > end else end)
    claims = find_claims(text, run.span, tables)
    _extend_venues(claims, text, run, tables)
    claims += _standalone_statuses(text, run, claims)
    if not any(c.kind == "status" and c.venue for c in claims):
        venue = _venue_claim(text, after, run, tables, [c for c in claims if c.kind == "status"])
        if venue:
            claims.append(venue)
    claims.sort(key=lambda c: (c.span.line, c.span.column))
    years = _YEAR_IN_TEXT.findall(text[after:]) or _YEAR_IN_TEXT.findall(text[offset:start])
    texts = [Text(t.info.text, t.info.span(path)) for t in draft.lines]
    first, last = draft.lines[0].info.span(path), draft.lines[-1].info.span(path)
    span = first.__class__(path, first.line, first.column, last.end_line, last.end_column, first.page)
    heading = draft.section.heading.info.text if draft.section.heading else ""
    return Entry("publications", heading, Text(title, run.span(start, start + len(title))), span,
                 _date_after(text, block[1] if block else offset, run, (start, start + len(title))),
                 texts, claims, authors, authors_span, int(years[0]) if years else None, header_lines=len(draft.header))


def _date_after(text: str, start: int, run: TextRun, title: tuple[int, int]) -> Optional[DateRange]:
    """A publication's date: the first one after its author list (a "Winter" in the list is a
    name), one outside its title first: in the title, a range names an event (``the 2015/16 El
    Niño``), and a single date is taken only for want of another (a title that runs on into
    the venue holds the year)."""
    dates = []
    for found in find_dates(text[start:]):
        s, e = start + found.start, start + found.end
        in_title = title[0] <= s and e <= title[1]
        if found.date and not found.problem and not (in_title and found.is_range):
            dates.append((in_title, s, e, found))
    for _, s, e, found in sorted(dates, key=lambda d: d[0]):  # (a stable sort: in order, those outside first)
        return DateRange(found.text, run.span(s, e), found.date, found.end_date, found.open_end, found.is_range,
                         False, found.start_text, found.end_text)
    return None


# -- authors ---------------------------------------------------------------------------

def author_block(text: str, start: int) -> Optional[tuple[list[tuple[int, int]], int]]:
    """The author list that starts at ``start``: each name's (start, end) and where the list
    ends. None unless it begins with a name."""
    names: list[tuple[int, int]] = []
    position = start
    end = start
    while position < len(text):
        sep = _SEPARATOR.search(text, position)
        opening = text.find("[", position)
        if sep and 0 <= opening < sep.start():  # "[and 17 others, including …]": one piece
            close = text.find("]", opening)
            if close > sep.start():
                sep = _SEPARATOR.search(text, close)
        piece_end = sep.start() if sep else len(text)
        quote = _QUOTE_MARK.search(text, position, piece_end)
        if quote and quote.start() > position:  # 'Sato, H. "Title."': the title's quote ends the list
            piece_end, sep = quote.start(), None
        piece = text[position:piece_end]
        cut = _SENTENCE_BREAK.search(piece)
        bracket = _BRACKET.match(piece.lstrip(" *_"))
        if bracket:  # "[and 23 others including Berg S.W.]"
            lead = len(piece) - len(piece.lstrip(" *_"))
            end = position + lead + bracket.end()
            cut = _SENTENCE_BREAK.search(piece, lead + bracket.end())
            if cut:
                return (names, end) if names else None
        elif _ET_AL.match(piece):  # "…, et al. 2021.": the list ends here
            end = position + len(piece)
            cut = _SENTENCE_BREAK.search(piece, _ET_AL.match(piece).end())
            if cut:
                end = position + cut.end()
            break
        else:
            candidate = piece[: cut.start()] if cut else piece
            initials = _INITIALS_THEN_TITLE.match(candidate)
            if initials and names and _bare_surname(text[names[-1][0]:names[-1][1]]) and any(
                    _INITIALS_ONLY.fullmatch(_clean(text[s:e])) for s, e in names):  # a "Surname, I." list
                # "…, Novak, M. Tidal Forecasting and …": the surname's initials end the list
                names.append((position + initials.start(1), position + initials.end(1)))
                end = position + initials.end(1)
                break
            if "[" in candidate:  # "Holm D. [and 17 others]": the name before the note
                candidate = candidate[: candidate.index("[")]
                cut = cut or _SENTENCE_BREAK.search(piece, piece.find("]") + 1 if "]" in piece else len(piece))
            name = _clean(candidate)
            tail = None
            if name and not _NAME_PIECE.fullmatch(name):
                # "Okafor, J. D. in submission process": a name, then the sentence goes on
                tail = _NAME_THEN_TEXT.match(candidate)
                if tail and names:
                    candidate, name, cut = tail.group(1), _clean(tail.group(1)), None
            if not name or not _NAME_PIECE.fullmatch(name) or len(name.split()) > 6 or not _HAS_WORD.search(name) \
                    and not names:
                break
            lead = len(candidate) - len(candidate.lstrip(" *_"))
            names.append((position + lead, position + len(candidate.rstrip(" _"))))
            if tail:
                end = position + len(candidate)
                break
            end = position + (cut.end() if cut else len(candidate))
            if cut:
                break
        if not sep:
            break
        position = sep.end()
    if not names:
        return None
    return _pair_initials(text, names), end


_HAS_WORD = patterns.compile(r"[A-Za-zÀ-ÿ]{2,}")
_STATUS_TAIL = patterns.compile(r"\s+[—–-]+\s+(?=(?:accepted|submitted|under review|in review|in preparation|in press|to appear"
                             r"|forthcoming|r&r|revise|published|presented|major revision|minor revision)\b)", re.I)
_LEADING_YEAR = patterns.compile(r"\s*\(?(?:19|20)\d\d[a-z]?\)?[.,:]?\s+(?=\S)")
_AUTHOR_NOTE = patterns.compile(r"\s*\([^()]{0,60}\b(?:author|contribution|contributed|alphabetical|order|students?|supervis\w*)\b[^()]{0,30}\)\s*",
                               re.I)
_QUOTE_MARK = patterns.compile(r"[\"“‘]")
_ET_AL = patterns.compile(r"\s*(?:and\s+)?et\.? al\.?", re.I)
_NAME_THEN_TEXT = patterns.compile(rf"(\s*(?:\*\*)?(?:{_INITIAL}[\s-]?){{0,4}}(?:{_WORD}[\s-]?){{0,3}}(?:{_INITIAL}[\s-]?){{0,4}}(?:\*\*)?)\s+(?=[a-z(]|(?:19|20)\d\d\b)")
_INITIALS_ONLY = patterns.compile(rf"(?:{_INITIAL}[\s-]?){{1,4}}")


_CONJUNCTION = patterns.compile(r"^(?:and|&)\s+")


_INITIALS_THEN_TITLE = patterns.compile(r"\s*((?:[A-Z]\.\s?-?){1,3})\s+(?![A-Z]\.)(?=[A-Z][A-Za-z]|[0-9“‘\"])")
_BARE_SURNAME = patterns.compile(rf"\s*(?:and\s+|&\s*)?(?:{_WORD}[\s-]?){{1,3}}")


def _bare_surname(text: str) -> bool:
    """A name piece without initials: a surname whose initials come as the next piece."""
    return bool(_BARE_SURNAME.fullmatch(_clean(text)))


def _clean(text: str) -> str:
    text = _CONJUNCTION.sub("", text.strip(" _"))
    return text.replace("**", "").strip(" *_" + _MARKS).strip()


def _pair_initials(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Costa, I.S., Weber, W.``: surnames and their initials split by commas."""
    pieces = [_clean(text[s:e]) for s, e in names]
    if len(pieces) >= 2 and all(_INITIALS_ONLY.fullmatch(p) for p in pieces[1::2]) \
            and not any(_INITIALS_ONLY.fullmatch(p) for p in pieces[0::2]):
        paired = [(names[i][0], names[i + 1][1]) for i in range(0, len(names) - 1, 2)]
        if len(names) % 2:
            paired.append(names[-1])
        return paired
    return names


def _authors(run: TextRun, names: list[tuple[int, int]], owner: list[str], legend: Legend) -> list[Author]:
    authors = []
    text = run.text
    for start, end in names:
        raw = text[start:end]
        marks = {c for c in raw if c in _MARKS}
        name = _clean(raw)
        if not name or name.lower().startswith("et al"):
            continue
        bold = any(b < end and start < e for b, e in run.bold)
        authors.append(Author(name, is_self=bold or is_owner(name, owner), equal_contribution=bool(marks & legend.equal)))
    if sum(a.is_self for a in authors) > 1:  # bold used for something else: trust the name
        for a in authors:
            a.is_self = is_owner(a.name, owner) if owner else a.is_self
    return authors


def is_owner(name: str, owner: list[str]) -> bool:
    """The author is the CV's owner: a full word of the printed name is a word of the owner's
    name, and every other part is one of its words or their initials (``Berg S.W.``,
    ``S. Berg``, ``Lena Okafor`` for Sara W. Berg and Lena Ada Okafor). A family name alone
    is not enough."""
    tokens = name_tokens(name)
    for full in owner:
        words = name_tokens(full)
        if not tokens or not words:
            continue
        if "".join(tokens) == "".join(words):
            return True
        shared = [t for t in tokens if len(t) > 1 and t in words]
        rest = [t for t in tokens if t not in shared]
        if shared and (rest or len(shared) >= 2) and all(_initials_of(t, words) for t in rest):
            return True
    return False


def _initials_of(token: str, words: tuple, max_letters: int = 4) -> bool:
    return len(token) <= max_letters and all(any(w.startswith(c) for w in words) for c in token)


# -- title and venue -------------------------------------------------------------------

def _skip_punctuation(text: str, i: int) -> int:
    while i < len(text) and text[i] in " .,;:\"”*_":
        i += 1
    return i


def _sentence_at(text: str, start: int) -> Optional[tuple[int, int]]:
    start = _skip_punctuation(text, start)
    if start >= len(text):
        return None
    cut = _SENTENCE_BREAK.search(text, start)
    return start, cut.start() if cut else len(text)


def _next_sentence(text: str, start: int) -> Optional[tuple[int, int]]:
    """The first sentence after the author list that is not a year or a status word."""
    position = start
    for _ in range(4):
        found = _sentence_at(text, position)
        if not found:
            return None
        s, e = found
        if _SKIPPABLE.match(text[s:e].strip(" ()_*.,")) and e < len(text):
            position = e + 1
            continue
        return found
    return None


def _extend_venues(claims: list[Claim], text: str, run: TextRun, tables: Tables, max_words: int = 16) -> None:
    """``submitted to Soil, Water & Climate``, ``Under review at the 20th European
    Conference on …``: a status in a citation that names (or announces) a venue names it to
    the end of its sentence — or to the next claim in it (``Under review at ICML 2024;
    submitted to ICML 2024``: two claims, not one holding the other); the claim's text says all of it."""
    starts = sorted(o for c in claims for o in [_offset_of(run, c)] if o is not None)
    for claim in claims:
        announces = claim.text.rstrip().lower().endswith((" at", " to", " in", " for", " by"))
        if claim.kind != "status" or not (claim.venue or announces):
            continue  # "in submission process": no venue named, nothing to extend
        start = _offset_of(run, claim)
        if start is None:
            continue
        cut = _SENTENCE_BREAK.search(text, start + len(claim.text))
        end = cut.start() if cut else len(text)
        end = min([end] + [o for o in starts if o > start])
        end = start + len(claim.text) + len(_TRAILING_NUMBERS.sub("", text[start + len(claim.text):end]).rstrip(" ;,(["))
        if end > start + len(claim.text) and len(text[start:end].split()) <= max_words:
            claim.text = text[start:end].strip()
            claim.span = run.span(start, start + len(claim.text))
            if not claim.venue:
                known = find_venue(claim.text, tables)
                acronym = _ACRONYM.search(claim.text)
                claim.venue = known[2] if known else acronym.group(1) if acronym else None
                if known and claim.venue_year is None:
                    claim.venue_year = known[3]


def _offset_of(run: TextRun, claim: Claim) -> Optional[int]:
    i = run.text.find(claim.text)
    return i if i >= 0 else None


def _venue_claim(text: str, after: int, run: TextRun, tables: Tables, statuses: list[Claim],
                 max_words: int = 20) -> Optional[Claim]:
    """Where a listed publication appeared: the sentence after its title (``In Proc. of …``).
    Where the citation states a status without a venue (``accepted``), the venue joins it."""
    lead = _LEAD_IN.match(text, after)
    start = lead.end() if lead else after
    cut = _SENTENCE_BREAK.search(text, start)
    end = cut.start() if cut else len(text)
    segment = text[start:end]
    segment = _TRAILING_NUMBERS.sub("", segment).strip(" ,;:*_")
    if not segment or len(segment.split()) > max_words or _PREPRINT.search(segment) or not segment[:1].isalnum():
        return None
    end = start + len(segment)
    spans = [(o, o + len(c.text)) for c in statuses for o in [text.find(c.text)] if o >= 0]
    if any(s < end and start < e for s, e in spans):
        return None  # the sentence is the status itself ("in submission process")
    known = find_venue(segment, tables)
    if statuses:
        for claim in statuses:
            claim.venue = known[2] if known else (_ACRONYM.search(segment).group(1) if _ACRONYM.search(segment) else None)
            claim.venue_year = known[3] if known else claim.venue_year
        return Claim("venue", segment, run.span(start, end), venue=statuses[0].venue)
    if known:
        _, _, name, year = known
        return Claim("status", segment, run.span(start, end), status="published", venue=name, venue_year=year)
    acronym = _ACRONYM.search(segment) or _SHORT_VENUE.match(segment)
    year = _YEAR_IN_TEXT.search(segment)
    return Claim("venue", segment, run.span(start, end), venue=acronym.group(1) if acronym else None,
                 venue_year=int(year.group(1)) if year else None)


_STANDALONE = patterns.compile(r"(?<![\w-])(accepted|in press|to appear|forthcoming)(?=[\s._*,;)]|$)", re.I)


def _standalone_statuses(text: str, run: TextRun, claims: list[Claim]) -> list[Claim]:
    """``_accepted_ .``, ``in press``: in a citation an acceptance needs no venue beside it (the
    citation names it); find_claims keeps only those that name one."""
    out = []
    taken = [(o, o + len(c.text)) for c in claims for o in [text.find(c.text)] if o >= 0]
    for m in _STANDALONE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append(Claim("status", m.group(1), run.span(m.start(), m.end()), status="accepted"))
    return out

