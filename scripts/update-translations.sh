#!/usr/bin/env bash
# Refreshes the translation sources from the code: every tr()/translate() string of every layer
# goes into resources/translations/reelatlas_<lang>.ts. Translate the new entries of the zh_CN file
# with Qt Linguist (linguist resources/translations/reelatlas_zh_CN.ts); the build compiles them.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
"$LUPDATE" -no-obsolete -locations relative -extensions cpp,h app media database widgets \
  -ts resources/translations/reelatlas_zh_CN.ts resources/translations/reelatlas_en.ts
