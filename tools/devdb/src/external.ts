import type { RunningDatabase } from './types';

/** A database someone else runs (production, docker compose): only validated, never stopped. */
export function useExternal(uri: string): RunningDatabase {
  if (!/^mongodb(\+srv)?:\/\//.test(uri)) {
    // Do not echo the value: it may carry a password.
    throw new Error('MONGODB_URI must start with mongodb:// or mongodb+srv://');
  }
  return { uri, kind: 'external', stop: async () => undefined };
}
