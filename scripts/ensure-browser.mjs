#!/usr/bin/env node
// Installs what the browser tests need when it is missing: Debian's chromium (never a browser
// download) and fonts-noto-core (Thai, Khmer, Lao and Burmese names render). `npm test` calls
// it, so a fresh machine (CI runs as root) sets itself up; when both are present it only checks
// two paths and exits at once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const NOTO_THAI = '/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf';

if (existsSync(CHROMIUM) && existsSync(NOTO_THAI)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(
    '[browser] chromium or fonts-noto-core is missing; as root: apt-get install -y chromium fonts-noto-core',
  );
  process.exit(1);
}
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
console.error('[browser] installing chromium and fonts-noto-core (apt-get)…');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
  stdio: 'inherit',
  env,
});
