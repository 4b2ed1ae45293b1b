"""Assemble validation layers from a spec, compile them once, validate documents.

The built-in profile is two layers: ``profile`` (schemas/tei-profile.xsd, XSD 1.1) and
``rules`` (schemas/tei-profile.sch, ISO Schematron). Extra schemas are chosen by
extension (``.rng``, ``.xsd``, ``.sch``); TEI All is a RELAX NG layer named ``tei-all``.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.errors import ReadError, UsageError
from tei.resources import data_dir
from tei.validate.base import Layer, path_memo
from tei.xmlio import TEI_NS, parse_bytes, read_bytes

PROFILE_XSD = "tei-profile.xsd"
PROFILE_SCH = "tei-profile.sch"
SCHEMA_KINDS = (".rng", ".xsd", ".sch")
_DUPLICATE_ID = re.compile(r"\bID (\S+) already defined")


def profile_dir() -> Path:
    """Where the profile's schemas are: inside the package when installed, else the repo."""
    candidate = data_dir("schemas")
    if (candidate / PROFILE_XSD).is_file():
        return candidate
    raise UsageError(
        f"the project profile ({PROFILE_XSD}) is not installed beside the toolkit",
        file=str(candidate),
        code="schema-missing",
    )


@dataclass(frozen=True)
class ValidatorSpec:
    """What to validate against (picklable: worker processes rebuild from it)."""

    profile: bool = True  #: the profile XSD (layer "profile")
    rules: bool = True  #: the profile Schematron (layer "rules")
    schemas: tuple[str, ...] = ()  #: extra schemas, by extension
    tei_all: str | None = None  #: TEI All RELAX NG (layer "tei-all")


@dataclass
class FileResult:
    """The findings for one file."""

    file: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    readable: bool = True
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity == "warning")

    def valid(self, strict: bool = False) -> bool:
        """No errors (and, when strict, no warnings either)."""
        return self.readable and not self.errors and not (strict and self.warnings)


class Validator:
    """Compiled layers, applied in order to each document."""

    def __init__(self, layers: Sequence[Layer], spec: ValidatorSpec | None = None) -> None:
        self.layers = list(layers)
        self.spec = spec

    @classmethod
    def from_spec(cls, spec: ValidatorSpec) -> Validator:
        """Compile every schema the spec names (raises ReadError/UsageError when one fails)."""
        return cls(build_layers(spec), spec)

    @property
    def layer_names(self) -> list[str]:
        return [layer.name for layer in self.layers]

    def validate_tree(self, tree: etree._ElementTree, file: str = "<input>") -> list[Diagnostic]:
        """All layers' findings for a parsed document, layer by layer."""
        found: list[Diagnostic] = []
        with path_memo():  # many findings among many siblings: paths in linear time
            for layer in self.layers:
                found.extend(layer.check(tree, file))
        return found

    def validate_file(self, path: str | Path) -> FileResult:
        """Read, parse (hardened) and validate one file; unreadable input is a finding."""
        start = time.perf_counter()
        name = str(path)
        try:
            tree = parse_bytes(read_bytes(path), name)
        except ReadError as exc:
            duplicate = _DUPLICATE_ID.search(exc.message) if exc.code == "xml-syntax" else None
            if duplicate:  # libxml2 checks xml:id uniqueness while parsing: invalid, not unreadable
                message = (f'xml:id "{duplicate.group(1)}" is used more than once; each xml:id '
                           "must be unique (the parser stops at the second use: fix it to see "
                           "any other findings)")
                diagnostic = Diagnostic("error", "tei-id-unique", message, exc.file or name,
                                        exc.line, exc.column)
                return FileResult(name, [diagnostic], True, time.perf_counter() - start)
            diagnostic = Diagnostic("error", exc.code, exc.message, exc.file or name, exc.line,
                                    exc.column)
            return FileResult(name, [diagnostic], False, time.perf_counter() - start)
        found = self.validate_tree(tree, name)
        return FileResult(name, found, True, time.perf_counter() - start)


