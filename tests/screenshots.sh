#!/bin/sh
# Screenshots of the demo edition for a human to look at (not a test).
# Needs: chromium and poppler-utils (apt-get install -y chromium poppler-utils).
# Usage: tests/screenshots.sh [TEI-FILE] [OUT-DIR]
set -eu
cd "$(dirname "$0")/.."
SRC=${1:-editions/bolivian-miner-1965/interview-with-bolivian-miner-isr-1965.xml}
OUT=${2:-build/screenshots}
mkdir -p "$OUT"
NAME=$(basename "$SRC" .xml)
.venv/bin/tei render "$SRC" --to html -o "$OUT/$NAME.html"
.venv/bin/tei render "$SRC" --to html --param view=diplomatic -o "$OUT/$NAME.diplomatic.html"
.venv/bin/tei render "$SRC" --to pdf -o "$OUT/$NAME.pdf"
shot() { # shot PAGE PNG WIDTH HEIGHT
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$2" --window-size="$3,$4" "file://$(realpath "$1")" >/dev/null 2>&1
  rm -rf "$profile"
}
shot "$OUT/$NAME.html" "$OUT/$NAME.desktop.png" 1280 1800
shot "$OUT/$NAME.html" "$OUT/$NAME.phone.png" 390 1600
shot "$OUT/$NAME.diplomatic.html" "$OUT/$NAME.diplomatic.png" 1280 1800
pdftoppm -png -r 60 "$OUT/$NAME.pdf" "$OUT/$NAME.pdf-page"
ls -1 "$OUT"
