def test_what_magic_writes(run_app):
    app = run_app('''
        """Module docstring: not written."""
        import streamlit as st

        "bare string with **markdown**"
        42
        {"magic": "dict"}
        [1, 2, 3]
        x = 10
        x * 2
        f"f-string {x}"
        x, "tuple", x + 1
        abs(-5)
        st.session_state
        if x:
            "inside if"
        def f():
            """Function docstring: not written."""
            "second string in function"
        f()
        for i in range(2):
            i
        class C:
            "class body is not walked"
            def m(self):
                "method docstring"
                "method body"
        C().m()
        None
    ''')
    shown = [(e["kind"], e["props"].get("body")) for e in app.elements()]
    assert shown[:12] == [
        ("markdown", "bare string with **markdown**"),
        ("markdown", "`42`"),
        ("json", '{"magic": "dict"}'),
        ("json", "[1, 2, 3]"),
        ("markdown", "`20`"),
        ("markdown", "f-string 10"),
        ("markdown", "`10` tuple `11`"),
        ("json", "{}"),
        ("markdown", "inside if"),
        ("markdown", "second string in function"),
        ("markdown", "`0`"),
        ("markdown", "`1`"),
    ]
    assert shown[12:] == [("markdown", "method body"), ("markdown", "`None`")]


def test_magic_in_with_try_while_and_match(run_app):
    app = run_app("""
        import streamlit as st
        with st.container():
            "in with"
        try:
            "in try"
            1 / 0
        except ZeroDivisionError:
            "in except"
        else:
            "not reached"
        finally:
            "in finally"
        n = 0
        while n < 1:
            n += 1
            "in while"
        match n:
            case 1:
                "in case"
    """)
    assert [b for b in app.bodies()] == [
        "in with",
        "in try",
        "in except",
        "in finally",
        "in while",
        "in case",
    ]


def test_magic_value_is_returned(run_app):
    app = run_app("""
        import streamlit as st
        y = (5)
        st.write(y)
    """)
    assert app.bodies() == ["`5`"]


def test_future_import_still_first(run_app):
    app = run_app("""
        from __future__ import annotations
        "after future"
    """)
    assert app.status == "ok"
    assert app.bodies() == ["after future"]
