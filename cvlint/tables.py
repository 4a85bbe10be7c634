"""Reference tables (venue aliases, status and authorship phrases, email providers,
personal-data labels), read from ``rules/data`` once per run.

Start-up time matters (cvlint runs on every commit), so nothing here compiles a large regular
expression: venues are looked up word by word in a dict, and each phrase pattern is compiled
only when a line contains its literal prefix."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterator, Optional

from . import patterns
from .model import record
from .rule_files import builtin_rules_dir, load_toml

_WORD = patterns.compile(r"[\w&]+")
# an unknown venue folded for comparison: without "the", "proceedings of", its year and its marks
_VENUE_FILLER = patterns.compile(r"\b(the|proceedings of|proc\.|in)\b")
_YEAR_OR_MARKS = patterns.compile(r"['’`]?\d{2,4}\b|[^\w&]+")
_SPACES = patterns.compile(r"\s+")
_REGEX_SPECIAL = set("()[]{}|?*+.^$\\")


def literal_prefix(pattern: str) -> str:
    """The lower-cased literal text every match of ``pattern`` starts with ('' if none)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            out.append(pattern[i + 1])  # an escaped punctuation mark is itself
            i += 2
            continue
        if c in _REGEX_SPECIAL:
            if c in "?*{" and out:
                out.pop()  # the character before an optional quantifier may be absent
            break
        out.append(c)
        i += 1
    return "".join(out).lower()


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth) of each character of ``pattern`` that is syntax: not
    escaped, not inside a character class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern[i + 1:i + 2] == "]"  # "[]…]": a closing bracket first is a member
        else:
            depth -= c == ")"
            yield i, c, depth
            depth += c == "("
        i += 1


def _group_end(pattern: str) -> int:
    """The index just past the group that opens ``pattern`` (-1 if it never closes)."""
    return next((i + 1 for i, c, depth in _syntax(pattern) if c == ")" and depth == 0), -1)


def _top_level_alternatives(body: str) -> list[str]:
    cuts = [i for i, c, depth in _syntax(body) if c == "|" and depth == 0]
    return [body[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(body)])]


def literal_prefixes(pattern: str) -> list[str]:
    """Lower-cased literal texts one of which every match of ``pattern`` starts with ([] if
    there is none): past leading look-arounds, and one prefix an alternative where the
    pattern opens with a group of alternatives ("(?:joint|co) first" -> joint, co)."""
    while pattern.startswith(("(?<!", "(?<=", "(?!", "(?=", "^")):
        if pattern.startswith("^"):
            pattern = pattern[1:]
            continue
        end = _group_end(pattern)
        if end < 0:
            return []
        pattern = pattern[end:]
    if pattern.startswith("(?:") or (pattern.startswith("(") and not pattern.startswith("(?")):
        end = _group_end(pattern)
        if end < 0 or pattern[end:end + 1] == "{":
            return []
        body = pattern[3 if pattern.startswith("(?:") else 1:end - 1]
        found = [prefix for alternative in _top_level_alternatives(body) for prefix in literal_prefixes(alternative) or [""]]
        if pattern[end:end + 1] in ("?", "*"):  # an optional group: a match starts with it or with what follows
            rest = pattern[end + 1:].removeprefix("?")
            found += literal_prefixes(rest) or [""]
        return found if all(found) else []
    prefix = literal_prefix(pattern)
    return [prefix] if prefix else []


_QUANTIFIER = patterns.compile(r"\{(\d*)(?:,\d*)?\}")


def _quantified(pattern: str, i: int) -> tuple[bool, bool, int]:
    """The quantifier at ``i``, if any: (may the atom before it be absent, may it be there other
    than once — what follows it may then not be next to it —, the index past it)."""
    c = pattern[i:i + 1]
    if c in ("?", "*", "+"):
        end = i + 1 + (pattern[i + 1:i + 2] in ("?", "+"))  # lazy or possessive
        return c != "+", True, end
    m = _QUANTIFIER.match(pattern, i) if c == "{" else None
    if m:
        end = m.end() + (pattern[m.end():m.end() + 1] in ("?", "+"))
        return not int(m.group(1) or 0), True, end
    return False, False, i


