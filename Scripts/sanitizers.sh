#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer), then under ThreadSanitizer.
#   Scripts/sanitizers.sh [address|thread]...      (default: both; extra `swift test` arguments via SWIFT_TEST_ARGS)
# Each sanitizer builds in its own scratch folder (.build-asan, .build-tsan; git-ignored) so the debug build
# stays as it is. Too slow for CI: run it before closing reliability work. Leaks inside the toolchain's
# libraries (not claimcheck's code) are suppressed by Scripts/lsan.supp; every other report fails the run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
sanitizers=("$@")
[[ ${#sanitizers[@]} -gt 0 ]] || sanitizers=(address thread)
status=0
for sanitizer in "${sanitizers[@]}"; do
  case $sanitizer in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "unknown sanitizer '$sanitizer' (address or thread)" >&2; exit 2 ;;
  esac
  echo "== swift test --sanitize=$sanitizer (scratch $scratch)" >&2
  # halt_on_error: the first report fails the process, so no report scrolls past unnoticed.
  if ASAN_OPTIONS="detect_leaks=1:halt_on_error=1" \
     LSAN_OPTIONS="suppressions=$root/Scripts/lsan.supp:print_suppressions=0" \
     TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" \
     swift test --sanitize="$sanitizer" --scratch-path "$scratch" ${SWIFT_TEST_ARGS:-}; then
    echo "== $sanitizer: clean" >&2
  else
    echo "== $sanitizer: FAILED (see the report above)" >&2
    status=1
  fi
done
exit $status
