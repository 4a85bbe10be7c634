"""Integrity: what a CV holds that its reader is not meant to see."""

from __future__ import annotations

import bisect
import re

from .. import patterns
from ..extract.layout import is_page_number, strip_dates
from ..finding import Hit, Related
from ..model import Span, line_values
from ..names import fold
from ..privacy import mask_phones
from .base import check, gated_lines


@check("hidden-text", gives=("how", "text"), max_quote=80)
def hidden_text(profile, params, ctx):
    """Text the file holds but a reader of the page does not see — white on white, type a few
    points high, off the page, drawn invisibly or under a filled shape — with how it is hidden
    and the text (its first ``max_quote`` characters; phone numbers masked). A page number
    alone ("1", "2 / 5", "Page 3 of 4") set off the page hides nothing a reader needs."""
    for hidden in profile.hidden:
        if not is_page_number(hidden.text):
            yield Hit(hidden.span, {"text": _quote(hidden.text, params["max_quote"]), "how": hidden.how})



@check("screener-instruction", gives=("kind", "text", "where"), max_quote=80)
def screener_instruction(profile, params, ctx):
    """Words addressed to software that screens CVs — an instruction to ignore its
    instructions, to rank the candidate first, or spoken to it as an AI — written as an
    instruction (where a sentence starts), in the CV's text or in its hidden text. One finding
    a line, quoting the words from the instruction on."""
    table = ctx.tables.screener  # each gate looked for once through the text (gated_lines)
    for line, instructions in gated_lines(profile, table.instructions):
        found = next(((i.kind, m) for i in instructions for m in i.finditer(line.value)), None)  # the first, as table.find
        if found:
            kind, m = found
            start = m.start("said")
            span = Span(line.span.path, line.span.line, start + 1, line.span.line, len(line.value) + 1, line.span.page)
            yield Hit(span, {"kind": kind, "text": _quote(line.value[start:], params["max_quote"]), "where": ""})
    for hidden in profile.hidden:
        for kind, m in table.find(hidden.text):
            yield Hit(hidden.span, {"kind": kind, "text": _quote(hidden.text[m.start("said"):], params["max_quote"]),
                                    "where": f" in hidden text ({hidden.how})"})
            break


def _quote(text: str, most: int) -> str:
    """CV text quoted in a finding: one line, phone numbers masked, cut at ``most``."""
    return _cut(mask_phones(" ".join(text.split())), most)


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"


@check("template-residue", gives=("text", "what"), max_quote=60)
def template_residue(profile, params, ctx):
    """Placeholder text a CV template ships with — lorem ipsum, "Your Name", "[Dates]",
    ``name@example.com``, ``555-0100``, a template's sample entries — left in the CV. One
    finding a line, at the first placeholder on it; a commented-out line shows nothing."""
    for line, residues in gated_lines(profile, ctx.tables.residue):  # each prefix looked for once through the text
        if line.span.line in profile.comment_lines:
            continue
        for residue in residues:
            m = next(iter(residue.finditer(line.value)), None)
            if m:
                n = line.span.line
                span = Span(line.span.path, n, m.start() + 1, n, m.end() + 1, line.span.page)
                # a template's placeholder: nobody's contact details, shown as is
                yield Hit(span, {"what": residue.what, "text": _cut(" ".join(m.group().split()), params["max_quote"])})
                break


# an entry named by an event (a fragment of a publication list read as an entry of its own)
_EVENT = patterns.compile(r"\b(?:conference|workshop|symposium|proceedings|congress|colloquium|summit|conférence|congrès"
                          r"|congreso|conferencia|tagung|konferenz|convegno|jornadas|colloque)\b", re.I)


_PAGE_RULE = patterns.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*")  # a text export's page break


def _page_between(page_rules: list[int], first: Span, again: Span) -> bool:
    """Whether a page ends between two places: their pages differ (a PDF), or a rule line of a
    text export (``page_rules``: their numbers, in order) stands between them."""
    if first.page is not None and again.page is not None:
        return first.page != again.page
    return bisect.bisect_left(page_rules, first.line + 1) < bisect.bisect_left(page_rules, again.line)


def _page_rules(profile) -> list[int]:
    return [number for number, text in enumerate(line_values(profile.lines), 1) if _PAGE_RULE.fullmatch(text)]


def _repeated_blocks(twice: dict[int, int], least: int) -> set[int]:
    """The entries in a run of ``least`` or more consecutive entries that repeat, in order, a
    run of consecutive earlier ones (a block printed again). One pass over the repeats."""
    found: set[int] = set()
    run: list[int] = []
    for index in sorted(twice):
        if run and not (index == run[-1] + 1 and twice[index] == twice[run[-1]] + 1):
            found.update(run if len(run) >= least else ())
            run = []
        run.append(index)
    found.update(run if len(run) >= least else ())
    return found


