import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../region/processes';
import { WEB_DIST } from '../../region/web-server';

/**
 * The web image's server configuration (docker/web/default.conf.template), run by Debian's
 * nginx over the built app as the image runs it: the template filled in with GRAPHQL_URL as the
 * image's entrypoint does (envsubst of that variable alone), listening on a socket of this test
 * rather than port 8080. The app finds its gateway in /app-config.json and every client-side
 * route gets the page (docs/ARCHITECTURE.md §11.6).
 */
const NGINX = '/usr/sbin/nginx';
const GRAPHQL_URL = 'https://api.experts.example.asean.org/graphql';
const OIDC = {
  OIDC_AUTHORITY: 'https://login.jpa.example.gov.my',
  OIDC_CLIENT_ID: 'expertpool-web',
  OIDC_SCOPE: 'openid',
};

let dir: string;
let socket: string;
let nginx: ChildProcess;
const output: string[] = [];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: socket, path, headers: { host: 'localhost' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} is missing: run "node scripts/ensure-tools.mjs"`);
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: run "npm run build -w web"');
  dir = mkdtempSync(join(tmpdir(), 'expertpool-web-image-'));
  socket = join(dir, 'web.sock');
  const template = readFileSync(join(REPO_ROOT, 'docker', 'web', 'default.conf.template'), 'utf8');
  const site = execFileSync(
    'envsubst',
    ['${GRAPHQL_URL} ${OIDC_AUTHORITY} ${OIDC_CLIENT_ID} ${OIDC_SCOPE}'],
    {
      input: template,
      env: { GRAPHQL_URL, ...OIDC, PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    },
  )
    .replace('listen 8080;', `listen unix:${socket};`)
    .replace('root /usr/share/nginx/html;', `root ${WEB_DIST};`);
  expect(site).toContain(`"graphqlUrl":"${GRAPHQL_URL}"`);
  writeFileSync(join(dir, 'site.conf'), site);
  // What the image's own nginx.conf provides around the site: MIME types, temp folders.
  writeFileSync(
    join(dir, 'nginx.conf'),
    `pid ${dir}/nginx.pid;
error_log stderr warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  nginx = spawn(
    NGINX,
    [
      '-e',
      'stderr',
      '-p',
      dir,
      '-c',
      join(dir, 'nginx.conf'),
      '-g',
      'daemon off; master_process off;',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  nginx.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (!existsSync(socket)) {
    if (nginx.exitCode !== null || Date.now() > deadline)
      throw new Error(`nginx did not start:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = once(nginx, 'exit');
    nginx.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the web image (docker/web/default.conf.template)', () => {
  it('tells the app where its gateway is, never cached', async () => {
    const answer = await get('/app-config.json');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['cache-control']).toBe('no-cache');
    // What web/src/app-config.ts reads: the gateway and the provider people sign in through.
    expect(JSON.parse(answer.body)).toEqual({
      graphqlUrl: GRAPHQL_URL,
      oidc: { authority: OIDC.OIDC_AUTHORITY, clientId: 'expertpool-web', scope: 'openid' },
    });
  });

  it('serves the app for its own paths and its client-side routes, with safe headers', async () => {
    const index = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    for (const path of ['/', '/experts/MY:7f3k2q', '/programmes']) {
      const answer = await get(path);
      expect(answer.status).toBe(200);
      expect(answer.body).toBe(index);
      expect(answer.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
      });
    }
  });

  it('serves the bundled assets for a year and a missing one as 404, not the page', async () => {
    const script = readdirSync(join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
    const asset = await get(`/assets/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('max-age=31536000');
    expect(asset.headers['content-type']).toBe('application/javascript');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });
});
