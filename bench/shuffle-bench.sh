#!/usr/bin/env bash
# Side-by-side shuffle benchmark (issue #6 item 6: "shuffle + shuffle-proof verification of 10,000
# ballots, target ≥ 5×"): builds an RFC-3526-2048 election with one non-homomorphic question (a
# ranking of 5 candidates, as demo-stv.sh) and N voters who each cast one ballot, closes it
# (EndBallots, EncryptedTally), then on copies of that archive times belenios-tool and scrutineer,
# each command a fresh process (JVM start-up included), alternating the two tools ROUNDS times:
#   compute-encrypted-tally   the replay of every ballot that each command below starts with;
#   shuffle --trustee-id=1    the replay, then the shuffle and its proof (spec §4.17, §6);
#   verify, before            the closed archive, without a shuffle;
#   verify, with a shuffle    each tool's own shuffle appended, and the other tool's (a cross-check:
#                             each must accept the other's, or the script fails).
# It prints each run, medians, peak resident memory and the ratios belenios-tool / scrutineer, with
# the shares estimated by difference: shuffle-proof verification = verify with − verify before, and
# shuffle computation = shuffle − compute-encrypted-tally.
# Usage: bench/shuffle-bench.sh [N] [ROUNDS] (defaults 10000 and 1). SCRUTINEER_BENCH_DIR=DIR keeps
# (or reuses) the prepared election in DIR; SCRUTINEER_BENCH_HEAP sets our heap (default 1g);
# SCRUTINEER_BENCH_PREPARE_ONLY=1 stops once the election is prepared; SCRUTINEER_BENCH_CROSS=0 leaves
# out the two cross-check verifies (at 10,000 ballots belenios-tool's takes some 8 minutes; the
# interoperability tests check the same at small sizes), and the pooled medians are then each
# tool's verify of its own shuffle. Needs
# the build (mvn -B -q package -DskipTests), belenios-tool and /usr/bin/time.
set -euo pipefail
name=shuffle-bench
n="${1:-10000}"
rounds="${2:-1}"
for needed in belenios-tool /usr/bin/time; do
  command -v "$needed" > /dev/null || { echo "$name: $needed is needed (apt-get install -y belenios-tool time)" >&2; exit 2; }
