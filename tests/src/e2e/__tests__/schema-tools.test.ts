import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import {
  REPO_ROOT,
  RunningRegion,
  Service,
  startRegion,
  startService,
  stopService,
  waitHealthy,
} from '../../index';
import { gql } from '../helpers/graphql';

/**
 * `npm run schema` (gateway/src/cli/schema-cli.ts) against a real region: a member state checks
 * its subgraph before it deploys and hears why the gateway would refuse it; the secretariat
 * writes the supergraph plain mode serves, and a gateway in plain mode answers from it
 * (docs/ARCHITECTURE.md §11.7).
 */
const SEED = 6;

/** An `experts` subgraph that is not this project's: same entity and key, other fields. */
const MISMATCH_TYPE_DEFS = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

  type Query {
    experts(first: Int): [Expert!]!
  }

  type Expert @key(fields: "id") {
    id: ID!
    nickname: String
  }
`);

let region: RunningRegion;
let mismatch: ApolloServer;
let mismatchUrl: string;
let dir: string;
const extra: Service[] = [];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The built CLI in its own process, as `npm run schema --` runs it (asynchronously: the
 * mismatching subgraph answers from this process). */
function schema(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, 'gateway', 'dist', 'cli', 'schema-cli.js'), ...args],
      { env: { ...process.env, REGISTRY: '' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: ['MY', 'TH'],
    seedExperts: SEED,
    dbPrefix: `schema${process.pid}`,
  });
  mismatch = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: MISMATCH_TYPE_DEFS }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  ({ url: mismatchUrl } = await startStandaloneServer(mismatch, {
    listen: { port: 0, host: '127.0.0.1' },
  }));
  dir = mkdtempSync(join(tmpdir(), 'expertpool-schema-'));
}, 300_000);

afterAll(async () => {
  await Promise.all(extra.map((s) => stopService(s)));
  await mismatch?.stop();
  await region?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run schema -- check', () => {
  it("accepts a country that serves the region's experts schema (exit 0)", async () => {
    const run = await schema(
      'check',
      '--url',
      region.countries.get('TH')!.url,
      '--registry',
      region.registryPath,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('the region subgraph and 2 of 2 countries answered');
    expect(run.stdout).toContain('ok: composes with the region subgraph');
    expect(run.stdout).toContain("ok: the same experts schema as the region's countries");
    expect(run.stdout).toContain('OK: the gateway would accept this subgraph.');
  });

  it('reports a mismatching subgraph with every reason the gateway would refuse it (exit 1)', async () => {
    const run = await schema('check', '--url', mismatchUrl, '--registry', region.registryPath);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAILS: its root fields declare no routing (@fanout, @routeBy)');
    expect(run.stdout).toMatch(
      /FAILS: its schema differs from the experts schema the region's countries serve \(line \d+: expected ".*", got ".*"\); run the same release as the region/,
    );
    expect(run.stdout).toContain('REFUSED: the gateway would refuse this subgraph.');
  });

  it('says which service did not answer when nothing can be checked (exit 2)', async () => {
    const run = await schema(
      'check',
      '--url',
      'http://127.0.0.1:9/graphql',
      '--registry',
      region.registryPath,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^schema: http:\/\/127\.0\.0\.1:9\/graphql did not answer with its schema: /,
    );
  });

  it('refuses a bad command line with a usage error (exit 2)', async () => {
    const unknown = await schema('check', '--ur', mismatchUrl);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown option "--ur"; known options: --url, --registry, --country, --help',
    );
    const noRegistry = await schema('check', '--url', mismatchUrl);
    expect(noRegistry.code).toBe(2);
    expect(noRegistry.stderr).toContain('--registry FILE is required (or set REGISTRY)');
  });
});

describe('npm run schema -- supergraph', () => {
  it('asks which country serves experts when the registry has several (exit 2)', async () => {
    const run = await schema('supergraph', '--registry', region.registryPath);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--country CC is required: plain mode routes experts to ONE instance, and the registry has MY, TH',
    );
  });

  it('writes a supergraph that a gateway in plain mode serves', async () => {
    const run = await schema('supergraph', '--registry', region.registryPath, '--country', 'my');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const my = region.countries.get('MY')!;
    expect(run.stdout).toContain(`url: "${my.url}"`);
    const file = join(dir, 'supergraph.graphql');
    writeFileSync(file, run.stdout);
    const plain = startService('gateway-plain', 'gateway/dist/main.js', 0, {
      SUPERGRAPH: file,
      JWT_SECRET: region.jwtSecret,
      JWT_ISSUERS_FILE: '',
      RATE_LIMIT_PER_ADDRESS: '0',
      RATE_LIMIT_PER_TOKEN: '0',
    });
    extra.push(plain);
    await waitHealthy(plain);
    const auth = await region.bearer({ role: 'steward', country: 'MY' });
    const res = await gql<{ experts: { totalCount: number; edges: { node: { id: string } }[] } }>(
      plain.url,
      '{ experts(first: 50) { totalCount edges { node { id } } } }',
      {},
      auth,
    );
    expect(res.errors).toBeUndefined();
    // MY's own steward sees all of MY's experts, and only MY's: one instance serves experts.
    expect(res.data!.experts.totalCount).toBe(SEED);
    expect(res.data!.experts.edges.every((e) => e.node.id.startsWith('MY:'))).toBe(true);
  });
});
