import { ConfigError } from '@expertpool/shared';
import { readRegionConfig } from '../config';

const URI = 'mongodb://127.0.0.1:27017';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readRegionConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('readRegionConfig', () => {
  it('applies the defaults', () => {
    expect(readRegionConfig({ MONGODB_URI: URI })).toEqual({
      port: 4100,
      host: '127.0.0.1',
      mongodbUri: URI,
      database: 'expertpool_region',
      seed: 2017,
      seedProgrammes: true,
      production: false,
    });
  });

  it('reads every variable', () => {
    const config = readRegionConfig({
      MONGODB_URI: 'mongodb+srv://cluster.example.org',
      MONGODB_DB: 'accsm',
      PORT: '0',
      HOST: '0.0.0.0',
      SEED: '7',
      SEED_PROGRAMMES: 'false',
      NODE_ENV: 'production',
    });
    expect(config).toEqual({
      port: 0,
      host: '0.0.0.0',
      mongodbUri: 'mongodb+srv://cluster.example.org',
      database: 'accsm',
      seed: 7,
      seedProgrammes: false,
      production: true,
    });
    expect(readRegionConfig({ MONGODB_URI: URI, SEED_PROGRAMMES: '0' }).seedProgrammes).toBe(false);
    expect(readRegionConfig({ MONGODB_URI: URI, SEED_PROGRAMMES: '1' }).seedProgrammes).toBe(true);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      MONGODB_URI: 'http://db',
      PORT: 'eighty',
      SEED: '-1',
      SEED_PROGRAMMES: 'maybe',
      MONGODB_DB: 'a/b',
      NODE_ENV: 'prod',
    });
    for (const name of [
      'MONGODB_URI',
      'PORT',
      'SEED',
      'SEED_PROGRAMMES',
      'MONGODB_DB',
      'NODE_ENV',
    ]) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
    expect(problemsOf({})).toEqual([expect.stringContaining('MONGODB_URI is required')]);
  });
});
