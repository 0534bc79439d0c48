import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEMBER_CODES } from '@expertpool/shared';
import { Service, startService, stopService, waitHealthy } from '../processes';
import { WEB_CLIENT_ID, WEB_SCOPE } from './client';

const MAIN = 'tests/dist/region/identity-provider/main.js';

export interface RunningIdentityProvider {
  /** Its address and the `iss` of its tokens, e.g. http://127.0.0.1:4300. */
  issuer: string;
  /** What the web app's /app-config.json names to sign in through it. */
  oidc: { authority: string; clientId: string; scope: string };
  /** A JWT_ISSUERS_FILE trusting it (JWKS at <issuer>/jwks) for the secretariat and every member. */
  issuersFile: string;
  service: Service;
  stop(): Promise<void>;
}

/**
 * Starts the development identity provider (identity-provider/main.ts) as its own process, for
 * the web app at `webOrigin`, and writes the issuers file the services trust it by
 * (docs/ARCHITECTURE.md §10.2).
 */
export async function startDevIdentityProvider(
  port: number,
  webOrigin: string,
  echo?: (line: string) => void,
): Promise<RunningIdentityProvider> {
  const service = startService('idp', MAIN, port, { WEB_ORIGIN: webOrigin }, echo);
  const dir = mkdtempSync(join(tmpdir(), 'expertpool-idp-'));
  try {
    await waitHealthy(service);
  } catch (error) {
    await stopService(service);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const issuer = new URL(service.url).origin;
  const issuersFile = join(dir, 'issuers.json');
  writeFileSync(
    issuersFile,
    JSON.stringify(
      {
        issuers: {
          [issuer]: {
            jwksUrl: `${issuer}/jwks`,
            vouchesFor: ['secretariat', ...MEMBER_CODES],
          },
        },
      },
      null,
      2,
    ),
  );
  return {
    issuer,
    oidc: { authority: issuer, clientId: WEB_CLIENT_ID, scope: WEB_SCOPE },
    issuersFile,
    service,
    async stop() {
      await stopService(service);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
