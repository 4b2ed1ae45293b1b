"""Hostile and malformed transcriptions through every entry point that reads plain text
(``tei convert``, ``tei fidelity``, ``tei build`` and ``tei package`` of an edition folder),
transcriptions handed to the entry points that want XML, and the hostile XML documents of
test_hostile.py through the entry points it leaves out (``tei tag-names``, ``tei package``).

Asserted: no traceback; the documented exit code; one line naming the file, and the line and
column where there is one; the same TEI whatever the encoding and the line endings; text that
looks like markup comes out as the same text, escaped; no secret read; no connection made.
"""

from __future__ import annotations

import codecs
import gzip
import os
import re
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from lxml import etree

from .test_hostile import SECRET, TEI, hostile_documents

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
LOOKS_LIKE_MARKUP = "<tei:note>x</tei:note> &amp; <script>alert(1)</script>"
LINES = [
    "A Title",
    "",
    "Question: Why [of it] did it’s “café” matter so?",
    "",
    f"Answer: Because {LOOKS_LIKE_MARKUP} [sic [nested]] and [unbalanced.",
    "",
    "And ] closing (with [a [b] c]) here.",
]
BASE = "\n".join(LINES) + "\n"
TEI_DOC = TEI.format("Some text.")
#: the bracket warnings every variant must give, whatever its encoding and line endings
BRACKET_WARNINGS = [f"5:{LINES[4].index('[unbalanced') + 1}", "7:5"]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``tei ARGS`` with a fixed date (a package needs one; nothing reads the clock)."""
    return subprocess.run(
        [sys.executable, "-m", "tei", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SOURCE_DATE_EPOCH": "86400"},
    )


def error_lines(proc: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    return [line for line in proc.stderr.splitlines() if line.startswith("error:")]


def warnings(proc: subprocess.CompletedProcess[str], src: Path) -> list[str]:
    """The warning lines, with the source's path taken out (so variants compare)."""
    return [
        line.replace(str(src), "SRC") for line in proc.stderr.splitlines() if ": warning: " in line
    ]


def masked(tei: bytes) -> bytes:
    """TEI with the source's SHA-256 (the only thing that depends on its bytes) masked."""
    return re.sub(rb"[0-9a-f]{64}", b"SHA256", tei)


def mixed_endings(lines: list[str]) -> str:
    """LF, CRLF and CR in turn, never a CR that an empty line and an LF would turn into CRLF."""
    out, cycle = [], ["\r\n", "\n", "\r"]
    for i, line in enumerate(lines):
        sep = cycle[i % 3]
        if sep == "\r" and i + 1 < len(lines) and not lines[i + 1]:
            sep = "\r\n"
        out.append(line + sep)
    text = "".join(out)
    assert {"\r\n", "\n", "\r"} <= {m.group() for m in re.finditer(r"\r\n|\r|\n", text)}
    assert len(re.split(r"\r\n|\r|\n", text)) == len(lines) + 1
    return text


def variants() -> dict[str, tuple[bytes, list[str]]]:
    """name -> (transcription bytes, warnings it gives beyond the bracket warnings)."""
    crlf = BASE.replace("\n", "\r\n")
    controls = BASE.replace("Because", "Be\x01cause\x1b").replace("closing", "clo\ufffesing\x00")
    return {
        "lf": (BASE.encode(), []),
        "crlf": (crlf.encode(), []),
        "cr": (BASE.replace("\n", "\r").encode(), []),
        "mixed": (mixed_endings(LINES).encode(), []),
        "utf8-bom": (codecs.BOM_UTF8 + BASE.encode(), []),
        "utf16-le": (codecs.BOM_UTF16_LE + BASE.encode("utf-16-le"), []),
        "utf16-be-crlf": (codecs.BOM_UTF16_BE + crlf.encode("utf-16-be"), []),
        "cp1252": (BASE.encode("cp1252"), ["SRC:3: warning: not UTF-8"]),
        "control-chars": (
            controls.encode(),
            [
                "SRC:5: warning: removed characters XML cannot hold: U+0001, U+001B",
                "SRC:7: warning: removed characters XML cannot hold: U+0000, U+FFFE",
            ],
        ),
    }


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, list[str]]]:
    """Every variant converted once by ``tei convert``: name -> (source, TEI, warnings)."""
    root = tmp_path_factory.mktemp("variants")
    done = {}
    for name, (data, _extra) in variants().items():
        src = root / name / "in.txt"  # the same file name everywhere: the TEI records it
        src.parent.mkdir()
        src.write_bytes(data)
        proc = run("convert", src, "-o", src.with_suffix(".xml"))
        assert proc.returncode == 0 and error_lines(proc) == [], (name, proc.stderr)
        assert "0 lost, 0 added" in proc.stderr, (name, proc.stderr)
        done[name] = (src, src.with_suffix(".xml"), warnings(proc, src))
    return done


