#!/usr/bin/env bash
# Throughput of the Spark job in local[2] beside one claimcheck process on the same JSON Lines input.
#   spark/benchmark.sh [COPIES]    (the bundled corpus repeated COPIES times; default 10)
# Uses $CLAIMCHECK_BINARY, else the release build (swift build -c release --product claimcheck --scratch-path .build-release).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-10}
binary=${CLAIMCHECK_BINARY:-.build-release/release/claimcheck}
venv=.build-spark/venv
[ -x "$binary" ] || { echo "spark/benchmark.sh: no binary at $binary" >&2; exit 1; }
"$venv/bin/python" -c "import pyspark" || { echo "spark/benchmark.sh: run spark/test_local.sh first (it installs pyspark)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/bin/python" spark/pack_corpus.py "$work/input" --copies "$copies" --date 2022-10-20 Corpus/articles/*.html Corpus/articles/*.txt
records=$(wc -l < "$work/input/jsonl/corpus.jsonl")
seconds() { echo "$(date +%s.%N) - $1" | bc; }
report() { printf '%-44s %4d articles  %7.2f s  %7.2f articles/s\n' "$1" "$records" "$2" "$(echo "$records / $2" | bc -l)"; }

for jobs in 1 2; do
  start=$(date +%s.%N)
  "$binary" verify --jsonl - --jobs "$jobs" --date 2022-10-20 < "$work/input/jsonl/corpus.jsonl" > "$work/single.jsonl" 2>/dev/null
  report "one process, verify --jsonl - --jobs $jobs" "$(seconds "$start")"
done

start=$(date +%s.%N)
PYSPARK_PYTHON="$PWD/$venv/bin/python" "$venv/bin/spark-submit" --master 'local[2]' --py-files spark/warc_records.py \
  --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
  spark/claimcheck_spark.py --input "$work/input/jsonl" --output "$work/spark" --binary "$binary" \
  --rules Rules --reference Corpus/reference --date 2022-10-20 2> "$work/spark.log" || { tail -30 "$work/spark.log" >&2; exit 1; }
report "Spark local[2], JSON Lines (incl. JVM start)" "$(seconds "$start")"
