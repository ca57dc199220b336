"""Every app in examples/ exported, booted in Chromium and used as a visitor would.

Each example gets one page and a few decisive interactions, driven by role and
accessible name; the assertions check values the script computed from them, so a
pass proves the script saw the interaction.
"""

from __future__ import annotations

import csv
import re
import struct
import zlib
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from conftest import choose, interact, wait_until_idle

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
    """The st.metric labelled exactly `label`."""
    exact = page.get_by_test_id("stMetricLabel").filter(has_text=re.compile(f"^{re.escape(label)}$"))
    return page.get_by_test_id("stMetric").filter(has=exact)


def metric_value(page: Page, label: str):
    return metric(page, label).get_by_test_id("stMetricValue")


def tiny_png(pixels: list[list[tuple[int, int, int]]]) -> bytes:
    """An RGB PNG of these rows of pixels, made with the standard library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\0" + bytes(v for pixel in row for v in pixel) for row in pixels)
    header = struct.pack(">IIBBBBB", len(pixels[0]), len(pixels), 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


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
    interact(page, lambda: choose(page.get_by_role("combobox", name="Group by"), "kind"))
    expect(page.get_by_text("Highest count age: dog with 2")).to_be_visible()


def check_expense_form(page: Page) -> None:
    submit = page.get_by_role("button", name="Add expense")
    expect(page.get_by_text("No expenses yet.")).to_be_visible()
    interact(page, submit.click)
    for problem in ("Enter the employee name.", "Choose a category.", "The amount must be more than $0."):
        expect(page.get_by_text(problem)).to_be_visible()

    def fill(name: str, category: str, amount: str, receipt: bool) -> None:
        page.get_by_role("textbox", name="Employee name").fill(name)
        choose(page.get_by_role("combobox", name="Category"), category)
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


def send(page: Page, box_name: str, text: str) -> None:
    box = page.get_by_role("textbox", name=box_name)
    box.fill(text)
    interact(page, lambda: box.press("Enter"))


def check_chat_bot(page: Page) -> None:
    messages = page.get_by_test_id("stChatMessage")
    expect(messages).to_have_count(1)
    expect(messages.first).to_contain_text("I know a few things about Lisbon, Kyoto and Oslo")
    send(page, "Ask about Lisbon, Kyoto or Oslo", "What should I eat in Lisbon?")
    expect(messages).to_have_count(3)
    expect(messages.nth(1)).to_have_text("What should I eat in Lisbon?")
    expect(messages.nth(2)).to_contain_text("Try pastéis de nata still warm from the oven")
    send(page, "Ask about Lisbon, Kyoto or Oslo", "And the weather?")  # the bot remembers the city
    expect(messages.nth(4)).to_contain_text("Lisbon is mild")
    sidebar = page.get_by_test_id("stSidebar")
    interact(page, lambda: sidebar.get_by_role("switch", name="Brief answers").click())
    send(page, "Ask about Lisbon, Kyoto or Oslo", "Is Oslo expensive?")
    expect(messages.nth(6)).to_have_text("Oslo is pricey: budget around 1,600 NOK a day.")
    expect(metric(page, "Questions asked")).to_contain_text("3")
    expect(sidebar.get_by_text("Talking about: Oslo")).to_be_visible()
    interact(page, lambda: sidebar.get_by_role("button", name="Clear conversation").click())
    expect(messages).to_have_count(1)
    expect(metric(page, "Questions asked")).to_contain_text("0")


def nav(page: Page, name: str):
    return page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True)


def check_reading_list(page: Page) -> None:
    expect(page.get_by_role("heading", name="📚 My reading list")).to_be_visible()
    expect(metric(page, "Books on the list")).to_contain_text("3")
    expect(metric(page, "Finished")).to_contain_text("8% of goal")
    interact(page, lambda: nav(page, "Add a book").click())
    page.get_by_role("textbox", name="Title").fill("Dune")
    page.get_by_role("textbox", name="Author").fill("Frank Herbert")
    page.get_by_role("spinbutton", name="Pages").fill("412")
    page.get_by_role("switch", name="I have started it").click()
    interact(page, lambda: page.get_by_role("button", name="Add to my list").click())
    expect(page.get_by_text("Added “Dune”. You have 4 books on the list.")).to_be_visible()

    interact(page, lambda: nav(page, "Shelf").click())
    expect(page.get_by_text("4 of 4 books")).to_be_visible()
    interact(page, lambda: page.get_by_role("radio", name="Reading").check())
    expect(page.get_by_text("2 of 4 books")).to_be_visible()
    expect(page.get_by_text("Reading: 1 of 412 pages")).to_be_visible()
    interact(page, lambda: page.get_by_role("radio", name="To read").check())
    piranesi = page.get_by_role("slider", name="Pages read")
    expect(piranesi).to_have_count(1)
    interact(page, lambda: piranesi.press("End"))
    expect(page.get_by_text("0 of 4 books")).to_be_visible()  # Piranesi is finished now

    interact(page, lambda: nav(page, "app").click())
    goal = page.get_by_role("spinbutton", name="Yearly goal (books)")
    goal.fill("4")
    interact(page, lambda: goal.press("Enter"))
    expect(metric(page, "Finished")).to_contain_text("2")
    expect(metric(page, "Finished")).to_contain_text("50% of goal")
    expect(page.get_by_text("Dune by Frank Herbert: 0%")).to_be_visible()
    interact(page, lambda: nav(page, "Shelf").click())
    interact(page, lambda: nav(page, "app").click())
    expect(page.get_by_role("spinbutton", name="Yearly goal (books)")).to_have_value("4")


def check_team_workspace(page: Page) -> None:
    expect(page.get_by_role("heading", name="👋 Welcome back, Guest")).to_be_visible()
    menu = page.get_by_test_id("stSidebarNav")
    for section in ("Workspace", "Tools", "Account"):
        expect(menu.get_by_text(section, exact=True)).to_be_visible()
    expect(metric(page, "Open tasks")).to_contain_text("2")

    interact(page, lambda: page.get_by_role("link", name="Open the task board").click())
    expect(page.get_by_role("heading", name="✅ Task board")).to_be_visible()
    page.get_by_role("textbox", name="New task").fill("Book the venue")
    choose(page.get_by_role("combobox", name="Owner"), "Lee")
    interact(page, lambda: page.get_by_role("button", name="Add").click())
    interact(page, lambda: page.get_by_role("checkbox", name="Write the release notes · Sam").check())
    expect(page.get_by_text("2 of 4 tasks done")).to_be_visible()
    interact(page, lambda: page.get_by_role("switch", name="Show finished tasks").click())
    expect(page.get_by_role("checkbox")).to_have_count(2)

    interact(page, lambda: nav(page, "Tip splitter").click())
    tip = page.get_by_role("slider", name="Tip (%)")
    interact(page, lambda: tip.press("PageUp"))  # 15 → 18: a tenth of the range
    expect(metric(page, "Each pays")).to_contain_text("$24.78")  # 84 × 1.18 / 4

    interact(page, lambda: nav(page, "Settings").click())
    assert page.url.endswith("#/settings")
    page.get_by_role("textbox", name="Display name").fill("Priya")
    interact(page, lambda: page.get_by_role("button", name="Save").click())
    expect(page.get_by_role("heading", name="👋 Welcome back, Priya")).to_be_visible()
    expect(page.get_by_text("Saved. Hello, Priya!")).to_be_visible()
    expect(metric(page, "Open tasks")).to_contain_text("2")
    expect(page.get_by_text("Book the venue (Lee)")).to_be_visible()


def check_unit_converter(page: Page) -> None:
    result = page.get_by_test_id("stMetric")
    expect(result).to_contain_text("10 kilometre is")
    expect(result).to_contain_text("6.214 mile")
    interact(page, lambda: page.get_by_role("button", name="⇄").click())
    expect(result).to_contain_text("16.093 kilometre")
    expect(page.get_by_role("combobox", name="From")).to_have_value("mile")
    quantity = page.get_by_role("group", name="Quantity")
    interact(page, lambda: quantity.get_by_role("button", name="Temperature").click())
    expect(result).to_contain_text("50.000 Fahrenheit")
    value = page.get_by_role("spinbutton", name="Value")
    value.fill("-40")
    interact(page, lambda: value.press("Enter"))
    expect(result).to_contain_text("-40.000 Fahrenheit")
    interact(page, lambda: choose(page.get_by_role("combobox", name="To"), "Kelvin"))
    places = page.get_by_role("slider", name="Decimal places")
    interact(page, lambda: places.press("ArrowLeft"))
    expect(result).to_contain_text("233.15 Kelvin")
    page.get_by_text("Quick table: Celsius → Kelvin").click()
    expect(page.get_by_role("cell", name="373.15 Kelvin")).to_be_visible()


def check_quiz(page: Page) -> None:
    picks = ["5", "list", "3", "yield", "False"]  # all right but the second
    for number, pick in enumerate(picks, start=1):
        expect(page.get_by_text(f"Question {number} of 5")).to_be_visible()
        check = page.get_by_role("button", name="Check answer")
        expect(check).to_be_disabled()
        interact(page, lambda: page.get_by_role("radio", name=pick, exact=True).check())
        interact(page, check.click)
        if pick == "list":
            expect(page.get_by_text("Not quite: the answer is tuple.")).to_be_visible()
        else:
            expect(page.get_by_text("Correct!")).to_be_visible()
        expect(page.get_by_role("radio", name=pick, exact=True)).to_be_disabled()
        interact(page, lambda: page.get_by_role("button", name="See my score" if number == 5 else "Next question").click())
    expect(page.get_by_role("heading", name="Your score: 4/5")).to_be_visible()
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "100")
    interact(page, lambda: page.get_by_role("button", name="Play again").click())
    expect(page.get_by_text("Question 1 of 5")).to_be_visible()
    expect(page.get_by_text("Score so far: 0")).to_be_visible()


def check_loan_calculator(page: Page) -> None:
    def plan(loan: float, rate: float, months: int, extra: float = 0) -> tuple[float, int, float]:
        r = rate / 100 / 12
        payment = loan * r / (1 - (1 + r) ** -months)
        balance, month, interest_total = loan, 0, 0.0
        while month < months:
            month += 1
            interest = balance * r
            paid = min(payment + extra, balance + interest)
            balance -= paid - interest
            interest_total += interest
            if balance <= 0.005:
                break
        return payment, month, interest_total

    payment, _, interest = plan(320_000, 6.5, 360)
    expect(metric_value(page, "Loan amount")).to_have_text("$320,000")
    expect(metric_value(page, "Monthly payment")).to_have_text(money(payment, cents=True))
    expect(metric_value(page, "Total interest")).to_have_text(money(interest))
    sidebar = page.get_by_test_id("stSidebar")
    interact(page, lambda: sidebar.get_by_role("slider", name="Down payment (%)").press("ArrowRight"))
    interact(page, lambda: sidebar.get_by_role("slider", name="Term (years)").press("ArrowLeft"))
    rate = sidebar.get_by_role("spinbutton", name="Interest rate (% a year)")
    rate.fill("5.25")
    interact(page, lambda: rate.press("Enter"))
    payment, _, interest = plan(316_000, 5.25, 300)
    expect(metric_value(page, "Loan amount")).to_have_text("$316,000")
    expect(metric_value(page, "Monthly payment")).to_have_text(money(payment, cents=True))
    expect(metric_value(page, "Total interest")).to_have_text(money(interest))
    extra = sidebar.get_by_role("spinbutton", name="Extra payment each month ($)")
    extra.fill("500")
    interact(page, lambda: extra.press("Enter"))
    _, months, interest = plan(316_000, 5.25, 300, extra=500)
    expect(metric_value(page, "Monthly payment")).to_have_text(money(payment + 500, cents=True))
    expect(metric_value(page, "Paid off in")).to_have_text(f"{months // 12} y {months % 12} m")
    expect(metric(page, "Paid off in")).to_contain_text(f"{300 - months} months early")
    grid = page.get_by_role("grid")
    expect(grid.get_by_role("row")).to_have_count(1 + (months + 11) // 12)


def check_image_playground(page: Page) -> None:
    expect(page.get_by_role("img", name="Original")).to_be_visible()
    expect(metric_value(page, "Size")).to_have_text("360 × 240")
    mean = float(metric_value(page, "Mean brightness").inner_text())
    sidebar = page.get_by_test_id("stSidebar")
    interact(page, lambda: sidebar.get_by_role("switch", name="Invert colours").click())
    inverted = metric_value(page, "Mean brightness")
    expect(inverted).not_to_have_text(f"{mean:.1f}")
    assert abs(float(inverted.inner_text()) - (255 - mean)) <= 0.051
    interact(page, lambda: sidebar.get_by_role("switch", name="Black and white").click())
    interact(page, lambda: sidebar.get_by_role("slider", name="Brightness").press("Home"))  # -100
    expect(metric_value(page, "Dark pixels")).to_have_text("0%")  # inverted after darkening: all light
    adjusted = page.get_by_role("img", name="Adjusted")
    src = adjusted.get_attribute("src")
    upload = page.get_by_label("Upload a photo")
    png = tiny_png([[(0, 0, 0), (255, 255, 255)]])
    interact(page, lambda: upload.set_input_files(files=[{"name": "dots.png", "mimeType": "image/png", "buffer": png}]))
    expect(metric_value(page, "Size")).to_have_text("2 × 1")
    assert adjusted.get_attribute("src") != src
    with page.expect_download() as download:
        page.get_by_role("button", name="Download PNG").click()
    assert Path(download.value.path()).read_bytes()[:8] == bytes.fromhex("89504e470d0a1a0a")


def check_text_analyzer(page: Page) -> None:
    expect(metric_value(page, "Words")).to_have_text("35")
    area = page.get_by_role("textbox", name="Text to analyze")
    area.fill("The cat sat. The cat ran!\nA dog barked?")
    interact(page, lambda: area.press("Control+Enter"))
    expect(metric_value(page, "Words")).to_have_text("9")
    expect(metric_value(page, "Unique words")).to_have_text("7")
    expect(metric_value(page, "Sentences")).to_have_text("3")
    expect(page.get_by_text("Top words: cat (2), sat (1), ran (1), dog (1), barked (1)")).to_be_visible()
    interact(page, lambda: page.get_by_role("checkbox", name="Skip common words").uncheck())
    expect(page.get_by_text("Top words: the (2), cat (2), sat (1), ran (1), a (1)")).to_be_visible()
    page.get_by_text("Find a word").click()
    word = page.get_by_role("textbox", name="Word")
    word.fill("cat")
    interact(page, lambda: word.press("Enter"))
    expect(page.get_by_text("cat appears 2 times.")).to_be_visible()
    expect(page.locator("blockquote strong", has_text="cat")).to_have_count(2)


def check_todo_list(page: Page) -> None:
    grid = page.get_by_test_id("stDataFrame").get_by_role("grid")
    expect(grid.get_by_role("columnheader", name="Priority")).to_be_visible()
    expect(page.get_by_text("1 of 3 done")).to_be_visible()
    expect(page.get_by_text("Next up: Renew passport")).to_be_visible()
    interact(page, lambda: grid.get_by_role("gridcell", name="false").first.click())
    expect(page.get_by_text("2 of 3 done")).to_be_visible()
    expect(page.get_by_text("Next up: Buy a birthday present")).to_be_visible()

    interact(page, lambda: page.get_by_role("button", name="Add row").click())
    grid.get_by_role("gridcell").filter(has_text=re.compile(r"^None$")).first.dblclick()
    task = grid.get_by_role("textbox", name="Edit task, row 4")
    task.fill("Water the plants")
    interact(page, lambda: task.press("Enter"))
    expect(page.get_by_text("2 of 4 done")).to_be_visible()
    expect(metric_value(page, "Open")).to_have_text("2")

    grid.get_by_role("gridcell", name="Low").dblclick()
    priority = grid.get_by_role("combobox", name="Edit priority, row 3")
    priority.select_option("High")
    interact(page, lambda: priority.press("Enter"))
    expect(metric_value(page, "High priority open")).to_have_text("0")  # the bike light is done

    interact(page, lambda: page.get_by_role("button", name="Clear finished tasks").click())
    expect(page.get_by_text("0 of 2 done")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="Fix the bike light")).to_have_count(0)
    expect(grid.get_by_role("gridcell", name="Water the plants")).to_be_visible()


def check_weather_explorer(page: Page) -> None:
    data = rows("weather_explorer", "weather.csv")

    def expected(stations: set[str], start: str, end: str) -> dict[str, str]:
        chosen = [r for r in data if r["station"] in stations and start <= r["date"] <= end]
        temps = [float(r["temp_c"]) for r in chosen]
        hottest = next(r for r in chosen if float(r["temp_c"]) == max(temps))
        return {
            "Average temperature": f"{sum(temps) / len(temps):.1f} °C",
            "Rain per station": f"{sum(float(r['rain_mm']) for r in chosen) / len(stations):,.0f} mm",
            "Hottest day": f"{float(hottest['temp_c']):.1f} °C",
        }

    def check(values: dict[str, str]) -> None:
        for label, value in values.items():
            expect(metric_value(page, label)).to_have_text(value)

    check(expected({"Harbor", "Lakeside", "Ridge"}, "2024-01-01", "2024-12-31"))
    interact(page, lambda: page.get_by_role("button", name="Remove Ridge").click())
    check(expected({"Harbor", "Lakeside"}, "2024-01-01", "2024-12-31"))
    period = page.get_by_role("combobox", name="Period")
    period.fill("2023/06/01 – 2023/08/31")
    interact(page, lambda: period.press("Enter"))
    check(expected({"Harbor", "Lakeside"}, "2023-06-01", "2023-08-31"))
    expect(metric(page, "Rain per station")).to_contain_text("over 92 days")
    resolution = page.get_by_role("group", name="Resolution")
    interact(page, lambda: resolution.get_by_role("button", name="Monthly").click())
    expect(page.get_by_role("heading", name="Monthly mean temperature")).to_be_visible()
    page.get_by_text("Monthly summary table").click()
    expect(page.get_by_role("grid").get_by_role("row")).to_have_count(1 + 3 * 2)  # 3 months × 2 stations


def check_sql_explorer(page: Page) -> None:
    import sqlite3

    db = sqlite3.connect(EXAMPLES / "sql_explorer" / "bookstore.db")
    best = db.execute("select b.title, sum(s.quantity) as copies from sales s join books b on b.id = s.book_id "
                      "group by b.id order by copies desc, b.title limit 1").fetchone()
    genre = db.execute("select b.genre from sales s join books b on b.id = s.book_id "
                       "group by b.genre order by sum(s.quantity * b.price) desc").fetchone()[0]
    pricey = db.execute("select count(*) from books where price > 20").fetchone()[0]
    db.close()

    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("books · 24 rows")).to_be_visible()
    grid = page.get_by_test_id("stMain").get_by_role("grid")
    expect(grid.get_by_role("row").nth(1)).to_contain_text(best[0])
    expect(page.get_by_text("10 rows · 3 columns")).to_be_visible()

    interact(page, lambda: choose(page.get_by_role("combobox", name="Example queries"), "Revenue by genre"))
    expect(page.get_by_text("5 rows · 2 columns")).to_be_visible()
    expect(grid.get_by_role("row").nth(1)).to_contain_text(genre)

    sql = page.get_by_role("textbox", name="SQL")
    sql.fill("select count(*) as expensive from books where price > 20")
    interact(page, lambda: sql.press("Control+Enter"))
    expect(grid.get_by_role("gridcell", name=str(pricey), exact=True)).to_be_visible()
    sql.fill("select * from wishlist")
    interact(page, lambda: sql.press("Control+Enter"))
    expect(page.get_by_text(re.compile(r"^The query failed: .*no such table: wishlist$"))).to_be_visible()
    sql.fill("drop table books")
    interact(page, lambda: sql.press("Control+Enter"))
    expect(page.get_by_text("Only read-only queries")).to_be_visible()


def check_chart_gallery(page: Page) -> None:
    expect(page.get_by_text(re.compile(r"^500 samples · noise 0.5 · seed 42"))).to_be_visible()
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts.locator("canvas, svg").first).to_be_visible()
    samples = page.get_by_test_id("stSidebar").get_by_role("slider", name="Samples")
    interact(page, lambda: samples.press("ArrowRight"))
    expect(page.get_by_text(re.compile(r"^600 samples · noise 0.5 · seed 42"))).to_be_visible()
    sizes = page.get_by_text(re.compile(r"^Group sizes: ")).inner_text()
    assert sum(int(n) for n in re.findall(r"\d+", sizes)) == 600

    page.get_by_role("tab", name="Matplotlib").click()
    figure = page.get_by_test_id("stImage").locator("img")
    expect(figure).to_be_visible()
    before = figure.get_attribute("src")
    bins = page.get_by_role("slider", name="Bins")
    interact(page, lambda: bins.press("End"))
    expect(bins).to_have_attribute("aria-valuenow", "60")
    expect(figure).not_to_have_attribute("src", before)
    expect(page.get_by_text(re.compile(r"^Tallest bin holds \d+ samples\.$"))).to_be_visible()

    page.get_by_role("tab", name="Vega-Lite").click()
    vega = page.get_by_role("tabpanel", name="Vega-Lite").get_by_test_id("stVegaLiteChart")
    expect(vega).to_have_count(2)
    expect(vega.first.locator("canvas, svg").first).to_be_visible()
    page.get_by_role("tab", name="Map").click()
    expect(page.get_by_test_id("stDeckGlJsonChart").locator("canvas")).to_be_visible()
    expect(page.get_by_text("60 points around 5 cities.")).to_be_visible()

    page.get_by_role("tab", name="Diagrams").click()
    diagrams = page.get_by_role("tabpanel", name="Diagrams")
    expect(diagrams.get_by_test_id("stGraphVizChart").locator("g.node text").first).to_have_text("600 samples", timeout=60_000)
    expect(diagrams.get_by_test_id("stMermaidChart").get_by_role("img", name="Share of each group")).to_be_visible(timeout=60_000)
    expect(diagrams.get_by_test_id("stMermaidChart").locator("svg").get_by_text("alpha")).to_have_count(1)
    bars = diagrams.get_by_test_id("stEChartsChart").locator("canvas")
    expect(bars).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Selected group: none (click a bar)")).to_be_visible()
    # ECharts' default grid leaves 10% each side; alpha, the largest group, is the first of three bars.
    box = bars.bounding_box()
    interact(page, lambda: bars.click(position={"x": box["width"] * (0.1 + 0.8 / 6), "y": box["height"] / 2}))
    expect(page.get_by_text("Selected group: alpha (click a bar)")).to_be_visible()


def check_layout_showcase(page: Page) -> None:
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Signed in as Jordan (Analyst)")).to_be_visible()
    expect(page.get_by_text("Ideas and requests")).to_be_visible()
    page.get_by_role("button", name="Display").click()
    interact(page, lambda: page.get_by_role("switch", name="Compact cards").click())
    interact(page, lambda: page.get_by_role("radio", name="green").check())
    page.keyboard.press("Escape")
    expect(page.get_by_text("Ideas and requests")).to_have_count(0)
    expect(page.locator(".hw-color-green", has_text="Backlog")).to_be_visible()

    interact(page, lambda: page.get_by_role("button", name="Edit profile").click())
    dialog = page.get_by_role("dialog", name="Edit profile")
    dialog.get_by_role("textbox", name="Name").fill("Sam")
    interact(page, lambda: choose(dialog.get_by_role("combobox", name="Role"), "Manager"))
    interact(page, lambda: dialog.get_by_role("button", name="Save profile").click())
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(sidebar.get_by_text("Signed in as Sam (Manager)")).to_be_visible()

    interact(page, lambda: page.get_by_role("button", name="Deploy to staging").click())
    status = page.get_by_test_id("stExpander").filter(has_text="Deployed to staging")
    expect(status).to_have_attribute("data-state", "complete")
    expect(page.get_by_test_id("stToast").filter(has_text="Staging is up to date")).to_be_visible()
    expect(page.get_by_text("Deploys this session: 1")).to_be_visible()

    page.get_by_role("tab", name="Notes").click()
    notes = page.get_by_role("textbox", name="Meeting notes")
    notes.fill("Ship the beta on Friday")
    interact(page, lambda: notes.press("Control+Enter"))
    expect(page.get_by_text("5 words")).to_be_visible()


def check_live_monitor(page: Page) -> None:
    expect(page.get_by_text("Readings: 1", exact=True)).to_be_visible()
    expect(page.get_by_text("Full page runs: 1")).to_be_visible()
    interact(page, lambda: page.get_by_role("switch", name="Live updates").click())
    # The timer reruns only the readings fragment: more readings, no more full runs.
    expect(page.get_by_text("Readings: 4", exact=True)).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Full page runs: 2")).to_be_visible()
    interact(page, lambda: page.get_by_role("switch", name="Live updates").click())
    expect(page.get_by_text("Full page runs: 3")).to_be_visible()

    page.get_by_role("textbox", name="What happened?").fill("Disk full on /var")
    page.get_by_role("slider", name="Severity").press("ArrowRight")
    interact(page, lambda: page.get_by_role("button", name="Log incident").click())
    expect(page.get_by_text("09:00 · high · Disk full on /var (web-1)")).to_be_visible()
    expect(page.get_by_text("1 incident logged")).to_be_visible()
    expect(page.get_by_text("Full page runs: 3")).to_be_visible()  # only the fragment ran

    interact(page, lambda: choose(page.get_by_role("combobox", name="Server"), "db-1"))
    expect(page.get_by_text("Readings: 1", exact=True)).to_be_visible()
    expect(metric_value(page, "CPU load")).to_have_text("65.0%")
    expect(page.get_by_text("Full page runs: 4")).to_be_visible()


def check_iris_classifier(page: Page) -> None:
    expect(page.get_by_text("150 flowers of 3 species", exact=False)).to_be_visible()
    expect(page.get_by_text("Random forest · 25 trees · tested on 45")).to_be_visible()
    expect(metric_value(page, "Test accuracy")).to_have_text(re.compile(r"^\d+\.\d%$"))
    sidebar = page.get_by_test_id("stSidebar")
    interact(page, lambda: sidebar.get_by_role("radio", name="Nearest neighbours").check())
    interact(page, lambda: sidebar.get_by_role("slider", name="Neighbours").press("ArrowRight"))
    interact(page, lambda: sidebar.get_by_role("slider", name="Test share").press("End"))
    expect(page.get_by_text("Nearest neighbours · 6 neighbours · tested on 75")).to_be_visible()

    def classify(sepal_length: str, sepal_width: str, petal_length: str, petal_width: str) -> None:
        for label, value in (("Sepal length", sepal_length), ("Sepal width", sepal_width),
                             ("Petal length", petal_length), ("Petal width", petal_width)):
            page.get_by_role("spinbutton", name=label).fill(value)
        interact(page, lambda: page.get_by_role("button", name="Classify").click())

    classify("5.0", "3.4", "1.4", "0.2")
    expect(page.get_by_text(re.compile(r"^Predicted: setosa \(100% sure\)$"))).to_be_visible()
    classify("7.2", "3.0", "6.1", "2.3")
    expect(page.get_by_text(re.compile(r"^Predicted: virginica"))).to_be_visible()


def check_product_catalog(page: Page) -> None:
    expect(page.get_by_text("Showing 1–6 of 20 products · sorted by Name")).to_be_visible()
    cards = page.get_by_test_id("stGrid").get_by_test_id("stGridCell")
    expect(cards).to_have_count(6)
    expect(cards.first).to_contain_text("Bookshelf speakers")
    pages = page.get_by_role("navigation", name="Pagination")
    interact(page, lambda: pages.get_by_role("button", name="Next page").click())
    expect(page.get_by_text("Showing 7–12 of 20 products · sorted by Name")).to_be_visible()

    page.get_by_role("button", name="Sort").click()
    interact(page, lambda: page.get_by_role("menu", name="Sort").get_by_role("menuitem", name="Price: high to low").click())
    expect(page.get_by_text("Showing 1–6 of 20 products · sorted by Price: high to low")).to_be_visible()
    expect(cards.first).to_contain_text("Noise-cancelling headphones")
    expect(cards.first).to_contain_text("$249.00")

    interact(page, lambda: page.get_by_test_id("stSidebar").get_by_role("button", name="Kitchen").click())
    expect(page.get_by_text("Showing 1–4 of 4 products · sorted by Price: high to low")).to_be_visible()
    expect(cards).to_have_count(4)
    interact(page, lambda: cards.first.get_by_role("button", name="Details").click())
    expect(page.get_by_role("heading", name="About the Espresso grinder")).to_be_visible()
    sheet = page.frame_locator('iframe[title="Product sheet"]')
    expect(sheet.get_by_text("P005 · Kitchen")).to_be_visible()
    expect(sheet.get_by_text("Free")).to_be_visible()
    expect(page.get_by_text("Not rated yet.")).to_be_visible()
    stars = page.frame_locator('iframe[title="app.rating"]')
    interact(page, lambda: stars.get_by_role("button", name="Rate 4 stars").click())
    expect(page.get_by_text("Your rating for the Espresso grinder: 4 / 5")).to_be_visible()
    expect(stars.get_by_role("button", name="Rate 4 stars")).to_have_attribute("aria-pressed", "true")


CHECKS = {name.removeprefix("check_"): check for name, check in globals().items() if name.startswith("check_")}


def test_every_example_is_checked():
    folders = sorted(p.parent.name for p in EXAMPLES.glob("*/app.py"))
    assert folders == sorted(CHECKS)
    assert len(folders) >= 15


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_example(name: str, example_site, page: Page) -> None:
    CHECKS[name](example_site(name, page))
