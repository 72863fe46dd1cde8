#!/usr/bin/env python3
"""Split UNRATE.csv into the columns rules filter on, and add what news phrasing needs from the data itself.

Per month: the rate as stored (percent, seasonally adjusted), the previous month's rate and the change from it
("fell to" / "rose to" / "held at"), and the last earlier month with a rate at least as high and at most as
low ("the highest since ...", "the lowest since ...").

Run from this folder: python3 make-unemployment-monthly.py   (rewrites unemployment-monthly.csv)
"""
import csv
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    with open(HERE / "UNRATE.csv", newline="") as source:
        rows = [(row["DATE"][:7], Decimal(row["UNRATE"])) for row in csv.DictReader(source)]
    with open(HERE / "unemployment-monthly.csv", "w", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(["year", "month", "rate", "previous_rate", "change_from_previous_month",
                         "highest_since_year", "highest_since_month", "lowest_since_year", "lowest_since_month"])
        for position, (month, rate) in enumerate(rows):
            previous = rows[position - 1][1] if position > 0 else None
            change = "" if previous is None else ("rose" if rate > previous else "fell" if rate < previous else "unchanged")
            earlier = rows[:position]
            highest = next((m for m, r in reversed(earlier) if r >= rate), None)
            lowest = next((m for m, r in reversed(earlier) if r <= rate), None)
            writer.writerow([int(month[:4]), int(month[5:7]), rate, "" if previous is None else previous, change,
                             highest[:4] if highest else "", int(highest[5:7]) if highest else "",
                             lowest[:4] if lowest else "", int(lowest[5:7]) if lowest else ""])


if __name__ == "__main__":
    main()
