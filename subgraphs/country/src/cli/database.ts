import { Db, MongoClient } from 'mongodb';
import { EnvReader, MongoSettings } from '@expertpool/shared';
import { defaultDatabase } from '../config';
import { ExpertStore } from '../store/expert-store';

export type DatabaseSettings = MongoSettings;

/** MONGODB_URI and MONGODB_DB, read as the subgraph reads them (readCountryConfig). */
export function databaseSettings(env: NodeJS.ProcessEnv, country: string): DatabaseSettings {
  const r = new EnvReader(env);
  return r.done(r.mongodb(defaultDatabase(country)));
}

/** Connects to the country's database; the caller closes `client`. */
export async function openDatabase(
  settings: DatabaseSettings,
): Promise<{ client: MongoClient; db: Db }> {
  const client = new MongoClient(settings.uri, { serverSelectionTimeoutMS: 15_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new Error(
      `cannot use the database ${settings.database} at ${redact(settings.uri)}: ${(error as Error).message}`,
    );
  }
  return { client, db: client.db(settings.database) };
}

export interface OpenStore {
  client: MongoClient;
  store: ExpertStore;
}

/** Connects and prepares the country's store; the caller closes `client`. */
export async function openStore(settings: DatabaseSettings, country: string): Promise<OpenStore> {
  const client = new MongoClient(settings.uri, { serverSelectionTimeoutMS: 15_000 });
  try {
    await client.connect();
    const store = new ExpertStore(client.db(settings.database), country);
    await store.init();
    return { client, store };
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new Error(
      `cannot use the database ${settings.database} at ${redact(settings.uri)}: ${(error as Error).message}`,
    );
  }
}

/** The URI without credentials, for messages. */
export function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
