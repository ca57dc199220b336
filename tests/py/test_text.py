def test_text_elements(run_app):
    app = run_app('''
        import streamlit as st
        st.title("Title", anchor=False)
        st.header("Header", divider="blue", help="tip")
        st.subheader("Sub", anchor="custom")
        st.markdown("""
            # Indented
            body
        """)
        st.caption("small")
        st.text("  pre  ")
        st.code("x = 1", language=None, line_numbers=True)
        st.json('{"already": "json"}', expanded=1)
        st.json({"set": {1}, "obj": object})
        st.divider()
        st.error("bad", icon="🚨")
        st.warning("careful")
        st.info("fyi")
        st.success("done")
    ''')
    shown = [(e["kind"], e["props"]) for e in app.elements()]
    assert shown[0] == (
        "heading",
        {"tag": "h1", "body": "Title", "anchor": False, "help": None, "divider": False},
    )
    assert shown[1] == (
        "heading",
        {"tag": "h2", "body": "Header", "anchor": None, "help": "tip", "divider": "blue"},
    )
    assert shown[2][1]["tag"] == "h3" and shown[2][1]["anchor"] == "custom"
    assert shown[3][1]["body"] == "# Indented\nbody"
    assert shown[4] == (
        "markdown",
        {"body": "small", "unsafe_allow_html": False, "help": None, "caption": True},
    )
    assert shown[5] == ("text", {"body": "pre", "help": None})
    assert shown[6] == ("code", {"body": "x = 1", "language": None, "line_numbers": True})
    assert shown[7] == ("json", {"body": '{"already": "json"}', "expanded": 1})
    assert shown[8] == (
        "json",
        {"body": '{"set": [1], "obj": "<class \'object\'>"}', "expanded": True},
    )
    assert shown[9] == ("divider", {})
    assert [p for _, p in shown[10:]] == [
        {"level": "error", "body": "bad", "icon": "🚨"},
        {"level": "warning", "body": "careful", "icon": None},
        {"level": "info", "body": "fyi", "icon": None},
        {"level": "success", "body": "done", "icon": None},
    ]
