#!/usr/bin/env bash
# Times evsyn nma against metafor's rma.mv on one network of 1,000 studies and 50 treatments (docs/benchmarks.md,
# "Network meta-analysis"), side by side in one run: whole process, wall clock, with the machine's load (uptime)
# printed beside every figure.
#
# Usage: bench/nma.sh [runs]     (default 3; each run times evsyn, then metafor; medians at the end)
#
#   evsyn    ./evsyn nma --csv NETWORK --measure OR --reference T01 --method REML --format json: the launcher as a
#            user runs it; random effects, league table, P-scores, SUCRA, decomposition of Q and node-splitting are
#            all computed and printed. EVSYN_JAVA_OPTS is passed on.
#   metafor  Rscript bench/nma-metafor.R: R start-up, reading the CSV, the contrasts and V, and rma.mv with the
#            contrast-based model (struct = "CS", rho = 1/2, REML). "model" is the time inside rma.mv() alone.
#            METAFOR=off skips it.
#
# The network is generated once (evsyn bench gen-nma, seed 20261206) into BENCH_DIR (default:
# ${TMPDIR:-/tmp}/evsyn-bench). evsyn's effects are compared with metafor's at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
metafor="${METAFOR:-on}"
if [[ "$metafor" != off ]] && ! Rscript -e 'suppressPackageStartupMessages(library(metafor))' > /dev/null 2>&1; then
  echo "bench: Rscript with metafor not found; timing evsyn alone (METAFOR=off)" >&2
  metafor=off
fi
work="${BENCH_DIR:-${TMPDIR:-/tmp}/evsyn-bench}"
mkdir -p "$work"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Build the jar and its class-data sharing archive now, so that no timed run pays for them.
"$root/evsyn" --version > /dev/null
network="$work/nma_1000x50.csv"
if [[ ! -f "$network" ]]; then
  "$root/evsyn" bench gen-nma --studies 1000 --treatments 50 --seed 20261206 --out "$network" > /dev/null
fi

load() { uptime | sed 's/.*load average: //'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
evsyn_walls=()
mf_walls=()
mf_models=()
for ((i = 1; i <= runs; i++)); do
  l="$(load)"
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/evsyn.time" "$root/evsyn" nma --csv "$network" --measure OR \
    --reference T01 --method REML --format json > "$tmp/evsyn.json" 2> "$tmp/evsyn.err" \
    || { echo "bench: evsyn nma failed: $(head -1 "$tmp/evsyn.err")" >&2; exit 1; }
  read -r wall user sys rss < "$tmp/evsyn.time"
  evsyn_walls+=("$wall")
  printf 'run %d  evsyn nma  %6.2f s wall  %6.2f s user  %5.2f s sys  %7d KB max RSS   load %s\n' \
    "$i" "$wall" "$user" "$sys" "$rss" "$l"
  if [[ "$metafor" == off ]]; then continue; fi
  l="$(load)"
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/mf.time" Rscript "$root/bench/nma-metafor.R" "$network" T01 \
    "$tmp/metafor.csv" > /dev/null 2> "$tmp/mf.err" \
    || { echo "bench: metafor failed: $(grep -m1 -i error "$tmp/mf.err")" >&2; exit 1; }
  read -r mwall muser msys mrss < <(tail -1 "$tmp/mf.time")
  model="$(sed -n 's/^model_seconds=\([0-9.]*\).*/\1/p' "$tmp/mf.err")"
  mf_walls+=("$mwall")
  mf_models+=("$model")
  printf 'run %d  metafor    %6.2f s wall  %6.2f s user  %5.2f s sys  %7d KB max RSS   load %s; rma.mv alone %s s\n' \
    "$i" "$mwall" "$muser" "$msys" "$mrss" "$l" "$model"
  printf 'run %d  ratio metafor / evsyn: %s (whole process), %s (rma.mv alone / evsyn whole process)\n' "$i" \
    "$(awk -v m="$mwall" -v e="$wall" 'BEGIN { printf "%.0fx", m / e }')" \
    "$(awk -v m="$model" -v e="$wall" 'BEGIN { printf "%.0fx", m / e }')"
done

e_med="$(printf '%s\n' "${evsyn_walls[@]}" | median)"
echo
echo "network: $(($(wc -l < "$network") - 1)) arms; evsyn output $(wc -c < "$tmp/evsyn.json") bytes of JSON"
echo "median of $runs runs: evsyn nma $e_med s (target < 1 s)   load now $(load)"
if [[ "$metafor" != off ]]; then
  m_med="$(printf '%s\n' "${mf_walls[@]}" | median)"
  mm_med="$(printf '%s\n' "${mf_models[@]}" | median)"
  echo "median of $runs runs: metafor $m_med s whole process, rma.mv alone $mm_med s; ratio $(awk -v m="$m_med" \
    -v e="$e_med" 'BEGIN { printf "%.0fx", m / e }') (whole process), $(awk -v m="$mm_med" -v e="$e_med" \
    'BEGIN { printf "%.0fx", m / e }') (rma.mv alone)"
  if command -v python3 > /dev/null; then
    python3 - "$tmp/evsyn.json" "$tmp/metafor.csv" << 'PY'
import csv, json, sys
e = json.load(open(sys.argv[1]))
effects = {x["treatment"]: x for x in e["effects_vs_reference"]}
worst = tau2 = 0.0
rows = list(csv.DictReader(open(sys.argv[2])))
for r in rows:
    x = effects[r["treatment"]]
    worst = max(worst, abs(x["estimate"] - float(r["estimate"])) / float(r["se"]))
    tau2 = float(r["tau2"])
print(f"evsyn vs metafor on {len(rows)} effects: estimates differ by at most {worst:.1e} standard errors; "
      f"tau2 {e['tau2']:.6g} (evsyn) and {tau2:.6g} (metafor, its default convergence)")
PY
  fi
fi
