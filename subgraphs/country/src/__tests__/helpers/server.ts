/**
 * Country servers for integration tests: a real database (the one jest's global setup provisions),
 * a database of its own per test file, GraphQL through `executeOperation` (no HTTP).
 */
import { GraphQLFormattedError } from 'graphql';
import { MongoClient } from 'mongodb';
import {
  DEV_ISSUER,
  SUBGRAPH_DOCUMENT_LIMITS,
  generateSecret,
  silentLogger,
} from '@expertpool/shared';
import { Caller } from '../../caller';
import { CountryConfig } from '../../config';
import { DEFAULT_RIGHTS_PERIODS } from '../../policy/rights-periods';
import { createServer, CountryServer } from '../../server';

export const SEED = 2017;

/** The dev secret test servers verify tokens with (`signDevToken(..., TEST_JWT_SECRET, ...)`). */
export const TEST_JWT_SECRET = generateSecret();

export function mongoUri(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri)
    throw new Error(
      'MONGODB_URI is not set: run these tests through jest, whose global setup provisions a database.',
    );
  return uri;
}

/** Unique per test file and run: two workers never share a database. */
export function databaseName(label: string): string {
  return `t_${label}_${process.pid}`;
}

export async function dropDatabase(database: string): Promise<void> {
  const client = await MongoClient.connect(mongoUri());
  try {
    await client.db(database).dropDatabase();
  } finally {
    await client.close();
  }
}

export async function startCountry(
  country: string,
  label: string,
  seedExperts: number,
  more: Partial<CountryConfig> = {},
): Promise<CountryServer> {
  const database = databaseName(label);
  // A crashed earlier run with the same pid must not leave records that would stop the seeding.
  await dropDatabase(database);
  return createServer(
    {
      country,
      port: 0,
      host: '127.0.0.1',
      mongodbUri: mongoUri(),
      database,
      seedExperts,
      seed: SEED,
      production: false,
      documentLimits: SUBGRAPH_DOCUMENT_LIMITS,
      // As readTokenVerifierConfig builds it from JWT_SECRET: only the dev issuer's tokens.
      auth: { kind: 'hs256', secret: TEST_JWT_SECRET, issuer: DEV_ISSUER },
      periods: DEFAULT_RIGHTS_PERIODS,
      ...more,
    },
    silentLogger(),
  );
}

export async function stopCountry(server: CountryServer | undefined): Promise<void> {
  if (!server) return;
  try {
    await dropDatabase(server.config.database);
  } finally {
    await server.stop();
  }
}

export interface Result<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export async function run<T = any>(
  server: CountryServer,
  query: string,
  variables?: Record<string, unknown>,
  caller?: Caller,
): Promise<Result<T>> {
  const response = await server.apollo.executeOperation<T>(
    { query, variables },
    { contextValue: server.contextFor(caller) },
  );
  if (response.body.kind !== 'single')
    throw new Error('Expected a single (non-incremental) result.');
  return response.body.singleResult as Result<T>;
}

/** The data of an operation that must succeed; fails the test with the errors otherwise. */
export async function ok<T = any>(
  server: CountryServer,
  query: string,
  variables?: Record<string, unknown>,
  caller?: Caller,
): Promise<T> {
  const result = await run<T>(server, query, variables, caller);
  if (result.errors?.length)
    throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** Codes of the errors of a result, in order. */
export function codesOf(result: Result<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
