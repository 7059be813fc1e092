#!/usr/bin/env bash
# Scale check of issue #3's "a 1-million-ballot archive must verify within a 1 GiB heap": builds a
# BELENIOS-2048 election of N voters (default 1,000,000; one question, two answers), one ballot per
# voter, then verifies the archive with `./scrutineer belenios election verify` and -Xmx1g
# (SCRUTINEER_BENCH_HEAP to change), printing wall time, peak resident memory and the verdict.
# Credentials and ballots are made by bench/LargeArchive.java (the library's own code, on every
# core); set-up, archive init and verification go through ./scrutineer. A million ballots take about
# 7 GB of disk and about 45 minutes each to build and to verify on this 2-core machine.
# Usage: bench/million-ballots.sh [N]. SCRUTINEER_BENCH_DIR=DIR keeps the election in DIR and
# reuses its archive on the next run. Needs the build (mvn -B -q package -DskipTests) and /usr/bin/time.
set -euo pipefail
name=million-ballots
n="${1:-1000000}"
source "$(dirname "$0")/scale-common.sh"
library() { java -Xmx6g --add-opens java.base/java.math=ALL-UNNAMED -cp "$jar" "$here/bench/LargeArchive.java" "$@"; }

if ls ./*.bel > /dev/null 2>&1 && [[ -f ballots-done ]]; then
  echo "reusing the election in $work"
else
  rm -f ./*.bel ballots-done
  uuid=$(tool setup generate-token)
  echo "$(date +%T) making $n credentials ..."
  library credentials "$n" "$uuid" "$work"
  make_election "$uuid" \
    '{"description":"Scale check","name":"Scale check","questions":[{"answers":["A","B"],"min":1,"max":1,"question":"A or B?"}]}'
  echo "$(date +%T) making $n ballots ..."
  library ballots "$work" "$work/$uuid.bel"
  touch ballots-done
fi
echo "$(date +%T) archive: $(du -h ./*.bel | cut -f1); verifying with -Xmx$heap ..."
verify_with_heap
grep -v '^I: .* read' verify.out | tail -n 3
printf 'verified %d ballots of %d voters with -Xmx%s in %s s, peak RSS %d MB\n' "$n" "$n" "$heap" "$seconds" $((kilobytes / 1024))
