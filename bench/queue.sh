#!/usr/bin/env bash
# ReelAtlas job-queue benchmark (issue 12's goals for batch work over machines).
#
#   bench/queue.sh [--corpus DIR] [--runs N] [--build DIR] [--skip-ingest]
#
# Starts a PostgreSQL server of its own (initdb in a temporary folder, a Unix socket, no TCP
# port, the server's default durability: fsync on), then measures side by side, on the server
# and on a catalog folder:
#   hand-out  20,000 jobs taken by 8 takers on their own connections, 4 at a time, each
#             reported done at once (reelatlas-queuebench): jobs a second, none twice
#                                                                     goal ≥ 500 jobs/s
#   ingest    the corpus (../shared/corpus/make-corpus.sh --size small, made if missing) by
#             "ingest --queue" and two "worker --jobs 1" processes, against one local
#             "ingest --jobs 2" (farm-bench, A/B pairs, fresh catalogs each run)
#                                                                     goal ratio ≤ 1.0
# Prints the figures; writes bench/results/queue-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS="" RUNS=3 BUILD=build SKIP_INGEST=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --corpus) CORPUS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    --skip-ingest) SKIP_INGEST=1; shift ;;
    *) sed -n '2,17p' "$0"; exit 2 ;;
  esac
done
BIN=$(cd "$BUILD/bin" && pwd)
[[ -x $BIN/reelatlas-queuebench && -x $BIN/reelatlas-cli ]] || { echo "build first: ./build.sh build" >&2; exit 1; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x $PGBIN/initdb ]] || { echo "PostgreSQL is not installed (./build.sh deps installs it)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/reelatlas-queue-XXXXXX")
chmod 755 "$WORK"
AS=()
if [[ $(id -u) == 0 ]]; then
  AS=(runuser -u postgres --) # PostgreSQL refuses to run as root
  chown postgres "$WORK"
fi
stop() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop EXIT
"${AS[@]}" "$PGBIN/initdb" -D "$WORK/data" -U reelatlas --auth=trust >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w \
  -o "-k $WORK -c listen_addresses=''" start >/dev/null
PSQL=("$PGBIN/psql" -h "$WORK" -U reelatlas -v ON_ERROR_STOP=1 -q postgres)
url() { echo "postgresql:///$1?host=$WORK&user=reelatlas"; }

mkdir -p bench/results
OUT=bench/results/queue-$(date +%Y%m%d-%H%M%S).txt
{
  echo "ReelAtlas queue benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "== hand-out: 20,000 jobs, 8 takers, 4 at a time (goal >= 500 jobs/s, none twice)"
  "${PSQL[@]}" -c "CREATE DATABASE handout"
  for take in 4 1; do
    echo -n "server, take $take: "
    "$BIN/reelatlas-queuebench" --catalog "$(url handout)" --jobs 20000 --workers 8 --take $take
    echo -n "folder, take $take: "
    "$BIN/reelatlas-queuebench" --catalog "$WORK/handout-folder" --jobs 20000 --workers 8 --take $take
  done
} 2>&1 | tee "$OUT"

[[ $SKIP_INGEST == 1 ]] && exit 0
if [[ -z $CORPUS ]]; then
  CORPUS=${TMPDIR:-/tmp}/reelatlas-corpus-small
  [[ -f $CORPUS/manifest.tsv ]] || ../shared/corpus/make-corpus.sh "$CORPUS" --size small >/dev/null
fi
CLI=$BIN/reelatlas-cli
two_workers="exec \"$CLI\" --catalog \"\$C\" worker --until-idle --jobs 1 --quiet"
{
  echo "== ingest $CORPUS ($(find "$CORPUS" -type f \( -name '*.mp4' -o -name '*.mov' -o -name '*.jpg' -o -name '*.mxf' -o -name '*.ts' -o -name '*.m2ts' -o -name '*.webm' -o -name '*.avi' \) | wc -l) files): A = --queue + 2 workers (--jobs 1), B = ingest --jobs 2"
  echo "-- on a catalog folder"
  farm-bench -n "$RUNS" --warmup 0 --timeout 3600 \
    --vs "sh -c 'rm -rf $WORK/b && exec $CLI --catalog $WORK/b ingest --jobs 2 --quiet $CORPUS'" \
    -- sh -c "rm -rf $WORK/a && C=$WORK/a && \"$CLI\" --catalog \$C ingest --queue --quiet $CORPUS && ( $two_workers & $two_workers & wait )"
  echo "-- on the server (B still local into a folder: the yardstick)"
  farm-bench -n "$RUNS" --warmup 0 --timeout 3600 \
    --vs "sh -c 'rm -rf $WORK/b && exec $CLI --catalog $WORK/b ingest --jobs 2 --quiet $CORPUS'" \
    -- sh -c "${PSQL[*]} -c 'DROP DATABASE IF EXISTS ingest' -c 'CREATE DATABASE ingest' && C='$(url ingest)' && \"$CLI\" --catalog \"\$C\" init >/dev/null && \"$CLI\" --catalog \"\$C\" ingest --queue --quiet $CORPUS && ( $two_workers & $two_workers & wait )"
} 2>&1 | tee -a "$OUT"
echo "written: $OUT"
