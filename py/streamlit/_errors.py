"""Exceptions, with Streamlit's names and messages.

    Error
    └── StreamlitAPIException             user misused an st.* command (message is markdown)
        ├── DuplicateWidgetID
        │   ├── StreamlitDuplicateElementId
        │   └── StreamlitDuplicateElementKey
        ├── StreamlitWidgetAlreadyInstantiatedError
        ├── StreamlitValueAssignmentNotAllowedError
        ├── StreamlitValueBelowMinError / StreamlitValueAboveMaxError
        ├── StreamlitInvalidMinMaxError
        ├── StreamlitValueOutOfRangeError
        ├── StreamlitValueError / StreamlitInvalidParameterTypeError
        ├── StreamlitMixedNumericTypesError
        ├── StreamlitInvalidColumnSpecError
        ├── StreamlitPageNotFoundError / StreamlitMissingRequiredParameterError
        ├── StreamlitIncompatibleParametersError / StreamlitInvalidURLError
        ├── StreamlitQueryParamDictValueError
        ├── StreamlitInvalidLayoutContextError   e.g. st.button inside st.form
        ├── StreamlitInvalidFormCallbackError / StreamlitInvalidWidthError
        ├── StreamlitDefaultNotInOptionsError / StreamlitSelectionCountExceedsMaxError
        ├── UnhashableParamError
        └── UnserializableReturnValueError

    StreamlitSecretNotFoundError (also a FileNotFoundError)  no secrets.toml, or it does not parse

    ScriptControlException                 not errors: how st.rerun and st.stop unwind the script
    ├── RerunException
    └── StopException

Like Streamlit, the control exceptions derive from Exception, so a bare
``except Exception`` in a script swallows ``st.rerun()``; scripts written for
Streamlit already live with that.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DuplicateWidgetID",
    "Error",
    "NeedsPackageException",
    "RerunException",
    "ScriptControlException",
    "StopException",
    "StreamlitAPIException",
    "StreamlitDefaultNotInOptionsError",
    "StreamlitDuplicateElementId",
    "StreamlitDuplicateElementKey",
    "StreamlitIncompatibleParametersError",
    "StreamlitInvalidColumnSpecError",
    "StreamlitInvalidFormCallbackError",
    "StreamlitInvalidLayoutContextError",
    "StreamlitInvalidMinMaxError",
    "StreamlitInvalidParameterTypeError",
    "StreamlitInvalidURLError",
    "StreamlitInvalidWidthError",
    "StreamlitMissingRequiredParameterError",
    "StreamlitMixedNumericTypesError",
    "StreamlitPageNotFoundError",
    "StreamlitQueryParamDictValueError",
    "StreamlitSecretNotFoundError",
    "StreamlitSelectionCountExceedsMaxError",
    "StreamlitValueAboveMaxError",
    "StreamlitValueAssignmentNotAllowedError",
    "StreamlitValueBelowMinError",
    "StreamlitValueError",
    "StreamlitValueOutOfRangeError",
    "StreamlitWidgetAlreadyInstantiatedError",
    "UnhashableParamError",
    "UnserializableReturnValueError",
]


class Error(Exception):
    """Base class of every exception Streamlit raises."""


class StreamlitAPIException(Error):
    """The script called an st.* command incorrectly. The message is markdown."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same "
            "auto-generated ID. When this element is created, it is assigned an "
            "internal ID based on the element type and provided parameters. Multiple "
            "elements with the same type and parameters will cause this error.\n\n"
            "To fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for "
            "each element you create."
        )


def _with_detail(message: str, detail: str | None) -> str:
    """`message`, then `detail` after a space if there is one."""
    return f"{message} {detail}" if detail else message


def _session_state_item(key: str) -> str:
    return f"`st.session_state[{key!r}]`"


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        item = _session_state_item(key)
        super().__init__(
            f"{item} cannot be modified after the widget with that key is "
            f"instantiated. Assign {item} before creating the widget, or update it "
            "from an `on_change` or `on_click` callback, which runs before the widget "
            "is instantiated. If this is a read-only session state key (buttons, file "
            "and media inputs, `st.data_editor`, forms, chart or `ButtonColumn` "
            "selections), store the value under a different session state key."
        )


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"{_session_state_item(key)} is read-only and cannot be assigned through "
            "session state. Use a different session state key for values you need to set."
        )


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: Any, min_value: Any) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: Any, max_value: Any) -> None:
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    def __init__(self, min_value: Any, max_value: Any) -> None:
        if min_value == max_value:
            message = (
                f"The `min_value` and `max_value` parameters are both set to "
                f"{min_value}. They must not be equal."
            )
        else:
            message = (
                f"The `min_value`, set to {min_value}, cannot be greater than "
                f"the `max_value`, set to {max_value}."
            )
        super().__init__(message)


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    def __init__(self, parameter: str, value: Any, min_value: Any, max_value: Any, *, detail: str = "") -> None:
        message = f"The `{parameter}` parameter, set to {value}, is outside the required range [{min_value}, {max_value}]."
        super().__init__(_with_detail(message, detail))


