"""The shim's public API against Streamlit 1.67's: signatures, and the coverage table.

Streamlit's side is dumped once from the real package in its own venv (see
api_coverage.py); if that venv cannot be made, these tests fail and say why.
"""

from __future__ import annotations

import pytest

import api_coverage
import api_status
import build
from api_surface import render_params


@pytest.fixture(scope="module")
def reference():
    try:
        return api_coverage.reference()
    except build.BuildError as error:
        pytest.fail(f"no reference Streamlit to compare with: {error}", pytrace=False)


@pytest.fixture(scope="module")
def shim():
    return api_coverage.shim()


def test_the_reference_is_streamlits_public_api(reference):
    assert len(reference) > 100
    assert {"button", "session_state", "sidebar", "cache_data", "column_config", "Page"} <= set(reference)
    assert not {"runtime", "elements", "delta_generator", "util", "proto"} & set(reference)
    assert render_params(reference["checkbox"]["params"]).startswith("(label, value=False, key=None, ")


def test_every_name_the_shim_has_matches_streamlit(reference, shim):
    failures = []
    for name in sorted(set(reference) & set(shim) - set(api_status.NOT_APPLICABLE)):
        differences = api_coverage.compare(name, reference[name], shim[name], shim).differences
        if differences:
            failures.append(_explain(name, reference[name], shim[name], differences))
    if failures:
        pytest.fail("These differ from Streamlit 1.67. Take Streamlit's signature; a parameter that is not "
                    "acted on yet is still accepted, and tests/py/api_status.py PARTIAL says so:\n\n"
                    + "\n\n".join(failures), pytrace=False)


def test_the_coverage_table_is_current(reference, shim):
    text, _ = api_coverage.generate(reference, shim)
    diff = api_coverage.stale_diff(text)
    if diff:
        pytest.fail(f"docs/api-coverage.md is out of date: run `python3 build.py coverage`.\n{diff}", pytrace=False)


def test_status_notes_name_real_streamlit_names(reference, shim):
    partial, not_applicable = set(api_status.PARTIAL), set(api_status.NOT_APPLICABLE)
    assert not (partial | not_applicable) - set(reference), "notes for names Streamlit does not have"
    assert not partial & not_applicable
    assert not partial - set(shim), "partial notes for names the shim does not have yet"


def test_differences_read_as_what_to_change():
    def param(name, kind="positional_or_keyword", **default):
        return {"name": name, "kind": kind, **{"default": repr(v) for v in default.values()}}

    expected = {"kind": "function", "params": [
        param("label"), param("value", default=False), param("key", default=None),
        param("width", "keyword_only", default="content"), param("_private", "keyword_only", default=1)]}
    actual = {"kind": "function", "params": [
        param("label"), param("key", default=None), param("value", default=True),
        param("size", "keyword_only", default=3)]}
    assert api_coverage.compare("x", expected, actual).differences == [
        "st.x: `value` defaults to `True`, Streamlit's to `False`",
        "st.x: missing parameter `width='content'`",
        "st.x: unexpected parameter `size=3`",
        "st.x: parameter order is (label, key, value), Streamlit's is (label, value, key)",
    ]
    assert api_coverage.compare("x", expected, {"kind": "module", "members": {}}).differences == [
        "st.x: expected a function, got a module"]


def test_members_of_objects_and_containers():
    method = {"kind": "function", "params": []}
    expected = {"kind": "object", "members": {"get": method, "to_dict": method, "url": {"kind": "value"}}}
    actual = {"kind": "object", "members": {"get": method, "url": {"kind": "value"}}}
    assert api_coverage.compare("state", expected, actual).missing == ["st.state.to_dict"]
    sidebar = {"kind": "container", "members": {"button": method, "pdf": method}}
    shim_sidebar = {"kind": "container", "members": {}}
    # st.sidebar.pdf is missing only once the shim has st.pdf.
    assert api_coverage.compare("sidebar", sidebar, shim_sidebar, {"button"}).missing == ["st.sidebar.button"]


def _explain(name, expected, actual, differences):
    lines = [f"st.{name}"]
    if "params" in expected and actual.get("params") != expected["params"]:
        lines += [f"  Streamlit: {name}{render_params(expected['params'])}",
                  f"  Headwater: {name}{render_params(actual.get('params'))}"]
    return "\n".join(lines + [f"  - {d}" for d in differences])
