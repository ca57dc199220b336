"""Custom components (``declare_component``): a frontend in a frame, talking to the script.

The frontend is the component's built folder shipped inside the app's folder
(``path=``): its ``index.html`` is sent with the scripts, styles and images it
names by relative URL inlined as ``data:`` URLs, and drawn in a sandboxed frame
(scripts run in an opaque origin). The page speaks Streamlit's component
messages to it (``streamlit:render`` with the arguments; ``setComponentValue``
and ``setFrameHeight`` back), so ``streamlit-component-lib`` frontends work. A
``url=`` component is loaded from that URL, which an offline page may not reach.

Dataframe arguments travel as Streamlit sends them (``dfs``: Arrow IPC of the
values, the index and the column labels), and a frontend's dataframe value comes
back the same way, marked ``{"__arrow_table__": ...}`` by the page.
"""

from __future__ import annotations

import base64
import inspect
import json
import mimetypes
import os
import re
from pathlib import Path
from typing import Any

from streamlit import _widgets
from streamlit._container import active
from streamlit._errors import StreamlitAPIException
from streamlit._types import is_dataframe_like
from streamlit.elements.iframe import check_tab_index

__all__ = ["CustomComponent", "MarshallComponentException", "declare_component"]

# src="..." and href="..." attributes: the frontend's own files are inlined where they are named.
_ASSET_ATTRIBUTE = re.compile(r"""(\b(?:src|href)\s*=\s*)(["'])([^"']*)\2""", re.IGNORECASE)
_NOT_A_FILE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)


class MarshallComponentException(StreamlitAPIException):
    """A component's arguments could not be sent to its frontend."""


class CustomComponent:
    """A declared component; call it to draw an instance and get its value."""

    def __init__(self, name: str, path: str | None = None, url: str | None = None, module_name: str | None = None) -> None:
        if path is None and url is None:
            raise StreamlitAPIException("Either 'path' or 'url' must be set.")
        self._name = name
        self._path = path
        self._url = url
        self._module_name = module_name

    def __repr__(self) -> str:
        return f"CustomComponent(name={self._name!r}, path={self._path!r}, url={self._url!r})"

    def __str__(self) -> str:
        return f"'{self._name}': {self._path if self._path is not None else self._url}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (self._name, self._path, self._url, self._module_name) == (
            other._name, other._path, other._url, other._module_name)  # fmt: skip

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((self._name, self._path, self._url, self._module_name))

    @property
    def name(self) -> str:
        return self._name

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def url(self) -> str | None:
        return self._url

    @property
    def module_name(self) -> str | None:
        return self._module_name

    @property
    def abspath(self) -> str | None:
        return None if self._path is None else os.path.abspath(self._path)

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: _widgets.WidgetCallback | None = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Draw an instance with these keyword arguments; returns its value (`default` until it sets one)."""
        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        callback = _widgets.callback(on_change, modes=())
        check_tab_index(tab_index)
        json_args, byte_args, frame_args = _split_args({**kwargs, "default": default, "key": key})
        try:
            serialized = json.dumps(json_args)
        except (TypeError, ValueError) as error:
            raise MarshallComponentException(f"Could not convert component args to JSON: {error}") from error
        frontend = None if self._url is not None else _frontend_html(self)
        user_key = _widgets.to_key(key)
        widget_id = _widgets.widget_id(
            "component_instance",
            user_key,
            key_as_main_identity={"name", "url"},
            name=self._name,
            url=self._url,
            json_args=serialized,
            byte_args=sorted(byte_args),
            frame_args=sorted(frame_args),
        )
        value = _widgets.register(
            widget_id,
            user_key,
            deserialize=_from_page,
            serialize=lambda v: v,
            on_change=callback,
            args=None,
            kwargs=None,
            disabled=False,
        )
        active()._enqueue(
            "component",
            {
                "name": self._name,
                "url": self._url,
                "html": frontend,
                "args": {**json_args, **byte_args},
                "dfs": [{"key": name, "value": frame} for name, frame in frame_args.items()],
                "tab_index": tab_index,
                "value": value,
                "form_id": _widgets.current_form_id(),
            },
            widget_id,
        )
        return default if value is None else value

    __call__ = create_instance


def _split_args(all_args: dict[str, Any]) -> tuple[dict[str, Any], dict[str, bytes], dict[str, dict[str, bytes]]]:
    """JSON arguments, bytes arguments and dataframe arguments (as Arrow tables)."""
    json_args: dict[str, Any] = {}
    byte_args: dict[str, bytes] = {}
    frame_args: dict[str, dict[str, bytes]] = {}
    for name, value in all_args.items():
        if isinstance(value, (bytes, bytearray, memoryview)):
            byte_args[name] = bytes(value)
        elif is_dataframe_like(value):
            frame_args[name] = _arrow_table(value)
        else:
            json_args[name] = value
    return json_args, byte_args, frame_args


def _arrow_table(data: Any) -> dict[str, bytes]:
    """Streamlit's ArrowTable: the values, the index and the column labels, each as Arrow IPC."""
    import pandas as pd

    from streamlit.elements.data import to_pandas

    def labels(values: Any) -> Any:
        return pd.DataFrame([list(v) if isinstance(v, tuple) else v for v in values])

    frame = to_pandas(data)
    return {"data": _ipc(frame), "index": _ipc(labels(frame.index.values)), "columns": _ipc(labels(frame.columns.values))}


