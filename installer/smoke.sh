#!/usr/bin/env bash
# Runs the built app image (target/installer/Concord) as a user would, for CI:
#   1. its CLI ingests sample-data/ and exports to a temporary folder (exit 0, the files exist);
#   2. its GUI opens that database under a virtual display (Xvfb) and logs that its main window is ready,
#      which this script waits for (at most CONCORD_SMOKE_TIMEOUT seconds, default 120) before closing it.
# Without xvfb-run (and no way to install it) step 2 is skipped with a message; everything else fails loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
app=target/installer/Concord/bin/Concord
[ -x "$app" ] || { echo "no app image at $app: run mvn -Pinstaller package first" >&2; exit 1; }
work=$(mktemp -d)
gui_pid=
cleanup() {
  if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
    kill -TERM -- "-$gui_pid" 2>/dev/null || true   # its own session: xvfb-run, Xvfb and the app
    wait "$gui_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
export CONCORD_HOME="$work/home"

echo "== image CLI: ingest the sample data, then export"
"$app" ingest sample-data/*.jsonl --db "$work/c.db" > "$work/ingest.txt"
"$app" export --db "$work/c.db" --out "$work/out" > "$work/export.txt"
for f in manifest.json eval train; do
  [ -e "$work/out/$f" ] || { echo "export made no $f" >&2; cat "$work/export.txt" >&2; exit 1; }
done
echo "ingest and export: exit 0; $(find "$work/out" -type f | wc -l) files in the export"

echo "== image GUI: first window under Xvfb"
if ! command -v xvfb-run >/dev/null || ! ldconfig -p | grep libgtk-3.so.0 >/dev/null; then
  echo "SKIPPED the GUI check: it needs xvfb-run and GTK 3 (apt-get install xvfb xauth libgtk-3-0)"
  exit 0
fi
setsid xvfb-run -a -s "-screen 0 1280x800x24" "$app" "--db=$work/c.db" > "$work/gui.log" 2>&1 &
gui_pid=$!
timeout=${CONCORD_SMOKE_TIMEOUT:-120}
for ((i = 0; i < timeout; i++)); do
  if grep -q "Concord main window ready" "$work/gui.log"; then
    grep -E "Concord (window shown|main window ready)" "$work/gui.log"
    echo "GUI: main window shown after ${i} s; closing it"
    exit 0
  fi
  if ! kill -0 "$gui_pid" 2>/dev/null; then
    echo "the app exited before showing its main window:" >&2
    cat "$work/gui.log" >&2
    exit 1
  fi
  sleep 1
done
echo "the app did not show its main window within ${timeout} s:" >&2
cat "$work/gui.log" >&2
exit 1
