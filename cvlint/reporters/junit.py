"""JUnit XML, for CI systems that show test reports: a test suite per file, a failing test
case per finding, one passing case for a file with none."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree

from ..finding import shown


def render(result, stream) -> None:
    by_path = defaultdict(list)
    for finding in result.findings:
        by_path[finding.span.path].append(finding)
    paths = sorted(set(result.files) | set(by_path))
    cases = sum(max(len(by_path.get(path, [])), 1) for path in paths)
    suites = ElementTree.Element("testsuites", name="cvlint", tests=str(cases), failures=str(len(result.findings)))
    for key in paths:
        findings = by_path.get(key, [])
        path = shown(key)
        suite = ElementTree.SubElement(suites, "testsuite", name=path, tests=str(max(len(findings), 1)),
                                       failures=str(len(findings)), errors="0", skipped="0")
        if not findings:
            ElementTree.SubElement(suite, "testcase", classname=path, name="cvlint")
        for f in findings:
            case = ElementTree.SubElement(suite, "testcase", classname=path,
                                          name=f"{f.code} {f.name} at {f.span.line}:{f.span.column}")
            failure = ElementTree.SubElement(case, "failure", message=shown(f.message), type=f.severity)
            failure.text = "\n".join([f"{path}:{f.span.line}:{f.span.column}: {shown(f.message)}"] +
                                     [f"also: {shown(r.span.path)}:{r.span.line}: {shown(r.message)}" for r in f.related])
    ElementTree.indent(suites)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ElementTree.tostring(suites, encoding="unicode"))
    stream.write("\n")
