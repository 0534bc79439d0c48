import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An identity provider for production-mode services, which refuse the dev secret: an RS256 key
 * pair whose public half is named in a JWT_ISSUERS_FILE, and tokens signed with the private half.
 */
export interface TestIdentityProvider {
  issuer: string;
  /** The file to pass as JWT_ISSUERS_FILE. */
  issuersFile: string;
  /** A token of this issuer for `sub: analyst-7`, valid ten minutes, with `claims` added. */
  token(claims: Record<string, unknown>): string;
  remove(): void;
}

export function startIdentityProvider(
  issuer = 'https://idp.secretariat.example',
  vouchesFor: string[] = ['secretariat'],
): TestIdentityProvider {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const dir = mkdtempSync(join(tmpdir(), 'expertpool-idp-'));
  writeFileSync(join(dir, 'idp.pem'), keys.publicKey.export({ format: 'pem', type: 'spki' }));
  const issuersFile = join(dir, 'issuers.json');
  writeFileSync(
    issuersFile,
    JSON.stringify({ issuers: { [issuer]: { publicKeyFile: 'idp.pem', vouchesFor } } }),
  );
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    issuer,
    issuersFile,
    token(claims) {
      const now = Math.floor(Date.now() / 1000);
      const payload = { iss: issuer, sub: 'analyst-7', iat: now, exp: now + 600, ...claims };
      const input = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}`;
      return `${input}.${sign('sha256', Buffer.from(input), keys.privateKey).toString('base64url')}`;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
