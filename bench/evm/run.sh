#!/usr/bin/env bash
# Runs the same EVM bytecode on Converge and on @ethereumjs/evm 10.1.3 and prints, per workload, both median times, both
# Mgas/s and the ratio (ethereumjs time / Converge time). Fails if the two EVMs disagree on gas used or output.
#
#   bench/evm/run.sh                 # all workloads
#   RUNS=11 bench/evm/run.sh        # more runs (also WARMUP, WARMUP_MS, BUDGET_MS: see ethereumjs.mjs)
#   SKIP_BUILD=1 bench/evm/run.sh    # reuse the last Maven build of the bench module
#
# Needs Java 17, Maven (offline, ~/.m2 populated), Node.js 20 and npm (packages come from the committed lockfile).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export WARMUP="${WARMUP:-2}" WARMUP_MS="${WARMUP_MS:-1500}" RUNS="${RUNS:-7}" BUDGET_MS="${BUDGET_MS:-8000}"

die() { echo "bench/evm: $*" >&2; exit 1; }
# Runs a quiet command, showing its output only if it fails.
quietly() {
  local log="$work/last-command.log"
  "$@" > "$log" 2>&1 || { cat "$log" >&2; return 1; }
}
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
  (cd "$here" && quietly npm ci --no-audit --no-fund) || die "npm ci failed"
  echo "$lock_sum" > "$stamp"
else
  echo "up to date"
fi

echo "== compiling workloads (solc 0.8.37, evmVersion cancun)"
node "$here/compile.mjs" "$work" || die "compiling the workloads failed"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "== building the bench module (mvn)"
  quietly mvn -B -q -f "$root/pom.xml" -pl bench -am install -DskipTests || die "maven build failed"
fi
# The exec plugin prints the module's runtime classpath (target/classes first); it resolves offline where the
# dependency plugin's own dependencies may be missing.
quietly mvn -B -q -f "$root/pom.xml" -pl bench exec:exec -Dexec.executable=echo -Dexec.args=%classpath \
  -Dexec.outputFile="$work/classpath.txt" || die "could not resolve the bench module's classpath"
classpath="$(cat "$work/classpath.txt")"
[[ -f "$root/bench/target/classes/io/converge/bench/evm/EvmBench.class" ]] || die "EvmBench is not built (unset SKIP_BUILD)"

# One workload at a time on each EVM in turn, so that both see the same machine load (the cores here are shared).
echo "== running: per workload and EVM, warm-up >= $WARMUP runs and ${WARMUP_MS} ms, then median of <= $RUNS runs"
echo "   $(java -version 2>&1 | head -1); node $(node --version); @ethereumjs/evm $(node -p \
  "require('$here/node_modules/@ethereumjs/evm/package.json').version"); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/converge.tsv"
: > "$work/ethereumjs.tsv"
cut -f1 "$work/workloads.tsv" | while read -r name; do
  java -Xms1g -Xmx2g -cp "$classpath" io.converge.bench.evm.EvmBench "$work/workloads.tsv" "$name" </dev/null \
    >> "$work/converge.tsv" || echo -e "$name\tjava exited with status $?" >> "$work/converge.tsv"
  node "$here/ethereumjs.mjs" "$work/workloads.tsv" "$name" </dev/null \
    >> "$work/ethereumjs.tsv" || echo -e "$name\tnode exited with status $?" >> "$work/ethereumjs.tsv"
done

echo
node "$here/report.mjs" "$work" || die "a workload failed or the two EVMs disagree (FAIL lines above)"
