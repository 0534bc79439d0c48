import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TIMEOUT_MS, RegistryError, parseRegistry, readRegistry } from '../registry-file';

const REGION = { url: 'http://127.0.0.1:4100/graphql' };

function expectRegistryError(run: () => unknown, ...naming: (string | RegExp)[]): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RegistryError);
  for (const n of naming) expect((caught as Error).message).toMatch(n);
}

test('a valid registry is parsed, with the default timeout where none is given', () => {
  const registry = parseRegistry({
    region: REGION,
    countries: {
      ID: { url: 'http://127.0.0.1:4101/graphql', timeoutMs: 3000 },
      MY: { url: 'https://my.example.gov.my/experts/graphql' },
      TL: { url: 'http://10.0.0.7:8080/graphql', timeoutMs: 50 },
      KR: { url: 'http://[::1]:4114/graphql', timeoutMs: 120_000 },
    },
  });
  expect(registry.region).toEqual(REGION);
  expect([...registry.countries.keys()]).toEqual(['ID', 'MY', 'TL', 'KR']);
  expect(registry.countries.get('ID')).toEqual({
    code: 'ID',
    url: 'http://127.0.0.1:4101/graphql',
    timeoutMs: 3000,
  });
  expect(registry.countries.get('MY')).toEqual({
    code: 'MY',
    url: 'https://my.example.gov.my/experts/graphql',
    timeoutMs: DEFAULT_TIMEOUT_MS,
  });
  expect(DEFAULT_TIMEOUT_MS).toBe(5000);
  expect(registry.countries.get('TL')!.timeoutMs).toBe(50);
  expect(registry.countries.get('KR')!.timeoutMs).toBe(120_000);
});

test('a registry with no countries is valid (the region can start empty)', () => {
  expect(parseRegistry({ region: REGION, countries: {} }).countries.size).toBe(0);
});

describe('each kind of bad input is a RegistryError naming the entry', () => {
  const country = (entry: unknown) => ({
    region: REGION,
    countries: { MY: { url: 'http://127.0.0.1:4105/graphql' }, ...(entry as object) },
  });

  test.each<[string, unknown, (string | RegExp)[]]>([
    [
      'unknown country code',
      country({ XX: { url: 'http://127.0.0.1:1/graphql' } }),
      ['countries.XX', /unknown country code/],
    ],
    [
      'lower-case country code',
      country({ my: { url: 'http://127.0.0.1:1/graphql' } }),
      ['countries.my', /unknown country code/],
    ],
    ['entry not an object', country({ ID: 'http://127.0.0.1:1/graphql' }), ['countries.ID']],
    ['entry null', country({ ID: null }), ['countries.ID']],
    ['url missing', country({ ID: { timeoutMs: 1000 } }), ['countries.ID.url', /string/]],
    ['url not a string', country({ ID: { url: 4101 } }), ['countries.ID.url', /string/]],
    [
      'bad URL',
      country({ ID: { url: 'not a url' } }),
      ['countries.ID.url', /not a URL/, 'not a url'],
    ],
    [
      'host without scheme',
      country({ ID: { url: '127.0.0.1:4101/graphql' } }),
      ['countries.ID.url'],
    ],
    [
      'non-http scheme',
      country({ ID: { url: 'ftp://127.0.0.1/graphql' } }),
      ['countries.ID.url', /http\(s\)/, 'ftp://'],
    ],
    [
      'file scheme',
      country({ ID: { url: 'file:///etc/passwd' } }),
      ['countries.ID.url', /http\(s\)/],
    ],
    [
      'timeoutMs too small',
      country({ ID: { url: 'http://127.0.0.1:1/graphql', timeoutMs: 49 } }),
      ['countries.ID.timeoutMs', /50 to 120000/],
    ],
    [
      'timeoutMs too large',
      country({ ID: { url: 'http://127.0.0.1:1/graphql', timeoutMs: 120_001 } }),
      ['countries.ID.timeoutMs'],
    ],
    [
      'timeoutMs zero',
      country({ ID: { url: 'http://127.0.0.1:1/graphql', timeoutMs: 0 } }),
      ['countries.ID.timeoutMs'],
    ],
    [
      'timeoutMs negative',
      country({ ID: { url: 'http://127.0.0.1:1/graphql', timeoutMs: -5 } }),
      ['countries.ID.timeoutMs'],
    ],
    [
      'timeoutMs fractional',
      country({ ID: { url: 'http://127.0.0.1:1/graphql', timeoutMs: 1000.5 } }),
      ['countries.ID.timeoutMs'],
    ],
    [
      'timeoutMs a string',
      country({ ID: { url: 'http://127.0.0.1:1/graphql', timeoutMs: '3000' } }),
      ['countries.ID.timeoutMs'],
    ],
    ['region missing', { countries: {} }, [/"region"/]],
    [
      'region url bad',
      { region: { url: 'mongodb://x' }, countries: {} },
      ['region.url', /http\(s\)/],
    ],
    ['countries missing', { region: REGION }, [/"countries"/]],
    ['countries an array', { region: REGION, countries: [{ code: 'MY' }] }, [/"countries"/]],
    ['not an object', ['MY'], []],
    ['null', null, [/JSON object/]],
    ['a string', 'MY=http://127.0.0.1:1', [/JSON object/]],
  ])('%s', (_name, raw, naming) => {
    expectRegistryError(() => parseRegistry(raw), ...naming);
  });
});

