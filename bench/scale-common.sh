# Sourced by the scale benchmarks (credentials-scale.sh, million-ballots.sh, shuffle-bench.sh):
# their common start — the build to use, the heap to verify with, and the working directory — and
# helpers for the election they set up. Expects `name` (the script's name, for messages) to be set.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
heap="${SCRUTINEER_BENCH_HEAP:-1g}"
jar="$here/cli/target/scrutineer.jar"
[[ -f "$jar" ]] || { echo "$name: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
# SCRUTINEER_BENCH_DIR keeps the election for the next run; otherwise a temporary directory.
if [[ -n "${SCRUTINEER_BENCH_DIR:-}" ]]; then
  work="$SCRUTINEER_BENCH_DIR"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
cd "$work"

tool() { "$here/scrutineer" belenios "$@"; }

# make_election UUID TEMPLATE_JSON [GROUP]: one trustee, the election, `archive init` — in GROUP
# (default BELENIOS-2048), with the public_creds.json already in the working directory.
make_election() {
  local group="${3:-BELENIOS-2048}"
  tool setup generate-trustee-key --group "$group" > /dev/null
  cat ./*.pubkey > public_keys.jsons
  tool setup make-trustees
  printf '%s\n' "$2" > template.json
  tool setup make-election --uuid "$1" --group "$group" --template template.json
  tool archive init
}

# verify_with_heap: `./scrutineer belenios election verify` in a -Xmx$heap JVM; sets seconds and
# kilobytes (peak RSS) and leaves the output in verify.out; exits with it shown if verification fails.
verify_with_heap() {
  /usr/bin/time -f "%e %M" -o time.txt env SCRUTINEER_JAVA_OPTS="-Xmx$heap" "$here/scrutineer" belenios election verify --dir "$work" > verify.out 2>&1 \
    || { cat verify.out; echo "verification failed with -Xmx$heap" >&2; exit 1; }
  read -r seconds kilobytes < time.txt
  rm -f time.txt
}
