#!/usr/bin/env node
// Makes a fresh clone runnable: installs dependencies when the lock file changed since the last
// install, then builds every workspace (turbo skips what is up to date). `npm start`, `npm test`,
// `npm run bench` and the CLIs call this first, so nobody has to remember a set-up step.
// Plain Node with no dependencies: it must run before anything is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const say = (line) => quiet || console.error(`[setup] ${line}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args) {
  execFileSync(cmd, args, {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', process.stderr, process.stderr],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
}

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const stale =
  !existsSync(installed) ||
  (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs);
if (stale) {
  // `npm ci` installs exactly what the lock file says and never rewrites it (a test run must
  // leave tracked files alone). The lock lists every platform's optional packages (turbo's
  // binaries), so it installs on any machine with the declared npm.
  say('installing dependencies (npm ci)…');
  run(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}
say('building workspaces…');
run(join(root, 'node_modules', '.bin', 'turbo'), [
  'run',
  'build',
  '--output-logs=errors-only',
  '--log-prefix=none',
]);
