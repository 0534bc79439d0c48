/**
 * The programme CLI's one way to the region: a GraphQL POST to the gateway (or the region
 * subgraph itself) with the caller's token, as any client sends it. The services decide who may
 * do what (docs/ARCHITECTURE.md §6.2); the CLI holds no database connection and no secret.
 */

/** One error of a GraphQL answer, as the services word it. */
export interface ServiceError {
  message: string;
  extensions?: { code?: string; problems?: { field: string; message: string }[] };
}

/** The service answered and refused the operation: its errors, each with its code. */
export class RefusedError extends Error {
  constructor(readonly errors: readonly ServiceError[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n'));
  }
}

/** No GraphQL answer at all: the endpoint is down, wrong, or not a GraphQL service. */
export class EndpointError extends Error {}

export interface Endpoint {
  url: string;
  token?: string;
}

const TIMEOUT_MS = 30_000;

export async function request(
  endpoint: Endpoint,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new EndpointError(
      `cannot reach ${endpoint.url}${cause ? ` (${cause})` : ''}: is the region running (npm start)? Use --url to name another endpoint.`,
    );
  }
  const text = await response.text();
  let body: { data?: Record<string, any> | null; errors?: ServiceError[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new EndpointError(
      `${endpoint.url} answered HTTP ${response.status} without a GraphQL answer: is it a GraphQL endpoint (…/graphql)?`,
    );
  }
  if (body.errors?.length) throw new RefusedError(body.errors);
  if (!body.data)
    throw new EndpointError(`${endpoint.url} answered HTTP ${response.status} with no data.`);
  return body.data;
}
