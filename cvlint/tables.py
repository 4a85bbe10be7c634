"""Reference tables (venue aliases, status and authorship phrases, email providers,
personal-data labels), read from ``rules/data`` once per run and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .catalogue import builtin_rules_dir, load_toml


@dataclass
class VenueTable:
    pattern: re.Pattern  # alternation of every alias; group name -> canonical via ``canonical``
    canonical: dict[str, str]

    def normalise(self, text: str) -> str:
        """Canonical name of a venue as written; unknown venues are folded for comparison."""
        key = self.canonical.get(text) or self.canonical.get(text.casefold())
        if key:
            return key
        folded = re.sub(r"\b(the|proceedings of|proc\.|in)\b", " ", text.casefold())
        folded = re.sub(r"['’`]?\d{2,4}\b|[^\w&]+", " ", folded)
        return " ".join(folded.split())


@dataclass
class PhraseTable:
    entries: list[tuple[str, int, re.Pattern]] = field(default_factory=list)  # value, rank, pattern


@dataclass
class Tables:
    venues: VenueTable
    status: PhraseTable
    authorship: PhraseTable
    places: dict[str, int]
    providers: set[str]
    legitimate_domains: set[str]
    tld_typos: dict[str, str]
    personal_data: list[tuple[str, re.Pattern]]


def _venue_table(data: dict[str, list[str]]) -> VenueTable:
    canonical: dict[str, str] = {}
    sensitive: list[str] = []
    insensitive: list[str] = []
    for name, aliases in data.items():
        for alias in {name, *aliases}:
            if " " in alias.strip():
                canonical[alias.casefold()] = name
                insensitive.append(alias)
            else:
                canonical[alias] = name
                sensitive.append(alias)

    def alternation(aliases: list[str]) -> str:
        return "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(set(aliases), key=len, reverse=True))

    pattern = re.compile(
        rf"(?<![\w&])(?:(?i:{alternation(insensitive)})|{alternation(sensitive)})(?![\w&])"
    )
    return VenueTable(pattern, canonical)


def _phrases(items: list[dict]) -> PhraseTable:
    table = PhraseTable()
    for item in items:
        for pattern in item["patterns"]:
            table.entries.append((item["value"], int(item.get("rank", 0)), re.compile(rf"(?<!\w){pattern}(?!\w)", re.I)))
    return table


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    data_dir = builtin_rules_dir() / "data"
    venues = load_toml(data_dir / "venues.toml")["venues"]
    status = load_toml(data_dir / "status.toml")
    authorship = load_toml(data_dir / "authorship.toml")
    email = load_toml(data_dir / "email.toml")
    personal = load_toml(data_dir / "personal-data.toml")
    personal_data = []
    for kind in personal["kind"]:
        labels = "|".join(kind["labels"])
        # label, then separators (":", table pipes, markup), then the value
        personal_data.append((kind["name"], re.compile(rf"(?<![\w])(?P<label>{labels})(?![\w])[\s:：|*_\-–]*(?P<value>{kind['value']})", re.I)))
    return Tables(
        venues=_venue_table(venues),
        status=_phrases(status["status"]),
        authorship=_phrases(authorship["authorship"]),
        places={k.casefold(): int(v) for k, v in authorship["places"].items()},
        providers=set(email["providers"]),
        legitimate_domains=set(email["legitimate"]),
        tld_typos=dict(email["tld_typos"]),
        personal_data=personal_data,
    )
