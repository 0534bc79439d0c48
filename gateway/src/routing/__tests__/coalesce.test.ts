import { buildASTSchema, parse, print } from 'graphql';
import { typeDefs } from '@expertpool/country';
import { CountryEntry } from '../../registry/registry-file';
import { CountryAnswer, CountryClient, SubRequest } from '../country-client';
import { CountryRoutingDataSource, RoutingView } from '../data-source';
import { readFieldKinds } from '../field-kinds';

const sdl = parse(print(typeDefs));
const schema = buildASTSchema(sdl, { assumeValidSDL: true });
const entry = (code: string): CountryEntry => ({
  code,
  url: `http://127.0.0.1:1/${code}`,
  timeoutMs: 1000,
});
const view: RoutingView = {
  sdl: '',
  schema,
  kinds: readFieldKinds(sdl),
  countries: new Map(['MY', 'TH'].map((c) => [c, entry(c)])),
  excluded: new Map(),
};

/** A client that answers from the request itself and remembers what was sent. */
class RecordingClient extends CountryClient {
  readonly sent: { country: string; request: SubRequest }[] = [];
  override async send(country: CountryEntry, request: SubRequest): Promise<CountryAnswer> {
    this.sent.push({ country: country.code, request });
    const op = parse(request.query).definitions[0];
    const field = op.kind === 'OperationDefinition' ? op.selectionSet.selections[0] : undefined;
    const key = field?.kind === 'Field' ? (field.alias ?? field.name).value : '?';
    const data =
      field?.kind === 'Field' && field.name.value === 'removeExpert'
        ? { [key]: true }
        : {
            [key]: {
              totalCount: 7,
              __ep_edges: [],
              __ep_page: { __ep_next: false },
              __ep_total: 7,
            },
          };
    const errors = [{ message: 'slow index', path: [key], extensions: { code: 'NOTICE' } }];
    return { ok: true, country: country.code, data, errors, latencyMs: 1 };
  }
}

async function run(query: string, variables: Record<string, unknown> = {}) {
  const client = new RecordingClient();
  const source = new CountryRoutingDataSource(() => view, client);
  const response = await source.process({
    kind: 'incoming operation',
    request: { query, variables },
    document: parse(query),
    context: {},
  } as Parameters<CountryRoutingDataSource['process']>[0]);
  return { client, response };
}

test('identical root calls under several aliases reach each country once', async () => {
  const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: experts(first: 0) { totalCount }`);
  const { client, response } = await run(
    `query { ${aliases.join(' ')} other: experts(first: 1) { totalCount } }`,
  );
  // Two distinct calls (first: 0 and first: 1), each to both countries.
  expect(client.sent).toHaveLength(4);
  for (let i = 0; i < 50; i++) expect(response.data?.[`a${i}`]).toEqual({ totalCount: 14 });
  expect(response.data?.other).toEqual({ totalCount: 14 });
  // Each alias keeps its own errors, under its own path.
  const paths = (response.errors ?? []).map((e) => e.path?.[0]);
  expect(new Set(paths)).toEqual(new Set([...aliases.map((_, i) => `a${i}`), 'other']));
});

test('the same field with other variable values is not coalesced', async () => {
  const { client } = await run(
    'query Q($a: Int, $b: Int) { x: experts(first: $a) { totalCount } y: experts(first: $b) { totalCount } }',
    { a: 1, b: 2 },
  );
  expect(client.sent).toHaveLength(4);
});

test('mutations under several aliases all run', async () => {
  const { client, response } = await run(
    'mutation { r1: removeExpert(id: "MY:abcd") r2: removeExpert(id: "MY:abcd") }',
  );
  expect(client.sent).toHaveLength(2);
  expect(response.data).toEqual({ r1: true, r2: true });
});
