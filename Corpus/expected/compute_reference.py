#!/usr/bin/env python3
"""Recompute the expected verdict of every claim in the bundled articles from the reference data.

Usage (from the repository root):
    python3 Corpus/expected/compute_reference.py            # rewrite Corpus/expected/*.json
    python3 Corpus/expected/compute_reference.py --check    # compare with the committed files, exit 1 on drift
    python3 Corpus/expected/compute_reference.py --data DIR # reference folder
                                                            # (default: the nearest shared/data/reference above)

Each claim below is written once: its words as they appear in the article, what it is checked against and the
verdict the author intended. The script reads the article, finds the sentence, looks the reference value up
in the CSV/YAML files, decides the verdict by the comparison rules in README.md, and stops with an error when
the computed verdict is not the intended one, when the claim's words are missing or ambiguous in the article,
or when two vintages of a dataset would give different verdicts. A wrong expectation is worse than none.
"""

import argparse
import csv
import html.parser
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ARTICLES = REPO / "Corpus" / "articles"

# "about X" is supported within this relative distance (the engine's documented default).
APPROXIMATE_TOLERANCE = 0.05

CBP_DASHBOARD = "cbp/sw-border-monthly-summary.csv"
CBP_NATIONWIDE = "cbp/cbp-nationwide-encounters-fy20-fy23-state.csv"
USBP_HISTORY = "cbp/usbp_monthly_encounters_fy2000-fy2020.csv"
CPI = "us-cpi/cpiai.csv"
UNRATE = "us-unemployment-rate/UNRATE.csv"
POPULATION = "world-population/population.csv"
CABINET = "officeholders/cabinet-turnover.csv"
EXECUTIVE = "officeholders/executive.yaml"

# The nationwide file is CBP's download as of its retrieval (2024); it is the latest revision of every month.
NATIONWIDE_VINTAGE = "2024-09"

FISCAL_MONTHS = ["OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP"]


class ExpectationError(Exception):
    pass


# ---------------------------------------------------------------------------------------------------------
# Reference data


class Reference:
    def __init__(self, root: Path):
        self.root = root
        self._load_cbp()
        self._load_cpi()
        self._load_unrate()
        self._load_population()
        self._load_officeholders()

    def _open(self, relative):
        path = self.root / relative
        if not path.exists():
            raise SystemExit(f"error: reference file not found: {path}")
        return open(path, newline="", encoding="utf-8-sig")

    # CBP ----------------------------------------------------------------------------------------------

    def _load_cbp(self):
        # (vintage, year, month, component, title) -> (count, line)
        self.dashboard = {}
        with self._open(CBP_DASHBOARD) as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                key = (row["data_vintage"], int(row["calendar_year"]), int(row["calendar_month"]),
                       row["component"], row["title_of_authority"])
                self.dashboard[key] = (int(row["encounters"]), line)
        # (calendar year, month) -> (Border Patrol southwest count, line); pipe-delimited despite its name
        self.usbp_history = {}
        with self._open(USBP_HISTORY) as f:
            for line, row in enumerate(csv.DictReader(f, delimiter="|"), start=2):
                self.usbp_history[(int(row["cy"]), int(row["month"]))] = (int(row["southwest_border"]), line)
        # (year, month, region or 'all', title or 'all') -> count, summed from the state-level rows
        self.nationwide = defaultdict(int)
        with self._open(CBP_NATIONWIDE) as f:
            for row in csv.DictReader(f):
                fiscal_year = int(row["Fiscal Year"])
                index = FISCAL_MONTHS.index(row["Month (abbv)"])
                year = fiscal_year - 1 if index < 3 else fiscal_year
                month = (index + 9) % 12 + 1
                count = int(row["Encounter Count"])
                for region in ("all", row["Land Border Region"]):
                    for title in ("all", row["Title of Authority"]):
                        self.nationwide[(year, month, region, title)] += count

    def cbp_month(self, year, month, component="all", title="all", region="Southwest Land Border"):
        """Every vintage's value for one month: {vintage: (value, row description)}."""
        values = {}
        if region == "Southwest Land Border":
            for vintage in ("2022-05-17", "2023-03-10"):
                hit = self.dashboard.get((vintage, year, month, component, title))
                if hit:
                    values[vintage] = (hit[0], f"{CBP_DASHBOARD} line {hit[1]}: vintage {vintage}, "
                                                f"{year}-{month:02d}, component={component}, "
                                                f"title_of_authority={title}, encounters={hit[0]}")
        if component == "all":
            key = (year, month, "all" if region == "nationwide" else region, title)
            if key in self.nationwide:
                count = self.nationwide[key]
                rows = "all regions" if region == "nationwide" else f"Land Border Region={region}"
                if title != "all":
                    rows += f", Title of Authority={title}"
                values[NATIONWIDE_VINTAGE] = (count, f"{CBP_NATIONWIDE}: sum of Encounter Count over rows with "
                                                     f"{rows}, {year}-{month:02d} = {count}")
        return values

    def border_patrol_since(self, year, month, vintage):
        """The latest earlier month with at least as many Border Patrol southwest encounters, and its source.

        Months in the dashboard come from the given vintage; earlier ones from the FY2000-FY2020 history."""
        current = self.dashboard[(vintage, year, month, "U.S. Border Patrol", "all")][0]
        y, m = year, month
        while True:
            y, m = _previous_month((y, m))
            hit = self.dashboard.get((vintage, y, m, "U.S. Border Patrol", "all"))
            source = f"{CBP_DASHBOARD} vintage {vintage}"
            if hit is None:
                hit = self.usbp_history.get((y, m))
                source = USBP_HISTORY
            if hit is None:
                return None, current
            if hit[0] >= current:
                return (y, m, hit[0], f"{source} line {hit[1]}"), current

    def cbp_fiscal_year(self, fiscal_year, component="all", title="all", region="Southwest Land Border"):
        """Sum of the twelve months of a fiscal year, per vintage holding all twelve."""
        months = [(fiscal_year - 1, m) for m in (10, 11, 12)] + [(fiscal_year, m) for m in range(1, 10)]
        per_month = [self.cbp_month(y, m, component, title, region) for y, m in months]
        vintages = set.intersection(*(set(v) for v in per_month))
        values = {}
        for vintage in vintages:
            total = sum(v[vintage][0] for v in per_month)
            values[vintage] = (total, f"sum of {len(months)} monthly values, FY{fiscal_year} "
                                      f"(Oct {fiscal_year - 1} to Sep {fiscal_year}), vintage {vintage}, "
                                      f"region={region}, component={component}, title={title}: {total}")
        return values

    # CPI and unemployment --------------------------------------------------------------------------------

    def _load_cpi(self):
        self.cpi = {}
        with self._open(CPI) as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                self.cpi[row["Date"][:7]] = (float(row["Index"]), line)

    def inflation(self, year, month):
        """12-month change of the CPI-U index, percent, unrounded; None when either month is missing."""
        now = self.cpi.get(f"{year}-{month:02d}")
        before = self.cpi.get(f"{year - 1}-{month:02d}")
        if not now or not before:
            return None
        rate = (now[0] / before[0] - 1) * 100
        return rate, (f"{CPI} lines {now[1]} and {before[1]}: Index {year}-{month:02d} = {now[0]}, "
                      f"{year - 1}-{month:02d} = {before[0]}; {now[0]}/{before[0]} - 1 = {rate:.3f}%")

    def inflation_since(self, year, month):
        """The latest earlier month whose 12-month rate (one decimal, as published) was at least this one's."""
        rate = round(self.inflation(year, month)[0], 1)
        y, m = year, month
        while True:
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
            earlier = self.inflation(y, m)
            if earlier is None:
                return None, rate
            if round(earlier[0], 1) >= rate:
                return (y, m, round(earlier[0], 1)), rate

    def _load_unrate(self):
        self.unrate = {}
        with self._open(UNRATE) as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                self.unrate[row["DATE"][:7]] = (float(row["UNRATE"]), line)

    def unemployment(self, year, month):
        hit = self.unrate.get(f"{year}-{month:02d}")
        if not hit:
            return None
        return hit[0], f"{UNRATE} line {hit[1]}: {year}-{month:02d}-01,{hit[0]}"

    # Population ------------------------------------------------------------------------------------------

    def _load_population(self):
        self.population_rows = {}
        with self._open(POPULATION) as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                self.population_rows[(row["Country Name"], int(row["Year"]))] = (int(row["Value"]), line)

    def population(self, country, year):
        hit = self.population_rows.get((country, year))
        if not hit:
            return None
        return hit[0], f"{POPULATION} line {hit[1]}: {country},{year},{hit[0]}"

    # Officeholders ---------------------------------------------------------------------------------------

    def _load_officeholders(self):
        # office -> [(person, start, end or None, row description)]
        self.tenures = defaultdict(list)
        with self._open(CABINET) as f:
            rows = [(line, row) for line, row in enumerate(csv.DictReader(f), start=2)]
        # A tenure spanning two administrations is two rows: start date and "Bush admin" as its end, then
        # "Reagan admin" as its start and the real end date.
        continued = {(row["position"], row["appointee"]): row["end_date"] for _, row in rows
                     if row["start_date"].endswith(" admin")}
        for line, row in rows:
            start = _us_date(row["start_date"])
            if start is None:
                continue
            end_text = row["end_date"]
            if end_text.endswith(" admin"):
                end_text = continued.get((row["position"], row["appointee"]), end_text)
            end = None if end_text == "Still in office" else _us_date(end_text)
            if end is None and end_text != "Still in office":
                raise SystemExit(f"error: {CABINET} line {line}: unreadable end date {row['end_date']!r}")
            self.tenures[row["position"]].append(
                (row["appointee"], start, end, f"{CABINET} line {line}: {row['president']},{row['position']},"
                                               f"{row['appointee']},{row['start_date']},{row['end_date']}"))
        with self._open(EXECUTIVE) as f:
            people = yaml.safe_load(f)
        for person in people:
            name = f"{person['name']['first']} {person['name']['last']}"
            for term in person["terms"]:
                office = {"prez": "President", "viceprez": "Vice President"}[term["type"]]
                self.tenures[office].append(
                    (name, date.fromisoformat(term["start"]), date.fromisoformat(term["end"]),
                     f"{EXECUTIVE}: {name}, type {term['type']}, start {term['start']}, end {term['end']}"))

    def holders(self, office, on):
        """Who held the office on the day (a term's end day belongs to the successor)."""
        return [t for t in self.tenures[office] if t[1] <= on and (t[2] is None or on < t[2])]

    def tenures_of(self, office, person):
        return [t for t in self.tenures[office] if t[0] == person]


