"""Asserts that the Spark job's verdicts (Parquet and JSON Lines) equal those of a plain `claimcheck verify` run.

    python3 spark/compare_verdicts.py PLAIN_OUT SPARK_OUT HTML_COUNT

JSON Lines records are identified by file name, WARC records by https://corpus.example/NAME; every article of
the plain run must come back from JSON Lines, every HTML article from WARC, each with the same claims (full
claim objects, verdicts, rules and evidence).
"""
import collections
import glob
import json
import os
import sys

from pyspark.sql import SparkSession


def canonical(claim):
    """The claim as sorted JSON, with evidence files named from the reference folder on ("Corpus/reference/x.csv"
    in the plain run, "reference/x.csv" on the executors)."""
    for evidence in claim.get("evidence") or []:
        for row in evidence.get("rows") or []:
            if "file" in row:
                row["file"] = "reference/" + row["file"].split("reference/", 1)[-1]
    return json.dumps(claim, sort_keys=True, ensure_ascii=False)


def main():
    plain_out, spark_out, html_count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(os.path.join(plain_out, "summary.json")) as file:
        plain_summary = json.load(file)
    expected = {}
    for article in plain_summary["articles"]:
        with open(os.path.join(plain_out, article["name"] + ".json")) as file:
            report = json.load(file)
        expected[os.path.basename(article["source"])] = sorted(canonical(claim) for claim in report["claims"])
    assert not plain_summary["failures"], plain_summary["failures"]

    spark = SparkSession.builder.master("local[1]").appName("compare").config("spark.ui.showConsoleProgress", "false").getOrCreate()
    parquet_rows = spark.read.parquet(os.path.join(spark_out, "verdicts.parquet")).collect()
    json_rows = spark.read.json(os.path.join(spark_out, "verdicts.jsonl")).collect()
    summary = json.loads("".join(open(path).read() for path in sorted(glob.glob(os.path.join(spark_out, "summary.json", "part-*")))))
    spark.stop()

    problems = []
    for label, rows in [("parquet", parquet_rows), ("jsonl", json_rows)]:
        by_source = collections.defaultdict(lambda: collections.defaultdict(list))
        for row in rows:
            claim = json.loads(row["claim"])
            if claim["verdict"] != row["verdict"]:
                problems.append("%s: %s claim %s: verdict column %s, claim says %s" % (label, row["article_id"], row["claim_id"], row["verdict"], claim["verdict"]))
            packing = "warc" if row["article_id"].startswith("https://corpus.example/") else "jsonl"
            by_source[packing][row["article_id"].rsplit("/", 1)[-1]].append(canonical(claim))
        for packing, names in [("jsonl", list(expected)), ("warc", [name for name in expected if name.endswith(".html")])]:
            for name in names:
                got = sorted(by_source[packing].get(name, []))
                if got != expected[name]:
                    problems.append("%s from %s: %s: %d claims differ from the plain run's %d" % (label, packing, name, len(got), len(expected[name])))
            extra = set(by_source[packing]) - set(names)
            if extra:
                problems.append("%s from %s: unexpected articles %s" % (label, packing, sorted(extra)))

    articles = len(expected) + html_count
    totals = collections.Counter()
    for claims in expected.values():
        totals.update(json.loads(claim)["verdict"] for claim in claims)
    for name, claims in expected.items():
        if name.endswith(".html"):
            totals.update(json.loads(claim)["verdict"] for claim in claims)
    if summary["articles"] != articles or summary["failed"] != 0 or summary["skipped_warc_records"] != 2 * html_count + 1:
        problems.append("summary counts %s, expected %d articles, 0 failed, %d skipped" % (summary, articles, 2 * html_count + 1))
    if any(summary["totals"][verdict] != totals[verdict] for verdict in summary["totals"]):
        problems.append("summary totals %s, expected %s" % (summary["totals"], dict(totals)))

    if problems:
        print("spark/test_local.sh: FAIL\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)
    print("spark/test_local.sh: the Spark verdicts (Parquet and JSON Lines, from JSON Lines and WARC) equal the plain run's: "
          "%d articles, %d claims %s" % (articles, sum(totals.values()), dict(sorted(totals.items()))))


if __name__ == "__main__":
    main()
