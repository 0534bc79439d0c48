import { ConfigError, EnvReader } from '../config';

function problemsOf(env: Record<string, string>, read: (r: EnvReader) => unknown): string[] {
  const r = new EnvReader(env);
  try {
    r.done(read(r));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('EnvReader.mongodb', () => {
  it('reads MONGODB_URI and MONGODB_DB, defaulting the database', () => {
    const r = new EnvReader({ MONGODB_URI: ' mongodb://db:27017 ' });
    expect(r.done(r.mongodb('expertpool_my'))).toEqual({
      uri: 'mongodb://db:27017',
      database: 'expertpool_my',
    });
    const named = new EnvReader({ MONGODB_URI: 'mongodb+srv://c.example/', MONGODB_DB: 'my-1' });
    expect(named.done(named.mongodb('x')).database).toBe('my-1');
  });

  it('names a missing URI, a bad scheme and a bad database name', () => {
    expect(problemsOf({}, (r) => r.mongodb('db'))).toEqual(['MONGODB_URI is required']);
    expect(
      problemsOf({ MONGODB_URI: 'http://db', MONGODB_DB: 'a.b' }, (r) => r.mongodb('db')),
    ).toEqual([
      'MONGODB_URI must start with mongodb:// or mongodb+srv://',
      'MONGODB_DB must be 1-63 letters, digits, _ or - (got "a.b")',
    ]);
  });
});

describe('EnvReader.production', () => {
  it.each([
    [undefined, false],
    ['development', false],
    ['test', false],
    ['production', true],
  ])('NODE_ENV=%p is production: %p', (value, production) => {
    const r = new EnvReader({ NODE_ENV: value });
    expect(r.done(r.production())).toBe(production);
  });

  it('names any other NODE_ENV', () => {
    expect(problemsOf({ NODE_ENV: 'staging' }, (r) => r.production())).toEqual([
      'NODE_ENV must be one of development, production, test (got "staging")',
    ]);
  });
});
