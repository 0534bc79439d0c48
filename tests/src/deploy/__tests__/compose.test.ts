import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { REPO_ROOT } from '../../region/processes';
import { goTool } from '../../jest/tools';

/**
 * docker/compose.yaml as `docker compose config` resolves it (Compose v5, built from the Go
 * module proxy: scripts/tools.json), for a fresh clone with the docker/.env that
 * docker/make-env.mjs writes: nothing it mounts is missing from the repository, every database
 * asks for a password and gives its service user its own database only, the gateway waits for
 * the region alone, the web app is served, and production seeds no demo experts
 * (docs/ARCHITECTURE.md §11.6).
 */
const COMPOSE_FILE = join(REPO_ROOT, 'docker', 'compose.yaml');
const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'];

interface Mount {
  type: string;
  source: string;
  target: string;
}
interface ComposeService {
  environment?: Record<string, string | null>;
  volumes?: Mount[];
  depends_on?: Record<string, { condition: string }>;
  secrets?: { source: string; target?: string }[];
  ports?: { target: number; published: string }[];
  build?: { target?: string };
}
interface ComposeModel {
  services: Record<string, ComposeService>;
  secrets: Record<string, { environment?: string }>;
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'expertpool-compose-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function makeEnv(name: string, ...args: string[]): string {
  const out = join(dir, name);
  execFileSync(process.execPath, [
    join(REPO_ROOT, 'docker', 'make-env.mjs'),
    '--out',
    out,
    ...args,
  ]);
  return out;
}

function composeConfig(envFile?: string) {
  const args = ['-f', COMPOSE_FILE, ...(envFile ? ['--env-file', envFile] : []), 'config'];
  // The machine's own shell settings must not leak in: compose reads them before .env.
  const env = { PATH: process.env.PATH ?? '', HOME: dir };
  return spawnSync(goTool('docker-compose'), [...args, '--format', 'json'], {
    encoding: 'utf8',
    env,
    cwd: dir,
  });
}

function model(envFile: string): ComposeModel {
  const result = composeConfig(envFile);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as ComposeModel;
}

const tracked = (path: string) =>
  execFileSync('git', ['ls-files', '--', path], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();

describe('docker/compose.yaml', () => {
  it('refuses to start without docker/.env and says to run docker/make-env.mjs', () => {
    const result = composeConfig();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('MONGO_PASSWORD_');
    expect(result.stderr).toContain('run node docker/make-env.mjs first');
  });

  it('mounts only what a fresh clone has, including the folder the issuers keys live in', () => {
    const { services } = model(makeEnv('trial.env'));
    const binds = Object.values(services).flatMap((s) =>
      (s.volumes ?? []).filter((v) => v.type === 'bind'),
    );
    expect(binds.length).toBeGreaterThan(0);
    for (const bind of binds) {
      const inRepo = posix.relative(REPO_ROOT, bind.source);
      expect(inRepo.startsWith('..')).toBe(false);
      // A file or a folder git holds: no git-ignored file that Docker would make a folder of.
      expect(tracked(inRepo)).not.toBe('');
    }
    // The example's publicKeyFile, resolved against JWT_ISSUERS_FILE's folder as the services
    // resolve it, lies inside a folder mounted into the gateway.
    const example = JSON.parse(
      readFileSync(join(REPO_ROOT, 'docker', 'issuers.example.json'), 'utf8'),
    ) as { issuers: Record<string, { publicKeyFile?: string }> };
    const production = model(makeEnv('prod-keys.env', '--production'));
    const gateway = production.services.gateway;
    const issuersFile = gateway.environment!.JWT_ISSUERS_FILE!;
    for (const { publicKeyFile } of Object.values(example.issuers)) {
      if (!publicKeyFile) continue;
      const key = posix.join(posix.dirname(issuersFile), publicKeyFile);
      expect(gateway.volumes!.some((v) => key.startsWith(`${v.target}/`))).toBe(true);
    }
  });

  it('gives every database a password and its service a user of that database alone', () => {
    const { services, secrets } = model(makeEnv('auth.env'));
    for (const name of ['region', ...COUNTRIES.map((c) => c.toLowerCase())]) {
      const db = `expertpool_${name}`;
      const mongo = services[`mongo-${name}`];
      expect(mongo.environment).toMatchObject({
        MONGO_INITDB_ROOT_USERNAME: 'root',
        MONGO_INITDB_ROOT_PASSWORD_FILE: '/run/secrets/mongo_root_password',
        SERVICE_DB: db,
      });
      // Its own password and the root's, nobody else's.
      expect(mongo.secrets!.map((s) => s.source).sort()).toEqual([
        `mongo_password_${name}`,
        'mongo_root_password',
      ]);
      expect(secrets[`mongo_password_${name}`].environment).toBe(
        `MONGO_PASSWORD_${name.toUpperCase()}`,
      );
      const service = services[name === 'region' ? 'region' : `country-${name}`];
      const uri = new URL(service.environment!.MONGODB_URI!);
      expect(uri.username).toBe('expertpool');
      expect(uri.password.length).toBeGreaterThanOrEqual(40);
      expect(uri.host).toBe(`mongo-${name}:27017`);
      expect(uri.searchParams.get('authSource')).toBe(db);
    }
    const init = readFileSync(
      join(REPO_ROOT, 'docker', 'mongo-init', 'create-service-user.js'),
      'utf8',
    );
    expect(init).toContain("{ role: 'readWrite', db: database }");
  });

  it('lets the gateway start once the region is healthy, whatever the countries do', () => {
    const { services } = model(makeEnv('deps.env'));
    expect(Object.keys(services.gateway.depends_on ?? {})).toEqual(['region']);
  });

  it('serves the web app, whose origin the gateway lets query it', () => {
    const { services } = model(makeEnv('web.env'));
    const web = services.web;
    expect(web.build?.target).toBe('web');
    expect(web.ports).toEqual([expect.objectContaining({ target: 8080, published: '8080' })]);
    expect(web.environment!.GRAPHQL_URL).toBe('http://localhost:4000/graphql');
    expect(web.environment!.PUBLIC_WEB_URL).toBe('http://localhost:8080/');
    // Where the app signs people in: the provider docker/.env names.
    expect(web.environment!.OIDC_AUTHORITY).toBe('https://login.example.invalid');
    expect(web.environment!.OIDC_CLIENT_ID).toBe('expertpool-web');
    expect(services.gateway.environment!.CORS_ORIGINS!.split(',')).toContain(
      'http://localhost:8080',
    );
  });

  it('seeds demo experts for a trial and none in production', () => {
    const trial = model(makeEnv('seed-trial.env'));
    const production = model(makeEnv('seed-prod.env', '--production'));
    for (const code of COUNTRIES) {
      const name = `country-${code.toLowerCase()}`;
      expect(trial.services[name].environment).toMatchObject({
        NODE_ENV: 'development',
        SEED_EXPERTS: '200',
      });
      expect(production.services[name].environment).toMatchObject({
        NODE_ENV: 'production',
        SEED_EXPERTS: '0',
        DEMO_DATA: 'no',
        JWT_ISSUERS_FILE: '/config/issuers.json',
      });
    }
  });

  it('make-env.mjs never replaces an existing file (its passwords are in the volumes)', () => {
    const out = makeEnv('once.env');
    const before = readFileSync(out, 'utf8');
    const again = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'docker', 'make-env.mjs'), '--out', out],
      { encoding: 'utf8' },
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });
});
