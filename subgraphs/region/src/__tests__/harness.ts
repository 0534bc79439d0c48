import { MongoClient } from 'mongodb';
import { RequestIdentity, generateSecret, silentLogger } from '@expertpool/shared';
import { readRegionConfig, RegionConfig } from '../config';
import { RegionContext } from '../context';
import { LoaderHooks } from '../loaders';
import { createServer, RegionServer } from '../server';

/** The database server every test file uses (the jest global setup provides MONGODB_URI). */
export function mongodbUri(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri)
    throw new Error(
      'MONGODB_URI is not set: run the tests through `npm test` (jest global setup).',
    );
  return uri;
}

/** A database name of this test file's own, so parallel files never see each other's data. */
export function uniqueDatabase(label: string): string {
  return `region_${label}_${process.pid}_${Date.now().toString(36)}`.slice(0, 63);
}

export function testConfig(database: string, env: Record<string, string> = {}): RegionConfig {
  return readRegionConfig({
    MONGODB_URI: mongodbUri(),
    MONGODB_DB: database,
    NODE_ENV: 'test',
    JWT_SECRET: generateSecret(),
    ...env,
  });
}

export async function startRegion(
  database: string,
  env: Record<string, string> = {},
): Promise<RegionServer> {
  return createServer(testConfig(database, env), silentLogger());
}

export async function dropDatabase(database: string): Promise<void> {
  const client = await MongoClient.connect(mongodbUri());
  try {
    await client.db(database).dropDatabase();
  } finally {
    await client.close();
  }
}

export interface Result {
  data?: Record<string, any> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Runs one operation without HTTP, in a fresh request context, as a caller without a token. */
export async function run(
  server: RegionServer,
  query: string,
  variables: Record<string, unknown> = {},
  hooks?: LoaderHooks,
): Promise<Result> {
  return runAs(server, undefined, query, variables, hooks);
}

/** A verified caller, as the HTTP front would identify one (`role` `secretariat` has no country). */
export function caller(
  role: 'viewer' | 'steward' | 'secretariat',
  sub: string,
  country: string | null = null,
  iss = 'expertpool-dev',
): RequestIdentity {
  const now = Math.floor(Date.now() / 1000);
  return { claims: { sub, iss, role, country, iat: now, exp: now + 600 }, purpose: 'ANY' };
}

/** Runs one operation without HTTP as `identity` (undefined: no token). */
export async function runAs(
  server: RegionServer,
  identity: RequestIdentity | undefined,
  query: string,
  variables: Record<string, unknown> = {},
  hooks?: LoaderHooks,
): Promise<Result> {
  const contextValue: RegionContext = server.contextFor(identity, hooks);
  const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('Expected a single result.');
  return response.body.singleResult as Result;
}

export function codesOf(result: Result): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
