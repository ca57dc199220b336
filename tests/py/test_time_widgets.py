"""Dates and times: date_input, time_input, datetime_input and date/time sliders."""

from datetime import date, datetime

import pytest
from streamlit import _errors


def error(app):
    return app.get("exception")[0]["props"]["message"]


def test_date_input_single_range_and_none(run_app):
    app = run_app("""
        import streamlit as st
        from datetime import date
        d = st.date_input("Day", date(2024, 1, 5), format="DD.MM.YYYY")
        r = st.date_input("Trip", (date(2024, 1, 1), "2024-01-07"))
        n = st.date_input("Maybe", None, min_value=date(2020, 1, 1), max_value=date(2020, 12, 31))
        st.write(repr(d), repr(r), repr(n))
    """)
    day = app.widget("Day")["props"]
    assert {k: day[k] for k in ("value", "default", "is_range", "min", "max", "format")} == {
        "value": ["2024-01-05"], "default": ["2024-01-05"], "is_range": False,
        "min": "2014-01-05", "max": "2034-01-05", "format": "DD.MM.YYYY",
    }  # fmt: skip
    assert app.widget("Trip")["props"]["value"] == ["2024-01-01", "2024-01-07"]
    assert app.widget("Maybe")["props"]["value"] == []
    app.set("Trip", ["2024-02-01"])
    app.set("Maybe", ["2020-06-01"])
    app.set("Day", ["2030-01-01"])
    assert app.bodies() == [
        "datetime.date(2030, 1, 1) (datetime.date(2024, 2, 1),) datetime.date(2020, 6, 1)"
    ]
    app.set("Maybe", ["2021-06-01"])  # past max_value: the default
    app.set("Trip", [])
    assert app.bodies() == ["datetime.date(2030, 1, 1) () None"]


def test_date_input_today_is_kept_within_bounds(run_app):
    app = run_app("""
        import streamlit as st
        from datetime import date
        st.write(repr(st.date_input("D", min_value=date(2000, 1, 1), max_value=date(2000, 1, 31))))
    """)
    assert app.bodies() == ["datetime.date(2000, 1, 31)"]


def test_date_input_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.date_input("D", format="YYYY MM DD")
    """)
    assert error(app).startswith("Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY'")
    app = run_app("""
        import streamlit as st
        from datetime import date
        st.date_input("D", date(2024, 1, 1), min_value=date(2024, 2, 1))
    """)
    assert error(app) == str(_errors.StreamlitValueBelowMinError(date(2024, 1, 1), date(2024, 2, 1)))
    app = run_app("""
        import streamlit as st
        st.date_input("D", [1, 2, 3])
    """)
    assert error(app) == str(
        _errors.StreamlitInvalidParameterTypeError(
            "value", "list", ["date", "datetime", "sequence of 0 to 2 date or datetime values"]
        )
    )


def test_time_input_step_and_clearing(run_app):
    app = run_app("""
        import streamlit as st
        from datetime import time, timedelta
        a = st.time_input("Alarm", time(8, 45, 30))
        b = st.time_input("Lap", "10:00:05", step=timedelta(seconds=5))
        c = st.time_input("Maybe", None, format="12h")
        st.write(repr(a), repr(b), repr(c))
    """)
    assert (app.value("Alarm"), app.widget("Alarm")["props"]["step"]) == ("08:45", 900)
    assert app.value("Lap") == "10:00:05"
    assert (app.value("Maybe"), app.widget("Maybe")["props"]["format"]) == (None, "12h")
    assert app.bodies() == ["datetime.time(8, 45) datetime.time(10, 0, 5) None"]
    app.set("Maybe", "23:10")
    app.set("Alarm", "07:30:59")  # the step is whole minutes: seconds dropped
    assert app.bodies() == ["datetime.time(7, 30) datetime.time(10, 0, 5) datetime.time(23, 10)"]
    app.set("Maybe", "")
    assert app.bodies()[0].endswith(" None")


def test_time_input_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.time_input("T", step=0)
    """)
    assert error(app) == str(
        _errors.StreamlitValueOutOfRangeError("step", "0 seconds", "1 second", "23 hours")
    )
    app = run_app("""
        import streamlit as st
        st.time_input("T", format="am/pm")
    """)
    assert error(app) == "Invalid `format` value. Supported values: '12h', '24h', 'localized'."


