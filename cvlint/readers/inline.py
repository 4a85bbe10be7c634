"""Markdown inline markup to plain text, keeping for every character its source column.

A small subset of CommonMark: backslash escapes, code spans, links and images, autolinks,
HTML tags and entities, Liquid tags, and emphasis paired by CommonMark's flanking rules.
The pairing matters for CVs: in ``Zhang*, **Li***`` the stars after the names are
equal-contribution marks, not emphasis, and must survive as text.
"""

from __future__ import annotations

from functools import lru_cache

import unicodedata

from .. import limits, patterns

_LINK = patterns.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_REF_LINK = patterns.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\[[^\]]*\]")
_IMAGE = patterns.compile(r"!\[[^\]]*\]\([^)]*\)")
_AUTOLINK = patterns.compile(r"<((?:https?|mailto):[^>\s]+|[^@\s<>]+@[^@\s<>]+)>")
_TAG = patterns.compile(r"</?[A-Za-z][^<>]*>|<!--.*?(?:-->|$)")
# named entities end with ";"; browsers also take the common ones without it ("&nbsp&nbsp")
_ENTITY = patterns.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|&(?:nbsp|amp|lt|gt|quot)(?![A-Za-z0-9;])")
_LIQUID = patterns.compile(r"\{%.*?%\}|\{\{.*?\}\}")
# a code span: a run of backticks, then text up to the same run (not part of a longer one);
# the content cannot hold a backtick run of that length, so matching never backtracks far
_CODE = patterns.compile(r"(`+)(?!`)((?:[^`]|(?!\1)`+)+?)(?<!`)\1(?!`)")
_ESCAPABLE = set("\\`*_{}[]()#+-.!|<>~\"'$&")
_TEXT_RUN = patterns.compile(r"[^\\`!\[<&{*_]+")  # characters that start no markup: one token for the run

# token: (text, col) for text, its characters at col, col + 1, …; [RUN, col, run_char,
# run_length, can_open, can_close] for emphasis runs
RUN = None  # marks an emphasis run: no character of the text (a NUL byte included) can be mistaken for it
Atom = tuple


