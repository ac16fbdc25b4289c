#!/usr/bin/env bash
# Measures the store under concurrent use (docs/reliability.md, "The store: locks, backups, integrity"): writers that
# queue for the write lock, a reader during a bulk import, a backup during a bulk import, and the cost of check,
# backup, export and import-export. Whole processes through ./evsyn, wall clock, with the load average (1 min) printed
# beside every figure: on a shared machine the waits measure the machine as much as evsyn.
#
# Usage: bench/store.sh [writers] [studies per writer] [studies in the bulk file]   (default 12 300 4000)
#
# Inputs are made by `evsyn bench gen-ctgov` into BENCH_DIR (default ${TMPDIR:-/tmp}/evsyn-bench-store), once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
writers="${1:-12}"
per_writer="${2:-300}"
bulk="${3:-4000}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/evsyn-bench-store}"
mkdir -p "$work"
evsyn="$root/evsyn"
load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

"$evsyn" --version > /dev/null # build the jar now, so that no timed run pays for it
for ((i = 1; i <= writers; i++)); do
  [[ -f "$work/page$i.json" ]] || "$evsyn" bench gen-ctgov "$per_writer" --seed "$i" --out "$work/page$i.json" > /dev/null
done
[[ -f "$work/bulk.json" ]] || "$evsyn" bench gen-ctgov "$bulk" --seed 99 --out "$work/bulk.json" > /dev/null

echo "== $writers ingest processes started at once on one store ($per_writer studies each; load $(load))"
rm -f "$work/shared.db"*
"$evsyn" init --db "$work/shared.db" > /dev/null
start="$(now)"
pids=()
for ((i = 1; i <= writers; i++)); do
  ( s="$(now)"; status=0
    "$evsyn" ingest --db "$work/shared.db" "$work/page$i.json" > "$work/writer$i.out" 2> "$work/writer$i.err" || status=$?
    echo "$status $(secs "$s" "$(now)")" > "$work/writer$i.result" ) &
  pids+=($!)
done
wait "${pids[@]}"
total="$(secs "$start" "$(now)")"
failed=0; longest=0; notices=0
for ((i = 1; i <= writers; i++)); do
  read -r status wall < "$work/writer$i.result"
  [[ "$status" == 0 ]] || failed=$((failed + 1))
  waited="$(grep -o 'waited [0-9]* s, giving up' "$work/writer$i.err" | tail -1 | grep -o '[0-9]*' || echo 0)"
  notices=$((notices + $(grep -c 'waiting for the lock' "$work/writer$i.err" || true)))
  (( waited > longest )) && longest="$waited"
  printf '  writer %2d: exit %s, %6.1f s wall, last wait notice at %s s\n' "$i" "$status" "$wall" "$waited"
done
echo "  all done in $total s; $failed failed; $notices wait notices; longest wait reported ${longest} s; load $(load)"
"$evsyn" status --db "$work/shared.db" --json

echo "== status every second during a bulk import of $bulk studies (one transaction; load $(load))"
rm -f "$work/bulk.db"*
"$evsyn" init --db "$work/bulk.db" > /dev/null
s="$(now)"
"$evsyn" ingest --db "$work/bulk.db" --chunk 0 "$work/bulk.json" > "$work/bulk.out" 2>&1 &
ingest=$!
reads=0; bad=0; worst=0; walls=()
while kill -0 "$ingest" 2> /dev/null; do
  r="$(now)"
  if "$evsyn" status --db "$work/bulk.db" --json > "$work/status.out" 2> "$work/status.err"; then :; else bad=$((bad + 1)); fi
  w="$(secs "$r" "$(now)")"; walls+=("$w"); reads=$((reads + 1))
  grep -q damaged "$work/status.err" && { echo "  status said damaged: $(cat "$work/status.err")"; bad=$((bad + 1)); }
  printf '  status at %6.1f s: %5.1f s, %s\n' "$(secs "$s" "$r")" "$w" "$(tr -d '\n' < "$work/status.out" | cut -c1-60)"
  sleep 1
done
wait "$ingest"
echo "  import took $(secs "$s" "$(now)") s; $reads status runs, $bad failed; slowest $(printf '%s\n' "${walls[@]}" | sort -n | tail -1) s; load $(load)"

echo "== backup during a bulk import (load $(load))"
rm -f "$work/bulk2.db"* "$work/during.db"
cp "$work/shared.db" "$work/bulk2.db"
"$evsyn" ingest --db "$work/bulk2.db" --chunk 0 "$work/bulk.json" > /dev/null 2>&1 &
ingest=$!
sleep 5
b="$(now)"
"$evsyn" backup --db "$work/bulk2.db" --to "$work/during.db" 2> "$work/backup.err"
echo "  backup started 5 s into the import took $(secs "$b" "$(now)") s ($(grep -c 'waiting for the lock' "$work/backup.err" || true) wait notices)"
wait "$ingest"
"$evsyn" check --db "$work/during.db"
"$evsyn" status --db "$work/during.db" --json

echo "== maintenance on the bulk store ($(du -h "$work/bulk.db" | cut -f1); load $(load))"
rm -rf "$work/export" "$work/rebuilt.db" "$work/copy.db"
for step in "check --db $work/bulk.db" "backup --db $work/bulk.db --to $work/copy.db" \
            "export --db $work/bulk.db --to $work/export" "import-export $work/export --db $work/rebuilt.db" \
            "status --db $work/bulk.db" "init --db $work/bulk.db"; do
  t="$(now)"
  # shellcheck disable=SC2086
  "$evsyn" $step > /dev/null
  printf '  %-14s %6.1f s   load %s\n' "${step%% *}" "$(secs "$t" "$(now)")" "$(load)"
done