def _us_date(text):
    match = re.fullmatch(r"(\d+)/(\d+)/(\d\d)", text)
    if not match:
        return None
    month, day, year = map(int, match.groups())
    return date(1900 + year if year > 30 else 2000 + year, month, day)


# ---------------------------------------------------------------------------------------------------------
# Reading the claim as written

APPROXIMATORS = [
    ("more than", "greaterThan"), ("over", "greaterThan"), ("topped", "greaterThan"), ("above", "greaterThan"),
    ("at least", "atLeast"),
    ("about", "approximate"), ("approximately", "approximate"), ("roughly", "approximate"),
    ("around", "approximate"), ("some", "approximate"), ("an estimated", "approximate"),
    ("nearly", "justBelow"), ("almost", "justBelow"), ("just under", "justBelow"),
    ("fewer than", "lessThan"), ("less than", "lessThan"), ("under", "lessThan"),
]
SCALES = {"million": 1e6, "billion": 1e9, "thousand": 1e3}
NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(\s*(?:million|billion|thousand))?(\s*(?:%|percent))?")


def read_quantity(text):
    """(value, half-width of the stated precision, bound) of the first number in the claim's words."""
    match = NUMBER.search(text)
    if not match:
        raise ExpectationError(f"no number in claim text {text!r}")
    digits = match.group(1).replace(",", "")
    scale = SCALES[match.group(2).strip()] if match.group(2) else 1
    value = float(digits) * scale
    if "." in digits:
        step = 10 ** -len(digits.split(".")[1])
    else:
        trailing_zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        step = 10 ** trailing_zeros
    before = text[:match.start()].lower()
    bound = "exact"
    for words, kind in APPROXIMATORS:
        if re.search(rf"\b{words}\s*$", before):
            bound = kind
            break
    return value, step * scale / 2, bound


def compare(claimed, half_step, bound, reference):
    """True when the reference value satisfies the claim as written."""
    if bound == "exact":
        return claimed - half_step <= reference < claimed + half_step
    if bound == "approximate":
        return abs(reference - claimed) <= APPROXIMATE_TOLERANCE * claimed
    if bound == "greaterThan":
        return reference > claimed
    if bound == "atLeast":
        return reference >= claimed
    if bound == "justBelow":
        return claimed * (1 - APPROXIMATE_TOLERANCE) <= reference <= claimed
    if bound == "lessThan":
        return reference < claimed
    raise ExpectationError(f"unknown bound {bound}")


def describe(claimed, half_step, bound):
    if bound == "exact":
        return f"stated precision [{claimed - half_step:,.10g}, {claimed + half_step:,.10g})"
    return {"approximate": f"within {APPROXIMATE_TOLERANCE:.0%} of {claimed:,.10g}",
            "greaterThan": f"> {claimed:,.10g}", "atLeast": f">= {claimed:,.10g}",
            "justBelow": f"in [{claimed * (1 - APPROXIMATE_TOLERANCE):,.10g}, {claimed:,.10g}]",
            "lessThan": f"< {claimed:,.10g}"}[bound]


# ---------------------------------------------------------------------------------------------------------
# Article text and sentences

# Elements that start or end a block of text; a <div> used as a paragraph ends one too.
BLOCK_STARTS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption", "td", "th", "br"}
BLOCK_ENDS = (BLOCK_STARTS - {"br"}) | {"div"}
SKIPPED_TAGS = {"script", "style", "noscript", "template"}


class BlockText(html.parser.HTMLParser):
    """Text of every paragraph-like element: the places a claim's sentence can live."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.current = []
        self.skipping = 0

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_STARTS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_ENDS:
            self._flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)


ABBREVIATIONS = {"mr", "mrs", "rev", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jan", "feb", "aug",
                 "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "d.c", "inc", "corp", "no", "vs", "a.m",
                 "p.m", "jr", "sr", "ft", "mt", "calif", "ariz", "tex", "n.m", "fla"}
SENTENCE_END = re.compile(r"[.?!…]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])")


def sentences(block):
    result, start = [], 0
    for match in SENTENCE_END.finditer(block):
        word = block[start:match.start()].split()[-1] if block[start:match.start()].split() else ""
        token = word.lstrip("\"“‘(").lower()
        if match.group().startswith(".") and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        result.append(block[start:match.end()].strip())
        start = match.end()
    if block[start:].strip():
        result.append(block[start:].strip())
    return result


def article_blocks(path):
    raw = path.read_bytes()
    if path.suffix == ".txt":
        # Plain-text articles: the first line is the title, every other non-empty line a paragraph.
        return [line.strip() for line in raw.decode("utf-8").splitlines()[1:] if line.strip()]
    declared = re.search(rb"<meta[^>]*charset=[\"']?([A-Za-z0-9_-]+)", raw[:4096], re.IGNORECASE)
    parser = BlockText()
    parser.feed(raw.decode(declared.group(1).decode() if declared else "utf-8"))
    parser.close()
    parser._flush()
    return parser.blocks


def find_sentence(blocks, text, near):
    found = []
    for block in blocks:
        for sentence in sentences(block):
            if text in sentence and (near is None or near in sentence):
                found.append(sentence)
    unique = sorted(set(found))
    if len(unique) != 1:
        raise ExpectationError(f"claim text {text!r} (near {near!r}) is in {len(unique)} sentences: {unique}")
    return unique[0]


# ---------------------------------------------------------------------------------------------------------
# Claims


class Claim:
    kind = "numeric"

    def __init__(self, text, expected, why, near=None):
        self.text, self.expected, self.why, self.near = text, expected, why, near

    def evaluate(self, reference, published):
        """(verdict, dataset, reference text)."""
        raise NotImplementedError


def _applicable_vintage(values, published):
    """The latest vintage public on the article's date, else the earliest one published after it."""
    public = sorted(v for v in values if v <= published.isoformat())
    return public[-1] if public else sorted(values)[0]


class Encounters(Claim):
    """CBP encounters for a month or fiscal year, southwest border (default) or nationwide."""

    def __init__(self, text, expected, why, month=None, fiscal_year=None, component="all", title="all",
                 region="Southwest Land Border", direction=None, vintage_sensitive=False, near=None):
        super().__init__(text, expected, why, near)
        self.month, self.fiscal_year = month, fiscal_year
        # True for a claim written to test vintage choice: the verdict differs between vintages.
        self.vintage_sensitive = vintage_sensitive
        self.component, self.title, self.region, self.direction = component, title, region, direction

    def _values(self, reference, month=None):
        if self.fiscal_year and month is None:
            return reference.cbp_fiscal_year(self.fiscal_year, self.component, self.title, self.region)
        year, number = month or self.month
        return reference.cbp_month(year, number, self.component, self.title, self.region)

    def evaluate(self, reference, published):
        values = self._values(reference)
        dataset = CBP_NATIONWIDE if set(values) == {NATIONWIDE_VINTAGE} else CBP_DASHBOARD
        if not values:
            last = max(key[:2] for key in reference.nationwide)
            return "unverifiable", dataset, (f"no CBP row for this period; the data end with {last[0]}-{last[1]:02d} "
                                             f"(the nationwide file's last month)")
        claimed, half_step, bound = read_quantity(self.text)
        verdicts = {}
        for vintage, (value, _) in values.items():
            holds = compare(claimed, half_step, bound, value)
            if self.direction:
                previous = self._values(reference, _previous_month(self.month)).get(vintage)
                if previous is None:
                    raise ExpectationError(f"{self.text!r}: no previous month in vintage {vintage}")
                holds = holds and _direction(previous[0], value) == self.direction
            verdicts[vintage] = "supported" if holds else "refuted"
        if (len(set(verdicts.values())) != 1) != self.vintage_sensitive:
            raise ExpectationError(f"{self.text!r}: vintage verdicts {verdicts}, vintage_sensitive="
                                   f"{self.vintage_sensitive}")
        used = _applicable_vintage(values, published)
        lines = [values[used][1] + " (the vintage public on the article date, or the first published after it)"]
        lines += [values[v][1] for v in sorted(values) if v != used]
        comparison = f"claimed {self.text!r}: {describe(claimed, half_step, bound)}"
        if self.vintage_sensitive:
            comparison += "; the verdict depends on the vintage: " + ", ".join(
                f"{vintage} {verdict}" for vintage, verdict in sorted(verdicts.items()))
        if self.direction:
            previous = self._values(reference, _previous_month(self.month))[used][0]
            comparison += f"; direction {self.direction} vs previous month {previous:,}"
        return verdicts[used], dataset, "; ".join(lines) + "; " + comparison


