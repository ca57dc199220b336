"""Running the script: compile with magic, exec in a fresh ``__main__``, loop on st.rerun.

st.rerun() and st.stop() unwind the script as exceptions and are caught here,
in one place; a rerun restarts the loop instead of recursing. A rerun stays
within the same ``runId``: its elements overwrite the interrupted run's, and
the final ``run:finish`` drops whatever the interrupted run drew beyond them.

A fragment rerun runs one fragment's function instead of the script, on a page
that holds only the fragment's blocks, so ``run:finish`` leaves the rest alone.
When the widget callbacks all asked for fragments by key (``st.rerun(scope=key)``),
the run becomes a rerun of those fragments, one after another, in the same way.
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import linecache
import os
import sys
import tokenize
import types
from collections.abc import Iterator, Sequence
from typing import Any, Literal, NoReturn

from streamlit import _binding, _container, _explain, _fragment, _pages, _protocol, _session_state
from streamlit._delta_generator import main
from streamlit._errors import (
    NeedsPackageException,
    RerunException,
    StopException,
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from streamlit._magic import MAGIC_NAME, add_magic, transparent_write
from streamlit._session_state import get_session_state
from streamlit.elements.exception import exception_props

__all__ = ["ScriptRunner", "rerun", "stop"]

_SHIM_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def stop() -> NoReturn:
    """Stop the script here; what it drew so far stays on the page.

    Example:
        >>> if not name:
        ...     st.warning("Please enter a name.")
        ...     st.stop()
    """
    raise StopException()


def rerun(scope: Literal["app", "fragment"] | str | int | Sequence[str | int] = "app") -> NoReturn:
    """Stop the script here and run it again from the top.

    ``scope="fragment"`` reruns only the fragment this is called from (during a
    fragment rerun). In a widget callback, a fragment key (or a list of keys) reruns
    only those fragments instead of what the interaction would rerun.

    Example:
        >>> if st.button("Reset"):
        ...     st.session_state.clear()
        ...     st.rerun()
    """
    keys = _check_scope(scope)
    if scope == "fragment":
        raise _fragment.rerun_scope()
    if scope == "app":
        raise RerunException()
    if not _session_state.in_callback():
        raise StreamlitAPIException(
            "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
            "(e.g. `on_change` / `on_click`). Calling it from the main script body or a "
            "fragment body would abort the current run. If you meant to rerun the whole "
            "app or the current fragment, use `scope='app'` or `scope='fragment'`."
        )
    raise _fragment.keyed_rerun(keys)


_SCOPES = ["'app'", "'fragment'", "a fragment key", "a list of keys"]


def _check_scope(scope: object) -> list[str]:
    """The fragment keys `scope` names (ints as text), after Streamlit's checks."""
    if isinstance(scope, (bytes, bytearray)) or not isinstance(scope, (str, int, Sequence)):
        raise StreamlitInvalidParameterTypeError(
            "scope", type(scope).__name__, ["str", "int", "list[str | int]"]
        )
    if isinstance(scope, (str, int)):
        if scope == "":
            raise StreamlitValueError("scope", _SCOPES, detail="Got an empty string.")
        return [str(scope)]
    if len(scope) == 0:
        raise StreamlitValueError("scope", _SCOPES, detail="Got an empty list.")
    keys: list[str] = []
    for name in scope:
        if not isinstance(name, (str, int)):
            raise StreamlitInvalidParameterTypeError("scope list items", type(name).__name__, ["str", "int"])
        if name == "":
            raise StreamlitValueError(
                "scope list items", ["non-empty strings or ints"], detail="Found an empty string in the list."
            )
        if name in ("app", "fragment"):
            raise StreamlitValueError(
                "scope",
                ["fragment keys"],
                detail=f"'{name}' is a reserved scope name and cannot appear inside a list. "
                f"Pass '{name}' directly as a string.",
            )
        keys.append(str(name))
    return keys


