"""Bad input, as data: scripts that fail, run away or attack, and what the reader must see.

Each `Case` is a script and what must follow it: the run's status; the error the page
shows (`error`: its type, or the end of a module-qualified one; `message`: a pattern
its message or notes must match); the text drawn before the failure that must stay
(`kept`); and, for every case, that the app still works afterwards: the runners load
`RECOVERY` and press its button. Never a blank page, a hang or a crashed runner.

`xss` cases put every payload of `PAYLOADS` (each would push to ``window.__xss``
or call ``alert`` if it ran) into the text and URLs an element takes; in the browser
nothing may run, and no event-handler attribute or `javascript:` URL may reach the page.

tests/py/test_bad_inputs.py runs the cases marked for CPython through the bridge, in
milliseconds; tests/e2e/test_bad_inputs_browser.py runs the browser's on one booted page.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

CPYTHON = frozenset({"cpython"})
BROWSER = frozenset({"browser"})
BOTH = CPYTHON | BROWSER

# The app after every case: a button whose press shows a line, so a working rerun is seen.
RECOVERY = """
import streamlit as st
st.write("clean script")
if st.button("Again"):
    st.write("the button works")
"""


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    script: str
    # The status of the run (after `click`, if any): "ok", "error" or "stopped".
    status: str = "error"
    # The exception element's type: a pattern for its last dotted part (or all of it).
    error: str | None = None
    # A pattern that the exception's message and notes must match (the page draws
    # Streamlit's markdown messages, so write `?x`? for code).
    message: str | None = None
    # Texts drawn before the failure (or by a run that succeeds) that the page must show.
    kept: tuple[str, ...] = ()
    where: frozenset[str] = BOTH
    # The script runs until stopped: CPython sends SIGINT, the browser presses Stop.
    runaway: bool = False
    xss: bool = False
    # CSS selector (inside the app) that must exist before the page is inspected:
    # lazily drawn content such as KaTeX or a chart.
    ready: str | None = None
    # Other files of the app: (name, text).
    files: tuple[tuple[str, str], ...] = ()
    # A button to press after the first run; the expectations are about that rerun.
    click: str | None = None
    # A pattern for the note under a frame too big to send whole ("Showing the first ...").
    rows_note: str | None = None

    @property
    def source(self) -> str:
        body = textwrap.dedent(self.script).lstrip()
        return PAYLOAD_HEADER + body if self.xss else body


# ── XSS payloads ──────────────────────────────────────────────────────────────
# Each one, if it ran, pushes its name to window.__xss or opens a dialog.
PAYLOADS = [
    "<script>__xss.push('script')</script>",
    "<img src=x onerror=\"__xss.push('img')\">",
    "<svg onload=\"__xss.push('svg')\"><circle r=1 /></svg>",
    "<iframe srcdoc=\"<script>parent.__xss.push('srcdoc')</script>\"></iframe>",
    "<iframe src=\"javascript:parent.__xss.push('iframe')\"></iframe>",
    "<a href=\"javascript:__xss.push('a')\">html link</a>",
    "<a href=\"&#106;avascript:__xss.push('entity')\">entity link</a>",
    "<a href=\" JaVaScRiPt:__xss.push('case')\">case link</a>",
    "[md link](javascript:__xss.push('md'))",
    "![md image](javascript:__xss.push('mdimg'))",
    "<javascript:__xss.push('autolink')>",
    "[ref link][r]\n\n[r]: javascript:__xss.push('ref')",
    "<details open ontoggle=\"__xss.push('details')\"><summary>s</summary></details>",
    "\"><img src=x onerror=alert('breakout')>",
    "<math><mtext><table><mglyph><style><img src=x onerror=\"__xss.push('mxss')\">",
    "<input autofocus onfocus=\"__xss.push('focus')\">",
    "<object data=\"javascript:__xss.push('object')\"></object>",
    "<embed src=\"javascript:__xss.push('embed')\">",
    "<form action=\"javascript:__xss.push('form')\"><button formaction=\"javascript:__xss.push('formaction')\">go</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__xss.push('meta')\">",
    "<base href=\"javascript:__xss.push('base')//\">",
    "<video><source onerror=\"__xss.push('source')\"></video>",
    "<style>*{background:url(\"javascript:__xss.push('css')\")}</style>",
    "<noscript><p title=\"</noscript><img src=x onerror=__xss.push('noscript')>\">",
]
JS_URL = "javascript:__xss.push('url')"
PAYLOAD_HEADER = (
    f"P = {PAYLOADS!r}\n"
    "ALL = '\\n\\n'.join(P)\n"  # one text holding every payload
    "ONE = ' '.join(p.replace('\\n', ' ') for p in P)\n"  # the same on one line (labels)
    f"JS = {JS_URL!r}\n"
)

CASES: list[Case] = [
    # ── Syntax errors: nothing runs, the page shows where ──────────────────────
    Case("syntax-unclosed-paren", "syntax", """
        import streamlit as st
        st.write("never drawn")
        st.write(1 +
    """, error="SyntaxError", message=r"never closed|invalid syntax"),
    Case("syntax-indentation", "syntax", """
        import streamlit as st
        if True:
        st.write("x")
    """, error="IndentationError", message="expected an indented block"),
    Case("syntax-null-byte", "syntax", "import streamlit as st\nst.write('a')\x00\n",
         error="SyntaxError", message="null bytes"),
    Case("syntax-in-imported-module", "syntax", """
        import streamlit as st
        st.write("drawn before the import")
        import broken_helper
    """, error="SyntaxError", message="invalid syntax|expected", kept=("drawn before the import",),
         files=(("broken_helper.py", "def helper(:\n    pass\n"),)),
    Case("syntax-await-outside-async", "syntax", """
        import streamlit as st
        await something()
    """, error="SyntaxError", message="outside"),

    # ── Exceptions raised by the script ────────────────────────────────────────
    Case("exception-zero-division", "exception", """
        import streamlit as st
        st.write("before the error")
        1 / 0
    """, error="ZeroDivisionError", message="division by zero", kept=("before the error",)),
    Case("exception-base-exception-subclass", "exception", """
        import streamlit as st
        st.write("before the error")
        class Fatal(BaseException):
            pass
        raise Fatal("not an Exception")
    """, error="__main__.Fatal", message="not an Exception", kept=("before the error",)),
    Case("exception-broken-str", "exception", """
        import streamlit as st
        class Unprintable(Exception):
            def __str__(self):
                raise RuntimeError("str fails")
        raise Unprintable()
    """, error="__main__.Unprintable"),
    Case("exception-chained", "exception", """
        import streamlit as st
        try:
            {}["missing"]
        except KeyError as e:
            raise ValueError("while handling a missing key") from e
    """, error="ValueError", message="while handling a missing key"),
    Case("exception-in-callback", "exception", """
        import streamlit as st
        def explode():
            raise RuntimeError("callback failed")
        st.button("Explode", on_click=explode)
    """, error="RuntimeError", message="callback failed", click="Explode"),
    # As in Streamlit, a fragment's error shows in the fragment and the script goes on.
    Case("exception-in-fragment", "exception", """
        import streamlit as st
        st.write("outside the fragment")
        @st.fragment
        def part():
            st.write("inside")
            raise LookupError("fragment failed")
        part()
    """, status="ok", error="LookupError", message="fragment failed", kept=("outside the fragment", "inside")),
    Case("exception-in-cached-function", "exception", """
        import streamlit as st
        @st.cache_data
        def load(n):
            raise ConnectionError(f"cannot load {n}")
        load(3)
    """, error="ConnectionError", message="cannot load 3"),
    Case("exception-mid-stream", "exception", """
        import streamlit as st
        def words():
            yield "first "
            yield "second "
            raise TimeoutError("the stream broke")
        st.write_stream(words())
    """, error="TimeoutError", message="the stream broke", kept=("first second",)),
    Case("exception-in-dialog", "exception", """
        import streamlit as st
        @st.dialog("Broken dialog")
        def show():
            raise PermissionError("dialog failed")
        show()
    """, status="ok", error="PermissionError", message="dialog failed"),
    Case("exception-in-column", "exception", """
        import streamlit as st
        left, right = st.columns(2)
        left.write("left column")
        with right:
            raise KeyError("in a column")
    """, error="KeyError", message="in a column", kept=("left column",)),
    Case("exception-hostile-object", "exception", """
        import streamlit as st
        class Hostile:
            def __getattr__(self, name):
                raise RuntimeError(f"no {name} here")
            def __repr__(self):
                raise RuntimeError("no repr")
        st.write(Hostile())
    """, error="RuntimeError", message="no "),
    Case("exception-missing-secret", "exception", """
        import streamlit as st
        st.secrets["api_key"]
    """, error="StreamlitSecretNotFoundError", message="secrets"),
    Case("exception-missing-session-key", "exception", """
        import streamlit as st
        st.session_state.never_set
    """, error="AttributeError", message="never_set"),

    # ── Invalid arguments, one or more per element family ─────────────────────
    Case("argument-slider-wrong-type", "argument", """
        import streamlit as st
        st.slider("Level", value="high")
    """, error="StreamlitInvalidParameterTypeError", message="Invalid `?value`? type"),
    Case("argument-slider-min-above-max-is-swapped", "argument", """
        import streamlit as st
        st.write("level", st.slider("Level", 10, 1))
    """, status="ok"),  # Streamlit 1.67 swaps the bounds; so does Headwater
    Case("argument-slider-step-zero", "argument", """
        import streamlit as st
        st.slider("Level", 0, 10, step=0)
    """, error="StreamlitValueError", message="Zero is not allowed"),
    Case("argument-number-input-min-above-max", "argument", """
        import streamlit as st
        st.number_input("Amount", min_value=10, max_value=1)
    """, error="StreamlitInvalidMinMaxError", message="cannot be greater than"),
    Case("argument-date-input-min-above-max", "argument", """
        import datetime as dt
        import streamlit as st
        st.date_input("Day", min_value=dt.date(2024, 1, 2), max_value=dt.date(2024, 1, 1))
    """, error="StreamlitInvalidMinMaxError", message="cannot be greater than"),
    Case("argument-selectbox-index-out-of-range", "argument", """
        import streamlit as st
        st.selectbox("Pick", ["a", "b"], index=5)
    """, error="StreamlitValueOutOfRangeError", message="outside the required range"),
    Case("argument-multiselect-default-not-an-option", "argument", """
        import streamlit as st
        st.multiselect("Pick", ["a", "b"], default=["z"])
    """, error="StreamlitDefaultNotInOptionsError", message="not part of the options"),
    Case("argument-unknown-keyword", "argument", """
        import streamlit as st
        st.button("Go", colour="red")
    """, error="TypeError", message="unexpected keyword argument 'colour'"),
    Case("argument-unknown-option", "argument", """
        import streamlit as st
        st.button("Go", type="danger")
    """, error="StreamlitValueError", message="Invalid `?type`? value"),
    Case("argument-color-picker-bad-value", "argument", """
        import streamlit as st
        st.color_picker("Colour", value="red")
    """, error="StreamlitAPIException", message="not a valid hex code"),
    Case("argument-columns-zero", "argument", """
        import streamlit as st
        st.columns(0)
    """, error="StreamlitInvalidColumnSpecError", message="positive integer"),
    Case("argument-tabs-empty", "argument", """
        import streamlit as st
        st.tabs([])
    """, error="StreamlitMissingRequiredParameterError", message="at least one tab"),
    Case("argument-progress-out-of-range", "argument", """
        import streamlit as st
        st.progress(150)
    """, error="StreamlitValueOutOfRangeError", message=r"\[0, 100\]"),
    Case("argument-image-negative-width", "argument", """
        import streamlit as st
        st.image(b"x", width=-5)
    """, error="StreamlitInvalidWidthError", message="-5"),
    Case("argument-audio-wrong-type", "argument", """
        import streamlit as st
        st.audio(5)
    """, error="StreamlitAPIException", message="int"),
    Case("argument-page-config-layout", "argument", """
        import streamlit as st
        st.set_page_config(layout="huge")
    """, error="StreamlitValueError", message="Invalid `?layout`? value"),
    Case("argument-dataframe-3d-array", "argument", """
        import numpy as np
        import streamlit as st
        st.dataframe(np.zeros((2, 2, 2)))
    """, error="StreamlitAPIException", message="dimensions"),
    Case("argument-chart-missing-column", "argument", """
        import pandas as pd
        import streamlit as st
        st.line_chart(pd.DataFrame({"a": [1, 2]}), x="nope")
    """, error="StreamlitAPIException", message='"nope"'),
    Case("argument-map-without-coordinates", "argument", """
        import pandas as pd
        import streamlit as st
        st.map(pd.DataFrame({"a": [1]}))
    """, error="StreamlitAPIException", message="latitude"),
    Case("argument-json-circular", "argument", """
        import streamlit as st
        loop = {}
        loop["self"] = loop
        st.json(loop)
    """, error="ValueError", message="Circular reference"),
    Case("argument-write-stream-not-iterable", "argument", """
        import streamlit as st
        st.write_stream(5)
    """, error="StreamlitAPIException", message="cannot be iterated"),
    Case("argument-duplicate-key", "argument", """
        import streamlit as st
        st.button("One", key="same")
        st.button("Two", key="same")
    """, error="StreamlitDuplicateElementKey", message="same"),
    Case("argument-widget-state-after-widget", "argument", """
        import streamlit as st
        st.text_input("Name", key="name")
        st.session_state.name = "changed"
    """, error="StreamlitWidgetAlreadyInstantiatedError", message="cannot be modified"),
    Case("argument-button-in-form", "argument", """
        import streamlit as st
        with st.form("f"):
            st.button("Inside")
    """, error="StreamlitInvalidLayoutContextError", message="form_submit_button"),
    Case("argument-cache-unhashable", "argument", """
        import streamlit as st
        @st.cache_data
        def load(x):
            return 1
        class Opaque:
            def __reduce__(self):
                raise TypeError("cannot reduce")
        load(Opaque())
    """, error="UnhashableParamError", message="Cannot hash argument 'x'"),
    Case("argument-logo-javascript-link", "argument", """
        import streamlit as st
        st.logo(b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", link="javascript:alert(1)")
    """, error="StreamlitInvalidURLError", message="not a valid URL"),
    Case("argument-page-link-javascript", "argument", """
        import streamlit as st
        st.page_link("javascript:alert(1)", label="x")
    """, error="StreamlitPageNotFoundError", message="Could not find page"),

    # ── Runaway scripts and resources ─────────────────────────────────────────
    Case("runaway-infinite-loop", "runaway", """
        import streamlit as st
        st.write("before the loop")
        while True:
            pass
    """, status="stopped", kept=("before the loop",), runaway=True),
    Case("runaway-infinite-sleep", "runaway", """
        import time
        import streamlit as st
        st.write("before the sleep")
        time.sleep(10_000)
    """, status="stopped", kept=("before the sleep",), runaway=True),
    Case("runaway-infinite-rerun", "runaway", """
        import streamlit as st
        st.write("rerunning forever")
        st.rerun()
    """, status="stopped", kept=("rerunning forever",), runaway=True),
    Case("runaway-endless-stream", "runaway", """
        import itertools
        import streamlit as st
        st.write_stream(f"{i} " for i in itertools.count())
    """, status="stopped", runaway=True),
    Case("resources-deep-recursion", "resources", """
        import streamlit as st
        st.write("before the recursion")
        def down(n):
            return down(n + 1)
        down(0)
    """, error="RecursionError", message="maximum recursion depth", kept=("before the recursion",)),
    Case("resources-deep-data-in-json", "resources", """
        import streamlit as st
        st.write("before the deep data")
        deep = []
        for _ in range(100_000):
            deep = [deep]
        st.json(deep)
    """, error="RecursionError", message="encoding a JSON object", kept=("before the deep data",)),
    Case("resources-deep-data-in-write", "resources", """
        import streamlit as st
        deep = {}
        for _ in range(100_000):
            deep = {"next": deep}
        st.write(deep)
    """, error="RecursionError", message="encoding a JSON object"),
    Case("resources-deep-data-in-session-state", "resources", """
        import streamlit as st
        deep = []
        for _ in range(100_000):
            deep = [deep]
        st.session_state.deep = deep
        st.write("stored")
    """, status="ok", kept=("stored",)),
    Case("resources-deep-data-cached", "resources", """
        import streamlit as st
        @st.cache_data
        def build():
            deep = []
            for _ in range(100_000):
                deep = [deep]
            return deep
        build()
    """, error="UnserializableReturnValueError", message="Cannot serialize"),
    # In the browser, repr() of deep data overflows the stack in C and Python dies: the
    # page says so and starts a new Python. Elements the run had not sent yet are lost.
    Case("resources-deep-repr-in-c", "resources", """
        import streamlit as st
        st.write("before the deep repr")
        deep = []
        for _ in range(100_000):
            deep = [deep]
        st.text(repr(deep)[:20])
    """, error="Python stopped|RecursionError", message="nested too deeply|maximum recursion depth"),
    Case("resources-memory-error", "resources", """
        import sys
        import streamlit as st
        st.write("before the allocation")
        block = bytearray(sys.maxsize)
    """, error="MemoryError", message="ran out of memory", kept=("before the allocation",)),
    Case("resources-100k-elements", "resources", """
        import streamlit as st
        for i in range(100_000):
            st.write(i)
        st.write("all drawn")
    """, status="ok", kept=("all drawn",)),
    Case("resources-million-row-dataframe", "resources", """
        import numpy as np
        import pandas as pd
        import streamlit as st
        n = 1_000_000
        df = pd.DataFrame({"id": np.arange(n), "value": np.arange(n) * 0.5, "label": [f"row {i}" for i in range(n)]})
        st.dataframe(df)
        st.write("after the frame")
    """, status="ok", rows_note="Showing the first 150,000 of 1,000,000 rows", kept=("after the frame",)),
    Case("resources-million-row-table", "resources", """
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.table(pd.DataFrame({"id": np.arange(1_000_000)}))
        st.write("after the table")
    """, status="ok", rows_note="Showing the first 10,000 of 1,000,000 rows", kept=("after the table",)),
    Case("resources-frame-over-the-byte-limit", "resources", """
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"text": ["x" * 1000] * 80_000}))
    """, status="ok", rows_note=r"Showing the first [\d,]+ of 80,000 rows", where=CPYTHON),

    # ── Packages the browser does not have ────────────────────────────────────
    Case("import-unavailable-package", "import", """
        import streamlit as st
        st.write("before the import")
        import tensorflow
    """, error="ModuleNotFoundError", message="No module named 'tensorflow'", kept=("before the import",)),
    Case("import-unavailable-package-explained", "import", """
        import streamlit as st
        import tensorflow
    """, error="ModuleNotFoundError", message=r"pyodide\.org.*'tensorflow' is not one of them.*requirements\.txt", where=BROWSER),
    Case("import-pyodide-package-not-loaded", "import", """
        import importlib
        import streamlit as st
        importlib.import_module("scipy")
    """, error="ModuleNotFoundError", message=r"'scipy' is one of the packages Pyodide provides.*import scipy",
         where=BROWSER),
    Case("import-missing-name", "import", """
        import streamlit as st
        from json import no_such_function
    """, error="ImportError", message="cannot import name 'no_such_function'"),

    # ── Asking the process to exit, or for a console ──────────────────────────
    Case("exit-sys-exit", "exit", """
        import sys
        import streamlit as st
        st.write("before the exit")
        sys.exit()
        st.write("never drawn")
    """, status="stopped", kept=("before the exit",)),
    Case("exit-sys-exit-with-code", "exit", """
        import sys
        import streamlit as st
        st.write("before the exit")
        sys.exit(2)
    """, error="SystemExit", message="2.*asked Python to exit", kept=("before the exit",)),
    Case("exit-sys-exit-with-message", "exit", """
        import sys
        import streamlit as st
        sys.exit("Configuration file missing")
    """, error="SystemExit", message="Configuration file missing"),
    Case("exit-builtin-exit", "exit", """
        import streamlit as st
        st.write("before exit()")
        exit()
    """, status="stopped", kept=("before exit()",)),
    Case("exit-os-exit", "exit", """
        import os
        import streamlit as st
        st.write("before os._exit")
        os._exit(3)
    """, error="SystemExit", message="3", kept=("before os._exit",)),
    Case("exit-argparse-error", "exit", """
        import argparse
        import streamlit as st
        parser = argparse.ArgumentParser()
        parser.add_argument("--rows", type=int, required=True)
        parser.parse_args()
    """, error="SystemExit", message="2"),
    Case("exit-input", "exit", """
        import streamlit as st
        name = input("Your name: ")
    """, error="EOFError", message=r"st\.text_input"),

    # ── XSS: payloads in every text-taking element, label and URL ─────────────
    Case("xss-markdown", "xss", """
        import streamlit as st
        st.markdown(ALL)
        st.markdown(ALL, unsafe_allow_html=True)
        st.caption(ALL)
        st.caption(ALL, unsafe_allow_html=True)
        st.markdown(ALL, help=ONE)
        st.write(ALL)
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True),
    Case("xss-headings-text-code", "xss", """
        import streamlit as st
        st.title(ONE, help=ONE)
        st.header(ONE, anchor=P[1])
        st.subheader(ONE, divider=True)
        st.text(ALL, help=ONE)
        st.code(ALL)
        st.code(ALL, language="html", line_numbers=True)
        st.badge(ONE)
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True),
    Case("xss-html", "xss", """
        import streamlit as st
        st.html(ALL)
        st.html("<div>" + ALL + "</div>")
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True),
    Case("xss-latex", "xss", r"""
        import streamlit as st
        st.latex(r"\href{javascript:__xss.push('latex')}{x} + \url{javascript:__xss.push('url')}")
        st.markdown(r"Math: $\href{javascript:__xss.push('katex')}{y}$")
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True, ready=".katex"),
    Case("xss-json-alerts-metric-help", "xss", """
        import streamlit as st
        st.json({P[1]: P[2], "list": P, "url": JS})
        st.write({P[5]: ALL})
        st.error(ALL)
        st.warning(ALL)
        st.info(ALL)
        st.success(ALL)
        st.exception(RuntimeError(ALL))
        st.metric(ONE, ONE, ONE, help=ONE)
        class Documented:
            pass
        Documented.__doc__ = ALL
        st.help(Documented)
        st.progress(50, text=ONE)
        st.toast(ONE)
        st.write("drawn after the payloads")
    """, status="ok", error="RuntimeError", kept=("drawn after the payloads",), xss=True),
    Case("xss-widget-labels-and-options", "xss", """
        import datetime as dt
        import streamlit as st
        st.button(ONE, help=ONE)
        st.checkbox(ONE, help=ONE)
        st.toggle(ONE)
        st.radio(ONE, P, captions=P)
        st.selectbox(ONE, P, placeholder=ONE)
        st.selectbox("formatted", [0, 1], format_func=lambda i: P[i])
        st.multiselect(ONE, P, default=P[:3], placeholder=ONE)
        st.slider(ONE, 0, 10, help=ONE)
        st.select_slider(ONE, P)
        st.text_input(ONE, value=ONE, placeholder=ONE)
        st.text_area(ONE, value=ALL)
        st.number_input(ONE, placeholder=ONE)
        st.date_input(ONE, dt.date(2024, 1, 1))
        st.time_input(ONE, dt.time(12, 0))
        st.color_picker(ONE)
        st.file_uploader(ONE, help=ONE)
        st.pills(ONE, P)
        st.segmented_control(ONE, P[:4])
        st.download_button(ONE, data="x", file_name=P[1])
        st.link_button(ONE, JS)
        st.page_link("https://example.com", label=ONE, help=ONE)
        st.chat_input(ONE)
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True),
    Case("xss-layout-and-chat", "xss", """
        import streamlit as st
        tabs = st.tabs(P[:6])
        tabs[1].markdown(ALL, unsafe_allow_html=True)
        with st.expander(ONE):
            st.markdown(ALL, unsafe_allow_html=True)
        with st.popover(ONE):
            st.markdown(ALL)
        with st.status(ONE):
            st.write(ALL)
        st.sidebar.markdown(ALL, unsafe_allow_html=True)
        with st.form("payload form"):
            st.text_input(ONE)
            st.form_submit_button(ONE)
        with st.chat_message(ONE):
            st.markdown(ALL, unsafe_allow_html=True)
        with st.chat_message("user", avatar=JS):
            st.write(ONE)
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True),
    Case("xss-dialog", "xss", """
        import streamlit as st
        @st.dialog(ONE)
        def show():
            st.markdown(ALL, unsafe_allow_html=True)
            st.write("inside the dialog")
        show()
    """, status="ok", kept=("inside the dialog",), xss=True),
    Case("xss-dataframe-cells-columns-config", "xss", """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({p: [p, JS] for p in P[:8]}, index=[P[1], P[2]])
        df["link"] = [JS, P[5]]
        df["image"] = [JS, "javascript:alert('image')"]
        config = {
            "link": st.column_config.LinkColumn(ONE, help=ONE, display_text=P[1]),
            "image": st.column_config.ImageColumn(ONE),
        }
        st.dataframe(df, column_config=config)
        st.table(df)
        st.data_editor(df, key="editor")
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True, ready=".hw-grid"),
    Case("xss-media-urls", "xss", """
        import streamlit as st
        st.image(JS, caption=ONE)
        st.image("<svg xmlns='http://www.w3.org/2000/svg' onload=\\"__xss.push('svgimg')\\"><script>__xss.push('svgscript')</script></svg>")
        st.audio(JS)
        st.video(JS)
        st.pdf(JS)
        st.logo(JS)
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True),
    Case("xss-charts", "xss", """
        import pandas as pd
        import streamlit as st
        st.line_chart(pd.DataFrame({P[1]: [1, 2], P[2]: [3, 4]}))
        st.vega_lite_chart(
            pd.DataFrame({"x": [1, 2], "url": [JS, JS]}),
            {"title": ONE, "description": ONE, "mark": "point",
             "encoding": {"x": {"field": "x", "type": "quantitative", "title": ONE},
                          "href": {"field": "url"}, "tooltip": {"field": "url"}}},
        )
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True, ready="canvas, svg"),
    Case("xss-page-title-and-icon", "xss", """
        import streamlit as st
        st.set_page_config(page_title=ONE, page_icon=JS)
        st.write("drawn after the payloads")
    """, status="ok", kept=("drawn after the payloads",), xss=True),
    Case("xss-navigation-titles", "xss", """
        import streamlit as st
        def home():
            st.write("drawn after the payloads")
        pages = [st.Page(home, title=ONE, default=True), st.Page(lambda: None, title=P[1], url_path="second")]
        st.navigation(pages).run()
    """, status="ok", kept=("drawn after the payloads",), xss=True),
    Case("xss-exception-message", "xss", """
        import streamlit as st
        raise ValueError(ALL)
    """, error="ValueError", message="onerror", xss=True),
    Case("xss-streamlit-error-message", "xss", """
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        raise StreamlitAPIException(ALL)
    """, error="StreamlitAPIException", xss=True),
    Case("xss-syntax-error-line", "xss", """
        import streamlit as st
        x = "<img src=x onerror=__xss.push('syntax')>" +
    """, error="SyntaxError", xss=True),
]

CATEGORIES = sorted({case.category for case in CASES})
