import { parseExportArgs } from '../export-cli';
import { parseImportArgs } from '../import-cli';
import { UsageError } from '../args';
import { databaseSettings, redact } from '../database';

describe('import arguments', () => {
  it('reads country, file, format and dry run', () => {
    expect(parseImportArgs(['--country', 'my', 'experts.csv'])).toEqual({
      country: 'MY',
      file: 'experts.csv',
      format: 'csv',
      dryRun: false,
    });
    expect(parseImportArgs(['data.txt', '--country=TH', '--dry-run', '--format', 'JSONL'])).toEqual(
      { country: 'TH', file: 'data.txt', format: 'jsonl', dryRun: true },
    );
    expect(parseImportArgs(['--country', 'MY', '--', '--odd-name.json'])).toMatchObject({
      file: '--odd-name.json',
      format: 'json',
    });
    expect(parseImportArgs(['--help'])).toBe('help');
    expect(parseImportArgs(['-h'])).toBe('help');
  });

  it.each([
    [['experts.csv'], '--country is required, e.g. --country MY'],
    [
      ['--country', 'XX', 'a.csv'],
      '--country: "XX" is not a known country code; one of BN, KH, ID',
    ],
    [['--country'], 'option --country needs a value'],
    [['--country', '--dry-run', 'a.csv'], 'option --country needs a value'],
    [['--country', 'MY'], 'FILE is required'],
    [['--country', 'MY', 'a.csv', 'b.csv'], 'only one FILE may be given; unexpected "b.csv"'],
    [
      ['--country', 'MY', 'a.txt'],
      'FILE: cannot tell the format of "a.txt" from its extension; add --format csv|json|jsonl',
    ],
    [
      ['--country', 'MY', '--format', 'xml', 'a.xml'],
      '--format: "xml" is not one of csv, json, jsonl',
    ],
    [
      ['--country', 'MY', '--dryrun', 'a.csv'],
      'unknown option "--dryrun"; known options: --country, --format, --dry-run, --sync, --max-remove-share, --force, --help',
    ],
    [['--country', 'MY', '--dry-run=yes', 'a.csv'], 'option --dry-run takes no value'],
    [['--country', 'MY', '--country', 'TH', 'a.csv'], 'option --country is given twice'],
    [['-c', 'MY', 'a.csv'], 'unknown option "-c"; options start with "--"'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(UsageError);
    expect(() => parseImportArgs(argv)).toThrow(message);
  });
});

describe('export arguments', () => {
  it('reads country and output file', () => {
    expect(parseExportArgs(['--country', 'MY'])).toEqual({
      country: 'MY',
      format: 'json',
      out: undefined,
    });
    expect(parseExportArgs(['--country', 'MY', '--out', 'my.json'])).toEqual({
      country: 'MY',
      format: 'json',
      out: 'my.json',
    });
    expect(() => parseExportArgs(['--country', 'MY', 'my.json'])).toThrow(
      'unexpected argument "my.json"; to write a file use --out FILE',
    );
  });

  it('writes JSON unless told CSV by --format or a .csv output file', () => {
    expect(parseExportArgs(['--country', 'MY', '--format', 'CSV'])).toMatchObject({
      format: 'csv',
    });
    expect(parseExportArgs(['--country', 'MY', '--out', 'my.CSV'])).toMatchObject({
      format: 'csv',
    });
    expect(
      parseExportArgs(['--country', 'MY', '--format', 'json', '--out', 'my.csv']),
    ).toMatchObject({ format: 'json' });
    expect(() => parseExportArgs(['--country', 'MY', '--format', 'xlsx'])).toThrow(
      '--format: "xlsx" is not one of json, csv',
    );
  });
});

describe('database settings', () => {
  it('needs MONGODB_URI and defaults the database per country', () => {
    expect(databaseSettings({ MONGODB_URI: 'mongodb://h:1/' }, 'MY')).toEqual({
      uri: 'mongodb://h:1/',
      database: 'expertpool_my',
    });
    expect(
      databaseSettings({ MONGODB_URI: 'mongodb://h:1/', MONGODB_DB: 'x_1' }, 'MY').database,
    ).toBe('x_1');
    expect(() => databaseSettings({}, 'MY')).toThrow('MONGODB_URI is required');
    expect(() => databaseSettings({ MONGODB_URI: 'http://x' }, 'MY')).toThrow(
      'MONGODB_URI must start with mongodb://',
    );
    expect(() =>
      databaseSettings({ MONGODB_URI: 'mongodb://h/', MONGODB_DB: 'a.b' }, 'MY'),
    ).toThrow('MONGODB_DB must be 1-63 letters');
  });

  it('keeps credentials out of messages', () => {
    expect(redact('mongodb://user:secret@db.example:27017/x')).toBe(
      'mongodb://***@db.example:27017/x',
    );
  });
});
