"""Which profiles are versions of one person, in which order they were written, and which
entries of one version are the same entries in another."""

from __future__ import annotations

import os
from dataclasses import field
from datetime import date
from functools import lru_cache
from typing import Callable, Collection, Optional

from . import patterns
from .extract.fields import FIELD_LABEL
from .extract.layout import strip_dates
from .model import Entry, Profile, record
from .names import fold, name_tokens, names_match

_NOT_DIGITS = patterns.compile(r"\D")
_DIGIT = patterns.compile(r"\d")
_NOT_KEY_CHARACTERS = patterns.compile(r"[^\w&+#]+")  # what an entry's key is made of: words, & + #

TITLE_MATCH = 82  # rapidfuzz score for "same entry"; chosen on the corpus history files
ACROSS_SECTIONS_MATCH = 90  # the same, for entries under different kinds of section: they must agree more
# of the entries that match a cluster, one dated as its anchor is ranked this much higher: an
# item that recurs ("Dean's List 2014/15", "2015/16"; a contest each year) meets its own year
SAME_DATE_BONUS = 15


@record
class Group:
    """Versions of one person's CV, oldest first."""

    profiles: list[Profile]
    clusters: list[list[tuple[Profile, Entry]]] = field(default_factory=list)  # matched entries, oldest first
    rows: list[list[tuple[Profile, Entry]]] = field(default_factory=list)  # every entry so: matched or alone (compare's rows)
    scores: dict = field(default_factory=dict)  # id(entry) -> the score it was matched with (not the newest's)

    @property
    def newest(self) -> Profile:
        return self.profiles[-1]


def version_key(profile: Profile, as_of: date) -> tuple:
    """When a version was written: its 'last updated' date or a date in its file name, else
    the latest date it mentions (not past ``as_of``)."""
    limit = as_of.year * 12 + as_of.month - 1
    if profile.source.version_date:
        return (profile.source.version_date.ordinal(end=True), profile.source.path)
    latest = 0
    for found in profile.dates:
        for point in (found.start, found.end):
            if point and not found.expected:
                value = point.ordinal()
                if value <= limit:
                    latest = max(latest, value)
    return (latest, profile.source.path)


def _ordering(members: list[Profile], as_of: date, edited: frozenset = frozenset()):
    """Sort key for versions, oldest first. A PDF beside a source of the same name (cv.pdf,
    cv.tex) was compiled from it, so it is never newer than its source: a PDF that was not
    rebuilt is the commonest drift there is. A file being edited (``edited``: absolute paths,
    the files of a commit) is newer than every other: cross-version findings are placed on
    the newest version, so they land on the file the commit changes."""
    sources = {os.path.splitext(p.source.path)[0]: p for p in members if p.source.format != "pdf"}

    def key(profile: Profile) -> tuple:
        source = sources.get(os.path.splitext(profile.source.path)[0]) if profile.source.format == "pdf" else None
        own = version_key(profile, as_of)
        being_edited = os.path.abspath(profile.source.path) in edited
        if source is None:
            return (being_edited,) + own + (1,)
        return (being_edited,) + min(own, version_key(source, as_of)) + (0,)

    return key


def _digits(text: str) -> str:
    return _NOT_DIGITS.sub("", text)


def _locals_close(local_a: str, local_b: str, digits_a: str, digits_b: str) -> bool:
    """Two local parts at one domain of the same address, or of one a typo away. Digits must
    agree: jli1@ and jli2@ are two accounts, and so may be two people."""
    if local_a == local_b:
        return True
    if min(len(local_a), len(local_b)) < 6 or digits_a != digits_b or abs(len(local_a) - len(local_b)) > 1:
        return False  # (a length apart by two or more is two edits at least)
    from rapidfuzz.distance import DamerauLevenshtein

    return DamerauLevenshtein.distance(local_a, local_b) <= 1


def _addresses(profile: Profile) -> dict[str, list[tuple[str, str]]]:
    """A profile's e-mail addresses, folded, by domain: each local part with its digits."""
    by_domain: dict[str, list[tuple[str, str]]] = {}
    for address in {fold(e.value) for e in profile.person.emails}:
        local, _, domain = address.rpartition("@")
        by_domain.setdefault(domain, []).append((local, _digits(local)))
    return by_domain


