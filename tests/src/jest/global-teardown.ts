/** Jest global teardown: stops the server global-setup.ts started (nothing for an external one). */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__EXPERTPOOL_DB__;
  if (!state) return;
  globalThis.__EXPERTPOOL_DB__ = undefined;
  await state.db.stop();
  // In watch mode setup runs again in this process: it must not mistake our stopped server for
  // an external MONGODB_URI.
  if (state.previousUri === undefined) delete process.env.MONGODB_URI;
  else process.env.MONGODB_URI = state.previousUri;
  delete process.env.EXPERTPOOL_DB_KIND;
}
