"""``st.components.v2``: accepted by name; mounting a component is not supported yet."""

from __future__ import annotations

from typing import Any

from streamlit._errors import StreamlitAPIException

__all__ = ["component"]


def component(
    name: str,
    *,
    html: str | None = None,
    css: str | None = None,
    js: str | None = None,
    isolate_styles: bool = True,
) -> Any:
    """Streamlit's inline (v2) components are not supported in Headwater yet: this raises."""
    raise StreamlitAPIException(
        f"`st.components.v2.component({name!r})` is not supported in Headwater yet. "
        "Use `st.components.v1.declare_component` with the component's built frontend "
        "in a folder inside the app's folder, or `st.iframe` for HTML."
    )
