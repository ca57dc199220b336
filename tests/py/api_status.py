"""Hand-kept notes for docs/api-coverage.md (rerun `python3 build.py coverage` after editing).

Everything else in the table is computed: a name the shim has is **done** when its
signature and members match Streamlit's; missing members make it partial on their
own. Record here what a signature cannot show.

PARTIAL: names the shim has that do not yet do all Streamlit does: say what is missing.
A name listed here is exempt from the signature test, so list it only while it is
knowingly incomplete.

NOT_APPLICABLE: names that cannot work in a browser without a server: say why.
"""

PARTIAL: dict[str, str] = {
    "cache_data": '`max_size` is not enforced; `refresh_mode="background"` recomputes in the foreground.',
    "cache_resource": '`on_release` is never called; `refresh_mode="background"` recomputes in the foreground.',
}

NOT_APPLICABLE: dict[str, str] = {
    "App": "Wraps a script in a Starlette ASGI server app; Headwater has no server.",
    "login": "Needs a server that holds the identity provider's client secret and receives its redirect.",
    "logout": "Needs a server-side login session (see `st.login`).",
    "user": "Filled in by a server-side identity provider login (see `st.login`).",
}
