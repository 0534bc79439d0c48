import http from 'node:http';
import { AddressInfo } from 'node:net';
import { FORWARDED_HEADERS } from '@expertpool/gateway';
import { OPERATION_NAME_HEADER } from '@expertpool/shared';

/**
 * A loopback HTTP proxy in front of one country subgraph: counts the requests the gateway sends
 * and can delay them, so tests observe routing and timeouts without changing the service.
 */
export interface CountingProxy {
  url: string;
  requests: number;
  bodies: string[];
  delayMs: number;
  reset(): void;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<CountingProxy> {
  const state = { requests: 0, bodies: [] as string[], delayMs: 0 };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (!body.includes('_service')) {
      state.requests += 1;
      state.bodies.push(body);
    }
    // unref: a request still being held back must not keep the test process alive at exit.
    if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs).unref());
    try {
      // Pass on what the gateway sends a country (token, purpose, operation name), nothing else.
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      for (const name of [...FORWARDED_HEADERS, OPERATION_NAME_HEADER]) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const upstream = await fetch(target, {
        method: req.method,
        headers,
        body: req.method === 'POST' ? body : undefined,
      });
      res.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/json',
      });
      res.end(await upstream.text());
    } catch {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get requests() {
      return state.requests;
    },
    get bodies() {
      return state.bodies;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    reset() {
      state.requests = 0;
      state.bodies = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  } as CountingProxy;
}

/** Counting proxies by country, for `startRegion`'s registryUrlFor: the gateway reaches each country through one. */
export class ProxyPool {
  readonly byCountry = new Map<string, CountingProxy>();

  /** registryUrlFor: a new proxy in front of the country's service. */
  readonly registryUrlFor = async (code: string, service: { url: string }): Promise<string> => {
    const proxy = await startProxy(service.url);
    this.byCountry.set(code, proxy);
    return proxy.url;
  };

  get(code: string): CountingProxy | undefined {
    return this.byCountry.get(code);
  }

  reset(): void {
    this.byCountry.forEach((p) => p.reset());
  }

  /** Countries that received a request since the last reset. */
  asked(): string[] {
    return [...this.byCountry.entries()].filter(([, p]) => p.requests > 0).map(([c]) => c);
  }

  async close(): Promise<void> {
    await Promise.all([...this.byCountry.values()].map((p) => p.close()));
  }
}
