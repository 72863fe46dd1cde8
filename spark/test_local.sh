#!/usr/bin/env bash
# Spark integration test: the bundled corpus packed as JSON Lines and as WARC (.warc.gz, one gzip member per
# record) goes through spark/claimcheck_spark.py in local[2]; its verdicts must equal a plain `claimcheck verify`.
# Missing Java or an unreachable PyPI fails the test loudly: it never passes by skipping.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "spark/test_local.sh: FAIL: $*" >&2; exit 1; }

command -v java >/dev/null || fail "java not found (Spark needs Java 17: apt-get install openjdk-17-jre-headless)"
venv=.build-spark/venv
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
  python3 -m venv "$venv" || fail "cannot create the virtual environment $venv (apt-get install python3-venv)"
  "$venv/bin/pip" install -q pyspark || fail "cannot install pyspark from PyPI into $venv"
fi

binary=${CLAIMCHECK_BINARY:-.build/debug/claimcheck}
if [ ! -x "$binary" ]; then swift build --product claimcheck; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
capture_day=2022-10-20
articles=(Corpus/articles/*.html Corpus/articles/*.txt)
html_count=$(ls Corpus/articles/*.html | wc -l)

"$venv/bin/python" spark/pack_corpus.py "$work/input" --date "$capture_day" "${articles[@]}"
# The WARC-Date dates pages without a date of their own; --date does the same for the plain run and JSON Lines.
"$binary" verify Corpus/articles --no-db --date "$capture_day" --out "$work/plain" >/dev/null
start=$(date +%s.%N)
PYSPARK_PYTHON="$PWD/$venv/bin/python" "$venv/bin/spark-submit" --master 'local[2]' --py-files spark/warc_records.py \
  --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
  spark/claimcheck_spark.py --input "$work/input" --output "$work/spark" --binary "$binary" \
  --rules Rules --reference Corpus/reference --date "$capture_day" 2> "$work/spark.log" \
  || { tail -40 "$work/spark.log" >&2; fail "the Spark job failed"; }
echo "spark/test_local.sh: Spark job took $(echo "$(date +%s.%N) - $start" | bc) s"
PYSPARK_PYTHON="$PWD/$venv/bin/python" "$venv/bin/python" spark/compare_verdicts.py "$work/plain" "$work/spark" "$html_count" 2>&1 \
  | grep -v -e WARN -e 'Setting default log level' -e 'To adjust logging level' -e NativeCodeLoader -e 'default log4j profile'
exit "${PIPESTATUS[0]}"
