"""tei: a TEI-XML digital edition toolkit.

The library API (the command line merely wraps it)::

    import tei
    result = tei.convert("interview.txt", "interview.xml", config="edition.toml")
    tree = tei.read_transcription(text_bytes, config)      # -> lxml ElementTree
    report = tei.fidelity("interview.txt", "interview.xml")
    findings = tei.validate("interview.xml")               # -> [Diagnostic]
    html = tei.render(result.tree, "html")                 # "text", "print" -> str; "pdf" -> bytes
    summary = tei.build("editions", "_site")               # the whole site

Names are imported lazily so that ``import tei`` does no work.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {
    "convert": "tei.convert:convert",
    "ConversionResult": "tei.convert:ConversionResult",
    "read_transcription": "tei.readers.transcription:read",
    "get_reader": "tei.readers:get_reader",
    "load_config": "tei.config:load_config",
    "EditionConfig": "tei.config:EditionConfig",
    "fidelity": "tei.fidelity:check_files",
    "check_fidelity": "tei.fidelity:check",
    "FidelityReport": "tei.fidelity:FidelityReport",
    "validate": "tei.validate:validate",
    "validate_tree": "tei.validate:validate_tree",
    "render": "tei.render:render",
    "build": "tei.build:build",
    "Diagnostic": "tei.diagnostics:Diagnostic",
    "TeiError": "tei.errors:TeiError",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    target = _API.get(name)
    if target is None:
        raise AttributeError(f"module 'tei' has no attribute {name!r}")
    import importlib

    module, _, attr = target.partition(":")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
