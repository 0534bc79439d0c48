/**
 * Search across scripts: Vietnamese diacritics fold ("nguyen" finds "Nguyễn"), a Thai name is
 * found by its Thai and its Latin form, and words inside Thai and Khmer runs written without
 * spaces are found, while a piece of a word is not (segmentation, not substring matching), except
 * the unfinished last word, which completes as a prefix (search as you type).
 */
import { ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { CountryServer } from '../server';
import { applyFilter, fold, idsOf } from './helpers/expected';
import { expertInput, upsertThroughGraph } from './helpers/records';
import { SEED, ok, startCountry, stopCountry } from './helpers/server';
import { walk } from './helpers/walk';

jest.setTimeout(120_000);

const SEEDED = 60;
const THAI_TITLE = 'ผู้อำนวยการสำนักงานบริหารทรัพยากรบุคคล';
const KHMER_TITLE = 'ក្រសួងមុខងារសាធារណៈ';

interface Country {
  server: CountryServer;
  records: ExpertRecord[];
}

/** Set by beforeAll; still undefined in afterAll when start-up failed. */
let countries: Record<'VN' | 'TH' | 'KH', Country> | undefined;

function country(code: 'VN' | 'TH' | 'KH'): Country {
  if (!countries) throw new Error('the countries did not start');
  return countries[code];
}

async function start(code: 'VN' | 'TH' | 'KH'): Promise<Country> {
  const server = await startCountry(code, `multi_${code.toLowerCase()}`, SEEDED);
  return { server, records: generateExperts({ country: code, count: SEEDED, seed: SEED }) };
}

beforeAll(async () => {
  const [vn, th, kh] = await Promise.all([start('VN'), start('TH'), start('KH')]);
  countries = { VN: vn, TH: th, KH: kh };
  vn.records.push(
    await upsertThroughGraph(
      vn.server,
      expertInput('VN-NGUYEN', {
        displayName: 'Nguyễn Văn An',
        names: [{ value: 'Nguyễn Văn An', lang: 'vi', script: 'Latn' }],
      }),
    ),
  );
  th.records.push(
    await upsertThroughGraph(
      th.server,
      expertInput('TH-TITLE', {
        displayName: 'Kanya Srisuk',
        names: [
          { value: 'กัญญา ศรีสุข', lang: 'th', script: 'Thai' },
          { value: 'Kanya Srisuk', lang: 'th-Latn', script: 'Latn' },
        ],
        position: {
          title: THAI_TITLE,
          grade: { scheme: 'TH-Position', code: 'อำนวยการสูง' },
          band: 'EXECUTIVE',
          agency: 'Office of the Civil Service Commission (OCSC)',
        },
      }),
    ),
  );
  kh.records.push(
    await upsertThroughGraph(
      kh.server,
      expertInput('KH-TITLE', {
        displayName: 'Sok Dara',
        names: [
          { value: 'សុខ ដារា', lang: 'km', script: 'Khmr' },
          { value: 'Sok Dara', lang: 'km-Latn', script: 'Latn' },
        ],
        position: {
          title: KHMER_TITLE,
          grade: { scheme: 'KH-Civil', code: 'A1' },
          band: 'SENIOR_EXECUTIVE',
          agency: 'Ministry of Civil Service',
        },
      }),
    ),
  );
});

afterAll(async () => {
  await Promise.all(Object.values(countries ?? {}).map((c) => stopCountry(c.server)));
});

/** Ids found for a text (all pages), checked against the independently computed set. */
async function search(code: 'VN' | 'TH' | 'KH', text: string): Promise<string[]> {
  const { server, records } = country(code);
  const expected = idsOf(applyFilter(records, code, { text }));
  const result = await walk(server, { orderBy: 'RELEVANCE', filter: { text } });
  expect(result.totalCounts).toEqual(result.totalCounts.map(() => expected.length));
  expect([...result.ids].sort()).toEqual(expected);
  return result.ids;
}

const HIGHLIGHTS = /* GraphQL */ `
  query H($text: String) {
    experts(filter: { text: $text }, first: 100) {
      edges {
        highlights {
          field
          word
          matched
          kind
        }
        node {
          id
        }
      }
    }
  }
`;

interface HighlightedEdge {
  highlights: { field: string; word: string; matched: string; kind: string }[];
  node: { id: string };
}

function idOfRef(code: 'VN' | 'TH' | 'KH', ref: string): string {
  return country(code).records.find((r) => r.ref === ref)!.id!;
}

describe('Vietnamese: diacritics fold', () => {
  it('"nguyen" finds the records named Nguyễn, and so do "Nguyễn" and "NGUYEN"', async () => {
    const found = await search('VN', 'nguyen');
    expect(found).toContain(idOfRef('VN', 'VN-NGUYEN'));
    const named = country('VN')
      .records.filter((r) => r.displayName.startsWith('Nguyễn'))
      .map((r) => r.id!);
    expect(named.length).toBeGreaterThan(1);
    expect(found).toEqual(expect.arrayContaining(named));
    expect((await search('VN', 'Nguyễn')).sort()).toEqual([...found].sort());
    expect((await search('VN', 'NGUYEN')).sort()).toEqual([...found].sort());
  });

  it('folds the stroked Đ as well: "dang" finds "Đặng"', async () => {
    const dang = country('VN').records.filter((r) =>
      fold(r.displayName).split(' ').includes('dang'),
    );
    expect(dang.length).toBeGreaterThan(0);
    expect(dang.some((r) => r.displayName.includes('Đặng'))).toBe(true);
    const found = await search('VN', 'dang');
    expect(found).toEqual(expect.arrayContaining(dang.map((r) => r.id!)));
  });

  it('a family name and a given name together rank the expert holding both first', async () => {
    // Words are optional: "nguyen an" finds every Nguyễn (and every An), the one holding both first.
    const both = await search('VN', 'nguyen an');
    expect(both).toEqual(expect.arrayContaining(await search('VN', 'nguyen')));
    expect(both[0]).toBe(idOfRef('VN', 'VN-NGUYEN'));
  });
});

describe('Thai', () => {
  it('"somchai" and "สมชาย" both find Somchai Jaidee (สมชาย ใจดี)', async () => {
    const somchai = country('TH').records[0];
    expect(somchai.names.map((n) => n.value)).toEqual(
      expect.arrayContaining(['สมชาย ใจดี', 'Somchai Jaidee']),
    );
    const latin = await search('TH', 'somchai');
    const thai = await search('TH', 'สมชาย');
    expect(latin).toContain(somchai.id);
    expect(thai).toContain(somchai.id);
    expect([...thai].sort()).toEqual([...latin].sort());
    expect(await search('TH', 'สมชาย ใจดี')).toContain(somchai.id);
  });

  it.each([['บุคคล'], ['สำนักงาน'], ['ทรัพยากร'], ['ผู้อำนวยการ'], ['ทรัพยากรบุคคล']])(
    'finds the word %p inside a title written without spaces',
    async (word) => {
      expect(await search('TH', word)).toContain(idOfRef('TH', 'TH-TITLE'));
    },
  );

  it('completes "ทรัพ" typed as the last word to ทรัพยากร (search as you type)', async () => {
    expect(THAI_TITLE.includes('ทรัพ')).toBe(true);
    const found = await search('TH', 'ทรัพ');
    expect(found).toContain(idOfRef('TH', 'TH-TITLE'));
    const { experts } = await ok<{ experts: { edges: HighlightedEdge[] } }>(
      country('TH').server,
      HIGHLIGHTS,
      { text: 'ทรัพ' },
    );
    const title = experts.edges.find((e) => e.node.id === idOfRef('TH', 'TH-TITLE'))!;
    expect(title.highlights).toContainEqual({
      field: 'position',
      word: 'ทรัพ',
      matched: 'ทรัพยากร',
      kind: 'PREFIX',
    });
  });

  it('does not match a piece of a word once "ทรัพ " is finished (a trailing space)', async () => {
    const result = await walk(country('TH').server, { filter: { text: 'ทรัพ ' } });
    expect(result.ids).toEqual([]);
    expect(result.totalCounts).toEqual([0]);
  });
});

describe('Khmer', () => {
  it('finds the word "មុខងារ" inside "ក្រសួងមុខងារសាធារណៈ"', async () => {
    expect(await search('KH', 'មុខងារ')).toContain(idOfRef('KH', 'KH-TITLE'));
    expect(await search('KH', 'ក្រសួង')).toContain(idOfRef('KH', 'KH-TITLE'));
  });

  it('does not match a piece of a word ("ងារសា" spans two words)', async () => {
    expect(KHMER_TITLE.includes('ងារសា')).toBe(true);
    const result = await walk(country('KH').server, { filter: { text: 'ងារសា' } });
    expect(result.ids).not.toContain(idOfRef('KH', 'KH-TITLE'));
  });

  it('finds a Khmer name by either script', async () => {
    const dara = idOfRef('KH', 'KH-TITLE');
    expect(await search('KH', 'ដារា')).toContain(dara);
    expect(await search('KH', 'dara')).toContain(dara);
  });
});
