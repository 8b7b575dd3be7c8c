#!/bin/sh
# Builds the pinyin table the search tokenizer uses, from Unihan (Debian: unicode-data):
#   make-pinyin-table.sh /usr/share/unicode/Unihan_Readings.txt.bz2 > pinyin.txt
# One line per Han character: its code point in hex, then its toneless readings, most common
# first. Readings are kMandarin, then kTGHZ2013 and kXHC1983 (they hold the common alternative
# readings: 厦 xia in 厦门, 长 chang in 长城, which kMandarin alone gets wrong); kHanyuPinyin only
# for characters none of those cover (it also lists rare literary readings). ü is written v, as
# pinyin input methods type it.
set -eu
bzip2 -dc "$1" | LC_ALL=C awk -F'\t' '
function strip(s) {
  gsub(/ā|á|ǎ|à/, "a", s); gsub(/ē|é|ě|è|ê|ế|ề/, "e", s); gsub(/ī|í|ǐ|ì/, "i", s)
  gsub(/ō|ó|ǒ|ò/, "o", s); gsub(/ū|ú|ǔ|ù/, "u", s); gsub(/ǖ|ǘ|ǚ|ǜ|ü/, "v", s)
  gsub(/ń|ň|ǹ/, "n", s); gsub(/ḿ|m̀/, "m", s)
  return s
}
function add(list, reading,   n, i, parts) {
  reading = strip(reading)
  if (reading !~ /^[a-z]+$/) return list
  n = split(list, parts, " ")
  for (i = 1; i <= n; i++) if (parts[i] == reading) return list
  return list == "" ? reading : list " " reading
}
function readings(value, list,   n, i, entries, m, j, alts, r) {
  n = split(value, entries, " ")
  for (i = 1; i <= n; i++) {
    r = entries[i]; sub(/^[0-9.,]*:/, "", r)
    m = split(r, alts, ",")
    for (j = 1; j <= m; j++) list = add(list, alts[j])
  }
  return list
}
function flush() {
  if (cp == "") return
  list = main
  list = readings(tghz, list); list = readings(xhc, list)
  if (list == "") list = readings(hanyu, "")
  if (list != "") print cp, list
  main = tghz = xhc = hanyu = ""
}
/^U\+/ {
  code = substr($1, 3)
  if (code != cp) { flush(); cp = code }
  if ($2 == "kMandarin") main = readings($3, main)
  else if ($2 == "kTGHZ2013") tghz = $3
  else if ($2 == "kXHC1983") xhc = $3
  else if ($2 == "kHanyuPinyin") hanyu = $3
}
END { flush() }'
