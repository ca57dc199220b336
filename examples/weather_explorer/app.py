"""Weather explorer: two years of daily readings from three stations, by period and resolution."""

from datetime import date

import pandas as pd
import streamlit as st

st.set_page_config(page_title="Weather explorer", page_icon="🌦️", layout="wide")


@st.cache_data
def load() -> pd.DataFrame:
    return pd.read_csv("weather.csv", parse_dates=["date"])


weather = load()
first_day, last_day = weather["date"].min().date(), weather["date"].max().date()

st.title("🌦️ Weather explorer")
st.caption(f"Daily readings from {weather['station'].nunique()} stations, {first_day:%b %Y} to {last_day:%b %Y}.")

controls = st.columns([3, 3, 2])
stations = controls[0].multiselect("Stations", sorted(weather["station"].unique()),
                                   default=sorted(weather["station"].unique()))
period = controls[1].date_input("Period", (date(2024, 1, 1), last_day), min_value=first_day, max_value=last_day)
resolution = controls[2].segmented_control("Resolution", ["Daily", "Weekly", "Monthly"], default="Weekly",
                                           required=True)

if len(period) != 2:
    st.info("Pick the last day of the period.")
    st.stop()
if not stations:
    st.warning("Choose at least one station.")
    st.stop()

start, end = (pd.Timestamp(d) for d in period)
selected = weather[weather["station"].isin(stations) & weather["date"].between(start, end)]
days = (end - start).days + 1

hottest = selected.loc[selected["temp_c"].idxmax()]
coldest = selected.loc[selected["temp_c"].idxmin()]
cols = st.columns(4)
cols[0].metric("Average temperature", f"{selected['temp_c'].mean():.1f} °C")
cols[1].metric("Rain per station", f"{selected['rain_mm'].sum() / len(stations):,.0f} mm", f"over {days} days",
               delta_color="off", delta_arrow="off")
cols[2].metric("Hottest day", f"{hottest['temp_c']:.1f} °C", f"{hottest['station']}, {hottest['date']:%d %b %Y}",
               delta_color="off", delta_arrow="off")
cols[3].metric("Coldest day", f"{coldest['temp_c']:.1f} °C", f"{coldest['station']}, {coldest['date']:%d %b %Y}",
               delta_color="off", delta_arrow="off")

rule = {"Daily": "D", "Weekly": "W", "Monthly": "MS"}[resolution]
by_station = selected.set_index("date").groupby("station")
temperature = by_station["temp_c"].resample(rule).mean().unstack(0)
rain = by_station["rain_mm"].resample(rule).sum().unstack(0)

left, right = st.columns(2)
with left:
    st.subheader(f"{resolution} mean temperature")
    st.line_chart(temperature, y_label="°C", x_label="")
with right:
    st.subheader(f"{resolution} rain")
    st.bar_chart(rain, y_label="mm", x_label="")

with st.expander("Monthly summary table"):
    summary = (selected.assign(month=selected["date"].dt.strftime("%Y-%m"))
               .groupby(["month", "station"])
               .agg(mean_temp=("temp_c", "mean"), rain=("rain_mm", "sum"), wet_days=("rain_mm", lambda r: (r > 1).sum()))
               .reset_index())
    st.dataframe(summary, hide_index=True, use_container_width=True, column_config={
        "month": "Month", "station": "Station",
        "mean_temp": st.column_config.NumberColumn("Mean °C", format="%.1f"),
        "rain": st.column_config.NumberColumn("Rain (mm)", format="%.0f"),
        "wet_days": st.column_config.NumberColumn("Wet days"),
    })
