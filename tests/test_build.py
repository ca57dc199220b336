"""build.py: package resolution, verified fetching, app collection, export layout."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import build  # noqa: E402


@pytest.fixture(scope="module")
def lock():
    return build.pyodide_lock()


def test_pandas_brings_pyarrow_and_its_dependencies(lock):
    packages = build.packages_for_imports(lock, {"pandas", "streamlit", "os"})
    assert packages == ["numpy", "pandas", "pyarrow", "pyodide-unix-timezones", "python-dateutil", "pytz", "six"]


def test_plain_app_needs_no_packages(lock):
    assert build.packages_for_imports(lock, {"streamlit", "math", "json"}) == []


def test_a_file_whose_hash_differs_is_refused(lock, tmp_path, monkeypatch):
    monkeypatch.setattr(build, "PACKAGE_CACHE", tmp_path)
    monkeypatch.setattr(build, "_fetch_from_cdn", lambda name, target: target.write_bytes(b"tampered"))
    monkeypatch.setattr(build, "_fetch_from_mirror", lambda name, target: target.write_bytes(b"tampered too"))
    with pytest.raises(build.BuildError) as error:
        build.package_file(lock, "six")
    message = str(error.value)
    assert lock["packages"]["six"]["file_name"] in message
    assert "does not match" in message and str(tmp_path) in message
    assert list(tmp_path.iterdir()) == []


def test_the_mirror_serves_when_the_cdn_is_unreachable(lock, tmp_path, monkeypatch):
    def unreachable(name, target):
        raise OSError("no route to the CDN")

    monkeypatch.setattr(build, "PACKAGE_CACHE", tmp_path)
    monkeypatch.setattr(build, "_fetch_from_cdn", unreachable)
    path = build.package_file(lock, "six")
    assert path.parent == tmp_path
    assert build._sha256(path) == lock["packages"]["six"]["sha256"]


def test_app_files_skip_caches_and_hidden_folders(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".streamlit").mkdir()
    for name in ["app.py", "pages/one.py", "__pycache__/x.pyc", ".git/HEAD", ".streamlit/config.toml", "data.csv"]:
        (tmp_path / name).write_text("x")
    files = build.app_files(tmp_path / "app.py")
    assert sorted(files) == [".streamlit/config.toml", "app.py", "data.csv", "pages/one.py"]


def test_packages_follow_the_entry_script_not_its_neighbours(tmp_path, lock):
    (tmp_path / "hello.py").write_text("import streamlit as st\nimport helper\n")
    (tmp_path / "helper.py").write_text("import pytz\n")
    (tmp_path / "other_app.py").write_text("import pandas\n")
    assert build.imported_modules(tmp_path / "hello.py") == {"pytz", "streamlit"}
    assert build.packages_for_imports(lock, build.imported_modules(tmp_path / "hello.py")) == ["pytz"]


def test_export_writes_a_self_contained_site(tmp_path, lock):
    (tmp_path / "src").mkdir()
    script = tmp_path / "src" / "app.py"
    script.write_text("import streamlit as st\nst.write('hi')\n")
    (tmp_path / "src" / "logo.bin").write_bytes(bytes(range(256)))
    out = tmp_path / "site"
    build.export(script, out, ["--x"])
    manifest = json.loads((out / "app.json").read_text())
    assert manifest["entrypoint"] == "app.py" and manifest["argv"] == ["--x"]
    assert manifest["files"]["logo.bin"] == {"base64": build.base64.b64encode(bytes(range(256))).decode()}
    for name in ["index.html", "headwater/headwater.js", "headwater/worker.js", "headwater/streamlit.zip",
                 "headwater/pyodide/pyodide.mjs", "headwater/pyodide/pyodide.asm.wasm"]:
        assert (out / name).is_file(), name
    assert json.loads((out / "headwater/pyodide/pyodide-lock.json").read_text())["packages"] == {}
    html = (out / "index.html").read_text()
    assert "<title>app</title>" in html and 'src="headwater/headwater.js"' in html
    assert "//" not in html.replace("<!doctype html>", ""), "the page must use relative URLs only"


def test_a_missing_script_is_a_clear_error(tmp_path):
    with pytest.raises(build.BuildError, match="no such app script"):
        build.export(tmp_path / "nope.py", tmp_path / "out")


def test_a_script_url_is_fetched(tmp_path):
    (tmp_path / "remote.py").write_text("import streamlit as st\n")
    server = build.AppServer(tmp_path, 0).start()
    try:
        path = build.fetch_script(server.url + "remote.py")
    finally:
        server.stop()
    assert path.name == "remote.py" and path.read_text() == "import streamlit as st\n"
