#!/usr/bin/env bash
# Scale check for the verifier's memory (issue #3: "a 1-million-ballot archive must verify within a
# 1 GiB heap"): builds an open BELENIOS-2048 election whose setup holds N public credentials (random
# group elements, default N = 1,000,000: about 620 MB of JSON inside the archive), then verifies it
# with -Xmx1g (SCRUTINEER_BENCH_HEAP to change) and prints wall time and peak resident memory.
# Every credential is checked for subgroup membership and duplicates, as for a real election.
# Usage: bench/credentials-scale.sh [N]. SCRUTINEER_BENCH_DIR=DIR keeps the election in DIR and
# reuses it next time. Needs the build (mvn -B -q package -DskipTests) and /usr/bin/time.
set -euo pipefail
name=credentials-scale
n="${1:-1000000}"
source "$(dirname "$0")/scale-common.sh"

if ls ./*.bel > /dev/null 2>&1; then
  echo "reusing the election in $work"
else
  echo "writing $n public credentials ..."
  java --add-opens java.base/java.math=ALL-UNNAMED -cp "$jar" "$here/bench/RandomPublicCredentials.java" "$n" > public_creds.json
  make_election "$(tool setup generate-token)" \
    '{"description":"Scale check","name":"Scale check","questions":[{"answers":["A","B"],"min":0,"max":1,"question":"Q"}]}'
fi
echo "archive: $(du -h ./*.bel | cut -f1)"

verify_with_heap
tail -n 1 verify.out
rm -f verify.out
printf 'verified %d credentials with -Xmx%s in %s s, peak RSS %d MB\n' "$n" "$heap" "$seconds" $((kilobytes / 1024))
