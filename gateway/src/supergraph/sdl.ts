import { parse, print } from 'graphql';

/** Fetches a subgraph's own SDL (`_service { sdl }`), as composition does. */
export async function fetchSdl(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (typeof sdl !== 'string')
    throw new Error(`no _service.sdl in the answer (HTTP ${response.status})`);
  return sdl;
}

/** A canonical text of an SDL, so equal schemas compare equal whatever their formatting. */
export function normaliseSdl(sdl: string): string {
  return print(parse(sdl));
}

/** The first line where two normalised SDLs differ, for a log line an operator can act on. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return `line ${i + 1}: expected "${(a[i] ?? '').trim()}", got "${(b[i] ?? '').trim()}"`;
  }
  return 'no difference';
}

/** The SDL most countries serve: the region's `experts` schema when nothing else decides. */
export function mostCommon(sdls: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const sdl of sdls) counts.set(sdl, (counts.get(sdl) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
}
