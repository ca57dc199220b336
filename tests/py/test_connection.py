"""st.connection: SQLite files shipped with the app, configured by kwargs or secrets."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

import pytest
from test_pages import Browser, write

from streamlit._imports import app_imports


@pytest.fixture
def browse(tmp_path: Path):
    db = sqlite3.connect(tmp_path / "pets.db")
    db.executescript(
        "create table pets (name text, owner text, age int);"
        "insert into pets values ('Rex', 'ada', 3), ('Tom', 'bob', 5), ('Kit', 'ada', 1);"
    )
    db.commit()
    db.close()

    def boot(files: dict[str, str]) -> Browser:
        write(tmp_path, files)
        return Browser(tmp_path / "app.py").run()

    return boot


def frame(app: Browser, index: int = 0) -> list[dict]:
    import pyarrow as pa

    table = pa.ipc.open_stream(app.get("dataframe")[index]["props"]["arrow"]).read_all()
    return table.drop_columns([c for c in table.column_names if c.startswith("__index") or c == "index"]).to_pylist()


def test_query_with_a_url_and_params(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                conn = st.connection("pets_db", type="sql", url="sqlite:///pets.db")
                df = conn.query("select name, age from pets where owner = :owner order by age", params={"owner": "ada"})
                st.dataframe(df)
                st.text(type(df).__name__)
            """
        }
    )
    assert app.bodies("text") == ["DataFrame"]
    assert frame(app) == [{"name": "Kit", "age": 1}, {"name": "Rex", "age": 3}]


def test_results_are_cached_until_ttl(browse, tmp_path):
    source = """
        import streamlit as st
        conn = st.connection("pets_db", type="sql", url="sqlite:///pets.db")
        st.text(len(conn.query("select * from pets", ttl=TTL)))
    """
    app = browse({"app.py": source.replace("TTL", "3600")})
    assert app.bodies("text") == ["3"]
    db = sqlite3.connect(tmp_path / "pets.db")
    db.execute("insert into pets values ('New', 'cy', 2)")
    db.commit()
    db.close()
    app.run()
    assert app.bodies("text") == ["3"]  # cached
    app.edit(textwrap.dedent(source.replace("TTL", "0")))
    app.run()
    assert app.bodies("text") == ["4"]


def test_connection_is_shared_and_configured_from_secrets(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                a = st.connection("pets_db")
                b = st.connection("pets_db")
                st.text([a is b, type(a).__name__, a.driver])
                st.text(len(a.query("select * from pets")))
                st.text(a.connect().execute("select count(*) from pets").fetchone()[0])
            """,
            ".streamlit/secrets.toml": '[connections.pets_db]\ntype = "sql"\ndialect = "sqlite"\ndatabase = "pets.db"\n',
        }
    )
    assert app.bodies("text") == ["[True, 'SQLConnection', 'pysqlite']", "3", "3"]


def test_a_custom_connection_class(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                from streamlit.connections import BaseConnection

                class Greeter(BaseConnection[str]):
                    def _connect(self, **kwargs):
                        return f"hello {self._secrets.get('who', kwargs.get('who'))}"

                st.text(st.connection("greet", type=Greeter, who="ada")._instance)
            """
        }
    )
    assert app.bodies("text") == ["hello ada"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.connection("x", type="sql")', "Missing SQL DB connection configuration."),
        ('st.connection("x", type="sql", url="postgresql://u@h/db")', "Headwater runs in the browser and can only open SQLite files"),
        ('st.connection("x", type="sql", dialect="mysql", host="h", username="u")', "Headwater runs in the browser"),
        ('st.connection("x", type="snowflake")', "Invalid connection 'snowflake'."),
        ('st.connection("x")', "No connection type given for `x`"),
    ],
)
def test_connection_errors(browse, call, message):
    app = browse({"app.py": f"import streamlit as st\n{call}\n"})
    assert app.get("exception")[0]["props"]["message"].startswith(message)


def test_the_import_scan_loads_sqlite3_and_pandas_for_st_connection(tmp_path):
    write(tmp_path, {"app.py": "import streamlit as st\nconn = st.connection('db', type='sql')\n"})
    assert app_imports(str(tmp_path), "app.py") == ["pandas", "sqlite3", "streamlit"]
    write(tmp_path, {"app.py": "from streamlit.connections import SQLConnection\n"})
    assert app_imports(str(tmp_path), "app.py") == ["pandas", "sqlite3", "streamlit"]
    write(tmp_path, {"app.py": "import streamlit as st\nst.write('no database')\n"})
    assert app_imports(str(tmp_path), "app.py") == ["streamlit"]


def test_the_import_scan_follows_pages_named_by_st_page(tmp_path):
    write(
        tmp_path,
        {
            "app.py": "import streamlit as st\nst.navigation([st.Page('views/a.py'), st.Page('../outside.py')]).run()\n",
            "views/a.py": "import numpy\n",
        },
    )
    (tmp_path.parent / "outside.py").write_text("import pytz\n")
    assert app_imports(str(tmp_path), "app.py") == ["numpy", "streamlit"]  # pytz is outside the app
