#!/usr/bin/env bash
# Builds one libFuzzer harness with AddressSanitizer and runs it for a set time.
#   Fuzz/run.sh HARNESS SECONDS      HARNESS: ingest, sentences, numbers, attribution
# The modules are compiled straight from Sources/ with swiftc (SwiftPM cannot add -sanitize=fuzzer to one
# target only); builds and findings go to .build-fuzz/ (git-ignored). Crashes land in .build-fuzz/HARNESS/.
set -euo pipefail
harness=${1:?usage: Fuzz/run.sh HARNESS SECONDS}
seconds=${2:?usage: Fuzz/run.sh HARNESS SECONDS}
root=$(cd "$(dirname "$0")/.." && pwd)
source="$root/Fuzz/Harnesses/$harness.swift"
[[ -f $source ]] || { echo "no harness $source" >&2; exit 2; }
build="$root/.build-fuzz"
work="$build/$harness"
mkdir -p "$build/modules" "$work/corpus"

flags=(-swift-version 6 -Onone -gline-tables-only -sanitize=fuzzer,address -parse-as-library
  -I "$build/modules" -Xcc -fmodule-map-file="$root/Sources/CLibXML2/module.modulemap" -Xcc -I/usr/include/libxml2)
# ld.gold warns once per ASan helper symbol; the warnings are noise.

# Modules in dependency order; each is rebuilt only when one of its sources is newer than its object.
for module in Ingest Sentences Claims; do
  object="$build/modules/$module.o"
  if [[ ! -f $object ]] || [[ -n $(find "$root/Sources/$module" -name '*.swift' -newer "$object") ]]; then
    swiftc "${flags[@]}" -module-name "$module" -emit-module -emit-module-path "$build/modules/$module.swiftmodule" \
      -wmo -c -o "$object" $(find "$root/Sources/$module" -name '*.swift' | sort)
  fi
done
swiftc "${flags[@]}" -module-name "Fuzz_$harness" "$source" \
  "$build/modules/Ingest.o" "$build/modules/Sentences.o" "$build/modules/Claims.o" -lxml2 -o "$work/fuzz"

# Seed corpus: the bundled articles.
cp -n "$root"/Corpus/articles/* "$work/corpus/" 2>/dev/null || true
cd "$work"
exec ./fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 corpus
