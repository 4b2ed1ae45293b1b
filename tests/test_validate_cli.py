"""``tei validate`` end to end: exit codes, ``file:line`` messages, formats that agree,
bad input, hostile input, extra schemas, parallel runs, the demo edition."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tei.diagnostics import Diagnostic
from tei.validate.engine import ValidatorSpec
from tei.validate.report import github_line, render
from tei.validate.runner import validate_paths
from tei.xmlio import parse_bytes

from .conftest import DEMO, DEMO_TEI, TEI_ALL_RNG, need_shared
from .test_validate_support import KITCHEN_SINK, Case

DEMO_TEXT = DEMO_TEI.read_text(encoding="utf-8")


def tei(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "TEI_ALL_RNG"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "tei", "validate", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def line_of(path: Path, text: str) -> int:
    """1-based number of the line of ``path`` where ``text`` stands (last occurrence)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return max(n for n, line in enumerate(lines, start=1) if text in line)


def broken_demo(folder: Path, name: str, old: str, new: str) -> Path:
    """A deliberately broken copy of the demo edition."""
    assert DEMO_TEXT.count(old) == 1, old
    path = folder / name
    path.write_text(DEMO_TEXT.replace(old, new), encoding="utf-8")
    return path


# ------------------------------------------------------------------ the demo edition


