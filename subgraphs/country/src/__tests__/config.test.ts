/** readCountryConfig: defaults, and every bad variable reported at once, each by name. */
import { ConfigError } from '@expertpool/shared';
import { readCountryConfig } from '../config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    readCountryConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('readCountryConfig accepted a bad environment.');
}

describe('readCountryConfig', () => {
  it('reads a minimal environment with defaults', () => {
    expect(readCountryConfig({ COUNTRY: 'TL', MONGODB_URI: 'mongodb://db:27017' })).toEqual({
      country: 'TL',
      port: 4001,
      host: '127.0.0.1',
      mongodbUri: 'mongodb://db:27017',
      database: 'expertpool_tl',
      seedExperts: 0,
      seed: 2017,
      production: false,
    });
  });

  it('reads every variable', () => {
    const config = readCountryConfig({
      COUNTRY: 'MY',
      PORT: '4105',
      HOST: '0.0.0.0',
      MONGODB_URI: 'mongodb+srv://cluster.example/',
      MONGODB_DB: 'my_pool',
      SEED_EXPERTS: '500',
      SEED: '7',
      NODE_ENV: 'production',
    });
    expect(config).toEqual({
      country: 'MY',
      port: 4105,
      host: '0.0.0.0',
      mongodbUri: 'mongodb+srv://cluster.example/',
      database: 'my_pool',
      seedExperts: 500,
      seed: 7,
      production: true,
    });
  });

  it('rejects COUNTRY=XX, PORT=abc and a missing MONGODB_URI in ONE error naming each variable', () => {
    const problems = problemsOf({ COUNTRY: 'XX', PORT: 'abc' });
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^COUNTRY must be one of .*MY.* \(got "XX"\)/),
        expect.stringMatching(/^PORT must be an integer from 0 to 65535 \(got "abc"\)/),
        expect.stringMatching(/^MONGODB_URI is required/),
      ]),
    );
    let message = '';
    try {
      readCountryConfig({ COUNTRY: 'XX', PORT: 'abc' });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['COUNTRY', 'PORT', 'MONGODB_URI']) expect(message).toContain(name);
  });

  it('names a missing COUNTRY, an out-of-range PORT, a bad URI scheme and a bad database name', () => {
    const problems = problemsOf({
      PORT: '70000',
      MONGODB_URI: 'http://db',
      MONGODB_DB: 'bad name!',
      SEED_EXPERTS: '-1',
      NODE_ENV: 'staging',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^COUNTRY is required/),
      expect.stringMatching(/^MONGODB_URI must start with mongodb:\/\//),
      expect.stringMatching(/^MONGODB_DB must be 1-63 letters/),
      expect.stringMatching(/^PORT must be an integer from 0 to 65535 \(got "70000"\)/),
      expect.stringMatching(/^SEED_EXPERTS must be an integer/),
      expect.stringMatching(/^NODE_ENV must be one of/),
    ]);
  });

  it('treats blank variables as missing', () => {
    expect(problemsOf({ COUNTRY: '  ', MONGODB_URI: '' })).toEqual([
      expect.stringMatching(/^COUNTRY is required/),
      expect.stringMatching(/^MONGODB_URI is required/),
    ]);
  });
});
