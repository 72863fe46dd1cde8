#!/usr/bin/env python3
"""Derive the 12-month inflation rate, as BLS reports it, from the CPI-U index in cpiai.csv.

BLS headlines the change of the not seasonally adjusted CPI-U over the same month a year earlier, rounded to
one decimal. cpiai.csv only has the index and a month-on-month change, so the rate every claim cites is
computed here: rate_12_month = round(Index[m] / Index[m-12] * 100 - 100, 1). Also written per month, so rules
can check news phrasing from data alone: the previous month's rate and the change from it ("eased to" /
"rose to"), and the last earlier month whose rate was at least as high ("the highest since ...").

Run from this folder: python3 make-cpi-12-month.py   (rewrites cpi-12-month.csv)
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    with open(HERE / "cpiai.csv", newline="") as source:
        index = {row["Date"][:7]: Decimal(row["Index"]) for row in csv.DictReader(source)}
    months = sorted(index)
    rates: dict[str, Decimal] = {}
    for month in months:
        year, number = int(month[:4]), int(month[5:7])
        earlier = f"{year - 1:04d}-{number:02d}"
        if earlier in index:
            rates[month] = (index[month] / index[earlier] * 100 - 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    rated = [month for month in months if month in rates]
    with open(HERE / "cpi-12-month.csv", "w", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(["year", "month", "index", "index_year_earlier", "rate_12_month", "previous_rate_12_month",
                         "change_from_previous_month", "highest_since_year", "highest_since_month"])
        for position, month in enumerate(rated):
            year, number = int(month[:4]), int(month[5:7])
            previous = rates[rated[position - 1]] if position > 0 else None
            change = "" if previous is None else ("rose" if rates[month] > previous else "fell" if rates[month] < previous else "unchanged")
            since = next((m for m in reversed(rated[:position]) if rates[m] >= rates[month]), None)
            writer.writerow([year, number, index[month], index[f"{year - 1:04d}-{number:02d}"], rates[month],
                             "" if previous is None else previous, change,
                             since[:4] if since else "", int(since[5:7]) if since else ""])


if __name__ == "__main__":
    main()
