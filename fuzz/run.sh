#!/usr/bin/env bash
# Runs the libFuzzer targets of a fuzzing tree (README: Tests, Fuzzing), two at a time:
#
#   fuzz/run.sh BUILD_DIR [TARGET...]      (default: every target)
#
# FUZZ_SECONDS (default 60) is each target's time; FUZZ_JOBS (default 2) how many run at once.
# Each grows its corpus in BUILD_DIR/fuzz/corpus/TARGET from the seeds the build made
# (BUILD_DIR/fuzz/seeds), writes its log to BUILD_DIR/fuzz/logs/TARGET.log and what broke it
# (crash-…, timeout-…, leak-…, oom-…) to BUILD_DIR/fuzz/crashes/TARGET/. Prints how many inputs
# each ran; exits non-zero when any target crashed, hung or leaked.
set -uo pipefail

build=${1:?usage: fuzz/run.sh BUILD_DIR [TARGET...]}
shift
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_assetquery fuzz_recordquery fuzz_csv fuzz_exif fuzz_probe)
dir=$build/fuzz
# The targets' scratch catalogs (QTemporaryDir): a target that crashed leaves its own behind, so
# each run starts with an empty folder of them.
tmp=$dir/tmp
rm -rf "$tmp"
mkdir -p "$tmp"

# Seeds, dictionary and the longest input of each target: queries are typed, files are small
# (the seeds are a few kilobytes; longer inputs only make each run slower).
seeds_of() { case $1 in fuzz_assetquery) echo assetquery ;; fuzz_recordquery) echo recordquery ;;
  fuzz_csv) echo csv ;; fuzz_exif) echo exif ;; fuzz_probe) echo probe ;; esac; }
max_len_of() { case $1 in fuzz_assetquery | fuzz_recordquery) echo 1024 ;; fuzz_csv | fuzz_exif) echo 16384 ;;
  *) echo 32768 ;; esac; }

start() {
  local target=$1 seeds dict=()
  seeds=$(seeds_of "$target")
  [[ -x $dir/$target && -d $dir/seeds/$seeds ]] || {
    echo "fuzz/run.sh: $dir/$target or its seeds are missing (cmake --build $build --target fuzz)" >&2
    return 2
  }
  [[ -f $dir/seeds/$seeds.dict ]] && dict=("-dict=$dir/seeds/$seeds.dict")
  mkdir -p "$dir/corpus/$target" "$dir/crashes/$target" "$dir/logs"
  # Qt as in the tests: English, no display. Two frames of each allocation's stack: Qt, SQLite and
  # FFmpeg keep no frame pointers, so deeper frames are garbage, each one new to AddressSanitizer's
  # stack store, which then grows by ~25 KB an input (a false out-of-memory within the hour). Run
  # an input again by hand for the whole stacks.
  TMPDIR=$tmp QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= \
    ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=2} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    "$dir/$target" -max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" -artifact_prefix="$dir/crashes/$target/" \
    "$dir/corpus/$target" "$dir/seeds/$seeds" >"$dir/logs/$target.log" 2>&1
}

failed=0
report() { # TARGET STATUS
  local target=$1 status=$2 log=$dir/logs/$1.log done artifact
  done=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | sed 's/ second/ s/')
  if [[ $status -eq 0 ]]; then
    printf '%-17s ok: %s, corpus %s inputs\n' "$target" "${done:-(no summary)}" \
      "$(find "$dir/corpus/$target" -type f | wc -l)"
    return
  fi
  failed=1
  artifact=$(grep -oE 'Test unit written to .*' "$log" | tail -1 | sed 's/Test unit written to //')
  printf '%-17s FAILED (exit %s), log %s\n' "$target" "$status" "$log"
  grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz check failed|Qt fatal|.*runtime error:)' "$log" | head -5 | sed 's/^/    /'
  # The stack from the target's own code on (not libFuzzer's and the C library's frames).
  grep -E '^    #[0-9]+ ' "$log" | grep -vE ' in (fuzzer::|__sanitizer|abort|raise|__pthread|main )| \(/lib/' | head -12
  # libFuzzer writes a small input out in the log too: CI's log alone is enough to make it again.
  grep -m1 -E '^Base64: ' "$log" | cut -c1-200 | sed 's/^/    /'
  if [[ -n $artifact ]]; then
    echo "    input: $artifact"
    echo "    again: $dir/$target $artifact"
  else
    tail -20 "$log" | sed 's/^/    /'
  fi
}

declare -A running=()
for target in "${targets[@]}"; do
  if [[ ${#running[@]} -ge $jobs ]]; then
    wait -n -p finished
    status=$?
    report "${running[$finished]}" "$status"
    unset "running[$finished]"
  fi
  start "$target" &
  running[$!]=$target
done
while [[ ${#running[@]} -gt 0 ]]; do
  wait -n -p finished
  status=$?
  report "${running[$finished]}" "$status"
  unset "running[$finished]"
done
exit $failed