def test_every_encoding_and_line_ending_gives_the_same_tei(converted):
    lf = masked(converted["lf"][1].read_bytes())
    for name, (_src, tei, _warnings) in converted.items():
        assert masked(tei.read_bytes()) == lf, name


def test_mixed_line_endings_give_the_same_paragraphs_as_lf(converted):
    def paragraphs(tei: Path) -> list[str]:
        root = etree.parse(str(tei)).getroot()
        return [" ".join("".join(p.itertext()).split()) for p in root.iterfind(".//tei:p", NS)]

    lf = paragraphs(converted["lf"][1])
    assert [p for p in lf if p.startswith(("Why", "Because", "And ]"))] == [
        "Why of it did it’s “café” matter so?",
        f"Because {LOOKS_LIKE_MARKUP} [sic nested] and [unbalanced.",
        "And ] closing (with [a b c]) here.",
    ]
    for name in ("crlf", "cr", "mixed", "utf16-be-crlf"):
        assert paragraphs(converted[name][1]) == lf, name


def test_warnings_name_the_same_lines_in_every_variant(converted):
    expected_extra = {name: extra for name, (_data, extra) in variants().items()}
    brackets = [w for w in converted["lf"][2] if "[bracket-unbalanced]" in w]
    assert [w.split(": warning:")[0] for w in brackets] == [f"SRC:{p}" for p in BRACKET_WARNINGS]
    for name, (_src, _tei, found) in converted.items():
        assert [w for w in found if "[bracket-unbalanced]" in w] == brackets, name
        others = [w for w in found if "[bracket-unbalanced]" not in w]
        assert len(others) == len(expected_extra[name]), (name, others)
        for line, prefix in zip(others, expected_extra[name], strict=True):
            assert line.startswith(prefix), (name, line)


def test_text_that_looks_like_markup_is_text(converted):
    tei = converted["lf"][1].read_bytes()
    assert (
        b"&lt;tei:note&gt;x&lt;/tei:note&gt; &amp;amp; &lt;script&gt;alert(1)&lt;/script&gt;"
        in (tei)
    )
    root = etree.fromstring(tei)
    assert root.find(".//{*}script") is None
    assert [n for n in root.iterfind(".//tei:note", NS) if "".join(n.itertext()) == "x"] == []
    said = [p for p in root.iterfind(".//tei:sp/tei:p", NS) if "Because" in "".join(p.itertext())]
    assert len(said) == 1 and LOOKS_LIKE_MARKUP in "".join(said[0].itertext())


def test_fidelity_reads_every_variant(converted):
    for name, (src, tei, _warnings) in converted.items():
        proc = run("fidelity", src, tei)
        assert proc.returncode == 0 and "0 lost, 0 added" in proc.stdout, (name, proc.stderr)
        assert error_lines(proc) == []


def test_build_of_every_variant_publishes_the_same_edition(converted, tmp_path):
    editions = tmp_path / "editions"
    for name, (src, _tei, _warnings) in converted.items():
        (editions / name).mkdir(parents=True)
        (editions / name / "in.txt").write_bytes(src.read_bytes())
    site = tmp_path / "site"
    proc = run("build", editions, "-o", site, "--formats", "tei,html,text", "-j", "2")
    assert proc.returncode == 0 and error_lines(proc) == [], proc.stderr
    lf_text = masked((site / "lf" / "lf.txt").read_bytes())
    assert LOOKS_LIKE_MARKUP.encode() in lf_text
    for name, (_src, tei, _warnings) in converted.items():
        assert (site / name / f"{name}.xml").read_bytes() == tei.read_bytes(), name
        assert masked((site / name / f"{name}.txt").read_bytes()) == lf_text, name
        html = (site / name / f"{name}.html").read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
        assert "&lt;tei:note&gt;x&lt;/tei:note&gt; &amp;amp;" in html, name