describe('readRegistry', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'registry-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads and validates a file', async () => {
    const path = join(dir, 'ok.json');
    writeFileSync(
      path,
      JSON.stringify({
        region: REGION,
        countries: { SG: { url: 'http://127.0.0.1:4108/graphql' } },
      }),
    );
    const registry = await readRegistry(path);
    expect(registry.countries.get('SG')).toEqual({
      code: 'SG',
      url: 'http://127.0.0.1:4108/graphql',
      timeoutMs: 5000,
    });
  });

  test('not JSON: a RegistryError naming the file', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "region": { "url": "http://127.0.0.1:4100/graphql" }, ');
    await expect(readRegistry(path)).rejects.toBeInstanceOf(RegistryError);
    await expect(readRegistry(path)).rejects.toThrow(/broken\.json is not valid JSON/);
  });

  test('a missing file: a RegistryError naming the file', async () => {
    const path = join(dir, 'missing.json');
    await expect(readRegistry(path)).rejects.toBeInstanceOf(RegistryError);
    await expect(readRegistry(path)).rejects.toThrow(/cannot read registry file .*missing\.json/);
  });

  test('valid JSON with a bad entry: the entry is named', async () => {
    const path = join(dir, 'bad-entry.json');
    writeFileSync(
      path,
      JSON.stringify({ region: REGION, countries: { TH: { url: 'gopher://127.0.0.1/graphql' } } }),
    );
    await expect(readRegistry(path)).rejects.toThrow(/countries\.TH\.url must be http\(s\)/);
  });
});

test('a file with several problems reports every one at once (an ftp:// URL and a negative timeout)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-many-'));
  try {
    const path = join(dir, 'many.json');
    writeFileSync(
      path,
      JSON.stringify({
        region: REGION,
        countries: {
          TH: { url: 'ftp://th.example/graphql' },
          MY: { url: 'http://127.0.0.1:4105/graphql', timeoutMs: -5 },
          XX: { url: 'http://127.0.0.1:1/graphql' },
        },
      }),
    );
    const error: unknown = await readRegistry(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).problems).toEqual([
      'countries.TH.url must be http(s): "ftp://th.example/graphql"',
      'countries.MY.timeoutMs must be an integer from 50 to 120000 (got -5)',
      'countries.XX: unknown country code',
    ]);
    for (const problem of (error as RegistryError).problems)
      expect((error as Error).message).toContain(problem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
