#!/usr/bin/env bash
# Batch benchmark of `claimcheck verify` (see README, "Benchmark"): generates N varied 20–300 KB news pages
# from Corpus/articles, then measures verify with --jobs 1 and 2, per-stage time, peak memory at 1,000 and
# N articles, an unchanged re-run, a libxml2 parse-only floor (xmllint) and the Python peer pipeline
# (trafilatura + pysbd + quantulum3 in a venv), and prints the ratios.
#
#   Scripts/benchmark.sh [--articles N] [--python-sample K] [--work DIR] [--reuse] [--quick] [--format FORMATS]
#
# --quick: 1,000 articles and a Python sample of 50. --reuse: keep the articles of the previous run in DIR.
# --format: the reports verify writes (default json, which leaves the HTML pages' rendering out; "html,json,claimreview"
# for all). Throughputs are given per wall-clock second and per CPU second (user + system): on a shared machine the
# CPU figure is the steadier one, and the load average is printed beside each run.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=10000
python_sample=300
reuse=no
formats=json
work="${TMPDIR:-/tmp}/claimcheck-benchmark"
venv="${TMPDIR:-/tmp}/claimcheck-benchmark-venv"
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --python-sample) python_sample="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --quick) articles=1000; python_sample=50; shift ;;
    --reuse) reuse=yes; shift ;;
    --format) formats="$2"; shift 2 ;;
    *) echo "benchmark.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v xmllint >/dev/null || { echo "benchmark.sh: xmllint is missing (apt-get install libxml2-utils)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "benchmark.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

echo "== building (release)"
swift build -c release --scratch-path .build-release --product claimcheck 2>&1 | tail -1
swift build -c release --scratch-path .build-release --product BatchBenchmark 2>&1 | tail -1
swift build -c release --scratch-path .build-release --product IngestBenchmark 2>&1 | tail -1
claimcheck=.build-release/release/claimcheck

if [ "$reuse" = yes ] && [ "$(find "$work/articles" -name '*.html' 2>/dev/null | wc -l)" -eq "$articles" ]; then
  echo "== reusing the $articles articles in $work/articles"
  rm -rf "$work"/out* "$work/parse-sample"
else
  echo "== generating $articles articles in $work/articles"
  rm -rf "$work"
  mkdir -p "$work"
  .build-release/release/BatchBenchmark --articles "$articles" --out "$work/articles"
fi
find "$work/articles" -name '*.html' | sort > "$work/files"
bytes=$(find "$work/articles" -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { print s }')
first_thousand="$work/articles/000"
# Read every file once so that all runs find them in the page cache.
xargs cat < "$work/files" > /dev/null

# measure NAME COMMAND...: runs it under /usr/bin/time; sets wall, cpu, rss_mb, and load (the 1-minute load
# average of the machine when it ended, other users' work included).
measure() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err"
  read -r wall user system rss_kb < "$work/$name.time"
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
  rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
  load=$(cut -d' ' -f1 /proc/loadavg)
}
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.1f", (t > 0 ? n / t : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
line() { printf '%-34s %8s s wall %8s s cpu  %9s art/s %7s MB/s (wall)  %9s art/s %7s MB/s (cpu)  load %s\n' "$1" "$2" "$3" \
  "$(rate "$4" "$2")" "$(rate "$5" "$2")" "$(rate "$4" "$3")" "$(rate "$5" "$3")" "$load"; }

echo "== $articles articles, $mb MB; verify --format $formats; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure parse xargs -a "$work/files" -d '\n' xmllint --html --noout --nowarning
parse_wall=$wall; parse_cpu=$cpu
line "libxml2 parse only (xmllint)" "$wall" "$cpu" "$articles" "$mb"
# libxml2's bare parse in-process (Ingestor.parseOnly, best of 7 trials of thread CPU time) over every 50th article.
mkdir -p "$work/parse-sample"
awk 'NR % 50 == 1' "$work/files" | while read -r file; do ln -s "$file" "$work/parse-sample/$(basename "$file")"; done
.build-release/release/IngestBenchmark "$work/parse-sample" > "$work/ingest-benchmark.out"
sed 's/^/  IngestBenchmark: /' "$work/ingest-benchmark.out"
bare_parse_rate=$(sed -n 's/^bare libxml2 parse: \([0-9.]*\) pages.*/\1/p' "$work/ingest-benchmark.out")

