#!/usr/bin/env bash
# Times the statistics benchmarks of docs/benchmarks.md (whole process, wall clock) on the shared bench data.
# Usage: bench/stats.sh [runs]    (default 5 runs per benchmark; prints every run, then the fastest)
# JVM options come from EVSYN_JAVA_OPTS (default: -XX:TieredStopAtLevel=1, see docs/benchmarks.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
jar="$root/cli/target/evsyn.jar"
data=""
for dir in "$root" "$root/.." "$root/../.."; do
  if [[ -d "$dir/shared/bench-data" ]]; then data="$(cd "$dir/shared/bench-data" && pwd)"; break; fi
done
[[ -n "$data" ]] || { echo "bench: shared/bench-data not found beside the checkout" >&2; exit 1; }
[[ -f "$jar" ]] || (cd "$root" && mvn -q -B -DskipTests package -pl cli -am)
opts="${EVSYN_JAVA_OPTS--XX:TieredStopAtLevel=1}"
out="$(mktemp)"
trap 'rm -f "$out" "$out.time"' EXIT

bench() {
  local name="$1"; shift
  local best=""
  for ((i = 1; i <= runs; i++)); do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$out.time" java $opts -jar "$jar" "$@" > "$out"
    read -r wall user sys rss < "$out.time"
    printf '%-34s run %d: %6.2f s wall  %6.2f s user  %6.2f s sys  %7d KB max RSS\n' "$name" "$i" "$wall" "$user" "$sys" "$rss"
    if [[ -z "$best" ]] || awk "BEGIN { exit !($wall < $best) }"; then best="$wall"; fi
  done
  printf '%-34s fastest %.2f s (%s lines of output)\n\n' "$name" "$best" "$(wc -l < "$out")"
}

cd "$data"
bench "(a) 10,000 x REML k=15, split-by" meta --csv md_batch_10000x15.csv.gz --measure MD --method REML \
  --split-by analysis --format json --blocks main
bench "(b) REML k=100,000, main blocks" meta --csv md_k100000.csv.gz --measure MD --method REML --format json \
  --blocks main
bench "(c) leave-one-out+influence k=1,000" meta --csv md_k1000.csv --measure MD --method REML --format json \
  --blocks leave_one_out,influence
bench "(a') 10,000 x REML k=15, all blocks" meta --csv md_batch_10000x15.csv.gz --measure MD --method REML \
  --split-by analysis --format json