def build_layers(spec: ValidatorSpec) -> list[Layer]:
    """Compile the layers of a spec, in reporting order."""
    from tei.validate.relaxng import PrunedRelaxNGLayer, RelaxNGLayer, load_relaxng
    from tei.validate.schematron import SchematronLayer, load_schematron

    layers: list[Layer] = []
    if spec.profile or (
        any(Path(item).suffix.lower() == ".xsd" for item in spec.schemas)
    ):  # xmlschema takes a second to import: only when an XSD is wanted
        from tei.validate.xsd import XsdLayer, load_xsd_with_fast_path
    if spec.profile or spec.rules:
        folder = profile_dir()
        if spec.profile:
            schema, fast = load_xsd_with_fast_path(folder / PROFILE_XSD, version="1.1", lazy=True)
            layers.append(XsdLayer(schema, "profile", prefix="profile", root=f"{{{TEI_NS}}}TEI",
                                   skip_duplicate_ids=spec.rules, fast=fast))
        if spec.rules:
            layers.append(SchematronLayer(load_schematron(folder / PROFILE_SCH), "rules"))
    for item in spec.schemas:
        path = Path(item)
        kind = path.suffix.lower()
        if kind == ".rng":
            layers.append(RelaxNGLayer(load_relaxng(path), path.name, code="rng"))
        elif kind == ".xsd":
            schema, fast = load_xsd_with_fast_path(path)
            layers.append(XsdLayer(schema, path.name, prefix="xsd", fast=fast))
        elif kind == ".sch":
            layers.append(SchematronLayer(load_schematron(path), path.name))
        else:
            raise UsageError(
                f"unknown schema kind '{kind or path.name}'; choose one of "
                f"{', '.join(SCHEMA_KINDS)} (RELAX NG XML syntax, XSD, ISO Schematron)",
                file=str(path),
                code="schema-kind",
            )
    if spec.tei_all:
        layers.append(PrunedRelaxNGLayer(Path(spec.tei_all), "TEI All", code="tei-all"))
    return layers


@functools.lru_cache(maxsize=8)
def cached_validator(spec: ValidatorSpec) -> Validator:
    """One compiled :class:`Validator` per spec per process."""
    return Validator.from_spec(spec)


def validate(
    document: etree._ElementTree | etree._Element | str | Path,
    *,
    schemas: Sequence[str | Path] = (),
    tei_all: str | Path | None = None,
    profile: bool = True,
    file: str | None = None,
) -> list[Diagnostic]:
    """Validate one TEI document (a tree or a path) and return its findings.

    By default: the project profile (XSD) and its rules (Schematron); ``schemas`` adds
    RELAX NG / XSD / Schematron files by extension; ``tei_all`` adds TEI All. Schemas
    are compiled on first use and cached for the process. Unreadable files come back
    as a single diagnostic (code ``xml-syntax``, ``io-missing``, ...).
    """
    spec = ValidatorSpec(
        profile=profile,
        rules=profile,
        schemas=tuple(str(s) for s in schemas),
        tei_all=str(tei_all) if tei_all else None,
    )
    validator = cached_validator(spec)
    if isinstance(document, str | Path):
        return validator.validate_file(document).diagnostics
    tree = document.getroottree() if isinstance(document, etree._Element) else document
    return validator.validate_tree(tree, file or tree.docinfo.URL or "<input>")


def validate_tree(
    tree: etree._ElementTree | etree._Element,
    *,
    source: str = "<input>",
    schemas: Sequence[str | Path] = (),
    tei_all: str | Path | None = None,
    profile: bool = True,
) -> list[Diagnostic]:
    """:func:`validate` for an already parsed tree; ``source`` names it in diagnostics."""
    return validate(tree, schemas=schemas, tei_all=tei_all, profile=profile, file=source)