def test_demo_edition_folder_passes() -> None:
    proc = tei(DEMO.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("1 file validated in ")
    assert "valid; 0 errors, 0 warnings" in proc.stdout


BROKEN = [
    (
        "dangling-who.xml",
        'who="#interviewer" xml:id="sp-3"',
        'who="#nobody" xml:id="sp-3"',
        "tei-who-resolves",
        "/TEI/text/body/div/sp[3]",
    ),
    (
        "duplicate-id.xml",
        'xml:id="sp-5"',
        'xml:id="sp-4"',
        "tei-id-unique",
        "/TEI/text/body/div/sp[5]",
    ),
    (
        "outside-profile.xml",
        "<p>When did",
        "<p><sense>x</sense>When did",
        "profile-element",
        "/TEI/text/body/div/sp[1]/p/sense",
    ),
]


@pytest.mark.parametrize("name,old,new,code,xpath", BROKEN, ids=[b[3] for b in BROKEN])
def test_broken_copies_of_the_demo_fail(
    tmp_path: Path, name: str, old: str, new: str, code: str, xpath: str
) -> None:
    path = broken_demo(tmp_path, name, old, new)
    proc = tei(path)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert len(lines) == 2, proc.stdout  # one finding + the summary
    # the finding names the line of the broken element (the TEI is pretty-printed)
    line = line_of(path, new)
    assert lines[0].startswith(f"{path}:{line}: error: ")
    assert lines[0].endswith(f"(at {xpath}) [{code}]")
    assert "1 invalid; 1 error, 0 warnings" in lines[1]


def test_missing_citation_fails(tmp_path: Path) -> None:
    start = DEMO_TEXT.index("<sourceDesc>") + len("<sourceDesc>")
    end = DEMO_TEXT.index("</sourceDesc>")
    path = tmp_path / "no-citation.xml"
    path.write_text(DEMO_TEXT[:start] + "<p>A web page.</p>" + DEMO_TEXT[end:], encoding="utf-8")
    proc = tei(path)
    assert proc.returncode == 1
    line = line_of(path, "<teiHeader>")
    assert f"{path}:{line}: error: the source description has no citation" in proc.stdout
    assert "[tei-source-citation]" in proc.stdout


def test_malformed_copy_is_unreadable(tmp_path: Path) -> None:
    path = broken_demo(
        tmp_path, "malformed.xml", "<speaker>Question:</speaker>", "<speaker>Question:</speker>"
    )
    proc = tei(path)
    assert proc.returncode == 2
    first = proc.stdout.splitlines()[0]
    assert first.startswith(f"{path}:{line_of(path, '</speker>')}:")  # the parser's line and column
    assert ": error: not well-formed XML: " in first and first.endswith("[xml-syntax]")
    assert "Traceback" not in proc.stdout + proc.stderr


def test_lines_point_into_a_pretty_printed_file(tmp_path: Path) -> None:
    case = Case(
        "tei-who-resolves",
        '<sp xml:id="sp-1" who="#interviewer">',
        '<sp xml:id="sp-1" who="#nobody">',
    )
    path = case.write(tmp_path)
    proc = tei(path)
    assert proc.returncode == 1
    assert proc.stdout.startswith(f'{path}:{case.line()}: error: @who points to "#nobody"')


# ------------------------------------------------------------------ bad input: exit 2


@pytest.mark.parametrize(
    "content,code,message",
    [
        (b"", "xml-empty", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "xml-syntax", "not well-formed XML"),
        (b"Just some text, not XML.\n", "xml-syntax", "not well-formed XML"),
    ],
    ids=["empty", "binary", "plain-text"],
)
def test_unreadable_files_give_one_line_and_exit_2(
    tmp_path: Path, content: bytes, code: str, message: str
) -> None:
    path = tmp_path / "input.xml"
    path.write_bytes(content)
    proc = tei(path)
    assert proc.returncode == 2
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{path}")
    assert message in lines[0] and lines[0].endswith(f"[{code}]")
    assert "1 unreadable" in lines[1]


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    proc = tei(tmp_path / "nope.xml")
    assert proc.returncode == 2
    expected = f"{tmp_path / 'nope.xml'}: error: no such file [io-missing]"
    assert proc.stdout.splitlines()[0] == expected
    (tmp_path / "empty").mkdir()
    proc = tei(tmp_path / "empty")
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("no XML files (*.xml, *.tei) in this folder [no-files]")


def test_unreadable_file_wins_over_invalid_ones(tmp_path: Path) -> None:
    invalid = broken_demo(tmp_path, "a.xml", 'xml:id="sp-5"', 'xml:id="sp-4"')
    (tmp_path / "b.xml").write_text("<TEI", encoding="utf-8")
    proc = tei(invalid, tmp_path / "b.xml")
    assert proc.returncode == 2
    assert "[tei-id-unique]" in proc.stdout and "[xml-syntax]" in proc.stdout


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("missing.rng", None, "no such file [io-missing]"),
        (
            "broken.rng",
            '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="x"/>'
            "</start></grammar>",
            "RELAX NG schema does not compile",
        ),
        (
            "broken.xsd",
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element '
            'name="a" type="nope"/></xs:schema>',
            "schema does not compile",
        ),
        ("notxml.sch", "not xml", "not well-formed XML"),
        (
            "xslt2.sch",
            '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"/>',
            "needs an XSLT 2/3 processor",
        ),
        ("schema.odd", "<TEI/>", "unknown schema kind '.odd'; choose one of .rng, .xsd, .sch"),
    ],
    ids=["missing", "rng", "xsd", "sch-not-xml", "sch-xslt2", "unknown-kind"],
)
def test_bad_schemas_give_one_line_and_exit_2(
    tmp_path: Path, name: str, content: str | None, expected: str
) -> None:
    schema = tmp_path / name
    if content is not None:
        schema.write_text(content, encoding="utf-8")
    proc = tei(KITCHEN_SINK, "--schema", schema)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {schema}")
    assert expected in lines[0]
    assert proc.stdout == ""


def test_missing_tei_all_is_a_usage_error(tmp_path: Path) -> None:
    proc = tei(KITCHEN_SINK, "--tei-all", tmp_path / "tei_all.rng")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {tmp_path / 'tei_all.rng'}: no such file [io-missing]"


# ----------------------------------------------------------------- hostile input


def test_external_entities_are_refused_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    path = tmp_path / "xxe.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>\n',
        encoding="utf-8",
    )
    proc = tei(path, "--format", "json")
    assert proc.returncode == 2
    assert "TOP-SECRET" not in proc.stdout
    data = json.loads(proc.stdout)
    assert data["files"][0]["diagnostics"][0]["code"] == "xml-external-entity"


def test_xinclude_is_not_processed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text('<p xmlns="http://www.tei-c.org/ns/1.0">TOP-SECRET</p>', encoding="utf-8")
    case = Case(
        "profile-element",
        '<seg type="phrase">a segment</seg>',
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret}"/>',
    )
    proc = tei(case.write(tmp_path))
    assert proc.returncode == 1
    assert "TOP-SECRET" not in proc.stdout
    assert "<xi:include> is not in the project profile" in proc.stdout