class BorderPatrolSince(Claim):
    """"The most since <year>": no month in between had as many Border Patrol southwest encounters."""

    def __init__(self, text, expected, why, month, since, near=None):
        super().__init__(text, expected, why, near)
        self.month, self.since = month, since

    def evaluate(self, reference, published):
        verdicts, details = {}, []
        for vintage in ("2022-05-17", "2023-03-10"):
            if (vintage, *self.month, "U.S. Border Patrol", "all") not in reference.dashboard:
                continue
            earlier, current = reference.border_patrol_since(*self.month, vintage)
            year, month = self.since
            verdicts[vintage] = earlier is not None and earlier[0] == year and (month is None or earlier[1] == month)
            details.append(f"vintage {vintage}: {self.month[0]}-{self.month[1]:02d} Border Patrol {current:,}; last "
                           f"earlier month at least as high: {earlier[0]}-{earlier[1]:02d} ({earlier[2]:,}, "
                           f"{earlier[3]})" if earlier else f"vintage {vintage}: no earlier month as high")
        if len(set(verdicts.values())) != 1:
            raise ExpectationError(f"{self.text!r}: vintages disagree {verdicts}")
        verdict = "supported" if next(iter(verdicts.values())) else "refuted"
        return verdict, CBP_DASHBOARD, "; ".join(details)


class BorderPatrolHistory(Claim):
    """Border Patrol southwest apprehensions for a month or fiscal year of the FY2000-FY2020 series."""

    def __init__(self, text, expected, why, month=None, fiscal_year=None, near=None):
        super().__init__(text, expected, why, near)
        self.month, self.fiscal_year = month, fiscal_year

    def evaluate(self, reference, published):
        if self.fiscal_year:
            months = [(self.fiscal_year - 1, m) for m in (10, 11, 12)] + [(self.fiscal_year, m) for m in range(1, 10)]
        else:
            months = [self.month]
        hits = [reference.usbp_history.get(month) for month in months]
        if None in hits:
            return "unverifiable", USBP_HISTORY, "no row for every month of this period"
        value = sum(hit[0] for hit in hits)
        claimed, half_step, bound = read_quantity(self.text)
        lines = f"lines {hits[0][1]}-{hits[-1][1]}" if len(hits) > 1 else f"line {hits[0][1]}"
        detail = (f"{USBP_HISTORY} {lines}: southwest_border "
                  + (f"summed over FY{self.fiscal_year}" if self.fiscal_year else f"{self.month[0]}-{self.month[1]:02d}")
                  + f" = {value:,}; claimed {describe(claimed, half_step, bound)}")
        return ("supported" if compare(claimed, half_step, bound, value) else "refuted"), USBP_HISTORY, detail


class Inflation(Claim):
    """12-month CPI-U change for a month, as BLS reports it (one decimal)."""

    def __init__(self, text, expected, why, month, direction=None, since=None, record=False, near=None):
        super().__init__(text, expected, why, near)
        self.month, self.direction, self.since, self.record = month, direction, since, record

    def evaluate(self, reference, published):
        hit = reference.inflation(*self.month)
        if hit is None:
            return "unverifiable", CPI, "no CPI index for this month or the same month a year earlier"
        rate, row = hit
        published_rate = round(rate, 1)
        if self.since is not None or self.record:
            earlier, _ = reference.inflation_since(*self.month)
            if self.record:
                holds = earlier is None
                detail = f"a higher or equal rate last occurred {earlier[0]}-{earlier[1]:02d} ({earlier[2]}%)" \
                    if earlier else "no earlier month as high"
            else:
                # "highest since December 1981": December 1981 is the last month at least as high.
                year, month = self.since
                holds = earlier is not None and earlier[0] == year and (month is None or earlier[1] == month)
                detail = (f"last earlier month with a 12-month rate >= {published_rate}%: "
                          f"{earlier[0]}-{earlier[1]:02d} ({earlier[2]}%)")
            return ("supported" if holds else "refuted"), CPI, f"{row} -> {published_rate}%; {detail}"
        claimed, half_step, bound = read_quantity(self.text)
        holds = compare(claimed, half_step, bound, published_rate)
        detail = f"{row} -> published as {published_rate}%; claimed {describe(claimed, half_step, bound)}"
        if self.direction:
            previous = round(reference.inflation(*_previous_month(self.month))[0], 1)
            holds = holds and _direction(previous, published_rate) == self.direction
            detail += f"; previous month {previous}%, claimed direction {self.direction}"
        return ("supported" if holds else "refuted"), CPI, detail


class Unemployment(Claim):
    def __init__(self, text, expected, why, month, direction=None, near=None):
        super().__init__(text, expected, why, near)
        self.month, self.direction = month, direction

    def evaluate(self, reference, published):
        hit = reference.unemployment(*self.month)
        if hit is None:
            last = max(reference.unrate)
            return "unverifiable", UNRATE, f"no row for {self.month[0]}-{self.month[1]:02d}; the file ends {last}"
        rate, row = hit
        claimed, half_step, bound = read_quantity(self.text)
        holds = compare(claimed, half_step, bound, rate)
        detail = f"{row}; claimed {describe(claimed, half_step, bound)}"
        if self.direction:
            previous = reference.unemployment(*_previous_month(self.month))[0]
            holds = holds and _direction(previous, rate) == self.direction
            detail += f"; previous month {previous}%, claimed direction {self.direction}"
        return ("supported" if holds else "refuted"), UNRATE, detail


class Population(Claim):
    """A country's population; checked against the last year not after the article and the year before it."""

    def __init__(self, text, expected, why, country, near=None):
        super().__init__(text, expected, why, near)
        self.country = country

    def evaluate(self, reference, published):
        claimed, half_step, bound = read_quantity(self.text)
        verdicts, rows = {}, []
        for year in (published.year - 1, published.year):
            hit = reference.population(self.country, year)
            if hit:
                verdicts[year] = compare(claimed, half_step, bound, hit[0])
                rows.append(hit[1])
        if not verdicts:
            return "unverifiable", POPULATION, f"no row for {self.country}"
        if len(set(verdicts.values())) != 1:
            raise ExpectationError(f"{self.text!r}: years disagree {verdicts}; reword the claim")
        verdict = "supported" if next(iter(verdicts.values())) else "refuted"
        return verdict, POPULATION, "; ".join(rows) + f"; claimed {describe(claimed, half_step, bound)}"


# cabinet-turnover.csv was retrieved on this day: "Still in office" means in office then, and no later.
OFFICEHOLDERS_UNTIL = date(2023, 2, 10)


class Officeholder(Claim):
    """A title before a name: held on the article's date (or, with former=True, held before it only)."""

    kind = "attribution"

    def __init__(self, text, expected, why, person, office, former=False, near=None):
        super().__init__(text, expected, why, near)
        self.person, self.office, self.former = person, office, former

    def evaluate(self, reference, published):
        dataset = EXECUTIVE if self.office in ("President", "Vice President") else CABINET
        holders = reference.holders(self.office, published)
        own = reference.tenures_of(self.office, self.person)
        holding = [t for t in holders if t[0] == self.person]
        open_terms = [t for t in holding if t[2] is None]
        if published > OFFICEHOLDERS_UNTIL and open_terms and len(open_terms) == len(holding):
            # "Still in office" on the data's last day says nothing about a later day; a fixed term (the Vice
            # President's, in executive.yaml) still does.
            return "unverifiable", dataset, (f"{open_terms[0][3]}; the data end on {OFFICEHOLDERS_UNTIL}, before "
                                             f"the article's date {published}")
        if self.former:
            holds = not holding and any(t[2] is not None and t[2] <= published for t in own)
        else:
            holds = bool(holding)
        rows = [t[3] for t in own] or [f"no {self.office} row for {self.person}"]
        rows += [f"holder on {published}: " + t[3] for t in holders if t[0] != self.person]
        return ("supported" if holds else "refuted"), dataset, "; ".join(rows)


class Unverifiable(Claim):
    """A checkable-looking claim that no bundled dataset covers."""

    def __init__(self, text, why, kind="numeric", near=None):
        super().__init__(text, "unverifiable", why, near)
        self.kind = kind

    def evaluate(self, reference, published):
        return "unverifiable", None, "no bundled dataset covers this claim"


# The hand-made table of dated legal events that the seed article needs (issue 6 bundles it as a dataset).
LEGAL_EVENTS = "legal events (hand-made table for the seed)"
LEGAL_FACTS = {
    "title42-planned-end": (
        "2022-05-23", "CDC order of 2022-04-01 terminating the Title 42 order, effective 2022-05-23; blocked by "
                      "the preliminary injunction of 2022-05-20 in Louisiana v. CDC (W.D. La.)"),
    "title42-plaintiff-states": (
        24, "Louisiana v. CDC (W.D. La., No. 6:22-cv-00885): 24 states, led by Arizona, Louisiana and Missouri, "
            "won the preliminary injunction of 2022-05-20"),
}


