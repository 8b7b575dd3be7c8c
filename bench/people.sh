#!/usr/bin/env bash
# ReelAtlas people benchmark (issue 9): is there anybody in the picture? Precision and recall of
# the analysis pass's people detection (reelatlas-worker --analyze: OpenCV's HOG figure detector
# and frontal-face cascade, as the catalog runs them) on bench/people-labels.tsv, 80 pictures Debian
# ships in opencv-doc, labelled by eye: frames of a street video with small distant pedestrians,
# close-ups, people cut off by the frame or hidden behind things, and places, animals, objects
# and faces that are not people.
#
#   bench/people.sh [--build DIR] [--set DIR]
#
# Prints precision, recall and F1 of "somebody is there", each miss and false alarm by name, and
# the time per picture. Writes bench/results/people-<date>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

SET="" BUILD=build
while [[ $# -gt 0 ]]; do
  case $1 in
    --build) BUILD=$2; shift 2 ;;
    --set) SET=$2; shift 2 ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done
WORKER=$BUILD/bin/reelatlas-worker
[[ -x $WORKER ]] || { echo "build first: ./build.sh build" >&2; exit 1; }
EXAMPLES=/usr/share/doc/opencv-doc/examples
[[ -f $EXAMPLES/data/vtest.avi ]] || { echo "needs Debian's opencv-doc (apt-get install opencv-doc)" >&2; exit 1; }
[[ -f /usr/share/opencv4/haarcascades/haarcascade_frontalface_alt2.xml ]] ||
  { echo "needs Debian's opencv-data (apt-get install opencv-data)" >&2; exit 1; }
SET=${SET:-${TMPDIR:-/tmp}/reelatlas-people}
mkdir -p "$SET" bench/results

# The pictures: photos copied as they are, video frames taken out as PNG.
files=()
while IFS=$'\t' read -r source label _; do
  [[ -z $source || $source == \#* ]] && continue
  name=${source//\//_}
  if [[ $source == *@* ]]; then
    out=$SET/${name/@/_at_}.png
    [[ -s $out ]] || ffmpeg -nostdin -hide_banner -v error -y -ss "${source#*@}" -i "$EXAMPLES/${source%@*}" \
      -frames:v 1 "$out"
  else
    out=$SET/$name
    [[ -s $out ]] || cp "$EXAMPLES/$source" "$out"
  fi
  files+=("$out")
done < bench/people-labels.tsv

OUT=bench/results/people-$(date -u +%Y%m%dT%H%MZ).json
"$WORKER" --analyze "${files[@]}" > "$SET/found.jsonl" || true
python3 - bench/people-labels.tsv "$SET/found.jsonl" "$OUT" <<'PY'
import json, sys
labels_file, found_file, out_file = sys.argv[1:4]
labels = []
for line in open(labels_file, encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    source, label, what = line.rstrip("\n").split("\t")
    labels.append((source, int(label), what))
found = [json.loads(line) for line in open(found_file, encoding="utf-8")]
assert len(found) == len(labels), f"{len(found)} results for {len(labels)} pictures"
tp = fp = fn = tn = 0
misses, alarms, errors = [], [], []
seconds = 0.0
rows = []
for (source, label, what), result in zip(labels, found):
    seconds += result.get("seconds", 0)
    if "error" in result:
        errors.append(f"{source}: {result['error']}")
        continue
    people = result.get("people") or 0
    kinds = sorted({box[0] for shot in result.get("shots", []) for box in shot.get("boxes", [])})
    rows.append({"source": source, "label": label, "people": people, "kinds": kinds})
    if label and people:
        tp += 1
    elif label:
        fn += 1
        misses.append(f"{source} ({what})")
    elif people:
        fp += 1
        alarms.append(f"{source} ({what}): {people} seen as {', '.join(kinds)}")
    else:
        tn += 1
precision = tp / (tp + fp) if tp + fp else 0
recall = tp / (tp + fn) if tp + fn else 0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
print(f"pictures: {len(labels)} ({sum(1 for l in labels if l[1])} with people, {sum(1 for l in labels if not l[1])} without)")
print(f"somebody is there:  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}   (TP {tp}, FP {fp}, FN {fn}, TN {tn})")
print(f"time: {seconds / len(labels) * 1000:.0f} ms per picture (decode + detection, one core)")
for title, items in (("missed", misses), ("false alarms", alarms), ("errors", errors)):
    if items:
        print(f"{title}:")
        for item in items:
            print(f"  {item}")
json.dump({"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
           "ms_per_picture": seconds / len(labels) * 1000, "pictures": rows}, open(out_file, "w"), indent=1)
PY
echo "written: $OUT"
