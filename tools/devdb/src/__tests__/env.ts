/** process.env without MONGODB_URI (the jest global setup sets it), forcing one local backend. */
export function localEnv(backend: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, EXPERTPOOL_DB: backend };
  delete env.MONGODB_URI;
  return env;
}
