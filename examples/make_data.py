"""Regenerate the sample data the examples ship (standard library only, seeded: same files every time).

    python3 examples/make_data.py

The data are made up: plausible numbers for demos, not facts about anything.
"""

from __future__ import annotations

import csv
import math
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sales(path: Path) -> None:
    """One row per order line of a small office-goods shop in 2024."""
    rng = random.Random(2024)
    products = {
        "Furniture": [("Desk", 320.0), ("Chair", 140.0), ("Bookcase", 210.0)],
        "Office Supplies": [("Paper", 8.5), ("Pens", 4.0), ("Binders", 12.0)],
        "Technology": [("Monitor", 260.0), ("Keyboard", 45.0), ("Headset", 85.0)],
    }
    regions = ["North", "South", "East", "West"]
    rows = []
    day = date(2024, 1, 1)
    order = 1000
    while day.year == 2024:
        for _ in range(rng.randint(2, 5)):
            order += 1
            category = rng.choice(list(products))
            product, price = rng.choice(products[category])
            units = rng.randint(1, 12 if category == "Office Supplies" else 4)
            season = 1.0 + 0.25 * math.sin((day.timetuple().tm_yday / 366) * 2 * math.pi)
            unit_price = round(price * season * rng.uniform(0.9, 1.1), 2)
            rows.append([f"SO-{order}", day.isoformat(), rng.choice(regions), category, product, units,
                         unit_price, round(units * unit_price, 2)])
        day += timedelta(days=3)
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["order_id", "date", "region", "category", "product", "units", "unit_price", "revenue"])
        writer.writerows(rows)


def housing(path: Path) -> None:
    """Home sales in four made-up neighbourhoods."""
    rng = random.Random(7)
    hoods = {"Riverside": 1.25, "Old Town": 1.1, "Hillcrest": 0.95, "Northgate": 0.8}
    rows = []
    for i in range(240):
        hood = rng.choice(list(hoods))
        bedrooms = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5])
        sqft = int(rng.gauss(450 + bedrooms * 380, 120))
        year = rng.randint(1925, 2022)
        age_factor = 1.0 - (2024 - year) / 400
        price = int(round(hoods[hood] * age_factor * (sqft * rng.uniform(210, 260)) / 1000) * 1000)
        rows.append([i + 1, hood, bedrooms, max(1, bedrooms - rng.choice([0, 1, 1, 2])), sqft, year, price,
                     rng.random() < 0.35])
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "neighborhood", "bedrooms", "bathrooms", "sqft", "year_built", "price", "garage"])
        writer.writerows(rows)


def weather(path: Path) -> None:
    """Daily readings of three weather stations over 2023 and 2024."""
    rng = random.Random(11)
    stations = {"Lakeside": (11.0, 9.0), "Ridge": (6.0, 11.0), "Harbor": (14.0, 6.0)}
    rows = []
    day = date(2023, 1, 1)
    while day.year < 2025:
        phase = 2 * math.pi * (day.timetuple().tm_yday - 105) / 365
        for station, (mean, swing) in stations.items():
            temp = round(mean + swing * math.sin(phase) + rng.gauss(0, 2.2), 1)
            rain = round(max(0.0, rng.gauss(-1.5, 4.0)), 1)
            rows.append([day.isoformat(), station, temp, rain])
        day += timedelta(days=1)
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["date", "station", "temp_c", "rain_mm"])
        writer.writerows(rows)


def bookstore(path: Path) -> None:
    """A small bookshop: authors, books and a year of sales."""
    path.unlink(missing_ok=True)
    rng = random.Random(3)
    db = sqlite3.connect(path)
    db.executescript("""
        create table authors (id integer primary key, name text not null, country text not null);
        create table books (id integer primary key, title text not null, author_id integer references authors(id),
                            genre text not null, price real not null, published integer not null);
        create table sales (id integer primary key, book_id integer references books(id), sold_on text not null,
                            quantity integer not null);
    """)
    authors = [("Ada Moreno", "Spain"), ("Ben Okafor", "Nigeria"), ("Chloé Martin", "France"),
               ("Dev Patel", "India"), ("Elin Berg", "Sweden"), ("Farah Haddad", "Lebanon")]
    db.executemany("insert into authors (name, country) values (?, ?)", authors)
    genres = ["Mystery", "Science Fiction", "History", "Poetry", "Cooking"]
    words = ["River", "Glass", "Night", "Garden", "Letters", "Salt", "Winter", "Atlas", "Echo", "Orchard",
             "Lantern", "Harbor"]
    books = []
    for i in range(24):
        title = f"The {words[i % len(words)]} of {words[(i * 5 + 3) % len(words)]}" if i % 3 else f"{words[i % len(words)]} Songs"
        books.append((title, rng.randint(1, len(authors)), genres[i % len(genres)],
                      round(rng.choice([9.99, 12.5, 14.0, 18.99, 24.0, 29.5]), 2), rng.randint(1998, 2024)))
    db.executemany("insert into books (title, author_id, genre, price, published) values (?, ?, ?, ?, ?)", books)
    sales_rows = []
    for day in range(0, 366, 2):
        when = (date(2024, 1, 1) + timedelta(days=day)).isoformat()
        for _ in range(rng.randint(1, 4)):
            sales_rows.append((rng.randint(1, len(books)), when, rng.randint(1, 3)))
    db.executemany("insert into sales (book_id, sold_on, quantity) values (?, ?, ?)", sales_rows)
    db.commit()
    db.execute("vacuum")
    db.close()


if __name__ == "__main__":
    sales(HERE / "sales_dashboard" / "sales.csv")
    housing(HERE / "data_explorer" / "housing.csv")
    weather(HERE / "weather_explorer" / "weather.csv")
    bookstore(HERE / "sql_explorer" / "bookstore.db")
    print("wrote the example data")
