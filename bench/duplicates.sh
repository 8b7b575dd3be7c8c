#!/usr/bin/env bash
# ReelAtlas copies benchmark (issue 9): are copies grouped, and only copies? Precision and recall
# of `reelatlas-cli duplicates` over a set made from real pictures Debian ships (opencv-doc):
#   copies     20 photographs, each with five copies: resized to half (JPEG), re-encoded at low
#              quality, cropped by 5 %, brightened, saved as PNG; and the street video's first ten
#              seconds, re-encoded with another codec and size (HEVC, VP9) and trimmed by 3 %;
#   not copies 13 photographs of one chessboard from other angles, a stereo pair, two views of
#              one wall of graffiti, and the same fixed street camera 30 s and 60 s later: the
#              same kind of picture, similar, never copies.
#
#   bench/duplicates.sh [--build DIR] [--set DIR]
#
# A pair is right when both are copies of one original; prints pairwise precision and recall,
# the pairs wrongly grouped and missed, and the time to group. Writes bench/results/duplicates-<date>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

SET="" BUILD=build
while [[ $# -gt 0 ]]; do
  case $1 in
    --build) BUILD=$2; shift 2 ;;
    --set) SET=$2; shift 2 ;;
    *) sed -n '2,14p' "$0"; exit 2 ;;
  esac
done
CLI=$BUILD/bin/reelatlas-cli
[[ -x $CLI ]] || { echo "build first: ./build.sh build" >&2; exit 1; }
DATA=/usr/share/doc/opencv-doc/examples/data
[[ -f $DATA/vtest.avi ]] || { echo "needs Debian's opencv-doc (apt-get install opencv-doc)" >&2; exit 1; }
command -v convert >/dev/null || { echo "needs ImageMagick's convert (apt-get install imagemagick)" >&2; exit 1; }
SET=${SET:-${TMPDIR:-/tmp}/reelatlas-duplicates}
rm -rf "$SET" && mkdir -p "$SET/media" bench/results

PHOTOS=(apple baboon building butterfly fruits HappyFish home lena messi5 orange starry_night
        Blender_Suzanne1 aero1 board pic1 pic3 pic5 smarties sudoku tmpl)
made=0
for name in "${PHOTOS[@]}"; do
  src=$(ls "$DATA/$name".* 2>/dev/null | head -1) || true
  [[ -n $src && -f $src ]] || continue
  dir=$SET/media/copies-$name
  mkdir -p "$dir"
  convert "$src" -quality 92 "$dir/original.jpg"
  convert "$src" -resize 50% -quality 85 "$dir/half.jpg"
  convert "$src" -quality 35 "$dir/low-quality.jpg"
  convert "$src" -gravity center -crop 95%x95%+0+0 +repage -quality 90 "$dir/cropped.jpg"
  convert "$src" -modulate 115 -quality 90 "$dir/brighter.jpg"
  convert "$src" "$dir/as.png"
  made=$((made + 1))
done
ff() { ffmpeg -nostdin -hide_banner -v error -y "$@"; }
dir=$SET/media/copies-street
mkdir -p "$dir"
ff -i "$DATA/vtest.avi" -t 10 -c:v libx264 -preset veryfast "$dir/original.mp4"
ff -i "$dir/original.mp4" -vf scale=384:-2 -c:v libx265 -preset ultrafast -x265-params log-level=error "$dir/hevc-small.mp4"
ff -i "$dir/original.mp4" -c:v libvpx-vp9 -b:v 400k -deadline realtime -cpu-used 8 "$dir/vp9.webm"
ff -ss 0.3 -i "$dir/original.mp4" -c:v libx264 -preset veryfast "$dir/trimmed.mp4"
# Not copies: the same kind of picture.
dir=$SET/media/similar
mkdir -p "$dir"
for f in "$DATA"/left0{1..9}.jpg "$DATA"/left1{1..4}.jpg "$DATA"/aloeL.jpg "$DATA"/aloeR.jpg \
         "$DATA"/graf1.png "$DATA"/graf3.png; do
  [[ -f $f ]] && cp "$f" "$dir/"
done
ff -ss 30 -i "$DATA/vtest.avi" -t 10 -c:v libx264 -preset veryfast "$dir/street-30s-later.mp4"
ff -ss 60 -i "$DATA/vtest.avi" -t 10 -c:v libx264 -preset veryfast "$dir/street-60s-later.mp4"

CATALOG=$SET/catalog
"$CLI" --catalog "$CATALOG" ingest "$SET/media" --analyze --quiet >/dev/null
start=$(date +%s%N)
"$CLI" --catalog "$CATALOG" duplicates --json > "$SET/groups.json"
end=$(date +%s%N)
OUT=bench/results/duplicates-$(date +%Y%m%d-%H%M%S).json
python3 - "$SET/groups.json" "$SET/media" "$(( (end - start) / 1000000 ))" "$OUT" <<'PY'
import itertools, json, os, sys
groups_file, media, seconds, out = sys.argv[1], sys.argv[2], int(sys.argv[3]) / 1000, sys.argv[4]
def truth(path):  # the original a file is a copy of, or None
    folder = os.path.basename(os.path.dirname(path))
    return folder if folder.startswith("copies-") else None
files = [os.path.join(d, f) for d, _, fs in os.walk(media) for f in fs]
true_pairs = {frozenset(p) for p in itertools.combinations(files, 2) if truth(p[0]) and truth(p[0]) == truth(p[1])}
found_pairs = set()
for group in json.load(open(groups_file)):
    for a, b in itertools.combinations([m["path"] for m in group], 2):
        found_pairs.add(frozenset((a, b)))
right = found_pairs & true_pairs
precision = len(right) / len(found_pairs) if found_pairs else 1.0
recall = len(right) / len(true_pairs) if true_pairs else 1.0
short = lambda p: os.path.relpath(p, media)
print(f"copies: {len(files)} files, {len(true_pairs)} pairs of copies")
print(f"reelatlas  precision {precision:.3f}  recall {recall:.3f}  ({len(right)} right, "
      f"{len(found_pairs - true_pairs)} wrongly grouped, {len(true_pairs - found_pairs)} missed)  "
      f"grouping {seconds:.2f} s")
for p in sorted(found_pairs - true_pairs, key=sorted):
    print("    wrongly grouped:", " + ".join(short(x) for x in sorted(p)))
for p in sorted(true_pairs - found_pairs, key=sorted):
    print("    missed:", " + ".join(short(x) for x in sorted(p)))
json.dump({"files": len(files), "true_pairs": len(true_pairs), "found_pairs": len(found_pairs),
           "precision": precision, "recall": recall, "seconds": seconds}, open(out, "w"), indent=2)
print("written:", out)
PY