def test_datetime_input(run_app):
    app = run_app("""
        import streamlit as st
        from datetime import datetime
        when = st.datetime_input("When", datetime(2025, 3, 1, 9, 30, 45),
                                 min_value="2025-01-01", max_value=datetime(2025, 12, 31, 18, 0))
        st.write(repr(when))
    """)
    props = app.widget("When")["props"]
    assert (props["value"], props["min"], props["max"], props["step"]) == (
        ["2025-03-01T09:30"], "2025-01-01T00:00", "2025-12-31T18:00", 900,
    )
    assert app.bodies() == ["datetime.datetime(2025, 3, 1, 9, 30)"]
    app.set("When", ["2025-06-02T14:15"])
    assert app.bodies() == ["datetime.datetime(2025, 6, 2, 14, 15)"]
    app.set("When", ["2026-01-01T00:00"])  # past max_value: the default
    assert app.bodies() == ["datetime.datetime(2025, 3, 1, 9, 30)"]


def test_datetime_input_step_must_be_a_minute_or_more(run_app):
    app = run_app("""
        import streamlit as st
        st.datetime_input("W", step=30)
    """)
    assert error(app) == str(
        _errors.StreamlitValueOutOfRangeError("step", "30 seconds", "60 seconds", "23 hours")
    )


MICROS_PER_DAY = 86_400 * 1_000_000


def test_date_slider_defaults_to_two_weeks_around_the_value(run_app):
    app = run_app("""
        import streamlit as st
        from datetime import date
        st.write(repr(st.slider("Day", value=date(2024, 1, 31))))
    """)
    props = app.widget("Day")["props"]
    day = (datetime(2024, 1, 31) - datetime(1970, 1, 1)).days * MICROS_PER_DAY
    assert (props["value"], props["min"], props["max"], props["step"]) == (
        day, day - 14 * MICROS_PER_DAY, day + 14 * MICROS_PER_DAY, MICROS_PER_DAY,
    )
    assert (props["data_type"], props["format"]) == ("date", "YYYY-MM-DD")
    app.set("Day", day + MICROS_PER_DAY)
    assert app.bodies() == ["datetime.date(2024, 2, 1)"]


def test_time_range_slider(run_app):
    app = run_app("""
        import streamlit as st
        from datetime import time, timedelta
        st.write(repr(st.slider("Hours", value=(time(17), time(9)), step=timedelta(hours=1))))
    """)
    props = app.widget("Hours")["props"]
    base = (datetime(2000, 1, 1) - datetime(1970, 1, 1)).days * MICROS_PER_DAY
    hour = 3600 * 1_000_000
    assert props["value"] == [base + 9 * hour, base + 17 * hour]
    assert (props["step"], props["format"], props["data_type"]) == (hour, "HH:mm", "time")
    assert app.bodies() == ["(datetime.time(9, 0), datetime.time(17, 0))"]
    app.set("Hours", [base + 10 * hour, base + 12 * hour])
    assert app.bodies() == ["(datetime.time(10, 0), datetime.time(12, 0))"]


def test_datetime_slider_with_a_short_span_steps_by_quarter_hours(run_app):
    app = run_app("""
        import streamlit as st
        from datetime import datetime
        st.write(repr(st.slider("At", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17),
                                datetime(2024, 1, 1, 12), format="hh:mm A")))
    """)
    assert app.widget("At")["props"]["step"] == 15 * 60 * 1_000_000
    assert app.bodies() == ["datetime.datetime(2024, 1, 1, 12, 0)"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            "value=date(2024, 1, 1), step=2",
            "Invalid `value` type. Expected one of: matching numeric types, matching date/time "
            "types. Provided type: min_value=date, max_value=date, step=int.",
        ),
        (
            "value=date(2024, 1, 1), step=timedelta(0)",
            "Invalid `step` value. Supported values: a timedelta. Zero is not allowed.",
        ),
        (
            "value=(date(2024, 1, 1), time(9))",
            "Invalid `value` type. Expected one of: list or tuple containing values of the same "
            "type. Provided type: date, time.",
        ),
    ],
)
def test_date_slider_errors(run_app, args, message):
    app = run_app(f"""
        import streamlit as st
        from datetime import date, time, timedelta
        st.slider("S", {args})
    """)
    assert error(app) == message


def test_slider_value_types_are_kept(run_app):
    app = run_app("""
        import streamlit as st
        from datetime import time
        st.write(type(st.slider("T", value=time(1, 2))).__name__)
    """)
    assert app.bodies() == ["time"]