class StreamlitValueError(StreamlitAPIException):
    def __init__(self, parameter: str, valid_values: list[str], *, detail: str = "") -> None:
        message = f"Invalid `{parameter}` value. Supported values: {', '.join(valid_values)}."
        super().__init__(_with_detail(message, detail))


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    def __init__(self, parameter: str, provided_type: str, expected_types: list[str], *, detail: str = "") -> None:
        message = (
            f"Invalid `{parameter}` type. Expected one of: {', '.join(expected_types)}. "
            f"Provided type: {provided_type}."
        )
        super().__init__(_with_detail(message, detail))


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    def __init__(self, **arguments: Any) -> None:
        lines = ["All numerical arguments must be of the same type."]
        lines += [
            f"`{name}` has {type(value).__name__} type."
            for name, value in arguments.items()
            if value is not None
        ]
        super().__init__("\n".join(lines))


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer "
            "(number of columns) or a list of positive numbers (width ratios of the "
            "columns). See [documentation](https://docs.streamlit.io/develop/api-reference/"
            "layout/st.columns) for more information."
        )


class UnhashableParamError(StreamlitAPIException):
    def __init__(
        self, decorator: str, func_name: str, arg_name: str | None, arg_value: Any
    ) -> None:
        arg_type = type(arg_value)
        super().__init__(
            f"Cannot hash argument '{arg_name or '(unnamed)'}' (of type "
            f"`{arg_type.__module__}.{arg_type.__qualname__}`) in '{func_name}'.\n\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{decorator}\ndef {func_name}(_{arg_name or 'arg'}, ...):\n    ...\n```"
        )


class UnserializableReturnValueError(StreamlitAPIException):
    def __init__(self, func_name: str, return_value: Any) -> None:
        value_type = type(return_value)
        super().__init__(
            f"Cannot serialize the return value (of type "
            f"`{value_type.__module__}.{value_type.__name__}`) in `{func_name}()`. "
            "`st.cache_data` uses [pickle](https://docs.python.org/3/library/pickle.html) "
            "to serialize the function's return value and safely store it in the cache "
            "without mutating the original object. Please convert the return value to a "
            "pickle-serializable type. If you want to cache unserializable objects such "
            "as database connections or Tensorflow sessions, use `st.cache_resource` instead."
        )


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        message = f"The `{parameter}` parameter is required."
        super().__init__(_with_detail(message, detail))


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    def __init__(self, first_use: str, second_use: str, *, explanation: str | None = None) -> None:
        message = f"`{first_use}` and `{second_use}` cannot be used together."
        super().__init__(_with_detail(message, explanation))


class StreamlitInvalidURLError(StreamlitAPIException):
    def __init__(self, url: str) -> None:
        super().__init__(
            f'"{url}" is not a valid URL. You must use a fully qualified domain beginning '
            'with "http://", "https://", or "mailto:".'
        )


class StreamlitPageNotFoundError(StreamlitAPIException):
    def __init__(
        self, page: str, main_script_directory: str | None = None, uses_pages_directory: bool = False
    ) -> None:
        if main_script_directory is None:
            super().__init__(f"Unable to create Page. The file `{page}` could not be found.")
        elif uses_pages_directory:
            directory = main_script_directory.rstrip("/").rpartition("/")[2]
            super().__init__(
                f"Could not find page: `{page}`. You must provide a file path relative to the "
                f"entrypoint file (from the directory `{directory}`). Only the entrypoint file "
                "and files in the `pages/` directory are supported."
            )
        else:
            super().__init__(
                f"Could not find page: `{page}`. You must provide a `Page` object or file path "
                "relative to the entrypoint file. Only pages previously defined by `st.Page` "
                "and passed to `st.navigation` are allowed."
            )


class StreamlitQueryParamDictValueError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead."
        )


class StreamlitSecretNotFoundError(StreamlitAPIException, FileNotFoundError):
    pass


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command used where it cannot work, such as a button inside a form."""


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitInvalidWidthError(StreamlitAPIException):
    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid = "a positive integer (pixels), 'stretch', or 'content'" if allow_content else (
            "a positive integer (pixels) or 'stretch'"
        )
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")


class StreamlitDefaultNotInOptionsError(StreamlitAPIException):
    def __init__(self, value: Any) -> None:
        super().__init__(
            f"The default value '{value}' is not part of the options. "
            "Please make sure that every default value also exists in the options."
        )


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    def __init__(self, current_selections_count: int, max_selections_count: int) -> None:
        selections = "option" if current_selections_count == 1 else "options"
        options = "option" if max_selections_count == 1 else "options"
        super().__init__(
            f"Multiselect has {current_selections_count} {selections} selected but "
            f"`max_selections` is set to {max_selections_count}. This happened because you "
            "either gave too many options to `default` or you manipulated the widget's state "
            "through `st.session_state`. Note that the latter can happen before the line "
            f"indicated in the traceback. Please select at most {max_selections_count} {options}."
        )


class ScriptControlException(Exception):
    """Unwinds the script on st.rerun() or st.stop(); caught only by the runner."""


class RerunException(ScriptControlException):
    pass


class StopException(ScriptControlException):
    pass


class NeedsPackageException(ScriptControlException):
    """A command needs a package the browser has not loaded (pyarrow, for a frame the
    pure-Python writer cannot write): the worker loads it and runs the script again."""

    def __init__(self, package: str) -> None:
        super().__init__(f"This needs the package {package!r}, which is not loaded.")
        self.package = package


# Scripts catch these as `streamlit.errors.X`, and uncaught ones are shown with
# that qualified name, so they claim the public module as their home.
for _name in __all__:
    if issubclass(globals()[_name], Error):
        globals()[_name].__module__ = "streamlit.errors"
