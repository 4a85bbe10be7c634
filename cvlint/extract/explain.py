"""``cvlint parse --explain``: each line's role and the features that decided it, with the
sections and entries the lines were grouped into, so a user whose CV is misread can see why."""

from __future__ import annotations

from . import Analysis
from .types import Role


def explain(analysis: Analysis, width: int = 70) -> str:
    starts = {id(d.lines[0]): i for i, d in enumerate(analysis.drafts, 1) if d.lines}
    in_entry = {id(t) for d in analysis.drafts for t in d.lines}
    headers = {id(t) for d in analysis.drafts for t in d.header}
    r = analysis.rhythm
    out = [f"# blank lines {'break paragraphs' if r.blank_is_break else 'end lines only'} "
           f"({r.blank_ratio:.0%} of lines are followed by one); wrapped lines from {r.wrap_length or '-'} characters"]
    for section in analysis.sections:
        out.append(f"\n## section {section.kind}" + (f" <- line {section.heading.info.line.number}: {section.heading.info.text!r}"
                                                     f"  [{_why(section.heading)}]" if section.heading else ""))
        for t in section.lines:
            mark = f"E{starts[id(t)]:<3}" if id(t) in starts else ("  │ " if id(t) in in_entry else "    ")
            part = "h" if id(t) in headers else " "
            text = t.info.text if len(t.info.text) <= width else t.info.text[: width - 1] + "…"
            out.append(f"{t.info.line.number:5} {mark}{part} {t.role:<12} {text}")
            if t.role != Role.NOISE:
                out.append(f"{'':24}[{_why(t)}]")
    return "\n".join(out) + "\n"


def _why(t) -> str:
    fired = ", ".join(f"{name}{weight:+d}" if weight else name for name, weight in t.why) or "nothing else scored"
    others = ", ".join(f"{role} {score}" for role, score in sorted(t.scores.items(), key=lambda x: -x[1])
                       if role != t.role and score > 0)
    return fired + (f"; also {others}" if others else "")


def explain_versions(groups, path_of=lambda p: p) -> str:
    """For each person with two or more versions: which entries were matched across them, with
    the score of each match (100 = the same header), so a user can see why two entries were or
    were not compared."""
    out = []
    for group in groups:
        if len(group.profiles) < 2:
            continue
        out.append("## versions of one person, oldest first: " + ", ".join(path_of(p.source.path) for p in group.profiles))
        for cluster in group.clusters:
            newest = cluster[-1][1]
            out.append(f"   {newest.label!r} ({newest.section})")
            for profile, entry in cluster:
                score = group.scores.get(id(entry))
                dates = entry.dates.text if entry.dates else "no dates"
                out.append(f"   {'' if score is None else score:>5}  {path_of(profile.source.path)}:{entry.title.span.line}  "
                           f"{entry.title.value[:60]} ({dates})")
        out.append("")
    return "\n".join(out)
