#!/usr/bin/env bash
# End-to-end ERC-20 transfers per second on an in-process dev node (instant sealing, RocksDB fsynced per block), and in
# the same JVM the named peer: native secp256k1 sender recoveries per second on all cores. Prints both and the ratio.
#
#   bench/node/run.sh                         # 10,000 transfers, 32 senders, 4 connections, batches of 100
#   TRANSFERS=20000 SENDERS=64 CONNECTIONS=8 BATCH=100 bench/node/run.sh
#   SKIP_BUILD=1 bench/node/run.sh            # reuse the last Maven build of the bench module
#   JFR=/tmp/node.jfr bench/node/run.sh       # also record a flight recording (see the summary command below)
#
# Needs Java 17, Maven (offline, ~/.m2 populated), Node.js 20 and npm (solc-js from bench/evm's lockfile).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
evm="$root/bench/evm"
die() { echo "bench/node: $*" >&2; exit 1; }
for tool in node npm java mvn; do
  command -v "$tool" >/dev/null || die "'$tool' is not on the PATH"
done
work="$(mktemp -d "${TMPDIR:-/tmp}/converge-node-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
quietly() {
  "$@" > "$work/last-command.log" 2>&1 || { cat "$work/last-command.log" >&2; return 1; }
}

echo "== compiling BenchToken (bench/evm/compile.mjs, solc 0.8.37, cancun)"
lock_sum="$(sha256sum "$evm/package-lock.json" | cut -d' ' -f1)"
stamp="$evm/node_modules/.converge-lock-sha256"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
  (cd "$evm" && quietly npm ci --no-audit --no-fund) || die "npm ci failed"
  echo "$lock_sum" > "$stamp"
fi
quietly node "$evm/compile.mjs" "$work" || die "compiling the token failed"
awk -F'\t' '$1 == "erc20-transfers" { print $3 }' "$work/workloads.tsv" > "$work/token-init.hex"
[[ -s "$work/token-init.hex" ]] || die "no erc20-transfers row in workloads.tsv"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "== building the bench module (mvn)"
  quietly mvn -B -q -f "$root/pom.xml" -pl bench -am install -DskipTests || die "maven build failed"
fi
quietly mvn -B -q -f "$root/pom.xml" -pl bench exec:exec -Dexec.executable=echo -Dexec.args=%classpath \
  -Dexec.outputFile="$work/classpath.txt" || die "could not resolve the bench module's classpath"
[[ -f "$root/bench/target/classes/io/converge/bench/node/NodeBench.class" ]] || die "NodeBench is not built (unset SKIP_BUILD)"

jfr=()
if [[ -n "${JFR:-}" ]]; then
  jfr=("-XX:StartFlightRecording=filename=$JFR,settings=profile")
fi
echo "== $(java -version 2>&1 | head -1); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xms2g -Xmx2g "${jfr[@]}" -Dlogback.configurationFile="$here/logback.xml" -cp "$(cat "$work/classpath.txt")" \
  io.converge.bench.node.NodeBench "$work/token-init.hex" "${TRANSFERS:-10000}" "${SENDERS:-32}" \
  "${CONNECTIONS:-4}" "${BATCH:-100}" </dev/null
if [[ -n "${JFR:-}" ]]; then
  echo "== profile: $JFR (top frames: jfr print --events jdk.ExecutionSample $JFR)"
fi
