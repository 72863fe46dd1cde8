#!/usr/bin/env python3
"""Builds officeholders.csv (role, name, start, end, source) from the two unchanged source files beside it:
executive.yaml (Presidents and Vice Presidents, unitedstates/congress-legislators) and cabinet-turnover.csv
(Cabinet-level officials Carter to Biden, FiveThirtyEight). Run from this folder: python3 make-officeholders.py"""
import csv
import datetime
import yaml

rows = []

with open("executive.yaml", encoding="utf-8") as f:
    people = yaml.safe_load(f)
for person in people:
    name = person["name"]
    full = name.get("official_full") or " ".join(p for p in (name.get("first"), name.get("last")) if p)
    for term in person["terms"]:
        role = {"prez": "President", "viceprez": "Vice President"}[term["type"]]
        rows.append((role, full, term["start"], term["end"], "executive.yaml"))


def iso(us_date):
    """M/D/YY → YYYY-MM-DD; two-digit years from 77 on are 19xx (the file starts with Carter)."""
    month, day, year = (int(part) for part in us_date.split("/"))
    year += 1900 if year >= 77 else 2000
    return datetime.date(year, month, day).isoformat()


with open("cabinet-turnover.csv", encoding="utf-8-sig", newline="") as f:
    records = list(csv.reader(f))
header, body = records[0], records[1:]
column = {name: index for index, name in enumerate(header)}
skipped = []
for line, record in enumerate(body, start=2):
    position, appointee = record[column["position"]], record[column["appointee"]]
    start, end = record[column["start_date"]], record[column["end_date"]]
    if position == "Vice President":
        continue  # executive.yaml has every Vice President with exact term dates
    if start.endswith(" admin"):
        continue  # the same tenure's row in the previous administration carries its start
    if end.endswith(" admin"):
        # Tenure spans administrations: its end is on the appointee's row in the next administration.
        follow = next(r for r in body if r[column["appointee"]] == appointee and r[column["start_date"]].endswith(" admin"))
        end = follow[column["end_date"]]
    if "/" not in start:
        skipped.append(f"line {line}: {appointee}, {position}, start {start!r} is not a day")
        continue
    end_iso = "" if end == "Still in office" else iso(end)
    for role in position.split("/"):
        rows.append((role, appointee, iso(start), end_iso, f"cabinet-turnover.csv:{line}"))

rows.sort(key=lambda r: (r[2], r[0], r[1]))
with open("officeholders.csv", "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["role", "name", "start", "end", "source"])
    writer.writerows(rows)
for note in skipped:
    print("skipped", note)
