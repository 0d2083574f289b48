#!/usr/bin/env bash
# `make test`: installs, then the linters and Vitest in the background while pytest (on every core, see
# tests/conftest.py) runs in front. Each step's time goes to test-artifacts/step-times.txt and is printed
# at the end, above pytest's closing line, which stays the last line (CI reads it).
set -uo pipefail
cd "$(dirname "$0")/.."

MAKE_QUIET="${MAKE:-make} --no-print-directory"
PY="${PY:-.venv/bin/python}"
# One worker more than cores: the browser journeys' worker mostly waits on Chromium and the server.
WORKERS="${PYTEST_WORKERS:-$(($(nproc) + 1))}"
ARTIFACTS=test-artifacts
TIMES="$ARTIFACTS/step-times.txt"
mkdir -p "$ARTIFACTS"
: >"$TIMES"

since() { awk -v start="$1" -v now="$EPOCHREALTIME" 'BEGIN { printf "%7.1f s", now - start }'; }

# timed NAME COMMAND…: run COMMAND and record how long it took and whether it passed.
timed() {
  local name=$1 start status
  shift
  start=$EPOCHREALTIME
  "$@"
  status=$?
  printf '%-62s %s%s\n' "$name" "$(since "$start")" "$([ "$status" = 0 ] || echo '   FAILED')" >>"$TIMES"
  return "$status"
}

run_start=$EPOCHREALTIME
timed "installs (pip, npm, Chromium — in parallel)" $MAKE_QUIET -j3 install chromium || exit 1
timed "SPA build (Vite)" $MAKE_QUIET frontend-build || exit 1

# Single-threaded tools share the cores with pytest's workers; their output goes to a log, shown on failure.
declare -A background=()
for step in lint-backend lint-frontend test-frontend; do
  timed "$step" $MAKE_QUIET "$step" >"$ARTIFACTS/$step.log" 2>&1 &
  background[$step]=$!
done

timed "pytest (backend SQLite + PostgreSQL, browser; -n $WORKERS)" \
  "$PY" -m pytest -n "$WORKERS" --dist loadgroup 2>&1 | tee "$ARTIFACTS/pytest.log"
status=${PIPESTATUS[0]}

for step in "${!background[@]}"; do
  if ! wait "${background[$step]}"; then
    status=1
    echo "──── $step failed (test-artifacts/$step.log) ────"
    tail -n 150 "$ARTIFACTS/$step.log"
  fi
done

printf '%-62s %s\n' "make test, in all" "$(since "$run_start")" >>"$TIMES"
echo "──── step times (test-artifacts/step-times.txt) ────"
cat "$TIMES"
# pytest's closing line, last.
tail -n 1 "$ARTIFACTS/pytest.log"
exit "$status"