class ScriptRunner:
    """Runs one app script; each ``run`` emits run:start, run:delta..., run:finish."""

    def __init__(self, entrypoint: str, argv: list[str], emit: _container.Emit) -> None:
        self._path = os.path.abspath(entrypoint)
        self._argv = list(argv)
        self._emit = emit
        self._run_id = 0
        self._codes: dict[str, types.CodeType] = {}
        self._event_count = 0
        # Packages a run asked the worker for; asked twice means loading failed.
        self._asked_packages: set[str] = set()
        self.needed_package: str | None = None
        self.navigator = _pages.Navigator(
            self._path, run_main=lambda: self._exec(self._compile(self._path)), compile_page=self._compile
        )
        _pages.start(self.navigator)

    def run(
        self,
        widgets: dict[str, Any],
        triggers: dict[str, Any],
        fragment: str | None = None,
        *,
        again: bool = False,
    ) -> _protocol.RunStatus | Literal["needs_package"]:
        """Run the script, or only `fragment` if the last full run drew it.

        A rerun of a fragment the page no longer shows is a full run if it carries
        widget changes, and nothing if not (a late tick of its `run_every` timer).
        ``"needs_package"`` means a command needs `needed_package` loaded: the run
        ends without ``run:finish``, and the worker loads it and runs `again` with the
        same values, whose callbacks ran already.
        """
        frag = _fragment.find(fragment)
        if fragment is not None and frag is None and not widgets and not triggers:
            return "ok"
        self.needed_package = None
        self._run_id += 1
        page = _container.Page(self._run_id, self._emit, frag and self._fragment_blocks(frag))
        _container.begin(page)
        page.send(_protocol.run_start(self._run_id, frag and frag.id))
        state = get_session_state()
        status: _protocol.RunStatus
        with self._script_environment():
            rerun: RerunException | None = None
            interrupted = False
            while True:
                try:
                    # A rerun's bookkeeping is inside the try: a Stop may land in it too.
                    _binding.begin_run()
                    if rerun is not None:
                        state.on_script_finished(remove_stale_widgets=False)
                        if isinstance(rerun, _fragment.FragmentRerun):
                            frag = _fragment.find(rerun.fragment_id)
                        else:
                            frag = None
                        page.restart(frag and self._fragment_blocks(frag))
                        _container.begin(page)
                        widgets, triggers, rerun = {}, {}, None
                    targets = self._keyed_targets(state.on_script_will_rerun(widgets, triggers, callbacks=not again))
                    if targets:
                        # The callbacks named the fragments to rerun instead (st.rerun(scope=key)).
                        frag = targets[0]
                        page.restart(self._fragment_blocks(*targets))
                        _container.begin(page)
                        for target in targets:
                            _fragment.rerun(target)
                    elif frag is None:
                        _fragment.begin_full_run()
                        self.navigator.run_app()
                    else:
                        _fragment.rerun(frag)
                    status = "ok"
                except RerunException as exc:
                    rerun = exc
                    continue
                except NeedsPackageException as exc:
                    if exc.package in self._asked_packages:
                        status = self._show_error(page, frag, ModuleNotFoundError(f"No module named {exc.package!r}"))
                    else:
                        self._asked_packages.add(exc.package)
                        self.needed_package = exc.package
                        status = "stopped"
                except StopException:
                    status = "stopped"
                except KeyboardInterrupt:
                    # How the page's Stop interrupts a runaway script. What the page shows stays,
                    # even elements this pass had not reached again (a Stop right after an
                    # st.rerun would otherwise leave an empty page).
                    status, interrupted = "stopped", True
                except SystemExit as exc:
                    # sys.exit() ends the run as st.stop() does; an exit code that reports a
                    # failure (argparse's 2, a message) is shown, as a terminal would show it.
                    status = "stopped" if exc.code in (None, 0) else self._show_error(page, frag, exc)
                except BaseException as exc:  # noqa: BLE001 - any error the script raises is shown, never lost
                    status = self._show_error(page, frag, exc)
                break
        if frag is None:
            self._event_count = page.blocks.get("event", 0)
        # After a stop, an error or a fragment run, widgets the run did not reach keep their state.
        complete = status == "ok" and frag is None
        _binding.finish_run(complete=complete)
        state.on_script_finished(remove_stale_widgets=complete)
        self.navigator.finish_run(status)
        page.flush()
        if self.needed_package is not None:
            return "needs_package"
        page.send(_protocol.run_finish(self._run_id, status, {} if interrupted else page.blocks))
        return status

    def _show_error(
        self, page: _container.Page, frag: _fragment.Fragment | None, exc: BaseException
    ) -> _protocol.RunStatus:
        _container.begin(page)  # the error goes to the main area, at its cursor
        target = main if frag is None else _container.container_at(frag.path)
        _explain.add_notes(exc)
        target._enqueue("exception", exception_props(exc, uncaught=True))
        return "error"

    def _fragment_blocks(self, *frags: _fragment.Fragment) -> dict[str, int]:
        # Toasts and dialogs a fragment opens go after the full run's.
        blocks = {path: 0 for frag in frags for path in frag.blocks()}
        return {**blocks, "event": self._event_count}

    @staticmethod
    def _keyed_targets(fragment_ids: list[str] | None) -> list[_fragment.Fragment]:
        """The fragments to rerun, less those inside another of them (it redraws them)."""
        frags = [f for f in map(_fragment.find, fragment_ids or ()) if f is not None]
        return [
            f for f in frags
            if not any(o is not f and f.path.startswith(o.path + ".") for o in frags)
        ]

    def files_changed(self) -> None:
        """Forget the compiled scripts and the app's own modules, so edits take effect."""
        self._codes.clear()
        self.navigator.files_changed()
        app_dir = os.path.dirname(self._path) + os.sep
        for name, module in list(sys.modules.items()):
            file = getattr(module, "__file__", None)
            if file is None:
                continue
            path = os.path.abspath(file)
            if path.startswith(app_dir) and not path.startswith(_SHIM_DIR):
                del sys.modules[name]
        importlib.invalidate_caches()
        linecache.clearcache()

    def _compile(self, path: str) -> types.CodeType:
        """The script at `path` (the entry script or a page) with magic, compiled once."""
        code = self._codes.get(path)
        if code is None:
            with tokenize.open(path) as script:  # honours a coding declaration
                source = script.read()
            try:
                tree = add_magic(source, path)
                # dont_inherit: the shim's own `from __future__` flags must not leak in.
                code = compile(tree, path, "exec", dont_inherit=True)
            except SyntaxError as exc:
                # The script never started, so no frame of the traceback is the user's.
                raise exc.with_traceback(None) from None
            linecache.checkcache(path)
            self._codes[path] = code
        return code

    def _exec(self, code: types.CodeType) -> None:
        module = types.ModuleType("__main__")
        module.__file__ = self._path
        setattr(module, MAGIC_NAME, transparent_write)
        sys.modules["__main__"] = module
        exec(code, module.__dict__)

    @contextlib.contextmanager
    def _script_environment(self) -> Iterator[None]:
        """argv, cwd and import path as ``streamlit run`` gives them; no console, and
        os._exit ends only the run. All restored afterwards."""
        saved = (sys.argv, list(sys.path), sys.modules.get("__main__"), os.getcwd(), builtins.input, os._exit)
        script_dir = os.path.dirname(self._path)
        sys.argv = [self._path, *self._argv]
        sys.path.insert(0, script_dir)
        os.chdir(script_dir)
        builtins.input = _explain.no_console_input  # there is no console to wait on
        os._exit = _explain.ending_the_run(os._exit)  # Python must outlive the script
        try:
            yield
        finally:
            argv, path, main_module, cwd, builtins.input, os._exit = saved
            sys.argv = argv
            sys.path[:] = path
            if main_module is not None:
                sys.modules["__main__"] = main_module
            os.chdir(cwd)
