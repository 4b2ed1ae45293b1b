"""The one hardened way in (and out) for XML.

Every XML document the toolkit reads goes through :func:`parse_bytes` (or
:func:`parse_file`, which reads bytes first: lxml would inflate a gzip file given
by path). The parser resolves no external entity, loads no DTD, touches no
network, keeps libxml2's size limits, and *rejects* documents that declare or use
external entities instead of silently keeping ``&xxe;``. Every write goes through
:func:`atomic_write`.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import hashlib
import os
import re
import tempfile
from pathlib import Path
from stat import S_ISREG

from lxml import etree

from tei.errors import ReadError, TeiError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"tei": TEI_NS}


@functools.lru_cache(maxsize=1024)
def xpath(path: str) -> etree.XPath:
    """``path`` compiled once over the TEI namespaces (``node.xpath(path)`` compiles the
    expression on every call, the larger part of a short query's cost)."""
    return etree.XPath(path, namespaces=NSMAP)


_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY\s+(%\s*)?[^\s>]+\s+(SYSTEM|PUBLIC)\b")
_LITERAL = rb"(?:\"[^\"]*\"|'[^']*')"
_DOCTYPE_EXTERNAL_ID = re.compile(
    rb"<!DOCTYPE\s+[^\s\[>]+\s+(?P<id>SYSTEM\s+"
    + _LITERAL
    + rb"|PUBLIC\s+"
    + _LITERAL
    + rb"\s+"
    + _LITERAL
    + rb")"
)
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")
_XINCLUDE_NS = b"http://www.w3.org/2001/XInclude"


def make_parser(*, remove_blank_text: bool = False) -> etree.XMLParser:
    """A parser with every door closed (see module docstring).

    ``collect_ids=False`` keeps a duplicate ``xml:id`` from being a parse error (the profile's
    rules report it); it also makes libxml2 load an external DTD, so :func:`parse_bytes`
    first blanks the DOCTYPE's external identifier out (see :func:`without_external_dtd`).
    """
    return etree.XMLParser(
        resolve_entities="internal",
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=remove_blank_text,
        remove_comments=False,
        remove_pis=False,
        collect_ids=False,
    )


def without_external_dtd(data: bytes) -> bytes:
    """Blank out (with spaces, keeping every position) a DOCTYPE's SYSTEM/PUBLIC identifier."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
        text = re.sub(r"^(<\?xml[^>]*encoding=[\"'])[^\"']+", r"\g<1>UTF-8", text)
        data = text.encode("utf-8")
    match = _DOCTYPE_EXTERNAL_ID.search(data)
    if match is None:
        return data
    first_element = _ELEMENT_START.search(data)
    if first_element is not None and first_element.start() < match.start():
        return data  # not in the prolog (inside text or a comment): leave it alone
    start, end = match.span("id")
    blank = bytes(b if b in b"\r\n" else 0x20 for b in data[start:end])
    return data[:start] + blank + data[end:]


def parse_bytes(
    data: bytes, source: str = "<input>", *, remove_blank_text: bool = False
) -> etree._ElementTree:
    """Parse XML bytes safely; raise :class:`ReadError` naming ``source`` and the line."""
    if not data.strip():
        raise ReadError("empty file: no XML to read", file=source, code="xml-empty")
    match = _EXTERNAL_ENTITY.search(data)
    if match:
        line = data.count(b"\n", 0, match.start()) + 1
        raise ReadError(
            "document declares an external entity; refused (external entities are never read)",
            file=source,
            line=line,
            code="xml-external-entity",
        )
    data = without_external_dtd(data)
    try:
        root = etree.fromstring(data, make_parser(remove_blank_text=remove_blank_text))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno or 0, 0)
        msg = str(exc.msg or exc).split(" (", 1)[0] if exc.msg else str(exc)
        msg = re.sub(r", line \d+, column \d+$", "", msg)
        if "amplification" in msg or "entity reference loop" in msg:
            msg = f"entity expansion limit hit ({msg}); refused"
        elif "huge" in msg.lower() or "limit" in msg.lower():
            msg = f"parser size limit hit ({msg}); refused"
        raise ReadError(
            f"not well-formed XML: {msg}",
            file=source,
            line=line or None,
            column=column or None,
            code="xml-syntax",
        ) from None
    if root is None:
        raise ReadError("no root element", file=source, code="xml-syntax")
    tree = root.getroottree()
    for node in root.iter(etree.Entity):
        raise ReadError(
            f"document uses an undeclared or external entity &{node.name};; refused",
            file=source,
            line=node.sourceline,
            code="xml-external-entity",
        )
    return tree


def parse_file(
    path: str | os.PathLike[str], *, remove_blank_text: bool = False
) -> etree._ElementTree:
    """Read a file's bytes and parse them with :func:`parse_bytes`."""
    return parse_bytes(read_bytes(path), str(path), remove_blank_text=remove_blank_text)


def max_input_bytes() -> int:
    """The largest input read (``TEI_MAX_INPUT_BYTES``, default 256 MiB): ``/dev/zero`` or
    an endless pipe given as input is refused, not read until memory runs out."""
    try:
        return int(os.environ.get("TEI_MAX_INPUT_BYTES", "")) or MAX_INPUT_BYTES
    except ValueError:
        return MAX_INPUT_BYTES


MAX_INPUT_BYTES = 256 * 1024 * 1024


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a whole file, turning OS errors into one-line :class:`ReadError`s; at most
    :func:`max_input_bytes` (a larger input is refused)."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError("is a directory, not a file", file=str(path), code="io-read")
        limit = max_input_bytes()
        with p.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            if S_ISREG(stat.st_mode):  # one buffer of the file's size, or nothing
                if stat.st_size > limit:
                    raise ReadError(
                        f"{stat.st_size:,} bytes, over the {limit:,}-byte input limit "
                        "(TEI_MAX_INPUT_BYTES); refused",
                        file=str(path),
                        code="io-too-large",
                    )
                data = handle.read()
            else:  # a device or a pipe: never more than the limit
                chunks, size = [], 0
                while size <= limit:
                    chunk = handle.read(min(1 << 20, limit + 1 - size))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                data = b"".join(chunks)
        if len(data) > limit:
            raise ReadError(
                f"larger than the {limit:,}-byte input limit (TEI_MAX_INPUT_BYTES); refused",
                file=str(path),
                code="io-too-large",
            )
        return data
    except FileNotFoundError:
        raise ReadError("no such file", file=str(path), code="io-missing") from None
    except PermissionError:
        raise ReadError("permission denied", file=str(path), code="io-read") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror}", file=str(path), code="io-read") from None


