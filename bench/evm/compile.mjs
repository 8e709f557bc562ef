// Compiles the workload sources with solc-js (from the lockfile) and writes <workDir>/workloads.tsv, the one file both
// runners read. Columns: name, kind (code: install the bytes at the contract address and call it; deploy: run the bytes
// as init code from the caller, then call the new contract), hex bytes, hex call data, gas limit, caller, contract
// address (for deploy: the CREATE address for the caller's nonce 0), and a short description.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createContractAddress, createAddressFromString } from '@ethereumjs/util';

const require = createRequire(import.meta.url);
const solc = require('solc');
const here = path.dirname(fileURLToPath(import.meta.url));

const CALLER = '0x00000000000000000000000000000000000c0de1';
const CONTRACT = '0x00000000000000000000000000000000000b3ec1';
const GAS = 1_000_000_000n;

const workDir = process.argv[2];
if (!workDir) {
  console.error('usage: node compile.mjs <workDir>');
  process.exit(2);
}
if (solc.version().split('+')[0] !== '0.8.37') {
  throw new Error(`expected solc 0.8.37 from the lockfile, got ${solc.version()}`);
}

function compile(language, file, optimizer) {
  const input = {
    language,
    sources: { [file]: { content: fs.readFileSync(path.join(here, 'contracts', file), 'utf8') } },
    settings: {
      evmVersion: 'cancun', // solc 0.8.37 defaults to osaka: always pin the fork both EVMs run
      optimizer,
      outputSelection: { '*': { '*': ['evm.bytecode.object', 'evm.methodIdentifiers'] } },
    },
  };
  const findImports = (p) => {
    try {
      return { contents: fs.readFileSync(require.resolve(p), 'utf8') };
    } catch (e) {
      return { error: `cannot import ${p}: ${e.message}` };
    }
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (out.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`solc failed on ${file}:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  }
  const contracts = out.contracts[file];
  return Object.values(contracts)[0].evm;
}

// Yul workloads without the optimizer so that every iteration runs the instructions as written.
const yul = (file) => compile('Yul', file, { enabled: false }).bytecode.object;
const word = (n) => n.toString(16).padStart(64, '0');
const token = compile('Solidity', 'BenchToken.sol', { enabled: true, runs: 200 });
const tokenInit = token.bytecode.object;
const RUN_SELECTOR = token.methodIdentifiers['run(uint256)'];
const tokenAddress = createContractAddress(createAddressFromString(CALLER), 0n).toString();

const workloads = [
  ['counter-loop', 'code', '620f42405b600190038060045700', '', '1M iterations of PUSH/SWAP/SUB/DUP/JUMPI (the issue\'s loop)'],
  ['add-loop', 'code', yul('AddLoop.yul'), word(200_000n), '1M 256-bit ADDs (200k iterations of 5)'],
  ['erc20-transfers', 'deploy', tokenInit, RUN_SELECTOR + word(2000n), 'OpenZeppelin ERC20: 2,000 transfers to fresh recipients'],
  ['keccak-loop', 'code', yul('KeccakLoop.yul'), word(50_000n), '50k chained KECCAK256 of 64 bytes'],
  ['storage-loop', 'code', yul('StorageLoop.yul'), word(5_000n), '5k fresh SSTOREs, 5k SLOAD+SSTORE, 5k SLOAD'],
];

const lines = workloads.map(([name, kind, code, input, description]) =>
  [name, kind, code, input, GAS.toString(), CALLER, kind === 'deploy' ? tokenAddress : CONTRACT, description].join('\t'));
fs.mkdirSync(workDir, { recursive: true });
fs.writeFileSync(path.join(workDir, 'workloads.tsv'), lines.join('\n') + '\n');
for (const [name, kind, code] of workloads) {
  console.error(`  ${name.padEnd(16)} ${kind.padEnd(6)} ${code.length / 2} bytes`);
}
