#!/usr/bin/env bash
# Import throughput of the register store (store/src/test/java/.../ImportBench.java) on SQLite and
# PostgreSQL: a generated register of N records (default 1,000,000) imported, imported again (a
# no-op) and a newer extract imported, in a heap of SCRUTINEER_BENCH_HEAP (default 2g).
# PostgreSQL: SCRUTINEER_BENCH_POSTGRES (default the machine's 127.0.0.1:5432/test as postgres),
# in a schema made for the run and dropped after it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
heap="${SCRUTINEER_BENCH_HEAP:-2g}"
pg="${SCRUTINEER_BENCH_POSTGRES:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
cd "$here"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -o test-compile dependency:build-classpath -pl store -am -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" > /dev/null
cp="store/target/test-classes:store/target/classes:electorate/target/classes:$(cat "$cp_file")"
run() { java -Xmx"$heap" -cp "$cp" org.scrutineer.store.register.ImportBench "$n" "$1"; }

run ""
schema="bench_$$"
psql "postgresql://postgres@127.0.0.1:5432/test" -qc "CREATE SCHEMA $schema" 2>/dev/null || { echo "register-import: PostgreSQL not reachable; SQLite only" >&2; exit 0; }
trap 'rm -f "$cp_file"; psql "postgresql://postgres@127.0.0.1:5432/test" -qc "DROP SCHEMA IF EXISTS $schema CASCADE"' EXIT
run "$pg&currentSchema=$schema"