def required_literal(pattern: str) -> str:
    """The longest lower-cased text every match of ``pattern`` holds: a run of characters
    written as such at its top level (outside groups and classes), none of them optional
    ('' if there is none, or the pattern has top-level alternatives). "in (?:the )?submission"
    holds "submission" wherever it matches; its literal prefix, "in ", is in most lines."""
    best, run, i = "", "", 0
    while i < len(pattern):
        c = pattern[i]
        literal = None
        if c == "\\":
            following = pattern[i + 1:i + 2]
            literal = following if following and not following.isalnum() else None  # "\." is "."; "\d", "\b" are not text
            i += 2
        elif c == "[":  # a class: to its closing bracket (one first, or after "^", is a member)
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        elif c == "(":
            end = _group_end(pattern[i:])
            if end < 0:
                return ""
            i += end
        elif c == "|":
            return ""
        elif c in "?*+{)]}.^$":
            i += 1
        else:
            literal, i = c, i + 1
        optional, repeats, i = _quantified(pattern, i)
        if literal is not None and not optional:
            run += literal
        if literal is None or optional or repeats:  # the run ends here: what follows may not be next to it
            best, run = max(best, run, key=len), ""
    return max(best, run, key=len).lower()


def gates(alternative: str, short: int = 4) -> list[str]:
    """What a line must hold for ``alternative`` to match in it: its literal prefixes or, when
    one is shorter than ``short`` (or there is none), the text it holds wherever it matches if
    that is longer (a longer gate is in fewer lines); [] if neither (the pattern is tried on
    every line). Worked out for every table pattern at each run: kept to a few cheap steps."""
    branches = _top_level_alternatives(alternative) if "|" in alternative else [alternative]
    if len(branches) > 1:  # "a|b": a gate of each, or none
        found = [gates(branch, short) for branch in branches]
        return [gate for each in found for gate in each] if all(found) else []
    prefixes = literal_prefixes(alternative)
    shortest = min(map(len, prefixes)) if prefixes else 0
    if shortest < short:
        held = required_literal(alternative)
        if len(held) > shortest:
            return [held]
    return prefixes


# each table alternative's gates, worked out once: kept in the cache between runs like a parsed
# TOML file, as plain data with the size and time of what made it (this file: an edit of how
# gates are made starts afresh)
_GATES: dict[str, list[str]] = {}


def _gates_of(alternative: str) -> list[str]:
    found = _GATES.get(alternative)
    if found is None:
        found = _GATES[alternative] = gates(alternative)
    return found


def _gates_key() -> tuple[str, tuple[int, int]]:
    made_by = os.stat(__file__)
    return f"gates:{os.path.abspath(__file__)}", (made_by.st_mtime_ns, made_by.st_size)


def _remembered_gates() -> int:
    """Fill ``_GATES`` from the cache (an entry of another shape, or of another tables.py, is
    ignored); how many it holds."""
    from . import cache

    key, stamp = _gates_key()
    stored = cache.get(key)
    if isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == stamp and isinstance(stored[2], dict) \
            and all(isinstance(v, list) and all(isinstance(g, str) for g in v) for v in stored[2].values()):
        _GATES.update(stored[2])
    return len(_GATES)


def _remember_gates() -> None:
    from . import cache

    key, stamp = _gates_key()
    cache.put(key, (*stamp, dict(_GATES)))


class GatedPattern:
    """A case-insensitive pattern compiled on first use, with the literal texts one of which
    every match starts with (none if one alternative has none): a ``PatternSet`` tries it only
    on lines that hold one."""

    __slots__ = ("pattern", "prefixes", "_compiled")

    def __init__(self, pattern: str, alternatives: list[str]):
        self.pattern = pattern
        prefixes = [_gates_of(a) for a in alternatives]
        self.prefixes = [p for found in prefixes for p in found] if all(prefixes) else []
        self._compiled: Optional[re.Pattern] = None

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self._compiled is None:
            self._compiled = patterns.compile(self.pattern, re.I)
        return self._compiled.finditer(text)


