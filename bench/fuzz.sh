#!/usr/bin/env bash
# The fuzzers on demand (method and latest figures: docs/fuzzing.md). ./test.sh runs them with a fixed seed and a small
# count; this runs as many inputs as you ask for, with any seed:
#
#   bench/fuzz.sh --seed 42 --count 20000          both fuzzers, inputs 0..19999 of seed 42
#   bench/fuzz.sh --seed 42 --start 1234 --count 4 replay one failing batch (the failure message gives these numbers)
#   bench/fuzz.sh --analyzers | --tasks ...        only the analyzer fuzzer (in-process analyzers and code fixes) or
#                                                  only the task side's fuzzer (scanner, snapshot reader, parser, knobs)
#
# A failing analyzer batch is also saved under $TMPDIR/spl-fuzz-failures/ (sources, additional files, knobs).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDTERMINALLOGGER=off

seed=20261206 count=10000 start=0 which=both
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --start) start=$2; shift 2 ;;
    --analyzers) which=analyzers; shift ;;
    --tasks) which=tasks; shift ;;
    *) echo "usage: bench/fuzz.sh [--seed S] [--count N] [--start I] [--analyzers|--tasks]" >&2; exit 2 ;;
  esac
done

export SPL_FUZZ_SEED=$seed SPL_FUZZ_COUNT=$count SPL_FUZZ_START=$start
run() {
  local project=$1 filter=$2
  echo "== $project: seed $seed, inputs $start..$((start + count - 1))"
  local began=$SECONDS log rc=0
  log=$(mktemp)
  dotnet test "$repo/tests/$project" -c Release --filter "FullyQualifiedName~$filter" --logger "console;verbosity=detailed" >"$log" 2>&1 || rc=$?
  grep -E "fuzz:|Failed|Passed!|input|AD0001|exception|error" "$log" | cut -c1-600 || true
  rm -f "$log"
  echo "   wall time $((SECONDS - began)) s, exit code $rc"
  return $rc
}

status=0
if [ "$which" != tasks ]; then run SpeechLifecycle.Analyzers.Tests AnalyzerFuzzTests || status=1; fi
if [ "$which" != analyzers ]; then run SpeechLifecycle.Tasks.Tests TaskInputFuzzTests || status=1; fi
exit $status
