"""Where the browser is the cause of an error, say so: notes for a module the browser's
Python cannot load, a script that ran out of memory or exited; input() with no console,
and os._exit, which would end Python itself.

The runner adds them to an uncaught exception (Python's ``add_note``), and the
exception element shows them under the message, as Python prints them.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping
from typing import NoReturn

__all__ = ["PYODIDE_PACKAGES_URL", "add_notes", "ending_the_run", "no_console_input"]

PYODIDE_PACKAGES_URL = "https://pyodide.org/en/stable/usage/packages-in-pyodide.html"


def add_notes(exc: BaseException) -> None:
    """Add a note to `exc` that says what went wrong in the browser and what to do."""
    note = None
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        note = _missing_module_note(exc.name.partition(".")[0], _pyodide_packages())
    elif isinstance(exc, MemoryError) and not str(exc):
        note = (
            "Python ran out of memory: the script asked for more than it can have. "
            "In a browser tab, Python has a few GB at most; work with less data at a time."
        )
    elif isinstance(exc, SystemExit):
        note = "The script asked Python to exit: this run ends here, and the app runs again when you use it."
    if note and hasattr(exc, "add_note") and note not in getattr(exc, "__notes__", ()):
        exc.add_note(note)


def _pyodide_packages() -> tuple[Mapping[str, str], frozenset[str]] | None:
    """In Pyodide: import name → package for the packages it provides, and the standard
    library's module names. None elsewhere: there we cannot tell what the browser has."""
    if sys.platform != "emscripten":
        return None
    try:
        from _pyodide import _importhook
    except ImportError:
        return None
    # The export's lock lists only the app's packages; the exporter adds all of Pyodide's.
    packages = dict(getattr(_importhook, "REPODATA_PACKAGES_IMPORT_TO_PACKAGE_NAME", {}))
    try:
        with open(os.path.join(os.path.dirname(__file__), "_pyodide_imports.json"), encoding="utf-8") as file:
            packages.update(json.load(file))
    except (OSError, ValueError):
        pass
    return packages, frozenset(sys.stdlib_module_names)


def _missing_module_note(
    module: str, known: tuple[Mapping[str, str], frozenset[str]] | None
) -> str | None:
    if known is None or module in sys.modules:
        return None  # a submodule is missing, or we cannot tell what the browser has
    packages, stdlib = known
    if module in packages:
        return (
            f"'{module}' is one of the packages Pyodide provides, but it was not loaded. "
            "Headwater loads the packages a script imports by name before it runs, and this "
            "import was not found that way (it is made with importlib or __import__), or the "
            f"package could not be downloaded. Add `import {module}` at the top of the script "
            "(and export the app again)."
        )
    if module in stdlib:
        return (
            f"'{module}' is part of Python's standard library, but not of the Python that "
            "runs in the browser (Pyodide leaves it out, as browsers cannot support it)."
        )
    return (
        "Headwater runs Python in the browser (Pyodide). An app can import the standard "
        "library, its own modules, and the packages Pyodide provides (numpy, pandas, "
        f"matplotlib, scipy, scikit-learn and more: {PYODIDE_PACKAGES_URL}); "
        f"'{module}' is not one of them. A pure-Python package from PyPI can come along: "
        "list it in requirements.txt beside the app, by its PyPI name, and export again. "
        "A package with compiled code that Pyodide lacks cannot run in the browser: use "
        "one of Pyodide's instead."
    )


def no_console_input(prompt: object = "", /) -> str:
    """Stands in for ``input()`` while the script runs: in a browser there is no console to read."""
    raise EOFError(
        "input() has no console to read from: the app runs in a browser. "
        "Ask the visitor with st.text_input() instead."
    )


def ending_the_run(process_exit: Callable[[int], NoReturn]) -> Callable[[int], NoReturn]:
    """A stand-in for ``os._exit`` while the script runs: it ends the run as sys.exit()
    does, instead of Python (the browser's, or `export`'s). A forked child still exits."""
    pid = os.getpid()

    def _exit(status: int, /) -> NoReturn:
        if os.getpid() != pid:
            process_exit(status)
        raise SystemExit(status)

    return _exit
