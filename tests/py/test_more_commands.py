"""st.iframe, st.components.v1, st.set_option, st.skeleton, st.pagination, st.menu_button,
st.grid and st.typing: payloads, values, callbacks and Streamlit's errors."""

from __future__ import annotations

import base64
import inspect
import json
import textwrap

import pytest

import streamlit as st


def error_of(app):
    [exc] = app.get("exception")
    return exc["props"]["type"].rpartition(".")[2], exc["props"]["message"]


# -- st.iframe and components.v1.html / iframe ------------------------------------------


def test_iframe_takes_html_urls_and_files(run_app):
    app = run_app(
        """
        from pathlib import Path
        import streamlit as st
        st.iframe("<p>Hello</p>")
        st.iframe("https://example.com/page", alt="  Example site ", tab_index=-1)
        st.iframe("/app/static/report.html", width="content", height="content")
        st.iframe(Path("report.html"), height=120)
        st.iframe(Path("chart.svg"))
        st.iframe("data:text/html,<b>x</b>", height="stretch")
        st.iframe("javascript:alert(1)")
        """,
        files={"report.html": "<h1>Report</h1>", "chart.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>"},
    )
    frames = [e["props"] for e in app.get("iframe")]
    assert frames[0] == {
        "src": None, "srcdoc": "<p>Hello</p>", "data": None, "mime": None, "width": "stretch",
        "height": "content", "scrolling": True, "tab_index": None, "title": "st.iframe",
    }  # fmt: skip
    # A URL cannot be measured: "content" falls back to 400 pixels high and the full width.
    assert (frames[1]["src"], frames[1]["height"], frames[1]["title"], frames[1]["tab_index"]) == (
        "https://example.com/page", 400, "Example site", -1)  # fmt: skip
    assert (frames[2]["src"], frames[2]["width"], frames[2]["height"]) == ("/app/static/report.html", "stretch", 400)
    assert (frames[3]["srcdoc"], frames[3]["height"]) == ("<h1>Report</h1>", 120)
    assert (frames[4]["data"], frames[4]["mime"], frames[4]["src"]) == (
        b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml", None)  # fmt: skip
    assert (frames[5]["src"], frames[5]["height"]) == ("data:text/html,<b>x</b>", "stretch")
    # Not an http(s) or data URL: HTML text, as in Streamlit (the page never loads it as a URL).
    assert (frames[6]["src"], frames[6]["srcdoc"]) == (None, "javascript:alert(1)")


def test_iframe_errors(run_app):
    for call, expected in [
        ('st.iframe("<p>x</p>", tab_index=-2)', ("StreamlitValueError", "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer.")),
        ('st.iframe("<p>x</p>", tab_index=True)', ("StreamlitInvalidParameterTypeError", None)),
        ('st.iframe("<p>x</p>", height=0)', ("StreamlitAPIException", None)),
        ('st.iframe(Path("missing.html"))', ("StreamlitAPIException", None)),
    ]:  # fmt: skip
        app = run_app(f"from pathlib import Path\nimport streamlit as st\n{call}\n")
        kind, message = error_of(app)
        assert kind == expected[0], call
        if expected[1]:
            assert message == expected[1]
    app = run_app('from pathlib import Path\nimport streamlit as st\nst.iframe(Path("missing.html"))\n')
    assert error_of(app)[1].startswith("Unable to read file 'missing.html'")


def test_components_html_and_iframe_are_150_pixels_high_and_write_where_st_would(run_app):
    app = run_app("""
        import streamlit as st
        import streamlit.components.v1 as components
        components.html("<script>document.body.textContent = 'hi'</script>")
        components.iframe("https://example.com", width=300, height=90, scrolling=True, tab_index=0)
        with st.sidebar:
            components.html("<b>side</b>", height=40)
        col, = st.columns(1)
        with col:
            st.components.v1.iframe("https://example.org")
    """)
    html, url = (e["props"] for e in app.elements("main")[:2])
    assert (html["srcdoc"], html["src"], html["width"], html["height"], html["scrolling"]) == (
        "<script>document.body.textContent = 'hi'</script>", None, "stretch", 150, False)  # fmt: skip
    assert (url["src"], url["width"], url["height"], url["scrolling"], url["tab_index"]) == (
        "https://example.com", 300, 90, True, 0)  # fmt: skip
    assert app.tree["sidebar.0"]["props"]["srcdoc"] == "<b>side</b>"
    assert app.tree["main.2.0.0"]["props"]["src"] == "https://example.org"


def test_components_v1_functions_have_streamlits_signatures():
    # Streamlit's are its main container's methods, wrapped: `self` comes first.
    assert str(inspect.signature(st.components.v1.html)).startswith("(self: 'Container', html: 'str', width")
    assert list(inspect.signature(st.components.v1.iframe).parameters)[:2] == ["self", "src"]
    assert st.components.v1.__all__ == ["declare_component", "html", "iframe"]


# -- custom components ----------------------------------------------------------------

_FRONTEND = {
    "frontend/index.html": (
        '<html><head><link rel="stylesheet" href="./style.css"><script src="main.js"></script></head>'
        '<body><a href="https://example.com">docs</a><img src="missing.png"></body></html>'
    ),
    "frontend/style.css": "body { color: teal }",
    "frontend/main.js": "console.log('component')",
}

_COUNTER_APP = """
    import streamlit as st
    import streamlit.components.v1 as components
    counter = components.declare_component("counter", path="frontend")
    clicks = counter(start=3, blob=b"\\x00\\x01", default=0, key="counter")
    st.write(f"clicks {clicks}")
"""


def _files(tmp_path):
    (tmp_path / "frontend").mkdir(exist_ok=True)
    return _FRONTEND


def test_a_component_from_a_folder_ships_its_frontend_inlined(run_app, tmp_path):
    app = run_app(_COUNTER_APP, files=_files(tmp_path))
    [component] = app.get("component")
    props = component["props"]
    assert props["name"] == "app.counter"
    assert props["url"] is None
    assert props["args"] == {"start": 3, "default": 0, "key": "counter", "blob": b"\x00\x01"}
    assert props["value"] is None and props["form_id"] is None and props["tab_index"] is None
    html = props["html"]
    css = base64.b64encode(b"body { color: teal }").decode()
    js = base64.b64encode(b"console.log('component')").decode()
    assert f'href="data:text/css;base64,{css}"' in html
    assert f'src="data:text/javascript;base64,{js}"' in html
    # Other sites' URLs and files the folder lacks stay as they are.
    assert 'href="https://example.com"' in html and 'src="missing.png"' in html
    assert app.bodies() == ["clicks 0"]


def test_a_components_value_comes_from_the_page_and_reruns_its_callback(run_app, tmp_path):
    app = run_app(
        textwrap.dedent(_COUNTER_APP).replace('key="counter")', 'key="counter", on_change=lambda: st.session_state.update(seen=True))')
        + "st.write(f\"seen {st.session_state.get('seen', False)}\")\n",
        files=_files(tmp_path),
    )
    widget_id = app.get("component")[0]["id"]
    app.run(widgets={widget_id: 7})
    assert app.bodies() == ["clicks 7", "seen True"]
    assert app.get("component")[0]["props"]["value"] == 7


def test_dataframe_arguments_and_values_travel_as_arrow_tables(run_app, tmp_path):
    import pyarrow as pa

    from streamlit import _bridge

    app = run_app(
        """
        import pandas as pd
        import streamlit as st
        import streamlit.components.v1 as components
        table = components.declare_component("table", path="frontend")
        value = table(frame=pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=[10, 20]), key="t")
        st.write(f"value {type(value).__name__} {getattr(value, 'shape', None)} {getattr(value, 'values', [])[1].tolist()}")
        """,
        files=_files(tmp_path),
    )
    [component] = app.get("component")
    [arg] = component["props"]["dfs"]
    assert arg["key"] == "frame" and "frame" not in component["props"]["args"]
    tables = {name: pa.ipc.open_stream(arg["value"][name]).read_pandas() for name in ("data", "index", "columns")}
    assert tables["data"].to_dict("list") == {"a": [1, 2], "b": ["x", "y"]}
    assert tables["index"].iloc[:, 0].tolist() == [10, 20]
    assert tables["columns"].iloc[:, 0].tolist() == ["a", "b"]
    # The frontend sends a table back (ArrowTable.serialize()); the page marks it as one.
    marked = {"__arrow_table__": {name: {"__bytes__": n} for n, name in enumerate(("data", "index", "columns"))}}
    buffers = [arg["value"][name] for name in ("data", "index", "columns")]
    app.status = _bridge.rerun(json.dumps({component["id"]: marked}), "{}", buffers=buffers)
    assert app.bodies() == ["value DataFrame (2, 2) [2, 'y']"]


def test_component_errors(run_app, tmp_path):
    app = run_app("""
        import streamlit.components.v1 as components
        components.declare_component("nowhere", path="not_shipped")()
    """)
    kind, message = error_of(app)
    assert kind == "StreamlitAPIException"
    assert "was not found" in message and "inside the app's folder" in message
    app = run_app("""
        import streamlit.components.v1 as components
        components.declare_component("nothing")
    """)
    assert error_of(app) == ("StreamlitAPIException", "Either 'path' or 'url' must be set.")
    app = run_app(
        """
        import streamlit.components.v1 as components
        components.declare_component("counter", path="frontend")("positional")
        """,
        files=_files(tmp_path),
    )
    assert error_of(app) == ("MarshallComponentException", "Argument 'positional' needs a label")


def test_a_url_component_is_loaded_from_its_url(run_app):
    app = run_app("""
        import streamlit.components.v1 as components
        widget = components.declare_component("remote", url="http://localhost:3001")
        widget(name="x", tab_index=2)
    """)
    props = app.get("component")[0]["props"]
    assert (props["url"], props["html"], props["tab_index"], props["args"]) == (
        "http://localhost:3001", None, 2, {"name": "x", "default": None, "key": None})  # fmt: skip


# -- st.set_option and st.get_option -------------------------------------------------------


def test_set_option_sets_what_a_script_may_and_get_option_reads_it_back(run_app):
    app = run_app("""
        import streamlit as st
        st.write(f'{st.get_option("client.showErrorDetails")} {st.get_option("client.toolbarMode")}')
        st.set_option("client.showErrorDetails", "type")
        st.set_option("client.toolbarMode", "minimal")
        st.write(f'{st.get_option("client.showErrorDetails")} {st.get_option("client.toolbarMode")}')
    """)
    assert app.bodies()[:2] == ["full auto", "type minimal"]


def test_set_option_overrides_config_toml_and_refuses_other_options(run_app, tmp_path):
    (tmp_path / ".streamlit").mkdir()
    app = run_app(
        """
        import streamlit as st
        st.write(st.get_option("client.toolbarMode"))
        st.set_option("client.toolbarMode", "viewer")
        st.write(f'{st.get_option("client.toolbarMode")} {st.get_option("theme.primaryColor")}')
        st.set_option("theme.primaryColor", "#000000")
        """,
        files={".streamlit/config.toml": '[client]\ntoolbarMode = "developer"\n[theme]\nprimaryColor = "#123456"\n'},
        run=False,
    )
    app.run()
    assert app.bodies() == ["developer", "viewer #123456"]
    assert error_of(app) == (
        "StreamlitAPIException",
        "theme.primaryColor cannot be set on the fly. Set as command line option, e.g. "
        "streamlit run script.py --theme.primaryColor, or in config.toml instead.",
    )
    app = run_app('import streamlit as st\nst.set_option("nonsense", 1)\n')
    assert error_of(app) == ("StreamlitAPIException", "Unrecognized config option: nonsense")



def test_show_error_details_hides_what_it_says_in_uncaught_errors(run_app):
    script = """
        import streamlit as st
        st.set_option("client.showErrorDetails", {value!r})
        try:
            1 / 0
        except ZeroDivisionError as error:
            st.exception(error)
        raise ValueError("secret token 1234")
    """
    shown = {}
    for value in ("full", "stacktrace", "type", "none", True, False):
        app = run_app(script.format(value=value))
        caught, uncaught = (e["props"] for e in app.get("exception"))
        assert caught["message"] == "division by zero" and caught["traceback"], value  # st.exception shows all
        shown[value] = (uncaught["type"], "secret" in uncaught["message"], bool(uncaught["traceback"]))
    assert shown == {
        "full": ("ValueError", True, True), True: ("ValueError", True, True),
        "stacktrace": ("ValueError", False, True), False: ("ValueError", False, True),
        "type": ("ValueError", False, False), "none": ("", False, False),
    }  # fmt: skip
    app = run_app(script.format(value="none"))
    assert app.get("exception")[1]["props"]["message"].startswith("This app has encountered an error.")


def test_show_sidebar_navigation_set_by_the_script_hides_the_menu_from_the_next_run(run_app, tmp_path):
    (tmp_path / "pages").mkdir()
    app = run_app(
        """
        import streamlit as st
        if st.checkbox("Hide the menu"):
            st.set_option("client.showSidebarNavigation", False)
        """,
        files={"pages/a.py": "import streamlit as st\nst.write('a')\n"},
    )
    assert app.of_type("page:navigation")[-1]["position"] == "sidebar"
    app.set("Hide the menu", True)
    app.run()
    assert app.of_type("page:navigation")[-1]["position"] == "hidden"


# -- st.skeleton ---------------------------------------------------------------------------


def test_skeleton_standalone_is_replaced_through_its_slot(run_app):
    app = run_app("""
        import streamlit as st
        slot = st.skeleton(height=200, width=300)
        st.write("after")
        plain = st.skeleton()
        slot.write("loaded")
    """)
    kinds = [e["kind"] for e in app.elements()]
    assert kinds == ["markdown", "markdown", "skeleton"]
    assert app.bodies() == ["loaded", "after"]
    assert app.elements()[2]["props"] == {"height": None, "width": "stretch", "delay": 0}


def test_skeleton_as_a_context_manager_shows_while_the_block_runs(run_app):
    app = run_app("""
        import streamlit as st
        with st.skeleton(height="stretch") as placeholder:
            st.write("inside goes to the parent")
        st.write("after")
    """)
    assert [e["kind"] for e in app.elements()] == ["empty", "markdown", "markdown"]
    deltas = [d["element"] for m in app.of_type("run:delta") for d in m["deltas"] if d["path"] == "main.0"]
    assert [(d["kind"], d["props"].get("delay")) for d in deltas] == [("skeleton", 0), ("skeleton", 0.5), ("empty", None)]
    assert deltas[1]["props"]["height"] == "stretch"


def test_skeleton_errors(run_app):
    app = run_app('import streamlit as st\nst.skeleton(height="content")\n')
    assert error_of(app)[0] == "StreamlitAPIException"
    app = run_app('import streamlit as st\nst.skeleton(width="content")\n')
    assert error_of(app)[0] == "StreamlitInvalidWidthError"


# -- st.pagination --------------------------------------------------------------------------


def test_pagination_returns_the_page_the_visitor_picked(run_app):
    app = run_app("""
        import streamlit as st
        page = st.pagination(12, default=2, max_visible_pages=5, key="page",
                             on_change=lambda: st.session_state.update(changed=st.session_state.page))
        st.write(f"page {page} {st.session_state.get('changed')}")
    """)
    [widget] = app.get("pagination")
    assert widget["props"] == {
        "num_pages": 12, "max_visible_pages": 5, "value": 2, "default": 2, "disabled": False,
        "width": "content", "form_id": None, "rerun": True,
    }  # fmt: skip
    assert app.bodies() == ["page 2 None"]
    app.run(widgets={widget["id"]: 9})
    assert app.bodies() == ["page 9 9"]
    assert app.get("pagination")[0]["props"]["value"] == 9
    app.run(widgets={widget["id"]: 40})  # past the last page: the default
    assert app.bodies() == ["page 2 2"]


def test_pagination_from_session_state_and_ignore(run_app):
    app = run_app("""
        import streamlit as st
        if "page" not in st.session_state:
            st.session_state.page = 4
        st.write(f'{st.pagination(5, key="page", on_change="ignore", max_visible_pages=None)}')
        st.session_state.other = st.session_state.get("other", 99)
        st.write(f'{st.pagination(3, key="other")}')
    """)
    first, second = app.get("pagination")
    assert (first["props"]["value"], first["props"]["rerun"], first["props"]["max_visible_pages"]) == (4, False, None)
    # 99 is not a page of 3: the default, written back to session state.
    assert second["props"]["value"] == 1
    assert app.bodies() == ["4", "1"]


def test_pagination_errors(run_app):
    for call, expected in [
        ("st.pagination(0)", ("StreamlitAPIException", "`num_pages` must be an integer of at least 1. Got 0.")),
        ("st.pagination(True)", ("StreamlitAPIException", "`num_pages` must be an integer of at least 1. Got True.")),
        ("st.pagination(5, default=6)", ("StreamlitValueOutOfRangeError", "The `default` parameter, set to 6, is outside the required range [1, 5].")),
        ("st.pagination(5, default=True)", ("StreamlitInvalidParameterTypeError", None)),
        ("st.pagination(5, max_visible_pages=-1)", ("StreamlitAPIException", "`max_visible_pages` must be a non-negative integer or None. Got -1.")),
        ('st.pagination(5, bind="query-params")', ("StreamlitMissingRequiredParameterError", None)),
    ]:  # fmt: skip
        kind, message = error_of(run_app(f"import streamlit as st\n{call}\n"))
        assert kind == expected[0], call
        if expected[1]:
            assert message == expected[1], call


# -- st.menu_button ---------------------------------------------------------------------------


def test_menu_button_returns_the_chosen_option_once(run_app):
    app = run_app("""
        import streamlit as st
        def chosen():
            st.session_state.log = st.session_state.get("log", []) + [st.session_state.export]
        action = st.menu_button("Export", [1, 2, 3], key="export", format_func=lambda n: f"Format {n}",
                                type="primary", icon="📤", help="Pick one", on_click=chosen)
        st.write(f"action {action!r} {st.session_state.get('log')}")
    """)
    [widget] = app.get("menu_button")
    props = widget["props"]
    assert (props["label"], props["options"], props["type"], props["icon"], props["help"]) == (
        "Export", ["Format 1", "Format 2", "Format 3"], "primary", "📤", "Pick one")  # fmt: skip
    assert (props["value"], props["width"], props["wrap"]) == (None, "content", None)
    assert app.bodies() == ["action None None"]
    app.run(triggers={widget["id"]: 2})
    assert app.bodies() == ["action 3 [3]"]
    app.run()
    assert app.bodies() == ["action None [3]"]


def test_menu_button_errors(run_app):
    for call, expected in [
        ('st.menu_button("Go", [])', ("StreamlitMissingRequiredParameterError", "The `options` parameter is required. Provide at least one option.")),
        ('st.menu_button("Go", ["a", "b"], format_func=lambda o: "same")', ("StreamlitAPIException", "The `format_func` produced duplicate labels for the menu button options. Each formatted option label must be unique.")),
        ('st.menu_button("Go", ["a"], type="big")', ("StreamlitValueError", None)),
        ('with st.form("f"):\n    st.menu_button("Go", ["a"])', ("StreamlitInvalidLayoutContextError", None)),
        ('st.session_state.m = "a"\nst.menu_button("Go", ["a"], key="m")', ("StreamlitValueAssignmentNotAllowedError", None)),
    ]:  # fmt: skip
        kind, message = error_of(run_app(f"import streamlit as st\n{call}\n"))
        assert kind == expected[0], call
        if expected[1]:
            assert message == expected[1], call


# -- st.grid ----------------------------------------------------------------------------------


def test_grid_children_are_cells_and_cell_spans(run_app):
    app = run_app("""
        import streamlit as st
        grid = st.grid(3, gap=("small", 12), border=True, row_height=120, vertical_alignment="center", key="cards")
        grid.metric("Revenue", "$1.2M")
        with grid.cell(column_span="all", row_span=2):
            st.write("featured")
            st.caption("spans")
        with grid:
            st.write("third")
        auto = st.grid()
    """)
    assert app.tree["main.0"]["props"] == {
        "layout": "grid", "columns": 3, "min_column_width": "auto", "wrap": True, "row_gap": "small",
        "column_gap": 12, "vertical_alignment": "center", "border": True, "row_height": 120,
        "width": "stretch", "height": "content", "key": "cards", "dense": False,
    }  # fmt: skip
    assert [e["kind"] for e in app.elements("main.0")] == ["metric", "block", "markdown"]
    assert app.tree["main.0.1"]["props"] == {"layout": "grid_cell", "column_span": "all", "row_span": 2}
    assert app.bodies() == ["featured", "spans", "third"]
    assert app.tree["main.1"]["props"]["columns"] == "auto"


def test_grid_errors(run_app):
    for call, expected in [
        ("st.grid(25)", ("StreamlitValueOutOfRangeError", "The `columns` parameter, set to 25, is outside the required range [1, 24].")),
        ('st.grid("many")', ("StreamlitValueError", None)),
        ("st.grid(wrap=False)", ("StreamlitIncompatibleParametersError", None)),
        ("st.grid(2, gap=(1, 2, 3))", ("StreamlitValueError", "Invalid `gap` value. Supported values: a gap size, a 2-tuple or 2-list of (row_gap, column_gap). Got a sequence with 3 elements.")),
        ("st.grid(2, min_column_width=0)", ("StreamlitValueError", None)),
        ("st.grid(2, row_height=1.5)", ("StreamlitInvalidParameterTypeError", None)),
        ("st.grid(2).cell(column_span=3)", ("StreamlitValueOutOfRangeError", "The `column_span` parameter, set to 3, is outside the required range [1, 2].")),
        ("st.grid(2).cell(row_span=0)", ("StreamlitValueError", None)),
    ]:  # fmt: skip
        kind, message = error_of(run_app(f"import streamlit as st\n{call}\n"))
        assert kind == expected[0], call
        if expected[1]:
            assert message == expected[1], call


# -- st.typing --------------------------------------------------------------------------------


def test_typing_names_the_classes_commands_return():
    from streamlit.typing import ChatInputValue, DataframeState, UploadedFile, VegaLiteState

    assert st.typing.__all__ == sorted(st.typing.__all__) and len(st.typing.__all__) == 9
    assert UploadedFile is st.widgets.file_uploader.UploadedFile
    assert DataframeState is st.elements.data.DataframeState
    assert ChatInputValue is st.elements.chat.ChatInputValue
    assert VegaLiteState is st.elements.vega_charts.VegaLiteState
    with pytest.raises(TypeError):
        st.typing.PydeckState({"selection": {}})["selection"] = 1
