#!/usr/bin/env bash
# Issue #4's benchmark: a synthetic 2016-shaped register of N people (default 1,000,000) generated
# with `demo register`, imported into a fresh store (the embedded SQLite file by default; set
# SCRUTINEER_BENCH_STORE=jdbc:postgresql://127.0.0.1:5432/test?user=postgres for PostgreSQL),
# imported again (a no-op), then evaluated under the NEC's 2016 rules and diffed against the High
# Court's ruling. Each step is a fresh ./scrutineer process with -Xmx2g (SCRUTINEER_BENCH_HEAP to
# change); the script prints wall time and peak resident memory of each, and import throughput.
# Target (issue #4): evaluate + diff <= 30 s with a heap <= 2 GiB on this 2-core machine.
# Usage: bench/electorate-bench.sh [N]. SCRUTINEER_BENCH_DIR=DIR keeps the register and store in DIR.
# Needs the build (mvn -B -q package -DskipTests) and /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
heap="${SCRUTINEER_BENCH_HEAP:-2g}"
command -v /usr/bin/time > /dev/null || { echo "electorate-bench: /usr/bin/time is needed (apt-get install -y time)" >&2; exit 2; }
work="${SCRUTINEER_BENCH_DIR:-$(mktemp -d)}"
[[ -n "${SCRUTINEER_BENCH_DIR:-}" ]] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
store="${SCRUTINEER_BENCH_STORE:-$work/scrutineer.db}"
rules="$here/examples/rules"

step() { # name, label, command... : runs one step into NAME.out/.err, prints "label  seconds  MB"
  local name=$1 label=$2; shift 2
  SCRUTINEER_JAVA_OPTS="-Xmx$heap" /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$name.out" 2> "$work/$name.err" || { echo "$label failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
  read -r seconds kilobytes < "$work/time"
  printf '%-36s %10s s %8d MB peak RSS\n' "$label" "$seconds" $((kilobytes / 1024))
}

if [[ ! -f "$work/register/members.csv" ]]; then
  step generate "generate $n people" "$here/scrutineer" demo register --people "$n" --seed 2016 --dir "$work/register"
fi
records=$(cat "$work"/register/{members,registered_supporters,affiliated_supporters}.csv | wc -l)
records=$((records - 3))
[[ "$store" == jdbc:* ]] || rm -f "$store" "$store"-wal "$store"-shm
step import "import ($records records)" "$here/scrutineer" electorate import --store "$store" --extracts "$work/register"
import_seconds=$seconds
step reimport "import again (no-op)" "$here/scrutineer" electorate import --store "$store" --extracts "$work/register"
step evaluate "evaluate" "$here/scrutineer" electorate evaluate --store "$store" --rules "$rules/2016-nec.json"
step diff "diff (two evaluations + diff)" "$here/scrutineer" electorate diff --store "$store" --rules "$rules/2016-nec.json" --against "$rules/2016-high-court.json"
diff_seconds=$seconds
awk -v r="$records" -v s="$import_seconds" 'BEGIN { printf "import throughput: %.0f records/s\n", r / s }'
grep -E 'people change|gained a vote' "$work/diff.out" || true
echo "evaluate + diff in one process: $diff_seconds s (target <= 30 s, heap -Xmx$heap)"
