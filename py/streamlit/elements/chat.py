"""Chat: message containers with avatars, and the chat input.

st.chat_input called in the main area outside any container pins itself to
the bottom of the page (the ``bottom`` root); anywhere else it sits inline.
Its value is the submitted text, only in the run the submission caused: the
page sends it as a trigger that carries the text, or, with ``accept_file``,
``{"text", "files"}`` (files as st.file_uploader's page value, bytes included).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import Container, active, container_at
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from streamlit._session_state import get_session_state
from streamlit.elements import _sizing
from streamlit.elements.media import image_source
from streamlit.widgets.file_uploader import UploadedFile, normalize_types, upload_limit_mb
from streamlit.widgets.media_input import check_sample_rate

__all__ = ["ChatInputValue", "chat_input", "chat_message"]

_USER_NAMES = ("user", "human")
_ASSISTANT_NAMES = ("assistant", "ai")


def chat_message(
    name: Literal["user", "assistant", "ai", "human"] | str,
    *,
    avatar: Literal["user", "assistant"] | str | Any | None = None,
    width: int | Literal["stretch", "content"] = "stretch",
) -> Container:
    """Insert a chat message container; "user" and "assistant" get their default avatars.

    `avatar` may also be an emoji, a ``:material/icon:`` name, or an image.

    Example:
        >>> with st.chat_message("user"):
        ...     st.write("Hello 👋")
    """
    if name is None:
        raise StreamlitMissingRequiredParameterError("name")
    if avatar is None and (name.lower() in (*_USER_NAMES, *_ASSISTANT_NAMES) or _is_emoji(name)):
        avatar = name.lower()
    props = {
        "layout": "chat_message",
        "name": name,
        "avatar": _avatar(avatar, name),
        "width": _sizing.width(width, allow_content=True),
    }
    return active()._enqueue("block", props)


def _avatar(avatar: Any, name: str) -> dict[str, Any]:
    """``{"type": "user" | "assistant" | "emoji" | "icon" | "image" | "initial", ...}``."""
    if avatar is None:
        return {"type": "initial", "value": name[:1].upper()}
    if isinstance(avatar, str):
        if avatar in _USER_NAMES:
            return {"type": "user", "value": None}
        if avatar in _ASSISTANT_NAMES:
            return {"type": "assistant", "value": None}
        if _is_emoji(avatar):
            return {"type": "emoji", "value": avatar}
        if avatar.startswith(":material"):
            return {"type": "icon", "value": avatar}
    try:
        return {"type": "image", **image_source(avatar)}
    except Exception as exc:
        raise StreamlitAPIException("Failed to load the provided avatar value as an image.") from exc


def _is_emoji(text: str) -> bool:
    """A short string with no letters or digits: an emoji (or a few, as with flags)."""
    text = text.strip()
    return 0 < len(text) <= 8 and not any(c.isalnum() or c.isspace() for c in text) and any(
        ord(c) > 0x2000 for c in text
    )


class ChatInputValue(MutableMapping[str, Any]):
    """What st.chat_input returns with ``accept_file`` (or ``accept_audio``): the text and files.

    Reads as attributes or as a dict; ``files`` exists only with ``accept_file``,
    ``audio`` only with ``accept_audio``.

    Example:
        >>> prompt = st.chat_input(accept_file=True)
        >>> if prompt and prompt.files:
        ...     st.image(prompt.files[0])
    """

    def __init__(
        self, text: str, files: list[UploadedFile], *, include_files: bool, include_audio: bool
    ) -> None:
        self._values: dict[str, Any] = {"text": text}
        if include_files:
            self._values["files"] = files
        if include_audio:
            self._values["audio"] = None

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_values"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key: str) -> Any:
        if key not in self._values:
            raise KeyError(f"Invalid key: {key}")
        return self._values[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._values[key] = value

    def __delitem__(self, key: str) -> None:
        del self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return dict(self) == dict(other) if isinstance(other, MutableMapping) else NotImplemented

    def __repr__(self) -> str:
        return f"ChatInputValue({self._values!r})"

    def to_dict(self) -> dict[str, Any]:
        return dict(self._values)


def chat_input(
    placeholder: str = "Your message",
    *,
    key: str | int | None = None,
    max_chars: int | None = None,
    max_upload_size: int | None = None,
    accept_file: bool | Literal["multiple", "directory"] = False,
    file_type: str | Sequence[str] | None = None,
    accept_audio: bool = False,
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: Literal["submit", "disable", "stop"] = "submit",
    on_submit: _widgets.WidgetCallback | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    width: int | Literal["stretch"] = "stretch",
    height: int | Literal["content"] = "content",
) -> str | ChatInputValue | None:
    """Display a chat input; returns the submitted text in the run the submission caused, else None.

    With ``accept_file`` it returns a ``ChatInputValue`` with the text and the attached files.

    Example:
        >>> if prompt := st.chat_input("Say something"):
        ...     st.chat_message("user").write(prompt)
    """
    if accept_file not in (True, False, "multiple", "directory"):
        raise StreamlitValueError(
            "accept_file",
            ["True", "False", "'multiple'", "'directory'"],
            detail=f"Got {accept_file!r}.",
        )
    if submit_mode not in ("submit", "disable", "stop"):
        raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
    max_mb = upload_limit_mb(max_upload_size)
    check_sample_rate("audio_sample_rate", audio_sample_rate)
    if _widgets.current_form_id() is not None:
        raise StreamlitInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
    user_key = _widgets.to_key(key)
    widget_id = _widgets.widget_id(
        "chat_input",
        user_key,
        key_as_main_identity={"accept_file", "file_type", "max_chars", "max_upload_size"},
        placeholder=placeholder,
        max_chars=max_chars,
        max_upload_size=max_upload_size,
        accept_file=accept_file,
        file_type=file_type,
        accept_audio=accept_audio,
        audio_sample_rate=audio_sample_rate,
        submit_mode=submit_mode,
        width=width,
        height=height,
    )
    # Text the script put in st.session_state fills the input; it is not a submission.
    prefilled = user_key is not None and get_session_state().is_new_state_value(user_key)
    allowed = normalize_types(file_type) if file_type else []
    with_values = bool(accept_file) or accept_audio

    def uploaded(sent: dict[str, Any]) -> UploadedFile | None:
        # The page refuses larger files; one sent anyway is dropped, as Streamlit's server refuses it.
        data = bytes(sent["data"])
        if len(data) > max_mb * 1024 * 1024:
            return None
        return UploadedFile(sent["file_id"], sent["name"], sent["type"], data)

    def deserialize(ui: Any) -> str | ChatInputValue | None:
        # The page sends the text (or text, files and a recording) as the trigger's value;
        # between submissions the value is reset.
        if isinstance(ui, str) and not with_values:
            return ui[:max_chars] if max_chars else ui
        if isinstance(ui, dict) and isinstance(ui.get("text"), str):
            files = [f for f in map(uploaded, ui.get("files") or []) if f is not None]
            value = ChatInputValue(ui["text"], files, include_files=bool(accept_file), include_audio=accept_audio)
            if accept_audio and ui.get("audio"):
                value["audio"] = uploaded(ui["audio"])
            return value
        return None

    value = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=lambda v: v,
        on_change=on_submit,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        is_trigger=True,
    )
    fill = None
    if prefilled and isinstance(value, str):
        fill, value = value, None
        get_session_state().reset_state_value(user_key, None)
    target = active()
    pinned = target._path == "main"
    props = _widgets.props(
        placeholder,
        help=None,
        disabled=bool(disabled),
        label_visibility="collapsed",
        value=fill,
        placeholder=str(placeholder),
        max_chars=max_chars,
        accept_file=accept_file,
        file_type=allowed,
        max_upload_size=max_mb,
        accept_audio=bool(accept_audio),
        audio_sample_rate=audio_sample_rate,
        submit_mode=submit_mode,
        position="bottom" if pinned else "inline",
        width=_sizing.width(width),
    )
    (container_at("bottom") if pinned else target)._enqueue("chat_input", props, widget_id)
    return value if isinstance(value, (str, ChatInputValue)) else None
