#!/usr/bin/env bash
# Builds libFuzzer harnesses with AddressSanitizer and runs each for a set time, one after another, then prints
# a summary table (seconds, executions, crash/leak/timeout/oom findings) per harness.
#   Fuzz/run.sh SECONDS [HARNESS...]      HARNESS: ingest, sentences, numbers, attribution, rules (default: all)
# The modules are compiled straight from Sources/ with swiftc (SwiftPM cannot add -sanitize=fuzzer to one
# target only); Yams' C part is compiled with clang. Builds, logs and findings go to .build-fuzz/ (git-ignored):
# .build-fuzz/HARNESS/log, and any crashing input as .build-fuzz/HARNESS/crash-* (or leak-, timeout-, oom-).
# Seeds: Fuzz/Seeds/ (small inputs from the test cases) plus the bundled articles, rules and manifests.
set -euo pipefail
seconds=${1:?usage: Fuzz/run.sh SECONDS [HARNESS...]}
shift
harnesses=("$@")
[[ ${#harnesses[@]} -gt 0 ]] || harnesses=(ingest sentences numbers attribution rules)
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/.build-fuzz"
modules="$build/modules"
mkdir -p "$modules"

yams="$root/.build/checkouts/Yams/Sources"
flags=(-Onone -gline-tables-only -sanitize=fuzzer,address -parse-as-library -I "$modules"
  -Xcc -fmodule-map-file="$root/Sources/CLibXML2/module.modulemap" -Xcc -I/usr/include/libxml2
  -Xcc -fmodule-map-file="$root/Sources/CZlib/module.modulemap"
  -Xcc -fmodule-map-file="$yams/CYaml/include/module.modulemap" -Xcc -DYAML_DECLARE_STATIC)

stale() { [[ ! -f $1 ]] || [[ -n $(find "${@:2}" -newer "$1" \( -name '*.swift' -o -name '*.c' -o -name '*.h' \)) ]]; }

# Compiles one Swift module (and emits its interface) when any of its sources is newer than its object.
swift_module() {
  local name=$1 directory=$2 version=$3
  shift 3
  if stale "$modules/$name.o" "$directory"; then
    echo "compiling $name" >&2
    swiftc "${flags[@]}" -swift-version "$version" "$@" -module-name "$name" -emit-module \
      -emit-module-path "$modules/$name.swiftmodule" -wmo -c -o "$modules/$name.o" $(find "$directory" -name '*.swift' | sort)
  fi
}

build_modules() {
  # Objects built with other flags (an older version of this script) are rebuilt.
  if [[ $(cat "$modules/flags" 2>/dev/null) != "${flags[*]}" ]]; then
    rm -f "$modules"/*.o "$modules/CYaml.a"
    echo "${flags[*]}" >"$modules/flags"
  fi
  swift_module Ingest "$root/Sources/Ingest" 6
  swift_module Sentences "$root/Sources/Sentences" 6
  swift_module Claims "$root/Sources/Claims" 6
  # Yams' YAML parser is C (libyaml): instrumented for coverage and ASan, linked into the rules harness.
  if stale "$modules/CYaml.a" "$yams/CYaml"; then
    echo "compiling CYaml" >&2
    rm -rf "$modules/CYaml" && mkdir -p "$modules/CYaml"
    for c in "$yams"/CYaml/src/*.c; do
      clang -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" \
        -c "$c" -o "$modules/CYaml/$(basename "$c" .c).o"
    done
    rm -f "$modules/CYaml.a" && ar rcs "$modules/CYaml.a" "$modules"/CYaml/*.o
  fi
  swift_module Yams "$yams/Yams" 5 -D SWIFT_PACKAGE
  # -enable-testing: the rules harness calls the loaders on one file, below the directory-level public API.
  swift_module Check "$root/Sources/Check" 6 -enable-testing
}

link_harness() {
  local harness=$1 work=$2
  local objects=("$modules/Ingest.o" "$modules/Sentences.o" "$modules/Claims.o")
  [[ $harness == rules ]] && objects+=("$modules/Check.o" "$modules/Yams.o" "$modules/CYaml.a")
  swiftc "${flags[@]}" -swift-version 6 -module-name "Fuzz_$harness" "$root/Fuzz/Harnesses/$harness.swift" \
    "${objects[@]}" -lxml2 -lz -o "$work/fuzz" 2> >(grep -v "warning: Cannot export local symbol" >&2)
}

seed() {
  local harness=$1 corpus=$2
  case $harness in
    ingest) cp -n "$root"/Fuzz/Seeds/html/* "$root"/Corpus/articles/* "$corpus/" ;;
    rules) cp -n "$root"/Fuzz/Seeds/rules/* "$root"/Rules/*.yaml "$corpus/"
      for manifest in "$root"/Corpus/reference/*/dataset.yaml; do
        cp -n "$manifest" "$corpus/$(basename "$(dirname "$manifest")").yaml"
      done ;;
    *) cp -n "$root"/Fuzz/Seeds/text/* "$root"/Corpus/articles/*.txt "$corpus/" ;;
  esac
}

build_modules
summary=()
for harness in "${harnesses[@]}"; do
  [[ -f $root/Fuzz/Harnesses/$harness.swift ]] || { echo "no harness Fuzz/Harnesses/$harness.swift" >&2; exit 2; }
  work="$build/$harness"
  mkdir -p "$work/corpus"
  link_harness "$harness" "$work"
  seed "$harness" "$work/corpus"
  before=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  started=$(date +%s)
  # A finding stops libFuzzer with a non-zero status; the summary reports it, the next harness still runs.
  (cd "$work" && LSAN_OPTIONS="suppressions=$root/Scripts/lsan.supp:print_suppressions=0" FUZZ_REFERENCE="$root/Corpus/reference" ./fuzz -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/" corpus) >"$work/log" 2>&1 || true
  elapsed=$(( $(date +%s) - started ))
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' | tail -1 || true)
  after=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  summary+=("$(printf '%-12s %8s %14s %9s' "$harness" "$elapsed" "${executions:-?}" "$((after - before))")")
  echo "${summary[-1]}" >&2
done
printf '%-12s %8s %14s %9s\n' harness seconds executions findings
printf '%s\n' "${summary[@]}"
