#!/usr/bin/env node
// Writes docker/.env, which `docker compose -f docker/compose.yaml` reads: a random password
// for each database's service user and for the databases' root user, and either a trial's
// settings (default: development tokens with a random JWT_SECRET, 200 demo experts per country)
// or, with --production, a real deployment's (issuers from docker/config/issuers.json, no demo
// data). Never overwrites an existing file: its passwords are already in the databases' volumes.
// Plain Node with no dependencies, so it runs on a fresh clone before anything is installed.
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: node docker/make-env.mjs [--production] [--out FILE]

Writes docker/.env (or FILE) for docker/compose.yaml with random database passwords.
  --production   NODE_ENV=production, tokens from docker/config/issuers.json, no demo experts
                 (default: a trial with development tokens and 200 demo experts per country)
  --out FILE     where to write (default docker/.env); an existing file is never replaced`;

const SERVICES = ['REGION', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'];
// base64url: safe in a mongodb:// URI without percent-encoding.
const secret = () => randomBytes(32).toString('base64url');

let values;
try {
  ({ values } = parseArgs({
    options: {
      production: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  console.error(`make-env: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const out = values.out ?? join(dirname(fileURLToPath(import.meta.url)), '.env');
if (existsSync(out)) {
  console.error(
    `make-env: ${out} exists; its passwords are in the databases already. Edit it, or delete it together with the volumes (docker compose -f docker/compose.yaml down -v).`,
  );
  process.exit(1);
}
const lines = [
  '# docker/compose.yaml settings (written by docker/make-env.mjs; keep it private, never commit it).',
  ...(values.production
    ? [
        'NODE_ENV=production',
        'JWT_ISSUERS_FILE=/config/issuers.json',
        'JWT_SECRET=',
        'SEED_EXPERTS=0',
      ]
    : [
        '# A trial: development tokens (npm run token with this JWT_SECRET) and demo experts.',
        'NODE_ENV=development',
        'JWT_ISSUERS_FILE=',
        `JWT_SECRET=${secret()}`,
        'SEED_EXPERTS=200',
      ]),
  '# Where the web app signs people in: your OpenID Connect provider (README "Signing in through',
  '# your own identity provider"), which must issue tokens with the claims in JWT_ISSUERS_FILE.',
  'OIDC_AUTHORITY=https://login.example.invalid',
  'OIDC_CLIENT_ID=expertpool-web',
  '# The databases: root (administration only) and one service user per database.',
  `MONGO_ROOT_PASSWORD=${secret()}`,
  ...SERVICES.map((s) => `MONGO_PASSWORD_${s}=${secret()}`),
  '',
];
writeFileSync(out, lines.join('\n'), { mode: 0o600 });
process.stdout.write(
  `wrote ${out}${values.production ? ' (production)' : ' (trial: development tokens, demo experts)'}\n`,
);
