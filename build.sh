#!/usr/bin/env bash
# ReelAtlas developer entry point.
#
#   ./build.sh run [ARGS]   install what is missing, build, start ReelAtlas on the default catalog
#   ./build.sh test         install what is missing, check the layout of the code (clang-format),
#                           build, run every test (CTest), then each fuzz target for a minute
#                           (FUZZ_SECONDS) in build-fuzz
#   ./build.sh sanitize     the same in build-asan with AddressSanitizer, UBSan and LeakSanitizer
#   ./build.sh fuzz [T...]  build the fuzz targets (clang, libFuzzer) in build-fuzz and run them (or
#                           the ones named) for FUZZ_SECONDS each (default: an hour); see README
#   ./build.sh build        install what is missing and build
#   ./build.sh setup        only install what is missing
#
# Installs Debian/Ubuntu packages only when they are missing, as root or through sudo; stops with a
# clear message on other systems. BUILD_DIR (default: build) and BUILD_TYPE (RelWithDebInfo) can
# be set in the environment; FUZZ_BUILD_DIR (build-fuzz) and FUZZ_CXX (clang++-14) too.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
FUZZ_CXX=${FUZZ_CXX:-clang++-14}

# Build and run: compilers, Qt 6.4+, FFmpeg 5.1+, OpenCV (three modules), Exiv2, libheif, SQLite,
# libpq and Qt's PostgreSQL driver (shared catalogs on a server), QtKeychain (their passwords in
# the desktop keyring).
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-image-formats-plugins qt6-translations-l10n libqt6svg6 libgl-dev
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev
  libopencv-core-dev libopencv-imgproc-dev libopencv-objdetect-dev opencv-data
  libexiv2-dev libheif-dev libjxl-dev libraw-dev libsqlite3-dev libcsv-dev libpq-dev libqt6sql6-psql
  qtkeychain-qt6-dev
  unicode-data bzip2 fonts-noto-cjk fonts-wqy-microhei
)
# Tests make their fixtures with the ffmpeg, heif-enc and cjxl command-line tools, read the scout
# package PDF back with pdftotext, look for people in opencv-doc's street video and photos, and
# start PostgreSQL servers of their own (initdb, a Unix socket, no TCP port) for the shared catalog
# and a session bus with GNOME Keyring's Secret Service of their own for its passwords;
# the test command checks the code's layout with clang-format first. The fuzz targets are built
# with clang: libFuzzer (and the coverage it is guided by) is clang's.
TEST_PACKAGES=(ffmpeg libheif-examples libjxl-tools poppler-utils opencv-doc clang-format
  clang-14 libclang-rt-14-dev libfuzzer-14-dev postgresql dbus-daemon dbus-bin gnome-keyring)

say() { printf '%s\n' "$*" >&2; }
die() { say "build.sh: $*"; exit 1; }

missing_packages() {
  local pkg
  for pkg in "$@"; do
    if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != installed ]]; then
      printf '%s\n' "$pkg"
    fi
  done
}

setup() {
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    for tool in cmake pkg-config ffmpeg; do
      command -v "$tool" >/dev/null || die "this script installs what ReelAtlas needs on Debian and Ubuntu only.
Elsewhere, install: CMake 3.22+, a C++20 compiler, Qt 6.4+ (Core Gui Widgets Sql Concurrent Test LinguistTools),
FFmpeg 5.1+ (libavformat libavcodec libavutil libswscale and the ffmpeg tool), OpenCV 4 (core imgproc objdetect),
Exiv2 0.27+, libheif (and heif-enc), libjxl 0.7+ (and cjxl), LibRaw 0.20+, libcsv, SQLite 3.35+, libpq, QtKeychain
(Qt 6), and for the fuzz targets clang 14+ with libFuzzer (FUZZ_CXX=clang++); then: cmake -S . -B build && cmake --build build"
    done
    return 0
  fi
  local missing
  mapfile -t missing < <(missing_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}")
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "Installing: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "these packages are missing and you are not root: ${missing[*]}
Install them as root (apt-get install ${missing[*]}) and run this again."
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    || die "apt-get update failed (see above)"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "could not install: ${missing[*]}. On Ubuntu, Qt 6.4 needs 24.04 or newer."
}

build() {
  setup
  if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DREELATLAS_FAULT_INJECTION=ON \
      || die "configuring failed (see above)"
  fi
  cmake --build "$BUILD_DIR" || die "the build failed (see above)"
}

# The fuzz targets and the libraries they test, nothing else, with clang and the sanitizers in a
# tree of their own (fuzz/CMakeLists.txt); the build also makes their seeds.
fuzz_build() {
  setup
  if [[ ! -f "$FUZZ_BUILD_DIR/CMakeCache.txt" ]]; then
    cmake -S . -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DCMAKE_CXX_COMPILER="$FUZZ_CXX" \
      -DREELATLAS_FUZZ=ON || die "configuring the fuzz targets failed (see above)"
  fi
  cmake --build "$FUZZ_BUILD_DIR" --target fuzz || die "building the fuzz targets failed (see above)"
}

# Every C++ file git tracks is laid out as .clang-format says (clang-format --dry-run -Werror).
check_format() {
  if ! command -v git >/dev/null || ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    say "Not a git checkout: the layout check is skipped."
    return 0
  fi
  command -v clang-format >/dev/null || die "clang-format is missing (apt-get install clang-format)"
  local report
  if ! report=$(git ls-files -z '*.cpp' '*.h' | xargs -0 -r -n 40 -P "$(nproc)" clang-format --dry-run -Werror 2>&1); then
    printf '%s\n' "$report" | grep -E '^[^ ].*error:' | cut -d: -f1 | sort -u | sed 's/^/  /' >&2
    die "these files are not laid out as .clang-format says: run clang-format -i on them"
  fi
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case "$command" in
  run)
    build
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
      say "No display: start ReelAtlas from a desktop session, or run it under Xvfb: xvfb-run ./build.sh run"
    fi
    exec "$BUILD_DIR/bin/reelatlas" "$@"
    ;;
  test)
    setup
    check_format
    build
    (cd "$BUILD_DIR" && ctest --output-on-failure --timeout 900 -j "$(nproc)") || exit
    # Then a short fuzzing run (about three minutes: five targets, a minute each, two at a time),
    # which fails when a target crashes, hangs or leaks.
    fuzz_build
    say "Fuzzing each target for ${FUZZ_SECONDS:-60} s"
    FUZZ_SECONDS=${FUZZ_SECONDS:-60} fuzz/run.sh "$FUZZ_BUILD_DIR" || die "a fuzz target failed (see above)"
    ;;
  fuzz)
    fuzz_build
    export FUZZ_SECONDS=${FUZZ_SECONDS:-3600}
    exec fuzz/run.sh "$FUZZ_BUILD_DIR" "$@"
    ;;
  sanitize)
    # Every test again with the sanitizers (about three times the time of ./build.sh test, and a
    # build of its own: not run by CI, which it would take past its time; run it before an issue
    # is resolved). Leaks are reported; undefined behaviour stops the program.
    BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}
    if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
      setup
      cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DREELATLAS_FAULT_INJECTION=ON \
        -DREELATLAS_SANITIZE=ON || die "configuring failed (see above)"
    fi
    build
    suppressions=$PWD/tests/lsan.supp
    cd "$BUILD_DIR"
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$suppressions:print_suppressions=0}
    exec ctest --output-on-failure --timeout 1800 -j "$(nproc)"
    ;;
  build) build ;;
  setup) setup ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
