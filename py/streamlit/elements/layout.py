"""Layout: containers, columns, expanders, tabs, popovers, placeholders and space.

Every container is a ``block`` element whose ``layout`` says what it draws
(docs/protocol.md). Expanders, tabs and popovers keep their open state on the
page; with ``on_change`` (or ``bind``) they are also widgets, whose value (open,
or the open tab's label) the script reads as the container's ``open``.
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral, Real
from typing import TYPE_CHECKING, Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import Container, active
from streamlit._errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from streamlit.elements import _sizing
from streamlit.elements._sizing import Gap, Height, Width

if TYPE_CHECKING:
    from streamlit.elements._containers import (
        ExpanderContainer,
        GridContainer,
        PopoverContainer,
        TabContainer,
    )

__all__ = ["columns", "container", "empty", "expander", "grid", "popover", "space", "tabs"]

HorizontalAlignment = Literal["left", "center", "right", "distribute"]
VerticalAlignment = Literal["top", "center", "bottom", "distribute"]
ExpandableType = Literal["default", "compact", "step"]
OnChange = Literal["ignore", "rerun"] | _widgets.WidgetCallback

_HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
_VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")
_COLUMN_ALIGNMENTS = ("top", "center", "bottom")
_EXPANDABLE_TYPES = ("default", "compact", "step")
_BUTTON_TYPES = ("primary", "secondary", "tertiary")


def container(
    *,
    border: bool | None = None,
    key: str | int | None = None,
    width: Width = "stretch",
    height: Height = "content",
    horizontal: bool = False,
    wrap: bool = True,
    horizontal_alignment: HorizontalAlignment = "left",
    vertical_alignment: VerticalAlignment = "top",
    gap: Gap | None = "small",
    autoscroll: bool | None = None,
) -> Container:
    """Insert a container; elements added to it later still appear at its place.

    A pixel `height` makes it scroll (and draws a border unless ``border=False``).

    Example:
        >>> box = st.container(border=True)
        >>> st.write("below the box")
        >>> box.write("inside the box")
    """
    _one_of("horizontal_alignment", horizontal_alignment, _HORIZONTAL_ALIGNMENTS)
    _one_of("vertical_alignment", vertical_alignment, _VERTICAL_ALIGNMENTS)
    if wrap is False and not horizontal:
        raise StreamlitIncompatibleParametersError(
            "wrap=False",
            "horizontal=False",
            explanation=(
                "A vertical container has no horizontal row of elements to keep in a "
                "single, scrolling row. Set `horizontal=True` to use `wrap=False`, or "
                "remove the `wrap` argument."
            ),
        )
    props = {
        "layout": "vertical",
        "border": bool(border) if border is not None else isinstance(height, int),
        "width": _sizing.width(width, allow_content=True),
        "height": _sizing.height(height, allow_content=True),
        "horizontal": bool(horizontal),
        "horizontal_alignment": horizontal_alignment,
        "vertical_alignment": vertical_alignment,
        "gap": _sizing.gap(gap),
        "wrap": bool(wrap),
        # None: the page follows new content down if the container holds chat messages.
        "autoscroll": None if autoscroll is None else bool(autoscroll),
        "key": _widgets.to_key(key),
        "fragment": None,
        "run_every": None,
    }
    return active()._enqueue("block", props)


def columns(
    spec: int | Sequence[float],
    *,
    gap: Gap | None = "small",
    vertical_alignment: Literal["top", "center", "bottom"] = "top",
    border: bool = False,
    width: Literal["stretch"] | int = "stretch",
    wrap: bool = True,
) -> list[Container]:
    """Insert side-by-side columns: `spec` is a count or a list of relative widths.

    Example:
        >>> left, right = st.columns([2, 1], vertical_alignment="center")
        >>> left.write("wide")
        >>> with right:
        ...     st.write("narrow")
    """
    weights = _weights(spec)
    if not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False"])
    if vertical_alignment not in _COLUMN_ALIGNMENTS:
        raise StreamlitValueError(
            "vertical_alignment",
            [f"'{a}'" for a in _COLUMN_ALIGNMENTS],
            detail=f"Got {vertical_alignment!r}.",
        )
    gap = _sizing.gap(gap)
    row = active()._enqueue(
        "block",
        {"layout": "horizontal", "gap": gap, "width": _sizing.width(width), "wrap": wrap},
    )
    total = sum(weights)
    return [
        row._enqueue(
            "block",
            {
                "layout": "column",
                "weight": w / total,
                "gap": gap,
                "border": bool(border),
                "vertical_alignment": vertical_alignment,
            },
        )
        for w in weights
    ]


def _weights(spec: int | Sequence[float]) -> list[float]:
    if isinstance(spec, Integral) and not isinstance(spec, bool):
        if spec < 1:
            raise StreamlitInvalidColumnSpecError()
        return [1.0] * int(spec)
    if not isinstance(spec, Sequence) or isinstance(spec, str):
        raise StreamlitInvalidParameterTypeError(
            "spec", type(spec).__name__, ["int", "sequence of numbers"]
        )
    if spec and all(isinstance(w, Real) and not isinstance(w, bool) and w > 0 for w in spec):
        return [float(w) for w in spec]
    raise StreamlitInvalidColumnSpecError()


_GRID_MAX_COLUMNS = 24


def grid(
    columns: Literal["auto"] | int = "auto",
    *,
    min_column_width: Literal["auto"] | int = "auto",
    wrap: bool = True,
    gap: Gap | tuple[Gap | None, Gap | None] | list[Gap | None] | None = "small",
    vertical_alignment: Literal["top", "center", "bottom"] = "top",
    border: bool = False,
    row_height: Literal["content"] | int = "content",
    width: Literal["stretch"] | int = "stretch",
    height: Height = "content",
    key: str | int | None = None,
    dense: bool = False,
) -> GridContainer:
    """Insert a responsive grid: every element written to it is a cell, and cells reflow.

    ``grid.cell(column_span=..., row_span=...)`` groups elements in one cell or spans tracks.

    Example:
        >>> grid = st.grid(3)
        >>> for name, value in [("Revenue", "$1.2M"), ("Users", "12k"), ("Churn", "2%")]:
        ...     grid.metric(name, value, border=True)
    """
    from streamlit.elements._containers import GridContainer

    for name, value in (("wrap", wrap), ("border", border), ("dense", dense)):
        if not isinstance(value, bool):
            raise StreamlitValueError(name, ["True", "False"], detail=f"Got {value!r}.")
    if columns != "auto":
        if isinstance(columns, str):
            raise StreamlitValueError("columns", ['"auto"', "an integer from 1 to 24"], detail=f"Got {columns!r}.")
        if isinstance(columns, bool) or not isinstance(columns, Integral):
            raise StreamlitInvalidParameterTypeError("columns", type(columns).__name__, ["int", '"auto"'])
        if not 1 <= columns <= _GRID_MAX_COLUMNS:
            raise StreamlitValueOutOfRangeError("columns", columns, 1, _GRID_MAX_COLUMNS)
    elif not wrap:
        raise StreamlitIncompatibleParametersError(
            'columns="auto"',
            "wrap=False",
            explanation="`wrap=False` requires an explicit column count. "
            "Pass an integer, such as `st.grid(3, wrap=False)`.",
        )
    _auto_or_positive("min_column_width", min_column_width, "auto")
    row_gap, column_gap = _grid_gaps(gap)
    _one_of("vertical_alignment", vertical_alignment, _COLUMN_ALIGNMENTS)
    _auto_or_positive("row_height", row_height, "content")
    props = {
        "layout": "grid",
        "columns": columns,
        "min_column_width": min_column_width,
        "wrap": wrap,
        "row_gap": row_gap,
        "column_gap": column_gap,
        "vertical_alignment": vertical_alignment,
        "border": border,
        "row_height": row_height,
        "width": _sizing.width(width),
        "height": _sizing.height(height, allow_content=True),
        "key": _widgets.to_key(key),
        "dense": dense,
    }
    block = active()._enqueue("block", props)
    return GridContainer(block._path, is_block=True, columns=columns)


def _auto_or_positive(name: str, value: object, word: str) -> None:
    if value == word:
        return
    if isinstance(value, str):
        raise StreamlitValueError(name, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}.")
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise StreamlitInvalidParameterTypeError(name, type(value).__name__, ["int", f'"{word}"'])
    if value < 1:
        raise StreamlitValueError(name, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}.")


def _grid_gaps(gap: object) -> tuple[Any, Any]:
    """(row gap, column gap): one size for both, or a pair."""
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise StreamlitValueError(
                "gap",
                ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                detail=f"Got a sequence with {len(gap)} elements.",
            )
        return _sizing.gap(gap[0]), _sizing.gap(gap[1])
    size = _sizing.gap(gap)
    return size, size


def expander(
    label: str,
    expanded: bool = False,
    *,
    key: str | int | None = None,
    icon: str | None = None,
    type: ExpandableType = "default",  # noqa: A002 - Streamlit's parameter name
    width: Literal["stretch"] | int = "stretch",
    on_change: OnChange = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: Literal["query-params"] | None = None,
) -> ExpanderContainer:
    """Insert a container that shows or hides its contents; the page keeps it open or closed.

    With ``on_change`` the expander is a widget: toggling it reruns the app (and the
    callback), and the returned container's ``open`` says whether it is open.

    Example:
        >>> with st.expander("See explanation"):
        ...     st.write("The chart above shows some numbers.")
    """
    from streamlit.elements._containers import ExpanderContainer

    if label is None:
        raise StreamlitMissingRequiredParameterError("label")
    callback = _on_change(on_change)
    _one_of("type", type, _EXPANDABLE_TYPES, detail=False)
    user_key = _widgets.to_key(key)
    _widgets.check_state_options(user_key, bind, None)
    props = {
        "layout": "expander",
        "label": str(label),
        "expanded": bool(expanded),
        "icon": icon,
        "type": type,
        "width": _sizing.width(width),
        "state": None,
        "stateful": False,
    }
    widget_id = None
    is_open: bool | None = None
    if on_change != "ignore" or bind is not None:
        default = bool(expanded)
        widget_id = _widgets.widget_id(
            "expander",
            user_key,
            key_as_main_identity=False,
            label=label,
            expanded=expanded,
            icon=icon,
            width=width,
            type=type,
        )
        is_open = bool(
            _widgets.register(
                widget_id,
                user_key,
                deserialize=lambda ui: default if ui is None else bool(ui),
                serialize=bool,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                disabled=False,
                bind=bind,
                url=_binding.flag(),
            )
        )
        props.update(expanded=is_open, stateful=True)
    block = active()._enqueue("block", props, widget_id)
    result = ExpanderContainer(block._path, is_block=True)
    result.open = is_open
    return result


def tabs(
    tabs: Sequence[str],
    *,
    width: Literal["stretch"] | int = "stretch",
    height: Height = "content",
    default: str | None = None,
    key: str | int | None = None,
    on_change: OnChange = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: Literal["query-params"] | None = None,
) -> Sequence[TabContainer]:
    """Insert tabs; returns one container per tab. The page keeps the selected tab.

    With ``on_change`` the tabs are a widget whose value is the open tab's label;
    each returned container's ``open`` says whether its tab is the open one.

    Example:
        >>> cat, dog = st.tabs(["Cat", "Dog"])
        >>> cat.write("Meow")
        >>> with dog:
        ...     st.write("Woof")
    """
    from streamlit.elements._containers import TabContainer

    if not tabs:
        raise StreamlitMissingRequiredParameterError(
            "tabs", detail="Provide at least one tab label."
        )
    labels = list(tabs)
    if default and default not in labels:
        raise StreamlitValueError(
            "default",
            ["a tab label from `tabs`"],
            detail=f"`{default}` is not in the list of tabs.",
        )
    for label in labels:
        if not isinstance(label, str):
            raise StreamlitInvalidParameterTypeError(
                "tabs", type(label).__name__, ["a string for each tab label"]
            )
    callback = _on_change(on_change)
    user_key = _widgets.to_key(key)
    _widgets.check_state_options(user_key, bind, None)
    default_label = default or labels[0]
    current = default_label
    widget_id = None
    stateful = on_change != "ignore" or bind is not None
    if stateful:
        widget_id = _widgets.widget_id(
            "tabs",
            user_key,
            key_as_main_identity=False,
            tabs=tuple(labels),
            width=width,
            height=height,
            default=default,
        )
        current = _widgets.register(
            widget_id,
            user_key,
            deserialize=lambda ui: default_label if ui is None else str(ui),
            serialize=str,
            on_change=callback,
            args=args,
            kwargs=kwargs,
            disabled=False,
            bind=bind,
            url=_binding.tab(labels),
        )
        if current not in labels:
            current = default_label
    props = {
        "layout": "tabs",
        "tabs": labels,
        "default": labels.index(current),
        "width": _sizing.width(width),
        "height": _sizing.height(height, allow_content=True),
        "stateful": stateful,
        "value": current if stateful else None,
    }
    row = active()._enqueue("block", props, widget_id)
    result = []
    for label in labels:
        tab = row._enqueue("block", {"layout": "tab", "label": label})
        container = TabContainer(tab._path, is_block=True)
        container.open = (label == current) if stateful else None
        result.append(container)
    return result


def popover(
    label: str,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",  # noqa: A002
    help: str | None = None,  # noqa: A002
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Width = "content",
    wrap: bool | None = None,
    key: str | int | None = None,
    on_change: OnChange = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> PopoverContainer:
    """Insert a button that opens a floating container; the page keeps it open across reruns.

    Example:
        >>> with st.popover("Settings"):
        ...     st.checkbox("Dark mode")
    """
    from streamlit.elements._containers import PopoverContainer

    if label is None:
        raise StreamlitMissingRequiredParameterError("label")
    _one_of("type", type, _BUTTON_TYPES, detail=False)
    callback = _on_change(on_change)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    user_key = _widgets.to_key(key)
    props = {
        "layout": "popover",
        "label": str(label),
        "type": type,
        "help": help,
        "icon": icon,
        "disabled": bool(disabled),
        "width": _sizing.width(width, allow_content=True),
        "wrap": wrap,
        "stateful": False,
        "value": None,
    }
    widget_id = None
    is_open: bool | None = None
    if on_change != "ignore":
        widget_id = _widgets.widget_id(
            "popover",
            user_key,
            key_as_main_identity=False,
            label=label,
            type=type,
            help=help,
            icon=icon,
            width=width,
        )
        is_open = bool(
            _widgets.register(
                widget_id,
                user_key,
                deserialize=lambda ui: bool(ui),
                serialize=bool,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                disabled=disabled,
            )
        )
        props.update(stateful=True, value=is_open)
    block = active()._enqueue("block", props, widget_id)
    result = PopoverContainer(block._path, is_block=True)
    result.open = is_open
    return result


def empty() -> Container:
    """Insert a single-element placeholder: each write replaces what it shows.

    Example:
        >>> slot = st.empty()
        >>> for i in range(3):
        ...     slot.write(i)
        ...     time.sleep(0.1)
        >>> slot.empty()
    """
    return active()._enqueue("empty", {})


def space(
    size: int
    | Literal["stretch", "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge"] = "small",
) -> Container:
    """Insert empty space: a named size, pixels, or ``"stretch"`` to fill the container.

    Example:
        >>> st.space("large")
    """
    return active()._enqueue("space", {"size": _sizing.space_size(size)})


def _one_of(name: str, value: object, allowed: Sequence[str], *, detail: bool = True) -> None:
    """Streamlit's error for a value not in `allowed` (some commands say what they got)."""
    if value not in allowed:
        raise StreamlitValueError(
            name, [f"'{a}'" for a in allowed], detail=f"Got {value!r}." if detail else ""
        )


def _on_change(on_change: object) -> _widgets.WidgetCallback | None:
    if callable(on_change):
        return on_change  # type: ignore[return-value]
    if on_change in ("ignore", "rerun"):
        return None
    raise StreamlitValueError("on_change", ["'ignore'", "'rerun'", "a callback function"])