measure jobs1 "$claimcheck" verify "$work/articles" --out "$work/out1" --jobs 1 --format "$formats" --timings
jobs1_wall=$wall; jobs1_cpu=$cpu; jobs1_rss=$rss_mb
line "verify --jobs 1" "$wall" "$cpu" "$articles" "$mb"

measure jobs2 "$claimcheck" verify "$work/articles" --out "$work/out2" --jobs 2 --format "$formats"
jobs2_wall=$wall; jobs2_cpu=$cpu; jobs2_rss=$rss_mb
line "verify --jobs 2" "$wall" "$cpu" "$articles" "$mb"

measure rerun "$claimcheck" verify "$work/articles" --out "$work/out2" --jobs 2 --format "$formats"
rerun_wall=$wall; rerun_cpu=$cpu
line "unchanged re-run --jobs 2" "$wall" "$cpu" "$articles" "$mb"
grep 'unchanged, skipped' "$work/rerun.err" | sed 's/^/  /'

measure thousand "$claimcheck" verify "$first_thousand" --out "$work/out1000" --jobs 2 --format "$formats"
thousand_rss=$rss_mb

identical=yes
cmp -s "$work/out1/summary.json" "$work/out2/summary.json" || identical=no
diff -rq -x 'claimcheck.sqlite*' -x summary.json "$work/out1" "$work/out2" > /dev/null || identical=no

echo "== Python peers (trafilatura + pysbd + quantulum3) on $python_sample of the articles"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  # lxml_html_clean: trafilatura needs it since lxml split it out.
  "$venv/bin/pip" install -q trafilatura pysbd quantulum3 lxml_html_clean
fi
# Every (N/K)-th article, so that the sample spreads over all sizes.
awk -v n="$articles" -v k="$python_sample" 'BEGIN { step = int(n / k); if (step < 1) step = 1 }
  (NR - 1) % step == 0 && taken < k { print; taken++ }' "$work/files" > "$work/python-files"
sample=$(wc -l < "$work/python-files")
PYTHONWARNINGS=ignore xargs -a "$work/python-files" -d '\n' "$venv/bin/python" \
  Scripts/benchmark_peers.py > "$work/python.out"
cat "$work/python.out" | sed 's/^/  /'
python_seconds=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$work/python.out")
python_rate=$(rate "$sample" "$python_seconds")
# claimcheck's single-job rate over the same files, CPU seconds, from its own run over every article
sample_verify_rate=$(rate "$articles" "$jobs1_cpu")

echo "== stages (verify --jobs 1, seconds summed over the run)"
sed -n '/^stage/,/^all reports/p' "$work/jobs1.err" | sed 's/^/  /'

echo "== results"
echo "  verify --jobs 1 / xmllint parse:     $(ratio "$parse_cpu" "$jobs1_cpu") of the throughput (cpu), $(ratio "$parse_wall" "$jobs1_wall") (wall)   target >= 0.40"
echo "  verify --jobs 1 / in-process parse:  $(ratio "$(rate "$articles" "$jobs1_cpu")" "$bare_parse_rate") ($(rate "$articles" "$jobs1_cpu") vs $bare_parse_rate articles per cpu second)"
echo "  --jobs 2 / --jobs 1 (wall):          $(ratio "$jobs1_wall" "$jobs2_wall")x   target >= 1.8"
echo "    --jobs 2 kept $(ratio "$jobs2_cpu" "$jobs2_wall") cores busy on average (of $(nproc), shared with other work);"
echo "    it spent $(ratio "$jobs2_cpu" "$jobs1_cpu")x the CPU seconds of --jobs 1 (1.00: no cost of running in parallel)"
echo "  verify --jobs 1 / Python peers:      $(ratio "$sample_verify_rate" "$python_rate")x ($sample_verify_rate vs $python_rate articles per cpu second)   target >= 30"
echo "    verify --jobs 2 by the clock against the one-process Python pipeline: $(ratio "$(rate "$articles" "$jobs2_wall")" "$python_rate")x"
echo "  peak RSS, 1,000 articles (--jobs 2): $thousand_rss MB"
echo "  peak RSS, $articles articles (--jobs 2): $jobs2_rss MB; --jobs 1: $jobs1_rss MB   target < 200 MB, within 10%"
echo "  unchanged re-run of $articles:        $rerun_wall s wall, $rerun_cpu s cpu   target < 3 s"
echo "  --jobs 1 and --jobs 2 reports and summary.json identical: $identical"
