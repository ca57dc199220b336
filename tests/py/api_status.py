"""Hand-kept notes for docs/api-coverage.md (rerun `python3 build.py coverage` after editing).

Everything else in the table is computed: a name the shim has is **done** when its
signature and members match Streamlit's; missing members make it partial on their
own. Record here what a signature cannot show.

PARTIAL: names the shim has that do not yet do all Streamlit does: say what is missing.
Their signatures are tested all the same: accept every parameter Streamlit has, and
say here which ones are not acted on.

NOT_APPLICABLE: names that cannot work in a browser without a server: say why.
"""

PARTIAL: dict[str, str] = {
    # text, data and charts
    "data_editor": "A `ButtonColumn` button in an added row sends no click (an added row has no position in the data).",
    "dataframe": "`lazy` only raises Streamlit's errors: rows are never paged in from a server, so a frame over 150,000 rows shows its first rows and says how many there are; audio and video cells open their player on a click of the icon (Streamlit: a double click).",
    "echarts_chart": "No hover toolbar (show data, download, fullscreen).",
    "html": "`unsafe_allow_javascript=True` is accepted, but scripts never run: the HTML is always sanitized.",
    "map": "Map tiles need a tile server, which an offline page cannot reach: points are drawn on a plain Mercator projection, and `zoom` is ignored.",
    "mermaid_chart": "`width` in pixels is accepted but not applied: the diagram keeps its own size, up to the container's width. No toolbar (download as PNG, fullscreen).",
    "plotly_chart": "Streamlit's Plotly theme is reproduced in its colours (palettes, colour scales, candlestick, waterfall and table colours, light and dark) and its main layout (font, grid, transparent background), not in its finer touches (a bold title, axis font sizes). Figures made with plotly need plotly in the browser: an export ships it from PyPI as a pure-Python wheel.",
    "pydeck_chart": "Without map tiles (no tile server offline): the point positions of each layer are drawn on a plain projection; paths, polygons, layer styles and selections are not.",
    # input widgets and forms
    # the first widgets, brought to 1.67's signatures
    "cache_data": "With `persist`, a value `max_size` drops leaves the persistent store too (Streamlit drops only its in-memory copy).",
    # layout, chat, status, media and control flow
    "pdf": "Shown in the browser's own PDF viewer, in a frame, with a download link (headless browsers show only the link).",
    # frames, custom components and the lighter commands
    "iframe": "Every frame is sandboxed without same-origin access (Streamlit runs inline HTML same-origin with the app): scripts run, but cannot use `window.parent`, the app's storage or cookies, and a relative URL loads the exported site's file. A local non-HTML file is shown from a Blob URL (Chromium shows no PDF in a sandboxed frame). `width=\"content\"` is not measured: the frame keeps the browser's default width.",
    "components": "`v1.declare_component`: the frontend must be a folder inside the app's folder (shipped with it); its `index.html` is sent with the files it names by relative URL inlined, so files its scripts or CSS load later (code-split chunks, fonts) are not found, and the inlined page travels with every run (keep it small). `url=` frontends must be reachable from the visitor's browser. Frames are sandboxed without same-origin access. `v2.component` raises: not supported yet.",
    "set_option": "`client.showErrorDetails` and `client.showSidebarNavigation` act (the menu from the next run); `client.toolbarMode` and `client.disableDataExport` are kept and read back, but the page has no toolbar or data export for them to change.",
}

NOT_APPLICABLE: dict[str, str] = {
    "App": "Wraps a script in a Starlette ASGI server app; Headwater has no server.",
    "login": "Needs a server that holds the identity provider's client secret and receives its redirect.",
    "logout": "Needs a server-side login session (see `st.login`).",
    "user": "Filled in by a server-side identity provider login (see `st.login`).",
}
