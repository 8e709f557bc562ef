#!/usr/bin/env bash
# Crypto benchmark: secp256k1 sender recoveries per second per core, native libsecp256k1 vs BouncyCastle (ratio), and
# Keccak-256 MB/s. Usage: bench/crypto/run.sh [measurement-iterations]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -B -q -DskipTests -pl bench -am install >&2
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >&2
exec java -cp "$ROOT/bench/target/classes:$(cat "$CP_FILE")" io.converge.bench.crypto.CryptoReport "${1:-5}"
