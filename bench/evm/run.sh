#!/usr/bin/env bash
# Runs the same EVM bytecode on Converge and on @ethereumjs/evm 10.1.3 and prints, per workload, both median times, both
# Mgas/s and the ratio (ethereumjs time / Converge time). Fails if the two EVMs disagree on gas used or output.
#
#   bench/evm/run.sh                 # all workloads
#   WARMUP=3 RUNS=7 bench/evm/run.sh # more runs (defaults 2 and 5; BUDGET_MS=10000 caps each workload's measuring)
#   SKIP_BUILD=1 bench/evm/run.sh    # reuse the last Maven build of the bench module
#
# Needs Java 17, Maven (offline, ~/.m2 populated), Node.js 20 and npm (packages come from the committed lockfile).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export WARMUP="${WARMUP:-2}" RUNS="${RUNS:-5}" BUDGET_MS="${BUDGET_MS:-10000}"

die() { echo "bench/evm: $*" >&2; exit 1; }
for tool in node npm java mvn; do
  command -v "$tool" >/dev/null || die "'$tool' is not on the PATH"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/converge-evm-bench.XXXXXX")"
if [[ -n "${KEEP_WORK:-}" ]]; then
  echo "work dir: $work (kept)"
else
  trap 'rm -rf "$work"' EXIT
fi

echo "== npm packages (from package-lock.json)"
lock_sum="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
stamp="$here/node_modules/.converge-lock-sha256"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  echo "$lock_sum" > "$stamp"
else
  echo "up to date"
fi

echo "== compiling workloads (solc 0.8.37, evmVersion cancun)"
node "$here/compile.mjs" "$work" || die "compiling the workloads failed"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "== building the bench module (mvn -o)"
  mvn -B -o -q -f "$root/pom.xml" -pl bench -am install -DskipTests || die "maven build failed"
fi
mvn -B -o -q -f "$root/pom.xml" -pl bench dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null \
  || die "could not resolve the bench module's classpath (run without SKIP_BUILD first)"
classpath="$root/bench/target/classes:$(cat "$work/classpath.txt")"

# One workload at a time on each EVM in turn, so that both see the same machine load (the cores here are shared).
echo "== running (warm-up $WARMUP, median of up to $RUNS runs per workload and EVM)"
: > "$work/converge.tsv"
: > "$work/ethereumjs.tsv"
cut -f1 "$work/workloads.tsv" | while read -r name; do
  java -Xms1g -Xmx2g -cp "$classpath" io.converge.bench.evm.EvmBench "$work/workloads.tsv" "$name" \
    >> "$work/converge.tsv" || echo -e "$name\tjava exited with status $?" >> "$work/converge.tsv"
  node "$here/ethereumjs.mjs" "$work/workloads.tsv" "$name" \
    >> "$work/ethereumjs.tsv" || echo -e "$name\tnode exited with status $?" >> "$work/ethereumjs.tsv"
done

echo
node "$here/report.mjs" "$work"
