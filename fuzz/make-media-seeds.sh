#!/bin/sh
# Seeds for fuzz_probe, made at build time with the ffmpeg tool: a few tenths of a second of a
# 64x48 test picture in each container the probe allows and in common codecs, some with sound,
# rotation, HDR colour tags, creation dates and a GPS position. Each stays a few kilobytes (the
# short run's -max_len is 32 KB).
#
#   make-media-seeds.sh OUTPUT_DIR
set -eu
out=$1
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

video="testsrc=size=64x48:rate=25:duration=0.2"
sound="sine=frequency=440:sample_rate=8000:duration=0.2"
make() { # NAME ARGS...: the clip, then the seed named by its content (as libFuzzer names files)
  name=$1
  shift
  ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i "$video" "$@" "$tmp/$name"
  cp "$tmp/$name" "$out/$(sha1sum "$tmp/$name" | cut -c1-40)"
}
withSound() { # NAME ARGS...: the same with a second, audio input
  name=$1
  shift
  ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i "$video" -f lavfi -i "$sound" "$@" "$tmp/$name"
  cp "$tmp/$name" "$out/$(sha1sum "$tmp/$name" | cut -c1-40)"
}

x264="-c:v libx264 -preset ultrafast -g 2 -pix_fmt yuv420p"
# shellcheck disable=SC2086 # the codec options are words
withSound h264-aac.mp4 $x264 -c:a aac -b:a 16k -metadata creation_time=2024-07-10T10:30:00Z \
  -metadata location=+36.0671+120.3826/ -movflags +faststart
make rotated.mov $x264 -metadata:s:v:0 rotate=90 -metadata com.apple.quicktime.make=Apple \
  -metadata com.apple.quicktime.creationdate=2024-07-10T18:30:00+0800 -movflags use_metadata_tags
make hdr10.mp4 -c:v libx265 -preset ultrafast -x265-params log-level=none -pix_fmt yuv420p10le \
  -color_primaries bt2020 -color_trc smpte2084 -colorspace bt2020nc -tag:v hvc1
make hlg.mkv -c:v libx265 -preset ultrafast -x265-params log-level=none -pix_fmt yuv420p10le \
  -color_primaries bt2020 -color_trc arib-std-b67 -colorspace bt2020nc
withSound mpeg4-opus.mkv -c:v mpeg4 -q:v 8 -c:a libopus -b:a 8k -metadata DATE_RECORDED=2024-07-10
make vp9.webm -c:v libvpx-vp9 -deadline realtime -cpu-used 8 -b:v 50k
make vp8.ivf -c:v libvpx -deadline realtime -cpu-used 8 -b:v 50k
withSound mpeg2-mp2.ts -c:v mpeg2video -q:v 8 -c:a mp2 -b:a 32k
make mpeg1.mpg -c:v mpeg1video -q:v 8 -f mpeg
make mjpeg.avi -c:v mjpeg -q:v 10 -pix_fmt yuvj420p
make flv1.flv -c:v flv1 -q:v 10
make ffv1.nut -c:v ffv1
make prores.mov -c:v prores -profile:v 0 -pix_fmt yuv422p10le
make raw.y4m -pix_fmt yuv420p -frames:v 2
make annexb.h264 $x264 -bsf:v h264_mp4toannexb
make av1.mp4 -c:v libaom-av1 -cpu-used 8 -b:v 50k -g 2
make interlaced.ts -c:v mpeg2video -flags +ilme+ildct -top 1 -q:v 8
