#!/usr/bin/env bash
# Issue #5's benchmark: N ranked ballots (default 1,000,000) among 5 candidates in three sections,
# written by `demo ballots`, then counted by `./scrutineer count` with IRV and each STV method
# (2 seats), each a fresh process (JVM start-up, reading and parsing the CSV included), with the
# report written to JSON. Prints wall time and peak resident memory of each run and the winners.
# Target (issue #5): <= 5 s each for IRV and STV on this 2-core machine.
# If belenios-tool is installed, the same ballots are also counted by `belenios-tool method stv`
# and `./scrutineer belenios method stv` on the same JSON input, side by side, and the ratio printed.
# Usage: bench/count-bench.sh [N] [ROUNDS]. SCRUTINEER_BENCH_DIR=DIR keeps the ballots in DIR.
# Needs the build (mvn -B -q package -DskipTests) and /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
rounds="${2:-1}"
heap="${SCRUTINEER_BENCH_HEAP:-2g}"
command -v /usr/bin/time > /dev/null || { echo "count-bench: /usr/bin/time is needed (apt-get install -y time)" >&2; exit 2; }
work="${SCRUTINEER_BENCH_DIR:-$(mktemp -d)}"
[[ -n "${SCRUTINEER_BENCH_DIR:-}" ]] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

step() { # name, label, command... : runs one step into NAME.out/.err (stdin passed on), prints "label  seconds  MB"
  local name=$1 label=$2; shift 2
  SCRUTINEER_JAVA_OPTS="-Xmx$heap" /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$name.out" 2> "$work/$name.err" || { echo "$label failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
  read -r seconds kilobytes < "$work/time"
  printf '%-44s %8s s %7d MB peak RSS\n' "$label" "$seconds" $((kilobytes / 1024))
}

ballots="$work/ballots-$n.csv"
if [[ ! -f "$ballots" ]]; then
  step generate "generate $n ballots" "$here/scrutineer" demo ballots --ballots "$n" --candidates 5 --seed 2016 --out "$ballots"
fi
printf 'input: %s (%s MB)\n' "$ballots" $(( $(stat -c %s "$ballots") / 1000000 ))
for round in $(seq 1 "$rounds"); do
  step irv "count --method irv" "$here/scrutineer" count --method irv --input "$ballots" --json "$work/irv.json"
  for method in stv stv-scottish stv-meek; do
    step "$method" "count --method $method --seats 2" "$here/scrutineer" count --method "$method" --seats 2 --input "$ballots" --json "$work/$method.json"
  done
done
for method in irv stv stv-scottish stv-meek; do
  printf '%-14s winners %s\n' "$method" "$(tr -d ' \n' < "$work/$method.json" | grep -o '"winners":\[[^]]*\]' | head -1)"
done

# Side by side with belenios-tool on the same decrypted-ballot input (its method commands read a JSON
# array; the ballots are the same invented ones, without sections). belenios-tool 2.0's STV recurses
# once per ballot and overflows OCaml's default 8 MB stack at a million ballots ("Stack overflow",
# exit 124), so both tools run with `ulimit -s unlimited`. Both outputs must be the same bytes.
if command -v belenios-tool > /dev/null; then
  json="$work/ballots-$n.json"
  [[ -f "$json" ]] || step generate-json "generate $n ballots (belenios)" "$here/scrutineer" demo ballots --ballots "$n" --candidates 5 --seed 2016 --format belenios --out "$json"
  ulimit -s unlimited
  for round in $(seq 1 "$rounds"); do
    for m in "stv --nseats 2" "schulze --blank-allowed false"; do
      name=${m%% *}
      step "bt-$name" "belenios-tool method $m" belenios-tool method $m < "$json"
      bt=$seconds
      step "sc-$name" "scrutineer belenios method $m" "$here/scrutineer" belenios method $m < "$json"
      cmp -s "$work/bt-$name.out" "$work/sc-$name.out" || { echo "count-bench: the two tools' $name outputs differ" >&2; exit 1; }
      awk -v b="$bt" -v s="$seconds" -v m="$name" 'BEGIN { printf "%s: same output; belenios-tool / scrutineer = %.2f\n", m, b / s }'
    done
  done
fi
