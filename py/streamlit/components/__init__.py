"""``st.components``: custom components (``v1``) and, not yet, inline ones (``v2``)."""

from streamlit.components import v1, v2

__all__ = ["v1", "v2"]
