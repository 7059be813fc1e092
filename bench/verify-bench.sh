#!/usr/bin/env bash
# Side-by-side verification benchmark: builds one tallied archive of about N ballots (N voters, one
# in seven revoting) with `scrutineer demo election`, then times `belenios-tool election verify` and
# `scrutineer belenios election verify` on that same archive, each as a fresh process, alternating
# the two tools ROUNDS times (this machine's speed drifts by tens of percent from minute to minute),
# and prints each run, the medians, peak resident memory and the ratio of the medians.
# Usage: bench/verify-bench.sh [N] [ROUNDS] (defaults 1000 and 3). SCRUTINEER_BENCH_DIR=DIR reuses
# (or keeps) the archive in DIR. Needs the build (mvn -B -q package -DskipTests), belenios-tool and
# /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000}"
rounds="${2:-3}"
heap="${SCRUTINEER_BENCH_HEAP:-1g}"
for tool in belenios-tool /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "verify-bench: $tool is needed (apt-get install -y belenios-tool time)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
election="${SCRUTINEER_BENCH_DIR:-$work/election}"
export BELENIOS_USE_URANDOM=1

if [[ -n "${SCRUTINEER_BENCH_DIR:-}" && -d "$election" ]] && ls "$election"/*.bel > /dev/null 2>&1; then
  echo "reusing the archive in $election"
  ballots=$(cat "$election/ballots-cast" 2> /dev/null || echo "?")
else
  echo "building an archive with $n voters in $election ..."
  "$here/scrutineer" demo election --voters "$n" --dir "$election" > "$work/demo.log" 2>&1 || { cat "$work/demo.log"; exit 1; }
  ballots=$(grep -o '[0-9]* ballots cast' "$work/demo.log" | cut -d' ' -f1)
  echo "$ballots" > "$election/ballots-cast" # belenios-tool and ours ignore other files
fi

measure() { # label, command... -> "seconds kilobytes"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || { echo "$label failed:" >&2; cat "$work/$label.out" >&2; exit 1; }
  cat "$work/time"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/theirs"; : > "$work/ours"
for ((round = 1; round <= rounds; round++)); do
  measure belenios belenios-tool election verify --dir "$election" >> "$work/theirs"
  SCRUTINEER_JAVA_OPTS="-Xmx$heap" measure scrutineer "$here/scrutineer" belenios election verify --dir "$election" >> "$work/ours"
  printf 'round %d: belenios-tool %ss, scrutineer %ss\n' "$round" "$(tail -n 1 "$work/theirs" | cut -d' ' -f1)" "$(tail -n 1 "$work/ours" | cut -d' ' -f1)"
done
theirs_s=$(cut -d' ' -f1 "$work/theirs" | median)
ours_s=$(cut -d' ' -f1 "$work/ours" | median)
theirs_kb=$(cut -d' ' -f2 "$work/theirs" | sort -n | tail -n 1)
ours_kb=$(cut -d' ' -f2 "$work/ours" | sort -n | tail -n 1)

printf '%-40s %14s %12s\n' "verify, $ballots ballots ($(nproc) cores)" "median seconds" "peak RSS MB"
printf '%-40s %14s %12d\n' "belenios-tool election verify" "$theirs_s" $((theirs_kb / 1024))
printf '%-40s %14s %12d\n' "scrutineer (-Xmx$heap, $rounds runs)" "$ours_s" $((ours_kb / 1024))
awk -v a="$theirs_s" -v b="$ours_s" 'BEGIN { printf "ratio belenios-tool / scrutineer: %.2fx\n", a / b }'
