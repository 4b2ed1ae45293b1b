"""Very large and pathological inputs run in a subprocess whose peak memory (``ru_maxrss`` from
``wait4``) is asserted, as well as its result: correct output, or the documented one-line error.

The bounds leave about twice the measured peak (see each test) as margin; what they catch is
memory that grows with the input's pathology rather than with its size — a list of millions of
warnings, a stack of millions of brackets, a gzip file inflated to a gigabyte.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tei.xmlio import parse_file

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
TEI_START = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>'
    "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
    "</fileDesc></teiHeader><text><body><p>"
)
TEI_END = "</p></body></text></TEI>"


@dataclass
class Measured:
    """A finished ``tei`` run and the peak resident memory of it and its children."""

    returncode: int
    stdout: str
    stderr: str
    peak_mb: float

    def errors(self) -> list[str]:
        assert "Traceback" not in self.stdout + self.stderr, self.stderr[-2000:]
        return [line for line in self.stderr.splitlines() if line.startswith("error:")]


#: Runs ``tei ARGS`` and reports its peak RSS (with its children's) on the last stderr line.
#: A child's ru_maxrss starts at its parent's when it is forked, so ``tei`` is forked from this
#: small launcher rather than from the test process (whose own peak would be measured instead).
LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen([sys.executable, "-m", "tei", *sys.argv[1:]])
_, status, usage = os.wait4(child.pid, 0)
sys.stderr.write(f"\\npeak-rss-kb {usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(*args: str | Path, timeout: float = 300) -> Measured:
    """Run ``tei ARGS`` and measure its peak RSS (the process group is killed on timeout)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "86400"}
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    stderr, _, peak = err.decode("utf-8", "replace").rstrip("\n").rpartition("\npeak-rss-kb ")
    return Measured(proc.returncode, out.decode("utf-8", "replace"), stderr, int(peak) / 1024)


