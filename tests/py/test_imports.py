"""The import scan that decides which Pyodide packages an app gets."""

from __future__ import annotations

from pathlib import Path

from streamlit._imports import app_imports


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder


def test_follows_local_modules_and_pages(tmp_path):
    write(tmp_path, {
        "app.py": "import streamlit as st\nfrom lib import tools\nfrom . import sibling\n",
        "lib/__init__.py": "import json\n",
        "lib/tools.py": "from numpy.linalg import norm\n",
        "sibling.py": "import pytz\n",
        "pages/1_Plot.py": "import matplotlib.pyplot as plt\n",
        "unrelated.py": "import pandas\n",
    })
    assert app_imports(str(tmp_path), "app.py") == ["json", "matplotlib", "numpy", "pytz", "streamlit"]


def test_a_syntax_error_or_missing_file_is_not_fatal(tmp_path):
    write(tmp_path, {"app.py": "import streamlit\nimport broken\n", "broken.py": "def (:\n"})
    assert app_imports(str(tmp_path), "app.py") == ["streamlit"]
    assert app_imports(str(tmp_path), "missing.py") == []


def test_import_cycles_end(tmp_path):
    write(tmp_path, {"app.py": "import a\n", "a.py": "import b\nimport six\n", "b.py": "import a\n"})
    assert app_imports(str(tmp_path), "app.py") == ["six"]


def test_data_commands_need_pandas_even_without_the_import(tmp_path):
    write(tmp_path, {"app.py": "import streamlit as st\nst.dataframe([{'a': 1}])\n"})
    assert app_imports(str(tmp_path), "app.py") == ["pandas", "streamlit"]
    write(tmp_path, {"app.py": "import streamlit as st\nleft, right = st.columns(2)\nright.bar_chart({'a': [1]})\n"})
    assert app_imports(str(tmp_path), "app.py") == ["pandas", "streamlit"]
    write(tmp_path, {"app.py": "import streamlit as st\nst.sidebar.map([])\n"})
    assert app_imports(str(tmp_path), "app.py") == ["pandas", "streamlit"]
    write(tmp_path, {"app.py": "import streamlit as st\nfrom concurrent import futures\nfutures.ThreadPoolExecutor().map(print, [])\n"})
    assert app_imports(str(tmp_path), "app.py") == ["concurrent", "streamlit"]


def test_plotly_express_needs_numpy_and_pandas(tmp_path):
    write(tmp_path, {"app.py": "import plotly.express as px\n"})
    assert app_imports(str(tmp_path), "app.py") == ["numpy", "pandas", "plotly"]
    write(tmp_path, {"app.py": "from plotly import express\n"})
    assert app_imports(str(tmp_path), "app.py") == ["numpy", "pandas", "plotly"]
    write(tmp_path, {"app.py": "import plotly.graph_objects as go\n"})
    assert app_imports(str(tmp_path), "app.py") == ["plotly"]
