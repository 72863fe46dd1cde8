#!/usr/bin/env python3
"""Join U.S. Border Patrol's southwest border monthly series of FY2000-FY2020 with the Border Patrol rows of the
southwest dashboard, once per dashboard vintage, and add what record claims need: the last earlier month with
at least as many encounters ("the most since 2000") and with at most as many ("the fewest since 2017").

Months the dashboard has come from the dashboard (both sources agree on the months they share); earlier ones
from usbp_monthly_encounters_fy2000-fy2020.csv (pipe-delimited, copied unchanged).

Run from this folder: python3 make-border-patrol-monthly.py   (rewrites border-patrol-sw-monthly.csv)
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
HISTORY = HERE / "usbp_monthly_encounters_fy2000-fy2020.csv"
DASHBOARD = HERE.parent / "cbp-sw-border" / "sw-border-monthly-summary.csv"


def fiscal_year(year: int, month: int) -> int:
    return year + 1 if month >= 10 else year


def main() -> None:
    history: dict[tuple[int, int], int] = {}
    with open(HISTORY, newline="") as source:
        for line, row in enumerate(csv.DictReader(source, delimiter="|"), start=2):
            key = (int(row["cy"]), int(row["month"]))
            if fiscal_year(*key) != int(row["fy"]):
                raise SystemExit(f"error: {HISTORY.name}:{line}: month {key} is not in fiscal year {row['fy']}")
            history[key] = int(row["southwest_border"])
    dashboards: dict[str, dict[tuple[int, int], int]] = {}
    with open(DASHBOARD, newline="") as source:
        for row in csv.DictReader(source):
            if row["component"] == "U.S. Border Patrol" and row["title_of_authority"] == "all":
                month = (int(row["calendar_year"]), int(row["calendar_month"]))
                dashboards.setdefault(row["data_vintage"], {})[month] = int(row["encounters"])

    with open(HERE / "border-patrol-sw-monthly.csv", "w", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(["data_vintage", "fiscal_year", "calendar_year", "calendar_month", "encounters", "source",
                         "highest_since_year", "highest_since_month", "lowest_since_year", "lowest_since_month"])
        for vintage, dashboard in sorted(dashboards.items()):
            for month in set(dashboard) & set(history):
                if dashboard[month] != history[month]:
                    raise SystemExit(f"error: {month}: dashboard {vintage} has {dashboard[month]}, history {history[month]}")
            series = sorted({**history, **dashboard}.items())
            for position, ((year, month), count) in enumerate(series):
                earlier = series[:position]
                highest = next((m for m, c in reversed(earlier) if c >= count), None)
                lowest = next((m for m, c in reversed(earlier) if c <= count), None)
                source = "southwest dashboard" if (year, month) in dashboard else "USBP monthly FY2000-FY2020"
                writer.writerow([vintage, fiscal_year(year, month), year, month, count, source,
                                 *(highest or ("", "")), *(lowest or ("", ""))])


if __name__ == "__main__":
    main()
