#!/usr/bin/env bash
# Reads 200 MB exports as a review run reads them, under a 512 MiB heap: the memory figures of
# docs/reliability.md ("Input: limits and what is refused"). Each export is made from a sample in the test resources,
# repeated (with fresh ids) to SIZE_MB; two damaged ones are a single record that never ends. `evsyn report` reads
# the review folder and its exports (once, without storing) before it needs the store, and stops there (the store
# does not exist), so the time and peak memory are those of that one pass.
#
# Usage: bench/input-bounds.sh            (SIZE_MB=200 HEAP=512m; work files in ${TMPDIR:-/tmp}/evsyn-bounds)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size=$(( ${SIZE_MB:-200} * 1024 * 1024 ))
heap="${HEAP:-512m}"
work="${BOUNDS_DIR:-${TMPDIR:-/tmp}/evsyn-bounds}"
res="$root/ingest/service/src/test/resources"
mkdir -p "$work/review"
"$root/evsyn" --version > /dev/null # build first, so no run pays for it

# Repeats a sample until the file has $size bytes; awk renumbers the ids given by a pattern so records stay distinct.
grow() { # grow OUT SAMPLE AWK-PROGRAM
  [[ -f "$1" ]] && return
  awk -v size="$size" "$3" "$2" > "$1"
}
grow "$work/review/medline.nbib" "$res/literature/pubmed-medline-nbib-10-records.nbib" '
  { lines[n++] = $0 } END { id = 90000000; while (bytes < size) for (i = 0; i < n; i++) {
      line = lines[i]; if (line ~ /^PMID- /) line = "PMID- " (++id) "\r"; print line; bytes += length(line) + 1 } }'
grow "$work/review/scopus.ris" "$res/literature/ris-scopus-export.ris" '
  { lines[n++] = $0 } END { while (bytes < size) for (i = 0; i < n; i++) { print lines[i]; bytes += length(lines[i]) + 1 } }'
grow "$work/review/pubmed.xml" "$res/literature/pubmed-xml-PubmedArticleSet-2-articles.xml" '
  NR < 4 { print; next } NR == 4 { i = index($0, "</PubmedArticleSet>"); body = substr($0, 1, i - 1); tail = substr($0, i) "\n" }
  END { id = 80000000; while (bytes < size) { a = body; while (sub(/<PMID Version="1">[0-9]+</, "<PMID Version=\"1\">\001" (++id) "<", a)) {}
        gsub(/\001/, "", a); print a; bytes += length(a) + 1 } printf "%s", tail }'
grow "$work/review/page.json" "$res/ctgov/ctgov-v2-NCT02552212-results.json" '
  { study = study $0 "\n" } END { printf "{\"studies\":["; id = 10000000;
      while (bytes < size) { s = study; gsub(/NCT02552212/, "NCT" (id++), s); printf "%s%s", (bytes ? "," : ""), s; bytes += length(s) }
      print "]}" }'
# Damaged: one PMID- line, then an abstract that never ends; one TY line and no ER.
[[ -f "$work/review/one-record.nbib" ]] || { echo "PMID- 1"; yes "AB  - an abstract line that goes on and on" | head -c "$size"; } > "$work/review/one-record.nbib"
[[ -f "$work/review/no-er.ris" ]] || { echo "TY  - JOUR"; yes "N1  - a note in a record whose ER line was lost" | head -c "$size"; } > "$work/review/no-er.ris"
cp -r "$root/examples/stem-cell-stroke/extraction" "$work/review/"

printf '%-16s %10s %8s %9s  %s\n' export MB seconds "peak MB" "outcome (first line on stderr)"
for f in medline.nbib scopus.ris pubmed.xml page.json one-record.nbib no-er.ris; do
  sed -e "s|\"sources\": \[\]|\"sources\": [{\"name\": \"bench\", \"searched\": \"2026-01-01\", \"files\": [\"$f\"]}]|" \
    "$root/examples/stem-cell-stroke/review.json" > "$work/review/review.json"
  rm -f "$work/none.db"
  /usr/bin/time -f "%e %M" -o "$work/time" env EVSYN_JAVA_OPTS="-Xmx$heap" \
    "$root/evsyn" report "$work/review" --db "$work/none.db" --out "$work/out" > /dev/null 2> "$work/err" || true
  read -r secs kb < <(tail -1 "$work/time")
  outcome="$(grep -m1 '^evsyn:' "$work/err" || true)"
  [[ "$outcome" == *"no evidence store here"* ]] && outcome="read whole (then stops: no store)"
  printf '%-16s %10d %8s %9d  %s\n' "$f" $(( $(stat -c %s "$work/review/$f") / 1048576 )) "$secs" $(( kb / 1024 )) "$outcome"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
