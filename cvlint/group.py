"""Which profiles are versions of one person, in which order they were written, and which
entries of one version are the same entries in another."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from .extract import strip_dates
from .model import Entry, Profile
from .names import fold, name_tokens, names_match

TITLE_MATCH = 82  # rapidfuzz score for "same entry"; chosen on the corpus history files


@dataclass
class Group:
    """Versions of one person's CV, oldest first."""

    profiles: list[Profile]
    clusters: list[list[tuple[Profile, Entry]]] = field(default_factory=list)  # matched entries, oldest first

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


def _email_close(a: str, b: str) -> bool:
    from rapidfuzz.distance import DamerauLevenshtein

    return a == b or DamerauLevenshtein.distance(a, b) <= 2 and a.split("@")[-1] == b.split("@")[-1]


def _same_person(a: Profile, b: Profile) -> Optional[bool]:
    """True if the same person, False if certainly not, None if the names cannot tell."""
    names_a = [n.value for n in a.person.names]
    names_b = [n.value for n in b.person.names]
    if names_a and names_b:
        return any(names_match(x, y) for x in names_a for y in names_b)
    emails_a = {fold(e.value) for e in a.person.emails}
    emails_b = {fold(e.value) for e in b.person.emails}
    if any(_email_close(x, y) for x in emails_a for y in emails_b):
        return True
    return None


def _entry_key(entry: Entry) -> str:
    if entry.section == "publications":
        return fold(entry.title.value)
    lines = [entry.title.value] + [t.value for t in entry.lines[1:entry.header_lines]]
    return fold(" ".join(strip_dates(t) for t in lines))[:200]


def _shared_entries(a: Profile, b: Profile) -> int:
    from rapidfuzz import fuzz

    count = 0
    for ea in a.entries:
        for eb in b.entries:
            if ea.section == eb.section and fuzz.token_sort_ratio(_entry_key(ea), _entry_key(eb)) >= TITLE_MATCH:
                count += 1
                break
    return count


def group_profiles(profiles: list[Profile], as_of: date, explicit: list[list[str]] = ()) -> list[Group]:
    """Versions of one person together; a profile alone is a group of one."""
    parent = list(range(len(profiles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    readable = [i for i, p in enumerate(profiles) if p.lines]
    by_path = {os.path.normpath(p.source.path): i for i, p in enumerate(profiles)}
    fixed: set[int] = set()
    for names in explicit:
        members = [by_path[os.path.normpath(n)] for n in names if os.path.normpath(n) in by_path]
        for i in members[1:]:
            union(members[0], i)
        fixed.update(members)

    free = [i for i in readable if i not in fixed]
    # only profiles that share a name token or an email domain can be one person
    index: dict[str, list[int]] = {}
    for i in free:
        keys = {t for n in profiles[i].person.names for t in name_tokens(n.value) if len(t) > 1}
        keys |= {"@" + e.value.rsplit("@", 1)[-1].lower() for e in profiles[i].person.emails}
        for key in keys:
            index.setdefault(key, []).append(i)
    compared: set[tuple[int, int]] = set()
    for members in index.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if (i, j) not in compared and find(i) != find(j):
                    compared.add((i, j))
                    if _same_person(profiles[i], profiles[j]):
                        union(i, j)
    # a page with no name or email belongs to the one person whose entries it shares
    for i in free:
        if profiles[i].person.names or profiles[i].person.emails or not profiles[i].entries:
            continue
        best, best_count = None, 0
        for j in readable:
            if j == i or find(j) == find(i) or not profiles[j].person.names:
                continue
            shared = _shared_entries(profiles[i], profiles[j])
            if shared > best_count:
                best, best_count = j, shared
        needed = max(2, (len(profiles[i].entries) + 1) // 2)
        if best is not None and best_count >= needed:
            union(i, best)

    buckets: dict[int, list[Profile]] = {}
    for i, profile in enumerate(profiles):
        buckets.setdefault(find(i), []).append(profile)
    groups = []
    for members in buckets.values():
        members.sort(key=lambda p: version_key(p, as_of))
        group = Group(members)
        if len(members) > 1:
            group.clusters = align(members)
        groups.append(group)
    groups.sort(key=lambda g: g.newest.source.path)
    return groups


def align(profiles: list[Profile]) -> list[list[tuple[Profile, Entry]]]:
    """Match entries across versions: same section kind, similar title; one entry per version."""
    from rapidfuzz import fuzz

    clusters: list[list[tuple[Profile, Entry]]] = []
    keys: list[list[str]] = []
    for profile in reversed(profiles):  # newest first, so it anchors each cluster
        candidates = []
        for entry in profile.entries:
            key = _entry_key(entry)
            if not key:
                continue
            for index, cluster in enumerate(clusters):
                if cluster[0][1].section != entry.section or any(p is profile for p, _ in cluster):
                    continue
                score = max(fuzz.token_sort_ratio(key, other) for other in keys[index])
                if score >= TITLE_MATCH:
                    candidates.append((score, index, entry, key))
        used_entries: set[int] = set()
        used_clusters: set[int] = set()
        for score, index, entry, key in sorted(candidates, key=lambda c: -c[0]):
            if id(entry) in used_entries or index in used_clusters:
                continue
            clusters[index].append((profile, entry))
            keys[index].append(key)
            used_entries.add(id(entry))
            used_clusters.add(index)
        for entry in profile.entries:
            if id(entry) not in used_entries:
                key = _entry_key(entry)
                if key:
                    clusters.append([(profile, entry)])
                    keys.append([key])
    for cluster in clusters:
        cluster.reverse()  # oldest first
    return [c for c in clusters if len(c) > 1]


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
    return [n.value for p in group.profiles for n in p.person.names if not re.search(r"\d", n.value)]