@check("duplicate-entry", gives=("entry", "heading", "line"), min_words=2, publication_similarity=95, repeated_block=2)
def duplicate_entry(profile, params, ctx):
    """The same entry twice in one section of one version: a position, degree or award with
    the same title, organisation, role and place (``min_words`` words at least, in any order)
    and the same dates; a publication whose title is ``publication_similarity`` alike
    (rapidfuzz ratio, words sorted) in the same year, with the same numbers in it ("Part 1" and
    "Part 2" are two works), by the same authors where both name them. Two sections may list one paper
    (selected and all publications); one section should not. A page of a site's collection is
    one item: its body repeating its citation ("Recommended citation: …") is that item. A run
    of ``repeated_block`` entries or more repeating an earlier run in order, on another page, is
    a block printed again (a side column on every page of a PDF or its text export), not a slip."""
    seen: dict[tuple[str, str], list[tuple[str, set[str], int]]] = {}
    reported: set[int] = set()
    entries = () if profile.source.collection else profile.entries
    twice: dict[int, int] = {}  # an entry listed again -> the one it repeats (indices)
    for index, entry in enumerate(entries):
        key = _entry_key(entry)
        words = set(key.split())  # distinct already: the key's words are a sorted set
        if len(words) < params["min_words"]:
            continue
        earlier = seen.setdefault((entry.section, entry.heading), [])
        for first_key, first_words, first_index in earlier:
            first = entries[first_index]
            if entry.section == "publications":  # one title by other authors: another work (a talk given twice)
                same = entry.year == first.year and _numbers(words) == _numbers(first_words) \
                    and _alike(key, first_key, words, first_words) >= params["publication_similarity"] \
                    and not (entry.authors and first.authors and _author_names(entry) != _author_names(first))
            else:  # several papers or talks at one event are no duplicate of an entry named by it
                same = key == first_key and _dates(entry) == _dates(first) and not _EVENT.search(entry.title.value) \
                    and (entry.dates is not None or _details(entry) == _details(first) != ())
            if same:
                twice[index] = first_index
                break
        else:
            earlier.append((key, words, index))
    blocks = _repeated_blocks(twice, params["repeated_block"])
    page_rules = _page_rules(profile) if blocks else []
    for index, first_index in twice.items():
        entry, first = entries[index], entries[first_index]
        if index in blocks and _page_between(page_rules, first.span, entry.span):
            continue  # a page's side column printed again on the next page, not a slip
        heading = (entry.heading or entry.section).strip().rstrip(":：").strip()
        reported.add(entry.span.line)
        yield Hit(entry.span, {"entry": entry.label, "heading": heading, "line": first.span.line},
                  related=[Related(first.span, "listed here first")])
    # a BibTeX file's entries: one key or one DOI twice (where the titles did not already say so)
    firsts: dict[tuple[str, str], object] = {}
    for fact in profile.facts:
        if fact.name not in ("bibtex key", "doi") or fact.span is None:
            continue
        first = firsts.setdefault((fact.name, fact.value.casefold()), fact)
        if first is not fact and fact.span.line not in reported:
            reported.add(fact.span.line)
            yield Hit(fact.span, {"entry": f"{fact.name} {fact.value}", "heading": "the file", "line": first.span.line},
                      related=[Related(first.span, "listed here first")])


def _alike(a: str, b: str, words_a: set[str], words_b: set[str], min_shared: float = 0.6) -> float:
    """rapidfuzz's ratio of two keys (``words_a``, ``words_b``: their words); 0 without asking
    it when they share under ``min_shared`` of their words (two papers of one year seldom do,
    and the import costs ~10 ms)."""
    if a == b:
        return 100.0
    if len(words_a & words_b) < min_shared * max(len(words_a), len(words_b), 1):
        return 0.0
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)


_ROMAN = frozenset("ii iii iv v vi vii viii ix x".split())


def _numbers(words: set[str]) -> set[str]:
    """The numbers of a title ("Part 2", "Tidal Flows II"): two titles alike but for them are
    two works."""
    return {w for w in words if w.isdigit() or w in _ROMAN}


def _author_names(entry) -> set[str]:
    """The authors' surnames, folded ("W. Zhang" and "Wei Zhang" are one author)."""
    return {fold(author.name).split()[-1] for author in entry.authors if author.name.split()}


def _entry_key(entry) -> str:
    """What names an entry, folded, words sorted: its title, organisation, role and place, and
    its first line without its dates (a degree's subject: two degrees of one university)."""
    parts = [entry.title] + ([] if entry.section == "publications" else [entry.org, entry.role, entry.location])
    texts = [part.value for part in parts if part is not None]
    if entry.section != "publications" and entry.lines:
        texts.append(strip_dates(entry.lines[0].value))
    text = fold(" ".join(texts))
    return " ".join(sorted(set(_WORDS.findall(text))))


_WORDS = patterns.compile(r"[\w&+#]+")


def _details(entry) -> tuple:
    """The lines under an entry's header that say something (a leader of dots does not): with
    no dates, an organisation's name over two stints there is a duplicate only if what follows
    is the same too."""
    return tuple(t.value for t in entry.lines[max(entry.header_lines, 1):] if any(c.isalpha() for c in t.value))


def _dates(entry) -> tuple:
    found = entry.dates
    return (found.start, found.end, found.open_end) if found is not None else ()