def _is_punct(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in "PS"


def _tokenize(raw: str, start: int, end: int, out: list) -> None:
    i = start
    while i < end:
        run = _TEXT_RUN.match(raw, i, end)
        if run:
            out.append((run.group(), i))
            i = run.end()
            if i >= end:
                break
        ch = raw[i]
        if ch == "\\" and i + 1 < end and raw[i + 1] in _ESCAPABLE:
            out.append((raw[i + 1], i + 1))
            i += 2
            continue
        if ch == "`":
            m = _CODE.match(raw, i, end)
            if m:
                for k in range(m.start(2), m.end(2)):
                    out.append((raw[k], k))
                i = m.end()
                continue
            run = i
            while run < end and raw[run] == "`":
                run += 1
            for k in range(i, run):  # a run no span closes is text, all of it: it is not tried again
                out.append(("`", k))
            i = run
            continue
        if ch == "!":
            m = _IMAGE.match(raw, i, end)
            if m:
                i = m.end()
                continue
        if ch == "[":
            m = _LINK.match(raw, i, end) or _REF_LINK.match(raw, i, end)
            if m:
                _tokenize(raw, m.start(1), m.end(1), out)
                i = m.end()
                continue
        if ch == "<":
            m = _AUTOLINK.match(raw, i, end)
            if m:
                for k in range(m.start(1), m.end(1)):
                    out.append((raw[k], k))
                i = m.end()
                continue
            m = _TAG.match(raw, i, end)
            if m:
                out.append((" ", i))
                i = m.end()
                continue
        if ch == "&":
            m = _ENTITY.match(raw, i, end)
            if m:
                import html  # its entity table costs ~3 ms: only for lines that have an entity

                for c in html.unescape(m.group()):
                    out.append((c, i))
                i = m.end()
                continue
        if ch == "{":
            m = _LIQUID.match(raw, i, end)
            if m:
                i = m.end()
                continue
        if ch in "*_":
            j = i
            while j < end and raw[j] == ch:
                j += 1
            before = raw[i - 1] if i > 0 else " "
            after = raw[j] if j < len(raw) else " "
            left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
            right = not before.isspace() and (not _is_punct(before) or after.isspace() or _is_punct(after))
            if ch == "*":
                can_open, can_close = left, right
            else:  # intra-word underscores (snake_case) are never emphasis
                can_open = left and (not right or _is_punct(before))
                can_close = right and (not left or _is_punct(after))
            out.append([RUN, i, ch, j - i, can_open, can_close])
            i = j
            continue
        out.append((ch, i))
        i += 1


def _pair_emphasis(tokens: list) -> list[tuple[int, int, int]]:
    """Match emphasis runs; return (opener index, closer index, strength) and mark used counts."""
    pairs = []
    stack: list[int] = []
    for index, token in enumerate(tokens):
        if token[0] is not RUN:
            continue
        if token[5]:
            k = len(stack) - 1
            while k >= 0 and token[3] > 0:
                opener = tokens[stack[k]]
                if opener[2] == token[2] and opener[3] > 0:
                    used = 2 if opener[3] >= 2 and token[3] >= 2 else 1
                    opener[3] -= used
                    token[3] -= used
                    pairs.append((stack[k], index, used))
                    if opener[3] == 0:
                        del stack[k:]
                        k = len(stack) - 1
                    continue
                k -= 1
        if token[4] and token[3] > 0:
            stack.append(index)
    return pairs


@lru_cache(maxsize=2048)  # the same lines recur across versions and revisions (a few hundred distinct ones); callers never mutate
def clean_inline(raw: str, start: int = 0) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Readable text of ``raw[start:]``, the source column of each character, and bold ranges.
    A line longer than ``limits.markup_line_chars`` is no CV's line: it is read as it is, its markup left
    in (reading markup a character at a time would cost seconds and hundreds of MB)."""
    if len(raw) - start > limits.current().markup_line_chars:
        return fold_whitespace(raw[start:], list(range(start, len(raw))))
    tokens: list = []
    _tokenize(raw, start, len(raw), tokens)
    pairs = _pair_emphasis(tokens)
    strong_open = {o for o, _, used in pairs if used == 2}
    strong_close = {c: o for o, c, used in pairs if used == 2}

    texts: list[str] = []
    cols: list[int] = []
    bold: list[tuple[int, int]] = []
    open_at: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token[0] is RUN:
            if index in strong_close and strong_close[index] in open_at:
                bold.append((open_at.pop(strong_close[index]), len(cols)))
            if index in strong_open:
                open_at[index] = len(cols)
            if token[3]:  # unmatched delimiter characters are literal text
                texts.append(token[2] * token[3])
                cols.extend(range(token[1], token[1] + token[3]))
            continue
        text, col = token
        texts.append(text)
        if len(text) == 1:
            cols.append(col)
        else:
            cols.extend(range(col, col + len(text)))
    return fold_whitespace("".join(texts), cols, bold)


_SPACES = patterns.compile("[\\s\u200b]+")
CELL_GAP = "   "  # a wide gap between two columns of a line, as plain-text and PDF readers write it


def fold_whitespace(
    text: str, cols: list[int], bold: list[tuple[int, int]] = (), keep_gaps: bool = False
) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Collapse runs of white space to one space and trim the ends, keeping the column map.
    With ``keep_gaps``, a run of three or more spaces inside the line (a column gap in a
    plain-text layout) becomes ``CELL_GAP`` instead. Taken a word or a run of spaces at a
    time (slices), not a character at a time."""
    if "\u200b" not in text and spaced_once(text):
        return text, cols[:len(text)], _trimmed(text, bold)  # nothing to fold: each character stays where it is
    return _fold_runs(text, cols, bold, keep_gaps)


def spaced_once(text: str) -> bool:
    """Words with one space between each and none at either end: a text with nothing to fold."""
    return " ".join(text.split()) == text


def _trimmed(text: str, bold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bold ranges in ``text`` without the spaces they start with (none, if only spaces)."""
    kept = []
    for start, end in bold:
        end = min(end, len(text))
        while start < end and text[start] == " ":
            start += 1
        if start < end:
            kept.append((start, end))
    return kept


def _fold_runs(text: str, cols: list[int], bold: list[tuple[int, int]], keep_gaps: bool
               ) -> tuple[str, list[int], list[tuple[int, int]]]:
    parts: list[str] = []
    out_cols: list[int] = []
    remap = [0] * (len(text) + 1) if bold else None  # where each character of ``text`` went
    n = word_start = 0  # characters out so far; where the next word starts in ``text``
    for m in _SPACES.finditer(text):
        a, b = m.span()
        if a > word_start:
            parts.append(text[word_start:a])
            out_cols.extend(cols[word_start:a])
            if remap is not None:
                remap[word_start:a] = range(n, n + a - word_start)
            n += a - word_start
        word_start = b
        if not n:  # white space before the first word: dropped
            continue
        if remap is not None:
            remap[a] = n
        parts.append(" ")  # after a word: one space, for the run's first character
        out_cols.append(cols[a])
        n += 1
        if remap is not None:
            remap[a + 1:min(b, a + 3)] = [n] * (min(b, a + 3) - a - 1)
        if keep_gaps and b - a >= 3:
            parts.append("  ")
            out_cols.extend([cols[a + 2]] * 2)
            n += 2
        if remap is not None and b > a + 3:
            remap[a + 3:b] = [n] * (b - a - 3)
    if len(text) > word_start:
        parts.append(text[word_start:])
        out_cols.extend(cols[word_start:len(text)])
        if remap is not None:
            remap[word_start:len(text)] = range(n, n + len(text) - word_start)
        n += len(text) - word_start
    if remap is not None:
        remap[len(text)] = n
    out = "".join(parts)
    kept = len(out.rstrip(" "))
    if kept < len(out):
        out, out_cols = out[:kept], out_cols[:kept]
    return out, out_cols, _trimmed(out, [(remap[start], remap[end]) for start, end in bold])
