import { provisionDatabase } from '@expertpool/devdb';
import {
  EnvReader,
  MEMBER_CODES,
  parseCommandLine,
  runCli,
  secretProblem,
} from '@expertpool/shared';
import { serviceLogs } from './service-logs';
import { startDevIdentityProvider } from './identity-provider/start';
import { findDevUser } from './identity-provider/users';
import { RunningRegion, startRegion } from './start-region';
import { startWebServer } from './web-server';

/** Lifetime of the tokens printed at start-up: a working day. */
const PRINTED_TOKEN_TTL_SECONDS = 8 * 3600;

/** Ready-made tokens and how to mint more: without one, every caller is PUBLIC. */
async function printTokens(region: RunningRegion, secretFromEnv: boolean): Promise<void> {
  const rows: [string, string][] = [
    ['secretariat', await region.token({ role: 'secretariat' }, PRINTED_TOKEN_TTL_SECONDS)],
    [
      'steward of MY',
      await region.token({ role: 'steward', country: 'MY' }, PRINTED_TOKEN_TTL_SECONDS),
    ],
  ];
  // The expert the sign-in provider offers for Malaysia: the first demo record (users.ts).
  const expertId = findDevUser('dev-expert-my')?.expertId;
  if (expertId)
    rows.push([
      `expert ${expertId}`,
      await region.token({ role: 'expert', country: 'MY', expertId }, PRINTED_TOKEN_TTL_SECONDS),
    ]);
  console.log(
    `\nDev tokens (valid 8 h; send as "Authorization: Bearer <token>"; without one you are PUBLIC):`,
  );
  for (const [who, token] of rows) console.log(`  ${who.padEnd(20)} ${token}`);
  const secret = secretFromEnv ? '"$JWT_SECRET"' : region.jwtSecret;
  console.log(`More: JWT_SECRET=${secret} npm run -s token -- --role viewer --country TH`);
  if (!secretFromEnv)
    console.log('(a new secret each start; set JWT_SECRET to keep tokens valid across restarts)');
}

const USAGE = `Usage: npm start

Runs the whole region on this machine and prints its services, ports and dev tokens.

Environment: MONGODB_URI (default: an embedded database), JWT_SECRET (default: a new one each
start), GATEWAY_PORT (4000), REGION_PORT (4100), FIRST_COUNTRY_PORT (4101), WEB_PORT (4200, the web
app), IDP_PORT (4300, the development OpenID Connect provider the app signs in through), SEED_EXPERTS (200), CORS_ORIGINS (more browser origins the gateway lets query it, e.g.
http://localhost:5173; the web app's origin is always added).`;

/**
 * `npm start`: the whole region on this machine. Uses MONGODB_URI when set, else an embedded
 * database (see tools/devdb). Ports: gateway GATEWAY_PORT (4000), region 4100, countries 4101+.
 */
async function main(): Promise<void> {
  if (parseCommandLine(process.argv.slice(2), { help: 'flag' }).values.help) {
    console.log(USAGE);
    return;
  }
  const r = new EnvReader(process.env);
  const jwtSecret = r.optional('JWT_SECRET');
  const weakSecret = jwtSecret === undefined ? undefined : secretProblem(jwtSecret);
  r.check(weakSecret === undefined, weakSecret ?? '');
  const config = r.done({
    gatewayPort: r.port('GATEWAY_PORT', 4000, { min: 1 }),
    regionPort: r.port('REGION_PORT', 4100, { min: 1 }),
    // One port per member state from here: each of them must be one fetch can reach.
    firstCountryPort: r.port('FIRST_COUNTRY_PORT', 4101, { min: 1, count: MEMBER_CODES.length }),
    webPort: r.port('WEB_PORT', 4200, { min: 1 }),
    idpPort: r.port('IDP_PORT', 4300, { min: 1 }),
    seedExperts: r.int('SEED_EXPERTS', 200, 0, 200_000),
    jwtSecret,
  });
  const database = await provisionDatabase({
    priority: 'speed',
    log: (line) => console.error(line),
  });
  // The app's server listens first: its origin must be in the gateway's CORS allowlist.
  const web = await startWebServer(config.webPort).catch(async (error) => {
    await database.stop();
    throw error;
  });
  // Then the identity provider, which must know the app's address (its redirect URI), and whose
  // JWKS the services trust alongside the dev secret (docs/ARCHITECTURE.md §10.2).
  const idp = await startDevIdentityProvider(config.idpPort, web.origin).catch(async (error) => {
    await web.stop();
    await database.stop();
    throw error;
  });
  const corsOrigins = [process.env.CORS_ORIGINS, web.origin].filter(Boolean).join(',');
  const logs = serviceLogs((line) => console.error(line));
  console.error(`starting the region (${config.seedExperts} demo experts per country)…`);
  let stopping = false;
  const region = await startRegion({
    mongodbUri: database.uri,
    seedExperts: config.seedExperts,
    jwtSecret: config.jwtSecret,
    issuersFile: idp.issuersFile,
    ports: {
      gateway: config.gatewayPort,
      region: config.regionPort,
      firstCountry: config.firstCountryPort,
    },
    // Keep the gateway's rate limits and cost budgets on (startRegion turns them off for tests and
    // benchmarks): the operator's values, or empty, which the gateway reads as "unset", i.e. its
    // defaults.
    env: Object.fromEntries(
      [
        'RATE_LIMIT_PER_ADDRESS',
        'RATE_LIMIT_PER_TOKEN',
        'COST_PER_MINUTE_PER_ADDRESS',
        'COST_PER_MINUTE_PER_TOKEN',
      ]
        .map((name) => [name, process.env[name] ?? ''])
        // Logs for a person at a terminal unless LOG_FORMAT says otherwise (docs/ARCHITECTURE.md §11.1).
        .concat([
          ['CORS_ORIGINS', corsOrigins],
          ['LOG_FORMAT', process.env.LOG_FORMAT ?? 'pretty'],
        ]),
    ),
    echo: logs.echo,
  }).catch(async (error) => {
    await idp.stop();
    await web.stop();
    await database.stop();
    throw error;
  });

  web.connect(`http://127.0.0.1:${config.gatewayPort}/graphql`, idp.oidc);
  console.log('name      port   pid');
  for (const s of [...region.services(), idp.service])
    console.log(`${s.name.padEnd(9)} ${String(s.port).padEnd(6)} ${s.process.pid}`);
  await printTokens(region, config.jwtSecret !== undefined);
  // Each service's details (country URLs, breakers, counts) are on its own health listener.
  console.log(`\nHealth details (this machine only): ${region.gateway.healthUrl}/ready`);
  console.log(`GraphQL: http://127.0.0.1:${config.gatewayPort}/graphql`);
  console.log(
    `Registry: ${region.registryPath}   (the gateway watches it: edit to add, move or remove a country)`,
  );
  console.log(`Logs: every service's output above, under its name, and in ${logs.dir}/<name>.log`);
  console.log(
    `Sign-in:  ${idp.issuer}/   (development identity provider: the secretariat, and a steward, a viewer and an expert of each member state)`,
  );
  console.log(`Web app: ${web.origin}/   (Ctrl-C stops everything)`);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.error('\nstopping the region…');
    await region.stop();
    await idp.stop();
    await web.stop();
    await database.stop();
    await logs.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  for (const s of [...region.services(), idp.service]) {
    s.process.on('exit', (code) => {
      if (!stopping)
        console.error(
          `${s.name} exited unexpectedly (code ${code}); last output:\n${s.output.slice(-10).join('\n')}`,
        );
    });
  }
}

runCli('start', main);
