#!/usr/bin/env bash
# ReelAtlas scouting-lookup benchmark (issue 4's goals).
#
#   bench/records.sh [--locations N] [--experts N] [--catalog DIR|URL] [--build DIR]
#
# Fills a catalog once with N (default 100,000) synthetic locations around real film cities and
# 20,000 experts through the real stores (reelatlas-recordbench), then measures in one run:
#   near      near LAT,LON radius 5-50 km, 300 random centres       goal p95 < 20 ms
#             side by side: a full scan computing every distance
#   words     12 queries typed a keystroke at a time (words + filters) goal p95 < 30 ms
#   page      the same as the records page asks them (RecordReader): until rows are shown (a
#             first page or the whole) and until the whole with summaries and facets
#             side by side: LIKE over names, descriptions, addresses
#   worst     "anan…anxq" (48 letters) typed a keystroke at a time: the pinyin splitter's
#             worst input (seconds per keystroke before it was made linear) goal max < 30 ms
#   package   30 candidates with 3 photos each, as PDF               goal < 5 s
# Prints the figures; writes bench/results/records-<date>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

LOCATIONS=100000 EXPERTS=20000 CATALOG="" BUILD=build
while [[ $# -gt 0 ]]; do
  case $1 in
    --locations) LOCATIONS=$2; shift 2 ;;
    --experts) EXPERTS=$2; shift 2 ;;
    --catalog) CATALOG=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    *) sed -n '2,18p' "$0"; exit 2 ;;
  esac
done
[[ -x $BUILD/bin/reelatlas-recordbench ]] || { echo "build first: ./build.sh build" >&2; exit 1; }
CATALOG=${CATALOG:-${TMPDIR:-/tmp}/reelatlas-records-$LOCATIONS}
mkdir -p bench/results
OUT=bench/results/records-$(date +%Y%m%d-%H%M%S).json
echo "ReelAtlas scouting benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
"$BUILD/bin/reelatlas-recordbench" --catalog "$CATALOG" --locations "$LOCATIONS" --experts "$EXPERTS" --json "$OUT"
if [[ $CATALOG == postgres://* || $CATALOG == postgresql://* ]]; then
  echo "catalog: $CATALOG (a PostgreSQL server's); written: $OUT"
else
  echo "catalog: $CATALOG ($(du -sh "$CATALOG" | cut -f1)); written: $OUT"
fi