# ------------------------------------------------------------ formats that agree


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copy(KITCHEN_SINK, folder / "a-valid.xml")
    Case(
        "tei-who-resolves",
        '<sp xml:id="sp-1" who="#interviewer">',
        '<sp xml:id="sp-1" who="#nobody">',
    ).write(folder)
    Case("tei-sp-who", '<sp xml:id="sp-1" who="#interviewer">', '<sp xml:id="sp-1">').write(folder)
    (folder / "z-broken.xml").write_text("<TEI>\n  <oops>\n</TEI>\n", encoding="utf-8")
    return validate_paths([folder], spec=ValidatorSpec(), jobs=1)


def _text_lines(run) -> list[str]:
    return render(run, "text").splitlines()[:-1]


def test_text_format(mixed_run) -> None:
    text = render(mixed_run, "text")
    assert text.splitlines()[-1].startswith("4 files validated in ")
    assert text.splitlines()[-1].endswith(
        "(profile + rules): 1 invalid, 1 unreadable; 2 errors, 1 warning"
    )
    assert mixed_run.exit_code() == 2


def test_json_carries_the_same_findings(mixed_run) -> None:
    data = json.loads(render(mixed_run, "json"))
    lines = [str(Diagnostic(**d)) for f in data["files"] for d in f["diagnostics"]]
    assert lines == _text_lines(mixed_run)
    assert data["summary"] == {
        **data["summary"],
        "files": 4,
        "errors": 2,
        "warnings": 1,
        "invalid": 1,
        "unreadable": 1,
        "exit_code": 2,
    }
    assert [f["valid"] for f in data["files"]] == [True, True, False, False]


def test_junit_is_well_formed_and_carries_the_same_findings(mixed_run) -> None:
    root = parse_bytes(render(mixed_run, "junit").encode("utf-8"), "junit.xml").getroot()
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite.get("tests") == "4" and suite.get("failures") == "1" and suite.get("errors") == "1"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [r.file for r in mixed_run.results]
    lines = []
    for case in cases:
        for child in case:
            lines.extend((child.text or "").splitlines())
    assert sorted(lines) == sorted(_text_lines(mixed_run))
    failure = cases[2].find("failure")
    assert failure.get("type") == "tei-who-resolves"
    assert cases[3].find("error").get("type") == "xml-syntax"
    assert cases[1].find("system-out") is not None  # a warning only: passes, still shown
    assert cases[0].find("failure") is None and len(cases[0]) == 0


def test_strict_makes_warnings_fail(mixed_run) -> None:
    strict = validate_paths([r.file for r in mixed_run.results[:3]], jobs=1, strict=True)
    assert strict.invalid == 2 and strict.exit_code() == 1
    root = etree.fromstring(render(strict, "junit").encode("utf-8"))
    assert root.find("testsuite").get("failures") == "2"


def test_github_annotations_carry_the_same_findings(mixed_run) -> None:
    lines = render(mixed_run, "github").splitlines()[:-1]
    diagnostics = [d for r in mixed_run.results for d in r.diagnostics]
    assert lines == [github_line(d) for d in diagnostics]
    assert lines[0].startswith("::warning file=") and ",line=" in lines[0]
    assert ",title=tei-sp-who::" in lines[0]
    assert lines[1].startswith("::error ") and ",title=tei-who-resolves::" in lines[1]


def test_github_escapes_newlines_and_commas() -> None:
    d = Diagnostic("error", "x", "a\nb, 100%", "dir,1/f:x.xml", 3, 4)
    expected = "::error file=dir%2C1/f%3Ax.xml,line=3,col=4,title=x::a%0Ab, 100%25 [x]"
    assert github_line(d) == expected


def test_cli_formats_and_output_file(tmp_path: Path) -> None:
    report = tmp_path / "out" / "validation.xml"
    proc = tei(KITCHEN_SINK, "--format", "junit", "-o", report)
    assert proc.returncode == 0 and proc.stdout == ""
    root = etree.fromstring(report.read_bytes())
    assert root.find("testsuite").get("failures") == "0"
    proc = tei(KITCHEN_SINK, "--format", "json")
    assert json.loads(proc.stdout)["summary"]["exit_code"] == 0


