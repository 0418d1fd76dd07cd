#!/usr/bin/env bash
# The performance suite in one command (method and latest figures: docs/performance.md). Not part of ./test.sh.
#
#   bench/run.sh             full sizes: 2,000 files / ~200k lines / 600 references; N = 50 and 500; a 30-project solution
#                            and a 2,000-file project with 6 references (about 20 min on 2 cores)
#   bench/run.sh --quick     small sizes, to check that the suite works (about 3 min)
#   bench/run.sh --self-test the suite's own unit tests (generator, log parsers, request-log analysis)
#
# Environment: BENCH_WORK (default /tmp/speechlifecycle-bench) holds the feed, the generated projects, a private
# NUGET_PACKAGES folder, the lifecycle cache and the build artifacts; results go to $BENCH_WORK/results/<UTC time>/
# (summary.md, findings.jsonl, analyzer-report.txt, the emulator's request timelines).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/speechlifecycle-bench}
artifacts="$work/artifacts"
results="$work/results/$(date -u +%Y%m%dT%H%M%SZ)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDTERMINALLOGGER=off

mode=${1:-full}
case "$mode" in
  full|--full)
    workload=(--files 2000 --references 600 --distinct 240)
    overhead=(--rebuilds 3 --pairs 20)
    scan=(--iterations 10)
    resolve=(--n 50,500 --latency-ms 200)
    solutions=(--projects 30 --large-files 2000 --large-references 6 --rebuilds 3 --design-time-pairs 6) ;;
  --quick)
    workload=(--files 200 --references 60 --distinct 30)
    overhead=(--rebuilds 1 --pairs 2)
    scan=(--iterations 3)
    resolve=(--n 50 --latency-ms 50)
    solutions=(--projects 6 --large-files 200 --large-references 6 --rebuilds 1 --design-time-pairs 2) ;;
  --self-test)
    exec dotnet test "$repo/bench/SpeechLifecycle.Benchmarks.Tests" --artifacts-path "$artifacts" ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac

mkdir -p "$work" "$results"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK" | tee "$results/machine.txt"

echo "== packing the product into $work/feed"
rm -rf "$work/feed"
dotnet pack "$repo/src/SpeechLifecycle.Package" -c Release -o "$work/feed" --artifacts-path "$artifacts" -nologo -v:q
package=$(ls "$work/feed"/SpeechLifecycle.Analyzers.*.nupkg | head -n 1)
version=$(basename "$package" .nupkg); version=${version#SpeechLifecycle.Analyzers.}
echo "   $package (version $version)"

echo "== building the suite"
dotnet build "$repo/bench/SpeechLifecycle.Benchmarks" -c Release --artifacts-path "$artifacts" -nologo -v:q
suite=("$artifacts/bin/SpeechLifecycle.Benchmarks/release/SpeechLifecycle.Benchmarks")

echo "== targets 1 and 2: analyzer overhead, no-change build overhead"
"${suite[@]}" overhead --work "$work/overhead" --results "$results" --feed "$work/feed" --package-version "$version" "${workload[@]}" "${overhead[@]}"

echo "== target 5: real-solution shapes (many small projects, a large one with few references) and design-time builds"
"${suite[@]}" solutions --work "$work/solutions" --results "$results" --feed "$work/feed" --package-version "$version" "${solutions[@]}"

echo "== target 3: reference scanning (BenchmarkDotNet)"
"${suite[@]}" scan --work "$work/scan" --results "$results" "${workload[@]}" "${scan[@]}"

echo "== target 4: cold resolution against the emulator"
"${suite[@]}" resolve --work "$work/resolve" --results "$results" "${resolve[@]}"

echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
echo
cat "$results/summary.md"
echo
echo "results: $results"