done
[[ "$n" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/$name.sh [N] [ROUNDS] (positive numbers)" >&2; exit 2; }
source "$(dirname "$0")/scale-common.sh"
export BELENIOS_USE_URANDOM=1 LC_ALL=C # C: awk and printf read "12.34"
library() { java -Xmx2g --add-opens java.base/java.math=ALL-UNNAMED -cp "$jar" "$here/bench/LargeArchive.java" "$@"; }

# The prepared election: Setup, N ballots, EndBallots, EncryptedTally. belenios-tool 2.0 shuffles
# and verifies a shuffle without EncryptedTally (and even before EndBallots), but our verifier
# follows spec §3.4's event order, which puts EncryptedTally before the shuffles (demo-stv.sh too).
if ls ./*.bel > /dev/null 2>&1 && [[ -f ballots-done ]]; then
  n=$(cat ballots-done)
  echo "reusing the election of $n ballots in $work"
else
  rm -f ./*.bel ./*.pubkey ./*.privkey public_keys.jsons trustees.json election.json template.json \
    private_creds.txt public_creds.json encrypted-tally.txt ballots-done
  uuid=$(tool setup generate-token)
  echo "$(date +%T) making $n credentials in $work ..."
  library credentials "$n" "$uuid" "$work" RFC-3526-2048
  make_election "$uuid" \
    '{"description":"Shuffle benchmark","name":"Shuffle benchmark","questions":[{"type":"NonHomomorphic","value":{"answers":["Answer 1","Answer 2","Answer 3","Answer 4","Answer 5"],"question":"Rank the answers"}}]}' \
    RFC-3526-2048
  echo "$(date +%T) making $n ballots ..."
  library ballots "$work" "$work/$uuid.bel"
  echo "$(date +%T) closing the election (EndBallots, EncryptedTally) ..."
  tool archive add-event --type=EndBallots < /dev/null
  tool election compute-encrypted-tally > encrypted-tally.txt
  tool archive add-event --type=EncryptedTally < encrypted-tally.txt
  echo "$n" > ballots-done
fi
if [[ "${SCRUTINEER_BENCH_PREPARE_ONLY:-0}" == 1 ]]; then
  echo "prepared: $work"; exit 0
fi
archive=$(ls ./*.bel)
runs="$work/runs"
rm -rf "$runs"
mkdir -p "$runs/before" "$runs/with-theirs" "$runs/with-ours" "$runs/times"
cp "$archive" "$runs/before/"
echo "archive: $(du -h "$archive" | cut -f1), $n ballots; $(nproc) cores; scrutineer with -Xmx$heap"

theirs=(belenios-tool)
ours=(env "SCRUTINEER_JAVA_OPTS=-Xmx$heap" "$here/scrutineer" belenios)
# measure KEY WHAT OUT COMMAND...: runs COMMAND with its standard output in OUT, appends "seconds
# kilobytes" to times/KEY and prints the run as WHAT; stops the script, showing why, if it fails.
measure() {
  local key=$1 what=$2 out=$3; shift 3
  if ! /usr/bin/time -f "%e %M" -o "$runs/time" "$@" > "$out" 2> "$runs/stderr"; then
    echo "$name: $what failed: $*" >&2; cat "$runs/stderr" >&2; exit 1
  fi
  cat "$runs/time" >> "$runs/times/$key"
  read -r seconds kilobytes < "$runs/time"
  printf '  %-66s %8s s %6d MB\n' "$what" "$seconds" $((kilobytes / 1024))
}
# cross_check KEY TOOL SHUFFLER DIR COMMAND...: TOOL's verify of DIR, the archive with the other
# tool's shuffle, timed as measure does; each tool must accept the other's shuffle, or the script
# fails.
cross_check() {
  local key=$1 tool=$2 shuffler=$3 dir=$4; shift 4
  if ! /usr/bin/time -f "%e %M" -o "$runs/time" "$@" election verify --dir "$dir" > /dev/null 2> "$runs/stderr"; then
    echo "$name: cross-check FAILED: $tool election verify rejects the archive with $shuffler's shuffle ($dir):" >&2
    cat "$runs/stderr" >&2; exit 1
  fi
  cat "$runs/time" >> "$runs/times/$key"
  read -r seconds kilobytes < "$runs/time"
  printf '  %-66s %8s s %6d MB\n' "$tool verify, $shuffler's shuffle: accepted (cross-check)" "$seconds" $((kilobytes / 1024))
}

for ((round = 1; round <= rounds; round++)); do
  echo "$(date +%T) round $round of $rounds"
  measure tally-theirs "belenios-tool compute-encrypted-tally" /dev/null \
    "${theirs[@]}" election compute-encrypted-tally --dir "$runs/before"
  measure tally-ours "scrutineer compute-encrypted-tally" /dev/null \
    "${ours[@]}" election compute-encrypted-tally --dir "$runs/before"
  measure shuffle-theirs "belenios-tool shuffle" "$runs/theirs.shuffle" \
    "${theirs[@]}" election shuffle --dir "$runs/before" --trustee-id=1
  measure shuffle-ours "scrutineer shuffle" "$runs/ours.shuffle" \
    "${ours[@]}" election shuffle --dir "$runs/before" --trustee-id=1
  measure before-theirs "belenios-tool verify, before the shuffle" /dev/null \
    "${theirs[@]}" election verify --dir "$runs/before"
  measure before-ours "scrutineer verify, before the shuffle" /dev/null \
    "${ours[@]}" election verify --dir "$runs/before"
  # Each tool's shuffle appended by that tool's archive add-event to a fresh copy.
  for dir in with-theirs with-ours; do rm -f "$runs/$dir"/*.bel; cp "$archive" "$runs/$dir/"; done
  "${theirs[@]}" archive add-event --dir "$runs/with-theirs" --type=Shuffle < "$runs/theirs.shuffle"
  "${ours[@]}" archive add-event --dir "$runs/with-ours" --type=Shuffle < "$runs/ours.shuffle"
  measure after-theirs "belenios-tool verify, its own shuffle" /dev/null \
    "${theirs[@]}" election verify --dir "$runs/with-theirs"
  measure after-ours "scrutineer verify, its own shuffle" /dev/null \
    "${ours[@]}" election verify --dir "$runs/with-ours"
  if [[ "${SCRUTINEER_BENCH_CROSS:-1}" != 0 ]]; then
    cross_check after-theirs belenios-tool scrutineer "$runs/with-ours" "${theirs[@]}"
    cross_check after-ours scrutineer belenios-tool "$runs/with-theirs" "${ours[@]}"
  fi
done

median() { cut -d' ' -f1 "$runs/times/$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
peak_mb() { echo $(($(cut -d' ' -f2 "$runs/times/$1" | sort -n | tail -n 1) / 1024)); }
row() { printf '%-56s %10.2f %12d\n' "$1" "$(median "$2")" "$(peak_mb "$2")"; }
echo
printf '%-56s %10s %12s\n' "$n ballots, $rounds round(s), $(nproc) cores" "median s" "peak RSS MB"
row "belenios-tool election compute-encrypted-tally" tally-theirs
row "scrutineer belenios election compute-encrypted-tally" tally-ours
row "belenios-tool election shuffle" shuffle-theirs
row "scrutineer belenios election shuffle" shuffle-ours
row "belenios-tool election verify, before the shuffle" before-theirs
row "scrutineer belenios election verify, before the shuffle" before-ours
row "belenios-tool election verify, with a shuffle" after-theirs
row "scrutineer belenios election verify, with a shuffle" after-ours
if [[ "${SCRUTINEER_BENCH_CROSS:-1}" != 0 ]]; then
  echo "(verify with a shuffle: runs on each tool's own shuffle and on the other's, pooled)"
else
  echo "(verify with a shuffle: each tool's own shuffle; cross-checks left out, SCRUTINEER_BENCH_CROSS=0)"
fi
echo
# ratio LABEL THEIRS OURS: belenios-tool's seconds over ours, or why there is none.
ratio() {
  awk -v label="$1" -v a="$2" -v b="$3" 'BEGIN {
    if (a <= 0 || b <= 0) printf "%-58s %8.2f / %8.2f s: no ratio, a share is not positive (noise; use a larger N or more rounds)\n", label, a, b
    else printf "%-58s %8.2f / %8.2f s = %6.2fx\n", label, a, b, a / b }'
}
sum() { awk -v a="$1" -v b="$2" 'BEGIN { print a + b }'; }
diff_of() { awk -v a="$1" -v b="$2" 'BEGIN { print a - b }'; }
shuffle_t=$(median shuffle-theirs); shuffle_o=$(median shuffle-ours)
check_t=$(diff_of "$(median after-theirs)" "$(median before-theirs)")
check_o=$(diff_of "$(median after-ours)" "$(median before-ours)")
compute_t=$(diff_of "$shuffle_t" "$(median tally-theirs)")
compute_o=$(diff_of "$shuffle_o" "$(median tally-ours)")
echo "ratios belenios-tool / scrutineer (medians; shares estimated by difference):"
ratio "shuffle command" "$shuffle_t" "$shuffle_o"
ratio "verify command, archive with a shuffle" "$(median after-theirs)" "$(median after-ours)"
ratio "shuffle-proof verification share (with - before)" "$check_t" "$check_o"
ratio "shuffle computation share (shuffle - tally)" "$compute_t" "$compute_o"
ratio "shuffle + verification (shuffle command + its share)" "$(sum "$shuffle_t" "$check_t")" "$(sum "$shuffle_o" "$check_o")"
ratio "shuffle + verification shares (replays left out)" "$(sum "$compute_t" "$check_t")" "$(sum "$compute_o" "$check_o")"
