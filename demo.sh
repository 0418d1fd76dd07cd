#!/usr/bin/env bash
# Packs SpeechLifecycle.Analyzers into artifacts/feed, builds each sample in samples/ the way a user's project builds
# (PackageReference from the local feed, committed speech-lifecycle.json, SpeechLifecycleAsOf pinned), prints the SPL
# diagnostics with file:line and checks them against what each sample is written to show.
# Exit code 0: every expected diagnostic appeared at its line and none appeared on a healthy model.
#
# Usage: ./demo.sh          offline, from the committed snapshots (only the .NET SDK needed)
#        ./demo.sh --live   also starts the local Speech emulator and builds BatchTranscription against it
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

live=false
case "${1:-}" in
  --live) live=true ;;
  "") ;;
  *) echo "usage: $0 [--live]" >&2; exit 2 ;;
esac

root=$(pwd)
out=artifacts/samples
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props | head -n 1)

mkdir -p "$out"
echo "== Packing SpeechLifecycle.Analyzers $version into artifacts/feed"
# `dotnet pack` at the root packs the solution, whose one packable project is src/SpeechLifecycle.Package.
if ! dotnet pack -o artifacts/feed --artifacts-path "$out/product" -nologo -v:q >"$out/pack.log" 2>&1; then
  cat "$out/pack.log"
  echo "demo: packing failed" >&2
  exit 1
fi
# The samples restore into this private folder (samples/nuget.config); emptying it means the package just packed is
# the one the samples get, even when its version did not change.
rm -rf "$out/packages/speechlifecycle.analyzers"

failures=0

# Lines of "ID path(line,col)" for the SPL diagnostics in a build log, paths relative to the repository.
diagnostics_of() {
  grep -oE "^[^ ].*\([0-9]+,[0-9]+\): (error|warning|info) SPL[0-9]{4}" "$1" \
    | sed -E "s#^$root/##; s#^(.*)\(([0-9]+),([0-9]+)\): (error|warning|info) (SPL[0-9]{4})#\5 \4 \1:\2:\3#" \
    | sort -u
}

# expect <log> <ID> <file> <marker>: the diagnostic must be on the line of <file> that holds <marker>.
expect() {
  local log=$1 id=$2 file=$3 marker=$4 line
  line=$(grep -nF -- "$marker" "$file" | head -n 1 | cut -d: -f1)
  if grep -qE "^$id [a-z]+ $file:$line:" "$log.spl"; then
    echo "   ok   $id at $file:$line"
  else
    echo "   MISSING $id at $file:$line (the line with '$marker')"
    failures=$((failures + 1))
  fi
}

# expect_none <log> <file> <marker>: nothing may be reported on the line of <file> that holds <marker>.
expect_none() {
  local log=$1 file=$2 marker=$3 line
  line=$(grep -nF -- "$marker" "$file" | head -n 1 | cut -d: -f1)
  if grep -qE "^SPL[0-9]{4} [a-z]+ $file:$line:" "$log.spl"; then
    echo "   UNEXPECTED diagnostic at $file:$line (the line with '$marker', a healthy reference)"
    failures=$((failures + 1))
  else
    echo "   ok   nothing at $file:$line (healthy)"
  fi
}

# build <sample> [extra msbuild arguments]: rebuilds so the compiler runs and reports every time.
build() {
  local sample=$1; shift
  local log="$out/$sample.log"
  echo
  echo "== dotnet build samples/$sample $*"
  dotnet build "samples/$sample" --no-incremental --artifacts-path "$out/$sample" \
    -p:SpeechLifecyclePackageVersion="$version" -nologo -clp:NoSummary "$@" >"$log" 2>&1
  local status=$?
  diagnostics_of "$log" >"$log.spl"
  sed 's/^/   /' "$log.spl"
  if [ ! -s "$log.spl" ]; then
    echo "   (no SPL diagnostics; the build log is $log)"
    grep -E "error (NU|MSB|CS|SPLT)[0-9]+" "$log" | sort -u | head -n 5 | sed 's/^/   /'
  fi
  echo "   exit code $status"
  last_log=$log
  last_status=$status
}

