// Runs `npm ci --no-audit --no-fund` here unless node_modules was installed from this very package-lock.json
// (its SHA-256 is recorded in node_modules/.converge-lock-sha256 after a successful install).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lock = createHash('sha256').update(fs.readFileSync(path.join(here, 'package-lock.json'))).digest('hex');
const stamp = path.join(here, 'node_modules', '.converge-lock-sha256');
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === lock) {
  console.log(`node_modules is up to date with package-lock.json (${lock.slice(0, 12)})`);
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
fs.writeFileSync(stamp, lock + '\n');
