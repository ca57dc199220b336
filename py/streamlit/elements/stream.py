"""st.write_stream: text as it arrives (typewriter style), other chunks through st.write."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from streamlit._types import is_dataframe_like, qualified_name
from streamlit.elements import text

__all__ = ["StreamingOutput", "write_stream"]

_OPENAI_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})


class StreamingOutput(list[Any]):
    """What st.write_stream returns when the stream held more than text; st.write replays it."""


def write_stream(stream: Any, *, cursor: str | None = None) -> list[Any] | str:
    """Write a generator, iterable or LLM stream to the app, chunk by chunk.

    Text chunks are joined into one markdown element that grows as they arrive;
    any other chunk is written with ``st.write``. Async generators, OpenAI chunks
    and LangChain message chunks work too.

    Returns the text, or a list of everything written if it was not all text.

    Example:
        >>> def words():
        ...     for word in "Hello streaming world".split():
        ...         yield word + " "
        ...         time.sleep(0.05)
        >>> st.write_stream(words)
    """
    from streamlit.elements.write import write

    if isinstance(stream, str) or is_dataframe_like(stream):
        raise StreamlitInvalidParameterTypeError(
            "stream", type(stream).__name__, ["generator", "stream-like object"]
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        stream = _sync_iter(stream)
    try:
        chunks = iter(stream)
    except TypeError:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        ) from None

    written = StreamingOutput()
    slot: Container | None = None
    streamed = ""

    def flush_text() -> None:
        nonlocal slot, streamed
        if streamed and slot is not None:
            _show(slot, streamed)
            written.append(streamed)
        slot, streamed = None, ""

    for chunk in chunks:
        chunk = _as_text(chunk)
        if isinstance(chunk, str):
            if not chunk:
                continue
            if slot is None:
                slot = active()._enqueue("empty", {})
            streamed += chunk
            _show(slot, streamed + (cursor or ""))
        elif callable(chunk):
            flush_text()
            chunk()
        else:
            flush_text()
            write(chunk)
            written.append(chunk)
    flush_text()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written


def _show(slot: Container, body: str) -> None:
    with slot:
        text.markdown(body)


def _as_text(chunk: Any) -> Any:
    """OpenAI and LangChain chunks → their text; anything else unchanged."""
    name = qualified_name(type(chunk))
    if name.startswith("openai.") and name.endswith("ChatCompletionChunk"):
        if not chunk.choices or chunk.choices[0].delta is None:
            return ""  # Azure's first chunk carries no choice
        return chunk.choices[0].delta.content or ""
    if name.startswith("openai.") and type(chunk).__name__.startswith("Response"):
        if type(chunk).__name__.endswith("Event"):
            return (chunk.delta or "") if chunk.type in _OPENAI_TEXT_EVENTS else ""
    if name.startswith("langchain_core.") and type(chunk).__name__ == "AIMessageChunk":
        return chunk.content or ""
    return chunk


class _SleepingSelector:
    """A selector with nothing to watch: waiting for the next timer is a sleep."""

    def select(self, timeout: float | None) -> list[Any]:
        if timeout is None:
            raise StreamlitAPIException(
                "The async stream waits for something that never arrives in the browser "
                "(a thread or a socket); only `asyncio.sleep` can be awaited here."
            )
        if timeout > 0:
            time.sleep(timeout)
        return []


class _BlockingLoop(asyncio.BaseEventLoop):
    """An event loop that blocks the script's thread, as ``asyncio.run`` does in Streamlit.

    Pyodide's own loop cannot block (it hands work back to the browser), so an
    async generator is driven here, one ``__anext__`` at a time, with timers
    served by sleeping.
    """

    def __init__(self) -> None:
        super().__init__()
        self._selector = _SleepingSelector()

    def _process_events(self, event_list: list[Any]) -> None:
        pass

    def _write_to_self(self) -> None:
        pass


def _sync_iter(agen: AsyncIterator[Any]) -> Iterator[Any]:
    loop = _BlockingLoop()
    # Pyodide marks its browser loop as running, which run_until_complete refuses.
    outer = asyncio.events._get_running_loop()
    try:
        while True:
            asyncio.events._set_running_loop(None)
            try:
                item = loop.run_until_complete(_next(agen))
            except StopAsyncIteration:
                return
            finally:
                asyncio.events._set_running_loop(outer)
            yield item
    finally:
        loop.close()


async def _next(agen: AsyncIterator[Any]) -> Any:
    return await agen.__anext__()
