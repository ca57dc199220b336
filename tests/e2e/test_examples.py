"""Every app in examples/ exported, booted in Chromium and used as a visitor would.

Each example gets one page and a few decisive interactions, driven by role and
accessible name; the assertions check values the script computed from them, so a
pass proves the script saw the interaction.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from conftest import interact, wait_until_idle

import build

EXAMPLES = build.ROOT / "examples"


@pytest.fixture(scope="session")
def example_site(tmp_path_factory):
    """Export examples/<name>/app.py (its whole folder) once and serve it."""
    servers: dict[str, build.AppServer] = {}

    def open_example(name: str, page: Page) -> Page:
        if name not in servers:
            out = tmp_path_factory.mktemp(f"example-{name}")
            build.export(EXAMPLES / name / "app.py", out)
            servers[name] = build.AppServer(out, 0).start()
        page.on("pageerror", lambda error: print(f"page error: {error}"))
        page.goto(servers[name].url)
        wait_until_idle(page)
        return page

    yield open_example
    for server in servers.values():
        server.stop()


def rows(name: str, file: str) -> list[dict[str, str]]:
    with (EXAMPLES / name / file).open(newline="") as f:
        return list(csv.DictReader(f))


def metric(page: Page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label)


def money(value: float, cents: bool = False) -> str:
    return f"${value:,.2f}" if cents else f"${value:,.0f}"


# ── the examples ──────────────────────────────────────────────────────────────


def check_sales_dashboard(page: Page) -> None:
    data = rows("sales_dashboard", "sales.csv")

    def revenue(regions, categories, quarters=(1, 4)):
        return sum(float(r["revenue"]) for r in data
                   if r["region"] in regions and r["category"] in categories
                   and quarters[0] <= (int(r["date"][5:7]) - 1) // 3 + 1 <= quarters[1])

    everything = {"North", "South", "East", "West"}, {"Furniture", "Office Supplies", "Technology"}
    expect(page.get_by_role("heading", name="📊 Sales dashboard")).to_be_visible()
    expect(metric(page, "Revenue")).to_contain_text(money(revenue(*everything)))
    expect(metric(page, "Revenue")).to_contain_text("100% of all sales")

    interact(page, lambda: page.get_by_role("button", name="Remove North").click())
    regions = everything[0] - {"North"}
    expect(metric(page, "Revenue")).to_contain_text(money(revenue(regions, everything[1])))

    category = page.get_by_role("group", name="Category")
    interact(page, lambda: category.get_by_role("button", name="Furniture").click())
    categories = everything[1] - {"Furniture"}
    expect(metric(page, "Revenue")).to_contain_text(money(revenue(regions, categories)))

    last_quarter = page.get_by_role("slider", name="Quarters").last
    interact(page, lambda: last_quarter.press("ArrowLeft"))
    expect(page.get_by_text("Q1–Q3")).to_be_visible()
    expect(metric(page, "Revenue")).to_contain_text(money(revenue(regions, categories, (1, 3))))
    grid = page.get_by_role("grid").first
    expect(grid.get_by_role("columnheader", name="Share of revenue")).to_be_visible()
    expect(grid.get_by_role("row").nth(1)).to_contain_text("Monitor")  # the best seller leads


def check_data_explorer(page: Page) -> None:
    data = rows("data_explorer", "housing.csv")
    expect(page.get_by_text("housing.csv (sample data) · 240 rows × 8 columns")).to_be_visible()
    grid = page.get_by_role("grid").first
    expect(grid.get_by_role("columnheader", name="Area (sq ft)")).to_be_visible()

    query = page.get_by_role("textbox", name="Filter rows")
    query.fill("bedrooms >= 4 and garage")
    interact(page, lambda: query.press("Enter"))
    matching = [r for r in data if int(r["bedrooms"]) >= 4 and r["garage"] == "True"]
    expect(page.get_by_text(f"{len(matching)} of 240 rows match.")).to_be_visible()

    page.get_by_role("tab", name="🧮 Group by").click()
    aggregate = page.get_by_role("group", name="Aggregate")
    interact(page, lambda: aggregate.get_by_role("button", name="count").click())
    counts = {}
    for r in data:
        counts[r["neighborhood"]] = counts.get(r["neighborhood"], 0) + 1
    top = max(counts, key=counts.get)
    expect(page.get_by_text(f"Highest count price: {top} with {counts[top]}")).to_be_visible()

    upload = page.get_by_label("Upload a CSV file")
    interact(page, lambda: upload.set_input_files(files=[{
        "name": "pets.csv", "mimeType": "text/csv",
        "buffer": b"name,kind,age\nRex,dog,3\nKit,cat,1\nBo,dog,7\n"}]))
    expect(page.get_by_text("pets.csv · 3 rows × 3 columns")).to_be_visible()
    interact(page, lambda: page.get_by_role("combobox", name="Group by").select_option("kind"))
    expect(page.get_by_text("Highest count age: dog with 2")).to_be_visible()


def check_expense_form(page: Page) -> None:
    submit = page.get_by_role("button", name="Add expense")
    expect(page.get_by_text("No expenses yet.")).to_be_visible()
    interact(page, submit.click)
    for problem in ("Enter the employee name.", "Choose a category.", "The amount must be more than $0."):
        expect(page.get_by_text(problem)).to_be_visible()

    def fill(name: str, category: str, amount: str, receipt: bool) -> None:
        page.get_by_role("textbox", name="Employee name").fill(name)
        page.get_by_role("combobox", name="Category").select_option(category)
        page.get_by_role("spinbutton", name="Amount ($)").fill(amount)
        page.get_by_role("textbox", name="What was it for?").fill(f"{category} for the offsite")
        if receipt:
            page.get_by_role("checkbox", name="I have a receipt for this expense").check()
        interact(page, submit.click)

    fill("Ada", "Meals", "90", receipt=False)
    expect(page.get_by_text("Expenses over $25 need a receipt.")).to_be_visible()
    fill("Ada", "Meals", "90", receipt=True)
    expect(page.get_by_text("Added meals expense of $90.00.")).to_be_visible()
    expect(page.get_by_text("Meals over $75 needs a manager's approval.")).to_be_visible()
    expect(page.get_by_role("textbox", name="Employee name")).to_have_value("")  # cleared on submit
    fill("Ada", "Travel", "12.5", receipt=False)
    expect(metric(page, "Total")).to_contain_text("$102.50")
    expect(metric(page, "Expenses")).to_contain_text("1 need approval")
    grid = page.get_by_role("grid")
    expect(grid.get_by_role("gridcell", name="$12.50")).to_be_visible()

    with page.expect_download() as download:
        interact(page, lambda: page.get_by_role("button", name="Download report (CSV)").click())
    lines = Path(download.value.path()).read_text().splitlines()
    assert lines[0] == "employee,date,category,amount,note,needs approval"
    assert lines[1:] == ["Ada,2024-03-14,Meals,90.0,Meals for the offsite,True",
                         "Ada,2024-03-14,Travel,12.5,Travel for the offsite,False"]
    interact(page, lambda: page.get_by_role("button", name="Start a new report").click())
    expect(page.get_by_text("No expenses yet.")).to_be_visible()


CHECKS = {name.removeprefix("check_"): check for name, check in globals().items() if name.startswith("check_")}


def test_every_example_is_checked():
    folders = sorted(p.parent.name for p in EXAMPLES.glob("*/app.py"))
    assert folders == sorted(CHECKS)
    assert len(folders) >= 15


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_example(name: str, example_site, page: Page) -> None:
    CHECKS[name](example_site(name, page))
