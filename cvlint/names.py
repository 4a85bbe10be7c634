"""Comparing words as CVs write them: people's names in any case, accents or not, family name
first or last (``YAO Yizhen`` / ``Yizhen Yao``), initials (``Y. Yao``); and how many edits
part two words (``gmial`` / ``gmail``, ``Febuary`` / ``february``)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from . import patterns

_NAME_SEPARATORS = patterns.compile(r"[\s.,_\-]+")


def fold(text: str) -> str:
    """``text`` without accents, case folded: how two spellings of one name are compared."""
    if text.isascii():  # nothing to decompose: folding is lower-casing, done in C
        return text.lower()
    return _fold_accented(text)


@lru_cache(maxsize=8192)  # accented words and names recur on every line and in every version
def _fold_accented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=2048)  # grouping compares each name with the few others that share a key
def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in _NAME_SEPARATORS.split(fold(name)) if t)


def names_match(a: str, b: str) -> bool:
    """Same person's name? Tokens equal in any order, or initials standing for tokens."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if sorted(ta) == sorted(tb):
        return True
    if "".join(ta) == "".join(tb):  # "Yizhen Yao" / "YizhenYao"
        return True
    full_a = [t for t in ta if len(t) > 1]
    full_b = [t for t in tb if len(t) > 1]
    initials_a = [t for t in ta if len(t) == 1]
    initials_b = [t for t in tb if len(t) == 1]
    if not full_a or not full_b:
        return False
    # the family name (a full token) shared, and every initial of one the first letter of a token of the other
    shared = set(full_a) & set(full_b)
    if not shared:
        return False
    rest_a = [t for t in full_a if t not in shared] + initials_a
    rest_b = [t for t in full_b if t not in shared] + initials_b
    if not rest_a or not rest_b:
        return False  # "Zhang" alone could be anyone called Zhang
    first_letters_b = {t[0] for t in rest_b}
    first_letters_a = {t[0] for t in rest_a}
    return all(t[0] in first_letters_b for t in rest_a) and all(t[0] in first_letters_a for t in rest_b) and (
        bool(initials_a) or bool(initials_b))


def damerau(a: str, b: str) -> int:
    """Optimal string alignment distance; small strings only."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
