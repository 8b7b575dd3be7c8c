#!/usr/bin/env bash
# ReelAtlas ingest benchmark: side by side, same files, same cores, one run.
#
#   bench/run.sh [--size small|medium|full] [--corpus DIR] [--jobs N] [--repeat N] [--build DIR]
#
# Makes the corpus with ../shared/corpus/make-corpus.sh (or reuses DIR), warms the page cache,
# then measures, median of --repeat runs (default 3):
#   (a)  reelatlas-cli ingest --jobs N into a fresh catalog: probe + posters + a 4-keyframe filmstrip
#        + visual facts + catalogue (the analysis pass, not measured here, makes the 8-frame strip)
#   (a2) the same command again with nothing changed
#   (b)  ffmpegthumbnailer -s 256 once per file, xargs -P N (one thumbnail, no metadata)
#   (c)  ffprobe -show_format -show_streams once per file, xargs -P N
# and the peak memory of (a)'s whole process tree (the CLI and its workers), sampled every 50 ms.
# Prints a table and the ratios; writes bench/results/<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=medium CORPUS="" JOBS=2 REPEAT=3 BUILD=build
while [[ $# -gt 0 ]]; do
  case $1 in
    --size) SIZE=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --repeat) REPEAT=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    *) sed -n '2,17p' "$0"; exit 2 ;;
  esac
done
CLI=$BUILD/bin/reelatlas-cli
[[ -x $CLI ]] || { echo "build first: ./build.sh build" >&2; exit 1; }
for tool in ffmpegthumbnailer ffprobe; do
  command -v $tool >/dev/null || {
    echo "installing $tool for the comparison" >&2
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq --no-install-recommends ffmpegthumbnailer ffmpeg >/dev/null
    else sudo apt-get install -y -qq --no-install-recommends ffmpegthumbnailer ffmpeg >/dev/null; fi
  }
done

if [[ -z $CORPUS ]]; then
  CORPUS=${TMPDIR:-/tmp}/reelatlas-corpus-$SIZE
  if [[ ! -f $CORPUS/manifest.tsv ]]; then
    MAKE=../shared/corpus/make-corpus.sh
    [[ -x $MAKE || -f $MAKE ]] || { echo "no corpus: give --corpus DIR or put ../shared beside the repository" >&2; exit 1; }
    bash "$MAKE" "$CORPUS" --size "$SIZE" --jobs "$JOBS"
  fi
fi
FILES=$(mktemp)
find "$CORPUS/clips" "$CORPUS/stills" -type f | sort > "$FILES"
N=$(wc -l < "$FILES")
cat $(cat "$FILES") > /dev/null # warm the page cache: all three read the same cached files
WORK=$(mktemp -d)
trap 'rm -rf "$WORK" "$FILES"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Runs "$@" in its own session and prints "SECONDS PEAK_RSS_KB PEAK_PSS_KB": wall time and, with
# SAMPLE_MEMORY set, the peaks of the memory of every process in the session (the CLI and all its
# workers), summed. RSS counts shared libraries once per process (an upper bound); PSS shares them
# out (the real total). Sampling costs CPU, so timed runs do not sample.
measure() {
  local start end peak=0 peakPss=0 total pss sid pids
  start=$(now)
  setsid "$@" > /dev/null 2>&1 &
  sid=$!
  while [[ -n ${SAMPLE_MEMORY:-} ]] && kill -0 "$sid" 2>/dev/null; do
    pids=$(ps -o pid= --sid "$sid" 2>/dev/null || true)
    total=$(ps -o rss= --sid "$sid" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }' || true)
    pss=0
    for p in $pids; do
      pss=$(( pss + $(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0) ))
    done
    (( total > peak )) && peak=$total
    (( pss > peakPss )) && peakPss=$pss
    sleep 0.05
  done
  wait "$sid" || true
  end=$(now)
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }') $peak $peakPss"
}

declare -a A A2 B C MEM PSS
for ((r = 1; r <= REPEAT; r++)); do
  rm -rf "$WORK/catalog"
  read -r t _ _ < <(measure "$CLI" --catalog "$WORK/catalog" ingest --jobs "$JOBS" --quiet "$CORPUS/clips" "$CORPUS/stills")
  A+=("$t")
  read -r t _ _ < <(measure "$CLI" --catalog "$WORK/catalog" ingest --jobs "$JOBS" --quiet "$CORPUS/clips" "$CORPUS/stills")
  A2+=("$t")
  read -r t _ _ < <(measure bash -c "xargs -P $JOBS -I{} sh -c 'ffmpegthumbnailer -s 256 -i \"\$1\" -o $WORK/ft.\$\$.jpg >/dev/null 2>&1' _ {} < $FILES")
  B+=("$t")
  read -r t _ _ < <(measure bash -c "xargs -P $JOBS -I{} ffprobe -v error -show_format -show_streams {} < $FILES")
  C+=("$t")
done
rm -rf "$WORK/catalog"
read -r _ m p < <(SAMPLE_MEMORY=1 measure "$CLI" --catalog "$WORK/catalog" ingest --jobs "$JOBS" --quiet "$CORPUS/clips" "$CORPUS/stills")
MEM+=("$m"); PSS+=("$p")
ta=$(printf '%s\n' "${A[@]}" | median)
ta2=$(printf '%s\n' "${A2[@]}" | median)
tb=$(printf '%s\n' "${B[@]}" | median)
tc=$(printf '%s\n' "${C[@]}" | median)
peak=$(printf '%s\n' "${MEM[@]}" | sort -g | tail -1)
peakPss=$(printf '%s\n' "${PSS[@]}" | sort -g | tail -1)
failed=$("$CLI" --catalog "$WORK/catalog" export --format csv | awk -F, 'NR > 1 && $4 != "ok"' | wc -l)

mkdir -p bench/results
OUT=bench/results/$(date +%Y%m%d-%H%M%S).txt
{
  echo "ReelAtlas ingest benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, --jobs $JOBS, median of $REPEAT"
  echo "corpus: $CORPUS ($N files, $(du -sh "$CORPUS" | cut -f1)), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  printf "%-58s %9s %9s\n" "" "seconds" "files/s"
  printf "%-58s %9.2f %9.2f\n" "(a)  reelatlas-cli ingest (probe+posters+filmstrip+catalog)" "$ta" "$(echo "$N / $ta" | bc -l)"
  printf "%-58s %9.3f %9.1f\n" "(a2) the same, nothing changed" "$ta2" "$(echo "$N / $ta2" | bc -l)"
  printf "%-58s %9.2f %9.2f\n" "(b)  ffmpegthumbnailer -s 256, xargs -P$JOBS" "$tb" "$(echo "$N / $tb" | bc -l)"
  printf "%-58s %9.2f %9.2f\n" "(c)  ffprobe, xargs -P$JOBS" "$tc" "$(echo "$N / $tc" | bc -l)"
  echo
  printf "throughput (a)/(b):        %.2fx  (goal >= 1.5)\n" "$(echo "$tb / $ta" | bc -l)"
  printf "throughput (a)/(c):        %.2fx\n" "$(echo "$tc / $ta" | bc -l)"
  printf "re-run speed-up (a)/(a2):  %.0fx  (goal >= 50)\n" "$(echo "$ta / $ta2" | bc -l)"
  printf "peak memory of (a):        %d MB PSS (%d MB RSS), CLI and workers summed  (goal < 600)\n" \
    "$((peakPss / 1024))" "$((peak / 1024))"
  echo "files not ok after (a):    $failed"
} | tee "$OUT"
