// Drives a Converge dev node with ethers v6 through an ERC-20's life. Usage: node ethers-flow.mjs <http-rpc-url> [artifact]
// Each step prints "ok - <step>"; the first failure prints "FAILED <step>: <reason>" and exits 1.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ethers } from 'ethers';

const MNEMONIC = 'test test test test test test test test test test test junk';
const CHAIN_ID = 1337n;
const CONCURRENT_SENDS = 100;
const STEP_DEADLINE_MS = 30_000;

const url = process.argv[2];
if (!url) {
  console.error('usage: node ethers-flow.mjs <http-rpc-url> [artifact.json]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const artifactFile = process.argv[3] ?? path.join(here, '..', '..', '..', 'target', 'contracts', 'AcceptanceToken.json');
const artifact = JSON.parse(fs.readFileSync(artifactFile, 'utf8'));

function withDeadline(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function step(name, body) {
  try {
    const result = await withDeadline(Promise.resolve().then(body), STEP_DEADLINE_MS, name);
    console.log(`ok - ${name}`);
    return result;
  } catch (e) {
    console.error(`FAILED ${name}: ${e?.stack ?? e}`);
    if (e?.info) console.error(`  info: ${JSON.stringify(e.info, (_, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
    process.exit(1);
  }
}

// cacheTimeout -1: ethers otherwise answers an identical call within 250 ms from its cache, hiding the node.
const network = new ethers.Network('converge-dev', CHAIN_ID);
const provider = new ethers.JsonRpcProvider(url, network, { staticNetwork: network, cacheTimeout: -1, pollingInterval: 50 });
const wsProvider = new ethers.WebSocketProvider(url.replace(/^http/, 'ws'), network, { staticNetwork: network });
const wallet = (index) =>
  ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${index}`).connect(provider);
const deployer = wallet(0);
const recipient = wallet(1);
const supply = ethers.parseUnits('1000000', 18);
const amount = ethers.parseUnits('1234.5', 18);

await step('chain id is 1337 and the dev account is funded', async () => {
  assert.equal(BigInt(await provider.send('eth_chainId', [])), CHAIN_ID);
  assert.equal(deployer.address, '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
  assert.equal(await provider.getBalance(deployer.address), ethers.parseEther('10000'));
});

const feeData = await step('EIP-1559 fee fields: latest block base fee, getFeeData, eth_maxPriorityFeePerGas', async () => {
  const block = await provider.getBlock('latest');
  assert.ok(block.baseFeePerGas !== null, 'latest block has no baseFeePerGas');
  const fees = await provider.getFeeData();
  assert.ok(fees.maxFeePerGas !== null && fees.maxPriorityFeePerGas !== null, `getFeeData without 1559 fields: ${fees}`);
  assert.ok(fees.gasPrice !== null && fees.gasPrice > 0n, 'eth_gasPrice must be positive');
  const tip = BigInt(await provider.send('eth_maxPriorityFeePerGas', []));
  assert.equal(fees.maxPriorityFeePerGas, tip, 'getFeeData must take the tip from eth_maxPriorityFeePerGas');
  assert.equal(fees.maxFeePerGas, block.baseFeePerGas * 2n + tip, 'ethers computes maxFee = 2*baseFee + tip');
  return fees;
});

const token = await step('deploy AcceptanceToken (OpenZeppelin ERC20, solc cancun) with a type-2 transaction', async () => {
  const factory = new ethers.ContractFactory(artifact.abi, artifact.bytecode, deployer);
  const contract = await factory.deploy(supply);
  const tx = contract.deploymentTransaction();
  assert.equal(tx.type, 2, 'ethers must send an EIP-1559 transaction');
  const receipt = await tx.wait(1, STEP_DEADLINE_MS);
  assert.equal(receipt.status, 1, 'deployment receipt status');
  assert.equal(receipt.contractAddress, await contract.getAddress());
  assert.notEqual(await provider.getCode(receipt.contractAddress), '0x', 'no code at the deployed address');
  assert.equal(await contract.name(), 'Acceptance Token');
  assert.equal(await contract.symbol(), 'ACC');
  assert.equal(await contract.decimals(), 18n);
  assert.equal(await contract.totalSupply(), supply);
  assert.equal(await contract.balanceOf(deployer.address), supply);
  return contract;
});
const tokenAddress = await token.getAddress();
const transferTopic = token.interface.getEvent('Transfer').topicHash;

const estimate = await step('eth_estimateGas for a transfer is plausible and enough', async () => {
  const gas = await token.transfer.estimateGas(recipient.address, amount);
  assert.ok(gas > 21_000n && gas < 100_000n, `estimate ${gas} outside (21000, 100000)`);
  return gas;
});

// Wrapped in an object: a promise returned from a step would be awaited by the step itself.
const { event: subscribed } = await step('subscribe to Transfer(deployer, recipient) over WebSocket (eth_subscribe logs)', async () => {
  const wsToken = new ethers.Contract(tokenAddress, artifact.abi, wsProvider);
  let resolveEvent;
  const event = new Promise((resolve) => (resolveEvent = resolve));
  // With a topic filter ethers v6 passes only the ContractEventPayload (args are decoded on payload.args).
  await wsToken.on(wsToken.filters.Transfer(deployer.address, recipient.address), (...args) => {
    const payload = args.at(-1);
    resolveEvent({ from: payload.args.from, to: payload.args.to, value: payload.args.value, log: payload.log });
  });
  // ethers queues eth_subscribe from microtasks after on() resolves: let them run, then make one round trip on the
  // same socket. Replies come back in order, so once it returns the node has registered the subscription.
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(BigInt(await wsProvider.send('eth_chainId', [])), CHAIN_ID);
  return { event };
});

const transfer = await step('transfer tokens; receipt, fees and balances agree', async () => {
  const tx = await token.transfer(recipient.address, amount);
  assert.equal(tx.type, 2);
  assert.equal(tx.maxPriorityFeePerGas, feeData.maxPriorityFeePerGas);
  const receipt = await tx.wait(1, STEP_DEADLINE_MS);
  assert.equal(receipt.status, 1);
  assert.ok(receipt.gasUsed <= estimate, `gasUsed ${receipt.gasUsed} exceeds the estimate ${estimate}`);
  const block = await provider.getBlock(receipt.blockNumber);
  const expectedPrice = block.baseFeePerGas + ethers.getBigInt(
    [tx.maxPriorityFeePerGas, tx.maxFeePerGas - block.baseFeePerGas].reduce((a, b) => (a < b ? a : b)));
  assert.equal(receipt.gasPrice, expectedPrice, 'effectiveGasPrice = baseFee + min(tip, maxFee - baseFee)');
  const mined = await provider.getTransaction(tx.hash);
  assert.equal(mined.type, 2);
  assert.equal(mined.maxFeePerGas, tx.maxFeePerGas);
  assert.equal(mined.blockNumber, receipt.blockNumber);
  assert.equal(receipt.logs.length, 1);
  const parsed = token.interface.parseLog(receipt.logs[0]);
  assert.equal(parsed.name, 'Transfer');
  assert.deepEqual([...parsed.args], [deployer.address, recipient.address, amount]);
  assert.equal(await token.balanceOf(recipient.address), amount);
  assert.equal(await token.balanceOf(deployer.address), supply - amount);
  return receipt;
});

await step('eth_getLogs returns the mint and the transfer', async () => {
  const logs = await provider.getLogs({ address: tokenAddress, topics: [transferTopic], fromBlock: 0, toBlock: 'latest' });
  assert.equal(logs.length, 2, `expected mint + transfer, got ${logs.length} logs`);
  const [mint, sent] = logs.map((l) => token.interface.parseLog(l));
  assert.deepEqual([...mint.args], [ethers.ZeroAddress, deployer.address, supply]);
  assert.deepEqual([...sent.args], [deployer.address, recipient.address, amount]);
  assert.equal(logs[1].transactionHash, transfer.hash);
  assert.equal(logs[1].blockHash, transfer.blockHash);
  const filtered = await token.queryFilter(token.filters.Transfer(null, recipient.address), transfer.blockNumber);
  assert.equal(filtered.length, 1, 'topic filter on the indexed recipient');
  assert.equal(filtered[0].args.value, amount);
});

await step('the WebSocket subscription delivered the Transfer', async () => {
  const event = await subscribed;
  assert.equal(event.from, deployer.address);
  assert.equal(event.to, recipient.address);
  assert.equal(event.value, amount);
  assert.equal(event.log.transactionHash, transfer.hash);
  assert.equal(event.log.blockNumber, transfer.blockNumber);
});

await step('reverts: ethers decodes Error("nope") and ERC20InsufficientBalance from eth_call and eth_estimateGas', async () => {
  assert.equal(await token.guarded(true), 42n);
  await assert.rejects(token.guarded(false), (e) => {
    assert.equal(e.code, 'CALL_EXCEPTION', `code ${e.code}: ${e.message}`);
    assert.equal(e.reason, 'nope');
    assert.equal(e.revert?.name, 'Error');
    return true;
  });
  const tooMuch = supply; // the deployer now holds supply - amount
  const insufficient = [deployer.address, supply - amount, tooMuch];
  // eth_call through the contract: ethers decodes the custom error with the contract's ABI.
  await assert.rejects(token.transfer.staticCall(recipient.address, tooMuch), (e) => {
    assert.equal(e.code, 'CALL_EXCEPTION', `code ${e.code}: ${e.message}`);
    assert.equal(e.revert?.name, 'ERC20InsufficientBalance', `revert ${e.revert?.signature} data ${e.data}`);
    assert.deepEqual([...e.revert.args], insufficient);
    return true;
  });
  // eth_estimateGas: ethers leaves custom errors undecoded but must receive the revert data to decode them.
  await assert.rejects(token.transfer.estimateGas(recipient.address, tooMuch), (e) => {
    assert.equal(e.code, 'CALL_EXCEPTION', `code ${e.code}: ${e.message}`);
    const decoded = token.interface.parseError(e.data);
    assert.equal(decoded?.name, 'ERC20InsufficientBalance', `revert data ${e.data}`);
    assert.deepEqual([...decoded.args], insufficient);
    return true;
  });
});

await step('eth_feeHistory reports the blocks just sealed', async () => {
  const history = await provider.send('eth_feeHistory', ['0x4', 'latest', [25, 75]]);
  const head = await provider.getBlockNumber();
  assert.equal(BigInt(history.oldestBlock), BigInt(Math.max(0, head - 3)));
  const blocks = head - Number(BigInt(history.oldestBlock)) + 1;
  assert.equal(history.baseFeePerGas.length, blocks + 1, 'baseFeePerGas has one entry more than the blocks');
  assert.equal(history.gasUsedRatio.length, blocks);
  assert.equal(history.reward.length, blocks);
  for (const r of history.reward) assert.equal(r.length, 2);
  const latest = await provider.getBlock(head);
  assert.equal(BigInt(history.baseFeePerGas[blocks - 1]), latest.baseFeePerGas);
});

await step(`${CONCURRENT_SENDS} concurrent sends from one wallet get consecutive nonces and all succeed`, async () => {
  const sender = new ethers.NonceManager(wallet(2));
  const from = await sender.getAddress();
  const start = await provider.getTransactionCount(from, 'pending');
  const fees = await provider.getFeeData();
  const sends = Array.from({ length: CONCURRENT_SENDS }, (_, i) =>
    sender.sendTransaction({
      to: recipient.address,
      value: BigInt(i + 1),
      gasLimit: 21_000n,
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    }));
  const txs = await Promise.all(sends);
  const nonces = txs.map((t) => t.nonce).sort((a, b) => a - b);
  assert.deepEqual(nonces, Array.from({ length: CONCURRENT_SENDS }, (_, i) => start + i));
  const receipts = await Promise.all(txs.map((t) => t.wait(1, STEP_DEADLINE_MS)));
  const failed = receipts.filter((r) => r.status !== 1);
  assert.equal(failed.length, 0, `${failed.length} receipts failed`);
  assert.equal(await provider.getTransactionCount(from, 'latest'), start + CONCURRENT_SENDS);
});

await wsProvider.destroy();
provider.destroy();
console.log('ethers flow passed');
