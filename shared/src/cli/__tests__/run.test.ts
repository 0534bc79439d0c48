import { ConfigError } from '../../config';
import { UsageError } from '../args';
import { cliErrorMessage, runCli } from '../run';

class BadFileError extends Error {}

describe('cliErrorMessage', () => {
  it('points a usage error to --help', () => {
    expect(cliErrorMessage('import', new UsageError('FILE is required'))).toBe(
      'import: FILE is required\nRun with --help for usage.',
    );
  });

  it('prints configuration errors and the explained ones as they are, others as failures', () => {
    const config = new ConfigError(['MONGODB_URI is required']);
    expect(cliErrorMessage('export', config)).toBe(
      'export: Invalid configuration:\n  - MONGODB_URI is required',
    );
    expect(cliErrorMessage('import', new BadFileError('a.csv: line 3'), [BadFileError])).toBe(
      'import: a.csv: line 3',
    );
    expect(cliErrorMessage('import', new BadFileError('a.csv: line 3'))).toBe(
      'import failed: a.csv: line 3',
    );
    expect(cliErrorMessage('policy', 'down')).toBe('policy failed: down');
  });
});

describe('runCli', () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
    jest.restoreAllMocks();
  });

  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it("makes main's result the exit status", async () => {
    runCli('import', async () => 2);
    await settle();
    expect(process.exitCode).toBe(2);
    runCli('token', () => undefined);
    await settle();
    expect(process.exitCode).toBe(0);
  });

  it('prints an error and exits 1, whether main throws or rejects', async () => {
    const exit = jest
      .spyOn(process, 'exit')
      .mockImplementation((() => undefined) as typeof process.exit);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    runCli('token', () => {
      throw new UsageError('--role is required');
    });
    runCli('export', async () => {
      throw new ConfigError(['MONGODB_URI is required']);
    });
    await settle();
    expect(error.mock.calls).toEqual([
      ['token: --role is required\nRun with --help for usage.'],
      ['export: Invalid configuration:\n  - MONGODB_URI is required'],
    ]);
    expect(exit.mock.calls).toEqual([[1], [1]]);
  });
});