def test_package_keeps_a_utf16_source_as_it_is(converted, tmp_path):
    src, tei, _warnings = converted["utf16-le"]
    edition = tmp_path / "editions" / "utf16"
    edition.mkdir(parents=True)
    (edition / "in.txt").write_bytes(src.read_bytes())
    proc = run("package", edition, "-o", tmp_path / "bag", "--formats", "tei,text")
    assert proc.returncode == 0 and error_lines(proc) == [], proc.stderr
    data = tmp_path / "bag" / "data"
    assert (data / "source" / "in.txt").read_bytes() == src.read_bytes()
    assert (data / "tei" / "utf16.xml").read_bytes() == tei.read_bytes()
    assert LOOKS_LIKE_MARKUP in (data / "renderings" / "utf16.txt").read_text(encoding="utf-8")


# --- input that cannot be read -------------------------------------------------------------


def bad_inputs() -> dict[str, tuple[bytes, str, str]]:
    """name -> (bytes, expected code, expected position after the file name, or "")."""
    line3 = LINES[2]
    col = line3.index("matter") + 1  # in characters: ’ “ é ” before it are several bytes each
    lines = BASE.split("\n")
    lines[2] = line3.replace("matter", "\udcffmatter")
    with_bad_byte = "\n".join(lines).encode("utf-8", "surrogateescape")  # 0xff: never cp1252
    bad16 = ("A Title Ċ\n" + "\n".join(lines[1:])).encode("utf-16-le", "surrogatepass")
    return {
        "undecodable-utf8": (
            with_bad_byte.replace(b"\xff", b"\x81"),
            "text-undecodable",
            f":3:{col}:",
        ),
        "undecodable-cr": (
            with_bad_byte.replace(b"\xff", b"\x8d").replace(b"\n", b"\r"),
            "text-undecodable",
            f":3:{col}:",
        ),
        # U+010A is 0A 01 in UTF-16-LE: a 0x0A byte that is not a line break
        "utf16-lone-surrogate": (
            codecs.BOM_UTF16_LE + bad16.replace(b"\xff\xdc", b"\x00\xdc"),
            "text-undecodable",
            f":3:{col}:",
        ),
        "utf16-without-bom": (BASE.encode("utf-16-le"), "text-binary", ":"),
        "empty": (b"", "text-empty", ":"),
        "whitespace-only": (b" \r\n\t\n\r", "text-empty", ":"),
        "utf8-bom-only": (codecs.BOM_UTF8, "text-empty", ":"),
        "utf16-bom-whitespace": (
            codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"),
            "text-empty",
            ":",
        ),
        "control-chars-only": (b"\x01\x02\n\x1b\n", "text-empty", ":"),
        "gzip": (gzip.compress(BASE.encode(), mtime=0), "text-binary", ":"),
    }


def assert_one_error(proc: subprocess.CompletedProcess[str], src: Path, where: str, code: str):
    lines = error_lines(proc)
    assert len(lines) == 1, (src.name, proc.stderr)
    assert f"{src}{where} " in lines[0] and lines[0].endswith(f"[{code}]"), (src.name, lines[0])


@pytest.mark.parametrize("name", sorted(bad_inputs()))
def test_unreadable_transcription_through_convert_and_fidelity(name, tmp_path):
    data, code, where = bad_inputs()[name]
    src = tmp_path / f"{name}.txt"
    src.write_bytes(data)
    out = tmp_path / "out.xml"
    proc = run("convert", src, "-o", out)
    assert proc.returncode == 2
    assert_one_error(proc, src, where, code)
    assert not out.exists() and not (tmp_path / ".tei-convert.json").exists()
    good = tmp_path / "good.txt"
    good.write_text(BASE, encoding="utf-8")
    assert run("convert", good, "-o", out).returncode == 0
    proc = run("fidelity", src, out)
    assert proc.returncode == 2
    assert_one_error(proc, src, where, code)


