#!/usr/bin/env python3
"""Join population.csv with the names news writing uses for each country (country-names.csv).

population.csv mixes countries with World Bank aggregates ("World", "Latin America & Caribbean", income
groups) and names countries the World Bank way ("Venezuela, RB", "Bahamas, The"). A fact-check is about a
country, so aggregates are dropped (AGGREGATES below, the World Bank's region and group codes) and every
country gets one row per year under each of its names: the World Bank name with its ", RB"-style suffix
removed, plus the aliases and demonyms of country-names.csv ("U.S.", "Mexican").

Run from this folder: python3 make-population-by-country.py   (rewrites population-by-country.csv)
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

# World Bank codes of regions, income and lending groups, and other aggregates (not countries).
AGGREGATES = set("""AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN
LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD""".split())


# Country names that U.S. news mostly uses for something else: listed only under the qualified names of
# country-names.csv ("Republic of Georgia"), so "Georgia, home to 10 million people" is not checked as the country.
AMBIGUOUS = {"Georgia"}


def plain_name(world_bank_name: str) -> str:
    """ "Venezuela, RB" → "Venezuela"; "Bahamas, The" → "Bahamas"; "Puerto Rico (US)" → "Puerto Rico"."""
    name = world_bank_name.split(",")[0]
    return name.split(" (")[0].strip()


def main() -> None:
    with open(HERE / "population.csv", newline="") as source:
        rows = [row for row in csv.DictReader(source) if row["Country Code"] not in AGGREGATES]
    aliases: dict[str, list[str]] = {}
    with open(HERE / "country-names.csv", newline="") as source:
        for row in csv.DictReader(source):
            aliases.setdefault(row["country_code"], []).append(row["name"])
    known = {row["Country Code"] for row in rows}
    # "Korea, Rep." and "Korea, Dem. People's Rep." would both be "Korea": such names keep the World Bank form.
    plain_codes: dict[str, set[str]] = {}
    for row in rows:
        plain_codes.setdefault(plain_name(row["Country Name"]), set()).add(row["Country Code"])
    unknown = sorted(set(aliases) - known)
    if unknown:
        raise SystemExit(f"country-names.csv: codes not in population.csv: {', '.join(unknown)}")
    with open(HERE / "population-by-country.csv", "w", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(["country", "country_code", "world_bank_name", "year", "population"])
        for row in rows:
            code = row["Country Code"]
            plain = plain_name(row["Country Name"])
            names = [] if plain in AMBIGUOUS else [plain if len(plain_codes[plain]) == 1 else row["Country Name"]]
            names += [alias for alias in aliases.get(code, []) if alias not in names]
            for name in names:
                writer.writerow([name, code, row["Country Name"], row["Year"], row["Value"]])


if __name__ == "__main__":
    main()