def _same_person(a: Profile, b: Profile, addresses: Callable[[Profile], dict] = _addresses) -> Optional[bool]:
    """True if the same person, False if certainly not, None if the names cannot tell.
    ``addresses``: ``_addresses``, or the same kept a while (grouping compares each profile
    with several)."""
    names_a = [n.value for n in a.person.names]
    names_b = [n.value for n in b.person.names]
    if names_a and names_b:
        return any(names_match(x, y) for x in names_a for y in names_b)
    emails_b = addresses(b)
    for domain, locals_a in addresses(a).items():  # only addresses at one domain can be close
        locals_b = emails_b.get(domain)
        if locals_b and any(_locals_close(x, y, dx, dy) for x, dx in locals_a for y, dy in locals_b):
            return True
    return None


class EntryKeys:
    """What an entry is called, for matching it across versions: its folded title and header
    lines without their dates, words sorted (so word order does not matter). Worked out once
    per entry, and once per header as written (the versions of one person repeat their entries)."""

    def __init__(self) -> None:
        self._keys: dict[int, str] = {}
        self._of_written: dict[object, str] = {}

    def __call__(self, entry: Entry) -> str:
        key = self._keys.get(id(entry))
        if key is None and entry.location is not None and entry.title.value == entry.location.value:
            key = self._keys[id(entry)] = ""  # named by its place alone ("Barcelona, Spain"): no name to match
        if key is None:
            if entry.section == "publications":  # its title (a str)
                written: object = entry.title.value
            else:  # the whole header (a tuple): a title alone ("Acme") says less than "Engineer, Acme, Remote"
                written = tuple(t.value for t in entry.lines[:max(entry.header_lines, 1)]) or (entry.title.value,)
            key = self._of_written.get(written)
            if key is None:
                key = self._of_written[written] = _entry_key(written)
            self._keys[id(entry)] = key
        return key


def _entry_key(written) -> str:
    """``EntryKeys``' key of a publication's title (a str) or of an entry's header lines (a tuple)."""
    if isinstance(written, str):
        text = fold(written)
    else:
        text = fold(FIELD_LABEL.sub(" ", " ".join(strip_dates(t) for t in written)))[:200]  # "Location: Lund": Lund
    return " ".join(sorted(_NOT_KEY_CHARACTERS.sub(" ", text).split()))


def _entries_by_section(named: list[int], profiles: list[Profile], keys: EntryKeys,
                        sections: Collection[str]) -> dict[str, tuple[list[str], list[list[int]]]]:
    """section (of ``sections``) -> (the distinct keys of the named profiles' entries, the
    profiles of each key: the versions of one person repeat their entries, and each key is
    scored once)."""
    by_key: dict[str, dict[str, list[int]]] = {}
    for j in named:
        for entry in profiles[j].entries:
            if entry.section not in sections:
                continue
            key = keys(entry)
            if key:
                by_key.setdefault(entry.section, {}).setdefault(key, []).append(j)
    return {section: (list(owners), list(owners.values())) for section, owners in by_key.items()}


def _alike(key: str, texts: list[str], cutoff: float) -> set[int]:
    """The indices of ``texts`` whose ``_similarity`` to ``key`` is ``cutoff`` or more, scored
    by rapidfuzz in C over the whole list (a Python scorer called for each pair made grouping
    a thousand site pages take seconds)."""
    from rapidfuzz import process

    fuzz = _fuzz()
    found = {i for _, _, i in process.extract(key, texts, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)}
    if key.count(" ") >= 2:  # both of three words or more: the words one lacks may be left out
        found |= {i for _, _, i in process.extract(key, texts, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=None)
                  if texts[i].count(" ") >= 2}
    return found


