"""tei: a TEI-XML digital edition toolkit.

The library API (the command line merely wraps it)::

    import tei
    result = tei.convert("interview.txt", "interview.xml", config="edition.toml")
    tree = tei.read_transcription(text_bytes, config)      # -> lxml ElementTree
    report = tei.fidelity("interview.txt", "interview.xml")
    findings = tei.validate_tree(result.tree)              # -> [Diagnostic]

    from tei.render import render     # render(tree, "html" | "text" | "print" | "pdf")
    from tei.build import build       # build("editions", "_site")
    from tei.validate import validate # validate("interview.xml", tei_all=...)

Names are imported lazily so that ``import tei`` does no work.
"""

from __future__ import annotations

from tei.lazy import lazy_getattr

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
    "validate_tree": "tei.validate:validate_tree",
    "Diagnostic": "tei.diagnostics:Diagnostic",
    "TeiError": "tei.errors:TeiError",
}

__all__ = ["__version__", *_API]


__getattr__ = lazy_getattr(__name__, _API)
