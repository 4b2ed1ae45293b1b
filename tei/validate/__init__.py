"""Validation: the project's TEI profile, referential rules, extra schemas, TEI All.

The library API (``tei validate`` merely wraps it)::

    from tei.validate import validate, validate_paths
    diagnostics = validate("interview.xml")                 # profile + rules
    diagnostics = validate(tree, tei_all="tei_all.rng")     # + TEI All conformance
    run = validate_paths(["editions/"], jobs=2)             # many files, in parallel
    run.exit_code()                                          # 0 valid, 1 invalid, 2 unreadable

Modules: :mod:`~tei.validate.engine` (layers from a spec), :mod:`~tei.validate.xsd`,
:mod:`~tei.validate.schematron`, :mod:`~tei.validate.relaxng` (one kind of schema
each), :mod:`~tei.validate.runner` (files, parallelism), :mod:`~tei.validate.report`
(text, JSON, JUnit, GitHub formats). Nothing is compiled at import time.
"""

from __future__ import annotations

from tei.lazy import lazy_getattr

_API = {
    "validate": "tei.validate.engine:validate",
    "validate_tree": "tei.validate.engine:validate_tree",
    "Validator": "tei.validate.engine:Validator",
    "ValidatorSpec": "tei.validate.engine:ValidatorSpec",
    "FileResult": "tei.validate.engine:FileResult",
    "validate_paths": "tei.validate.runner:validate_paths",
    "collect_files": "tei.validate.runner:collect_files",
    "ValidationRun": "tei.validate.runner:ValidationRun",
    "render_report": "tei.validate.report:render",
    "FORMATS": "tei.validate.report:FORMATS",
}

__all__ = list(_API)


__getattr__ = lazy_getattr(__name__, _API)