def _ipc(frame: Any) -> bytes:
    # data.py's writer; its private name is kept, as tests patch `data._ipc` to see it unused.
    from streamlit.elements.data import _ipc as table_ipc, pyarrow

    return table_ipc(pyarrow().Table.from_pandas(frame))


def _from_page(value: Any) -> Any:
    """A frontend's value: JSON, bytes, or an Arrow table the page marked, as a DataFrame."""
    if not (isinstance(value, dict) and set(value) == {"__arrow_table__"}):
        return value
    import pandas as pd

    from streamlit.elements.data import pyarrow

    pa = pyarrow()
    parts = {name: pa.ipc.open_stream(value["__arrow_table__"][name]).read_pandas() for name in ("data", "index", "columns")}
    return pd.DataFrame(
        parts["data"].to_numpy(),
        index=parts["index"].to_numpy().T.tolist(),
        columns=parts["columns"].to_numpy().T.tolist(),
    )


def _frontend_html(component: CustomComponent) -> str:
    """The component's index.html, its own scripts, styles and images inlined."""
    folder = Path(component.abspath or "")
    index = folder / "index.html"
    if not index.is_file():
        raise StreamlitAPIException(
            f"The frontend of the component `{component.name}` was not found: `{index}` does not exist. "
            "In Headwater a component's built frontend must be a folder inside the app's folder "
            "(it is shipped with the app), with an `index.html`: pass that folder as `path`."
        )
    text = index.read_text(encoding="utf-8")

    def inline(match: re.Match[str]) -> str:
        url = match.group(3)
        if not url or _NOT_A_FILE.match(url):
            return match.group(0)
        asset = (folder / url.split("?")[0].split("#")[0].lstrip("/")).resolve()
        if not asset.is_file() or folder.resolve() not in asset.parents:
            return match.group(0)
        mime = mimetypes.guess_type(asset.name)[0] or "application/octet-stream"
        data = base64.b64encode(asset.read_bytes()).decode("ascii")
        return f"{match.group(1)}{match.group(2)}data:{mime};base64,{data}{match.group(2)}"

    return _ASSET_ATTRIBUTE.sub(inline, text)


def _module_name(frame: Any) -> str:
    module = inspect.getmodule(frame)
    name = module.__name__ if module is not None else frame.f_globals.get("__name__", "__main__")
    if name == "__main__":
        name = os.path.splitext(os.path.basename(frame.f_code.co_filename))[0]
    return name


def declare_component(name: str, path: str | Path | None = None, url: str | None = None) -> CustomComponent:
    """Declare a custom component whose frontend is the folder `path` (or is served at `url`).

    In Headwater the folder must be inside the app's folder, so it is shipped with the app.

    Example:
        >>> counter = components.declare_component("counter", path="frontend")
        >>> clicks = counter(label="Clicks", default=0)
    """
    caller = inspect.currentframe()
    caller = caller.f_back if caller is not None else None
    module_name = _module_name(caller) if caller is not None else "__main__"
    return CustomComponent(
        name=f"{module_name}.{name}",
        path=str(path) if path is not None else None,
        url=url,
        module_name=module_name,
    )
