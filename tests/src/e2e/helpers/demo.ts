/**
 * What a caller should see of the demo data, computed from the generated records with plain
 * JavaScript apart from the services' own consent code, so one mistake cannot make both agree.
 */
import { DEFAULT_DEMO_SEED, ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';

type Audience = 'MEMBER' | 'SECRETARIAT' | 'PUBLIC';

/**
 * Whether `audience` may see the expert for `purpose`. For a purpose: the expert's latest answer
 * for (audience, purpose) is yes, or they never answered for it and their latest answer for
 * (audience, ANY) is yes (a specific answer wins). Without one (ANY): the latest answer for ANY
 * is yes and no latest answer for any purpose is no.
 */
export function consents(record: ExpertRecord, audience: Audience, purpose = 'ANY'): boolean {
  const latest = (p: string) => {
    const entries = record.consent.filter((c) => c.audience === audience && c.purpose === p);
    return entries.length === 0
      ? undefined
      : entries.reduce((a, b) => (b.recordedAt >= a.recordedAt ? b : a)).granted;
  };
  if (purpose !== 'ANY') return latest(purpose) ?? latest('ANY') === true;
  const answered = record.consent.filter((c) => c.audience === audience).map((c) => c.purpose);
  return latest('ANY') === true && answered.every((p) => latest(p) !== false);
}

/** The demo records of `country` that `audience` may see (the services seed with DEFAULT_DEMO_SEED). */
export function visibleDemo(
  country: string,
  count: number,
  audience: Audience,
  purpose = 'ANY',
): ExpertRecord[] {
  return generateExperts({ country, count, seed: DEFAULT_DEMO_SEED }).filter((r) =>
    consents(r, audience, purpose),
  );
}

/** How many demo records of the countries `audience` may see. */
export function visibleCount(
  countries: readonly string[],
  count: number,
  audience: Audience,
  purpose = 'ANY',
): number {
  return countries.reduce((sum, c) => sum + visibleDemo(c, count, audience, purpose).length, 0);
}
