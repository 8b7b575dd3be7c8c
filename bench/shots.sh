#!/usr/bin/env bash
# ReelAtlas shot-detection benchmark (issue 9): accuracy and speed against FFmpeg's scdet filter,
# on 720p H.264 clips with known boundaries, made from real photographs and a real street video
# (Debian's opencv-doc):
#   edited     six shots of photographs, slow push-ins: 3 cuts, a dissolve, a fade through
#              black, and two flash frames inside a shot
#   pan        a fast pan across a photograph, like a drone's, with two lightning flashes
#   crowd      OpenCV's street video: people walking, no cut
#   handheld   a shaking camera on a photograph while the light comes up, no cut
#   cuts       ten shots of photographs and the street video, hard cuts only
#
#   bench/shots.sh [--set DIR] [--build DIR] [--threshold T]
#
# Prints precision, recall and F1 of each detector (a boundary found within 0.5 s of a true one
# is right) and the frames per second of each over the whole set, one file at a time, each a
# whole process. Writes bench/results/shots-<date>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

SET="" BUILD=build THRESHOLD=10
while [[ $# -gt 0 ]]; do
  case $1 in
    --set) SET=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    --threshold) THRESHOLD=$2; shift 2 ;;
    *) sed -n '2,17p' "$0"; exit 2 ;;
  esac
done
WORKER=$BUILD/bin/reelatlas-worker
[[ -x $WORKER ]] || { echo "build first: ./build.sh build" >&2; exit 1; }
DATA=/usr/share/doc/opencv-doc/examples/data
[[ -f $DATA/vtest.avi ]] || { echo "needs Debian's opencv-doc (apt-get install opencv-doc)" >&2; exit 1; }
SET=${SET:-${TMPDIR:-/tmp}/reelatlas-shots}
mkdir -p "$SET" bench/results

ff() { ffmpeg -nostdin -hide_banner -v error -y "$@"; }
enc=(-c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p -r 25)

# A photograph as a 3 s shot with a slow push-in (zoompan), 1280x720.
still() { # IMAGE SECONDS OUT [extra filter]
  local frames=$(( $2 * 25 ))
  ff -loop 1 -i "$1" -t "$2" -vf "scale=2560:1440:force_original_aspect_ratio=increase,crop=2560:1440,zoompan=z='min(zoom+0.0012,1.3)':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=$frames:s=1280x720:fps=25,setsar=1${4:+,$4}" "${enc[@]}" "$3"
}

if [[ ! -f $SET/truth.json ]]; then
  echo "making the set in $SET …" >&2
  cd "$SET"
  still $DATA/building.jpg 3 s1.mp4
  still $DATA/baboon.jpg 3 s2.mp4 "eq=brightness=0.6:enable='between(n,35,36)'" # two flash frames
  still $DATA/fruits.jpg 3 s3.mp4
  still $DATA/aero3.jpg 3 s4.mp4
  still $DATA/home.jpg 3 s5.mp4
  still $DATA/lena.jpg 3 s6.mp4 2>/dev/null || still $DATA/messi5.jpg 3 s6.mp4
  # cut at 3 s, dissolve (5-6 s: the first clip must last the whole transition), cut at 8 s,
  # fade through black (10-11 s), cut at 13 s
  ff -i s1.mp4 -i s2.mp4 -i s3.mp4 -i s4.mp4 -i s5.mp4 -i s6.mp4 -filter_complex \
    "[0]settb=AVTB[i0];[1]settb=AVTB[i1];[2]settb=AVTB[i2];[3]settb=AVTB[i3];[4]settb=AVTB[i4];[5]settb=AVTB[i5];[i0][i1]concat=n=2[a];[a][i2]xfade=transition=fade:duration=1:offset=5[b];[b][i3]concat=n=2[c];[c][i4]xfade=transition=fadeblack:duration=1:offset=10[d];[d][i5]concat=n=2[v]" \
    -map "[v]" "${enc[@]}" edited.mp4
  # A drone's pan: 8 s across a wide photograph, 24 px a frame, two lightning flashes.
  ff -loop 1 -i $DATA/aero1.jpg -t 8 -vf "scale=6000:-2,crop=1280:720:x='min(t*600,iw-1280)':y='(ih-720)/2',eq=brightness=0.5:enable='between(n,60,60)+between(n,130,131)'" "${enc[@]}" pan.mp4
  # The street video, 80 s of people walking.
  ff -i $DATA/vtest.avi -vf "scale=1280:720,fps=25,setsar=1" "${enc[@]}" crowd.mp4
  # Handheld: shaking by up to 20 px while the exposure comes up by half.
  ff -loop 1 -i $DATA/building.jpg -t 6 -vf "scale=1400:788,crop=1280:720:x='60+20*sin(t*9)+12*sin(t*23)':y='34+16*sin(t*7+1)+9*sin(t*19)',eq=brightness='0.25*min(t/4,1)':eval=frame" "${enc[@]}" handheld.mp4
  # Ten hard cuts: photographs and pieces of the street video, 2 s each.
  parts=()
  i=0
  for src in butterfly.jpg orange.jpg vtest.avi graf1.jpg starry_night.jpg vtest.avi pic1.png leuvenA.jpg vtest.avi HappyFish.jpg board.jpg; do
    if [[ $src == vtest.avi ]]; then
      ff -ss $(( i * 7 )) -i $DATA/vtest.avi -t 2 -vf "scale=1280:720,fps=25,setsar=1" "${enc[@]}" part$i.mp4
    elif [[ -f $DATA/$src ]]; then
      still $DATA/$src 2 part$i.mp4
    else
      still $DATA/apple.jpg 2 part$i.mp4
    fi
    parts+=(-i part$i.mp4)
    i=$(( i + 1 ))
  done
  ff "${parts[@]}" -filter_complex "concat=n=$i:v=1" "${enc[@]}" cuts.mp4
  cat > truth.json <<'JSON'
{"edited.mp4": [3.0, 5.5, 8.0, 10.5, 13.0], "pan.mp4": [], "crowd.mp4": [], "handheld.mp4": [],
 "cuts.mp4": [2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0, 18.0, 20.0]}