def _owner_by_entries(page: Profile, choices: dict[str, tuple[list[str], list[list[int]]]], keys: EntryKeys,
                      person_of: Callable[[int], int], found: dict[tuple[str, str], set[int]]) -> Optional[int]:
    """The one person (a named profile's group) that shares most of ``page``'s entries, or
    None: too few shared, or two people share as many. ``found``: the choices alike to each
    (section, key) asked so far (a site's pages repeat their entries: each scored once)."""
    shared: dict[int, int] = {}  # person -> how many of the page's entries they have
    for entry in page.entries:
        texts, owners = choices.get(entry.section, ((), ()))
        key = keys(entry)
        if not key or not texts:
            continue
        alike = found.get((entry.section, key))
        if alike is None:
            alike = found[(entry.section, key)] = _alike(key, texts, TITLE_MATCH)
        for person in {person_of(owner) for index in alike for owner in owners[index]}:
            shared[person] = shared.get(person, 0) + 1
    if not shared:
        return None
    ranked = sorted(shared.items(), key=lambda item: -item[1])
    needed = max(2, (len(page.entries) + 1) // 2)
    if ranked[0][1] < needed or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


MAX_BUCKET = 64


def _identity_keys(profile: Profile) -> set[str]:
    """Keys two versions of one person share: their names in any order or run together, a
    family name with the initials of the rest (``Y. Yao`` / ``Yizhen Yao``), an e-mail address,
    and each address with one character left out (two addresses one typo apart share one)."""
    keys: set[str] = set()
    for name in profile.person.names:
        tokens = name_tokens(name.value)
        if not tokens:
            continue
        keys |= {"n:" + "".join(tokens), "n:" + "".join(sorted(tokens))}
        for t in tokens:
            if len(t) > 1:
                keys.add(f"i:{t}|{''.join(sorted(o[0] for o in tokens if o != t))}")
    for email in profile.person.emails:
        local, _, domain = email.value.lower().rpartition("@")
        keys.add(f"e:{local}@{domain}")
        if len(local) <= 40:
            keys |= {f"e:{local[:k]}{local[k + 1:]}@{domain}" for k in range(len(local))}
    return keys


def group_profiles(profiles: list[Profile], as_of: date, explicit: list[list[str]] = (),
                   edited: frozenset = frozenset()) -> list[Group]:
    """Versions of one person together, oldest first (see ``_ordering``); a profile alone is a
    group of one."""
    parent = list(range(len(profiles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    readable = [i for i, p in enumerate(profiles) if p.lines]
    by_path = {os.path.abspath(p.source.path): i for i, p in enumerate(profiles)}
    fixed: set[int] = set()
    for names in explicit:
        members = [by_path[os.path.abspath(n)] for n in names if os.path.abspath(n) in by_path]
        for i in members[1:]:
            union(members[0], i)
        fixed.update(members)

    free = [i for i in readable if i not in fixed]
    # only profiles that share a key can be one person (see _identity_keys); a key shared by more
    # than MAX_BUCKET profiles says too little to compare them all (the cost would grow with
    # the square of the number of people)
    # keys are held by their hash (a shared hash of two different keys costs one more comparison,
    # never a wrong group), and only the ones two profiles share get a list: thousands of
    # people give a hundred thousand keys, nearly all held by one profile
    first: dict[int, int] = {}
    shared: dict[int, list[int]] = {}
    for i in free:
        for key in _identity_keys(profiles[i]):
            h = hash(key)
            holder = first.setdefault(h, i)
            if holder != i:
                shared.setdefault(h, [holder]).append(i)
    del first
    # each profile compared once with each later one it shares a key with (a set of pairs
    # compared would hold a quarter of a million pairs for 5,000 people sharing a domain)
    buckets_of: dict[int, list[list[int]]] = {}
    for members in shared.values():
        if len(members) <= MAX_BUCKET:
            for i in members:
                buckets_of.setdefault(i, []).append(members)
    # a profile is compared with those of its buckets: its addresses kept for the last few
    # hundred profiles (kept for all, 5,000 people on one domain took twice the memory of 500)
    addresses = lru_cache(maxsize=4 * MAX_BUCKET)(_addresses)
    for i in sorted(buckets_of):
        for j in sorted({j for members in buckets_of[i] for j in members if j > i}):
            if find(i) != find(j) and _same_person(profiles[i], profiles[j], addresses):
                union(i, j)
    # a page with no name or email belongs to the one person whose entries it shares
    keys = EntryKeys()
    pages = [i for i in free if not (profiles[i].person.names or profiles[i].person.emails) and profiles[i].entries]
    sections = {entry.section for i in pages for entry in profiles[i].entries}  # the only ones a page's entries are matched in
    choices = _entries_by_section([j for j in readable if profiles[j].person.names], profiles, keys, sections) if pages else {}
    found: dict[tuple[str, str], set[int]] = {}
    for i in pages:
        owner = _owner_by_entries(profiles[i], choices, keys, find, found)
        if owner is not None:
            union(i, owner)

    buckets: dict[int, list[Profile]] = {}
    for i, profile in enumerate(profiles):
        buckets.setdefault(find(i), []).append(profile)
    groups = []
    for members in buckets.values():
        members.sort(key=_ordering(members, as_of, edited))
        group = Group(members)
        if len(members) > 1:
            group.rows = align(members, keys, group.scores, keep_single=True)
            group.clusters = [cluster for cluster in group.rows if len(cluster) > 1]
        groups.append(group)
    groups.sort(key=lambda g: g.newest.source.path)
    return groups


def _fuzz():
    """rapidfuzz.fuzz, imported on first use (only runs that compare files need it)."""
    global _FUZZ
    if _FUZZ is None:
        from rapidfuzz import fuzz

        _FUZZ = fuzz
    return _FUZZ


_FUZZ = None


# words that say nothing of what an entry is ("Universitat de Barcelona" is two words of a name)
_LINKING_WORDS = frozenset("a an and at de del des di du e en et for in la le of on the to und von y".split())


def _similarity(a: str, b: str, min_words: int = 3) -> float:
    """How alike two entry keys are (words already sorted). One may hold words the other
    lacks (a city, a department) when both have ``min_words`` words or more that are no
    linking words ("Universitat de Barcelona" is within many a header of that university)."""
    fuzz = _fuzz()
    if min(_content_words(a), _content_words(b)) >= min_words:
        return max(fuzz.ratio(a, b), fuzz.token_set_ratio(a, b))
    return fuzz.ratio(a, b)


def _content_words(key: str) -> int:
    return sum(1 for word in key.split() if word not in _LINKING_WORDS)


_ACRONYM = patterns.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w-])")


def _same_start_and_name(a: Entry, b: Entry) -> bool:
    """``Analista de Sistemas, … - OSP, Ene 2018`` and ``Systems Analyst, … - OSP, January 2018``:
    the same month of start and an organisation's acronym in both headers, whatever the language
    of the rest."""
    if not (a.dates and b.dates and a.dates.start.month and a.dates.start == b.dates.start):
        return False
    def acronyms(entry: Entry) -> set:
        return {m.group() for t in entry.lines[:max(entry.header_lines, 1)] for m in _ACRONYM.finditer(t.value)}
    return bool(acronyms(a) & acronyms(b))


def _across_sections(a: Entry, b: Entry) -> bool:
    """Entries under different kinds of heading ("Introduction" and "Experience") may be one
    when both are dated the same way: starts in the same year. Publications stay apart."""
    if "publications" in (a.section, b.section) or not (a.dates and b.dates):
        return False
    return a.dates.start.year == b.dates.start.year


def dated_alike(a: Entry, b: Entry, most_months: int = 24) -> bool:
    """Both dated briefly — a date, or a range within ``most_months`` (``2014/15`` spans two
    calendar years): an item that may recur, a prize, a contest, an academic year's list —
    from the same year, and the same month where both name one. Longer ranges are positions:
    two of them from one month are a promotion, not one item."""
    if not (a.dates and b.dates) or not (_brief(a, most_months) and _brief(b, most_months)):
        return False
    first, second = a.dates.start, b.dates.start
    return first.year == second.year and (first.month is None or second.month is None or first.month == second.month)


def _brief(entry: Entry, most_months: int) -> bool:
    found = entry.dates
    if not found.is_range:
        return True
    if found.open_end or found.end is None:
        return False
    return found.end.ordinal(end=True) - found.start.ordinal() < most_months


def _months(entry: Entry) -> Optional[tuple[int, int]]:
    """An entry's dated range as first and last month (an open end far in the future), or None."""
    found = entry.dates
    if not (found and found.is_range):
        return None
    end = 10 ** 6 if found.open_end or found.end is None else found.end.ordinal(end=True)
    return found.start.ordinal(), end


def _disjoint(a: Optional[tuple[int, int]], b: Optional[tuple[int, int]], slack_months: int = 12) -> bool:
    """Two entries' dated ranges (``_months``) that do not overlap, even by ``slack_months``: two
    different positions, whatever their titles say. A moved start or end still overlaps."""
    return a is not None and b is not None and (a[1] + slack_months < b[0] or b[1] + slack_months < a[0])


def align(profiles: list[Profile], keys: Optional[EntryKeys] = None,
          scores: Optional[dict[int, int]] = None, keep_single: bool = False) -> list[list[tuple[Profile, Entry]]]:
    """Match entries across versions, one entry per version, best match first. ``scores``, if
    given, receives the score each matched entry joined its cluster with (by ``id(entry)``).
    Entries no other version lists are left out unless ``keep_single``."""

    keys = keys or EntryKeys()
    clusters: list[list[tuple[Profile, Entry]]] = []
    # each cluster's distinct keys (a CV's history repeats them version after version: scoring
    # against every copy made alignment quadratic in the number of versions)
    cluster_keys: list[dict[str, None]] = []
    # the clusters an entry may join: those of its section, and those whose anchor starts the
    # same year (an entry may move to another section, see ``_across_sections``)
    by_section: dict[str, list[int]] = {}
    by_start: dict[int, list[int]] = {}
    # an entry's key meets the same other keys in version after version: each pair scored once
    similar: dict[tuple[str, str], float] = {}
    anchor_months: list[Optional[tuple[int, int]]] = []  # each cluster's anchor's, worked out once
    # the site collections (teaching, talks…) each cluster holds a page of: two pages of one
    # collection are two items (a course taught in 2012 and in 2018), never one entry's versions
    cluster_collections: list[set[str]] = []
    for profile in reversed(profiles):  # newest first, so it anchors each cluster
        candidates = []
        collection = profile.source.collection
        for entry in profile.entries:
            key = keys(entry)
            if not key:
                continue
            near = by_section.get(entry.section, [])
            if entry.dates and entry.section != "publications":
                near = sorted(set(near).union(by_start.get(entry.dates.start.year, ())))
            months = _months(entry)
            for index in near:
                if collection and collection in cluster_collections[index]:
                    continue
                anchor = clusters[index][0][1]
                if _disjoint(months, anchor_months[index]):
                    continue  # two jobs with one title ("Teaching Assistant" in 2020 and in 2024)
                if anchor.section != entry.section and not _across_sections(entry, anchor):
                    continue
                known = cluster_keys[index]
                if key in known:
                    score = 100.0
                else:
                    score = 0.0
                    for other in known:
                        alike = similar.get((key, other))
                        if alike is None:
                            alike = similar[(key, other)] = _similarity(key, other)
                        if alike > score:
                            score = alike
                needed = TITLE_MATCH if anchor.section == entry.section else ACROSS_SECTIONS_MATCH
                if score < needed and anchor.section == entry.section and _same_start_and_name(entry, anchor):
                    score = needed  # one entry written in two languages: same start, same acronym
                if score >= needed:
                    rank = score + SAME_DATE_BONUS * dated_alike(entry, anchor)
                    candidates.append((rank, anchor.section != entry.section, score, index, entry, key))
        used_entries: set[int] = set()
        used_clusters: set[int] = set()
        # best match first; of equal ones, an entry of the cluster's own kind of section first
        # (one organisation under Experience and under Service: each its own)
        for _, _, score, index, entry, key in sorted(candidates, key=lambda c: (-c[0], c[1])):
            if id(entry) in used_entries or index in used_clusters:
                continue
            clusters[index].append((profile, entry))
            cluster_keys[index][key] = None
            if collection:
                cluster_collections[index].add(collection)
            if scores is not None:
                scores.setdefault(id(entry), round(score))
            used_entries.add(id(entry))
            used_clusters.add(index)
        for entry in profile.entries:
            if id(entry) not in used_entries:
                key = keys(entry)
                if key:
                    by_section.setdefault(entry.section, []).append(len(clusters))
                    if entry.dates and entry.section != "publications":
                        by_start.setdefault(entry.dates.start.year, []).append(len(clusters))
                    clusters.append([(profile, entry)])
                    cluster_keys.append({key: None})
                    anchor_months.append(_months(entry))
                    cluster_collections.append({collection} if collection else set())
    for cluster in clusters:
        cluster.reverse()  # oldest first
    return clusters if keep_single else [c for c in clusters if len(c) > 1]


def mark_self_authors(profile: Profile, names: list[str]) -> None:
    """In author lists without a bold self-marker, the owner is the author with their name."""
    for entry in profile.entries:
        if not entry.authors or any(a.is_self for a in entry.authors):
            continue
        for author in entry.authors:
            if any(names_match(author.name, n) for n in names):
                author.is_self = True
                break


def owner_names(group: Group) -> list[str]:
    return [n.value for p in group.profiles for n in p.person.names if not _DIGIT.search(n.value)]
