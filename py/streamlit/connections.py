"""Connection classes, importable as ``streamlit.connections`` (see ``st.connection``)."""

from streamlit._connection import BaseConnection, ExperimentalBaseConnection, SQLConnection

__all__ = ["BaseConnection", "ExperimentalBaseConnection", "SQLConnection"]
