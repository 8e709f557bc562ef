// Compiles contracts/AcceptanceToken.sol with solc-js (evmVersion cancun) into <out-dir>/AcceptanceToken.json
// as { contractName, abi, bytecode }. Usage: node compile.mjs [out-dir]   (default ../../../target/contracts)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const solc = require('solc');
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, '..', '..', '..', 'target', 'contracts'));
const name = 'AcceptanceToken';
const source = `contracts/${name}.sol`;

const input = {
  language: 'Solidity',
  sources: { [source]: { content: fs.readFileSync(path.join(here, source), 'utf8') } },
  settings: {
    evmVersion: 'cancun', // solc 0.8.37 defaults to osaka; the dev chain runs Cancun
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

function findImports(importPath) {
  try {
    return { contents: fs.readFileSync(require.resolve(importPath), 'utf8') };
  } catch (e) {
    return { error: `not found: ${importPath}` };
  }
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
for (const e of output.errors ?? []) console.error(e.formattedMessage);
if (errors.length > 0) {
  console.error(`solc ${solc.version()} failed with ${errors.length} error(s)`);
  process.exit(1);
}
const contract = output.contracts[source][name];
fs.mkdirSync(outDir, { recursive: true });
const artifact = {
  contractName: name,
  compiler: `solc ${solc.version()}`,
  evmVersion: 'cancun',
  abi: contract.abi,
  bytecode: '0x' + contract.evm.bytecode.object,
};
const file = path.join(outDir, `${name}.json`);
fs.writeFileSync(file, JSON.stringify(artifact, null, 2) + '\n');
console.log(`compiled ${name} with ${artifact.compiler} -> ${file}`);
