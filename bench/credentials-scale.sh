#!/usr/bin/env bash
# Scale check for the verifier's memory (issue #3: "a 1-million-ballot archive must verify within a
# 1 GiB heap"): builds an open BELENIOS-2048 election whose setup holds N public credentials (random
# group elements, default N = 1,000,000: about 620 MB of JSON inside the archive), then verifies it
# with -Xmx1g (SCRUTINEER_BENCH_HEAP to change) and prints wall time and peak resident memory.
# Every credential is checked for subgroup membership and duplicates, as for a real election.
# Usage: bench/credentials-scale.sh [N]. SCRUTINEER_BENCH_DIR=DIR keeps the election in DIR and
# reuses it next time. Needs the build (mvn -B -q package -DskipTests) and /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
heap="${SCRUTINEER_BENCH_HEAP:-1g}"
jar="$here/cli/target/scrutineer.jar"
[[ -f "$jar" ]] || { echo "credentials-scale: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
if [[ -n "${SCRUTINEER_BENCH_DIR:-}" ]]; then
  work="$SCRUTINEER_BENCH_DIR"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
cd "$work"
tool() { "$here/scrutineer" belenios "$@"; }

if ls ./*.bel > /dev/null 2>&1; then
  echo "reusing the election in $work"
else
  echo "writing $n public credentials ..."
  java --add-opens java.base/java.math=ALL-UNNAMED -cp "$jar" "$here/bench/RandomPublicCredentials.java" "$n" > public_creds.json
  uuid=$(tool setup generate-token)
  tool setup generate-trustee-key --group BELENIOS-2048 > /dev/null
  cat ./*.pubkey > public_keys.jsons
  tool setup make-trustees
  cat > template.json <<'JSON'
{"description":"Scale check","name":"Scale check","questions":[{"answers":["A","B"],"min":0,"max":1,"question":"Q"}]}
JSON
  tool setup make-election --uuid "$uuid" --group BELENIOS-2048 --template template.json
  tool archive init
fi
echo "archive: $(du -h ./*.bel | cut -f1)"

/usr/bin/time -f "%e %M" -o time.txt env SCRUTINEER_JAVA_OPTS="-Xmx$heap" "$here/scrutineer" belenios election verify --dir "$work" > verify.out 2>&1 \
  || { cat verify.out; echo "verification failed with -Xmx$heap" >&2; exit 1; }
read -r seconds kilobytes < time.txt
tail -n 1 verify.out
rm -f time.txt verify.out
printf 'verified %d credentials with -Xmx%s in %s s, peak RSS %d MB\n' "$n" "$heap" "$seconds" $((kilobytes / 1024))
