"""``st.secrets``: ``.streamlit/secrets.toml`` beside the app, read on first use.

In a browser-only app the file ships with the site, so every visitor can read it;
``build.py`` says so whenever it exports one. Top-level strings and numbers are
also set as environment variables, as in Streamlit.
"""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, NoReturn

from streamlit._errors import StreamlitSecretNotFoundError

__all__ = ["AttrDict", "Secrets", "reset", "secrets"]

SECRETS_FILE = os.path.join(".streamlit", "secrets.toml")
_HINT = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app "
    "settings on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


def _missing_key(key: str) -> str:
    return f'st.secrets has no key "{key}". {_HINT}'


def _missing_attribute(key: str) -> str:
    return f'st.secrets has no attribute "{key}". {_HINT}'


def _wrap(value: Any) -> Any:
    return AttrDict(value) if isinstance(value, Mapping) else value


class AttrDict(Mapping[str, Any]):
    """A section of the secrets: read by key or attribute, never written."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_values", dict(value))

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._values[key])
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __getattr__(self, key: str) -> Any:
        try:
            return _wrap(self._values[key])
        except KeyError:
            raise AttributeError(_missing_attribute(key)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return repr(self._values)

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._values)


class Secrets(Mapping[str, Any]):
    """``st.secrets``: a read-only dict of the app's secrets.toml, with attribute access.

    Example:
        >>> st.secrets["db_password"]
        >>> st.secrets.database.user       # the [database] table
    """

    def __init__(self, app_dir: str | None = None) -> None:
        object.__setattr__(self, "_app_dir", app_dir)
        object.__setattr__(self, "_values", None)

    def _paths(self) -> list[str]:
        return [os.path.join(self._app_dir or os.getcwd(), SECRETS_FILE)]

    def _parse(self) -> dict[str, Any]:
        if self._values is not None:
            return self._values
        values: dict[str, Any] = {}
        found = False
        for path in self._paths():
            try:
                with open(path, encoding="utf-8") as file:
                    text = file.read()
            except FileNotFoundError:
                continue
            found = True
            try:
                values.update(tomllib.loads(text))
            except tomllib.TOMLDecodeError as error:
                raise StreamlitSecretNotFoundError(
                    f"Error parsing secrets file at {path}: {error}"
                ) from error
        if not found:
            raise StreamlitSecretNotFoundError(
                "No secrets found. Valid paths for a secrets.toml file or secret directories "
                f"are: {', '.join(self._paths())}"
            )
        for key, value in values.items():
            if type(value) in (str, int, float):
                os.environ[key] = str(value)
        object.__setattr__(self, "_values", values)
        return values

    def load_if_toml_exists(self) -> bool:
        try:
            self._parse()
        except StreamlitSecretNotFoundError:
            return False
        return True

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._parse()[key])
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __getattr__(self, key: str) -> Any:
        try:
            return _wrap(self._parse()[key])
        except (KeyError, FileNotFoundError):
            raise AttributeError(_missing_attribute(key)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._parse())

    def __len__(self) -> int:
        return len(self._parse())

    def __contains__(self, key: object) -> bool:
        return key in self._parse()

    def __repr__(self) -> str:
        return repr(self._parse())

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def has_key(self, key: str) -> bool:
        return key in self._parse()

    def keys(self) -> KeysView[str]:
        return self._parse().keys()

    def values(self) -> ValuesView[Any]:
        return self._parse().values()

    def items(self) -> ItemsView[str, Any]:
        return self._parse().items()

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._parse())

    def _reset(self, app_dir: str | None) -> None:
        for key, value in (self._values or {}).items():
            if type(value) in (str, int, float) and os.environ.get(key) == str(value):
                del os.environ[key]
        object.__setattr__(self, "_app_dir", app_dir)
        object.__setattr__(self, "_values", None)


secrets = Secrets()


def reset(app_dir: str) -> None:
    """Read secrets from `app_dir` next time (a new session, or the files changed)."""
    secrets._reset(app_dir)
