#!/usr/bin/env bash
# Refreshes the translation sources from the code: every tr()/translate() string of every layer
# goes into resources/translations/reelatlas_zh_CN.ts, and every string with plural forms (%n) into
# reelatlas_en.ts (English needs nothing else: the source text is English). lupdate only adds new
# entries and drops those the code no longer has; the translations already there are kept.
# Translate the new entries (marked unfinished) with Qt Linguist
#   linguist resources/translations/reelatlas_zh_CN.ts resources/translations/reelatlas_en.ts
# or by hand; the build compiles them, and tst_translations fails until none is left unfinished.
# No source locations are written (-locations none): a line moved in the code changes nothing, and
# the diff of a translation edit shows only that edit.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
SOURCES=(-extensions cpp,h app media database core widgets)
"$LUPDATE" -no-obsolete -locations none "${SOURCES[@]}" -ts resources/translations/reelatlas_zh_CN.ts
"$LUPDATE" -no-obsolete -locations none -pluralonly "${SOURCES[@]}" -ts resources/translations/reelatlas_en.ts
