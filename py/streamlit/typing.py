"""``st.typing``: the types Streamlit commands return, for annotating app code.

    from streamlit.typing import UploadedFile

    def parse_upload(file: UploadedFile) -> dict[str, str]: ...

Most are the very classes the commands return (or, for ``ButtonColumnClickState``,
put in session state), so ``isinstance`` works. Two are read-only attribute
dictionaries under Streamlit's names, for annotations only: ``PydeckState``
(Headwater sends no such events yet) and ``DataEditorState`` (``st.data_editor``
keeps its edits as a plain dict).
"""

from __future__ import annotations

from streamlit.elements.chat import ChatInputValue
from streamlit.elements.data import ButtonColumnClickState, DataframeState
from streamlit.elements.echarts_chart import EChartsState
from streamlit.elements.plotly_chart import PlotlyState
from streamlit.elements.selection import ReadOnlyAttributeDictionary
from streamlit.elements.vega_charts import VegaLiteState
from streamlit.widgets.file_uploader import UploadedFile

__all__ = [
    "ButtonColumnClickState",
    "ChatInputValue",
    "DataEditorState",
    "DataframeState",
    "EChartsState",
    "PlotlyState",
    "PydeckState",
    "UploadedFile",
    "VegaLiteState",
]


class DataEditorState(ReadOnlyAttributeDictionary):
    """``st.data_editor``'s edits: ``edited_rows``, ``added_rows``, ``deleted_rows``."""


class PydeckState(ReadOnlyAttributeDictionary):
    """A pydeck chart's ``selection``: ``indices`` and ``objects`` per layer."""
