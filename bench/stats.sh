#!/usr/bin/env bash
# Times the statistics benchmarks of docs/benchmarks.md, evsyn and metafor side by side in one run: whole process,
# wall clock, with the machine's load average (1 min) printed beside every figure.
#
# Usage: bench/stats.sh [runs]     (default 5 evsyn runs per benchmark; metafor runs once, it takes minutes)
#
#   evsyn    ./evsyn (the launcher: its JVM flags and class-data sharing archive); EVSYN_JAVA_OPTS is passed on.
#            Every run is printed, then the fastest and the median.
#   metafor  Rscript bench/metafor.R: R start-up, reading the CSV, escalc + rma(method = "REML") per analysis,
#            writing the results. "model" is the time inside the rma() calls alone. METAFOR=off skips it.
#
# The 100,000-analysis batch is generated once (evsyn bench gen-meta, seed 20261206) into BENCH_DIR
# (default: ${TMPDIR:-/tmp}/evsyn-bench). evsyn's batch results are compared with metafor's at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
metafor="${METAFOR:-on}"
data=""
for dir in "$root" "$root/.." "$root/../.."; do
  if [[ -d "$dir/shared/bench-data" ]]; then data="$(cd "$dir/shared/bench-data" && pwd)"; break; fi
done
[[ -n "$data" ]] || { echo "bench: shared/bench-data not found beside the checkout" >&2; exit 1; }
if [[ "$metafor" != off ]] && ! Rscript -e 'suppressPackageStartupMessages(library(metafor))' > /dev/null 2>&1; then
  echo "bench: Rscript with metafor not found; timing evsyn alone (METAFOR=off)" >&2
  metafor=off
fi
work="${BENCH_DIR:-${TMPDIR:-/tmp}/evsyn-bench}"
mkdir -p "$work"
out="$(mktemp)"
trap 'rm -f "$out" "$out.time" "$out.err"' EXIT

# Build the jar and its class-data sharing archive now, so that no timed run pays for them.
"$root/evsyn" --version > /dev/null
batch100k="$work/md_batch_100000x15.csv.gz"
if [[ ! -f "$batch100k" ]]; then
  "$root/evsyn" bench gen-meta --analyses 100000 --k 15 --seed 20261206 --out "$batch100k" > /dev/null
fi

load() { cut -d' ' -f1 /proc/loadavg; }
summary=()

