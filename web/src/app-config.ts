/** What the server that serves the app tells it at run time (GET /app-config.json). */
export interface AppConfig {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  graphqlUrl: string;
  /** How people sign in: 'dev' is the development sign-in of `npm start` (auth/dev-sign-in.ts). */
  signIn: 'dev' | 'none';
}

export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json');
  if (!response.ok)
    throw new Error(`the app's settings could not be read (HTTP ${response.status})`);
  const body = (await response.json()) as Partial<AppConfig>;
  if (typeof body.graphqlUrl !== 'string') throw new Error("the app's settings name no gateway");
  return { graphqlUrl: body.graphqlUrl, signIn: body.signIn === 'dev' ? 'dev' : 'none' };
}
