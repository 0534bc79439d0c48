#!/usr/bin/env node
// Installs what the tests need beyond npm packages when it is missing (scripts/tools.json):
// Debian packages with apt-get (chromium, never a browser download; fonts-noto-core so Thai,
// Khmer, Lao and Burmese names render; redis-server), Go programs built from the Go module
// proxy (helm, kubeconform, Jaeger, docker-compose) and the Kubernetes JSON schemas kubeconform
// validates against (from PyPI). `npm test` calls it, so a fresh machine (CI runs as root) sets
// itself up; when everything is present it only checks paths and exits at once.
// Plain Node with no dependencies, like setup.mjs.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = JSON.parse(readFileSync(join(root, 'scripts', 'tools.json'), 'utf8'));
const cache =
  process.env.EXPERTPOOL_CACHE || join(process.env.HOME || homedir(), '.cache', 'expertpool');
const say = (line) => console.error(`[tools] ${line}`);

const missingApt = tools.apt.filter((t) => !existsSync(t.path));
if (missingApt.length > 0) {
  const names = missingApt.map((t) => t.package);
  if (process.getuid?.() !== 0) {
    say(`missing: ${names.join(', ')}; as root: apt-get install -y ${names.join(' ')}`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  say(`installing ${names.join(', ')} (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
}

for (const tool of tools.go) {
  const dir = join(cache, 'tools', `${tool.name}-${tool.version}`);
  if (existsSync(join(dir, tool.name))) continue;
  say(`building ${tool.name} ${tool.version} from the Go module proxy (once per machine)…`);
  // Built into a scratch directory and renamed into place: an interrupted build leaves no
  // half-written binary that a later run would take for a finished one.
  const scratch = `${dir}.partial-${process.pid}`;
  mkdirSync(scratch, { recursive: true });
  try {
    // In a throw-away module (`go get -tool`, then `go build`) rather than `go install pkg@v`:
    // go install refuses modules whose go.mod has replace directives, as Jaeger's has.
    const go = (...args) =>
      execFileSync('go', args, {
        cwd: scratch,
        stdio: ['ignore', 'ignore', process.stderr],
        env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
      });
    go('mod', 'init', `expertpool-tools/${tool.name}`);
    go('get', '-tool', `${tool.module}@${tool.version}`);
    go('build', '-trimpath', '-o', join(scratch, tool.name), tool.module);
    for (const file of ['go.mod', 'go.sum']) rmSync(join(scratch, file), { force: true });
    if (!existsSync(dir)) renameSync(scratch, dir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// The Kubernetes JSON schemas for kubeconform, which would download them from GitHub. The PyPI
// package kubernetes-validate bundles them per Kubernetes version; a wheel is a zip, unpacked
// with Python's zipfile (pip's own Python). Its "local" schemas point at their shared
// definitions by an absolute $id (https://kubernetes.io/api/_definitions.json); that $id is
// dropped and the references made relative, so kubeconform reads _definitions.json beside them.
const schemas = tools.kubernetesSchemas;
const schemaDir = join(cache, 'tools', `kubernetes-schemas-${schemas.version}`);
const strictDir = `v${schemas.kubernetesVersion}-local-strict`;
if (!existsSync(join(schemaDir, strictDir, '_definitions.json'))) {
  say(
    `fetching the Kubernetes ${schemas.kubernetesVersion} schemas (${schemas.package} ${schemas.version}, PyPI)…`,
  );
  const scratch = `${schemaDir}.partial-${process.pid}`;
  mkdirSync(join(scratch, 'wheel'), { recursive: true });
  try {
    const python = process.env.PYTHON || 'python3';
    const run = (...args) =>
      execFileSync(python, args, { cwd: scratch, stdio: ['ignore', 'ignore', process.stderr] });
    run(
      '-m',
      'pip',
      'download',
      '--quiet',
      '--no-deps',
      '--dest',
      scratch,
      `${schemas.package}==${schemas.version}`,
    );
    const wheel = readdirSync(scratch).find((f) => f.endsWith('.whl'));
    run('-m', 'zipfile', '-e', join(scratch, wheel), join(scratch, 'wheel'));
    const from = join(scratch, 'wheel', 'kubernetes_validate', 'kubernetes-json-schema', strictDir);
    const to = join(scratch, 'out', strictDir);
    mkdirSync(to, { recursive: true });
    for (const file of readdirSync(from).filter((f) => f.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(join(from, file), 'utf8'));
      delete schema.$id;
      const text = JSON.stringify(schema).replaceAll(
        '"/api/_definitions.json#',
        '"_definitions.json#',
      );
      writeFileSync(join(to, file), text);
    }
    if (!existsSync(schemaDir)) renameSync(join(scratch, 'out'), schemaDir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
