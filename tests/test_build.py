"""build.py: package resolution, verified fetching, app collection, export layout."""

from __future__ import annotations

import json
import os
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


def test_dependencies_named_unnormalized_in_the_lock_resolve(lock):
    assert "jsonschema-specifications" in build.packages_for_imports(lock, {"jsonschema"})
    assert "ruamel-yaml" in build.packages_for_imports(lock, {"demes"})


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


def test_apps_side_by_side_do_not_ship_each_other(tmp_path):
    for name in ["hello.py", "data.csv", "sales/app.py", "sales/sales.csv", "lib/helper.py", "pages/two.py"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert sorted(build.app_files(tmp_path / "hello.py")) == ["data.csv", "hello.py", "lib/helper.py", "pages/two.py"]
    assert sorted(build.app_files(tmp_path / "sales" / "app.py")) == ["app.py", "sales.csv"]


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
    for name in ["index.html", "headwater/headwater.js", "headwater/worker.js", "headwater/streamlit.json",
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


# ── Prerendering and serving ──────────────────────────────────────────────────


def _script(tmp_path: Path, source: str) -> Path:
    script = tmp_path / "app.py"
    script.write_text(source)
    return script


def test_the_first_run_is_prerendered_as_its_final_page(tmp_path):
    script = _script(tmp_path, (
        "import time\nimport streamlit as st\n"
        "st.title('Hi')\n"
        "with st.spinner('wait'):\n    time.sleep(60)\n"  # no sleeping at export
        "slot = st.empty()\n"
        "for i in range(3):\n    slot.write(f'count {i}')\n"
        "left, right = st.columns(2)\nleft.write('left')\n"
        "st.slider('x')\n"))
    page = build.prerender(script, [])
    paths = [(d["path"], d["element"]["kind"]) for d in page["deltas"]]
    assert paths == [("main.0", "heading"), ("main.1", "empty"), ("main.2", "markdown"), ("main.3", "block"),
                     ("main.3.0", "block"), ("main.3.0.0", "markdown"), ("main.3.1", "block"), ("main.4", "slider")]
    assert page["deltas"][2]["element"]["props"]["body"] == "count 2"
    assert page["blocks"]["main"] == 5 and page["buffers"] == []


def test_prerendered_bytes_travel_as_base64(tmp_path):
    script = _script(tmp_path, "import pandas as pd\nimport streamlit as st\nst.dataframe(pd.DataFrame({'a': [1, 2]}))\n")
    page = build.prerender(script, [])
    assert page["deltas"][0]["element"]["props"]["arrow"] == {"__bytes__": 0}
    assert build.base64.b64decode(page["buffers"][0])[:4] == b"\xff\xff\xff\xff"  # an Arrow IPC stream


def test_the_prerender_sees_the_app_folder_and_argv(tmp_path):
    (tmp_path / "greeting.txt").write_text("hello from a file")
    script = _script(tmp_path, "import sys\nimport streamlit as st\nst.write(open('greeting.txt').read() + ' ' + ' '.join(sys.argv[1:]))\n")
    body = build.prerender(script, ["--flag"])["deltas"][0]["element"]["props"]["body"]
    assert "hello from a file" in body and "--flag" in body


def test_an_app_cpython_cannot_run_is_not_prerendered(tmp_path, capsys):
    script = _script(tmp_path, "import streamlit as st\nst.title('x')\nimport js\n")
    assert build.prerender(script, []) is None
    assert "ModuleNotFoundError" in capsys.readouterr().err


def test_a_runaway_app_is_not_prerendered(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build, "PRERENDER_TIMEOUT_S", 1)
    assert build.prerender(_script(tmp_path, "while True:\n    pass\n"), []) is None
    assert "longer than 1 s" in capsys.readouterr().err


def test_an_element_too_large_for_the_prerender_waits_for_python(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build, "PRERENDER_MAX_BYTES", 600)
    script = _script(tmp_path, "import streamlit as st\nst.write('before')\nst.write('x' * 800)\nst.write('after')\n")
    page = build.prerender(script, [])
    assert [(d["path"], d["element"]["kind"]) for d in page["deltas"]] == [
        ("main.0", "markdown"), ("main.1", "empty"), ("main.2", "markdown")]
    assert page["deltas"][2]["element"]["props"]["body"] == "after"
    assert "1 element(s) left out" in capsys.readouterr().err


def test_the_manifest_lists_the_runtime_downloads(tmp_path):
    script = _script(tmp_path, "import streamlit as st\nst.write('hi')\n")
    out = tmp_path / "site"
    manifest = build.export(script, out)
    assert set(manifest["downloads"]) == {"pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip", "streamlit.json"}
    for path, size in manifest["downloads"].items():
        assert (out / "headwater" / path).stat().st_size == size
    assert json.loads((out / "app.json").read_text())["prerender"]["deltas"][0]["element"]["kind"] == "markdown"


def test_versioned_files_are_cached_for_good_and_the_rest_revalidates():
    assert build.cache_control("/headwater/pyodide/numpy-2.0.2-cp312-cp312-pyodide_2024_0_wasm32.whl") == build.IMMUTABLE
    assert build.cache_control("/docs/app/headwater/chunks/vega-L4TBHAPO.js") == build.IMMUTABLE
    for path in ["/headwater/pyodide/pyodide.asm.wasm", "/headwater/pyodide/pyodide-lock.json", "/app.json",
                 "/index.html", "/", "/headwater/headwater.js", "/headwater/worker.js", "/headwater/streamlit.json"]:
        assert build.cache_control(path) == "no-cache", path


@pytest.mark.parametrize("isolated", [True, False])
def test_the_server_revalidates_and_isolates_on_request(tmp_path, isolated):
    (tmp_path / "app.json").write_text('{"files": {}}')
    server = build.AppServer(tmp_path, 0, isolated=isolated).start()
    try:
        request = build.urllib.request.Request(server.url + "app.json", headers={"Accept-Encoding": "gzip"})
        with build.urllib.request.urlopen(request) as response:
            modified = response.headers["Last-Modified"]
            assert response.headers["Content-Encoding"] == "gzip"
            assert response.headers["Cache-Control"] == "no-cache"
            assert (response.headers["Cross-Origin-Embedder-Policy"] == "require-corp") is isolated
        request.add_header("If-Modified-Since", modified)
        with pytest.raises(build.urllib.error.HTTPError) as not_modified:
            build.urllib.request.urlopen(request)
        assert not_modified.value.code == 304
    finally:
        server.stop()


def test_an_export_has_a_service_worker_and_the_dev_page_has_none(tmp_path):
    script = _script(tmp_path, "import streamlit as st\nst.write('hi')\n")
    build.export(script, tmp_path / "site")
    worker = (tmp_path / "site" / "sw.js").read_text()
    assert "__VERSION__" not in worker and "__PRECACHE__" not in worker
    precache = json.loads(worker.split("const PRECACHE = ")[1].split(";\n")[0])
    assert {"./", "app.json", "headwater/headwater.js", "headwater/pyodide/pyodide.asm.wasm"} <= set(precache)
    assert all((tmp_path / "site" / path).exists() for path in precache)
    assert "keepOffline" in (tmp_path / "site" / "index.html").read_text()

    build.export(script, tmp_path / "dev", dev=True)
    assert not (tmp_path / "dev" / "sw.js").exists()
    assert "keepOffline" not in (tmp_path / "dev" / "index.html").read_text()


def test_a_new_export_names_a_new_cache(tmp_path):
    script = _script(tmp_path, "import streamlit as st\nst.write('one')\n")
    build.export(script, tmp_path / "site")
    first = (tmp_path / "site" / "sw.js").read_text()
    script.write_text("import streamlit as st\nst.write('two')\n")
    build.export(script, tmp_path / "site")
    assert (tmp_path / "site" / "sw.js").read_text() != first


def test_large_files_are_compressed_once_per_machine(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "CACHE", tmp_path)
    monkeypatch.setattr(build, "GZIP_KEEP_BYTES", 100)
    data = bytes(range(256)) * 8
    first = build._gzip(data)
    assert build.gzip.decompress(first) == data
    (kept,) = (tmp_path / "gzip").iterdir()
    kept.write_bytes(build.gzip.compress(data, compresslevel=1))  # what is kept is what is served
    assert build._gzip(data) == kept.read_bytes()
    assert build.gzip.decompress(build._gzip(b"small")) == b"small"
    assert len(list((tmp_path / "gzip").iterdir())) == 1


# ── PyPI packages ─────────────────────────────────────────────────────────────


def _wheel(folder: Path, name: str, version: str, requires: list[str] = (), tag: str = "py3-none-any",
           modules: dict[str, str] | None = None) -> Path:
    """A minimal wheel: the modules given (default: package `name`) and its metadata."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{version}-{tag}.whl"
    info = f"{name}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    metadata += "".join(f"Requires-Dist: {r}\n" for r in requires)
    with build.zipfile.ZipFile(path, "w") as archive:
        for module, source in (modules or {f"{name}/__init__.py": f"VERSION = {version!r}\n"}).items():
            archive.writestr(module, source)
        archive.writestr(f"{info}/METADATA", metadata)
        archive.writestr(f"{info}/WHEEL", f"Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: {tag}\n")
        archive.writestr(f"{info}/RECORD", "")
    return path


def _index(root: Path, wheels: list[Path], wrong_hash: str | None = None) -> str:
    """A PEP 503 index of `wheels` whose links carry their sha256 (as PyPI's do); its URL."""
    for wheel in wheels:
        project = root / "simple" / build._normalized(wheel.name.split("-")[0])
        project.mkdir(parents=True, exist_ok=True)
        digest = wrong_hash or build._sha256(wheel)
        links = project / "index.html"
        existing = links.read_text() if links.exists() else ""
        links.write_text(existing + f'<a href="{wheel.as_uri()}#sha256={digest}">{wheel.name}</a>\n')
    return (root / "simple").as_uri() + "/"


@pytest.fixture
def fake_pypi(tmp_path, monkeypatch):
    """pip sees only a local index (no config, no network); wheels are kept in a fresh cache."""
    files = tmp_path / "files"
    wheels = [
        _wheel(files, "hwdemo", "1.0", ["hwdep>=1", "numpy>=1.20", "rich; extra == 'fancy'"]),
        _wheel(files, "hwdemo", "2.0", ["hwdep>=1"]),
        _wheel(files, "hwdep", "1.5", modules={"hwdep.py": "GREETING = 'hi from hwdep'\n", "_hwdep_speedups/__init__.py": ""}),
        _wheel(files, "hwnative", "1.0", tag="cp312-cp312-manylinux_2_17_x86_64"),
        _wheel(files, "hwguess", "0.1"),
        _wheel(files, "hwneedsnative", "1.0", ["hwnative"]),
        _wheel(files, "hwnewnumpy", "1.0", ["numpy>=3"]),
        _wheel(files, "six", "1.16.0", modules={"six.py": "PYPI = True\n"}),
        _wheel(files, "hwcomponent", "1.0", ["streamlit>=1.30", "hwdep"]),
        _wheel(files, "streamlit", "1.67.0", ["hwnative"]),
    ]
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    for name in ("PIP_FIND_LINKS", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(build, "PIP_INDEX", ["--index-url", _index(tmp_path / "index", wheels)])
    monkeypatch.setattr(build, "WHEEL_CACHE", tmp_path / "cache")
    monkeypatch.setattr(build, "_UNRESOLVABLE", {})
    monkeypatch.setattr(build, "_LOGGED", set())
    return tmp_path


def _app(folder: Path, source: str, requirements: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if requirements is not None:
        (folder / "requirements.txt").write_text(requirements)
    return _script(folder, source)


def test_a_pinned_requirement_ships_pure_wheels_and_the_lock_gives_compiled_dependencies(fake_pypi, lock):
    script = _app(fake_pypi / "app", "import hwdemo\nimport streamlit\n", "streamlit>=1.30\nhwdemo==1.0  # pinned\n")
    app_lock, packages = build.app_packages(lock, script, build.imported_modules(script))
    demo, dep = app_lock["packages"]["hwdemo"], app_lock["packages"]["hwdep"]
    assert (demo["version"], demo["imports"], demo["depends"]) == ("1.0", ["hwdemo"], ["hwdep", "numpy"])
    assert (dep["imports"], dep["depends"]) == (["_hwdep_speedups", "hwdep"], [])
    assert demo["sha256"] == build._sha256(build.WHEEL_CACHE / "hwdemo-1.0-py3-none-any.whl")
    assert packages == ["hwdemo", "hwdep", "numpy"]
    assert app_lock["packages"]["numpy"] == lock["packages"]["numpy"]  # Pyodide's build, not a stand-in
    assert "hwdemo" not in lock["packages"], "the base lock is left alone"


def test_an_export_ships_the_wheels_and_lists_them(fake_pypi):
    script = _app(fake_pypi / "app", "import hwdep\n")
    out = fake_pypi / "site"
    manifest = build.export(script, out, dev=True)
    assert manifest["downloads"]["pyodide/hwdep-1.5-py3-none-any.whl"] == (
        build.WHEEL_CACHE / "hwdep-1.5-py3-none-any.whl").stat().st_size
    shipped = json.loads((out / "headwater/pyodide/pyodide-lock.json").read_text())["packages"]
    assert list(shipped) == ["hwdep"]
    assert build._sha256(out / "headwater/pyodide/hwdep-1.5-py3-none-any.whl") == shipped["hwdep"]["sha256"]


def test_the_prerender_imports_the_shipped_wheels(fake_pypi, lock):
    script = _app(fake_pypi / "app", "import hwdep\nimport streamlit as st\nst.write(hwdep.GREETING)\n")
    app_lock, packages = build.app_packages(lock, script, build.imported_modules(script))
    wheels = build.pypi_wheels(app_lock, packages)
    assert [w.name for w in wheels] == ["hwdep-1.5-py3-none-any.whl"]
    assert build.prerender(script, []) is None
    page = build.prerender(script, [], wheels)
    assert page["deltas"][0]["element"]["props"]["body"] == "hi from hwdep"


def test_a_pure_pyodide_package_out_of_reach_comes_from_pypi_at_its_version(fake_pypi, lock, monkeypatch):
    def unreachable(name, target):
        raise OSError("offline")

    monkeypatch.setattr(build, "PACKAGE_CACHE", fake_pypi / "pyodide-cache")
    monkeypatch.setattr(build, "_fetch_from_cdn", unreachable)
    monkeypatch.setattr(build, "_fetch_from_mirror", unreachable)
    script = _app(fake_pypi / "app", "import six\n")
    app_lock, packages = build.app_packages(lock, script, build.imported_modules(script))
    six = app_lock["packages"]["six"]
    assert packages == ["six"] and six["version"] == "1.16.0" and six["imports"] == ["six"]
    assert six["file_name"] == "six-1.16.0-py3-none-any.whl" and six["sha256"] != lock["packages"]["six"]["sha256"]
    assert build.package_file(app_lock, "six") == build.WHEEL_CACHE / "six-1.16.0-py3-none-any.whl"


def test_a_package_for_streamlit_apps_does_not_bring_streamlit(fake_pypi, lock):
    script = _app(fake_pypi / "app", "import hwcomponent\n")
    app_lock, packages = build.app_packages(lock, script, build.imported_modules(script))
    assert packages == ["hwcomponent", "hwdep"] and app_lock["packages"]["hwcomponent"]["depends"] == ["hwdep"]
    assert "streamlit" not in app_lock["packages"]


def test_resolutions_and_wheels_are_cached_for_the_next_export(fake_pypi, lock, monkeypatch):
    script = _app(fake_pypi / "app", "import hwdemo\n")
    first = build.app_packages(lock, script, build.imported_modules(script))
    assert first[0]["packages"]["hwdemo"]["version"] == "2.0"  # unpinned: the newest pure wheel
    build.shutil.rmtree(fake_pypi / "index")
    monkeypatch.setattr(build, "_pip_resolve", lambda *args: pytest.fail("pip asked again"))
    assert build.app_packages(lock, script, build.imported_modules(script)) == first


def test_a_wheel_whose_hash_differs_from_the_index_is_refused(fake_pypi, lock, monkeypatch):
    wheel = next((fake_pypi / "files").glob("hwdep-*.whl"))
    monkeypatch.setattr(build, "PIP_INDEX", ["--index-url", _index(fake_pypi / "bad", [wheel], wrong_hash="0" * 64)])
    script = _app(fake_pypi / "app", "import streamlit\n", "hwdep\n")
    with pytest.raises(build.BuildError) as error:
        build.app_packages(lock, script, build.imported_modules(script))
    assert "hwdep-1.5-py3-none-any.whl" in str(error.value) and "0" * 64 in str(error.value)
    assert not list(build.WHEEL_CACHE.glob("*.whl")) and not list(build.WHEEL_CACHE.glob("*.part"))


@pytest.mark.parametrize("requirement, named", [
    ("hwnative", "hwnative cannot"),
    ("hwnowhere==1.0", "hwnowhere==1.0 cannot"),
    ("hwneedsnative", "hwnative (needed by hwneedsnative) cannot"),
])
def test_a_requirement_without_a_pure_wheel_fails_the_export_naming_it(fake_pypi, requirement, named):
    script = _app(fake_pypi / "app", "import streamlit\n", f"{requirement}\n")
    with pytest.raises(build.UnresolvableRequirement) as error:
        build.export(script, fake_pypi / "site")
    message = str(error.value)
    assert message.startswith(f"{script.parent / 'requirements.txt'}: {named}") and "no pure-Python wheel" in message
    assert error.value.requirement == named.split()[0].split("=")[0]


def test_a_dependency_on_another_version_of_a_pyodide_package_is_explained(fake_pypi):
    script = _app(fake_pypi / "app", "import streamlit\n", "hwnewnumpy\n")
    with pytest.raises(build.UnresolvableRequirement) as error:
        build.export(script, fake_pypi / "site", dev=True)
    message = str(error.value)
    assert "requirements.txt: hwnewnumpy cannot be met in the browser" in message
    assert "hwnewnumpy 1.0 depends on numpy>=3" in message and "the browser has numpy 2.0.2" in message


def test_an_unreachable_index_is_reported_as_such(fake_pypi, lock, monkeypatch):
    monkeypatch.setattr(build, "PIP_INDEX", ["--retries", "1", "--index-url", "http://127.0.0.1:9/simple/"])
    script = _app(fake_pypi / "app", "import streamlit\n", "hwdep\n")
    with pytest.raises(build.UnresolvableRequirement, match="could not reach the package index to resolve hwdep"):
        build.app_packages(lock, script, build.imported_modules(script))


def test_run_shows_the_failed_requirement_and_exits(fake_pypi, capsys):
    script = _app(fake_pypi / "app", "import streamlit\n", "hwnative\n")
    assert build.main(["run", str(script), "--no-browser", "--port", "0"]) == 1
    assert "requirements.txt: hwnative cannot run in the browser" in capsys.readouterr().err


def test_an_import_nothing_provides_is_looked_up_by_its_name(fake_pypi, lock, capsys):
    script = _app(fake_pypi / "app", "import hwguess\nimport hwnative\nimport json\nimport numpy\nimport js\n")
    app_lock, packages = build.app_packages(lock, script, build.imported_modules(script))
    assert "hwguess" in packages and "hwnative" not in app_lock["packages"]
    build.app_packages(lock, script, build.imported_modules(script))  # as `run` does on every save: said once
    logged = capsys.readouterr().err
    assert logged.count("'hwnative' is imported but not shipped") == 1 and "'js'" not in logged


def test_requirements_the_browser_provides_are_not_asked_of_pip(tmp_path, lock, capsys, monkeypatch):
    monkeypatch.setattr(build, "_LOGGED", set())
    path = tmp_path / "requirements.txt"
    path.write_text("# the app\nstreamlit==1.67.0\nnumpy==1.26.4\npandas\nPyYAML\nplotly>=5 ; python_version >= '3.8'\n")
    assert build.read_requirements(path, lock) == ["plotly>=5 ; python_version >= '3.8'"]
    assert "numpy==1.26.4" in capsys.readouterr().err
    path.write_text("git+https://example.com/repo.git\n")
    with pytest.raises(build.BuildError, match="line 1"):
        build.read_requirements(path, lock)