def uses_xinclude(data: bytes) -> bool:
    """True when the bytes mention the XInclude namespace (XInclude is never processed)."""
    return _XINCLUDE_NS in data


def serialize(tree: etree._ElementTree | etree._Element, *, pretty: bool = True) -> bytes:
    """Serialise TEI deterministically: UTF-8, XML declaration, trailing newline.

    ``pretty`` indents element-only content (libxml2 never touches mixed content), so
    every element starts a line and diagnostics can cite useful line numbers.
    """
    data = etree.tostring(tree, encoding="UTF-8", xml_declaration=True, pretty_print=pretty)
    return data if data.endswith(b"\n") else data + b"\n"


def ensure_readable(data: bytes, source: str) -> None:
    """Refuse XML that parsers (with their default limits) would not read back: lxml writes
    what it cannot read, e.g. a tree pushed past 256 levels by added tags."""
    try:
        parse_bytes(data, source)
    except ReadError as exc:
        raise TeiError(
            f"the result could not be read back by an XML parser ({exc.message}); nothing written",
            file=source,
            code="xml-unreadable-output",
        ) from None


def sha256(data: bytes) -> str:
    """Hex SHA-256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def _mode_for(target: Path) -> int:
    """Keep an existing file's mode; new files get 0666 minus the umask (not mkstemp's 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    A device or a pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is written to, never
    replaced: renaming over it would turn ``/dev/null`` into a plain file.
    """
    target = Path(path)
    if target.exists() and not target.is_file() and not target.is_dir():
        with target.open("wb") as handle:
            handle.write(data)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
