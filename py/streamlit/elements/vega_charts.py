"""st.vega_lite_chart and st.altair_chart: the script's own Vega-Lite spec, data inlined.

Altair is never imported here unless the script passed an Altair chart, so it
is no dependency of the shim.

With ``on_select`` the chart is a widget: the page listens to the spec's
selection parameters named in `selection_mode` and sends
``{"selection": {param: value}}``, where a point selection's value is its list
of points (``[{"_vgsid_": 1}]``, or the selection's fields) and an interval's is
``{field: [low, high]}``, as Streamlit's page sends them.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException, StreamlitValueError
from streamlit._types import is_dataframe_like
from streamlit.elements.charts import chart_props, records
from streamlit.elements.data import to_pandas
from streamlit.elements.diagrams import normalize_alt
from streamlit.elements.selection import (
    ReadOnlyAttributeDictionary,
    check_on_select,
    plain_selection,
    sent_selection,
)

__all__ = ["VegaLiteState", "altair_chart", "vega_lite_chart"]

_THEMES = ("streamlit", None)
_COMPOSITION = re.compile(r'"(?:vconcat|hconcat|facet|layer|concat|repeat)"')


def vega_lite_chart(
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: int | str | None = None,
    height: int | str = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """Display a chart from a Vega-Lite spec; `data` (or DataFrames inside the spec) is inlined.

    Example:
        >>> st.vega_lite_chart(df, {"mark": "circle", "encoding": {
        ...     "x": {"field": "a", "type": "quantitative"},
        ...     "y": {"field": "b", "type": "quantitative"}}})
    """
    if spec is None and isinstance(data, dict):
        data, spec = None, data
    if not spec:
        raise StreamlitAPIException("Vega-Lite charts require a non-empty spec dict.")
    spec = _stable_names(_inline_data(copy.copy(spec), data))
    return _show(spec, width, height, use_container_width, theme, key, on_select, selection_mode, alt)


def altair_chart(
    altair_chart: Any,
    *,
    width: int | str | None = None,
    height: int | str = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """Display an Altair chart (its ``to_dict()`` spec, with no row limit).

    Example:
        >>> chart = alt.Chart(df).mark_circle().encode(x="a", y="b", color="c")
        >>> st.altair_chart(chart)
    """
    spec = _stable_names(_altair_spec(altair_chart))
    return _show(spec, width, height, use_container_width, theme, key, on_select, selection_mode, alt)


def _altair_spec(chart: Any) -> dict[str, Any]:
    # The chart's own Altair (a script that made an Altair chart has imported it).
    altair = sys.modules.get("altair")
    transformers = getattr(altair, "data_transformers", None)
    if transformers is None or not hasattr(transformers, "disable_max_rows"):
        return dict(chart.to_dict())
    # Streamlit lifts Altair's 5000-row limit: the data never leaves the machine.
    with transformers.disable_max_rows():
        return dict(chart.to_dict())


def _stable_names(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with Altair's generated names (``param_7``, ``view_3``) numbered from 1 in order.

    Altair numbers unnamed parameters and views with a counter that lives as
    long as the interpreter, so every rerun would name them anew, and the chart
    would get a new widget id (losing its selection) and be redrawn. The data
    is left out of the renaming: a column may well be called ``param_1``.
    """
    data = {name: spec[name] for name in ("data", "datasets") if name in spec}
    text = json.dumps({name: value for name, value in spec.items() if name not in data})
    for prefix, present in (("param_", '"params"' in text), ("view_", bool(_COMPOSITION.search(text)))):
        if not present:
            continue
        generated = list(dict.fromkeys(re.findall(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"', text)))
        renamed = {name: f'"{prefix}{number}"' for number, name in enumerate(generated, start=1)}
        if generated:
            text = re.sub("|".join(map(re.escape, generated)), lambda match: renamed[match[0]], text)
    renamed_spec = json.loads(text)
    return {name: data[name] if name in data else renamed_spec[name] for name in spec}


def _show(
    spec: dict[str, Any],
    width: int | str | None,
    height: int | str,
    use_container_width: bool | None,
    theme: str | None,
    key: str | int | None,
    on_select: Any,
    selection_mode: str | Iterable[str] | None,
    alt: str | None,
) -> Any:
    if theme not in _THEMES:
        raise StreamlitValueError("theme", ['"streamlit"', "None"])
    on_select_callback = check_on_select(on_select)
    user_key = _widgets.to_key(key)
    if on_select != "ignore":
        _widgets.check_writes_allowed(user_key)
    if width is None and use_container_width is None:
        # Streamlit's default: a spec that names its width keeps it; others fill the column.
        use_container_width = not isinstance(spec.get("width"), (int, float))
    if (description := normalize_alt(alt)) is not None:
        spec["description"] = description  # Vega names the chart by it for assistive technologies
    props = chart_props(spec, width, height, use_container_width, theme)
    if on_select == "ignore":
        return active()._enqueue("vega_lite", props)

    params = _parse_selection_mode(spec, selection_mode)
    widget_id = _widgets.widget_id(
        "vega_lite_chart",
        user_key,
        key_as_main_identity={"selection_mode"},
        spec=hashlib.blake2b(json.dumps(spec, sort_keys=True, default=str).encode(), digest_size=16).hexdigest(),
        theme=theme,
        use_container_width=props["use_container_width"],
        selection_mode=params,
    )
    state = _widgets.register(
        widget_id,
        user_key,
        deserialize=lambda ui: _selection_state(ui, params),
        serialize=lambda value: plain_selection(_selection_state(value, params)),
        on_change=on_select_callback,
        args=None,
        kwargs=None,
        disabled=False,
    )
    state = _selection_state(state, params)
    active()._enqueue(
        "vega_lite", {**props, "selection_mode": params, "value": plain_selection(state)}, widget_id
    )
    return state


class VegaLiteState(ReadOnlyAttributeDictionary):
    """What ``st.altair_chart(..., on_select="rerun")`` returns: ``event.selection.<param name>``."""


def _selection_parameters(spec: Mapping[str, Any]) -> set[str]:
    """The names of the spec's selection parameters, in nested views too (Altair hoists them; Vega-Lite need not)."""
    names = {
        param["name"]
        for param in spec.get("params") or []
        if isinstance(param, dict) and param.get("name") and param.get("select")
    }
    for composition in ("layer", "hconcat", "vconcat", "concat"):
        for view in spec.get(composition) or []:
            if isinstance(view, dict):
                names |= _selection_parameters(view)
    if isinstance(spec.get("spec"), dict):  # facet and repeat
        names |= _selection_parameters(spec["spec"])
    return names


def _parse_selection_mode(spec: Mapping[str, Any], selection_mode: str | Iterable[str] | None) -> list[str]:
    available = _selection_parameters(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any selections "
            "defined. To add selections to `st.altair_chart`, check out the documentation "
            "[here](https://altair-viz.github.io/user_guide/interactions.html#selections-capturing-chart-interactions). "
            "For adding selections to `st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    chosen = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in chosen:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. "
                f"Available selection parameters are: {available}."
            )
    return sorted(chosen)


def _selection_state(value: Any, params: list[str]) -> VegaLiteState:
    """The page's (or an earlier run's) selection; each parameter empty (``{}``) until used."""
    return VegaLiteState({"selection": {param: {} for param in params} | sent_selection(value)})


def _inline_data(spec: dict[str, Any], data: Any) -> dict[str, Any]:
    """`data`, and DataFrames in the spec's `data` and `datasets`, as inline values."""
    if data is not None:
        spec["data"] = {"values": records(to_pandas(data))}
    elif isinstance(spec.get("data"), dict) and _is_data(spec["data"].get("values")):
        spec["data"] = {**spec["data"], "values": records(to_pandas(spec["data"]["values"]))}
    elif _is_data(spec.get("data")):
        spec["data"] = {"values": records(to_pandas(spec["data"]))}
    if isinstance(spec.get("datasets"), dict):
        spec["datasets"] = {
            name: records(to_pandas(values)) if _is_data(values) else values
            for name, values in spec["datasets"].items()
        }
    return spec


def _is_data(value: Any) -> bool:
    return is_dataframe_like(value) or (
        isinstance(value, list) and bool(value) and not isinstance(value[0], dict)
    )
