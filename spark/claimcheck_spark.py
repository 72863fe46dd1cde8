"""claimcheck on Apache Spark: every executor pipes its partitions through `claimcheck verify --jsonl -`.

    spark-submit --master local[2] spark/claimcheck_spark.py \\
        --input DIR --output OUT --binary .build/release/claimcheck --rules Rules --reference Corpus/reference

DIR holds JSON Lines files (*.jsonl, *.jsonl.gz: {"id", "html" or "text", "url"?, "date"?} per line) and/or WARC
files (*.warc, *.warc.gz). The binary, the rule folder and the reference folder are shipped to the executors
with SparkContext.addFile; rules and datasets load once per partition (one process per partition).

OUT receives
    verdicts.parquet/verdict=…/   one row per checked claim (article id, url, title, published, claim id, kind,
    verdicts.jsonl/verdict=…/     text, rule, explanation, and the claim's full JSON object)
    failures.jsonl/               the records claimcheck could not check (its error lines)
    summary.json/part-00000       articles, failed records, skipped WARC records, claims per verdict
"""
import argparse
import json
import os
import subprocess
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql.types import StringType, StructField, StructType

import warc_records

VERDICTS = ["supported", "refuted", "unverifiable", "needs-review"]

CLAIM_SCHEMA = StructType([
    StructField(name, StringType(), nullable)
    for name, nullable in [
        ("article_id", False), ("url", True), ("title", True), ("published", True), ("claim_id", False),
        ("kind", True), ("text", True), ("rule", True), ("explanation", True), ("claim", False), ("verdict", False),
    ]
])


def input_files(directory):
    """(jsonl files, warc files) under the directory, sorted."""
    jsonl, warc = [], []
    for folder, _, names in os.walk(directory):
        for name in sorted(names):
            path = os.path.join(folder, name)
            lower = name.lower()
            if lower.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
                jsonl.append(path)
            elif lower.endswith((".warc", ".warc.gz")):
                warc.append(path)
    return sorted(jsonl), sorted(warc)


def warc_lines(item):
    """The JSON Lines records of one WARC file, plus one marker line per skipped record."""
    path, data = item
    try:
        for record in warc_records.jsonl_records(bytes(data)):
            yield json.dumps(record) if record is not None else '{"skipped": true}'
    except (ValueError, OSError, EOFError) as error:
        yield json.dumps({"warc_error": {"source": path, "reason": str(error)}})


def pipe_through_claimcheck(binary, rules, reference, date):
    """A mapPartitions function: the partition's records through one claimcheck process, lines in input order."""

    def run(lines):
        # Run inside the shipped-files folder with relative names, so evidence cites "reference/…/x.csv", not a
        # temporary path that differs per executor.
        command = [os.path.join(".", binary), "verify", "--jsonl", "-", "--rules", rules, "--reference", reference]
        command += ["--date", date] if date else []
        process = subprocess.Popen(
            command, cwd=SparkFiles.getRootDirectory(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        passthrough = []
        errors = []

        # Feed from a thread: the process answers while it reads, so writing everything first could fill both pipes.
        def feed():
            try:
                for line in lines:
                    if line.startswith('{"skipped"') or line.startswith('{"warc_error"'):
                        passthrough.append(line)
                        continue
                    process.stdin.write(line.encode("utf-8") + b"\n")
            finally:
                process.stdin.close()

        writer = threading.Thread(target=feed)
        writer.start()
        reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))
        reader.start()
        for line in process.stdout:
            yield line.decode("utf-8")
        writer.join()
        reader.join()
        if process.wait() != 0:
            raise RuntimeError("claimcheck exited with status %d: %s" % (process.returncode, errors[0].decode("utf-8", "replace")))
        yield from passthrough

    return run


def claim_rows(line):
    """One row per claim of a report line; error and marker lines give none."""
    report = json.loads(line)
    if "claims" not in report:
        return
    for claim in report["claims"]:
        yield (
            report["id"], report.get("url"), report.get("title"), report.get("published"), claim["id"],
            claim.get("kind"), claim.get("text"), claim.get("rule"), claim.get("explanation"),
            json.dumps(claim, sort_keys=True, ensure_ascii=False), claim["verdict"],
        )


def line_kind(line):
    report = json.loads(line)
    if "claims" in report:
        return ("articles", 1)
    if "skipped" in report:
        return ("skipped", 1)
    return ("failed", 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", required=True, help="folder of .jsonl/.jsonl.gz and .warc/.warc.gz files")
    parser.add_argument("--output", required=True, help="folder for verdicts.parquet, verdicts.jsonl, failures.jsonl, summary.json")
    parser.add_argument("--binary", required=True, help="the claimcheck executable (built for the executors' platform)")
    parser.add_argument("--rules", default="Rules")
    parser.add_argument("--reference", default="Corpus/reference")
    parser.add_argument("--date", help="publication date (YYYY-MM-DD) for records whose page carries none and that have no 'date'")
    parser.add_argument("--partitions", type=int, default=0, help="records are spread over this many partitions (default: Spark's default parallelism)")
    options = parser.parse_args()

    spark = SparkSession.builder.appName("claimcheck").getOrCreate()
    context = spark.sparkContext
    # Shipped to every executor's working folder; SparkFiles.get finds them by base name.
    shipped = []
    for path, recursive in [(options.binary, False), (options.rules, True), (options.reference, True)]:
        path = os.path.abspath(path)
        if not os.path.exists(path):
            raise SystemExit("claimcheck_spark: %s does not exist" % path)
        context.addFile(path, recursive=recursive)
        shipped.append(os.path.basename(path))

    jsonl_files, warc_files = input_files(options.input)
    if not jsonl_files and not warc_files:
        raise SystemExit("claimcheck_spark: no .jsonl or .warc(.gz) files in %s" % options.input)
    partitions = options.partitions or context.defaultParallelism
    sources = []
    if jsonl_files:
        sources.append(context.textFile(",".join(jsonl_files)).filter(lambda line: line.strip()))
    if warc_files:
        sources.append(context.binaryFiles(",".join(warc_files)).flatMap(warc_lines))
    records = context.union(sources).repartition(partitions) if len(sources) > 1 else sources[0].repartition(partitions)

    lines = records.mapPartitions(pipe_through_claimcheck(*shipped, options.date)).cache()
    claims = spark.createDataFrame(lines.flatMap(claim_rows), CLAIM_SCHEMA).cache()
    claims.write.mode("overwrite").partitionBy("verdict").parquet(os.path.join(options.output, "verdicts.parquet"))
    claims.write.mode("overwrite").partitionBy("verdict").json(os.path.join(options.output, "verdicts.jsonl"))
    failures = lines.filter(lambda line: line_kind(line)[0] == "failed")
    failures.saveAsTextFile(os.path.join(options.output, "failures.jsonl"))

    kinds = dict(lines.map(line_kind).reduceByKey(lambda a, b: a + b).collect())
    counts = dict(claims.groupBy("verdict").count().collect())
    summary = {
        "articles": kinds.get("articles", 0),
        "failed": kinds.get("failed", 0),
        "skipped_warc_records": kinds.get("skipped", 0),
        "totals": {verdict: counts.get(verdict, 0) for verdict in VERDICTS},
        "inputs": {"jsonl": jsonl_files, "warc": warc_files},
    }
    # Written through Spark, like the verdicts, so OUT may be on HDFS or S3: one part file.
    context.parallelize([json.dumps(summary, indent=2)], 1).saveAsTextFile(os.path.join(options.output, "summary.json"))
    spark.stop()


if __name__ == "__main__":
    main()