class PatternSet:
    """Gated patterns tried together: the literal prefixes a text holds are found once, then
    only the patterns gated by one of them are tried, in the set's order. A table of fifty
    patterns costs one pass of cheap tests over a line (``candidates``: a substring test each, in
    C), or, through a whole document, one pass of an Aho–Corasick automaton over its text
    (``by_line``) — not fifty pattern calls a line. (Measured: one alternation of the prefixes
    is slower than either, ``re`` trying each alternative at every position.)"""

    __slots__ = ("entries", "_always", "_prefixes", "_by_prefix", "_automaton")

    def __init__(self, entries: list):
        self.entries = entries
        self._always = [i for i, entry in enumerate(entries) if not entry.prefixes]  # no gate: always tried
        self._by_prefix: dict[str, list[int]] = {}
        for i, entry in enumerate(entries):
            for prefix in entry.prefixes:
                self._by_prefix.setdefault(prefix, []).append(i)
        self._prefixes = list(self._by_prefix)
        self._automaton = None  # on first use: the tables tried a line at a time never need it

    def by_line(self, lowered_document: str, starts: list[int]) -> Optional[dict[int, list]]:
        """For each line of a document that holds one of this set's prefixes, by its index, the
        entries worth trying on it (what ``candidates`` gives for that line; lines left out
        have none): every prefix found in one pass over the whole lower-cased text, not tested
        in every line. ``starts``: where each line starts in ``lowered_document`` (the lines
        joined by newlines, then lower-cased, with no character's length changed). None when
        some entry has no gate: every line has one."""
        if self._always:
            return None
        if self._automaton is None:
            self._automaton = _automaton({prefix: (len(prefix), tuple(entries)) for prefix, entries in self._by_prefix.items()})
        found: dict[int, set[int]] = {}
        for end, (length, entries) in self._automaton.iter(lowered_document):
            line = bisect_right(starts, end - length + 1) - 1  # where the prefix starts
            chosen = found.get(line)
            if chosen is None:
                chosen = found[line] = set()
            chosen.update(entries)
        return {line: [self.entries[i] for i in sorted(chosen)] for line, chosen in sorted(found.items())}

    def candidates(self, lowered: str) -> list:
        """The entries worth trying on a text whose lower-cased form is ``lowered``."""
        found = [prefix for prefix in self._prefixes if prefix in lowered]
        if not found:
            return [self.entries[i] for i in self._always]
        chosen = set(self._always)
        for prefix in found:
            chosen.update(self._by_prefix[prefix])
        return [self.entries[i] for i in sorted(chosen)]


def _automaton(values: dict[str, object]):
    """An Aho–Corasick automaton of ``values``' keys (pyahocorasick, in C): its ``iter(text)``
    gives the end and the value of every key found in ``text``, overlapping ones included."""
    import ahocorasick  # here: a run that reads no document's whole text does not load it

    automaton = ahocorasick.Automaton()
    for key, value in values.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


class Phrase(GatedPattern):
    """A status or authorship phrase: a whole-word pattern and the value it stands for."""

    __slots__ = ("value", "rank", "source", "known_venue_only")

    def __init__(self, value: str, rank: int, source: str, known_venue_only: bool = False):
        super().__init__(rf"(?<!\w){source}(?!\w)", [source])
        self.value, self.rank, self.source = value, rank, source
        self.known_venue_only = known_venue_only


@record
class VenueMatch:
    """Where a known venue is named in a text."""

    start: int
    end: int
    text: str


