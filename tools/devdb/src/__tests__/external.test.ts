import { provisionDatabase } from '../index';

const quiet = () => undefined;

describe('MONGODB_URI', () => {
  it('is used as given, kind external, and stop() leaves it alone', async () => {
    const uri = 'mongodb://db.example:27017/?replicaSet=rs0';
    const db = await provisionDatabase({
      env: { MONGODB_URI: uri, EXPERTPOOL_DB: 'ferretdb' },
      log: quiet,
    });
    expect(db).toMatchObject({ uri, kind: 'external' });
    await expect(db.stop()).resolves.toBeUndefined();
  });

  it('accepts mongodb+srv://', async () => {
    const db = await provisionDatabase({
      env: { MONGODB_URI: 'mongodb+srv://cluster.example/' },
      log: quiet,
    });
    expect(db.kind).toBe('external');
  });

  it('rejects anything else with an error naming the variable (not its value)', async () => {
    const attempt = provisionDatabase({
      env: { MONGODB_URI: 'http://user:secret@db.example' },
      log: quiet,
    });
    await expect(attempt).rejects.toThrow(/MONGODB_URI/);
    await expect(attempt).rejects.not.toThrow(/secret/);
  });
});

describe('EXPERTPOOL_DB', () => {
  it('rejects an unknown backend with an error naming the variable', async () => {
    await expect(
      provisionDatabase({ env: { EXPERTPOOL_DB: 'postgres' }, log: quiet }),
    ).rejects.toThrow(/EXPERTPOOL_DB must be one of memory-server, ferretdb, java/);
  });
});
