"""st.query_params: the address bar's query string, both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_pages import Browser, write

from streamlit import _query_params


@pytest.fixture
def browse(tmp_path: Path):
    def boot(source: str, query: str = "") -> Browser:
        write(tmp_path, {"app.py": source})
        return Browser(tmp_path / "app.py", "", query).run()

    return boot


def urls(app: Browser) -> list[tuple[str, str]]:
    return [(m["query"], m["history"]) for m in app.last_run() if m["type"] == "page:url"]


def test_reading_the_address_at_load(browse):
    app = browse(
        """
        import streamlit as st
        qp = st.query_params
        st.text(f"{qp['a']}|{qp.b}|{qp.get_all('b')}|{qp.get('missing', '-')}|{len(qp)}|{'a' in qp}")
        st.write(qp.to_dict())
        """,
        query="a=1&b=x&b=y&empty=&embed=true",
    )
    assert app.bodies("text") == ["1|y|['x', 'y']|-|3|True"]
    assert json.loads(app.get("json")[-1]["props"]["body"]) == {"a": "1", "b": "y", "empty": ""}


def test_missing_keys_raise_streamlits_errors(browse):
    app = browse(
        """
        import streamlit as st
        try:
            st.query_params["nope"]
        except KeyError as e:
            st.write(e.args[0])
        try:
            st.query_params.nope
        except AttributeError as e:
            st.write(str(e))
        st.write(st.query_params.get_all("nope") == [], "embed" in st.query_params)
        """,
        query="embed=true",
    )
    assert app.bodies() == [
        'st.query_params has no key "nope".',
        'st.query_params has no attribute "nope".',
        "`True` `False`",
    ]


def test_every_change_rewrites_the_address_in_place(browse):
    app = browse(
        """
        import streamlit as st
        st.query_params["tab"] = "details"
        st.query_params.tags = ["a", "b"]
        st.query_params.n = 3
        del st.query_params["old"]
        st.query_params.update({"u": "1"}, v="2")
        """,
        query="old=1",
    )
    assert urls(app) == [
        ("old=1&tab=details", "replace"),
        ("old=1&tab=details&tags=a&tags=b", "replace"),
        ("old=1&tab=details&tags=a&tags=b&n=3", "replace"),
        ("tab=details&tags=a&tags=b&n=3", "replace"),
        ("tab=details&tags=a&tags=b&n=3&u=1&v=2", "replace"),
    ]


def test_from_dict_clear_and_embed_are_kept(browse):
    app = browse(
        """
        import streamlit as st
        st.query_params.from_dict({"x": "1", "y": ["2", "3"]})
        st.write(st.query_params.to_dict())
        st.query_params.clear()
        st.write(len(st.query_params))
        """,
        query="a=1&embed=true",
    )
    assert urls(app) == [("embed=true&x=1&y=2&y=3", "replace"), ("embed=true", "replace")]
    assert json.loads(app.get("json")[0]["props"]["body"]) == {"x": "1", "y": "3"}


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ('st.query_params["d"] = {"a": 1}', "Query param value for `d` cannot be set to a dictionary."),
        ('st.query_params["embed"] = "false"', "Query param embed and embed_options (case-insensitive) cannot be set"),
        ('st.query_params.from_dict({"ok": "1", "Embed_Options": "x"})', "Query param embed and embed_options"),
    ],
)
def test_invalid_values_are_refused(browse, statement, message):
    app = browse(f"import streamlit as st\n{statement}\n")
    assert app.get("exception")[0]["props"]["message"].startswith(message)
    assert urls(app) == []


def test_back_and_forward_bring_their_query_string(browse):
    app = browse("import streamlit as st\nst.write(st.query_params.to_dict())\n", query="step=1")
    app.navigate("", "step=2")
    assert json.loads(app.get("json")[0]["props"]["body"]) == {"step": "2"}
    assert urls(app) == []


def test_encode_for_page_links():
    assert _query_params.encode({"a": "1", "b": ["x", "y"]}) == "a=1&b=x&b=y"
    assert _query_params.encode([("a", "1"), ("a", "2")]) == "a=1&a=2"
