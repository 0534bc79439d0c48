import { MongoClient } from 'mongodb';
import { EnvReader } from '@expertpool/shared';
import { ExpertStore } from '../store/expert-store';

export interface DatabaseSettings {
  uri: string;
  database: string;
}

/** MONGODB_URI (required) and MONGODB_DB (default `expertpool_<cc>`), as the subgraph reads them. */
export function databaseSettings(env: NodeJS.ProcessEnv, country: string): DatabaseSettings {
  const r = new EnvReader(env);
  const uri = r.string('MONGODB_URI');
  r.check(
    uri === '' || /^mongodb(\+srv)?:\/\//.test(uri),
    'MONGODB_URI must start with mongodb:// or mongodb+srv://',
  );
  const database = r.string('MONGODB_DB', `expertpool_${country.toLowerCase()}`);
  r.check(
    /^[A-Za-z0-9_-]{1,63}$/.test(database),
    `MONGODB_DB must be 1-63 letters, digits, _ or - (got "${database}")`,
  );
  return r.done({ uri, database });
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
