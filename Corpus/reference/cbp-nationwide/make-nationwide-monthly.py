#!/usr/bin/env python3
"""Sum CBP's nationwide encounters download (one row per state, demographic, citizenship and title of authority)
into the monthly totals news cites: nationwide and by land border region, each by title of authority. (States
are summed away: no rule checks them, and every bundled row costs start-up time.)

The download has no "all" rows, so every total here is a sum of its rows; "all" in a column means summed over it.
It also writes the Southwest Land Border months as a later vintage of the southwest border dataset
(`../cbp-sw-border/sw-border-monthly-2024-09-01.csv`): the same figures as CBP's southwest dashboard, revised, and the
only copy of the months after February 2023.

Run from anywhere: python3 make-nationwide-monthly.py [--source PATH]
(default source: cbp/cbp-nationwide-encounters-fy20-fy23-state.csv under the nearest shared/data/reference above)
"""
import argparse
import csv
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_NAME = "cbp/cbp-nationwide-encounters-fy20-fy23-state.csv"
FISCAL_MONTHS = ["OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP"]
REGIONS = ["all", "Southwest Land Border", "Northern Land Border", "Other"]
TITLES = ["all", "Title 8", "Title 42"]
# The vintage id the southwest border dataset lists for this download (see ../cbp-sw-border/dataset.yaml).
VINTAGE = "2024-09-01"


def default_source() -> Path:
    for folder in HERE.parents:
        candidate = folder / "shared" / "data" / "reference" / SOURCE_NAME
        if candidate.exists():
            return candidate
    raise SystemExit(f"error: {SOURCE_NAME} not found under any shared/data/reference above {HERE}; pass --source")


def calendar_month(fiscal_year: int, abbreviation: str) -> tuple[int, int]:
    index = FISCAL_MONTHS.index(abbreviation)
    return (fiscal_year - 1 if index < 3 else fiscal_year), (index + 9) % 12 + 1


def write_nonzero(writer, cells: list, count: int, previous: int = 0) -> None:
    """Like CBP's dashboards, a cell with no encounters (Title 42 before March 2020, after May 11, 2023 and away
    from the land borders) has no row: a claim about it is unverifiable, not zero. The change
    from the month before ("fell to", "rose to") is left empty when that month had no row either."""
    if count:
        change = "" if not previous else "rose" if count > previous else "fell" if count < previous else "unchanged"
        writer.writerow(cells + [count, change])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=None)
    source = parser.parse_args().source or default_source()

    # (fiscal year, month abbreviation, region, title) -> encounters
    totals: dict[tuple, int] = defaultdict(int)
    months: set[tuple[int, str]] = set()
    with open(source, newline="", encoding="utf-8-sig") as file:
        for line, row in enumerate(csv.DictReader(file), start=2):
            try:
                fiscal_year, month = int(row["Fiscal Year"]), row["Month (abbv)"]
                count = int(row["Encounter Count"])
            except (KeyError, ValueError) as error:
                raise SystemExit(f"error: {source}:{line}: unreadable row ({error})")
            region, title = row["Land Border Region"], row["Title of Authority"]
            if month not in FISCAL_MONTHS or region not in REGIONS or title not in TITLES:
                raise SystemExit(f"error: {source}:{line}: unknown month, region or title {month!r}, {region!r}, {title!r}")
            months.add((fiscal_year, month))
            for region_key in ("all", region):
                for title_key in ("all", title):
                    totals[(fiscal_year, month, region_key, title_key)] += count

    ordered = sorted(months, key=lambda m: (m[0], FISCAL_MONTHS.index(m[1])))
    with open(HERE / "nationwide-monthly.csv", "w", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(["fiscal_year", "month_abbv", "calendar_year", "calendar_month", "region",
                         "title_of_authority", "encounters", "change_from_previous_month"])
        for position, (fiscal_year, month) in enumerate(ordered):
            year, number = calendar_month(fiscal_year, month)
            before = ordered[position - 1] if position > 0 else (None, None)
            for region in REGIONS:
                for title in TITLES:
                    write_nonzero(writer, [fiscal_year, month, year, number, region, title],
                                  totals.get((fiscal_year, month, region, title), 0),
                                  totals.get((*before, region, title), 0))

    with open(HERE.parent / "cbp-sw-border" / f"sw-border-monthly-{VINTAGE}.csv", "w", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(["data_vintage", "region", "fiscal_year", "month_abbv", "calendar_year", "calendar_month",
                         "component", "title_of_authority", "encounters"])
        for fiscal_year, month in ordered:
            year, number = calendar_month(fiscal_year, month)
            for title in TITLES:
                count = totals.get((fiscal_year, month, "Southwest Land Border", title), 0)
                if count:
                    writer.writerow([VINTAGE, "Southwest Land Border", fiscal_year, month, year, number, "all", title,
                                     count])


if __name__ == "__main__":
    main()
