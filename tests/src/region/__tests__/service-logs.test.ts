import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serviceLogs } from '../service-logs';

/** npm start passes every service's output through, under its name, and keeps it per service. */
describe('serviceLogs', () => {
  it("shows each line under its service's name and keeps it in that service's file", async () => {
    const shown: string[] = [];
    const logs = serviceLogs((line) => shown.push(line));
    try {
      logs.echo('MY: ready at http://127.0.0.1:4105/graphql', {
        service: 'MY',
        text: 'ready at http://127.0.0.1:4105/graphql',
      });
      logs.echo('gateway: country TH accepted', {
        service: 'gateway',
        text: 'gateway: country TH accepted',
      });
      logs.echo('MY: seeded 200 demo experts', { service: 'MY', text: 'seeded 200 demo experts' });
      await logs.close();
      expect(shown).toEqual([
        'MY      | ready at http://127.0.0.1:4105/graphql',
        'gateway | gateway: country TH accepted',
        'MY      | seeded 200 demo experts',
      ]);
      expect(readdirSync(logs.dir).sort()).toEqual(['MY.log', 'gateway.log']);
      expect(readFileSync(join(logs.dir, 'MY.log'), 'utf8')).toBe(
        'ready at http://127.0.0.1:4105/graphql\nseeded 200 demo experts\n',
      );
    } finally {
      rmSync(logs.dir, { recursive: true, force: true });
    }
  });
});