class VenueTable:
    """Every way a CV names a venue, looked up by first word. One-word aliases match case
    sensitively (FAST is a venue, "fast" is not); longer ones in any case."""

    def __init__(self, data: dict[str, list[str]]):
        self.data = data
        self.canonical: dict[str, str] = {}
        # first word (folded if the alias is case-insensitive) -> [(words, separators, sensitive)]
        self._by_first: dict[str, list[tuple[list[str], list[str], bool]]] = {}
        for name, aliases in data.items():
            for alias in {name, *aliases}:
                alias = alias.strip()
                sensitive = " " not in alias
                self.canonical[alias if sensitive else alias.casefold()] = name
                words = _WORD.findall(alias if sensitive else alias.casefold())
                pieces = _WORD.split(alias)
                separators = [_fold_space(s) for s in pieces[1:-1]]
                trailing = pieces[-1]  # "Proc." keeps its dot
                entry = (words, separators + [trailing], sensitive)
                self._by_first.setdefault(words[0], []).append(entry)
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -sum(map(len, e[0])) - sum(map(len, e[1])))

    def extended(self, more: dict[str, list[str]]) -> "VenueTable":
        """This table with more venues or aliases (a project's ``extend-venues``)."""
        merged = {name: list(aliases) for name, aliases in self.data.items()}
        for name, aliases in more.items():
            merged.setdefault(name, []).extend(aliases)
        return VenueTable(merged)

    def match(self, text: str, pos: int) -> Optional[VenueMatch]:
        """The longest alias that starts at ``pos`` (a word start)."""
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_&"):
            return None
        words = [(m.group(), m.start(), m.end()) for m in _iter_words(text, pos, 12)]
        if not words or words[0][1] != pos:
            return None
        first = words[0][0]
        for candidates in (self._by_first.get(first), self._by_first.get(first.casefold())):
            for alias_words, separators, sensitive in candidates or ():
                end = self._match_at(text, words, alias_words, separators, sensitive)
                if end is not None:
                    return VenueMatch(pos, end, text[pos:end])
        return None

    @staticmethod
    def _match_at(text, words, alias_words, separators, sensitive) -> Optional[int]:
        if len(words) < len(alias_words):
            return None
        for i, alias_word in enumerate(alias_words):
            word = words[i][0] if sensitive else words[i][0].casefold()
            if word != alias_word:
                return None
            if i + 1 < len(alias_words) and _fold_space(text[words[i][2]:words[i + 1][1]]) != separators[i]:
                return None
        end = words[len(alias_words) - 1][2]
        trailing = separators[len(alias_words) - 1]
        if trailing:
            if not text.startswith(trailing, end):
                return None
            end += len(trailing)
        return end

    def search(self, text: str) -> Optional[VenueMatch]:
        """The first alias named anywhere in ``text``."""
        for m in _WORD.finditer(text):
            if m.group() in self._by_first or m.group().casefold() in self._by_first:
                found = self.match(text, m.start())
                if found:
                    return found
        return None

    def normalise(self, text: str) -> str:
        """Canonical name of a venue as written; unknown venues are folded for comparison."""
        key = self.canonical.get(text) or self.canonical.get(_fold_space(text).casefold())
        if key:
            return key
        folded = _VENUE_FILLER.sub(" ", text.casefold())
        folded = _YEAR_OR_MARKS.sub(" ", folded)
        return " ".join(folded.split())


def _fold_space(text: str) -> str:
    return _SPACES.sub(" ", text)


def _iter_words(text: str, pos: int, limit: int):
    for i, m in enumerate(_WORD.finditer(text, pos)):
        if i == limit:
            return
        yield m


class PhraseTable(PatternSet):
    """The phrases of one kind (status or authorship), in the order they are tried."""

    __slots__ = ()

    def rank(self, value: str) -> int:
        return next((p.rank for p in self.entries if p.value == value), 0)


class PersonalDataKind(GatedPattern):
    """A kind of personal data: one of its labels, then separators, then a value."""

    __slots__ = ("name",)

    def __init__(self, name: str, labels: list[str], value: str):
        alternation = "|".join(labels)
        # a label ends at a word's end, or on a sign ("\\cvdate{" is followed by the date itself)
        super().__init__(rf"(?<![\w])(?P<label>{alternation})(?:(?<=\w)(?!\w)|(?<!\w))[\s:：|*_\-–]*(?P<value>{value})", labels)
        self.name = name


