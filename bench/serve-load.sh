#!/usr/bin/env bash
# The screening server under load: 20 simulated reviewers deciding at once for 60 s against `evsyn serve` on
# 127.0.0.1, on a copy of the stem-cell example given a made-up search of 2,049 records (the size of the source
# reviews' title/abstract screening) on SQLite. Prints decisions/s, p50/p95/p99 response time, lost and duplicated
# decisions (both must be 0) and the machine's load: the figures of docs/benchmarks.md ("Screening server").
#
# Usage: bench/serve-load.sh              (SECONDS_LOAD=60 REVIEWERS=20 RECORDS=2049; work files in
#                                          ${TMPDIR:-/tmp}/evsyn-serve-load, made anew each run)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${SECONDS_LOAD:-60}"
reviewers="${REVIEWERS:-20}"
records="${RECORDS:-2049}"
work="${TMPDIR:-/tmp}/evsyn-serve-load"
rm -rf "$work"
mkdir -p "$work"
"$root/evsyn" --version > /dev/null # build first, so no run pays for it

cp -r "$root/examples/stem-cell-stroke" "$work/review"
# Made-up records: a title of random letters each (so none is taken for another's duplicate), a DOI each.
awk -v n="$records" 'BEGIN { srand(20261206); for (i = 1; i <= n; i++) { w = "";
    for (j = 0; j < 24; j++) w = w sprintf("%c", 97 + int(rand() * 26));
    printf "TY  - JOUR\nTI  - Cell therapy trial %s %d\nAB  - Patients with ischemic stroke, record %d.\n", w, i, i;
    printf "PY  - %d\nDO  - 10.5555/load-%d\nER  - \n\n", 1990 + i % 30, i } }' > "$work/review/search.ris"
sed -i 's|"sources": \[\],|"sources": [{"name": "MEDLINE", "searched": "2025-01-01", "files": ["search.ris"]}], "screening": {"exclusion_reasons": ["animal study", "not randomised"]},|' \
  "$work/review/review.json"
"$root/evsyn" run "$work/review" --db "$work/review.db" --out "$work/report" > "$work/run.out"

args=()
for i in $(seq 1 "$reviewers"); do args+=(--reviewer "reviewer$i"); done
"$root/evsyn" serve "$work/review" --db "$work/review.db" --port 0 "${args[@]}" > "$work/serve.out" 2> "$work/serve.err" &
server=$!
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q '^Screening at ' "$work/serve.out" && break
  kill -0 "$server" 2> /dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
url="$(sed -n 's/^Screening at \(http:[^ ]*\).*/\1/p' "$work/serve.out")"
[[ -n "$url" ]] || { echo "evsyn serve printed no address" >&2; exit 1; }
echo "records $records, reviewers $reviewers, $seconds s against $url ($(nproc) cores)"
"$root/evsyn" bench serve-load --url "$url" --tokens "$work/serve.out" --seconds "$seconds"
