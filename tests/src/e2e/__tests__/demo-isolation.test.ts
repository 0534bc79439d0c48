import { generateSecret } from '@expertpool/shared';
import { startRegion, startService, stopService, waitHealthy } from '../../index';
import { gql } from '../helpers/graphql';
import { LoadedModules, ModuleDump, demoModules } from '../helpers/loaded-modules';

/**
 * No service loads the demo generator unless it seeds (docs/ARCHITECTURE.md §8): real processes
 * started from dist/, each reporting the modules it loaded when it exits. The seeding services
 * must load it, so an empty or broken report cannot pass for a clean one.
 */
const COUNTRY_MAIN = 'subgraphs/country/dist/main.js';
const REGION_MAIN = 'subgraphs/region/dist/main.js';
const GATEWAY_MAIN = 'gateway/dist/main.js';

const EXPERTS = '{ experts(first: 3) { totalCount edges { node { id displayName } } } }';

let modules: LoadedModules;

beforeEach(() => {
  modules = new LoadedModules();
});

afterEach(() => modules.remove());

/** The one dump of `script`; fails if the process wrote none (or several). */
function dumpOf(script: string): ModuleDump {
  const dumps = modules.dumps().filter((d) => d.script === script);
  expect(dumps).toHaveLength(1);
  // A real report: the service's own modules are in it.
  expect(dumps[0].modules.some((m) => m.endsWith('server.js'))).toBe(true);
  return dumps[0];
}

it('keeps demo modules out of the gateway, and in the services that seed', async () => {
  const region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: ['MY'],
    seedExperts: 5,
    dbPrefix: `demoiso${process.pid}`,
    env: modules.env(),
  });
  try {
    // A routed search, so modules the gateway loads per request are in its report too.
    const res = await gql(region.gateway.url, EXPERTS);
    expect(res.errors).toBeUndefined();
    expect(typeof res.data!.experts.totalCount).toBe('number');
  } finally {
    await region.stop();
  }

  expect(demoModules(dumpOf(GATEWAY_MAIN))).toEqual([]);
  expect(demoModules(dumpOf(COUNTRY_MAIN)).length).toBeGreaterThan(0);
  expect(demoModules(dumpOf(REGION_MAIN)).length).toBeGreaterThan(0);
}, 240_000);

it('keeps demo modules out of a country and the region that do not seed', async () => {
  const common = {
    MONGODB_URI: process.env.MONGODB_URI!,
    JWT_SECRET: generateSecret(),
    JWT_ISSUERS_FILE: '',
    ...modules.env(),
  };
  const services = [
    startService('MY', COUNTRY_MAIN, 0, {
      ...common,
      COUNTRY: 'MY',
      SEED_EXPERTS: '0',
      MONGODB_DB: `demoiso${process.pid}_plain_my`,
    }),
    startService('region', REGION_MAIN, 0, {
      ...common,
      SEED_PROGRAMMES: 'false',
      MONGODB_DB: `demoiso${process.pid}_plain_region`,
    }),
  ];
  try {
    await Promise.all(services.map((s) => waitHealthy(s)));
  } finally {
    await Promise.all(services.map((s) => stopService(s)));
  }

  expect(demoModules(dumpOf(COUNTRY_MAIN))).toEqual([]);
  expect(demoModules(dumpOf(REGION_MAIN))).toEqual([]);
}, 240_000);