class LegalEvent(Claim):
    """A date or count checked against the hand-made legal events table."""

    def __init__(self, text, expected, why, fact, stated, near=None):
        super().__init__(text, expected, why, near)
        self.fact, self.stated = fact, stated

    def evaluate(self, reference, published):
        value, source = LEGAL_FACTS[self.fact]
        verdict = "supported" if value == self.stated else "refuted"
        return verdict, LEGAL_EVENTS, f"{source}; claimed {self.stated}, table {value}"


def _previous_month(month):
    year, number = month
    return (year, number - 1) if number > 1 else (year - 1, 12)


def _direction(before, after):
    return "up" if after > before else "down" if after < before else "flat"


class Article:
    def __init__(self, name, published, claims):
        self.name, self.published, self.claims = name, date.fromisoformat(published), claims

    def path(self):
        bundled = ARTICLES / self.name
        if bundled.exists() or self.name != SEED:
            return bundled
        # The seed is bundled by the ingest work; until then read it where the project keeps it.
        for folder in REPO.parents:
            candidate = folder / "shared" / "seed" / SEED
            if candidate.exists():
                return candidate
        return bundled


# ---------------------------------------------------------------------------------------------------------
# The corpus: one entry per article, claims in reading order.

SEED = "caravan-article.txt"

