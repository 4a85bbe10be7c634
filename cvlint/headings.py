"""Which kind of section a heading opens ("Selected Publications" -> publications), from the
names in ``rules/data/sections.toml`` in six languages (and the main kinds in Chinese, Japanese and
Korean), which a project can extend.

Looked up word by word rather than with one big regular expression: compiling that cost
more start-up time than reading a whole CV."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Optional

from . import patterns
from .names import fold
from .rule_files import builtin_rules_dir, load_toml

_EXTRA: dict[str, list[str]] = {}  # a project's own section names (``extend-sections``), by kind


def extend_sections(more: dict[str, list[str]]) -> None:
    """Add a project's own section names (its ``extend-sections`` setting) to the vocabulary of
    ``rules/data/sections.toml``. Called once, before any CV is read."""
    for kind, phrases in more.items():
        _EXTRA.setdefault(kind, []).extend(fold(p) for p in phrases)
    _vocabulary.cache_clear()
    _phrases.cache_clear()
    _heading_words.cache_clear()
    section_kind.cache_clear()


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, list[str]], set[str], set[str], set[str]]:
    """Section names by kind, and the qualifier, joiner and tail words, from
    ``rules/data/sections.toml`` (and a project's additions)."""
    data = load_toml(os.path.join(builtin_rules_dir(), "data", "sections.toml"))
    kinds = {kind: list(phrases) for kind, phrases in data["sections"].items()}
    for kind, phrases in _EXTRA.items():
        kinds.setdefault(kind, []).extend(phrases)
    words = data["words"]
    return kinds, set(words["qualifiers"]), set(words["joiners"]), set(words["tails"])


_NOISE = patterns.compile(r"[^\w\s&/'-]+|[\d_]+")  # numbers, marks and emoji: "1. Work:", "🎓 Education"


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """First word -> (kind, words) of the phrases it starts, in kind order, longest first."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, phrases in _vocabulary()[0].items():
        for words in sorted((tuple(p.split()) for p in phrases), key=len, reverse=True):
            out.setdefault(words[0], []).append((kind, words))
    return out


@lru_cache(maxsize=1024)  # headings and short lines recur; the answer never changes within a run
def section_kind(text: str) -> Optional[str]:
    cleaned = _NOISE.sub(" ", text)
    if len(" ".join(cleaned.split())) > 60:
        return None
    tokens = tuple(fold(cleaned).replace("’", "'").split())
    if not tokens:
        return None
    if len(tokens) >= _MIN_SPACED_LETTERS and all(len(t) == 1 for t in tokens):
        tokens = _letters_joined(fold(cleaned).split("  "))
    # most leading qualifiers first, as the reading "Research | Projects" beats "Research Projects"
    qualifiers = _vocabulary()[1]
    leading = 0
    while leading < len(tokens) and tokens[leading] in qualifiers:
        leading += 1
    for start in range(min(leading, len(tokens) - 1), -1, -1):
        for kind, words in _phrases().get(tokens[start], ()):
            end = start + len(words)
            if tokens[start:end] == words and _rest_is_sections(tokens, end):
                return kind
    return None


_MIN_SPACED_LETTERS = 4


def _letters_joined(groups: list[str]) -> tuple[str, ...]:
    """The words of a heading set letter by letter ("E X P E R I E N C E"): each group of
    letters (two spaces stand between words) joined, and a group that holds several words
    ("W O R K E X P E R I E N C E", one space throughout) cut at the heading words known."""
    words: list[str] = []
    for group in groups:
        joined = group.replace(" ", "")
        if joined:
            words.extend(_known_words_in(joined) or (joined,))
    return tuple(words)


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    kinds, qualifiers, joiners, tails = _vocabulary()
    return frozenset(w for phrases in kinds.values() for p in phrases for w in p.split()) | qualifiers | joiners | tails


def _known_words_in(letters: str) -> tuple[str, ...]:
    """``letters`` cut into heading words, the fewest words that cover it; () if none do."""
    known = _heading_words()
    best: list[tuple[str, ...] | None] = [()] + [None] * len(letters)  # best[i]: the words of letters[:i]
    for end in range(1, len(letters) + 1):
        for start in range(end):
            if best[start] is not None and letters[start:end] in known \
                    and (best[end] is None or len(best[start]) + 1 < len(best[end])):
                best[end] = best[start] + (letters[start:end],)
    return best[-1] or ()


def _rest_is_sections(tokens: tuple[str, ...], i: int) -> bool:
    """What follows a section word: nothing, a tail word, or "and" + another section."""
    _, qualifiers, joiners, tails = _vocabulary()
    if i == len(tokens) or (i == len(tokens) - 1 and tokens[i] in tails):
        return True
    if tokens[i] not in joiners:
        return False
    i += 1
    while True:
        if i < len(tokens) and any(tokens[i:i + len(words)] == words and _rest_is_sections(tokens, i + len(words))
                                   for _, words in _phrases().get(tokens[i], ())):
            return True
        if i < len(tokens) and tokens[i] in qualifiers:
            i += 1
            continue
        return False