# ------------------------------------------------------------ parallel, extra schemas


def test_parallel_run_matches_sequential(tmp_path: Path) -> None:
    for i in range(12):
        Case(
            "tei-who-resolves",
            '<sp xml:id="sp-1" who="#interviewer">',
            f'<sp xml:id="sp-1" who="#nobody-{i}">',
        ).write(tmp_path)
        (tmp_path / "tei-who-resolves.xml").rename(tmp_path / f"doc-{i:02}.xml")
    sequential = validate_paths([tmp_path], jobs=1)
    parallel = validate_paths([tmp_path], jobs=2)
    assert parallel.jobs == 2 and sequential.jobs == 1
    assert (
        render(parallel, "json").split('"seconds"')[0]
        == render(sequential, "json").split('"seconds"')[0]
    )
    assert [r.diagnostics for r in parallel.results] == [r.diagnostics for r in sequential.results]


def test_extra_schemas_by_extension(tmp_path: Path) -> None:
    rng = tmp_path / "only-tei-root.rng"
    rng.write_text(
        '<element name="TEI" ns="http://www.tei-c.org/ns/1.0" '
        'xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>',
        encoding="utf-8",
    )
    sch = tmp_path / "project.sch"
    sch.write_text(
        '<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron">'
        '<sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/><sch:pattern>'
        '<sch:rule context="tei:sp"><sch:report id="project-no-stage" role="info" '
        'test="tei:stage">turn with a stage direction</sch:report></sch:rule>'
        "</sch:pattern></sch:schema>",
        encoding="utf-8",
    )
    xsd = tmp_path / "root.xsd"
    xsd.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'targetNamespace="http://www.tei-c.org/ns/1.0"><xs:element name="TEI">'
        '<xs:complexType><xs:sequence><xs:any processContents="skip" '
        'maxOccurs="unbounded"/></xs:sequence><xs:attribute name="type" '
        'type="xs:integer"/></xs:complexType></xs:element></xs:schema>',
        encoding="utf-8",
    )
    run = validate_paths(
        [KITCHEN_SINK],
        jobs=1,
        spec=ValidatorSpec(profile=False, rules=False, schemas=(str(rng), str(sch), str(xsd))),
    )
    assert run.layers == ["only-tei-root.rng", "project.sch", "root.xsd"]
    found = run.results[0].diagnostics
    assert {d.code for d in found} == {"rng", "project-no-stage", "xsd-value"}
    report = next(d for d in found if d.code == "project-no-stage")
    assert report.severity == "info" and report.xpath == "/TEI/text/body/div/sp[3]"
    assert run.exit_code() == 1


@pytest.mark.slow
def test_tei_all_from_the_environment(tmp_path: Path) -> None:
    """TEI_ALL_RNG adds the TEI All layer (compiled once for all files)."""
    rng = need_shared(TEI_ALL_RNG)
    bad = tmp_path / "bad.xml"
    bad.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader/>\n</TEI>\n', encoding="utf-8"
    )
    proc = tei(KITCHEN_SINK, DEMO_TEI, bad, "--no-profile", env={"TEI_ALL_RNG": str(rng)})
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[:-1] and all(
        line.startswith(f"{bad}:") and line.endswith("[tei-all]") for line in lines[:-1]
    )
    assert any(
        line.startswith(f"{bad}:2: error: TEI All: ") and "(at /TEI/teiHeader)" in line
        for line in lines
    )
    assert lines[-1].startswith("3 files validated in ") and "(TEI All)" in lines[-1]


def test_every_option_and_format_is_documented() -> None:
    """Keep docs/validation.md honest: every option, format and exit code is in it."""
    from tei.cli.validate import validate as command
    from tei.validate.report import FORMATS

    doc = (Path(__file__).resolve().parents[1] / "docs" / "validation.md").read_text("utf-8")
    options = [opt for param in command.params for opt in getattr(param, "opts", [])
               if opt.startswith("--") and opt != "--help"]
    assert options and [o for o in options if f"`{o}" not in doc and f" {o} " not in doc] == []
    assert [f for f in FORMATS if f"`{f}`" not in doc] == []
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in doc
