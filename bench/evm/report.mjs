// Joins the two runners' result lines (name, status, median ms, gas used, deploy gas, output, runs) and prints the
// table. Exits 1 if a workload failed on either EVM or if gas used, deployment gas or output differ between them:
// a difference in gas is a conformance bug, not a benchmark result.
import fs from 'node:fs';
import path from 'node:path';

const workDir = process.argv[2];
const read = (file) => {
  const rows = new Map();
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    const [name, status, ms, gas, deployGas, output, runs] = line.split('\t');
    rows.set(name, { status, ms: Number(ms), gas, deployGas, output, runs });
  }
  return rows;
};
const ours = read(path.join(workDir, 'converge.tsv'));
const theirs = read(path.join(workDir, 'ethereumjs.tsv'));
const names = fs.readFileSync(path.join(workDir, 'workloads.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));

const mgas = (gas, ms) => (Number(gas) / 1e6 / (ms / 1e3)).toFixed(1);
const header = ['workload', 'gas used', 'converge ms', 'Mgas/s', 'ethereumjs ms', 'Mgas/s', 'ratio'];
const rows = [];
const problems = [];
for (const [name, , , , , , , description] of names) {
  const a = ours.get(name) ?? { status: 'no result' };
  const b = theirs.get(name) ?? { status: 'no result' };
  if (a.status !== 'ok' || b.status !== 'ok') {
    if (a.status !== 'ok') problems.push(`${name}: converge ${a.status}`);
    if (b.status !== 'ok') problems.push(`${name}: ethereumjs ${b.status}`);
    rows.push([name, a.status === 'ok' ? a.gas : '-', a.status === 'ok' ? a.ms.toFixed(1) : 'FAILED', '',
      b.status === 'ok' ? b.ms.toFixed(1) : 'FAILED', '', '']);
    continue;
  }
  const gasColumn = a.gas === b.gas ? a.gas : `${a.gas} vs ${b.gas}`;
  if (a.gas !== b.gas) problems.push(`${name}: GAS MISMATCH converge ${a.gas} vs ethereumjs ${b.gas} (${description})`);
  if (a.deployGas !== b.deployGas) {
    problems.push(`${name}: DEPLOY GAS MISMATCH converge ${a.deployGas} vs ethereumjs ${b.deployGas}`);
  }
  if (a.output !== b.output) problems.push(`${name}: OUTPUT MISMATCH converge ${a.output} vs ethereumjs ${b.output}`);
  rows.push([name, gasColumn, a.ms.toFixed(1), mgas(a.gas, a.ms), b.ms.toFixed(1), mgas(b.gas, b.ms),
    `${(b.ms / a.ms).toFixed(2)}x`]);
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const format = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(format(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(format(r)));
console.log('');
console.log('median wall time of the top-level call; ratio = ethereumjs time / converge time (above 1: converge is faster)');
for (const [name, , , , , , , description] of names) console.log(`  ${name.padEnd(widths[0])}  ${description}`);
for (const [name] of names) {
  const a = ours.get(name);
  const b = theirs.get(name);
  if (a?.status === 'ok' && b?.status === 'ok' && a.deployGas !== '-') {
    console.log(`  ${name.padEnd(widths[0])}  deployment gas: converge ${a.deployGas}, ethereumjs ${b.deployGas}`);
  }
}
if (problems.length > 0) {
  console.log('');
  problems.forEach((p) => console.log(`FAIL ${p}`));
  process.exit(1);
}
