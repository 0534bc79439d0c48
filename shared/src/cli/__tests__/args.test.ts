import { UsageError, parseCommandLine, wholeNumberArg } from '../args';

const TABLE = { out: 'value', 'dry-run': 'flag', help: 'flag' } as const;

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandLine', () => {
  it('reads values, flags, -h and operands (everything after -- is an operand)', () => {
    expect(
      parseCommandLine(['a.csv', '--out=x.json', '--dry-run', '--', '--b'], TABLE, {
        allowPositionals: true,
      }),
    ).toEqual({ values: { out: 'x.json', 'dry-run': true }, positionals: ['a.csv', '--b'] });
    expect(parseCommandLine(['-h'], TABLE).values).toEqual({ help: true });
    expect(parseCommandLine([], TABLE)).toEqual({ values: {}, positionals: [] });
  });

  it.each([
    [['--dryrun'], 'unknown option "--dryrun"; known options: --out, --dry-run, --help'],
    [['-x'], 'unknown option "-x"; options start with "--"'],
    [['--out'], 'option --out needs a value'],
    [['--out='], 'option --out needs a value'],
    [
      ['--out', '--dry-run'],
      'option --out needs a value; "--dry-run" looks like an option (to pass it as the value, write --out=--dry-run)',
    ],
    [['--dry-run=yes'], 'option --dry-run takes no value'],
    [['--out', 'a', '--out=b'], 'option --out is given twice'],
    [['file.json'], 'unexpected argument "file.json"; options start with "--"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(usageMessage(() => parseCommandLine(argv, TABLE))).toBe(message);
  });

  it('says what to use instead of an operand', () => {
    expect(
      usageMessage(() =>
        parseCommandLine(['--dry-run', 'x.json'], TABLE, { positionalHint: 'use --out FILE' }),
      ),
    ).toBe('unexpected argument "x.json"; use --out FILE');
  });
});

describe('wholeNumberArg', () => {
  it('reads a whole number in range, or the fallback', () => {
    expect(wholeNumberArg('requests', undefined, 400, 1, 1000)).toBe(400);
    expect(wholeNumberArg('requests', '1000', 400, 1, 1000)).toBe(1000);
  });

  it.each(['0', '1001', '-3', '2.5', '1e3', 'many', ''])('refuses %p, naming the option', (raw) => {
    expect(usageMessage(() => wholeNumberArg('requests', raw, 400, 1, 1000))).toBe(
      `--requests must be a whole number from 1 to 1000 (got "${raw}")`,
    );
  });
});