expect_failed_build() {
  if [ "$last_status" -eq 0 ]; then
    echo "   UNEXPECTED exit code 0: the sample has an expired reference, its build must fail"
    failures=$((failures + 1))
  fi
}

b=samples/BatchTranscription
check_batch() {
  expect "$last_log" SPL1001 $b/TranscriptionClient.cs "models/base/1aae1070-7972-47e9-a977-87e3b05c457d"
  expect "$last_log" SPL1002 $b/TranscriptionClient.cs "models/d669666d-2c1c-43be-90e1-d9f030a2021d"
  expect "$last_log" SPL2001 $b/TranscriptionClient.cs '"speechtotext/v3.0/transcriptions"'
  expect "$last_log" SPL1001 $b/appsettings.json "9c9cf17e-a36a-4d78-b716-dd252c0a3477"
  expect_none "$last_log" $b/TranscriptionClient.cs "models/base/54b84fc7-2d66-4e15-aa79-01955cb64f29"
  expect_failed_build
}
build BatchTranscription
check_batch

r=samples/RealtimeRecognition
build RealtimeRecognition
expect "$last_log" SPL1005 $r/Program.cs '"8403fae2-354d-4000-afc9-10112fc90c3c"'
expect "$last_log" SPL1006 $r/Program.cs "cid=a72d8aee-7ccb-41e5-aceb-66a4d152f2b3"
expect_none "$last_log" $r/Program.cs "9d0d1fcd-3922-4410-9212-838a5b3821b3"
expect_none "$last_log" $r/Program.cs "29171cfb-095d-4a40-8ab5-279aacb4181a"
expect_failed_build

t=samples/Training
build Training
expect "$last_log" SPL1003 $t/TrainingRequests.cs "models/base/1aae1070-7972-47e9-a977-87e3b05c457d"
expect "$last_log" SPL1004 $t/TrainingRequests.cs "models/base/92b166ca-588d-42e1-8024-e130441dc067"
expect_none "$last_log" $t/TrainingRequests.cs "models/base/54b84fc7-2d66-4e15-aa79-01955cb64f29"
expect_failed_build

if $live; then
  data=src/SpeechLifecycle.Emulator/data/sample-data.json
  echo
  echo "== Building the Speech emulator"
  if ! dotnet build src/SpeechLifecycle.Emulator --artifacts-path "$out/emulator" -nologo -v:q >"$out/emulator-build.log" 2>&1; then
    cat "$out/emulator-build.log"
    echo "demo: building the emulator failed" >&2
    exit 1
  fi
  # Port 0: the emulator takes a free port and prints it.
  dotnet "$out/emulator/bin/SpeechLifecycle.Emulator/debug/SpeechLifecycle.Emulator.dll" \
    --urls "http://127.0.0.1:0" --data "$data" --key emulator-key >"$out/emulator.log" 2>&1 &
  emulator=$!
  trap 'kill "$emulator" 2>/dev/null' EXIT
  address=""
  for _ in $(seq 1 60); do
    address=$(grep -oE "listening on http://127\.0\.0\.1:[0-9]+/?" "$out/emulator.log" | head -n 1 | sed 's/^listening on //')
    if [ -n "$address" ] || ! kill -0 "$emulator" 2>/dev/null; then break; fi
    sleep 1
  done
  if [ -z "$address" ]; then
    cat "$out/emulator.log"
    echo "demo: the emulator did not start" >&2
    exit 1
  fi
  echo "   emulator at $address ($data)"
  # Live: the sample's committed snapshot is left out and the cache is empty, so every figure comes from the service.
  rm -rf "$out/live-cache"
  SPEECH_KEY=emulator-key build BatchTranscription \
    -p:SpeechLifecycleEndpoint="$address" \
    -p:SpeechLifecycleSnapshot="$root/$out/no-committed-snapshot.json" \
    -p:SpeechLifecycleCacheDirectory="$root/$out/live-cache"
  check_batch
  kill "$emulator" 2>/dev/null
  wait "$emulator" 2>/dev/null
  trap - EXIT
fi

echo
if [ "$failures" -eq 0 ]; then
  echo "demo: every expected diagnostic appeared at its line, and none on a healthy reference."
  exit 0
fi
echo "demo: $failures expectation(s) not met (build logs in $out/)." >&2
exit 1