def test_unreadable_transcriptions_fail_their_document_in_build_and_package(tmp_path):
    editions = tmp_path / "editions"
    sources = {}
    for name, (data, _code, _where) in [*bad_inputs().items(), ("good", (BASE.encode(), "", ""))]:
        (editions / name).mkdir(parents=True)
        sources[name] = editions / name / "in.txt"
        sources[name].write_bytes(data)
    site = tmp_path / "site"
    proc = run("build", editions, "-o", site, "--formats", "tei,text", "-j", "2")
    assert proc.returncode == 1
    failed = sorted(line.split(":")[1].strip() for line in error_lines(proc))
    assert failed == sorted(bad_inputs())
    assert (site / "good" / "good.xml").exists()
    report = (site / "report.html").read_text(encoding="utf-8")
    for name, (_data, code, where) in bad_inputs().items():
        shown = f"{name}/in.txt"  # relative to the editions folder: no local path published
        assert f'<li class="error">{shown}{where} ' in report, name
        assert str(tmp_path) not in report
        assert f"[{code}]</li>" in report, name
        bag = tmp_path / f"{name}-bag"
        proc = run("package", editions / name, "-o", bag, "--formats", "tei")
        assert proc.returncode == 2 and not bag.exists(), (name, proc.returncode)  # as convert
        lines = error_lines(proc)
        assert len(lines) == 1 and f"{sources[name]}{where} " in lines[0], (name, lines)
        assert f"[{code}]" in lines[0], (name, lines)


@pytest.mark.parametrize(
    ("content", "code"), [(BASE.encode(), "xml-syntax"), (b"", "xml-empty")], ids=["text", "empty"]
)
def test_a_transcription_given_where_xml_is_wanted_is_one_line(content, code, tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes(content)
    register = tmp_path / "register.toml"
    register.write_text('[[person]]\nid = "x"\nname = "Some One"\n', encoding="utf-8")
    for args in (
        ("render", src, "--to", "html", "-o", tmp_path / "o.html"),
        ("render", src, "--to", "text"),
        ("import", src, "-e", tmp_path / "imported"),
        ("tag-names", src, "--register", register, "--dry-run"),
    ):
        proc = run(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        lines = error_lines(proc)
        assert len(lines) == 1 and str(src) in lines[0] and f"[{code}]" in lines[0], (args, lines)
    proc = run("validate", src)
    found = [line for line in proc.stdout.splitlines() if ": error: " in line]
    assert proc.returncode == 2 and len(found) == 1 and f"[{code}]" in found[0], proc.stdout
    assert not (tmp_path / "o.html").exists() and not (tmp_path / "imported").exists()


# --- hostile XML through tag-names and package ---------------------------------------------


def test_hostile_xml_through_tag_names_and_package(tmp_path, listener):
    port, connections = listener
    register = tmp_path / "register.toml"
    register.write_text('[[person]]\nid = "x"\nname = "Some One"\n', encoding="utf-8")
    for name, (content, code) in hostile_documents(tmp_path, port).items():
        edition = tmp_path / "editions" / name
        edition.mkdir(parents=True)
        path = edition / f"{name}.xml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        tagged = tmp_path / f"{name}.tagged.xml"
        bag = tmp_path / f"{name}-bag"
        tags = run("tag-names", path, "--register", register, "-o", tagged)
        package = run("package", edition, "-o", bag, "--formats", "tei,text")
        written = "".join(
            p.read_text(encoding="utf-8", errors="replace")
            for p in [tagged, *bag.rglob("*")]
            if p.is_file()
        )
        everything = tags.stdout + tags.stderr + package.stdout + package.stderr + written
        assert SECRET not in everything, name
        if code is None:
            assert tags.returncode == 0 and tagged.exists(), (name, tags.stderr)
            assert package.returncode == 0 and (bag / "bagit.txt").exists(), (name, package.stderr)
            continue
        assert tags.returncode == 2 and not tagged.exists(), (name, tags.stderr)
        lines = error_lines(tags)
        assert len(lines) == 1 and str(path) in lines[0] and f"[{code}]" in lines[0], lines
        assert package.returncode == 2 and not bag.exists(), (name, package.stderr)
        lines = error_lines(package)
        assert len(lines) == 1 and str(path) in lines[0] and f"[{code}]" in lines[0], lines
    assert connections == []


def test_output_to_a_pipe_is_written_through_not_replaced(tmp_path):
    """Regression: ``-o /dev/null`` renamed a temporary file over the device, leaving a plain
    file at /dev/null. A FIFO stands in for the device here."""
    doc = tmp_path / "doc.xml"
    doc.write_text(TEI_DOC, encoding="utf-8")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    proc = run("render", doc, "--to", "text", "-o", fifo)
    reader.join(timeout=60)
    assert proc.returncode == 0 and error_lines(proc) == [], proc.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert len(received) == 1 and b"Some text" in received[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.xml", "fifo"]  # no temporary
