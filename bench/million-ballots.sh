#!/usr/bin/env bash
# Scale check of issue #3's "a 1-million-ballot archive must verify within a 1 GiB heap": builds a
# BELENIOS-2048 election of N voters (default 1,000,000; one question, two answers), one ballot per
# voter, then verifies the archive with `./scrutineer belenios election verify` and -Xmx1g
# (SCRUTINEER_BENCH_HEAP to change), printing wall time, peak resident memory and the verdict.
# Credentials and ballots are made by bench/LargeArchive.java (the library's own code, on every
# core); set-up, archive init and verification go through ./scrutineer. A million ballots take about
# 6 GB of disk and an hour or two to build and as long to verify on this 2-core machine.
# Usage: bench/million-ballots.sh [N]. SCRUTINEER_BENCH_DIR=DIR keeps the election in DIR and
# reuses its archive on the next run. Needs the build (mvn -B -q package -DskipTests) and /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
heap="${SCRUTINEER_BENCH_HEAP:-1g}"
jar="$here/cli/target/scrutineer.jar"
[[ -f "$jar" ]] || { echo "million-ballots: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
if [[ -n "${SCRUTINEER_BENCH_DIR:-}" ]]; then
  work="$SCRUTINEER_BENCH_DIR"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
cd "$work"
tool() { "$here/scrutineer" belenios "$@"; }
library() { java -Xmx6g --add-opens java.base/java.math=ALL-UNNAMED -cp "$jar" "$here/bench/LargeArchive.java" "$@"; }

if ls ./*.bel > /dev/null 2>&1 && [[ -f ballots-done ]]; then
  echo "reusing the election in $work"
else
  rm -f ./*.bel ballots-done
  uuid=$(tool setup generate-token)
  echo "$(date +%T) making $n credentials ..."
  library credentials "$n" "$uuid" "$work"
  tool setup generate-trustee-key --group BELENIOS-2048 > /dev/null
  cat ./*.pubkey > public_keys.jsons
  tool setup make-trustees
  cat > template.json <<'JSON'
{"description":"Scale check","name":"Scale check","questions":[{"answers":["A","B"],"min":1,"max":1,"question":"A or B?"}]}
JSON
  tool setup make-election --uuid "$uuid" --group BELENIOS-2048 --template template.json
  tool archive init
  echo "$(date +%T) making $n ballots ..."
  library ballots "$work" "$work/$uuid.bel"
  touch ballots-done
fi
echo "$(date +%T) archive: $(du -h ./*.bel | cut -f1); verifying with -Xmx$heap ..."
/usr/bin/time -f "%e %M" -o time.txt env SCRUTINEER_JAVA_OPTS="-Xmx$heap" "$here/scrutineer" belenios election verify --dir "$work" > verify.out 2>&1 \
  || { cat verify.out; echo "verification failed with -Xmx$heap" >&2; exit 1; }
read -r seconds kilobytes < time.txt
grep -v '^I: .* read' verify.out | tail -n 3
rm -f time.txt
printf 'verified %d ballots of %d voters with -Xmx%s in %s s, peak RSS %d MB\n' "$n" "$n" "$heap" "$seconds" $((kilobytes / 1024))
