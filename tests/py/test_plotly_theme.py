"""Streamlit's Plotly template becomes plotly's default where plotly is installed."""

from __future__ import annotations

import sys

import pytest

from streamlit.elements import _plotly_theme

# Just enough of plotly.io for the template to be registered (plotly is not in the test venv).
FAKE_IO = """
class _Templates(dict):
    default = "plotly"

templates = _Templates()
"""


@pytest.fixture
def fake_plotly(tmp_path, monkeypatch):
    def install(io_source: str):
        (tmp_path / "plotly").mkdir()
        (tmp_path / "plotly" / "__init__.py").write_text("")
        (tmp_path / "plotly" / "io.py").write_text(io_source)
        monkeypatch.syspath_prepend(str(tmp_path))

    monkeypatch.setattr(_plotly_theme, "_configured", False)
    yield install
    for name in [m for m in sys.modules if m == "plotly" or m.startswith("plotly.")]:
        del sys.modules[name]


def test_without_plotly_nothing_happens(monkeypatch):
    monkeypatch.setattr(_plotly_theme, "_configured", False)
    _plotly_theme.configure()
    assert "plotly" not in sys.modules
    assert _plotly_theme._configured is False  # a later install still gets the template


def test_the_template_is_registered_and_made_the_default(fake_plotly):
    fake_plotly(FAKE_IO)
    _plotly_theme.configure()
    import plotly.io

    assert plotly.io.templates.default == "streamlit"
    layout = plotly.io.templates["streamlit"]["layout"]
    assert layout["colorway"] == [f"#{n:06d}" for n in range(1, 11)]
    assert layout["colorscale"]["sequential"][0] == [0.0, "#000011"] and layout["colorscale"]["sequential"][-1] == [1.0, "#000020"]


def test_a_broken_plotly_does_not_stop_the_session(fake_plotly):
    fake_plotly("raise ImportError('No module named narwhals')\n")
    _plotly_theme.configure()  # the app's own `import plotly.io` reports it
