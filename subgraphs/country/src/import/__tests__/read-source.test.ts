import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatOfPath, readImportFile } from '../read-source';
import { rejectionLines, summaryTable } from '../report';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-src-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readImportFile', () => {
  it('tells the format from the extension', () => {
    expect(['a.csv', 'b.JSON', 'c.jsonl', 'd.ndjson', 'e.txt'].map(formatOfPath)).toEqual([
      'csv',
      'json',
      'jsonl',
      'jsonl',
      undefined,
    ]);
  });

  it('reads UTF-8 with or without a BOM', async () => {
    const file = join(dir, 'a.jsonl');
    await writeFile(file, '\uFEFF{"ref":"สมชาย"}\n');
    expect(await readImportFile(file, 'jsonl')).toEqual([{ line: 1, raw: { ref: 'สมชาย' } }]);
  });

  it('refuses a file that is not UTF-8 or cannot be read, naming it', async () => {
    const file = join(dir, 'latin1.csv');
    await writeFile(
      file,
      Buffer.from([0x72, 0x65, 0x66, 0x0a, 0x4e, 0x67, 0x75, 0x79, 0xea, 0x6e, 0x0a]),
    );
    await expect(readImportFile(file, 'csv')).rejects.toThrow(`${file} is not UTF-8 text`);
    await expect(readImportFile(join(dir, 'missing.csv'), 'csv')).rejects.toThrow(
      `cannot read ${join(dir, 'missing.csv')}: no such file`,
    );
  });
});

describe('report', () => {
  const summary = {
    inserted: 1200,
    updated: 3,
    unchanged: 0,
    rejected: 2,
    rejections: [
      {
        line: 12,
        problems: [
          'position.band: must be one of TOP_EXECUTIVE, SENIOR_EXECUTIVE, EXECUTIVE, SENIOR_MANAGER',
        ],
      },
      { line: 40, problems: ['ref: must not be empty', 'contact.workEmail: is required'] },
    ],
  };

  it('prints one line per problem with the row line', () => {
    expect(rejectionLines(summary)).toEqual([
      'line 12: position.band: must be one of TOP_EXECUTIVE, SENIOR_EXECUTIVE, EXECUTIVE, SENIOR_MANAGER',
      'line 40: ref: must not be empty',
      'line 40: contact.workEmail: is required',
    ]);
  });

  it('prints the summary table', () => {
    expect(summaryTable(summary, 'MY import of experts.csv', false)).toBe(
      [
        'MY import of experts.csv',
        '  inserted    1200',
        '  updated        3',
        '  unchanged      0',
        '  rejected       2',
        '  total rows  1205',
      ].join('\n'),
    );
    expect(summaryTable(summary, 'h', true)).toMatch(/nothing was written\)$/);
  });
});
