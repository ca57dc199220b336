"""st.write_stream, st.badge, st.latex, st.html, st.echo, st.help, and st.write's new dispatch."""

from __future__ import annotations

import pytest


def test_write_stream_grows_one_markdown_element_and_returns_the_text(run_app):
    app = run_app("""
        import streamlit as st
        def words():
            for word in ["Hello", " ", "streaming", " ", "world"]:
                yield word
        text = st.write_stream(words)
        st.write("got", repr(text))
    """)
    assert app.bodies() == ["Hello streaming world", "got 'Hello streaming world'"]
    # Each chunk was sent as it arrived, as an update of the same element.
    shown = [
        d["element"]["props"]["body"]
        for m in app.of_type("run:delta")
        for d in m["deltas"]
        if d["path"] == "main.0" and d["element"]["kind"] == "markdown"
    ]
    # (markdown strips the trailing space, as Streamlit's does)
    assert shown == ["Hello", "Hello", "Hello streaming", "Hello streaming", "Hello streaming world",
                     "Hello streaming world"]  # fmt: skip


def test_write_stream_flushes_each_chunk_while_the_script_runs(run_app):
    app = run_app("""
        import streamlit as st
        def chunks():
            yield "a"
            yield "b"
        st.write_stream(chunks())
    """)
    # Flushed eagerly: one run:delta message per chunk, before the run finished.
    deltas = [m for m in app.last_run() if m["type"] == "run:delta"]
    assert len(deltas) >= 3


def test_write_stream_async_generators_and_mixed_chunks(run_app):
    app = run_app("""
        import asyncio
        import streamlit as st
        async def agen():
            yield "one "
            await asyncio.sleep(0.001)
            yield "two"
        st.session_state.text = st.write_stream(agen)
        def mixed():
            yield "before"
            yield {"a": 1}
            yield "after"
        st.session_state.mixed = st.write_stream(mixed)
        st.write(st.session_state.text, type(st.session_state.mixed).__name__, len(st.session_state.mixed))
    """)
    kinds = [(e["kind"], e["props"].get("body")) for e in app.elements()]
    assert kinds == [
        ("markdown", "one two"),
        ("markdown", "before"),
        ("json", '{"a": 1}'),
        ("markdown", "after"),
        ("markdown", "one two StreamingOutput `3`"),
    ]


def test_write_stream_openai_chunks_and_cursor(run_app):
    app = run_app("""
        import types
        import streamlit as st
        def chunk(text):
            cls = type("ChatCompletionChunk", (), {"__module__": "openai.types.chat"})
            c = cls()
            c.choices = [types.SimpleNamespace(delta=types.SimpleNamespace(content=text))]
            return c
        st.write_stream([chunk("Hi"), chunk(None), chunk(" there")], cursor="▌")
    """)
    assert app.bodies() == ["Hi there"]
    bodies = [d["element"]["props"]["body"] for m in app.of_type("run:delta") for d in m["deltas"]
              if d["element"]["kind"] == "markdown"]  # fmt: skip
    assert bodies[:2] == ["Hi▌", "Hi there▌"]


def test_write_stream_rejects_strings(run_app):
    app = run_app("""
        import streamlit as st
        st.write_stream("not a stream")
    """)
    (error,) = app.get("exception")
    assert error["props"]["message"].startswith("Invalid `stream` type.")


def test_st_write_streams_generators(run_app):
    app = run_app("""
        import streamlit as st
        st.write((w for w in ["x", "y"]))
    """)
    assert app.bodies() == ["xy"]


def test_badge_and_latex_are_markdown(run_app):
    app = run_app(r"""
        import streamlit as st
        st.badge("New")
        st.badge("Done [ok]", icon=":material/check:", color="green")
        st.latex(r"e^{i\pi} + 1 = 0")
    """)
    assert app.bodies() == [
        ":blue-badge[New]",
        ":green-badge[:material/check: Done \\[ok\\]]",
        "$$\ne^{i\\pi} + 1 = 0\n$$",
    ]


def test_badge_rejects_unknown_colours(run_app):
    app = run_app("""
        import streamlit as st
        st.badge("x", color="pink")
    """)
    assert app.get("exception")[0]["props"]["message"].startswith("Invalid `color` value.")


def test_html_strings_files_and_objects(run_app, tmp_path):
    app = run_app(
        """
        from pathlib import Path
        import streamlit as st
        st.html("<p>Hi <b>there</b></p><script>alert(1)</script>")
        st.html(Path("page.html"))
        st.html(Path("style.css"))
        class Widget:
            def _repr_html_(self):
                return "<i>repr</i>"
        st.html(Widget())
        st.write(Widget(), unsafe_allow_html=True)
        """,
        files={"page.html": "<h3>From a file</h3>", "style.css": "p { color: red; }"},
    )
    shown = [(e["props"]["body"], e["props"]["style_only"]) for e in app.get("html")]
    assert shown == [
        # The page sanitizes; Python sends the HTML as written.
        ("<p>Hi <b>there</b></p><script>alert(1)</script>", False),
        ("<h3>From a file</h3>", False),
        ("<style>p { color: red; }</style>", True),
        ("<i>repr</i>", False),
        ("<i>repr</i>", False),
    ]


def test_html_requires_a_body(run_app):
    app = run_app("""
        import streamlit as st
        st.html("")
    """)
    assert app.get("exception")[0]["props"]["message"] == "The `body` parameter is required."


def test_echo_shows_the_block_then_runs_it(run_app):
    app = run_app("""
        import streamlit as st
        with st.echo():
            x = 6 * 7
            st.write("answer", x)

        with st.echo(code_location="below"):
            st.write("second")
        st.write("after")
    """)
    shown = [(e["kind"], e["props"]["body"]) for e in app.elements()]
    assert shown == [
        ("code", 'x = 6 * 7\nst.write("answer", x)'),
        ("markdown", "answer `42`"),
        ("markdown", "second"),
        ("code", 'st.write("second")'),
        ("markdown", "after"),
    ]


def test_help_names_the_argument_and_lists_members(run_app):
    app = run_app('''
        import streamlit as st
        class Dog:
            """A good dog."""
            legs = 4
            def bark(self, times: int = 1) -> str:
                """Say woof."""
                return "woof" * times
        fido = Dog()
        st.help(fido)
        st.help(42)
    ''')
    dog, number = app.get("help")
    props = dog["props"]
    assert (props["name"], props["type"], props["doc"]) == ("fido", "Dog", "A good dog.")
    assert props["members"] == [
        {"name": "bark", "type": "method", "value": None, "doc": "Say woof."},
        {"name": "legs", "type": "int", "value": "4", "doc": None},
    ]
    assert (number["props"]["name"], number["props"]["value"]) == (None, "42")


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("import types; st.write(types.SimpleNamespace)", "help"),
        ("st.write(st.badge)", "help"),
    ],
)
def test_write_dispatches_callables_to_help(run_app, source, kind):
    app = run_app(f"import streamlit as st\n{source}\n")
    assert [e["kind"] for e in app.elements()] == [kind]
