// Runs the workloads of a workloads.tsv (all, or the one named by the second argument) on @ethereumjs/evm
// (Cancun) and prints one tab-separated line per workload: name, status (ok or a reason), median ms, gas used, deploy
// gas, output hex, measured runs.
// Each timed run starts from the same state (deployed contract, nothing else) with a clean warm set and original-storage
// cache, as a fresh transaction would; only the top-level runCall is timed.
import fs from 'node:fs';
import { Common, Hardfork, Mainnet } from '@ethereumjs/common';
import { createEVM } from '@ethereumjs/evm';
import { Account, bytesToHex, createAddressFromString, hexToBytes } from '@ethereumjs/util';

const [workloadsFile, only] = process.argv.slice(2);
// The same policy as EvmBench: warm up for WARMUP runs and WARMUP_MS, then measure RUNS runs, or stop after
// BUDGET_MS once MIN_RUNS are measured.
const WARMUP = Number(process.env.WARMUP ?? 2);
const WARMUP_MS = Number(process.env.WARMUP_MS ?? 1500);
const RUNS = Number(process.env.RUNS ?? 7);
const BUDGET_MS = Number(process.env.BUDGET_MS ?? 8000);
const MIN_RUNS = 3;
const COINBASE = createAddressFromString('0x0000000000000000000000000000000000000000');

const hex = (s) => hexToBytes(`0x${s}`);

async function runWorkload([name, kind, code, input, gas, caller, contract]) {
  const common = new Common({ chain: Mainnet, hardfork: Hardfork.Cancun });
  const evm = await createEVM({ common });
  const sm = evm.stateManager;
  const from = createAddressFromString(caller);
  const to = createAddressFromString(contract);
  const gasLimit = BigInt(gas);
  await sm.putAccount(from, new Account(0n, 10n ** 24n));

  let deployGas = '-';
  if (kind === 'deploy') {
    freshTransaction(evm, from, undefined);
    const res = await evm.runCall({ caller: from, data: hex(code), gasLimit });
    if (res.execResult.exceptionError) {
      return [name, `deploy failed: ${res.execResult.exceptionError.error}`];
    }
    if (res.createdAddress?.toString() !== to.toString()) {
      return [name, `deployed at ${res.createdAddress} instead of ${to}`];
    }
    deployGas = res.execResult.executionGasUsed.toString();
  } else {
    await sm.putCode(to, hex(code));
  }
  await evm.journal.cleanup();

  const samples = [];
  let warmups = 0;
  let measuring = false;
  let gasUsed;
  let output;
  let phaseStarted = performance.now();
  for (;;) {
    await sm.checkpoint();
    freshTransaction(evm, from, to);
    const t0 = performance.now();
    const res = await evm.runCall({ caller: from, to, data: hex(input), gasLimit });
    const t1 = performance.now();
    await sm.revert();
    if (res.execResult.exceptionError) {
      return [name, `call failed: ${res.execResult.exceptionError.error}`];
    }
    const used = res.execResult.executionGasUsed.toString();
    const out = bytesToHex(res.execResult.returnValue);
    if (gasUsed !== undefined && (used !== gasUsed || out !== output)) {
      return [name, `not repeatable: gas ${gasUsed} then ${used}`];
    }
    gasUsed = used;
    output = out;
    if (!measuring) {
      warmups++;
      if (warmups >= WARMUP && t1 - phaseStarted >= WARMUP_MS) {
        measuring = true;
        phaseStarted = performance.now();
      }
      continue;
    }
    samples.push(t1 - t0);
    if (samples.length >= RUNS || (samples.length >= MIN_RUNS && t1 - phaseStarted > BUDGET_MS)) break;
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  return [name, 'ok', median.toFixed(3), gasUsed, deployGas, output === '0x' ? '-' : output.slice(2), samples.length];
}

/** What the start of a transaction does (EIP-2929 warm sender, recipient and precompiles; EIP-3651 warm coinbase). */
function freshTransaction(evm, from, to) {
  evm.journal.cleanJournal();
  evm.stateManager.originalStorageCache.clear();
  evm.journal.addAlwaysWarmAddress(from.toString());
  if (to !== undefined) evm.journal.addAlwaysWarmAddress(to.toString());
  evm.journal.addAlwaysWarmAddress(COINBASE.toString());
  for (const precompile of evm.precompiles.keys()) evm.journal.addAlwaysWarmAddress(precompile);
}

const lines = fs.readFileSync(workloadsFile, 'utf8').trim().split('\n');
for (const line of lines) {
  const fields = line.split('\t');
  if (only !== undefined && fields[0] !== only) continue;
  let result;
  try {
    result = await runWorkload(fields);
  } catch (e) {
    result = [fields[0], `error: ${e.message}`];
  }
  console.log(result.join('\t'));
  console.error(`  ethereumjs ${result.slice(0, 4).join(' ')}`);
}
