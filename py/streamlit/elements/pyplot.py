"""st.pyplot: a Matplotlib figure, drawn to PNG by ``savefig`` and shown as an image."""

from __future__ import annotations

import io
import os
from typing import Any

from streamlit._container import Container, active
from streamlit._errors import StreamlitMissingRequiredParameterError

__all__ = ["pyplot"]

# In the browser there is no window to show a figure in, and Pyodide's default
# Matplotlib backend draws into the page's DOM, which a worker has not got.
# Agg draws to memory; set it before the script imports Matplotlib.
os.environ["MPLBACKEND"] = "agg"

_SAVEFIG_DEFAULTS = {"bbox_inches": "tight", "dpi": 200, "format": "png"}
_FIG_REQUIRED = """
Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```
"""


def pyplot(
    fig: Any,
    clear_figure: bool = False,
    *,
    width: int | str = "stretch",
    use_container_width: bool | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> Container:
    """Display a Matplotlib figure. Extra keyword arguments go to ``fig.savefig``.

    Example:
        >>> fig, ax = plt.subplots()
        >>> ax.hist(np.random.normal(1, 1, size=100), bins=20)
        >>> st.pyplot(fig)
    """
    if fig is None:
        raise StreamlitMissingRequiredParameterError("fig", detail=_FIG_REQUIRED.strip())
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    buffer = io.BytesIO()
    fig.savefig(buffer, **{**_SAVEFIG_DEFAULTS, **kwargs})
    if clear_figure:
        fig.clf()
    image = buffer.getvalue()
    is_svg = image.lstrip().startswith((b"<svg", b"<?xml"))
    return active()._enqueue(
        "pyplot",
        {
            "image": image,
            "mime": "image/svg+xml" if is_svg else "image/png",
            "width": width if isinstance(width, int) and not isinstance(width, bool) else None,
            "use_container_width": width == "stretch",
            "alt": alt,
        },
    )
