#!/usr/bin/env bash
# Side-by-side verification benchmark: builds one tallied archive of about N ballots (N voters, one
# in seven revoting) with `scrutineer demo election`, then times `belenios-tool election verify` and
# `scrutineer belenios election verify` on that same archive, each as a fresh process, and prints
# wall time, peak resident memory and the ratio. Usage: bench/verify-bench.sh [N] (default 1000).
# Needs the build (mvn -B -q package -DskipTests), belenios-tool and /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000}"
heap="${SCRUTINEER_BENCH_HEAP:-1g}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BELENIOS_USE_URANDOM=1

echo "building an archive with $n voters in $work ..."
"$here/scrutineer" demo election --voters "$n" --dir "$work/election" > "$work/demo.log" 2>&1 || { cat "$work/demo.log"; exit 1; }
ballots=$(grep -o '[0-9]* ballots cast' "$work/demo.log" | cut -d' ' -f1)

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || { echo "$label failed:"; cat "$work/$label.out"; exit 1; }
  read -r seconds kilobytes < "$work/time"
  echo "$seconds $kilobytes"
}

read -r theirs_s theirs_kb < <(measure belenios belenios-tool election verify --dir "$work/election")
read -r ours_s ours_kb < <(SCRUTINEER_JAVA_OPTS="-Xmx$heap" measure scrutineer "$here/scrutineer" belenios election verify --dir "$work/election")

printf '%-34s %10s %12s\n' "verify, $ballots ballots ($(nproc) cores)" "seconds" "peak RSS MB"
printf '%-34s %10s %12d\n' "belenios-tool election verify" "$theirs_s" $((theirs_kb / 1024))
printf '%-34s %10s %12d\n' "scrutineer (-Xmx$heap)" "$ours_s" $((ours_kb / 1024))
awk -v a="$theirs_s" -v b="$ours_s" 'BEGIN { printf "ratio belenios-tool / scrutineer: %.2fx\n", a / b }'
