from __future__ import annotations


from .. import patterns
from ..finding import Fix, Hit, Related
from .base import check, version_name

_LOCAL = patterns.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = patterns.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_TOP_LEVEL = patterns.compile(r"[A-Za-z]{2,}|xn--[A-Za-z0-9-]+")  # a top-level domain: letters, or punycode


def email_problem(address: str) -> str | None:
    local, _, domain = address.rpartition("@")
    if not local:
        return "nothing before the @"
    if "," in domain:
        return "a comma in the domain"
    if not _LOCAL.match(local):
        return "the part before the @ has a doubled, leading or trailing dot or a character not allowed there" if ".." in local or local.startswith(".") or local.endswith(".") else "a character not allowed before the @"
    labels = domain.split(".")
    if len(labels) < 2:
        return "the domain has no top-level part"
    if not all(_LABEL.match(label) for label in labels):
        return "the domain is not a valid host name"
    if not _TOP_LEVEL.fullmatch(labels[-1]):
        return f"'.{labels[-1]}' is not a top-level domain"
    return None


@check("email-malformed", gives=("email", "reason"))
def email_malformed(profile, params, ctx):
    """An email address that cannot be delivered to."""
    for email in profile.person.emails:
        reason = email_problem(email.value)
        if reason:
            yield Hit(email.span, {"email": email.value, "reason": reason})


def domain_typo(domain: str, tables) -> str | None:
    from ..names import damerau

    domain = domain.lower()
    if domain in tables.providers or domain in tables.legitimate_domains:
        return None
    label, _, tld = domain.rpartition(".")
    if tld in tables.tld_typos:
        fixed = f"{label}.{tables.tld_typos[tld]}"
        if fixed in tables.providers or label in {p.split(".")[0] for p in tables.providers}:
            return fixed
    for provider in sorted(tables.providers):
        p_label, _, p_tld = provider.partition(".")
        if len(p_label) < 4 or "." in label:
            continue
        if tld == p_tld.split(".")[-1] and p_tld.count(".") == 0 and damerau(label, p_label) == 1:
            return provider
    return None


@check("email-domain-typo", gives=("domain", "email", "suggestion"))
def email_domain_typo(profile, params, ctx):
    """An email domain one slip away from a common provider's (gmial.com, gmail.con)."""
    for email in profile.person.emails:
        local, _, domain = email.value.rpartition("@")
        if not local or email_problem(email.value) not in (None, f"'.{domain.rpartition('.')[2]}' is not a top-level domain"):
            continue
        fixed = domain_typo(domain, ctx.tables)
        if fixed:
            suggestion = f"{local}@{fixed}"
            yield Hit(email.span, {"email": email.value, "domain": domain, "suggestion": suggestion},
                      fix=Fix(suggestion, email.span))


@check("email-near-duplicate", scope="group", gives=("chars", "distance", "email", "other", "other_where", "where"),
       max_distance=2, min_length=4)
def email_near_duplicate(group, params, ctx):
    """Two versions give email addresses at the same domain that differ by a character or two."""
    from rapidfuzz.distance import DamerauLevenshtein

    holders: dict[str, list] = {}
    for profile in group.profiles:
        for email in profile.person.emails:
            holders.setdefault(email.value.lower(), []).append((profile, email))
    # addresses by domain, in order: only two at one domain are compared
    by_domain: dict[str, list[tuple[str, str]]] = {}
    for address in sorted(holders):
        local, _, domain = address.rpartition("@")
        if len(local) >= params["min_length"]:
            by_domain.setdefault(domain, []).append((address, local))
    pairs = ((a, b, local_a, local_b) for same in by_domain.values()
             for i, (a, local_a) in enumerate(same) for b, local_b in same[i + 1:])
    holder_ids = {a: {id(p) for p, _ in held} for a, held in holders.items()}
    order = {id(p): n for n, p in enumerate(group.profiles)}
    newest = {a: max(order[id(p)] for p, _ in held) for a, held in holders.items()}
    reported = set()
    for a, b, local_a, local_b in pairs:
        distance = DamerauLevenshtein.distance(local_a, local_b)
        if not 0 < distance <= params["max_distance"] or holder_ids[a] == holder_ids[b]:
            continue
        # report where the newer version holds it; the other address is the related place
        here, there = (a, b) if newest[a] >= newest[b] else (b, a)
        if (here, there) in reported:
            continue
        reported.add((here, there))
        anchor = max(holders[here], key=lambda pe: order[id(pe[0])])[1]
        where_here = ", ".join(sorted({version_name(p) for p, _ in holders[here]}))
        where_there = ", ".join(sorted({version_name(p) for p, _ in holders[there]}))
        related = [Related(e.span, f"{version_name(p)} has {e.value}") for p, e in holders[there]]
        yield Hit(anchor.span, {"email": anchor.value, "other": holders[there][0][1].value, "distance": distance,
                                "chars": "character" if distance == 1 else "characters",
                                "where": where_here, "other_where": where_there}, related=related)


@check("email-changed", scope="group", gives=("email", "old", "where"), max_distance=2)
def email_changed(group, params, ctx):
    """The newest version no longer gives an address an older version gave, and gives one the
    older did not: a changed contact. Addresses one or two characters apart at the same domain
    are left to ``email-near-duplicate``."""
    from rapidfuzz.distance import DamerauLevenshtein

    newest = group.newest
    new = {e.value.lower(): e for e in newest.person.emails}
    for older in group.profiles[:-1]:
        old = {e.value.lower(): e for e in older.person.emails}
        dropped = [a for a in old if a not in new]
        added = [a for a in new if a not in old]
        if not dropped or not added:
            continue

        def near(a: str, b: str) -> bool:
            return a.rpartition("@")[2] == b.rpartition("@")[2] and \
                DamerauLevenshtein.distance(a.rpartition("@")[0], b.rpartition("@")[0]) <= params["max_distance"]

        dropped = [a for a in dropped if not any(near(a, b) for b in added)]
        added = [b for b in added if not any(near(a, b) for a in old)]
        if dropped and added:
            anchor = new[added[0]]
            related = [Related(old[a].span, f"{version_name(older)} gives {old[a].value}") for a in dropped]
            yield Hit(anchor.span, {"email": anchor.value, "old": ", ".join(old[a].value for a in dropped),
                                    "where": version_name(older)}, related=related)
