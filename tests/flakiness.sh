#!/usr/bin/env bash
# Flakiness check (docs/reliability.md "Flakiness"): runs ./test.sh N times in a row while CPU-heavy processes run
# beside it, and prints how many runs were green. Opt-in, not part of ./test.sh or CI: it takes N full test runs.
#
#   tests/flakiness.sh [N] [--burners K] [-- extra ./test.sh arguments]
#     N          runs (default 10)
#     --burners  busy-loop processes beside the tests (default: the number of cores), so every test runs on a machine
#                that has less CPU than it would like, as on a loaded CI agent
#
# Logs: $FLAKY_WORK (default /tmp/speechlifecycle-flaky)/<UTC time>/run-<i>.log. Exit code 0 only when every run was green.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=10
burners=$(nproc 2>/dev/null || echo 2)
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --burners) burners=$2; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *[!0-9]*|'') echo "usage: $0 [N] [--burners K] [-- test.sh arguments]" >&2; exit 2 ;;
    *) runs=$1; shift ;;
  esac
done

logs="${FLAKY_WORK:-/tmp/speechlifecycle-flaky}/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$logs"

pids=()
stop_burners() {
  # Only the processes this script started, by their id.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait "${pids[@]}" 2>/dev/null
}
trap stop_burners EXIT INT TERM
for _ in $(seq 1 "$burners"); do
  ( while :; do :; done ) &
  pids+=("$!")
done
echo "flakiness: $runs run(s) of ./test.sh beside $burners busy process(es); logs in $logs"

green=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  "$repo/test.sh" "${extra[@]}" > "$logs/run-$i.log" 2>&1
  status=$?
  totals=$(tail -n 1 "$logs/run-$i.log")
  if [ "$status" -eq 0 ] && printf '%s' "$totals" | grep -q ' 0 failed'; then
    green=$((green + 1)); verdict=green
  else
    verdict=RED
  fi
  echo "run $i/$runs: $verdict ($totals) in $(( $(date +%s) - start )) s"
done

echo "$green of $runs runs green"
[ "$green" -eq "$runs" ]
