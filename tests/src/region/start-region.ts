import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevTokenInput, MEMBER_CODES, generateSecret, signDevToken } from '@expertpool/shared';
import { Echo, Service, startService, stopService, waitHealthy } from './processes';

export interface RegionOptions {
  mongodbUri: string;
  countries?: readonly string[];
  seedExperts?: number;
  /** Fixed ports (npm start), or ports each service picks itself (tests, benchmarks). */
  ports?: { gateway: number; region: number; firstCountry: number };
  /** Database names are `<prefix>_<cc>` and `<prefix>_region`. */
  dbPrefix?: string;
  timeoutMs?: number;
  env?: Record<string, string>;
  /** Every line the services print (default: kept in Service.output only). */
  echo?: Echo;
  /** The URL the registry gives a country (default: the service itself), e.g. a test proxy. */
  registryUrlFor?: (code: string, service: Service) => Promise<string>;
  /** Countries in the first registry (default: all started). */
  registered?: readonly string[];
  /** The dev secret every service verifies tokens with (default: a random one for this run). */
  jwtSecret?: string;
  /**
   * Identity providers the services trust as well as the dev secret (a JWT_ISSUERS_FILE): the
   * development OpenID Connect provider of `npm start` and the browser tests (§10.2).
   */
  issuersFile?: string;
}

/** Who a dev token is for. */
export type TokenFor = Omit<DevTokenInput, 'iss'>;

export interface RunningRegion {
  gateway: Service;
  region: Service;
  countries: Map<string, Service>;
  registryPath: string;
  /** Rewrites the registry file the gateway watches. */
  writeRegistry(countries: Record<string, { url: string; timeoutMs?: number }>): void;
  registryCountries(): Record<string, { url: string; timeoutMs?: number }>;
  services(): Service[];
  /** The dev secret the region's services verify tokens with. */
  jwtSecret: string;
  /** A dev token the region accepts (default lifetime one hour). */
  token(who: TokenFor, ttlSeconds?: number): Promise<string>;
  /** `{ authorization: 'Bearer …' }` for `who`, to spread into request headers. */
  bearer(who: TokenFor): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

const COUNTRY_MAIN = 'subgraphs/country/dist/main.js';
const REGION_MAIN = 'subgraphs/region/dist/main.js';
const GATEWAY_MAIN = 'gateway/dist/main.js';

/**
 * The whole region on one machine, each service its own process with its own database:
 * the region subgraph, one country subgraph per member state, and the gateway over a registry.
 */
export async function startRegion(options: RegionOptions): Promise<RunningRegion> {
  const codes = options.countries ?? MEMBER_CODES;
  const prefix = options.dbPrefix ?? 'expertpool';
  const jwtSecret = options.jwtSecret ?? generateSecret();
  // JWT_ISSUERS_FILE emptied unless asked for: an operator's production setting in this shell
  // must not make the services trust its providers. With one, development trusts both
  // (shared/src/auth/config.ts).
  const auth = { JWT_SECRET: jwtSecret, JWT_ISSUERS_FILE: options.issuersFile ?? '' };
  // Every service gets its own health details listener on a free port (Service.healthUrl): one
  // HEALTH_PORT from the shell, inherited by all of them, would collide.
  const healthDetails = { HEALTH_PORT: '0', HEALTH_HOST: '127.0.0.1' };
  const common = {
    ...healthDetails,
    MONGODB_URI: options.mongodbUri,
    SEED_EXPERTS: String(options.seedExperts ?? 200),
    ...auth,
    ...options.env,
  };
  const dir = mkdtempSync(join(tmpdir(), 'expertpool-registry-'));
  const registryPath = join(dir, 'registry.json');
  const started: Service[] = [];
  try {
    const regionPort = options.ports?.region ?? 0;
    const region = startService(
      'region',
      REGION_MAIN,
      regionPort,
      { ...common, MONGODB_DB: `${prefix}_region` },
      options.echo,
    );
    started.push(region);
    const countries = new Map<string, Service>();
    for (const [i, code] of codes.entries()) {
      const port = options.ports ? options.ports.firstCountry + i : 0;
      const service = startService(
        code,
        COUNTRY_MAIN,
        port,
        { ...common, COUNTRY: code, MONGODB_DB: `${prefix}_${code.toLowerCase()}` },
        options.echo,
      );
      countries.set(code, service);
      started.push(service);
    }
    await Promise.all(started.map((s) => waitHealthy(s)));

    const registered = options.registered ?? codes;
    let registry: Record<string, { url: string; timeoutMs?: number }> = {};
    for (const code of registered) {
      const service = countries.get(code)!;
      registry[code] = {
        url: options.registryUrlFor ? await options.registryUrlFor(code, service) : service.url,
        timeoutMs: options.timeoutMs ?? 5000,
      };
    }
    const writeRegistry = (next: typeof registry) => {
      registry = next;
      // Write then rename, as an operator's tooling would: the gateway never reads half a file.
      writeFileSync(
        `${registryPath}.tmp`,
        JSON.stringify({ region: { url: region.url }, countries: next }, null, 2),
      );
      renameSync(`${registryPath}.tmp`, registryPath);
    };
    writeRegistry(registry);

    const gatewayPort = options.ports?.gateway ?? 0;
    // Rate limits and cost budgets off unless options.env says otherwise: tests and `npm run
    // bench` send hundreds of requests a second from 127.0.0.1, which the gateway's per-address
    // limits (on by default, loopback included) would refuse. `npm start` passes its own values
    // to keep them on.
    const rateLimitsOff = {
      RATE_LIMIT_PER_ADDRESS: '0',
      RATE_LIMIT_PER_TOKEN: '0',
      COST_PER_MINUTE_PER_ADDRESS: '0',
      COST_PER_MINUTE_PER_TOKEN: '0',
    };
    const gateway = startService(
      'gateway',
      GATEWAY_MAIN,
      gatewayPort,
      { ...rateLimitsOff, ...healthDetails, ...auth, ...options.env, REGISTRY: registryPath },
      options.echo,
    );
    started.push(gateway);
    await waitHealthy(gateway);

    const token = (who: TokenFor, ttlSeconds = 3600) => signDevToken(who, jwtSecret, ttlSeconds);
    return {
      gateway,
      region,
      jwtSecret,
      token,
      bearer: async (who) => ({ authorization: `Bearer ${await token(who)}` }),
      countries,
      registryPath,
      writeRegistry,
      registryCountries: () => ({ ...registry }),
      services: () => [...started],
      async stop() {
        await Promise.all(started.map((s) => stopService(s)));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all(started.map((s) => stopService(s)));
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
