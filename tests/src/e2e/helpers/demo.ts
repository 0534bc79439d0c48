/**
 * What a caller should see of the demo data, computed from the generated records with plain
 * JavaScript apart from the services' own consent code, so one mistake cannot make both agree.
 */
import { DEFAULT_DEMO_SEED, ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';

type Audience = 'MEMBER' | 'SECRETARIAT' | 'PUBLIC';

/**
 * Whether the expert's latest answer for (audience, purpose) is yes, or, when they never answered
 * for that purpose, their latest answer for (audience, ANY) is: a specific answer wins.
 */
export function consents(record: ExpertRecord, audience: Audience, purpose = 'ANY'): boolean {
  const latest = (p: string) => {
    const entries = record.consent.filter((c) => c.audience === audience && c.purpose === p);
    return entries.length === 0
      ? undefined
      : entries.reduce((a, b) => (b.recordedAt >= a.recordedAt ? b : a)).granted;
  };
  return latest(purpose) ?? (purpose !== 'ANY' && latest('ANY') === true);
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
