#!/usr/bin/env python3
"""Checks `reelatlas-cli export` against ffprobe for every clip in a folder.

usage: bench/verify-export.py CATALOG FOLDER [--cli build/bin/reelatlas-cli]

For each video file under FOLDER that the catalog holds, compares width, height (upright: ffprobe's
coded size swapped when the display matrix turns the picture 90 or 270 degrees), rotation (the
spec's clockwise degrees = -ffprobe's counter-clockwise display-matrix angle), duration (format
duration, 1 ms tolerance), fps (avg_frame_rate, 0.01 tolerance) and codec. Prints one line per
mismatch and a summary; exits 1 if anything disagrees.
"""
import argparse
import json
import os
import subprocess
import sys
from fractions import Fraction


def ffprobe(path):
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
        capture_output=True, check=True).stdout
    return json.loads(out)


def video_stream(probe):
    for stream in probe.get("streams", []):
        if stream.get("codec_type") == "video" and not stream.get("disposition", {}).get("attached_pic"):
            return stream
    return None


def rotation_of(stream):
    for side in stream.get("side_data_list", []):
        if "rotation" in side:
            return int(round(-float(side["rotation"]))) % 360
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("catalog")
    parser.add_argument("folder")
    parser.add_argument("--cli", default="build/bin/reelatlas-cli")
    args = parser.parse_args()

    exported = json.loads(subprocess.run([args.cli, "--catalog", args.catalog, "export"],
                                         capture_output=True, check=True).stdout)
    by_path = {asset["path"]: asset for asset in exported}
    folder = os.path.abspath(args.folder)
    checked = mismatches = 0
    for asset in exported:
        if asset["kind"] != "video" or asset["status"] != "ok" or not asset["path"].startswith(folder):
            continue
        probe = ffprobe(asset["path"])
        stream = video_stream(probe)
        if stream is None:
            continue
        rotation = rotation_of(stream)
        width, height = stream["width"], stream["height"]
        if rotation in (90, 270):
            width, height = height, width
        fps = float(Fraction(stream["avg_frame_rate"])) if stream.get("avg_frame_rate", "0/0") != "0/0" else None
        expected = {
            "width": width,
            "height": height,
            "rotation": rotation,
            "duration_s": float(probe["format"]["duration"]) if "duration" in probe["format"] else None,
            "fps": fps,
            "video_codec": stream["codec_name"],
        }
        checked += 1
        for field, want in expected.items():
            got = asset.get(field)
            if isinstance(want, float) and isinstance(got, (int, float)):
                same = abs(want - got) <= (0.001 if field == "duration_s" else 0.01)
            else:
                same = want == got
            if not same:
                mismatches += 1
                print(f"MISMATCH {os.path.relpath(asset['path'], folder)}: {field} ours={got!r} ffprobe={want!r}")
    print(f"{checked} clips checked against ffprobe, {mismatches} mismatches")
    sys.exit(1 if mismatches or checked == 0 else 0)


if __name__ == "__main__":
    main()
