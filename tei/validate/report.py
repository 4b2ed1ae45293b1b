"""Render a :class:`~tei.validate.runner.ValidationRun` for people and for CI.

``text``    one ``file:line:col: severity: message [rule-id]`` line per finding, then a
            summary (files, errors, warnings, time)
``json``    the same findings as data (``Diagnostic.as_dict()``), per file, plus the summary
``junit``   JUnit XML: one test case per file; errors fail it, unreadable files error it
``github``  GitHub Actions workflow commands (``::error file=…,line=…::…``), then the summary

Every format carries exactly the findings of the text format (the tests check it).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from lxml import etree

from tei import __version__
from tei.diagnostics import Diagnostic
from tei.validate.engine import FileResult
from tei.validate.runner import ValidationRun


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(run: ValidationRun) -> str:
    """One line: how many files, how many failed, errors, warnings, time, layers."""
    files = len(run.results)
    state = []
    if run.invalid:
        state.append(f"{run.invalid} invalid")
    if run.unreadable:
        state.append(f"{run.unreadable} unreadable")
    verdict = ", ".join(state) if state else ("all valid" if files != 1 else "valid")
    strict = ", strict" if run.strict else ""
    return (
        f"{_plural(files, 'file')} validated in {run.seconds:.2f} s "
        f"({' + '.join(run.layers) or 'well-formedness'}{strict}): {verdict}; "
        f"{_plural(run.errors, 'error')}, {_plural(run.warnings, 'warning')}"
    )


def diagnostics(run: ValidationRun) -> list[Diagnostic]:
    """Every finding of the run, file by file, in order."""
    return [d for result in run.results for d in result.diagnostics]


def render_text(run: ValidationRun) -> str:
    lines = [str(d) for d in diagnostics(run)]
    lines.append(summary(run))
    return "\n".join(lines) + "\n"


def render_json(run: ValidationRun) -> str:
    data = {
        "tool": "tei validate",
        "version": __version__,
        "layers": run.layers,
        "strict": run.strict,
        "files": [
            {
                "file": r.file,
                "readable": r.readable,
                "valid": r.valid(run.strict),
                "errors": r.errors,
                "warnings": r.warnings,
                "diagnostics": [d.as_dict() for d in r.diagnostics],
            }
            for r in run.results
        ],
        "summary": {
            "files": len(run.results),
            "invalid": run.invalid,
            "unreadable": run.unreadable,
            "errors": run.errors,
            "warnings": run.warnings,
            "seconds": round(run.seconds, 3),
            "exit_code": run.exit_code(),
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_junit(run: ValidationRun) -> str:
    """JUnit XML as CI dashboards read it (GitLab, Jenkins, GitHub test reporters)."""
    failures = sum(1 for r in run.results if r.readable and not r.valid(run.strict))
    suites = etree.Element("testsuites", name="tei validate")
    suite = etree.SubElement(suites, "testsuite", name="tei validate")
    for element in (suites, suite):
        element.set("tests", str(len(run.results)))
        element.set("failures", str(failures))
        element.set("errors", str(run.unreadable))
        element.set("time", f"{run.seconds:.3f}")
    suite.set("skipped", "0")
    properties = etree.SubElement(suite, "properties")
    etree.SubElement(properties, "property", name="layers", value=",".join(run.layers))
    etree.SubElement(properties, "property", name="strict", value=str(run.strict).lower())
    for result in run.results:
        case = etree.SubElement(
            suite, "testcase", classname="tei.validate", name=result.file, file=result.file,
            time=f"{result.seconds:.3f}",
        )
        lines = "\n".join(str(d) for d in result.diagnostics)
        if not result.readable:
            first = result.diagnostics[0]
            problem = etree.SubElement(case, "error", type=first.code, message=first.message)
            problem.text = lines
        elif not result.valid(run.strict):
            first = next(d for d in result.diagnostics if d.severity == "error" or run.strict)
            more = len(result.diagnostics) - 1
            message = first.message + (f" (and {more} more)" if more else "")
            problem = etree.SubElement(case, "failure", type=first.code, message=message)
            problem.text = lines
        elif result.diagnostics:
            etree.SubElement(case, "system-out").text = lines
    data = etree.tostring(suites, encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return data.decode("utf-8")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def github_line(d: Diagnostic) -> str:
    """One GitHub Actions annotation for a diagnostic."""
    props = [f"file={_escape_property(d.file or '')}"]
    if d.line:
        props.append(f"line={d.line}")
        if d.column:
            props.append(f"col={d.column}")
    props.append(f"title={_escape_property(d.code)}")
    return f"::{_GITHUB_LEVEL[d.severity]} {','.join(props)}::{_escape_data(d.message)} [{d.code}]"


def render_github(run: ValidationRun) -> str:
    lines = [github_line(d) for d in diagnostics(run)]
    lines.append(summary(run))
    return "\n".join(lines) + "\n"


FORMATS: dict[str, Callable[[ValidationRun], str]] = {
    "text": render_text,
    "json": render_json,
    "junit": render_junit,
    "github": render_github,
}


def render(run: ValidationRun, fmt: str = "text") -> str:
    """The run in one of :data:`FORMATS`."""
    return FORMATS[fmt](run)


__all__ = ["FORMATS", "FileResult", "diagnostics", "render", "summary"]