JSON
  rm -f s?.mp4 part*.mp4
  cd - >/dev/null
fi

OUT=bench/results/shots-$(date +%Y%m%d-%H%M%S).json
echo "ReelAtlas shot benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
python3 - "$SET" "$WORKER" "$THRESHOLD" "$OUT" <<'PY'
import json, re, subprocess, sys, time
set_dir, worker, threshold, out = sys.argv[1:5]
truth = json.load(open(f"{set_dir}/truth.json"))

def ours(path):
    line = subprocess.run([worker, "--shots", path], capture_output=True, text=True, check=True).stdout
    data = json.loads(line)
    return [b["time_s"] for b in data["boundaries"]], data["frames"]

def scdet(path):
    err = subprocess.run(["ffmpeg", "-nostdin", "-hide_banner", "-i", path, "-vf", f"scdet=threshold={threshold}",
                          "-an", "-f", "null", "-"], capture_output=True, text=True).stderr
    return [float(t) for t in re.findall(r"lavfi\.scd\.time:\s*([0-9.]+)", err)]

def score(found, true, tolerance=0.5):
    matched, used = 0, set()
    for t in true:
        best = min((f for f in range(len(found)) if f not in used and abs(found[f] - t) <= tolerance),
                   key=lambda f: abs(found[f] - t), default=None)
        if best is not None:
            used.add(best)
            matched += 1
    return matched, len(found) - matched, len(true) - matched

results = {}
for name, detector in (("reelatlas", ours), ("scdet", scdet)):
    tp = fp = fn = frames = 0
    seconds = 0.0
    per_file = {}
    for clip, true in truth.items():
        path = f"{set_dir}/{clip}"
        n = int(subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v", "-count_packets", "-show_entries",
                                "stream=nb_read_packets", "-of", "csv=p=0", path], capture_output=True,
                               text=True).stdout.strip())
        start = time.perf_counter()
        found = detector(path)
        if isinstance(found, tuple):
            found = found[0]
        seconds += time.perf_counter() - start
        frames += n
        m, f, missed = score(found, true)
        tp, fp, fn = tp + m, fp + f, fn + missed
        per_file[clip] = {"found": [round(x, 2) for x in found], "false": f, "missed": missed}
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    results[name] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                     "false_boundaries": fp, "missed": fn, "frames": frames, "seconds": round(seconds, 2),
                     "frames_per_s": round(frames / seconds, 1), "files": per_file}
    print(f"{name:10s} F1 {f1:.3f}  precision {precision:.3f}  recall {recall:.3f}  false {fp:2d}  missed {fn:2d}  "
          f"{frames / seconds:7.1f} frames/s ({frames} frames, {seconds:.1f} s)")
    for clip, r in per_file.items():
        if r["false"] or r["missed"]:
            print(f"    {clip}: found {r['found']} ({r['false']} false, {r['missed']} missed)")
ratio = results["reelatlas"]["frames_per_s"] / results["scdet"]["frames_per_s"]
print(f"speed: ReelAtlas / scdet = {ratio:.2f}")
json.dump(results, open(out, "w"), indent=1)
print(f"written: {out}")
PY