CORPUS = [
    Article(SEED, "2022-06-07", [
        Unverifiable("Caravan leader Luis Villigran", "A caravan organizer; no bundled dataset of such roles.",
                     kind="attribution"),
        Unverifiable("1,000 temporary work visas a day", "Mexican visa issuance is in no bundled dataset."),
        Unverifiable("approximately 12,000", "The caravan's size is an estimate no dataset covers."),
        Unverifiable("October last year", "A caravan of October 2021; no dataset of caravans."),
        Encounters("more than 234,000 encounters", "supported", "April 2022 southwest border total: 234,088 as "
                   "first published (public on 2022-06-07), 235,785 revised.", month=(2022, 4)),
        LegalEvent("May 23", "supported", "The Title 42 order was to end on 2022-05-23 when the court blocked it.",
                   "title42-planned-end", "2022-05-23"),
        LegalEvent("two dozen Republican states", "supported", "Two dozen is 24, the number of plaintiff states.",
                   "title42-plaintiff-states", 24),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "supported", "In office since 2021-02-02.",
                     "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
    ]),
    Article("ledger-border-april-2022.html", "2022-05-18", [
        Encounters("more than 234,000 encounters", "supported", "April 2022 southwest border total exceeds 234,000 "
                   "in every vintage.", month=(2022, 4)),
        Encounters("201,800 people", "supported", "Border Patrol's April 2022 count as first published (the vintage "
                   "public on the article date); the 2023 revision is 203,504.", month=(2022, 4),
                   component="U.S. Border Patrol", vintage_sensitive=True),
        Encounters("about 32,000 encounters", "supported", "Office of Field Operations, April 2022: 32,288 "
                   "(revised 32,281), within 5% of 32,000.", month=(2022, 4), component="Office of Field Operations"),
        Encounters("about 222,000", "supported", "March 2022 southwest total 222,144 (revised 222,574).",
                   month=(2022, 3)),
        Encounters("more than 96,000", "supported", "Title 42 expulsions in April 2022: 96,908 (revised 100,574).",
                   month=(2022, 4), title="Title 42"),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "supported", "Mayorkas was sworn in "
                     "2021-02-02 and was in office on 2022-05-18.", "Alejandro Mayorkas",
                     "Secretary of Homeland Security"),
        Unverifiable("about 700 meals a day", "Shelter meal counts are in no bundled dataset."),
        Population("roughly 10.4 million people", "supported", "Honduras: 10.29 million (2021) and 10.46 million "
                   "(2022), both within 5% of 10.4 million.", "Honduras"),
        Unverifiable("two hurricanes", "A count of storms; no bundled dataset covers it."),
        Unverifiable("State Rep. Dale Whitcomb", "A state legislator (fictional); no bundled officeholder data for "
                     "state legislatures.", kind="attribution"),
        Encounters("nearly 300,000 crossings", "refuted", "April 2022 had 234,088 encounters (revised 235,785), "
                   "far below the 285,000-300,000 that \"nearly 300,000\" implies.", month=(2022, 4)),
        Unverifiable("about 1,200 pounds of fentanyl", "Drug seizures are in no bundled dataset."),
    ]),
    Article("tribune-inflation-may-2022.html", "2022-06-10", [
        Inflation("rose 8.6%", "supported", "CPI-U 12-month change to May 2022 is 8.58%, published as 8.6%.",
                  month=(2022, 5)),
        Inflation("the highest since December 1981", "supported", "The last month with a 12-month rate of at "
                  "least 8.6% was December 1981 (8.9%).", month=(2022, 5), since=(1981, 12)),
        Inflation("8.3% in April", "supported", "April 2022: 8.26%, published as 8.3%.", month=(2022, 4)),
        Unverifiable("34.6%", "The energy sub-index is not in the bundled CPI file (all items only)."),
        Inflation("stood at 5%", "supported", "May 2021: 4.99%, published as 5.0%; \"5%\" covers 4.5-5.5.",
                  month=(2021, 5)),
        Unverifiable("2% target", "The Federal Reserve's target is a policy, not a statistic in any dataset."),
        Officeholder("Treasury Secretary Janet Yellen", "supported", "Yellen has been Treasury Secretary since "
                     "2021-01-26.", "Janet Yellen", "Secretary of the Treasury"),
        Unemployment("held at 3.6%", "supported", "May 2022 was 3.6%, the same as April (3.6%).",
                     month=(2022, 5), direction="flat"),
        Officeholder("Labor Secretary Marty Walsh", "supported", "Walsh was Labor Secretary from 2021-03-23.",
                     "Marty Walsh", "Secretary of Labor"),
        Inflation("ran at 11% last month", "refuted", "Last month (May 2022) inflation was 8.6%, not 11%.",
                  month=(2022, 5)),
        Unverifiable("Priya Raman, chief economist at Harborview Capital", "A private economist (fictional); no "
                     "dataset of private-sector titles.", kind="attribution"),
        Unverifiable("half a percentage point", "A forecast of a future rate decision."),
    ]),
    Article("current-jobs-july-2022.html", "2022-08-05", [
        Unemployment("fell to 3.5%", "supported", "July 2022 was 3.5%, down from 3.6% in June.", month=(2022, 7),
                     direction="down"),
        Unverifiable("528,000 jobs", "Payroll employment is not in the bundled data (unemployment rate only)."),
        Unemployment("3.5% in February 2020", "supported", "February 2020 was 3.5%.", month=(2020, 2)),
        Unemployment("14.7% in April 2020", "supported", "April 2020 was 14.7%.", month=(2020, 4)),
        Unemployment("5.4% in July 2021", "supported", "July 2021 was 5.4%.", month=(2021, 7)),
        Unverifiable("millions of people", "A vague count of benefit claimants; no dataset."),
        Officeholder("Labor Secretary Marty Walsh", "supported", "Walsh was Labor Secretary from 2021-03-23.",
                     "Marty Walsh", "Secretary of Labor"),
        Officeholder("President Joe Biden", "supported", "Biden has been President since 2021-01-20.",
                     "Joseph Biden", "President"),
        Unverifiable("two consecutive quarters", "GDP is not in the bundled data."),
        Inflation("9.1% in June", "supported", "June 2022: 9.06%, published as 9.1%.", month=(2022, 6)),
        Unverifiable("5.2%", "Average hourly earnings are not in the bundled data."),
        Unemployment("3.5% in March", "refuted", "March 2022 was 3.6%, not 3.5%.", month=(2022, 3)),
        Unverifiable("Marcus Feld, a senior economist at the Brookline Institute", "A think-tank economist "
                     "(fictional); no dataset of such titles.", kind="attribution"),
        Unverifiable("three-quarters of a percentage point", "A forecast of a future rate decision."),
    ]),
    Article("sentinel-border-fy2021.html", "2021-10-22", [
        Encounters("more than 1.7 million encounters", "supported", "Fiscal 2021 southwest border total, October "
                   "2020 to September 2021, is 1,734,686.", fiscal_year=2021),
        Encounters("213,593", "supported", "July 2021 southwest border total.", month=(2021, 7)),
        Encounters("192,001 encounters", "supported", "September 2021 southwest border total.", month=(2021, 9)),
        Unverifiable("thousands of Haitian migrants", "A vague count of people in one camp; no dataset."),
        Unverifiable("about 15,000 people", "A local estimate of one camp's size; no dataset."),
        Encounters("about 189,000", "supported", "June 2021 southwest border total 189,034.", month=(2021, 6)),
        Encounters("nearly 200,000 crossings", "refuted", "August 2021 had 209,840, above 200,000, so \"nearly "
                   "200,000\" understates it.", month=(2021, 8)),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "supported", "In office since 2021-02-02.",
                     "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
        Population("about 17.5 million people", "supported", "Guatemala: 17.4 million (2020), 17.6 million (2021).",
                   "Guatemala"),
        Population("about 11.3 million people", "supported", "Haiti: 11.2 million (2020), 11.4 million (2021).",
                   "Haiti"),
        Unverifiable("magnitude 7.2", "Earthquake magnitudes are in no bundled dataset."),
    ]),
    Article("frontera-title42-april-2021.html", "2021-05-12", [
        Encounters("178,795 encounters", "supported", "April 2021 southwest border total.", month=(2021, 4)),
        Encounters("More than 112,000", "supported", "Title 42 expulsions in April 2021: 112,590.",
                   month=(2021, 4), title="Title 42"),
        Encounters("173,699", "supported", "Border Patrol, April 2021.", month=(2021, 4),
                   component="U.S. Border Patrol"),
        Encounters("173,277", "supported", "March 2021 southwest border total.", month=(2021, 3)),
        Encounters("about 86,000 people", "refuted", "Title 8 encounters in April 2021 were 66,205, 23% below "
                   "86,000.", month=(2021, 4), title="Title 8"),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
        Officeholder("Secretary of State Antony Blinken", "supported", "Secretary of State from 2021-01-26.",
                     "Antony Blinken", "Secretary of State"),
        Population("about 6.3 million people", "supported", "El Salvador: 6.23 million (2020), 6.26 million "
                   "(2021).", "El Salvador"),
        Unverifiable("three countries", "A count of countries in a policy; nothing to look up."),
        Unverifiable("about 5,800 unaccompanied children", "Children in custody on a day are not encounters; no "
                     "dataset."),
        Inflation("jumped 4.2%", "supported", "April 2021: 4.16%, published as 4.2%.", month=(2021, 4)),
        Inflation("the fastest rise since 2008", "supported", "The last month with a 12-month rate of at least "
                  "4.2% was in 2008.", month=(2021, 4), since=(2008, None)),
        Officeholder("Former Homeland Security Secretary Kirstjen Nielsen", "supported", "Nielsen was Secretary "
                     "from 2017-12-06 to 2019-04-07, so \"former\" is right in 2021.", "Kirstjen Nielsen",
                     "Secretary of Homeland Security", former=True),
    ]),
    Article("prairie-cpi-june-2022.html", "2022-07-13", [
        Inflation("rose 9.1%", "supported", "June 2022: 9.06%, published as 9.1%.", month=(2022, 6)),
        Inflation("the largest increase since November 1981", "supported", "The last month with a 12-month rate "
                  "of at least 9.1% was November 1981 (9.6%).", month=(2022, 6), since=(1981, 11)),
        Inflation("8.6% in May", "supported", "May 2022: 8.58%, published as 8.6%.", month=(2022, 5)),
        Unverifiable("59.9%", "The gasoline sub-index is not in the bundled CPI file."),
        Inflation("5.4% in June 2021", "supported", "June 2021: 5.39%, published as 5.4%.", month=(2021, 6)),
        Unverifiable("1,800 acres", "A farm's size; no dataset."),
        Unverifiable("twice last year's", "One farm's fuel bill; no dataset."),
        Officeholder("Treasury Secretary Janet Yellen", "supported", "Treasury Secretary since 2021-01-26.",
                     "Janet Yellen", "Secretary of the Treasury"),
        Officeholder("President Joe Biden", "supported", "President since 2021-01-20.", "Joseph Biden",
                     "President"),
        Inflation("hit 8.6% in June", "refuted", "June 2022 was 9.1%; 8.6% was May's rate (wrong month).",
                  month=(2022, 6)),
        Officeholder("Commerce Secretary Marty Walsh", "refuted", "Walsh was Labor Secretary; Gina Raimondo was "
                     "Commerce Secretary on 2022-07-13.", "Marty Walsh", "Secretary of Commerce"),
        Unverifiable("about 40%", "A food pantry's visit count; no dataset."),
    ]),
    Article("gazette-inflation-december-2022.html", "2023-01-12", [
        Inflation("6.5% in December", "supported", "December 2022: 6.45%, published as 6.5%.", month=(2022, 12)),
        Inflation("7.1% in November", "supported", "November 2022: 7.11%, published as 7.1%.", month=(2022, 11)),
        Inflation("7% a year earlier", "supported", "A year before December 2022, December 2021 was 7.04%, "
                  "published as 7.0%.", month=(2021, 12)),
        Inflation("9.1% in June", "supported", "June 2022: 9.06%, published as 9.1%.", month=(2022, 6)),
        Inflation("accelerated to 7.7% in October", "refuted", "October 2022 was 7.7%, but down from 8.2% in "
                  "September: the direction is wrong.", month=(2022, 10), direction="up"),
        Unverifiable("about 60% more", "Egg prices are not in the bundled CPI file (all items only)."),
        Officeholder("Treasury Secretary Janet Yellen", "supported", "Treasury Secretary since 2021-01-26.",
                     "Janet Yellen", "Secretary of the Treasury"),
        Officeholder("White House Chief of Staff Ron Klain", "supported", "Klain was chief of staff from "
                     "2021-01-20 to 2023-02-08.", "Ron Klain", "Chief of Staff"),
        Unemployment("3.7% in November", "supported", "November 2022 was 3.7%.", month=(2022, 11)),
        Unemployment("dipped to 3.5% in December", "unverifiable", "The bundled unemployment series ends in "
                     "November 2022.", month=(2022, 12), direction="down"),
        Unverifiable("about 1,100 jobs", "Company layoffs are in no bundled dataset."),
        Unverifiable("10%", "A company's work-force cut; no dataset."),
        Unverifiable("twelve percent", "Local rent increases are in no bundled dataset."),
    ]),
    Article("keystone-jobs-november-2021.html", "2021-12-03", [
        Unemployment("fell to 4.2%", "supported", "November 2021 was 4.2%, down from 4.6% in October.",
                     month=(2021, 11), direction="down"),
        Unverifiable("210,000", "Payroll employment is not in the bundled data."),
        Unverifiable("more than a million people", "Household-survey flows are not in the bundled data."),
        Unemployment("4.6% in October", "supported", "October 2021 was 4.6%.", month=(2021, 10)),
        Unemployment("14.7% in April 2020", "supported", "April 2020 was 14.7%.", month=(2020, 4)),
        Unemployment("7.7%", "refuted", "November 2020 was 6.7%, not 7.7%.", month=(2020, 11)),
        Inflation("rose 6.2%", "supported", "October 2021: 6.22%, published as 6.2%.", month=(2021, 10)),
        Inflation("the fastest pace since 1990", "supported", "The last month with a 12-month rate of at least "
                  "6.2% was November 1990.", month=(2021, 10), since=(1990, None)),
        Officeholder("Labor Secretary Marty Walsh", "supported", "Labor Secretary from 2021-03-23.",
                     "Marty Walsh", "Secretary of Labor"),
        Officeholder("Treasury Secretary Gina Raimondo", "refuted", "Raimondo was Commerce Secretary; Janet "
                     "Yellen was Treasury Secretary on 2021-12-03.", "Gina Raimondo", "Secretary of the Treasury"),
        Unverifiable("$19 an hour", "A local employer's pay; no dataset."),
        Unverifiable("$15", "A local employer's former pay; no dataset."),
        Unverifiable("50 applicants", "A local employer's applicant count; no dataset."),
    ]),
    Article("crest-border-may-2022-summit.html", "2022-06-16", [
        Encounters("about 239,000 encounters", "supported", "May 2022 southwest total 241,136 (revised; CBP first "
                   "published 239,416), within 5% of 239,000.", month=(2022, 5)),
        Encounters("about 235,000 in April", "supported", "April 2022: 234,088 as first published, 235,785 revised.",
                   month=(2022, 4)),
        Encounters("more than 220,000", "supported", "Border Patrol, May 2022: 224,370.", month=(2022, 5),
                   component="U.S. Border Patrol"),
        Encounters("Roughly 106,000", "supported", "Title 42 expulsions, May 2022: 105,774.", month=(2022, 5),
                   title="Title 42"),
        Unverifiable("20 countries", "Signatories of a declaration; no dataset."),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
        Unverifiable("$1.9 billion", "Private-sector pledges; no dataset."),
        Officeholder("Secretary of State Antony Blinken", "supported", "Secretary of State from 2021-01-26.",
                     "Antony Blinken", "Secretary of State"),
        Population("about 128 million", "supported", "Mexico: 127.6 million (2021), 128.6 million (2022).",
                   "Mexico"),
        Population("some 25 million people", "refuted", "Guatemala: 17.6 million (2021), 17.8 million (2022), "
                   "about 30% below 25 million.", "Guatemala"),
        Unverifiable("about 300 people", "A shelter's occupancy; no dataset."),
    ]),
    Article("dispatch-border-fy2022.html", "2022-10-24", [
        Encounters("2.38 million encounters", "supported", "Fiscal 2022 southwest total, October 2021 to September "
                   "2022: 2,378,944, which rounds to 2.38 million.", fiscal_year=2022),
        Encounters("227,547 encounters", "supported", "September 2022 southwest total.", month=(2022, 9)),
        Encounters("nearly 2.8 million encounters", "supported", "Nationwide fiscal 2022 total (all regions, "
                   "including air and sea): within 5% below 2.8 million.", fiscal_year=2022, region="nationwide"),
        Encounters("more than 3 million", "refuted", "The fiscal 2022 southwest total was 2,378,944, below "
                   "3 million.", fiscal_year=2022),
        Population("about 28 million", "supported", "Venezuela (\"Venezuela, RB\" in the World Bank data): "
                   "28.2 million in 2021 and 2022.", "Venezuela, RB"),
        Unverifiable("more than 7 million people", "Emigration from Venezuela (a UN estimate) is in no bundled "
                     "dataset."),
        Officeholder("DHS Secretary Alejandro Mayorkas", "supported", "Secretary of Homeland Security since "
                     "2021-02-02.", "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Unverifiable("up to 24,000", "A program cap; no dataset."),
        Officeholder("Homeland Security Secretary Jeh Johnson", "refuted", "Johnson left the office on "
                     "2017-01-20; Mayorkas held it on 2022-10-24 (the title needs \"former\").", "Jeh Johnson",
                     "Secretary of Homeland Security"),
        Unverifiable("more than 200 buses", "A city's bus count; no dataset."),
        Unverifiable("Mayor Oscar Leeser", "No bundled dataset of mayors.", kind="attribution"),
    ]),
    Article("observer-border-october-2022.html", "2022-11-15", [
        Encounters("dipped to about 231,000 in October", "refuted", "October 2022 (231,260; 231,529 in the "
                   "nationwide file) is about 231,000, but up from September (227,547): the direction is wrong.",
                   month=(2022, 10), direction="down"),
        Encounters("about 205,000", "supported", "Border Patrol, October 2022: 204,861.", month=(2022, 10),
                   component="U.S. Border Patrol"),
        Encounters("26,399", "supported", "Office of Field Operations, October 2022.", month=(2022, 10),
                   component="Office of Field Operations"),
        Encounters("About 81,000", "supported", "Title 42 expulsions, October 2022: 80,032 (82,125 in the "
                   "nationwide file).", month=(2022, 10),
                   title="Title 42"),
        Unverifiable("up to 24,000 Venezuelans", "A program cap; no dataset."),
        Officeholder("President Joe Biden", "supported", "President since 2021-01-20.", "Joseph Biden",
                     "President"),
        Population("roughly 11 million", "supported", "Cuba: 11.1 million (2021 and 2022).", "Cuba"),
        Population("about 51 million", "supported", "Colombia: 51.2 million (2021), 51.7 million (2022).",
                   "Colombia"),
        Unverifiable("some 2.5 million Venezuelan migrants", "Migrants hosted by Colombia; no dataset."),
        Unverifiable("about 400 migrants", "A church network's count; no dataset."),
        Unverifiable("more than 600", "A church network's count; no dataset."),
        Unverifiable("thousands of Venezuelans", "A vague count of people waiting in Mexico; no dataset."),
        Unverifiable("twice as many meals", "A charity's meal count; no dataset."),
    ]),
    Article("register-midterms-economy-2022.html", "2022-11-04", [
        Unemployment("3.7% in October", "supported", "October 2022 was 3.7%, up from 3.5% in September.",
                     month=(2022, 10), direction="up"),
        Officeholder("Transportation Secretary Pete Buttigieg", "supported", "Transportation Secretary since "
                     "2021-02-03.", "Pete Buttigieg", "Secretary of Transportation"),
        Inflation("rose 8.2%", "supported", "September 2022: 8.20%, published as 8.2%.", month=(2022, 9)),
        Inflation("ran at 9.1% in September", "refuted", "September 2022 was 8.2%; 9.1% was June's rate.",
                  month=(2022, 9)),
        Inflation("9.1% was the rate in June", "supported", "June 2022: 9.06%, published as 9.1%.",
                  month=(2022, 6)),
        Officeholder("Former Vice President Mike Pence", "supported", "Pence was Vice President 2017-01-20 to "
                     "2021-01-20.", "Mike Pence", "Vice President", former=True),
        Unverifiable("about $700 more a month", "A committee's household-cost estimate; no dataset."),
        Unverifiable("about four in ten households", "Heating fuel shares are in no bundled dataset."),
        Unverifiable("more than $5.50", "Heating oil prices are in no bundled dataset."),
        Officeholder("Former President Donald Trump", "supported", "Trump was President 2017-01-20 to "
                     "2021-01-20, so \"former\" is right on 2022-11-04.", "Donald Trump", "President",
                     former=True),
        Unverifiable("$1.87", "Gasoline prices are in no bundled dataset."),
        Unverifiable("about $2.39 a gallon", "Gasoline prices are in no bundled dataset."),
    ]),
    Article("record-border-january-2023.html", "2023-02-20", [
        Encounters("fell to about 157,000", "supported", "January 2023: 156,770 (157,358 in the nationwide file), "
                   "down from December (251,995).", month=(2023, 1), direction="down"),
        Unverifiable("four countries", "A count of countries in a program; nothing to look up.",
                     near="apply to fly"),
        Encounters("more than 250,000 encounters", "supported", "December 2022: 251,995 (252,315 in the "
                   "nationwide file).", month=(2022, 12)),
        Encounters("fell to about 129,000", "supported", "Border Patrol, January 2023: 128,913, down from "
                   "221,693 in December.", month=(2023, 1), component="U.S. Border Patrol", direction="down"),
        Encounters("about 155,000 encounters", "supported", "\"January last year\" from 2023-02-20 is January "
                   "2022: 154,816 (revised 154,874).", month=(2022, 1)),
        Encounters("About 67,000", "supported", "Title 42 expulsions, January 2023: 66,029 (68,173 in the "
                   "nationwide file).", month=(2023, 1),
                   title="Title 42"),
        Unverifiable("up to 30,000 people a month", "A program cap; no dataset."),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "unverifiable", "Mayorkas was in office from 2021-02-02 and "
                     "still on 2023-02-10, the day the officeholder data end; they cannot say who held "
                     "the office on 2023-02-20.",
                     "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Officeholder("White House Chief of Staff Ron Klain", "refuted", "Klain left on 2023-02-08; Jeff Zients "
                     "was chief of staff on 2023-02-20.", "Ron Klain", "Chief of Staff"),
        Population("about 11.5 million people", "supported", "Haiti: 11.5 million (2022), 11.6 million (2023).",
                   "Haiti"),
        Unverifiable("about 150 people a day", "A shelter's count; no dataset."),
        Unverifiable("more than 400", "A shelter's count; no dataset."),
    ]),
    Article("monitor-inflation-june-2021.html", "2021-07-14", [
        Inflation("jumped 5.4%", "supported", "June 2021: 5.39%, published as 5.4%.", month=(2021, 6)),
        Inflation("4.2% in May", "refuted", "May 2021 was 5.0%; 4.2% was April's rate (wrong month).",
                  month=(2021, 5)),
        Inflation("4.2% was April's figure", "supported", "April 2021: 4.16%, published as 4.2%.",
                  month=(2021, 4)),
        Unverifiable("45.2%", "The used-car sub-index is not in the bundled CPI file."),
        Officeholder("Treasury Secretary Janet Yellen", "supported", "Treasury Secretary since 2021-01-26.",
                     "Janet Yellen", "Secretary of the Treasury"),
        Unverifiable("Federal Reserve Chair Jerome Powell", "The Fed chair is not in the cabinet data.",
                     kind="attribution"),
        Unemployment("ticked up to 5.9% in June", "supported", "June 2021 was 5.9%, up from 5.8% in May.",
                     month=(2021, 6), direction="up"),
        Unverifiable("more than tripled", "Lumber prices are in no bundled dataset."),
        Unverifiable("about 40 used vehicles", "A car lot's stock; no dataset."),
        Unverifiable("about 150", "A car lot's usual stock; no dataset."),
        Unverifiable("above 3%", "A forecast for Denver-area inflation; no dataset."),
    ]),
    Article("isthmus-remittances-2023.html", "2023-06-28", [
        Population("about 18 million people", "supported", "Guatemala: 17.8 million (2022), 18.1 million (2023).",
                   "Guatemala"),
        Unverifiable("more than $18 billion", "Remittances are in no bundled dataset."),
        Unverifiable("nearly a fifth", "Remittances as a share of GDP; no dataset."),
        Population("roughly 10.5 million people", "supported", "Honduras: 10.5 million (2022), 10.6 million "
                   "(2023).", "Honduras"),
        Unverifiable("about a quarter", "Remittances as a share of GDP; no dataset."),
        Population("6.3 million", "supported", "El Salvador: 6,280,319 (2022) and 6,309,624 (2023) both round "
                   "to 6.3 million.", "El Salvador"),
        Population("9 million", "refuted", "Nicaragua: 6.7 million (2022), 6.8 million (2023).", "Nicaragua"),
        Unverifiable("tens of thousands of Nicaraguans", "Emigration counts are in no bundled dataset."),
        Population("nearly 130 million people", "supported", "Mexico: 128.6 million (2022), 129.7 million "
                   "(2023), just below 130 million.", "Mexico"),
        Inflation("cooled to 4.0% in May", "supported", "May 2023: 4.05%, published as 4.0%, down from 4.9% in "
                  "April.", month=(2023, 5), direction="down"),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
        Unverifiable("more than $4 billion", "Private-sector pledges; no dataset."),
        Officeholder("Secretary of State Antony Blinken", "unverifiable", "Blinken was in office from 2021-01-26 and "
                     "still on 2023-02-10, the day the officeholder data end; they cannot say who held "
                     "the office on 2023-06-28.",
                     "Antony Blinken", "Secretary of State"),
        Unverifiable("Lucía Ajcip, an economist and former deputy planning minister", "A Guatemalan former "
                     "official (fictional); no bundled dataset of foreign officials.", kind="attribution"),
    ]),
    Article("beacon-border-after-title42-2023.html", "2023-07-18", [
        Encounters("fell to about 145,000", "supported", "June 2023 southwest total 144,556 (nationwide file), "
                   "down from 206,690 in May.", month=(2023, 6), direction="down"),
        Encounters("206,690 encounters", "supported", "May 2023 southwest total (nationwide file).",
                   month=(2023, 5)),
        Unverifiable("thousands of people", "A vague count of one rush of crossings; no dataset."),
        Encounters("more than 211,000", "supported", "April 2023 southwest total 211,992 (nationwide file).",
                   month=(2023, 4)),
        Unverifiable("about 1,450 people a day", "CBP One appointment capacity; no dataset."),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "unverifiable", "Mayorkas was in office from 2021-02-02 and "
                     "still on 2023-02-10, the day the officeholder data end; they cannot say who held "
                     "the office on 2023-07-18.",
                     "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Officeholder("Attorney General Merrick Garland", "unverifiable", "Garland was in office from 2021-03-11 and "
                     "still on 2023-02-10, the day the officeholder data end; they cannot say who held "
                     "the office on 2023-07-18.",
                     "Merrick Garland", "Attorney General"),
        Encounters("190,000 crossings", "refuted", "June 2023 southwest total was 144,556.", month=(2023, 6)),
        Unverifiable("thousands of migrants", "A vague count of people on El Paso's streets; no dataset."),
        Unverifiable("more than 1,000 people", "A shelter's occupancy; no dataset."),
        Unverifiable("fewer than 300", "A shelter's occupancy; no dataset."),
        Unverifiable("Thousands of migrants", "A vague count of people waiting in Ciudad Juárez; no dataset."),
    ]),
    Article("chronicle-cost-of-living-2023.html", "2023-10-12", [
        Inflation("rose 3.7%", "supported", "September 2023: 3.70%, published as 3.7%.", month=(2023, 9)),
        Inflation("9.1% in June 2022", "supported", "June 2022: 9.06%, published as 9.1%.", month=(2022, 6)),
        Inflation("3.2% in July", "supported", "July 2023: 3.18%, published as 3.2%.", month=(2023, 7)),
        Inflation("eased to 3.7% in August", "refuted", "August 2023 was 3.7%, but up from 3.2% in July: the "
                  "direction is wrong.", month=(2023, 8), direction="down"),
        Unverifiable("$100", "A household's grocery bill; no dataset."),
        Unverifiable("about $120", "A household's grocery bill; no dataset."),
        Unemployment("3.8% in September", "unverifiable", "The bundled unemployment series ends in November "
                     "2022.", month=(2023, 9)),
        Officeholder("Treasury Secretary Janet Yellen", "unverifiable", "Yellen was in office from 2021-01-26 and "
                     "still on 2023-02-10, the day the officeholder data end; they cannot say who held "
                     "the office on 2023-10-12.",
                     "Janet Yellen", "Secretary of the Treasury"),
        Population("about 335 million people", "supported", "United States: 334.0 million (2022), 336.8 million "
                   "(2023).", "United States"),
        Unverifiable("about 2,300 households", "A food pantry's count; no dataset."),
    ]),
    Article("standard-opinion-border-april-2022.html", "2022-04-20", [
        Encounters("nearly 170,000 encounters", "refuted", "March 2022 southwest total was 222,144 (revised "
                   "222,574), well above 170,000.", month=(2022, 3)),
        Encounters("more than 210,000 apprehensions", "supported", "Border Patrol, March 2022: 210,749 (revised "
                   "211,181).", month=(2022, 3), component="U.S. Border Patrol"),
        BorderPatrolSince("the most in any month since 2000", "supported", "The last month with as many Border "
                          "Patrol southwest apprehensions was March 2000 (220,063).", month=(2022, 3),
                          since=(2000, None)),
        Officeholder("Labor Secretary Alejandro Mayorkas", "refuted", "Mayorkas is Secretary of Homeland "
                     "Security; Marty Walsh was Labor Secretary on 2022-04-20.", "Alejandro Mayorkas",
                     "Secretary of Labor"),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
        Population("a nation of 200 million", "refuted", "Mexico: 127.6 million (2021), 128.6 million (2022).",
                   "Mexico"),
        Inflation("hit 8.5% in March", "supported", "March 2022: 8.54%, published as 8.5%.", month=(2022, 3)),
        Unemployment("3.6% in March", "supported", "March 2022 was 3.6%.", month=(2022, 3)),
        Unverifiable("$80", "A neighbor's fuel bill; no dataset."),
        Unverifiable("$50", "A neighbor's fuel bill; no dataset."),
    ]),
    Article("herald-border-february-2021.html", "2021-03-17", [
        Encounters("topped 100,000 encounters", "supported", "February 2021 southwest border total: 101,099.",
                   month=(2021, 2)),
        Encounters("97,643", "supported", "Border Patrol, February 2021.", month=(2021, 2),
                   component="U.S. Border Patrol"),
        Encounters("About 74,000", "supported", "Title 42 expulsions, February 2021: 74,265.", month=(2021, 2),
                   title="Title 42"),
        Encounters("about 101,000 encounters", "refuted", "January 2021 had 78,414; about 101,000 was February's "
                   "count (wrong month).", month=(2021, 1)),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "supported", "Sworn in 2021-02-02.",
                     "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Officeholder("President Joe Biden", "supported", "President since 2021-01-20.", "Joseph Biden",
                     "President"),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
        Unverifiable("Former acting Homeland Security Secretary Chad Wolf", "Acting officials are not in the "
                     "cabinet data.", kind="attribution"),
        Population("more than 10 million people", "supported", "Honduras: 10.12 million (2020), 10.29 million "
                   "(2021).", "Honduras"),
        Unverifiable("two hurricanes", "A count of storms; no dataset."),
        Unverifiable("at least 3,000 migrants", "A testing site's count; no dataset."),
        Inflation("rose 1.7%", "supported", "February 2021: 1.68%, published as 1.7%.", month=(2021, 2)),
        Inflation("1.4% in January", "supported", "January 2021: 1.40%, published as 1.4%.", month=(2021, 1)),
    ]),
    Article("verifier-viral-claims-september-2022.html", "2022-09-23", [
        Unverifiable("more than 40,000 times", "Social media shares; no dataset."),
        Encounters("1 million crossings in August", "refuted", "August 2022 southwest total was 204,087.",
                   month=(2022, 8)),
        Encounters("at least 200,000 encounters", "supported", "August 2022 southwest total: 204,087.",
                   month=(2022, 8)),
        Encounters("more than 250,000 encounters nationwide", "supported", "Nationwide, August 2022: 251,521 "
                   "(all regions).", month=(2022, 8), region="nationwide"),
        Unverifiable("5 million", "\"Gotaways\" are not in the encounter data."),
        Unemployment("fell to 3.5% in August", "refuted", "August 2022 was 3.7%, up from 3.5% in July: wrong "
                     "figure and wrong direction.", month=(2022, 8), direction="down"),
        Unemployment("The July rate was 3.5%", "supported", "July 2022 was 3.5%.", month=(2022, 7)),
        Inflation("fell to 8.3% in August", "supported", "August 2022: 8.26%, published as 8.3%, down from 8.5% "
                  "in July.", month=(2022, 8), direction="down"),
        Inflation("8.5% in July", "supported", "July 2022: 8.52%, published as 8.5%.", month=(2022, 7)),
        Officeholder("Interior Secretary Jennifer Granholm", "refuted", "Granholm was Energy Secretary; Deb "
                     "Haaland was Interior Secretary on 2022-09-23.", "Jennifer Granholm",
                     "Secretary of the Interior"),
        Officeholder("Energy Secretary Jennifer Granholm", "supported", "Energy Secretary since 2021-02-25.",
                     "Jennifer Granholm", "Secretary of Energy"),
        Officeholder("Agriculture Secretary Tom Vilsack", "supported", "Agriculture Secretary since 2021-02-24 "
                     "(and 2009-2017).", "Tom Vilsack", "Secretary of Agriculture"),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
        Population("roughly 334 million people", "supported", "United States: 332.1 million (2021), 334.0 million "
                   "(2022).", "United States"),
    ]),
    Article("highplains-border-patrol-records-2022.html", "2022-06-20", [
        Encounters("about 211,000 migrants", "supported", "Border Patrol, March 2022: 210,749 as first published "
                   "(211,181 revised), both within 5% of 211,000.", month=(2022, 3), component="U.S. Border Patrol"),
        BorderPatrolSince("the most in any month since 2000", "supported", "The last month with as many Border "
                          "Patrol southwest apprehensions was March 2000 (220,063).", month=(2022, 3),
                          since=(2000, None)),
        Encounters("more than 200,000 apprehensions", "supported", "Border Patrol, April 2022: 201,800 as first "
                   "published (203,504 revised).", month=(2022, 4), component="U.S. Border Patrol"),
        BorderPatrolSince("the highest since 2001", "refuted", "April 2022 was exceeded by March 2022, the month "
                          "before; nothing about 2001.", month=(2022, 4), since=(2001, None)),
        BorderPatrolHistory("about 851,000 apprehensions", "supported", "FY2019 Border Patrol southwest total "
                            "851,508.", fiscal_year=2019),
        BorderPatrolHistory("more than 2 million apprehensions", "refuted", "FY2000 Border Patrol southwest total "
                            "1,643,679, well under 2 million.", fiscal_year=2000),
        BorderPatrolHistory("about 220,000 apprehensions", "supported", "March 2000: 220,063, the series' peak.",
                            month=(2000, 3)),
        Encounters("about 210,000 apprehensions", "refuted", "February 2022 Border Patrol: 159,060 (159,170 "
                   "revised); about 210,000 was March's figure: wrong month.", month=(2022, 2),
                   component="U.S. Border Patrol"),
        Unverifiable("Border Patrol Chief Raul Ortiz", "The Border Patrol chief is not in the cabinet data.",
                     kind="attribution"),
        Unverifiable("about 1,900 agents", "Staffing by sector is in no bundled dataset."),
    ]),
    Article("prairiewire-northern-border-2022.html", "2022-09-22", [
        Encounters("more than 15,000 encounters", "supported", "Northern land border, August 2022: 15,260 "
                   "(nationwide file).", month=(2022, 8), region="Northern Land Border"),
        Encounters("about 252,000 encounters", "supported", "Nationwide, August 2022: 251,521.", month=(2022, 8),
                   region="nationwide"),
        Encounters("fell to about 15,300", "refuted", "August 2022 northern border 15,260 is about 15,300, but up "
                   "from July (13,056): wrong direction.", month=(2022, 8), region="Northern Land Border",
                   direction="down"),
        Encounters("about 40,000 encounters", "refuted", "Northern border, July 2022: 13,056.", month=(2022, 7),
                   region="Northern Land Border"),
        Encounters("fewer than 30,000 encounters", "supported", "Northern border, FY2021: 27,180.",
                   fiscal_year=2021, region="Northern Land Border"),
        Officeholder("Vice President Kamala Harris", "supported", "Vice President from 2021-01-20.",
                     "Kamala Harris", "Vice President"),
        Unverifiable("Canadian Prime Minister Justin Trudeau", "A foreign head of government; no bundled dataset.",
                     kind="attribution"),
        Population("about 38.5 million people", "supported", "Canada: 38.2 million (2021), 38.9 million (2022).",
                   "Canada"),
        Unverifiable("about 1,000 trucks a day", "Truck crossings are in no bundled dataset."),
    ]),
    Article("ridgeline-nationwide-december-2022.html", "2023-01-20", [
        Encounters("more than 300,000 encounters", "supported", "Nationwide, December 2022: 302,392.",
                   month=(2022, 12), region="nationwide"),
        Encounters("more than 250,000 encounters", "supported", "Southwest, December 2022: 251,995 (252,315 in the "
                   "nationwide file).", month=(2022, 12)),
        Encounters("rose to about 13,400", "supported", "Northern border, December 2022: 13,390, up from 13,331 in "
                   "November.", month=(2022, 12), region="Northern Land Border", direction="up"),
        Encounters("nearly 2.8 million encounters", "supported", "Nationwide, FY2022: 2,766,582.", fiscal_year=2022,
                   region="nationwide"),
        Encounters("topped 300,000 in November", "refuted", "Nationwide, November 2022: 284,624; the 300,000 mark "
                   "fell in December: wrong month.", month=(2022, 11), region="nationwide"),
        Encounters("nearly 3.5 million encounters", "refuted", "Nationwide, FY2022: 2,766,582.", fiscal_year=2022,
                   region="nationwide"),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "supported", "In office since 2021-02-02 and "
                     "on 2023-01-20, before the data end.", "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Unverifiable("about 1,100 migrants a day", "City shelter intake is in no bundled dataset."),
        Unverifiable("two former schools", "Shelters opened by a city; no dataset."),
        Unverifiable("about 180 agents", "Staffing by sector is in no bundled dataset."),
        Unverifiable("roughly 450 miles", "A border length; no bundled dataset."),
    ]),
    Article("tidewater-border-fiscal-2023.html", "2023-10-25", [
        Encounters("more than 3.2 million encounters", "supported", "Nationwide, FY2023: 3,201,144.",
                   fiscal_year=2023, region="nationwide"),
        Encounters("about 2.48 million encounters", "supported", "Southwest, FY2023: 2,475,669 (nationwide file, "
                   "the only source with all twelve months).", fiscal_year=2023),
        Encounters("about 270,000 encounters", "supported", "Southwest, September 2023: 269,735.", month=(2023, 9)),
        Encounters("climbed to about 341,000", "supported", "Nationwide, September 2023: 341,392, up from 304,073 "
                   "in August.", month=(2023, 9), region="nationwide", direction="up"),
        Encounters("reached about 341,000 in August", "refuted", "Nationwide, August 2023: 304,073; 341,392 was "
                   "September's: wrong month.", month=(2023, 8), region="nationwide"),
        Encounters("more than 3 million", "refuted", "Southwest, FY2023: 2,475,669; the 3.2 million is nationwide.",
                   fiscal_year=2023),
        Encounters("reached about 189,000", "supported", "Northern border, FY2023: 189,402.", fiscal_year=2023,
                   region="Northern Land Border"),
        Encounters("more than 240,000 encounters", "unverifiable", "October 2023 is after the data end (September "
                   "2023).", month=(2023, 10)),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "unverifiable", "Mayorkas was in office from "
                     "2021-02-02 and still on 2023-02-10, the day the officeholder data end; they cannot say who "
                     "held the office on 2023-10-25.", "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Unverifiable("about $14 billion", "A budget request; no dataset."),
        Unverifiable("about 1,300", "Planned hires; no dataset."),
    ]),
    Article("wire-border-april-2022-breakdown.html", "2022-05-19", [
        Encounters("234,088", "supported", "April 2022 southwest total as first published on 2022-05-17, the "
                   "vintage public on the article date; the 2023 revision (235,785) would refute it.",
                   month=(2022, 4), vintage_sensitive=True),
        Encounters("201,800 encounters", "supported", "Border Patrol, April 2022, as first published; revised "
                   "203,504.", month=(2022, 4), component="U.S. Border Patrol", vintage_sensitive=True),
        Encounters("32,288 encounters", "supported", "Office of Field Operations, April 2022, as first published; "
                   "revised 32,281.", month=(2022, 4), component="Office of Field Operations",
                   vintage_sensitive=True),
        Encounters("137,180 encounters", "supported", "Title 8, April 2022, as first published; revised 135,211.",
                   month=(2022, 4), title="Title 8", vintage_sensitive=True),
        Encounters("96,908 encounters", "supported", "Title 42, April 2022, as first published; revised 100,574.",
                   month=(2022, 4), title="Title 42", vintage_sensitive=True),
        Encounters("fewer than 67,000 encounters", "supported", "Title 8, April 2021: 66,205.", month=(2021, 4),
                   title="Title 8"),
        Unverifiable("about 28%", "The repeat-encounter rate is not in the public monthly tables."),
        Officeholder("Homeland Security Secretary Alejandro Mayorkas", "supported", "In office since 2021-02-02.",
                     "Alejandro Mayorkas", "Secretary of Homeland Security"),
        Unverifiable("as many as 18,000 encounters a day", "A planning scenario for the future; no data."),
    ]),
]