class ScreenerInstruction(GatedPattern):
    """Words addressed to software that screens CVs, of one kind (``kind`` says what they do),
    where a sentence starts: after a line start, a bullet or sentence punctuation, and any of
    the table's lead-ins ("Please", "Note:", "AI,")."""

    __slots__ = ("kind",)

    def __init__(self, kind: str, phrases: list[str], lead_ins: list[str], gate: list[str]):
        leads = "|".join(lead_ins)
        super().__init__(rf"(?:^|(?<=[.!?;:\u2022*\-–—>\]]\s)|(?<=[.!?;:]))\s*(?:(?:{leads})\s+)*(?P<said>(?:{'|'.join(phrases)}))(?!\w)",
                         gate)
        self.kind = kind


class Residue(GatedPattern):
    """A template's placeholder text, as whole words; ``what`` names it in a finding."""

    __slots__ = ("what",)

    def __init__(self, what: str, source: str, whole_field: bool = False, gate: Optional[list[str]] = None):
        pattern = source
        if whole_field:  # the whole of a field: a line's start or a separator on each side
            pattern = rf"(?:^|(?<=[,|·•:;(\[*–—-]))\s*{source}\s*(?=$|[,|·•:;)\]*–—-])"
        super().__init__(rf"(?<![\w@.]){pattern}(?![\w@])", gate or [source])  # gated by the placeholder's own text
        self.what = what


class ScreenerTable:
    """The instructions of ``rules/data/screener.toml``, tried only on text that holds one of
    the words every instruction needs."""

    __slots__ = ("instructions",)

    def __init__(self, lead_ins: list[str], instructions: list[dict]):
        self.instructions = PatternSet([ScreenerInstruction(item["kind"], item["patterns"], lead_ins, item["gate"])
                                        for item in instructions])

    def find(self, text: str) -> Iterator[tuple[str, re.Match]]:
        lowered = text.lower()
        for instruction in self.instructions.candidates(lowered):
            for m in instruction.finditer(text):
                yield instruction.kind, m


@record
class Tables:
    """The reference tables of rules/data, ready to use."""

    venues: VenueTable
    status: PhraseTable
    authorship: PhraseTable
    places: dict[str, int]
    providers: set[str]
    legitimate_domains: set[str]
    tld_typos: dict[str, str]
    personal_data: PatternSet  # of PersonalDataKind
    screener: "ScreenerTable"
    residue: PatternSet  # of Residue


def _phrases(items: list[dict]) -> PhraseTable:
    return PhraseTable([Phrase(item["value"], int(item.get("rank", 0)), pattern, bool(item.get("known_venue_only")))
                        for item in items for pattern in item["patterns"]])


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    remembered = _remembered_gates()
    tables = _build_tables()
    if len(_GATES) > remembered:
        _remember_gates()
    return tables


def _build_tables() -> Tables:
    data_dir = os.path.join(builtin_rules_dir(), "data")
    venues = load_toml(os.path.join(data_dir, "venues.toml"))["venues"]
    status = load_toml(os.path.join(data_dir, "status.toml"))
    authorship = load_toml(os.path.join(data_dir, "authorship.toml"))
    email = load_toml(os.path.join(data_dir, "email.toml"))
    personal = load_toml(os.path.join(data_dir, "personal-data.toml"))
    screener = load_toml(os.path.join(data_dir, "screener.toml"))
    residue = load_toml(os.path.join(data_dir, "template-residue.toml"))
    return Tables(
        venues=VenueTable(venues),
        status=_phrases(status["status"]),
        authorship=_phrases(authorship["authorship"]),
        places={k.casefold(): int(v) for k, v in authorship["places"].items()},
        providers=set(email["providers"]),
        legitimate_domains=set(email["legitimate"]),
        tld_typos=dict(email["tld_typos"]),
        personal_data=PatternSet([PersonalDataKind(kind["name"], kind["labels"], kind["value"]) for kind in personal["kind"]]),
        screener=ScreenerTable(screener["lead_ins"], screener["instruction"]),
        residue=PatternSet([Residue(item["what"], pattern, bool(item.get("whole_field")), item.get("gate"))
                            for item in residue["residue"] for pattern in item["patterns"]]),
    )