def test_fifty_megabyte_line_stops_with_one_line_before_writing(tmp_path):
    """Measured: 312 MB for convert, 319 MB for build (the input is 50 MB)."""
    src = tmp_path / "editions" / "big" / "big.txt"
    src.parent.mkdir(parents=True)
    with src.open("w", encoding="utf-8") as handle:
        handle.write("A Title\n\n")
        handle.write("plain words here " * (50_000_000 // 17) + "\n")
    out = tmp_path / "big.xml"
    done = run_measured("convert", src, "-o", out)
    assert done.returncode == 2 and not out.exists(), done.stderr[-2000:]
    [line] = done.errors()
    assert line.startswith(f"error: {src}:3: a paragraph holds 49,999,")
    assert line.endswith("(split it into paragraphs) [text-too-long]")
    assert done.peak_mb < 640, done.peak_mb
    site = tmp_path / "site"
    built = run_measured("build", src.parents[1], "-o", site, "--formats", "tei", "-j", "1")
    [line] = built.errors()
    assert built.returncode == 1 and line.startswith("error: big: "), built.stderr[-2000:]
    report = (site / "report.html").read_text(encoding="utf-8")
    shown = src.relative_to(src.parents[1])  # no local path published
    assert f'<li class="error">{shown}:3: a paragraph holds 49,999,' in report
    assert not (site / "big" / "big.xml").exists()
    assert built.peak_mb < 640, built.peak_mb


def pathological_page() -> tuple[str, dict[str, int]]:
    """A page of megabyte lines that once took quadratic time or memory, and the line
    number -> the kind of line it is."""
    lines = {
        "long word before a bracket": "a" * 1_000_000 + ". [of x]",
        "acronym dots before a bracket": "A." * 500_000 + ". [y z]",
        "provenance lead and a long word": "Source: " + "a" * 1_000_000,
        "credit lead and a long blank": "Transcribed by x" + " " * 1_000_000 + "x",
        "opening brackets": "[" * 1_000_000,
        "closing brackets": "]" * 1_000_000,
        "nested brackets": "[" * 500_000 + "x" + "]" * 500_000,
    }
    page = ["A Title", ""]
    where = {}
    for kind, line in lines.items():
        where[kind] = len(page) + 1
        page += [line, ""]
    where["control characters"] = len(page) + 1
    page += [f"Line {i} with a control character\x01." for i in range(150)]
    return "\n".join(page) + "\n", where


def test_pathological_lines_convert_in_bounded_memory(tmp_path):
    """Measured: 109 MB (the input is 7 MB). Before the fixes: hours (regular expressions
    quadratic in a long word or run of blanks) and a million warnings kept and printed."""
    page, where = pathological_page()
    src = tmp_path / "patho.txt"
    src.write_text(page, encoding="utf-8")
    out = tmp_path / "patho.xml"
    done = run_measured("convert", src, "-o", out, timeout=240)
    assert done.returncode == 0 and done.errors() == [], done.stderr[-2000:]
    assert "0 lost, 0 added" in done.stderr
    warnings = [line for line in done.stderr.splitlines() if ": warning: " in line]
    by_code: dict[str, list[str]] = {}
    for line in warnings:
        by_code.setdefault(line.rsplit("[", 1)[1].rstrip("]"), []).append(line)
    unbalanced = by_code["bracket-unbalanced"]
    assert len(unbalanced) == 101
    assert unbalanced[0].startswith(f"{src}:{where['closing brackets']}:1: warning: ']' at")
    assert unbalanced[-1] == (
        f"{src}: warning: {1_000_000 - 100:,} more like this (not listed) [bracket-unbalanced]"
    )
    assert by_code["bracket-depth"] == [
        f"{src}:{where[kind]}:1001: warning: brackets nested over 1,000 deep at column 1001; "
        "the rest of the line is not checked (kept as written) [bracket-depth]"
        for kind in ("opening brackets", "nested brackets")
    ]
    control = by_code["text-control-char"]
    first = where["control characters"]
    assert len(control) == 101 and control[0].startswith(f"{src}:{first}: warning: removed")
    assert control[-1] == (
        f"{src}: warning: removed characters XML cannot hold from 50 more lines (not listed) "
        "[text-control-char]"
    )
    tree = parse_file(out)  # the TEI reads back
    paragraphs = ["".join(p.itertext()) for p in tree.getroot().iterfind(".//tei:body//tei:p", NS)]
    assert "[" * 1_000_000 in paragraphs and "]" * 1_000_000 in paragraphs
    assert done.peak_mb < 250, done.peak_mb


def test_ten_thousand_turns_past_line_65535(tmp_path):
    """34,000 turns on 68,003 lines: more lines than libxml2 numbers (it keeps 16 bits).
    Measured: 127 MB for convert, 110 MB for the text edition."""
    turns = "\n\n".join(f"Q: Question {i}?\n\nA: Answer {i} [of it]." for i in range(17_000))
    page = f"A Title\n\n{turns}\n\nA: the end ] here.\n"
    last = page.count("\n", 0, page.index("the end")) + 1
    assert last == 68_003
    src = tmp_path / "turns.txt"
    src.write_text(page, encoding="utf-8")
    out = tmp_path / "turns.xml"
    done = run_measured("convert", src, "-o", out)
    assert done.returncode == 0 and done.errors() == [], done.stderr[-2000:]
    assert f"{src}:{last}:12: warning: ']' at column 12 has no opening '['" in done.stderr
    assert "34001 speaker turns" in done.stderr and "0 lost, 0 added" in done.stderr
    root = etree.parse(str(out)).getroot()
    assert len(root.findall(".//tei:sp", NS)) == 34_001
    assert len(root.findall(".//tei:supplied", NS)) == 17_000
    assert done.peak_mb < 300, done.peak_mb
    text = run_measured("render", out, "--to", "text", "-o", tmp_path / "turns.out.txt")
    assert text.returncode == 0 and text.errors() == [], text.stderr[-2000:]
    rendered = (tmp_path / "turns.out.txt").read_text(encoding="utf-8")
    assert len(re.findall(r"^Q: Question \d+\?$", rendered, re.M)) == 17_000
    assert "A: Answer 16999 [of it]." in rendered
    assert text.peak_mb < 250, text.peak_mb


def gzip_bomb(path: Path, inflated_mb: int = 1024) -> None:
    """A gzip file of a TEI document of ``inflated_mb`` megabytes (1 MB written): one member
    of a megabyte of blanks, repeated (a gzip file may hold many members)."""
    member = zlib.compressobj(9, zlib.DEFLATED, 31)
    blank = member.compress(b" " * (1 << 20)) + member.flush()

    def whole(data: bytes) -> bytes:
        one = zlib.compressobj(9, zlib.DEFLATED, 31)
        return one.compress(data) + one.flush()

    with path.open("wb") as handle:
        handle.write(whole(TEI_START.encode()))
        for _ in range(inflated_mb):
            handle.write(blank)
        handle.write(whole(TEI_END.encode()))
    assert path.stat().st_size < 2 * 1024 * 1024
    assert zlib.decompressobj(31).decompress(path.read_bytes()[:200]).startswith(b"<TEI")


def test_xml_bombs_through_every_entry_point_stay_small(tmp_path):
    """A gzip file that inflates to a gigabyte and 100,000 nested elements, given by path to
    every entry point that reads XML (and the gzip file named .txt to convert). Measured: 25 to
    50 MB (validate, which loads the validators, is the largest); inflated, it would be 1 GB."""
    bombs = {"gzip": tmp_path / "gzip-bomb.xml", "deep": tmp_path / "deep.xml"}
    gzip_bomb(bombs["gzip"])
    bombs["deep"].write_text(TEI_START + "<hi>" * 100_000 + "x" + "</hi>" * 100_000 + TEI_END)
    expected = {  # kind -> (position, message)
        "gzip": (r":1:1", r"not well-formed XML: Start tag expected, '<' not found \[xml-syntax\]"),
        "deep": (
            r":1:\d+",
            r"not well-formed XML: parser size limit hit \(Excessive depth in document: 256, "
            r".*\); refused \[xml-syntax\]",
        ),
    }
    source = tmp_path / "source.txt"
    source.write_text("A Title\n\nQ: Why?\n\nA: Because.\n", encoding="utf-8")
    register = tmp_path / "register.toml"
    register.write_text('[[person]]\nid = "x"\nname = "Some One"\n', encoding="utf-8")
    peaks = {}
    for kind, bomb in bombs.items():
        edition = tmp_path / "editions" / kind
        edition.mkdir(parents=True)
        (edition / "master.xml").write_bytes(bomb.read_bytes())
        master = edition / "master.xml"
        entry_points = {
            "render": (("render", bomb, "--to", "html", "-o", tmp_path / "o.html"), bomb),
            "fidelity": (("fidelity", source, bomb), bomb),
            "import": (("import", bomb, "-e", tmp_path / "imported", "--slug", kind), bomb),
            "tag-names": (("tag-names", bomb, "--register", register, "--dry-run"), bomb),
            "package": (("package", edition, "-o", tmp_path / f"{kind}-bag"), master),
        }
        position, message = expected[kind]
        for entry, (args, named) in entry_points.items():
            done = run_measured(*args)
            [line] = done.errors()
            assert done.returncode in ((1, 2) if entry == "package" else (2,)), (entry, line)
            assert re.search(f"{re.escape(str(named))}{position}: {message}", line), (entry, line)
            peaks[kind, entry] = done.peak_mb
        done = run_measured("validate", bomb)
        found = [line for line in done.stdout.splitlines() if ": error: " in line]
        assert done.returncode == 2 and len(found) == 1, done.stdout[-2000:]
        assert re.search(f"{re.escape(str(bomb))}{position}: error: {message}", found[0])
        peaks[kind, "validate"] = done.peak_mb
    site = tmp_path / "site"
    done = run_measured("build", tmp_path / "editions", "-o", site, "--formats", "tei", "-j", "1")
    assert done.returncode == 1 and len(done.errors()) == 2, done.stderr[-2000:]
    report = (site / "report.html").read_text(encoding="utf-8")
    for kind, (position, _message) in expected.items():
        master = re.escape(f"{kind}/master.xml")  # relative: no local path published
        assert re.search(f'<li class="error">{master}{position}: not well-formed XML', report)
    assert report.count("[xml-syntax]") == 2
    peaks["both", "build"] = done.peak_mb
    as_text = tmp_path / "gzip-bomb.txt"
    as_text.write_bytes(bombs["gzip"].read_bytes())
    done = run_measured("convert", as_text, "-o", tmp_path / "o.xml")
    assert done.returncode == 2 and done.errors() == [
        f"error: {as_text}: not a text file (binary content) [text-binary]"
    ]
    peaks["gzip", "convert"] = done.peak_mb
    assert max(peaks.values()) < 150, peaks