# evsyn NAME ARGS...: runs evsyn $runs times; sets evsyn_best, evsyn_best_load, evsyn_best_cpu (user + sys of
# that run) and evsyn_median.
evsyn() {
  local name="$1"; shift
  local walls=() l
  for ((i = 1; i <= runs; i++)); do
    l="$(load)"
    /usr/bin/time -f "%e %U %S %M" -o "$out.time" "$root/evsyn" "$@" > "$out" 2> "$out.err" || true
    read -r wall user sys rss < "$out.time"
    printf '%-36s evsyn   run %d: %6.2f s wall  %6.2f s user  %5.2f s sys  %7d KB max RSS   load %s\n' \
      "$name" "$i" "$wall" "$user" "$sys" "$rss" "$l"
    walls+=("$wall $l $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
  done
  read -r evsyn_best evsyn_best_load evsyn_best_cpu < <(printf '%s\n' "${walls[@]}" | sort -n | head -1)
  evsyn_median="$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }')"
  printf '%-36s evsyn   fastest %.2f s (load %s, CPU %s s), median %.2f s; %s lines of output\n' \
    "$name" "$evsyn_best" "$evsyn_best_load" "$evsyn_best_cpu" "$evsyn_median" "$(wc -l < "$out")"
}

# metafor NAME TAG INPUT [SPLIT_COLUMN]: one run, results in $work/metafor-TAG.csv; sets mf_wall, mf_cpu, mf_load,
# mf_model, mf_model_load, mf_note.
metafor() {
  local name="$1" tag="$2" input="$3" split="${4:-}"
  mf_wall="-"; mf_cpu="-"; mf_model="-"; mf_load="$(load)"; mf_note=""
  if [[ "$metafor" == off ]]; then mf_note="not run"; return; fi
  local status=0
  /usr/bin/time -f "%e %U %S %M" -o "$out.time" Rscript "$root/bench/metafor.R" "$input" "$work/metafor-$tag.csv" \
    ${split:+"$split"} > /dev/null 2> "$out.err" || status=$?
  read -r mf_wall user sys rss < <(tail -1 "$out.time")
  mf_cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  mf_model_load="$(load)"
  if [[ $status -ne 0 ]]; then
    mf_note="failed: $(grep -m1 -i 'error' "$out.err" | cut -c1-80)"
    mf_model="-"
  else
    mf_model="$(sed -n 's/^model_seconds=\([0-9.]*\).*/\1/p' "$out.err")"
    mf_note="$(sed -n 's/^model_seconds=[0-9.]* //p' "$out.err")"
    # No fit at all (k = 100,000 needs k x k matrices): report the error, not a ratio.
    if [[ "$mf_note" =~ analyses=([0-9]+)\ failed=([0-9]+) && "${BASH_REMATCH[1]}" == "${BASH_REMATCH[2]}" ]]; then
      mf_note="fails: $(tail -1 "$work/metafor-$tag.csv" | awk -F'"' '{ print $(NF - 1) }')"
    fi
  fi
  printf '%-36s metafor whole process %6.2f s wall  %6.2f s user  %7d KB max RSS   load %s; model calls %s s   load %s  %s\n' \
    "$name" "$mf_wall" "$user" "$rss" "$mf_load" "$mf_model" "$mf_model_load" "$mf_note"
}

# secs X: "X s" for a figure, "-" for none.
secs() { if [[ "$1" == "-" || -z "$1" ]]; then echo "-"; else echo "$1 s"; fi; }

# row NAME: one line of the closing table from the last evsyn and metafor figures.
row() {
  local ratio="-" model_ratio="-" cpu_ratio="-"
  if [[ "$mf_model" != "-" && -n "$mf_model" && "$mf_note" != fails:* ]]; then
    ratio="$(awk -v m="$mf_wall" -v e="$evsyn_best" 'BEGIN { printf "%.0fx", m / e }')"
    model_ratio="$(awk -v m="$mf_model" -v e="$evsyn_best" 'BEGIN { printf "%.0fx", m / e }')"
    cpu_ratio="$(awk -v m="$mf_cpu" -v e="$evsyn_best_cpu" 'BEGIN { printf "%.0fx", m / e }')"
  fi
  summary+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' "$1" "$(secs "$evsyn_best")" \
    "$(secs "$evsyn_best_cpu")" "$evsyn_best_load" "$(secs "$evsyn_median")" "$(secs "$mf_wall")" "$(secs "$mf_cpu")" \
    "$mf_load" "$(secs "$mf_model")" "$ratio" "$model_ratio" "$cpu_ratio" "$mf_note")")
  echo
}

cd "$data"
evsyn "start-up (evsyn --version)" --version
mf_wall="-"; mf_cpu="-"; mf_model="-"; mf_load="-"; mf_note=""; row "start-up (evsyn --version)"

evsyn "(a) 10,000 x REML k=15" meta --csv md_batch_10000x15.csv.gz --measure MD --method REML \
  --split-by analysis --format json --blocks main
cp "$out" "$work/evsyn-a.jsonl"
metafor "(a) 10,000 x REML k=15" a md_batch_10000x15.csv.gz analysis
row "(a) 10,000 x REML k=15"

evsyn "(a100k) 100,000 x REML k=15" meta --csv "$batch100k" --measure MD --method REML \
  --split-by analysis --format json --blocks main
cp "$out" "$work/evsyn-a100k.jsonl"
metafor "(a100k) 100,000 x REML k=15" a100k "$batch100k" analysis
row "(a100k) 100,000 x REML k=15"

evsyn "(b) REML k=100,000" meta --csv md_k100000.csv.gz --measure MD --method REML --format json --blocks main
metafor "(b) REML k=100,000" b md_k100000.csv.gz
row "(b) REML k=100,000"

evsyn "(c) leave-one-out+influence k=1,000" meta --csv md_k1000.csv --measure MD --method REML --format json \
  --blocks leave_one_out,influence
mf_wall="-"; mf_cpu="-"; mf_model="-"; mf_load="-"; mf_note="metafor not run: about 43 min each (bench-data README)"
row "(c) leave-one-out+influence k=1,000"

evsyn "(a') 10,000 x REML k=15, all blocks" meta --csv md_batch_10000x15.csv.gz --measure MD --method REML \
  --split-by analysis --format json
mf_wall="-"; mf_cpu="-"; mf_model="-"; mf_load="-"; mf_note=""
row "(a') 10,000 x REML k=15, all blocks"

echo "evsyn: fastest of $runs runs, its CPU (user + sys) and the load at its start, and the median;"
echo "metafor: one run, whole process (wall, CPU, load at its start) and the rma() calls alone."
echo "Ratios: metafor whole process / evsyn fastest; metafor model calls / evsyn fastest; CPU / CPU."
echo "| benchmark | evsyn | evsyn CPU | load | evsyn median | metafor | metafor CPU | load | metafor model calls | ratio | model ratio | CPU ratio | note |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for line in "${summary[@]}"; do echo "$line"; done

# How far evsyn's results are from metafor's on every batch analysis metafor could fit (metafor stops at its default
# convergence threshold, evsyn converges tightly).
if [[ "$metafor" != off ]] && command -v python3 > /dev/null; then
  for b in a a100k; do
    python3 - "$work/evsyn-$b.jsonl" "$work/metafor-$b.csv" "$b" << 'EOF'
import csv, json, sys
evsyn = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    evsyn[o["split"]] = o
estimate = tau2 = 0.0
compared = 0
for r in csv.DictReader(open(sys.argv[2])):
    if r["error"] or r["estimate"] == "NA":
        continue
    e = evsyn[r["analysis"]]
    compared += 1
    estimate = max(estimate, abs(e["estimate"] - float(r["estimate"])) / float(r["se"]))
    tau2 = max(tau2, abs(e["tau2"] - float(r["tau2"])))
print(f"({sys.argv[3]}) evsyn vs metafor on {compared} analyses: estimates differ by at most {estimate:.1e} standard "
      f"errors, tau2 by at most {tau2:.1e}")
EOF
  done
fi
