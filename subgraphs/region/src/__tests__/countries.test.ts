import { MEMBER_CODES } from '@expertpool/shared';
import { RegionServer } from '../server';
import { dropDatabase, run, startRegion, uniqueDatabase } from './harness';

const database = uniqueDatabase('countries');
let server: RegionServer;

beforeAll(async () => {
  server = await startRegion(database, { SEED_PROGRAMMES: 'false' });
});

afterAll(async () => {
  await dropDatabase(database);
  await server?.stop();
});

describe('countries', () => {
  it('lists the 11 member states and the 3 partners, filtered by membership', async () => {
    const query = 'query ($m: Membership) { countries(membership: $m) { code membership } }';
    const members = await run(server, query, { m: 'MEMBER' });
    expect(members.errors).toBeUndefined();
    expect(members.data!.countries.map((c: { code: string }) => c.code)).toEqual([...MEMBER_CODES]);
    expect(members.data!.countries).toHaveLength(11);

    const partners = await run(server, query, { m: 'PLUS_THREE' });
    expect(partners.data!.countries.map((c: { code: string }) => c.code)).toEqual([
      'CN',
      'JP',
      'KR',
    ]);

    const all = await run(server, query);
    expect(all.data!.countries).toHaveLength(14);
  });

  it('returns one country with every field', async () => {
    const result = await run(
      server,
      '{ country(code: TL) { code name localName agency languages memberSince membership unverified } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.country).toEqual({
      code: 'TL',
      name: 'Timor-Leste',
      localName: 'Timor-Leste',
      agency: 'Comissão da Função Pública',
      languages: ['tet', 'pt'],
      memberSince: '2025-10-26',
      membership: 'MEMBER',
      unverified: ['agency'],
    });
    const indonesia = await run(server, '{ country(code: ID) { name agency unverified } }');
    expect(indonesia.data!.country).toEqual({
      name: 'Indonesia',
      agency: 'Badan Kepegawaian Negara (BKN)',
      unverified: [],
    });
  });

  it('refuses a code that is not a CountryCode', async () => {
    const result = await run(server, 'query ($c: CountryCode!) { country(code: $c) { name } }', {
      c: 'XX',
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves _entities in the order asked, in one loader batch', async () => {
    const batches: string[][] = [];
    const result = await run(
      server,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { code name memberSince } } }',
      { r: ['TL', 'ID', 'SG', 'ID'].map((code) => ({ __typename: 'Country', code })) },
      { onCountryBatch: (codes) => batches.push([...codes]) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((c: { code: string }) => c.code)).toEqual([
      'TL',
      'ID',
      'SG',
      'ID',
    ]);
    expect(result.data!._entities[0]).toEqual({
      code: 'TL',
      name: 'Timor-Leste',
      memberSince: '2025-10-26',
    });
    // DataLoader de-duplicates keys: one batch of the distinct codes.
    expect(batches).toEqual([['TL', 'ID', 'SG']]);
  });

  it('lists the expertise vocabulary', async () => {
    const result = await run(server, '{ expertiseAreas { id label } }');
    expect(result.data!.expertiseAreas).toContainEqual({
      id: 'talent-management',
      label: 'Talent management',
    });
    expect(result.data!.expertiseAreas.length).toBeGreaterThanOrEqual(30);
  });

  it('publishes a federation SDL with the Country key', async () => {
    const result = await run(server, '{ _service { sdl } }');
    const sdl: string = result.data!._service.sdl;
    expect(sdl).toContain('@key(fields: "code")');
    // An engagement joins the experts subgraph by the expert's id, which is all the region keeps.
    expect(sdl).toContain('@key(fields: "expertId", resolvable: false)');
    expect(sdl).toContain('https://specs.apollo.dev/federation/v2.9');
    // Federation 2.9 composes the cost directives the gateway's demand control reads.
    expect(sdl).toContain('@listSize(slicingArguments: ["first"])');
  });
});
