"""Lazy public APIs: a package names its functions as "module:attr" and imports them on
first use, so importing the package does no work (no schemas, stylesheets or lxml)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_getattr(package: str, api: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` resolving ``api`` names on first access (then cached)."""

    def __getattr__(name: str) -> Any:
        target = api.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attr = target.partition(":")
        value = getattr(importlib.import_module(module), attr)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__


def callable_module(name: str, function: Callable[..., Any]) -> None:
    """Let the module ``name`` be called as ``function``.

    The package API names a function after the module that defines it (``tei.convert``,
    ``tei.fidelity``). Importing such a module makes the package attribute the module, which
    would shadow the function; a callable module keeps ``tei.convert(...)`` working either way.
    """
    module = sys.modules[name]

    class CallableModule(type(module)):  # type: ignore[misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return function(*args, **kwargs)

    module.__class__ = CallableModule
