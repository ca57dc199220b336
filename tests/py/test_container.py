from streamlit import _container


def test_sidebar_columns_and_containers(run_app):
    app = run_app("""
        import streamlit as st
        st.sidebar.write("in sidebar")
        left, right = st.columns([2, 1], gap="large")
        left.write("left")
        with right:
            st.write("right")
            inner = st.container(border=True)
        inner.write("inside")
        st.write("below")
        with st.sidebar:
            st.write("sidebar again")
    """)
    paths = {p: (e["kind"], e["props"].get("body")) for p, e in app.all()}
    assert paths == {
        "main.0": ("block", None),
        "main.0.0": ("block", None),
        "main.0.0.0": ("markdown", "left"),
        "main.0.1": ("block", None),
        "main.0.1.0": ("markdown", "right"),
        "main.0.1.1": ("block", None),
        "main.0.1.1.0": ("markdown", "inside"),
        "main.1": ("markdown", "below"),
        "sidebar.0": ("markdown", "in sidebar"),
        "sidebar.1": ("markdown", "sidebar again"),
    }
    assert app.tree["main.0"]["props"] == {
        "layout": "horizontal",
        "gap": "large",
        "width": "stretch",
        "wrap": True,
    }
    assert app.tree["main.0.0"]["props"] == {
        "layout": "column",
        "weight": 2 / 3,
        "gap": "large",
        "border": False,
        "vertical_alignment": "top",
    }
    assert app.tree["main.0.1.1"]["props"] == {
        "layout": "vertical",
        "border": True,
        "width": "stretch",
        "height": "content",
        "horizontal": False,
        "horizontal_alignment": "left",
        "vertical_alignment": "top",
        "gap": "small",
        "wrap": True,
        "autoscroll": None,
        "key": None,
        "fragment": None,
        "run_every": None,
    }
    assert app.messages[-1]["blocks"] == {
        "main": 2,
        "sidebar": 2,
        "bottom": 0,
        "event": 0,
        "main.0": 2,
        "main.0.0": 1,
        "main.0.1": 2,
        "main.0.1.1": 1,
    }


def test_columns_spec_errors(run_app):
    for spec, error in [
        ("0", "StreamlitInvalidColumnSpecError"),
        ("[]", "StreamlitInvalidColumnSpecError"),
        ("[1, -1]", "StreamlitInvalidColumnSpecError"),
        ("'two'", "StreamlitInvalidParameterTypeError"),
    ]:
        app = run_app(f"""
            import streamlit as st
            st.columns({spec})
        """)
        assert app.get("exception")[0]["props"]["type"] == f"streamlit.errors.{error}"


def test_empty_placeholder_replaces_and_clears(run_app):
    app = run_app("""
        import streamlit as st
        slot = st.empty()
        st.write("after")
        slot.write("one")
        slot.markdown("two")
        holder = st.empty()
        with holder.container():
            st.write("a")
            st.write("b")
        cleared = st.empty()
        cleared.write("gone")
        cleared.empty()
    """)
    assert [(p, e["kind"]) for p, e in app.all()] == [
        ("main.0", "markdown"),
        ("main.1", "markdown"),
        ("main.2", "block"),
        ("main.2.0", "markdown"),
        ("main.2.1", "markdown"),
        ("main.3", "empty"),
    ]
    assert app.bodies() == ["two", "after", "a", "b"]


def test_placeholder_replacing_a_container_drops_its_block(run_app):
    app = run_app("""
        import streamlit as st
        slot = st.empty()
        slot.container().write("inside")
        slot.write("replaced")
    """)
    assert app.messages[-1]["blocks"] == {"main": 1, "sidebar": 0, "bottom": 0, "event": 0}
    assert app.bodies() == ["replaced"]


def test_elements_beyond_this_run_are_dropped(run_app):
    app = run_app("""
        import streamlit as st
        n = st.slider("n", 0, 5, 3)
        for i in range(n):
            st.write(i)
    """)
    assert app.bodies() == ["`0`", "`1`", "`2`"]
    app.set("n", 1)
    assert app.bodies() == ["`0`"]


def test_spinner_flushes_eagerly_and_is_removed(run_app):
    app = run_app("""
        import streamlit as st
        st.write("before")
        with st.spinner("Working..."):
            st.write("inside")
        st.write("after")
    """)
    deltas = app.of_type("run:delta")
    first = deltas[0]["deltas"]
    assert [d["element"]["kind"] for d in first] == ["markdown", "spinner"]
    assert first[-1]["element"]["props"] == {"text": "Working...", "show_time": False}
    assert [(p, e["kind"]) for p, e in app.all()] == [
        ("main.0", "markdown"),
        ("main.1", "empty"),
        ("main.2", "markdown"),
        ("main.3", "markdown"),
    ]


def test_spinner_in_a_column(run_app):
    app = run_app("""
        import streamlit as st
        col, = st.columns(1)
        with col.spinner("busy"):
            pass
    """)
    spinners = [
        d["path"]
        for m in app.of_type("run:delta")
        for d in m["deltas"]
        if d["element"]["kind"] == "spinner"
    ]
    assert spinners == ["main.0.0.0"]


def test_sleep_flushes_what_was_drawn(run_app):
    app = run_app("""
        import time
        import streamlit as st
        st.write("one")
        time.sleep(0)
        st.write("two")
    """)
    batches = [
        [d["element"]["props"]["body"] for d in m["deltas"]] for m in app.of_type("run:delta")
    ]
    assert batches == [["one"], ["two"]]


def test_fast_runs_are_batched_slow_ones_stream(run_app, monkeypatch):
    # The flush rule reads time.monotonic(); a controlled clock keeps this test
    # independent of how fast the machine runs it.
    script = """
        import streamlit as st
        for i in range(50):
            st.write(i)
    """
    monkeypatch.setattr(_container.time, "monotonic", lambda: 1000.0)
    assert len(run_app(script).of_type("run:delta")) == 1
    ticks = iter(range(10**6))
    monkeypatch.setattr(_container.time, "monotonic", lambda: next(ticks) * 0.02)
    assert len(run_app(script).of_type("run:delta")) >= 25


def test_with_block_is_left_on_exception(run_app):
    app = run_app("""
        import streamlit as st
        try:
            with st.sidebar:
                raise ValueError()
        except ValueError:
            pass
        st.write("main again")
    """)
    assert app.elements("main")[0]["props"]["body"] == "main again"
