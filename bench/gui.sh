#!/usr/bin/env bash
# ReelAtlas desktop benchmark on a large catalog (issue 3's goals).
#
#   bench/gui.sh [--count N] [--catalog DIR] [--build DIR] [--cold] [--search-only | --sort-only]
#
# Makes a catalog of N (default 100,000) realistic synthetic assets with tags and posters with
# reelatlas-gencatalog (or reuses DIR), then runs reelatlas-guibench in a virtual X server
# (xvfb-run, 1920x1200) and measures, in one run:
#   start-up     window shown, first result, grid usable (posters of the first screen)   goal < 1.5 s
#   search       every prefix of 12 queries "words + two filters", typed a keystroke at a time:
#                keystroke -> results shown, 50th/95th percentile                        goal p95 < 50 ms
#   facets       keystroke -> facet counts shown; all assets, warm and cold               goal < 150 ms
#   scrolling    the whole grid and the whole table a page at a time, and 200 random jumps:
#                longest event-loop stall                                                 goal < 50 ms
#   select all   Ctrl+A over every asset: longest stall, time to the inspector's summary, memory it took
#   memory       resident set after all of it                                             goal < 500 MB
# --cold first writes back and drops the page cache (as after a reboot; needs root), so the
# catalog is read from the disk. REELATLAS_BENCH_SCROLL_PAGES=N scrolls at most N pages of each
# view (for a million assets); REELATLAS_BENCH_NO_PREFETCH=1 looks for a search's first answer
# without asking a server for the whole at the same time. Prints the figures; writes
# bench/results/gui-<date>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=100000 CATALOG="" BUILD=build EXTRA=() COLD=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --count) COUNT=$2; shift 2 ;;
    --catalog) CATALOG=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    --cold) COLD=1; shift ;;
    --search-only) EXTRA+=(--search-only); shift ;;
    --sort-only) EXTRA+=(--sort-only); shift ;;
    *) sed -n '2,21p' "$0"; exit 2 ;;
  esac
done
for tool in reelatlas-gencatalog reelatlas-guibench; do
  [[ -x $BUILD/bin/$tool ]] || { echo "build first: ./build.sh build" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || {
  echo "installing xvfb for the virtual screen" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
  else sudo apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null; fi
}

if [[ -z $CATALOG ]]; then
  CATALOG=${TMPDIR:-/tmp}/reelatlas-gencatalog-$COUNT
  if [[ ! -f $CATALOG/catalog.sqlite ]]; then
    rm -rf "$CATALOG.part"
    "$BUILD/bin/reelatlas-gencatalog" --catalog "$CATALOG.part" --count "$COUNT"
    mv "$CATALOG.part" "$CATALOG"
  fi
fi

mkdir -p bench/results
OUT=bench/results/gui-$(date +%Y%m%d-%H%M%S).json
CONFIG=$(mktemp -d) # the benchmark's own settings, not the user's
trap 'rm -rf "$CONFIG"' EXIT
echo "ReelAtlas desktop benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
if [[ $CATALOG == postgres://* || $CATALOG == postgresql://* ]]; then
  echo "catalog: $CATALOG (a PostgreSQL server's)"
else
  echo "catalog: $CATALOG ($(du -sh "$CATALOG" | cut -f1))"
fi
if [[ $COLD -eq 1 ]]; then
  sync
  if [[ $(id -u) -eq 0 ]]; then echo 3 >/proc/sys/vm/drop_caches; else sudo sh -c 'echo 3 >/proc/sys/vm/drop_caches'; fi
  echo "page cache dropped: cold start"
fi
XDG_CONFIG_HOME=$CONFIG xvfb-run -a -s "-screen 0 1920x1200x24" \
  "$BUILD/bin/reelatlas-guibench" --catalog "$CATALOG" --json "$OUT" "${EXTRA[@]}"
echo "written: $OUT"
