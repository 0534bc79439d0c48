import { databaseStartupError } from './database-error';

/** How long a starting service waits for its database before it gives up with a message. */
export const DATABASE_WAIT_SECONDS = 10;

/**
 * Opens the database with `connect`, or fails with one sentence naming MONGODB_URI and its hosts
 * (database-error.ts). The driver stays the caller's: shared code takes no database dependency.
 */
export async function openDatabase<T>(uri: string, connect: () => Promise<T>): Promise<T> {
  try {
    return await connect();
  } catch (error) {
    throw databaseStartupError('MONGODB_URI', uri, error, DATABASE_WAIT_SECONDS);
  }
}