# ---------------------------------------------------------------------------------------------------------

def expectations(reference, article):
    path = article.path()
    if not path.exists():
        raise ExpectationError(f"{path}: article not found")
    blocks = article_blocks(path)
    body = "\n".join(blocks)
    claims, previous_position = [], -1
    for claim in article.claims:
        sentence = find_sentence(blocks, claim.text, claim.near)
        position = body.index(sentence) + sentence.index(claim.text)
        if position < previous_position:
            raise ExpectationError(f"{article.name}: {claim.text!r} is listed out of reading order")
        previous_position = position
        verdict, dataset, detail = claim.evaluate(reference, article.published)
        if verdict != claim.expected:
            raise ExpectationError(f"{article.name}: {claim.text!r} computes as {verdict}, written as "
                                   f"{claim.expected}: {detail}")
        claims.append({"text": claim.text, "sentence": sentence, "kind": claim.kind, "expected": verdict,
                       "dataset": dataset, "reference": detail, "why": claim.why})
    return {"article": article.name, "published": article.published.isoformat(), "claims": claims}


def _default_data():
    """The nearest shared/data/reference above the repository (../shared/... from a checkout of main)."""
    for folder in REPO.parents:
        candidate = folder / "shared" / "data" / "reference"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "data" / "reference"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=_default_data(),
                        help="reference folder with cbp/, us-cpi/, us-unemployment-rate/, world-population/, "
                             "officeholders/")
    parser.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    arguments = parser.parse_args()
    reference = Reference(arguments.data)
    failures, counts = 0, defaultdict(int)
    for article in CORPUS:
        try:
            result = expectations(reference, article)
        except ExpectationError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        for claim in result["claims"]:
            counts[claim["expected"]] += 1
        output = HERE / (Path(article.name).stem + ".json")
        rendered = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
        if arguments.check:
            if not output.exists() or output.read_text(encoding="utf-8") != rendered:
                print(f"error: {output} differs from the recomputed expectations", file=sys.stderr)
                failures += 1
        else:
            output.write_text(rendered, encoding="utf-8")
    total = sum(counts.values())
    print(f"{len(CORPUS)} articles, {total} claims: " + ", ".join(f"{counts[v]} {v}" for v in
                                                                  ("supported", "refuted", "unverifiable")))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
