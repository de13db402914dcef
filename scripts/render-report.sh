#!/usr/bin/env bash
# Renders the demo's HTML report to a PNG in headless Chromium, to check the charts show.
# Usage: scripts/render-report.sh [report.html] [out.png]
# Needs Debian's chromium package (apt-get install -y chromium); installs it when missing and
# when run as root.
set -euo pipefail
report="${1:-examples/target/revops-report.html}"
png="${2:-${report%.html}.png}"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is not installed: apt-get install -y chromium" >&2
    exit 2
  fi
fi
[ -f "$report" ] || { echo "no report at $report: run the demo first" >&2; exit 2; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=900,3600 \
  --screenshot="$(realpath -m "$png")" "file://$(realpath "$report")" >/dev/null 2>&1
[ -s "$png" ] || { echo "chromium wrote no screenshot" >&2; exit 1; }
echo "$png"
