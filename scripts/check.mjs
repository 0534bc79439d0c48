#!/usr/bin/env node
// The check gate `npm test` runs before jest (and `npm run check` alone): the type check of
// every source and test file, ESLint and Prettier. Any finding fails the run, so style and
// type errors never reach review. Plain Node: the tools come from node_modules/.bin.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  ['types (tsc, sources and tests)', bin('tsc'), ['-p', 'tsconfig.check.json']],
  // The browser app has its own settings (DOM, JSX): web/tsconfig.json.
  ['types (tsc, web app)', bin('tsc'), ['-p', 'web/tsconfig.json']],
  ['lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0']],
  ['format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
];

let failed = 0;
for (const [label, command, args] of steps) {
  const started = Date.now();
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const ok = status === 0 && !error;
  console.error(
    `[check] ${ok ? 'ok  ' : 'FAIL'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (!ok) failed += 1;
}
if (failed > 0) {
  console.error(
    `[check] ${failed} check(s) failed; fix them (npm run format rewrites the formatting)`,
  );
  process.exit(1);
}
